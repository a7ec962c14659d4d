// SPDX-License-Identifier: GPL-3.0-or-later
#include "programtablemodel.h"

#include "edithistory.h"
#include "logging.h"
#include "programfile.h"
#include "rowstore.h"
#include "sqlerrors.h"
#include "sqlfilter.h"

#include <QDate>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Upskill {

ProgramTableModel::ProgramTableModel(EditHistory &history, const QString &table,
                                     const QList<ColumnSpec> &columns, QObject *parent)
    : QSqlRelationalTableModel(parent, history.file().database()), m_history(history),
      m_columns(columns), m_rowTables{table}
{
    setTable(table);
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setJoinMode(QSqlRelationalTableModel::LeftJoin);
    // The column enums of the subclasses follow the table's column order; a mismatch would
    // put every value under the wrong header, so it is caught at once.
    const QStringList actual = history.file().columns(table);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i >= actual.size() || actual.at(i) != m_columns.at(i).field)
            qCCritical(ModelsLog) << "column spec of" << table << "does not match the schema at"
                                  << i << m_columns.at(i).field;
    }
    connect(&history.file(), &ProgramFile::tablesChanged, this,
            &ProgramTableModel::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this, &ProgramTableModel::onRowChanged);
}

ProgramFile &ProgramTableModel::file() const
{
    return m_history.file();
}

void ProgramTableModel::setWatchedTables(const QStringList &rows, const QStringList &computed)
{
    m_rowTables = QStringList{tableName()} + rows;
    m_computedTables = computed;
}

int ProgramTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_columns.size() + computedColumnCount();
}

int ProgramTableModel::columnOf(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field)
            return i;
    }
    return -1;
}

qint64 ProgramTableModel::idAt(int row) const
{
    return QSqlRelationalTableModel::data(QSqlRelationalTableModel::index(row, 0), Qt::EditRole)
        .toLongLong();
}

QVariant ProgramTableModel::storedValue(int row, const QString &field) const
{
    const int column = columnOf(field);
    if (column >= 0 && m_columns.at(column).kind != ColumnKind::Relation)
        return QSqlRelationalTableModel::data(QSqlRelationalTableModel::index(row, column),
                                              Qt::EditRole);
    return RowStore(file()).value(tableName(), idAt(row), field);
}

int ProgramTableModel::rowOf(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row >= rowCount())
                return -1;
        }
        if (idAt(row) == id)
            return row;
    }
}

QVariant ProgramTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int column = index.column();
    if (role == IdRole)
        return idAt(index.row());
    if (role == Qt::ToolTipRole || role == WarningRole || role == Qt::ForegroundRole ||
        role == Qt::FontRole) {
        const QVariant hint = cellHint(index.row(), column, role);
        if (hint.isValid() || isComputedColumn(column))
            return hint;
    }
    if (isComputedColumn(column))
        return computedData(index.row(), column - m_columns.size(), role);

    const ColumnSpec &spec = m_columns.at(column);
    const QVariant raw = QSqlRelationalTableModel::data(index, Qt::EditRole);
    switch (spec.kind) {
    case ColumnKind::Bool:
        if (role == Qt::CheckStateRole)
            return raw.toInt() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::EditRole)
            return raw.toInt() != 0;
        if (role == Qt::DisplayRole)
            return QVariant();
        break;
    case ColumnKind::Date: {
        const QDate date = QDate::fromString(raw.toString(), Qt::ISODate);
        if (role == Qt::DisplayRole)
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
        if (role == Qt::EditRole)
            return date.isValid() ? date : QDate::currentDate();
        break;
    }
    case ColumnKind::Choice:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(spec.term, raw.toString());
        if (role == Qt::EditRole)
            return raw;
        if (role == ChoicesRole) {
            QVariantList choices;
            for (const Choice &c : Vocabulary::choices(spec.term))
                choices.append(QVariant(QStringList{c.key, c.label}));
            return choices;
        }
        break;
    case ColumnKind::Real:
        if (role == Qt::DisplayRole)
            return raw.isNull()
                       ? QString()
                       : QLocale().toString(raw.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ColumnKind::Integer:
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QSqlRelationalTableModel::data(index, role);
}

QVariant ProgramTableModel::cellHint(int, int, int) const
{
    return {};
}

QVariant ProgramTableModel::computedHeader(int) const
{
    return {};
}

QVariant ProgramTableModel::computedData(int, int, int) const
{
    return {};
}

