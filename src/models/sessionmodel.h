// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"
#include "sessionclashes.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace Upskill {

// The sessions of one cohort (setCohort), in time order: date and start as columns of their
// own, duration, module (one of the cohort's track), delivery format, facilitator, location or
// link and notes, with the attendance so far. Any change a coordinator makes marks the session
// as changed by them, in the same undo step, so regenerating the schedule can keep it. A
// facilitator who leads another session at the same time, and a session on a weekend, a
// holiday or outside the cohort's dates, carry a warning that says why.
class SessionModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        CohortId,
        ModuleId,
        Title,
        StartsAt,
        Duration,
        Format,
        Facilitator,
        Location,
        Notes,
        Edited,
        Date, // computed from here on
        Start,
        Attendance
    };

    explicit SessionModel(EditHistory &history, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }

    QDateTime startAt(int row) const;
    int clashCount() const { return int(m_clashes.size()); }
    QList<SessionClash> clashesOf(qint64 sessionId) const { return m_clashes.value(sessionId); }

    // A session after the cohort's last one (the next working day, at the same time and
    // place), or on its first day; changed by the coordinator from the start.
    bool addSession(qint64 *id = nullptr);
    // Moves sessions by days and, when given, to another start time; one undo step.
    bool moveSessions(const QList<qint64> &ids, int days, std::optional<QTime> time);
    bool removeSessions(const QList<qint64> &ids);

    // How starts_at is stored: local time without a zone, to the second.
    static QString storedStart(const QDateTime &start);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    bool writeField(int row, const QString &field, const QVariant &value,
                    const QString &description) override;
    int computedColumnCount() const override { return 3; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Option
    {
        qint64 id = -1;
        QString label;
    };
    struct Marks
    {
        int present = 0;
        int absent = 0;
        int excused = 0;
    };
    QString valueProblem(const QString &field, const QVariant &value) const;
    QString dateWarning(int row) const;
    QString where(int row) const;
    QDate nextWorkingDay(const QDate &after) const;

    qint64 m_cohortId = -1;
    QDate m_cohortStart;
    QDate m_cohortEnd;
    QString m_instructors;
    int m_enrolled = 0;
    // The track's modules to choose from, and labels for any module a session refers to.
    QList<Option> m_modules;
    QHash<qint64, QString> m_moduleLabels;
    QHash<qint64, Marks> m_marks;
    QHash<qint64, QList<SessionClash>> m_clashes;
    QHash<QDate, QString> m_holidays; // those on the cohort's session days
};

} // namespace Upskill
