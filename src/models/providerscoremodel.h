// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providersheetmodel.h"

namespace Upskill {

// A provider's scorecard: every criterion with its group and weight, the provider's score on
// it (0–5, or not scored) and a note saying what the score rests on. Scoring a criterion
// creates its record; clearing the score removes it with its note. Each edit is one undo step.
class ProviderScoreModel : public ProviderSheetModel
{
    Q_OBJECT
public:
    enum Column { Criterion, Group, Weight, Score, Note, ColumnCount };

    explicit ProviderScoreModel(EditHistory &history, QObject *parent = nullptr);

    // The score of row, or -1 when it is not scored.
    int score(int row) const;
    // score -1 clears it.
    bool setScore(int row, int score);
    // "3 — adequate" for the choices of a score.
    static QString scoreLabel(int score);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Upskill
