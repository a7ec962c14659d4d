// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace Upskill {

class ImportPreviewModel;
class ImportWizard;

// The import wizard's first step: what to import and from which file, and how the file is
// read — the detected encoding, delimiter or sheet, each of which can be chosen instead —
// with the first rows as they come out, so a wrong choice shows at once.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    // Reads the file again with the choices made; public so tests can drive the page.
    void setFile(const QString &path);

private:
    void browse();
    void kindChanged();
    void reload();
    // The encoding and delimiter rows for a CSV file, the sheet row for a workbook.
    void showRowsFor(bool workbook, bool enabled);

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QFormLayout *m_form;
    QLabel *m_status;
    QTableView *m_preview;
    ImportPreviewModel *m_model;
    bool m_readable = false;
    bool m_reloading = false;
};

} // namespace Upskill