Qt::ItemFlags ProgramTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isComputedColumn(index.column()))
        return base;
    const ColumnSpec &spec = m_columns.at(index.column());
    if (!spec.editable || spec.kind == ColumnKind::Id || spec.kind == ColumnKind::Hidden)
        return base;
    if (spec.kind == ColumnKind::Bool)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant ProgramTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0) {
        if (section < m_columns.size())
            return m_columns.at(section).header;
        return computedHeader(section - m_columns.size());
    }
    if (orientation == Qt::Horizontal && section >= m_columns.size())
        return {};
    return QSqlRelationalTableModel::headerData(section, orientation, role);
}

QVariant ProgramTableModel::toStored(const ColumnSpec &spec, const QVariant &value,
                                     QString *problem) const
{
    switch (spec.kind) {
    case ColumnKind::Bool:
        if (value.typeId() == QMetaType::Int && (value.toInt() == Qt::Checked))
            return 1;
        return value.toBool() ? 1 : 0;
    case ColumnKind::Date: {
        if (value.isNull() || value.toString().trimmed().isEmpty()) {
            if (spec.required)
                *problem = tr("%1 needs a date.").arg(spec.header);
            return QVariant(QMetaType::fromType<QString>());
        }
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            *problem =
                tr("%1: \"%2\" is not a date (use YYYY-MM-DD).").arg(spec.header, value.toString());
            return {};
        }
        return date.toString(Qt::ISODate);
    }
    case ColumnKind::Choice: {
        const QString key = Vocabulary::keyFor(spec.term, value.toString());
        if (key.isEmpty()) {
            *problem = tr("%1: \"%2\" is not one of the allowed values.")
                           .arg(spec.header, value.toString());
            return {};
        }
        return key;
    }
    case ColumnKind::Integer: {
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        if (value.toString().trimmed().isEmpty() && !spec.required)
            return QVariant(QMetaType::fromType<qlonglong>());
        if (!ok) {
            *problem = tr("%1: \"%2\" is not a whole number.").arg(spec.header, value.toString());
            return {};
        }
        return number;
    }
    case ColumnKind::Real: {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (!ok)
            number = QLocale().toDouble(value.toString().trimmed(), &ok);
        if (value.toString().trimmed().isEmpty() && !spec.required)
            return QVariant(QMetaType::fromType<double>());
        if (!ok) {
            *problem = tr("%1: \"%2\" is not a number.").arg(spec.header, value.toString());
            return {};
        }
        return number;
    }
    case ColumnKind::Text: {
        const QString text = value.toString().trimmed();
        if (spec.required && text.isEmpty())
            *problem = tr("%1 cannot be empty.").arg(spec.header);
        return text;
    }
    default:
        return value;
    }
}

QString ProgramTableModel::validate(int, int, const QVariant &) const
{
    return {};
}

QString ProgramTableModel::validateRecord(const QVariantMap &values) const
{
    // Fields left out take the schema's default; a required field given empty is refused.
    for (const ColumnSpec &spec : m_columns) {
        if (spec.required && spec.kind != ColumnKind::Id && values.contains(spec.field) &&
            values.value(spec.field).toString().trimmed().isEmpty())
            return tr("%1 cannot be empty.").arg(spec.header);
    }
    return {};
}

QString ProgramTableModel::describeEdit(int, int column) const
{
    return tr("Change %1").arg(m_columns.at(column).header.toLower());
}

bool ProgramTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || isComputedColumn(index.column()))
        return false;
    const ColumnSpec &spec = m_columns.at(index.column());
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    if (role == Qt::CheckStateRole && spec.kind != ColumnKind::Bool)
        return false;
    if (role != Qt::EditRole && role != Qt::CheckStateRole)
        return false;

    QString problem;
    QVariant stored = toStored(spec, value, &problem);
    if (problem.isEmpty())
        problem = validate(index.row(), index.column(), stored);
    if (!problem.isEmpty()) {
        Q_EMIT editRefused(problem);
        return false;
    }
    const QVariant current = storedValue(index.row(), spec.field);
    if (current == stored && current.isNull() == stored.isNull())
        return true;
    return writeField(index.row(), spec.field, stored, describeEdit(index.row(), index.column()));
}

bool ProgramTableModel::writeField(int row, const QString &field, const QVariant &value,
                                   const QString &description)
{
    return m_history.editField(tableName(), idAt(row), field, value, description);
}

bool ProgramTableModel::addRecord(const QVariantMap &values, const QString &description, qint64 *id)
{
    QList<qint64> ids;
    if (!addRecords({values}, description, &ids))
        return false;
    if (id && !ids.isEmpty())
        *id = ids.first();
    return true;
}

