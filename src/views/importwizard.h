// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsettings.h"
#include "programimport.h"

#include <QWizard>

namespace Upskill {

class EditHistory;

// What the pages of the import wizard decide together: the file and how it is read, its
// headers and first rows, the mapping of its columns, and the check's outcome.
struct ImportSetup
{
    QString dataPath;
    ImportOptions options;
    QStringList headers;
    QList<ImportField> fields;
    ColumnMapping automatic; // the mapping matched by the headers' names
    TableReader::Format format = TableReader::Format::Csv;
    QList<QStringList> previewRows;
    QList<qint64> previewLines;
};

// File → Import: a file from HR or a survey tool into the program, in four steps — choose
// the file (and how it is read), match its columns, check every row, import. The import is
// one transaction on a worker thread and one step of the edit history: Edit → Undo takes all
// of it back.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, ColumnsPage, CheckPage, RunPage };

    ImportWizard(EditHistory &history, ImportKind kind, QWidget *parent = nullptr);

    // The entry point for the window's File → Import: runs the wizard for kind (changeable
    // on its first page); true when something was imported.
    static bool run(QWidget *parent, EditHistory &history, ImportKind kind);

    EditHistory &history() const { return m_history; }
    ImportSetup &setup() { return m_setup; }
    ImportSettings &settings() { return m_settings; }
    bool imported() const { return m_imported; }
    void setImported(bool imported) { m_imported = imported; }
    // A page with a job on a worker thread says so, so closing the wizard waits for it.
    void setBusy(bool busy) { m_busy = busy; }
    // The page's job ended; a close asked for meanwhile happens now.
    void jobEnded();
    void updateTitle();

Q_SIGNALS:
    // Closing was asked for while a job runs: the page cancels it.
    void cancelRequested();

public Q_SLOTS:
    void reject() override;

private:
    EditHistory &m_history;
    ImportSetup m_setup;
    ImportSettings m_settings;
    bool m_imported = false;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace Upskill
