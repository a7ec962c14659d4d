// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Upskill {

// What to export as CSV and where: the table (fixed when the caller already knows it), one
// cohort or all, the file, and whether Excel gets its byte order mark.
class CsvExportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvExportDialog(const QSqlDatabase &db, const QString &programPath, QWidget *parent = nullptr);

    // Preselects the table; fixed hides the choice.
    void setTable(const QString &table, bool fixed);
    void setCohort(qint64 cohortId);

    QString table() const;
    // 0: all cohorts.
    qint64 cohortId() const;
    QString path() const;
    bool byteOrderMark() const;

    void accept() override;

private:
    void browse();
    void updateState();
    QString suggestedPath() const;

    QString m_programPath;
    QComboBox *m_table;
    QLabel *m_tableLabel;
    QLabel *m_description;
    QComboBox *m_cohort;
    QLineEdit *m_path;
    QCheckBox *m_bom;
    QDialogButtonBox *m_buttons;
    // Until the user edits the path, it follows the table and cohort chosen.
    bool m_pathEdited = false;
};

} // namespace Upskill
