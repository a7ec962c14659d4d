// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace Upskill {

class EditHistory;

// The attendance of one cohort (setCohort): a row per participant (withdrawn people only when
// they have marks), a column per session in time order, each cell present, absent, excused or
// not marked. The last column is each person's attendance rate and the last row each
// session's, both counted by SQL: the share of marked sessions present, excused absences not
// counted. Marks go through the edit history, a bulk mark (a session, a person, a selection)
// as one undo step.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // Clear of ProgramTableModel's roles, which the shared delegate also asks for.
        StatusRole = Qt::UserRole + 50, // the AttendanceStatus key of a cell, "" when not marked
        IsRateRole,                     // true for the rate row and column
        SessionIdRole,
        ParticipantIdRole,
    };

    explicit AttendanceModel(EditHistory &history, QObject *parent = nullptr);

    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    int participantCount() const { return int(m_people.size()); }
    int sessionCount() const { return int(m_sessions.size()); }
    // The rate column and row come after the people and the sessions.
    int rateColumn() const { return sessionCount(); }
    int rateRow() const { return participantCount(); }
    bool isMarkable(const QModelIndex &index) const;

    QString status(int row, int column) const;
    // Present ÷ (present + absent), or -1 with nothing counted.
    double personRate(int row) const;
    double sessionRate(int column) const;
    double cohortRate() const;
    int heldSessions() const; // sessions that have begun

    // Sets the cells to status (an AttendanceStatus key; empty clears them) as one undo step;
    // rate cells are ignored. True when nothing needed changing.
    bool mark(const QModelIndexList &cells, const QString &status);
    bool markSession(int column, const QString &status);
    bool markParticipant(int row, const QString &status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Takes an AttendanceStatus key or label; "" clears.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The short form a cell shows and the key that marks it: P, A, E in English.
    static QString shortLabel(const QString &status);

Q_SIGNALS:
    void editRefused(const QString &message);
    // The counts and rates changed (after a mark, an undo, a change elsewhere).
    void totalsChanged();

private:
    struct Person
    {
        qint64 id = 0;
        QString name;
        bool withdrawn = false;
    };
    struct Session
    {
        qint64 id = 0;
        QDateTime start;
        QString title;
        QString format;
    };
    struct Counts
    {
        int present = 0;
        int absent = 0;
        int excused = 0;
        double rate() const;
        QString tooltip() const;
    };
    void reload();
    void onTablesChanged(const QStringList &tables);
    QString describe(const QString &status, int cells) const;
    QString sessionLabel(int column) const;

    EditHistory &m_history;
    qint64 m_cohortId = -1;
    QList<Person> m_people;
    QList<Session> m_sessions;
    QHash<QPair<qint64, qint64>, QString> m_status; // (session, participant) → key
    QHash<qint64, Counts> m_byPerson;
    QHash<qint64, Counts> m_bySession;
    Counts m_total;
};

} // namespace Upskill
