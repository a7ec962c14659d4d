// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providersheetmodel.h"

namespace Upskill {

// A provider's red flags: every known flag as a check box, the evidence seen for it, and
// whether a ticked flag rules the provider out. Ticked flags show in red. Each change is one
// undo step; the first one on a flag creates its record.
class ProviderRedFlagModel : public ProviderSheetModel
{
    Q_OBJECT
public:
    enum Column { Flag, Disqualifies, Evidence, ColumnCount };

    explicit ProviderRedFlagModel(EditHistory &history, QObject *parent = nullptr);

    bool isTicked(int row) const;
    bool isDisqualifying(int row) const;
    bool setTicked(int row, bool ticked);
    bool setDisqualifying(int row, bool disqualifying);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString title(int row) const;
};

} // namespace Upskill
