// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerscoremodel.h"

#include "programtablemodel.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Upskill {

namespace {
const QString ScoreField = QStringLiteral("score");
const QString NoteField = QStringLiteral("note");
} // namespace

ProviderScoreModel::ProviderScoreModel(EditHistory &history, QObject *parent)
    : ProviderSheetModel(history,
                         {QStringLiteral("provider_criteria"),
                          {QStringLiteral("name"), QStringLiteral("description"),
                           QStringLiteral("criterion_group"), QStringLiteral("weight")},
                          QStringLiteral("provider_scores"),
                          QStringLiteral("criterion_id"),
                          {ScoreField, NoteField},
                          {}},
                         parent)
{}

int ProviderScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderScoreModel::scoreLabel(int score)
{
    switch (score) {
    case 0:
        return tr("0 — not at all");
    case 1:
        return tr("1 — weak");
    case 2:
        return tr("2 — below what we need");
    case 3:
        return tr("3 — adequate");
    case 4:
        return tr("4 — strong");
    case 5:
        return tr("5 — excellent");
    default:
        return tr("Not scored");
    }
}

int ProviderScoreModel::score(int row) const
{
    const QVariant value = recordValue(row, ScoreField);
    return value.isNull() ? -1 : value.toInt();
}

bool ProviderScoreModel::setScore(int row, int newScore)
{
    if (row < 0 || row >= rowCount())
        return false;
    if (newScore < -1 || newScore > 5) {
        Q_EMIT editRefused(tr("A score is a whole number from 0 to 5."));
        return false;
    }
    if (newScore == score(row))
        return true;
    const QString name = entryValue(row, QStringLiteral("name")).toString();
    if (newScore < 0)
        return removeRecord(row, tr("Clear the score of %1").arg(name));
    return setRecordValue(row, ScoreField, newScore, tr("Score %1").arg(name));
}

QVariant ProviderScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool weighted = entryValue(row, QStringLiteral("weight")).toDouble() > 0;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Criterion)
            return entryValue(row, QStringLiteral("description"));
        if (index.column() == Score)
            return score(row) < 0 ? tr("Not scored: counts as 0 in the total. Type 0–5.")
                                  : scoreLabel(score(row));
        if (index.column() == Note && score(row) < 0)
            return tr("Give a score first; the note says what it rests on.");
        if (index.column() == Weight && !weighted)
            return tr("Weight 0: left out of the total.");
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (!weighted && index.column() != Score && index.column() != Note)
            return QColor(128, 128, 128);
        if (index.column() == Score && score(row) < 0)
            return QColor(128, 128, 128);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ProgramTableModel::ChoicesRole && index.column() == Score) {
        QVariantList choices{QVariant(QStringList{QString(), scoreLabel(-1)})};
        for (int s = 0; s <= 5; ++s)
            choices.append(QVariant(QStringList{QString::number(s), scoreLabel(s)}));
        return choices;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Criterion:
        return entryValue(row, QStringLiteral("name"));
    case Group:
        return Vocabulary::label(Term::CriterionGroup,
                                 entryValue(row, QStringLiteral("criterion_group")).toString());
    case Weight:
        return role == Qt::EditRole ? entryValue(row, QStringLiteral("weight"))
                                    : QVariant(QLocale().toString(
                                          entryValue(row, QStringLiteral("weight")).toDouble(), 'g',
                                          QLocale::FloatingPointShortest));
    case Score:
        // The combo's key: "" for not scored.
        if (role == Qt::EditRole)
            return score(row) < 0 ? QString() : QString::number(score(row));
        return score(row) < 0 ? QStringLiteral("–") : QString::number(score(row));
    case Note:
        return recordValue(row, NoteField).toString();
    }
    return {};
}

bool ProviderScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const int row = index.row();
    if (index.column() == Score) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == QLatin1String("–") || text == QLatin1String("-"))
            return setScore(row, -1);
        bool ok = false;
        const int number = text.section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (!ok || number < 0 || number > 5) {
            Q_EMIT editRefused(
                tr("Score: \"%1\" is not a whole number from 0 to 5.").arg(value.toString()));
            return false;
        }
        return setScore(row, number);
    }
    if (index.column() == Note) {
        if (score(row) < 0) {
            Q_EMIT editRefused(tr("Give %1 a score first; the note says what it rests on.")
                                   .arg(entryValue(row, QStringLiteral("name")).toString()));
            return false;
        }
        const QString text = value.toString().trimmed();
        if (text == recordValue(row, NoteField).toString())
            return true;
        return setRecordValue(
            row, NoteField, text,
            tr("Change the note on %1").arg(entryValue(row, QStringLiteral("name")).toString()));
    }
    return false;
}

Qt::ItemFlags ProviderScoreModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Score || (index.column() == Note && score(index.row()) >= 0))
        base |= Qt::ItemIsEditable;
    return base;
}

QVariant ProviderScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Score)
        return tr("0 not at all … 5 excellent. Type a digit to score the current criterion "
                  "and move on; Delete clears it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Criterion:
        return tr("Criterion");
    case Group:
        return tr("Group");
    case Weight:
        return tr("Weight");
    case Score:
        return tr("Score");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace Upskill
