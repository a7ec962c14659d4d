// SPDX-License-Identifier: GPL-3.0-or-later
#include "provideranswermodel.h"

#include "programtablemodel.h"

#include <QColor>

namespace Upskill {

namespace {
const QString AnswerField = QStringLiteral("answer");
const QString Satisfied = QStringLiteral("satisfied");
const QString SatisfiedKey = QStringLiteral("satisfied");
const QString UnsatisfiedKey = QStringLiteral("unsatisfied");
} // namespace

ProviderAnswerModel::ProviderAnswerModel(EditHistory &history, QObject *parent)
    : ProviderSheetModel(history,
                         {QStringLiteral("signing_questions"),
                          {QStringLiteral("question")},
                          QStringLiteral("provider_answers"),
                          QStringLiteral("question_id"),
                          {AnswerField, Satisfied},
                          {}},
                         parent)
{}

int ProviderAnswerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderAnswerModel::verdictLabel(const QString &key)
{
    if (key == SatisfiedKey)
        return tr("Satisfied");
    if (key == UnsatisfiedKey)
        return tr("Not satisfied");
    return tr("Not yet");
}

QString ProviderAnswerModel::verdict(int row) const
{
    const QVariant value = recordValue(row, Satisfied);
    if (value.isNull())
        return {};
    return value.toInt() ? SatisfiedKey : UnsatisfiedKey;
}

bool ProviderAnswerModel::setVerdict(int row, const QString &key)
{
    if (key != SatisfiedKey && key != UnsatisfiedKey && !key.isEmpty()) {
        Q_EMIT editRefused(tr("Verdict: \"%1\" is not one of satisfied, not satisfied or not "
                              "yet.")
                               .arg(key));
        return false;
    }
    if (key == verdict(row))
        return true;
    const QVariant stored =
        key.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(int(key == SatisfiedKey));
    return setRecordValue(row, Satisfied, stored,
                          tr("Judge the answer: %1").arg(verdictLabel(key)));
}

bool ProviderAnswerModel::setAnswer(int row, const QString &answer)
{
    const QString text = answer.trimmed();
    if (text == recordValue(row, AnswerField).toString())
        return true;
    return setRecordValue(row, AnswerField, text, tr("Change the provider's answer"));
}

QVariant ProviderAnswerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const QString key = verdict(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Question)
            return entryValue(row, QStringLiteral("question"));
        if (index.column() == Answer)
            return recordValue(row, AnswerField).toString();
        if (index.column() == Verdict)
            return role == Qt::EditRole ? key : verdictLabel(key);
        return {};
    case ProgramTableModel::ChoicesRole:
        if (index.column() != Verdict)
            return {};
        return QVariantList{QVariant(QStringList{QString(), verdictLabel({})}),
                            QVariant(QStringList{SatisfiedKey, verdictLabel(SatisfiedKey)}),
                            QVariant(QStringList{UnsatisfiedKey, verdictLabel(UnsatisfiedKey)})};
    case Qt::ForegroundRole:
        if (index.column() != Verdict)
            return {};
        if (key == SatisfiedKey)
            return QColor(46, 125, 50);
        if (key == UnsatisfiedKey)
            return QColor(198, 40, 40);
        return QColor(128, 128, 128);
    case Qt::ToolTipRole:
        if (index.column() == Question || index.column() == Answer)
            return index.data(Qt::DisplayRole);
        return {};
    default:
        return {};
    }
}

bool ProviderAnswerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    if (index.column() == Answer)
        return setAnswer(index.row(), value.toString());
    if (index.column() == Verdict) {
        // The combo gives a key; typed text may be a label.
        QString key = value.toString().trimmed();
        for (const QString &candidate : {SatisfiedKey, UnsatisfiedKey, QString()}) {
            if (key.compare(verdictLabel(candidate), Qt::CaseInsensitive) == 0)
                key = candidate;
        }
        return setVerdict(index.row(), key);
    }
    return false;
}

Qt::ItemFlags ProviderAnswerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != Question)
        base |= Qt::ItemIsEditable;
    return base;
}

QVariant ProviderAnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Question:
        return tr("Question before signing");
    case Answer:
        return tr("The provider's answer");
    case Verdict:
        return tr("Verdict");
    }
    return {};
}

} // namespace Upskill
