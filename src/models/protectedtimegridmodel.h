// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protectedtime.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace Upskill {

class EditHistory;

// The weekly grid of one cohort's protected learning time: a row per participant (withdrawn
// ones only when they have entries), a column per week of the cohort and a last column with
// each person's utilisation. A cell shows hours used against hours planned; typing a number
// records the hours used, and a week below the plan is marked at once with the manager to
// raise it with. Every change, a whole week for everyone included, is one undo step.
class ProtectedTimeGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 20, // the protected_time row, 0 when the cell has none
        ViolationRole,                   // true when the week is below the plan
    };

    // What to change in one cell; unset members stay as they are.
    struct CellChange
    {
        int row = 0;
        int column = 0;
        std::optional<QVariant> used;  // a null QVariant clears the hours used
        std::optional<QString> reason; // a TimeReason key; empty clears it
        std::optional<double> planned;
    };

    // One person's hours in a week entered for the whole cohort.
    struct WeekEntry
    {
        qint64 participantId = 0;
        QVariant used; // null: leave the hours used as they are
        QString reason;
    };

    ProtectedTimeGridModel(EditHistory &history, QObject *parent = nullptr);

    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    // The figures the grid shows (utilisation, violations), as computed at the last reload.
    const CohortProtectedTime &figures() const { return m_figures; }
    double defaultPlanned() const { return m_defaultPlanned; }
    double targetRatio() const { return m_targetRatio; }

    int weekCount() const { return int(m_weeks.size()); }
    QDate weekAt(int column) const { return m_weeks.value(column); }
    int columnOfWeek(const QDate &week) const { return int(m_weeks.indexOf(week)); }
    int utilisationColumn() const { return weekCount(); }
    qint64 personAt(int row) const;
    QString personName(int row) const;
    int rowOfPerson(qint64 participantId) const;
    bool isWeekCell(const QModelIndex &index) const;
    // What a week cell holds: the hours planned (the default when it has no row yet), the
    // hours used (null when not recorded) and the reason (a TimeReason key or empty).
    double plannedAt(int row, int column) const;
    QVariant usedAt(int row, int column) const;
    QString reasonAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The hours used of a week cell: a number of hours, or empty to clear them.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool change(const QList<CellChange> &changes, const QString &description);
    bool setReason(const QModelIndexList &cells, const QString &reason);
    bool setPlanned(const QModelIndexList &cells, double hours);
    bool clearUsed(const QModelIndexList &cells);
    // A whole week for the cohort in one step: the weeks without a row get one.
    bool setWeek(const QDate &week, const QList<WeekEntry> &entries);

Q_SIGNALS:
    // A value was refused before reaching the file; message says what and why.
    void editRefused(const QString &message);
    // The figures were computed again (after an edit or a change elsewhere).
    void figuresChanged();

private:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString team;
        QString manager;
        bool withdrawn = false;
    };
    struct Entry
    {
        qint64 id = 0; // 0: no row for this week yet
        double planned = 0;
        QVariant used;
        QString reason;
        QString note;
    };

    void reload();
    void onTablesChanged(const QStringList &tables);
    void onRowChanged(const QString &table, qint64 id);
    const Entry &entry(int row, int column) const;
    QString cellText(const Entry &e) const;
    QString cellToolTip(int row, int column) const;
    QString utilisationToolTip(int row) const;
    std::optional<double> parseHours(const QVariant &value, QString *problem) const;

    EditHistory &m_history;
    qint64 m_cohortId = -1;
    QList<QDate> m_weeks;
    QList<Person> m_people;
    QList<Entry> m_entries;           // row-major, weekCount() per person
    QHash<qint64, int> m_useOfPerson; // participant → index in m_figures.people
    CohortProtectedTime m_figures;
    double m_defaultPlanned = 5;
    double m_targetRatio = 0.8;
};

} // namespace Upskill
