// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedLayout>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Upskill {

namespace {

enum Column { DateColumn, KindColumn, PeopleColumn, CohortsColumn, AssessmentsColumn, SizeColumn };

QString count(qint64 value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value);
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &programPath, QWidget *parent)
    : QDialog(parent), m_programPath(programPath), m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_empty(new QLabel(this)), m_stack(new QStackedLayout),
      m_restore(new QPushButton(tr("&Restore…"), this)),
      m_backUpNow(new QPushButton(tr("&Back up now"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    const QString folder = QDir::toNativeSeparators(Backups::folderFor(programPath));
    m_intro->setText(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("Choose the state to go back to. The program file as it is now is kept as "
                    "a backup first, so a restore can itself be undone by restoring that one.")
                     .toHtmlEscaped(),
                 tr("Backups of %1 are kept in %2: one each day the file is opened (the last "
                    "%3), and one before every upgrade to a new file format.")
                     .arg(QFileInfo(programPath).fileName(), folder)
                     .arg(Backups::Kept)
                     .toHtmlEscaped()));
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Participants"), tr("Cohorts"), tr("Assessments"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    for (int column : {PeopleColumn, CohortsColumn, AssessmentsColumn, SizeColumn})
        m_list->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setAccessibleName(tr("Backups"));

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Reading the backups…"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_backUpNow, QDialogButtonBox::ActionRole);
    auto *openFolder = buttons->addButton(tr("Open the &folder"), QDialogButtonBox::ActionRole);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUpNow, &QPushButton::clicked, this, &RestoreBackupDialog::backUpNow);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(Backups::folderFor(m_programPath));
        QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folderFor(m_programPath)));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::accept);
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { showList(m_watcher.result()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_stack, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    // The worker only reads the backups; the list it returns is not needed any more.
    m_watcher.waitForFinished();
}

void RestoreBackupDialog::reload()
{
    m_loaded = false;
    updateButtons();
    const QString path = m_programPath;
    // Each copy is opened and counted: with a large program that takes a moment per copy.
    m_watcher.setFuture(QtConcurrent::run([path] { return Backups(path).list(true); }));
}

void RestoreBackupDialog::showList(const QList<Backups::Info> &backups)
{
    m_backups = backups;
    m_loaded = true;
    m_list->clear();
    const QLocale locale;
    for (const Backups::Info &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, locale.toString(backup.created, QLocale::ShortFormat));
        item->setText(KindColumn, Backups::kindLabel(backup.kind));
        item->setText(PeopleColumn, count(backup.participants));
        item->setText(CohortsColumn, count(backup.cohorts));
        item->setText(AssessmentsColumn, count(backup.assessments));
        item->setText(SizeColumn, locale.formattedDataSize(backup.bytes, 1));
        for (int column : {PeopleColumn, CohortsColumn, AssessmentsColumn, SizeColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        QString tip = QDir::toNativeSeparators(backup.path);
        if (!backup.isReadable()) {
            tip += QLatin1Char('\n') + tr("This backup cannot be restored: %1").arg(backup.problem);
            item->setText(KindColumn,
                          tr("%1 — cannot be read").arg(Backups::kindLabel(backup.kind)));
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (backup.formatVersion > 0) {
            tip += QLatin1Char('\n') + tr("File format %1").arg(backup.formatVersion);
        }
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setToolTip(column, tip);
    }
    m_stack->setCurrentWidget(backups.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (backups.isEmpty()) {
        m_empty->setText(tr("There are no backups of this program yet. One is made each day the "
                            "file is opened and before it is upgraded to a new format; \"Back up "
                            "now\" makes one at once."));
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
    updateButtons();
}

const Backups::Info *RestoreBackupDialog::current() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? &m_backups.at(row) : nullptr;
}

void RestoreBackupDialog::updateButtons()
{
    const Backups::Info *backup = current();
    m_restore->setEnabled(m_loaded && backup && backup->isReadable());
    m_backUpNow->setEnabled(m_loaded);
}

void RestoreBackupDialog::backUpNow()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto backup = Backups::createFromFile(m_programPath, Backups::Kind::Manual, &error);
    QApplication::restoreOverrideCursor();
    if (!backup) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    reload();
}

void RestoreBackupDialog::accept()
{
    const Backups::Info *backup = current();
    if (!backup || !backup->isReadable())
        return;
    const QLocale locale;
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        tr("Go back to the state of %1?\n\nThe program then holds participants: %2, cohorts: "
           "%3, assessments: %4. Changes made since are kept only in the backup of the file as "
           "it is now, which is made first.")
            .arg(locale.toString(backup->created, QLocale::LongFormat), count(backup->participants),
                 count(backup->cohorts), count(backup->assessments)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_selected = backup->path;
    QDialog::accept();
}

bool RestoreBackupDialog::restore(QWidget *parent, const QString &programPath,
                                  const QString &backup, QString *status)
{
    struct Outcome
    {
        bool ok = false;
        QString safetyCopy;
        QString error;
    };
    QFuture<Outcome> future = QtConcurrent::run([programPath, backup] {
        Outcome outcome;
        outcome.ok = Backups(programPath).restore(backup, &outcome.safetyCopy, &outcome.error);
        return outcome;
    });
    QProgressDialog progress(tr("Checking the backup and restoring it…"), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Restore from backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    QEventLoop loop;
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    progress.show();
    if (!future.isFinished())
        loop.exec();
    progress.hide();
    const Outcome outcome = future.result();
    if (!outcome.ok) {
        QMessageBox::warning(parent, tr("Restore from backup"), outcome.error);
        return false;
    }
    if (status)
        *status = tr("Restored %1 from the backup. The file as it was is kept as %2.")
                      .arg(QFileInfo(programPath).fileName(),
                           QDir::toNativeSeparators(outcome.safetyCopy));
    return true;
}

} // namespace Upskill
