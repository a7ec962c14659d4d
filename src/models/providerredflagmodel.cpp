// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerredflagmodel.h"

#include <QColor>
#include <QFont>

namespace Upskill {

namespace {
const QString Ticked = QStringLiteral("ticked");
const QString EvidenceField = QStringLiteral("evidence");
const QString Disqualifying = QStringLiteral("disqualifying");
const QColor Red(198, 40, 40);
} // namespace

ProviderRedFlagModel::ProviderRedFlagModel(EditHistory &history, QObject *parent)
    : ProviderSheetModel(history,
                         {QStringLiteral("red_flags"),
                          {QStringLiteral("title"), QStringLiteral("description")},
                          QStringLiteral("provider_red_flags"),
                          QStringLiteral("red_flag_id"),
                          {Ticked, EvidenceField, Disqualifying},
                          {}},
                         parent)
{}

int ProviderRedFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderRedFlagModel::title(int row) const
{
    return entryValue(row, QStringLiteral("title")).toString();
}

bool ProviderRedFlagModel::isTicked(int row) const
{
    return recordValue(row, Ticked).toInt() != 0;
}

bool ProviderRedFlagModel::isDisqualifying(int row) const
{
    return recordValue(row, Disqualifying).toInt() != 0;
}

bool ProviderRedFlagModel::setTicked(int row, bool ticked)
{
    if (ticked == isTicked(row))
        return true;
    return setRecordValue(row, Ticked, int(ticked),
                          ticked ? tr("Tick the red flag %1").arg(title(row))
                                 : tr("Untick the red flag %1").arg(title(row)));
}

bool ProviderRedFlagModel::setDisqualifying(int row, bool disqualifying)
{
    if (disqualifying == isDisqualifying(row))
        return true;
    if (disqualifying && !isTicked(row)) {
        Q_EMIT editRefused(tr("Tick “%1” first: only a ticked red flag can disqualify a "
                              "provider.")
                               .arg(title(row)));
        return false;
    }
    return setRecordValue(row, Disqualifying, int(disqualifying),
                          disqualifying ? tr("Let %1 disqualify").arg(title(row))
                                        : tr("Stop %1 disqualifying").arg(title(row)));
}

QVariant ProviderRedFlagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool ticked = isTicked(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Flag)
            return title(row);
        if (index.column() == Evidence)
            return recordValue(row, EvidenceField).toString();
        // The check box says it; no text beside it.
        if (index.column() == Disqualifies && role == Qt::EditRole)
            return isDisqualifying(row);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Flag)
            return ticked ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Disqualifies)
            return isDisqualifying(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        return ticked ? QVariant(Red) : QVariant();
    case Qt::FontRole:
        if (ticked && index.column() != Evidence) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Flag)
            return entryValue(row, QStringLiteral("description"));
        if (index.column() == Disqualifies)
            return ticked ? tr("A disqualified provider ranks after every other, whatever its "
                               "total.")
                          : tr("Tick the red flag first.");
        if (index.column() == Evidence)
            return tr("What you saw in the proposal or the trial that shows it.");
        return {};
    default:
        return {};
    }
}

bool ProviderRedFlagModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const int row = index.row();
    if (role == Qt::CheckStateRole && index.column() == Flag)
        return setTicked(row, value.toInt() == Qt::Checked);
    if (role == Qt::CheckStateRole && index.column() == Disqualifies)
        return setDisqualifying(row, value.toInt() == Qt::Checked);
    if (role == Qt::EditRole && index.column() == Evidence) {
        const QString text = value.toString().trimmed();
        if (text == recordValue(row, EvidenceField).toString())
            return true;
        return setRecordValue(row, EvidenceField, text,
                              tr("Change the evidence for %1").arg(title(row)));
    }
    return false;
}

Qt::ItemFlags ProviderRedFlagModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Flag:
        return base | Qt::ItemIsUserCheckable;
    case Evidence:
        return base | Qt::ItemIsEditable;
    case Disqualifies:
        // Only a ticked flag can rule a provider out; an unticked one keeps its switch for
        // when it is ticked again.
        return isTicked(index.row()) ? base | Qt::ItemIsUserCheckable
                                     : Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    return base;
}

QVariant ProviderRedFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Flag:
        return tr("Red flag");
    case Evidence:
        return tr("Evidence");
    case Disqualifies:
        return tr("Disqualifies");
    }
    return {};
}

} // namespace Upskill