bool ProgramTableModel::addRecords(const QList<QVariantMap> &records, const QString &description,
                                   QList<qint64> *ids)
{
    QList<QVariantMap> storedRecords;
    storedRecords.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        const QVariantMap &values = records.at(i);
        // With several records the message says which one was refused.
        auto refuse = [&](const QString &problem) {
            Q_EMIT editRefused(
                records.size() == 1
                    ? problem
                    : tr("Record %1 of %2: %3").arg(i + 1).arg(records.size()).arg(problem));
            return false;
        };
        QVariantMap stored;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const int column = columnOf(it.key());
            if (column < 0)
                return refuse(tr("Unknown field %1.").arg(it.key()));
            QString problem;
            stored.insert(it.key(), toStored(m_columns.at(column), it.value(), &problem));
            if (!problem.isEmpty())
                return refuse(problem);
        }
        if (const QString problem = validateRecord(stored); !problem.isEmpty())
            return refuse(problem);
        storedRecords.append(stored);
    }
    if (storedRecords.isEmpty())
        return false;
    return insertRecords(storedRecords, description, ids);
}

bool ProgramTableModel::insertRecords(const QList<QVariantMap> &records, const QString &description,
                                      QList<qint64> *ids)
{
    return m_history.addRows(tableName(), records, description, ids);
}

bool ProgramTableModel::removeIds(const QList<qint64> &ids, const QString &description)
{
    if (ids.isEmpty())
        return false;
    return m_history.removeRows(tableName(), ids, description);
}

void ProgramTableModel::setCondition(const QString &field, const QVariant &value)
{
    if (value.isValid())
        m_conditions.insert(field, value);
    else
        m_conditions.remove(field);
    applyFilter();
}

void ProgramTableModel::setSearchText(const QString &text)
{
    m_searchText = text;
    applyFilter();
}

void ProgramTableModel::applyFilter()
{
    const SqlFilter sql(database());
    QStringList clauses;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it)
        clauses.append(sql.equals(sql.column(tableName(), it.key()), it.value()));
    QStringList searchColumns;
    for (const QString &field : searchFields())
        searchColumns.append(sql.column(tableName(), field));
    clauses.append(sql.contains(searchColumns, m_searchText));
    setFilter(SqlFilter::allOf(clauses));
}

QString ProgramTableModel::countStatement() const
{
    QString sql =
        QStringLiteral("SELECT count(*) FROM %1")
            .arg(database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName));
    if (!filter().isEmpty())
        sql += QStringLiteral(" WHERE ") + filter();
    return sql;
}

qint64 ProgramTableModel::matchingRowCount() const
{
    QSqlQuery query(database());
    if (query.exec(countStatement()) && query.next())
        return query.value(0).toLongLong();
    qCWarning(ModelsLog) << "count failed" << query.lastError();
    return -1;
}

bool ProgramTableModel::select()
{
    // The computed columns first: views read them while they hear of the reset (to size their
    // columns, to count warnings), and the figures do not depend on which rows are fetched.
    refreshComputed();
    const bool ok = QSqlRelationalTableModel::select();
    if (!ok)
        qCWarning(ModelsLog) << tableName() << "select failed:" << lastError();
    return ok;
}

void ProgramTableModel::sort(int column, Qt::SortOrder order)
{
    // Computed columns are not in the table; sorting stays in SQL, so only real columns sort.
    if (isComputedColumn(column))
        return;
    QSqlRelationalTableModel::sort(column, order);
}

void ProgramTableModel::onTablesChanged(const QStringList &tables)
{
    for (const QString &t : tables) {
        if (m_rowTables.contains(t)) {
            select();
            return;
        }
    }
    for (const QString &t : tables) {
        if (m_computedTables.contains(t)) {
            refreshComputed();
            if (rowCount() > 0 && computedColumnCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
    }
}

void ProgramTableModel::onRowChanged(const QString &table, qint64 id)
{
    if (table == tableName()) {
        // Only the rows already fetched can be on screen; a row further down is read fresh
        // when the view scrolls to it.
        for (int row = 0; row < rowCount(); ++row) {
            if (idAt(row) == id) {
                selectRow(row);
                refreshComputed();
                return;
            }
        }
        return;
    }
    if (m_rowTables.contains(table))
        select();
    else if (m_computedTables.contains(table))
        onTablesChanged({table});
}

} // namespace Upskill
