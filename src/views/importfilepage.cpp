// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilepage.h"

#include "edithistory.h"
#include "importpreviewmodel.h"
#include "importwizard.h"
#include "programfile.h"
#include "textencoding.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace Upskill {

namespace {

// Enough rows to see whether the columns come apart right, few enough to read at once.
constexpr int PreviewRows = 12;

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFilePage::tr("comma");
    case u';':
        return ImportFilePage::tr("semicolon");
    case u'\t':
        return ImportFilePage::tr("tab");
    case u'|':
        return ImportFilePage::tr("vertical bar");
    default:
        return QStringLiteral("“%1”").arg(delimiter);
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file or an Excel workbook (.xlsx), as HR tools, Microsoft Forms and "
                   "Google Forms export them. The first row names the columns."));

    m_kind = new QComboBox(this);
    for (ImportKind kind : ImportFields::kinds())
        m_kind->addItem(ImportFields::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(wizard->setup().options.kind)));

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("The file to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detected"), QString());
    for (TextEncoding encoding : TextEncodings::all())
        m_encoding->addItem(TextEncodings::name(encoding), TextEncodings::name(encoding));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detected"), QString());
    for (const QChar c : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        QString name = delimiterName(c);
        name[0] = name[0].toUpper();
        m_delimiter->addItem(name, QString(c));
    }
    m_sheet = new QComboBox(this);

    m_form = new QFormLayout;
    m_form->addRow(tr("&What to import:"), m_kind);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    m_form->addRow(pathLabel, pathRow);
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(tr("&Sheet:"), m_sheet);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new ImportPreviewModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("importFilePreview"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize());
    auto *previewLabel = new QLabel(tr("The first &rows as they are read:"), this);
    previewLabel->setBuddy(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (QFileInfo(m_path->text()) != QFileInfo(m_wizard->setup().dataPath) || !m_readable)
            reload();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::kindChanged);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_reloading)
                reload();
        });
    reload();
}

bool ImportFilePage::isComplete() const
{
    return m_readable;
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(path);
    reload();
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? m_wizard->settings().lastFolder()
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the file to import"), start,
        tr("CSV files and Excel workbooks (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_wizard->settings().setLastFolder(QFileInfo(path).absolutePath());
    // A new file is read as it is, not with the choices made for the last one.
    m_reloading = true;
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_sheet->clear();
    m_reloading = false;
    setFile(path);
}

void ImportFilePage::kindChanged()
{
    m_wizard->setup().options.kind = ImportKind(m_kind->currentData().toInt());
    m_wizard->updateTitle();
    reload();
}

void ImportFilePage::showRowsFor(bool workbook, bool enabled)
{
    m_form->setRowVisible(m_encoding, !workbook);
    m_form->setRowVisible(m_delimiter, !workbook);
    m_form->setRowVisible(m_sheet, workbook);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_sheet})
        combo->setEnabled(enabled);
}

void ImportFilePage::reload()
{
    ImportSetup &setup = m_wizard->setup();
    const QString path = m_path->text().trimmed();
    m_readable = false;
    m_model->clear();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a CSV file or an Excel workbook with Browse, or type its "
                             "path."));
        showRowsFor(false, false);
        Q_EMIT completeChanged();
        return;
    }

    ImportOptions options = setup.options;
    options.read.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.read.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.read.sheet = m_sheet->currentText();
    ProgramImport import(m_wizard->history().file().database(), options);
    QString error;
    if (!import.open(path, &error)) {
        if (!error.endsWith(QLatin1Char('.')))
            error += QLatin1Char('.');
        m_status->setText(
            QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(error.toHtmlEscaped()));
        showRowsFor(path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive), true);
        Q_EMIT completeChanged();
        return;
    }
    TableReader *reader = import.reader();
    setup.dataPath = QFileInfo(path).absoluteFilePath();
    setup.options.read = options.read;
    setup.headers = import.headers();
    setup.fields = import.fields();
    setup.automatic = import.mapping();
    setup.format = reader->format();
    setup.previewRows.clear();
    setup.previewLines.clear();
    TableRow row;
    while (setup.previewRows.size() < PreviewRows && reader->next(&row)) {
        setup.previewRows.append(row.fields);
        setup.previewLines.append(row.line);
    }
    m_model->setContent(setup.headers, setup.previewRows, setup.previewLines);
    m_preview->resizeColumnsToContents();

    const bool workbook = reader->format() == TableReader::Format::Xlsx;
    m_reloading = true;
    m_encoding->setItemText(
        0, reader->hasByteOrderMark()
               ? tr("Detected: %1 with byte order mark").arg(reader->encodingName())
               : tr("Detected: %1").arg(reader->encodingName()));
    m_delimiter->setItemText(0, tr("Detected: %1").arg(delimiterName(reader->delimiter())));
    if (workbook) {
        m_sheet->clear();
        m_sheet->addItems(reader->sheets());
        m_sheet->setCurrentText(reader->sheet());
    }
    m_reloading = false;
    showRowsFor(workbook, true);

    QString status =
        workbook
            ? tr("Sheet “%1”: %n column(s), named in row %2.", nullptr, int(setup.headers.size()))
                  .arg(reader->sheet())
                  .arg(import.headerLine())
            : tr("%n column(s), named in line %1; %2 text, fields separated by "
                 "%3.",
                 nullptr, int(setup.headers.size()))
                  .arg(import.headerLine())
                  .arg(reader->encodingName(), delimiterName(reader->delimiter()));
    if (reader->failed())
        status += QLatin1Char(' ') +
                  tr("Further down the file cannot be read: %1.")
                      .arg(ProgramImport::describe(reader->failure(), reader->format()));
    else if (setup.previewRows.isEmpty())
        status += QLatin1Char(' ') + tr("There are no rows below the header.");
    m_status->setText(status.toHtmlEscaped());
    m_readable = true;
    Q_EMIT completeChanged();
}

} // namespace Upskill
