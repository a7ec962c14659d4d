// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leveltablemodel.h"

namespace Upskill {

// The level each role needs per dimension, with how critical a gap is. The role
// "organisation" is the organisation-wide default for every role without its own target.
// Each role has at most one target per dimension.
class RoleTargetModel : public LevelTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Role, Dimension, RequiredLevel, Criticality };

    explicit RoleTargetModel(EditHistory &history, QObject *parent = nullptr);

    // "" shows every role.
    void setRole(const QString &role);
    // A target for role on the first active dimension it has none for (level 2, important);
    // refused with a message when every dimension already has one.
    bool addTarget(const QString &role, qint64 *id = nullptr);

protected:
    // By role, the organisation-wide default comes first: the other roles are read against it.
    QString orderByClause() const override;
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;

private:
    QString duplicateProblem(const QString &role, qint64 dimensionId, qint64 exceptId) const;
};

} // namespace Upskill
