// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The program's readiness check before buying external training: each question answered
// yes, no or not yet, with a note. A "no" or a missing answer carries a warning.
class ReadinessModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Question, Answer, Note, Position };

    explicit ReadinessModel(EditHistory &history, QObject *parent = nullptr);

    // The answer keys the combo offers: "yes", "no" and "" (not answered).
    static QString answerLabel(const QString &key);
    QString answerKey(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QString describeEdit(int row, int column) const override;
    QVariant cellHint(int row, int column, int role) const override;
};

} // namespace Upskill
