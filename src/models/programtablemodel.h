// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QHash>
#include <QSqlRelationalTableModel>
#include <QVariantMap>

namespace Upskill {

class EditHistory;
class ProgramFile;

enum class ColumnKind { Id, Text, Integer, Real, Bool, Date, Choice, Relation, Hidden };

// What a model knows about one of its table's columns: the field, how it is shown and edited,
// its translated header, and for closed sets which vocabulary it uses.
struct ColumnSpec
{
    QString field;
    ColumnKind kind = ColumnKind::Text;
    QString header;
    Term term = Term::Role;
    bool required = false;
    bool editable = true;
};

// Base of the table models: a lazily fetching QSqlRelationalTableModel whose edits become undo
// commands instead of direct writes, with typed columns (dates as QDate, closed sets as
// translated labels, flags as check boxes), extra computed columns filled by one SQL aggregate,
// and filters composed safely in SQL.
class ProgramTableModel : public QSqlRelationalTableModel
{
    Q_OBJECT
public:
    enum Role {
        ChoicesRole = Qt::UserRole + 1, // QVariantList of {key, label} pairs for a combo editor
        WarningRole,                    // non-empty text: the cell shows a warning sign
        IdRole,                         // the row's id
    };

    ProgramTableModel(EditHistory &history, const QString &table, const QList<ColumnSpec> &columns,
                      QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool select() override;
    void sort(int column, Qt::SortOrder order) override;

    ProgramFile &file() const;
    EditHistory &history() const { return m_history; }
    const QList<ColumnSpec> &columnSpecs() const { return m_columns; }
    int tableColumnCount() const { return m_columns.size(); }
    bool isComputedColumn(int column) const { return column >= m_columns.size(); }

    qint64 idAt(int row) const;
    // The row showing id, fetching further rows if needed; -1 when it is not in the result.
    int rowOf(qint64 id);

    // Narrows the rows to those whose field equals value (a cohort's roster, a track's
    // modules); a null QVariant removes the condition.
    void setCondition(const QString &field, const QVariant &value);
    // The search box: rows where any of the model's search columns contains text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Rows matching the current filters, counted by SQL (rowCount() only knows fetched rows).
    qint64 matchingRowCount() const;
    // The statement matchingRowCount() runs (the filter holds literals only), for counting on
    // a connection of a worker thread.
    QString countStatement() const;

    bool addRecord(const QVariantMap &values, const QString &description, qint64 *id = nullptr);
    // Several new records as one transaction and one undo step; every record is checked
    // first, and one refused record refuses them all (nothing is written).
    bool addRecords(const QList<QVariantMap> &records, const QString &description,
                    QList<qint64> *ids = nullptr);
    bool removeIds(const QList<qint64> &ids, const QString &description);

Q_SIGNALS:
    // A value was refused before reaching the file; message says what and why.
    void editRefused(const QString &message);

protected:
    // Empty when value may go into column of row; otherwise the reason.
    virtual QString validate(int row, int column, const QVariant &value) const;
    // Same for a whole new record (field name → value).
    virtual QString validateRecord(const QVariantMap &values) const;
    virtual QStringList searchFields() const { return {}; }
    virtual QString describeEdit(int row, int column) const;
    // Pushes the undo command for a checked edit; a table whose rows have no id column
    // overrides it to name the row by its key.
    virtual bool writeField(int row, const QString &field, const QVariant &value,
                            const QString &description);
    // Pushes the undo command for checked new records; a table whose rows come with rows of
    // their own (a cohort and its launch checklist) overrides it to write both in one step.
    virtual bool insertRecords(const QList<QVariantMap> &records, const QString &description,
                               QList<qint64> *ids);

    virtual int computedColumnCount() const { return 0; }
    virtual QVariant computedHeader(int computedColumn) const;
    virtual QVariant computedData(int row, int computedColumn, int role) const;
    virtual void refreshComputed() {}
    // Extra roles for table cells (warnings, tooltips); invalid QVariant for "none".
    virtual QVariant cellHint(int row, int column, int role) const;

    // Tables whose changes re-run this model's query (its own table is always included) and
    // tables whose changes only refresh the computed columns.
    void setWatchedTables(const QStringList &rows, const QStringList &computed);
    QString fieldOf(int column) const { return m_columns.at(column).field; }
    int columnOf(const QString &field) const;
    QVariant storedValue(int row, const QString &field) const;

    EditHistory &m_history;

private:
    QVariant toStored(const ColumnSpec &spec, const QVariant &value, QString *problem) const;
    void applyFilter();
    void onTablesChanged(const QStringList &tables);
    void onRowChanged(const QString &table, qint64 id);

    QList<ColumnSpec> m_columns;
    QStringList m_rowTables;
    QStringList m_computedTables;
    QString m_searchText;
    QMap<QString, QVariant> m_conditions;
};

} // namespace Upskill
