// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistprogress.h"
#include "programtablemodel.h"

namespace Upskill {

// Cohorts with their track by name, the number enrolled and their launch checklist's progress
// (counted by SQL); a cohort whose size is outside the program's range carries a warning on
// its name, one with overdue checklist items on its progress. A new cohort gets its checklist
// from the template in the same step.
class CohortModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Track,
        Quarter,
        StartDate,
        EndDate,
        Status,
        IsPilot,
        Instructors,
        ManagersBriefed,
        ManagersBriefedOn,
        ShowcaseDate,
        Notes,
        Enrolled,
        Withdrawn,
        Checklist
    };

    explicit CohortModel(EditHistory &history, QObject *parent = nullptr);

    // "" shows every quarter.
    void setQuarter(const QString &quarter);
    void setStatus(const QString &status);
    // Distinct quarters that have cohorts, oldest first.
    QStringList quarters() const;
    QString sizeWarning(int row) const;
    // The launch checklist of the cohort in row; total 0 when it has none yet.
    ChecklistProgress checklistProgress(int row) const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    bool insertRecords(const QList<QVariantMap> &records, const QString &description,
                       QList<qint64> *ids) override;
    int computedColumnCount() const override { return 3; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Counts
    {
        int enrolled = 0;
        int withdrawn = 0;
    };
    QHash<qint64, Counts> m_counts;
    QHash<qint64, ChecklistProgress> m_checklists;
    int m_sizeMin = 8;
    int m_sizeMax = 12;
};

} // namespace Upskill
