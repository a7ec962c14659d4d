// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexportdialog.h"

#include "tableexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Upskill {

namespace {

// Kept with the user's other preferences, not in the program file: where they keep exports
// and whether they open them in Excel is theirs, not the program's.
const QString folderKey = QStringLiteral("csvExport/folder");
const QString bomKey = QStringLiteral("csvExport/byteOrderMark");

QString fileNamePart(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    return text.replace(unsafe, QStringLiteral("-")).toLower();
}

} // namespace

CsvExportDialog::CsvExportDialog(const QSqlDatabase &db, const QString &programPath,
                                 QWidget *parent)
    : QDialog(parent), m_programPath(programPath), m_table(new QComboBox(this)),
      m_tableLabel(new QLabel(tr("&Table:"), this)), m_description(new QLabel(this)),
      m_cohort(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_bom(new QCheckBox(tr("UTF-8 with a byte order mark, for &Excel"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export as CSV"));
    setObjectName(QStringLiteral("csvExportDialog"));

    for (const QString &table : TableExport::tables())
        m_table->addItem(table, table);
    m_tableLabel->setBuddy(m_table);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_cohort->addItem(tr("All cohorts"), qint64(0));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Newest first, as everywhere a cohort is picked.
    if (query.exec(QStringLiteral("SELECT id, name FROM cohorts ORDER BY quarter DESC, "
                                  "start_date DESC, name"))) {
        while (query.next())
            m_cohort->addItem(query.value(1).toString(), query.value(0).toLongLong());
    }
    m_cohort->setEditable(true);
    m_cohort->setInsertPolicy(QComboBox::NoInsert);
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohort->setMinimumContentsLength(32);
    m_cohort->completer()->setFilterMode(Qt::MatchContains);
    m_cohort->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    QSettings settings;
    m_bom->setChecked(settings.value(bomKey, false).toBool());
    m_bom->setToolTip(tr("Excel needs this mark to show accents and other non-English letters "
                         "correctly. Leave it off for other programs and scripts."));

    auto *form = new QFormLayout;
    form->addRow(m_tableLabel, m_table);
    form->addRow(QString(), m_description);
    auto *cohortLabel = new QLabel(tr("&Cohort:"), this);
    cohortLabel->setBuddy(m_cohort);
    form->addRow(cohortLabel, m_cohort);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_bom);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_table, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateState);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateState);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateState();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    const int participants = m_table->findData(QStringLiteral("participants"));
    m_table->setCurrentIndex(participants >= 0 ? participants : 0);
    updateState();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void CsvExportDialog::setTable(const QString &table, bool fixed)
{
    const int index = m_table->findData(table);
    if (index >= 0)
        m_table->setCurrentIndex(index);
    m_table->setVisible(!fixed);
    m_tableLabel->setVisible(!fixed);
    if (fixed)
        setWindowTitle(tr("Export %1 as CSV").arg(table));
    updateState();
}

void CsvExportDialog::setCohort(qint64 cohortId)
{
    const int index = m_cohort->findData(cohortId);
    m_cohort->setCurrentIndex(index >= 0 ? index : 0);
    updateState();
}

QString CsvExportDialog::table() const
{
    return m_table->currentData().toString();
}

qint64 CsvExportDialog::cohortId() const
{
    return m_cohort->isEnabled() ? m_cohort->currentData().toLongLong() : 0;
}

QString CsvExportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

bool CsvExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

QString CsvExportDialog::suggestedPath() const
{
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = table();
    if (cohortId() > 0)
        name += QLatin1Char('-') + fileNamePart(m_cohort->currentText());
    return QDir(folder).filePath(name + QStringLiteral(".csv"));
}

void CsvExportDialog::updateState()
{
    m_description->setText(TableExport::description(table()));
    const bool perCohort = TableExport::appliesToCohort(table());
    m_cohort->setEnabled(perCohort);
    m_cohort->setToolTip(perCohort ? tr("Only the rows of one cohort: its people, sessions, "
                                        "assessments... Type any part of its name to find it.")
                                   : tr("This table is not kept per cohort: it is exported "
                                        "whole."));
    if (!m_pathEdited)
        m_path->setText(QDir::toNativeSeparators(suggestedPath()));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_path->text().trimmed().isEmpty());
    }
}

void CsvExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, windowTitle(), path().isEmpty() ? suggestedPath() : path(),
        tr("CSV files (*.csv);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_pathEdited = true;
    updateState();
}

void CsvExportDialog::accept()
{
    const QString target = path();
    const QFileInfo info(target);
    QString problem;
    if (info.absoluteFilePath() == QFileInfo(m_programPath).absoluteFilePath())
        problem = tr("%1 is the program file itself; choose another file.");
    else if (info.isDir())
        problem = tr("%1 is a folder; add a file name.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder of %1 does not exist.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem.arg(QDir::toNativeSeparators(target)));
        m_path->setFocus();
        return;
    }
    if (info.exists() &&
        QMessageBox::question(this, windowTitle(),
                              tr("%1 exists. Replace it? It is replaced only when the export is "
                                 "complete.")
                                  .arg(QDir::toNativeSeparators(target)),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    QSettings settings;
    settings.setValue(folderKey, info.absolutePath());
    settings.setValue(bomKey, m_bom->isChecked());
    QDialog::accept();
}

} // namespace Upskill
