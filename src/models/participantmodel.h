// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The engineers of the program. Built for 100,000 rows: rows are fetched as the view scrolls,
// search and sorting happen in SQL.
class ParticipantModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Email,
        Role,
        Team,
        Manager,
        Seniority,
        IsChampion,
        IsMentor,
        IsAlumnus,
        Notes
    };

    explicit ParticipantModel(EditHistory &history, QObject *parent = nullptr);

    void setRole(const QString &role);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;

private:
    QString emailProblem(const QString &email, qint64 exceptId) const;
};

} // namespace Upskill
