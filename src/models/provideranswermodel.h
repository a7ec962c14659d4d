// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providersheetmodel.h"

namespace Upskill {

// A provider's answers to the standard questions before signing, each with a verdict:
// satisfied, not satisfied, or not judged yet. Each change is one undo step; the first one on
// a question creates its record.
class ProviderAnswerModel : public ProviderSheetModel
{
    Q_OBJECT
public:
    enum Column { Question, Verdict, Answer, ColumnCount };

    explicit ProviderAnswerModel(EditHistory &history, QObject *parent = nullptr);

    // The verdict keys the combo offers: "satisfied", "unsatisfied" and "" (not yet).
    static QString verdictLabel(const QString &key);
    QString verdict(int row) const;
    bool setVerdict(int row, const QString &key);
    bool setAnswer(int row, const QString &answer);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Upskill
