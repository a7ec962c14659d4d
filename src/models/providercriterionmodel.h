// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The criteria of the providers' scorecard in the program's order, with the weight each has in
// a provider's total and, computed, the share of the total weight that makes. A criterion
// with weight 0 stays on the scorecard but does not count.
class ProviderCriterionModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Description, Group, Weight, Position, Share };

    explicit ProviderCriterionModel(EditHistory &history, QObject *parent = nullptr);

    // A new criterion of group (a CriterionGroup key) at the end, weight 1; one undo step. An
    // empty name picks the first free "New criterion N".
    bool addCriterion(const QString &group, const QString &name = QString(), qint64 *id = nullptr);
    // Swaps the criterion of row with its neighbour above (delta -1) or below (+1).
    bool move(int row, int delta);
    // With every provider's score on them; one undo step.
    bool removeCriteria(const QList<qint64> &ids);
    // How many providers have a score on the criterion of id.
    int scoreCount(qint64 id) const;
    double weightSum() const { return m_weightSum; }

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    int computedColumnCount() const override { return 1; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString nameProblem(const QString &name, qint64 exceptId) const;

    double m_weightSum = 0;
};

} // namespace Upskill
