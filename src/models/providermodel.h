// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"
#include "providerevaluation.h"

#include <QHash>

namespace Upskill {

// The training providers being evaluated, by name, with their weighted total on the
// scorecard, their rank and their ticked red flags as computed columns. The computed columns
// follow every change of a score, a weight or a flag at once, wherever it was made.
class ProviderModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Kind,
        EngagementFormat,
        PriceModel,
        Cost,
        Contact,
        Notes,
        Status,
        Total, // computed from here on
        Rank,
        RedFlags,
    };

    explicit ProviderModel(EditHistory &history, QObject *parent = nullptr);

    // A new provider called name (empty: the first free "New provider N"); one undo step.
    bool addProvider(const QString &name = QString(), qint64 *id = nullptr);
    // With their scores, flags and answers; one undo step.
    bool removeProviders(const QList<qint64> &ids);
    // The evaluation of the provider of id, as the computed columns show it; nullptr when
    // there is none (yet).
    const ProviderResult *evaluation(qint64 id) const;
    int criterionCount() const { return m_criteria; }
    int questionCount() const { return m_questions; }

protected:
    QStringList searchFields() const override;
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    int computedColumnCount() const override { return 3; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString nameProblem(const QString &name, qint64 exceptId) const;

    QHash<qint64, ProviderResult> m_results;
    int m_criteria = 0;
    int m_questions = 0;
};

} // namespace Upskill
