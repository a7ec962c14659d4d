// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersheetmodel.h"

#include "edithistory.h"
#include "keyedrowscommand.h"
#include "logging.h"
#include "programfile.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

ProviderSheetModel::ProviderSheetModel(EditHistory &history, Sheet sheet, QObject *parent)
    : QAbstractTableModel(parent), m_history(history), m_sheet(std::move(sheet))
{
    connect(&history.file(), &ProgramFile::tablesChanged, this,
            &ProviderSheetModel::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
}

void ProviderSheetModel::setProvider(qint64 providerId)
{
    if (providerId == m_provider)
        return;
    beginResetModel();
    m_provider = providerId;
    m_rows = read();
    endResetModel();
}

qint64 ProviderSheetModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entryId : -1;
}

bool ProviderSheetModel::hasRecord(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).record.has_value();
}

int ProviderSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProviderSheetModel::entryValue(int row, const QString &field) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.value(field) : QVariant();
}

QVariant ProviderSheetModel::recordValue(int row, const QString &field) const
{
    if (!hasRecord(row))
        return {};
    return m_rows.at(row).record->value(field);
}

QList<ProviderSheetModel::Row> ProviderSheetModel::read() const
{
    QList<Row> rows;
    if (m_provider < 0)
        return rows;
    // The names come from the subclasses' constants, never from input; the provider is bound.
    QStringList columns = {QStringLiteral("e.id"),
                           QStringLiteral("r.%1 IS NOT NULL").arg(m_sheet.entryKey)};
    for (const QString &field : m_sheet.entryFields)
        columns.append(QStringLiteral("e.") + field);
    for (const QString &field : m_sheet.recordFields)
        columns.append(QStringLiteral("r.") + field);
    QSqlQuery query(m_history.file().database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 e LEFT JOIN %3 r ON r.%4 = e.id AND "
                                 "r.provider_id = ? ORDER BY e.position, e.id")
                      .arg(columns.join(QStringLiteral(", ")), m_sheet.entryTable,
                           m_sheet.recordTable, m_sheet.entryKey));
    query.addBindValue(m_provider);
    if (!query.exec()) {
        qCWarning(ModelsLog) << m_sheet.recordTable << "could not be read:" << query.lastError();
        return rows;
    }
    const int entryCount = int(m_sheet.entryFields.size());
    while (query.next()) {
        Row row;
        row.entryId = query.value(0).toLongLong();
        for (int i = 0; i < entryCount; ++i)
            row.entry.insert(m_sheet.entryFields.at(i), query.value(2 + i));
        if (query.value(1).toBool()) {
            QVariantMap record;
            for (int i = 0; i < m_sheet.recordFields.size(); ++i)
                record.insert(m_sheet.recordFields.at(i), query.value(2 + entryCount + i));
            row.record = record;
        }
        rows.append(row);
    }
    return rows;
}

void ProviderSheetModel::reload()
{
    QList<Row> rows = read();
    bool sameEntries = rows.size() == m_rows.size();
    for (int i = 0; sameEntries && i < rows.size(); ++i)
        sameEntries = rows.at(i).entryId == m_rows.at(i).entryId;
    if (!sameEntries) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same entries in the same order: only changed rows are announced, so the view keeps
    // its current cell while scores are typed in one after the other.
    for (int i = 0; i < rows.size(); ++i) {
        const Row &now = rows.at(i);
        const Row &before = m_rows.at(i);
        if (now.entry == before.entry && now.record == before.record)
            continue;
        m_rows[i] = now;
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
}

void ProviderSheetModel::onTablesChanged(const QStringList &tables)
{
    if (m_provider < 0)
        return;
    if (tables.contains(m_sheet.entryTable) || tables.contains(m_sheet.recordTable) ||
        tables.contains(QLatin1String("providers")))
        reload();
}

bool ProviderSheetModel::setRecordValue(int row, const QString &field, const QVariant &value,
                                        const QString &description)
{
    if (m_provider < 0 || row < 0 || row >= m_rows.size())
        return false;
    QVariantMap state;
    if (!hasRecord(row))
        state = m_sheet.defaults;
    state.insert(field, value);
    const QVariantMap key = {{QStringLiteral("provider_id"), m_provider},
                             {m_sheet.entryKey, entryId(row)}};
    return KeyedRowsCommand::apply(m_history, m_sheet.recordTable, {{key, state}}, description);
}

bool ProviderSheetModel::removeRecord(int row, const QString &description)
{
    if (m_provider < 0 || !hasRecord(row))
        return false;
    const QVariantMap key = {{QStringLiteral("provider_id"), m_provider},
                             {m_sheet.entryKey, entryId(row)}};
    return KeyedRowsCommand::apply(m_history, m_sheet.recordTable, {{key, std::nullopt}},
                                   description);
}

} // namespace Upskill
