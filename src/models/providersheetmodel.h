// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVariantMap>

#include <optional>

namespace Upskill {

class EditHistory;

// Base of a provider's scorecard, red flags and questions: one row per entry of a list the
// program keeps (criteria, red flags, questions before signing), beside what was recorded for
// the selected provider on that entry in a table keyed by (provider, entry). That record
// exists only once something was entered; the first edit creates it, and undoing that edit
// removes it again. Each edit is one undo step. The rows follow changes made anywhere (undo,
// another page) without losing the view's current cell.
class ProviderSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The provider shown; -1 for none (no rows).
    void setProvider(qint64 providerId);
    qint64 provider() const { return m_provider; }
    qint64 entryId(int row) const;
    bool hasRecord(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

Q_SIGNALS:
    // An edit was refused before reaching the file; the message says why.
    void editRefused(const QString &message);

protected:
    struct Sheet
    {
        QString entryTable;      // the list: provider_criteria, red_flags, signing_questions
        QStringList entryFields; // read from the list, in this order
        QString recordTable;     // provider_scores, provider_red_flags, provider_answers
        QString entryKey;        // the record's column naming the entry: criterion_id, ...
        QStringList recordFields;
        // Values a new record starts with besides the one being set (a column that is
        // required and has no default in the schema).
        QVariantMap defaults;
    };

    ProviderSheetModel(EditHistory &history, Sheet sheet, QObject *parent);

    QVariant entryValue(int row, const QString &field) const;
    // Null while the entry has no record.
    QVariant recordValue(int row, const QString &field) const;
    // Sets field of the row's record, creating the record if needed; one undo step.
    bool setRecordValue(int row, const QString &field, const QVariant &value,
                        const QString &description);
    // Removes the row's record (the entry goes back to "nothing recorded"); one undo step.
    bool removeRecord(int row, const QString &description);

    EditHistory &m_history;

private:
    struct Row
    {
        qint64 entryId = 0;
        QVariantMap entry;
        std::optional<QVariantMap> record;
    };

    QList<Row> read() const;
    void reload();
    void onTablesChanged(const QStringList &tables);

    Sheet m_sheet;
    qint64 m_provider = -1;
    QList<Row> m_rows;
};

} // namespace Upskill
