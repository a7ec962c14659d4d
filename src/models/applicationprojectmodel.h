// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// Application projects: the real team problem each participant works on during and after
// their cohort. Either one cohort's projects (setCohort), the board and its table, or every
// project of the program that reached production (setProductionOnly), fetched as the view
// scrolls.
class ApplicationProjectModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Participant,
        Cohort,
        Title,
        Problem,
        Team,
        Status,
        RecordedOn,
        ShowcaseDate,
        FollowthroughDays
    };

    explicit ApplicationProjectModel(EditHistory &history, QObject *parent = nullptr);

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    void setProductionOnly();

    // A project for participant in the cohort shown, recorded today; the team defaults to the
    // participant's.
    bool addProject(qint64 participantId, const QString &title, const QString &problem,
                    const QString &team, qint64 *id = nullptr);
    bool removeProjects(const QList<qint64> &ids);
    // Moves projects to status (a ProjectStatus key) as one undo step. Reaching the showcase
    // or production fills an empty showcase date with the cohort's, else today.
    bool moveProjects(const QList<qint64> &ids, const QString &status);

    QString statusAt(int row) const;
    // The status next to status on the board, delta columns to the right (negative: left);
    // empty past either end.
    static QString neighbourStatus(const QString &status, int delta);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    QVariant cellHint(int row, int column, int role) const override;
    bool writeField(int row, const QString &field, const QVariant &value,
                    const QString &description) override;

private:
    qint64 m_cohortId = -1;
};

} // namespace Upskill
