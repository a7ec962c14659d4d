// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinessmodel.h"

#include <QColor>

namespace Upskill {

namespace {
const QString Yes = QStringLiteral("yes");
const QString No = QStringLiteral("no");
} // namespace

ReadinessModel::ReadinessModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, QStringLiteral("readiness_questions"),
                        {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                         {QStringLiteral("question"), ColumnKind::Text, tr("Question"), {}, true},
                         {QStringLiteral("answer"), ColumnKind::Integer, tr("Answer")},
                         {QStringLiteral("note"), ColumnKind::Text, tr("Note")},
                         {QStringLiteral("position"), ColumnKind::Hidden, tr("Position")}},
                        parent)
{
    setSort(Position, Qt::AscendingOrder);
}

QString ReadinessModel::answerLabel(const QString &key)
{
    if (key == Yes)
        return tr("Yes");
    if (key == No)
        return tr("No");
    return tr("Not answered");
}

QString ReadinessModel::answerKey(int row) const
{
    const QVariant value = storedValue(row, QStringLiteral("answer"));
    if (value.isNull())
        return {};
    return value.toInt() ? Yes : No;
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != Answer)
        return ProgramTableModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return answerLabel(answerKey(index.row()));
    case Qt::EditRole:
        return answerKey(index.row());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case ChoicesRole:
        return QVariantList{QVariant(QStringList{QString(), answerLabel({})}),
                            QVariant(QStringList{Yes, answerLabel(Yes)}),
                            QVariant(QStringList{No, answerLabel(No)})};
    default:
        return ProgramTableModel::data(index, role);
    }
}

bool ReadinessModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Answer || role != Qt::EditRole)
        return ProgramTableModel::setData(index, value, role);
    QString key = value.toString().trimmed();
    for (const QString &candidate : {Yes, No, QString()}) {
        if (key.compare(answerLabel(candidate), Qt::CaseInsensitive) == 0)
            key = candidate;
    }
    if (key != Yes && key != No && !key.isEmpty()) {
        Q_EMIT editRefused(tr("Answer: \"%1\" is not yes, no or not answered.").arg(key));
        return false;
    }
    if (key == answerKey(index.row()))
        return true;
    const QVariant stored =
        key.isEmpty() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(int(key == Yes));
    return writeField(index.row(), QStringLiteral("answer"), stored,
                      describeEdit(index.row(), Answer));
}

QString ReadinessModel::describeEdit(int row, int column) const
{
    if (column == Answer)
        return tr("Answer a readiness question");
    return ProgramTableModel::describeEdit(row, column);
}

QVariant ReadinessModel::cellHint(int row, int column, int role) const
{
    if (column != Answer)
        return {};
    const QString key = answerKey(row);
    if (role == Qt::ForegroundRole) {
        if (key == No)
            return QColor(198, 40, 40);
        if (key.isEmpty())
            return QColor(191, 54, 12);
        return QColor(46, 125, 50);
    }
    if (role == WarningRole || role == Qt::ToolTipRole) {
        if (key == No)
            return tr("Answered no: buying external training now is likely to be wasted.");
        if (key.isEmpty())
            return tr("Not answered yet: nobody has checked this.");
    }
    return {};
}

} // namespace Upskill
