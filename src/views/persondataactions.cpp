// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondataactions.h"

#include "backups.h"
#include "edithistory.h"
#include "personerasure.h"
#include "personexport.h"
#include "programfile.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Upskill {

namespace {

QString listOf(const QList<PersonErasure::Count> &counts)
{
    QString text;
    const QLocale locale;
    for (const PersonErasure::Count &count : counts)
        text += QStringLiteral("\n  • %1: %2").arg(count.label, locale.toString(count.rows));
    return text;
}

} // namespace

PersonDataActions::PersonDataActions(EditHistory &history, QWidget *parent)
    : QObject(parent), m_history(history), m_parent(parent),
      m_export(new QAction(tr("E&xport personal data…"), this)),
      m_erase(new QAction(tr("&Erase person…"), this))
{
    m_export->setToolTip(tr("Write everything the program holds about this person to a file, "
                            "for their request to see their data."));
    m_erase->setToolTip(tr("Remove this person and all their data from the program and its "
                           "backups, for good."));
    connect(m_export, &QAction::triggered, this, &PersonDataActions::exportData);
    connect(m_erase, &QAction::triggered, this, &PersonDataActions::erase);
    setParticipant(0);
}

void PersonDataActions::setParticipant(qint64 participantId)
{
    m_participant = participantId;
    m_export->setEnabled(participantId > 0);
    m_erase->setEnabled(participantId > 0 && !m_history.file().isReadOnly());
}

QString PersonDataActions::email() const
{
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral("SELECT email FROM participants WHERE id = ?"));
    query.addBindValue(m_participant);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool PersonDataActions::exportData()
{
    const QString title = tr("Export personal data");
    const QString address = email();
    if (address.isEmpty())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_parent, title, QDir(folder).filePath(address + QStringLiteral(".json")),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (QFileInfo(path).absoluteFilePath() == m_history.file().path()) {
        QMessageBox::warning(m_parent, title,
                             tr("%1 is the program file itself; choose another file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    if (!PersonExport::writeJson(m_history.file().database(), address, path, &error)) {
        QMessageBox::warning(m_parent, title, error);
        return false;
    }
    Q_EMIT statusMessage(
        tr("Wrote the data of %1 to %2.").arg(address, QDir::toNativeSeparators(path)));
    return true;
}

QString PersonDataActions::confirmationText(EditHistory &history, qint64 participantId,
                                            QString *error)
{
    QSqlQuery query(history.file().database());
    query.prepare(QStringLiteral("SELECT email FROM participants WHERE id = ?"));
    query.addBindValue(participantId);
    if (!query.exec() || !query.next()) {
        *error = tr("This person is no longer in the program.");
        return {};
    }
    const auto preview =
        PersonErasure::preview(history.file().database(), query.value(0).toString(), error);
    if (!preview)
        return {};
    QString text = tr("Removed with them:");
    text += preview->removed.isEmpty() ? tr("\n  • only their participant record")
                                       : listOf(preview->removed);
    if (preview->namesakes > 0)
        text += QStringLiteral("\n\n") +
                tr("Other participants are also called %1, so fields that name someone by name "
                   "(manager, facilitator, instructors, checklist owner) are left as they are; "
                   "check them by hand.")
                    .arg(preview->person.name);
    if (!preview->namesCleared.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("Their name is cleared where other records name "
                   "them:") +
                listOf(preview->namesCleared);
    text += QStringLiteral("\n\n") +
            tr("Survey answers they gave anonymously stay, as nobody can tell they are theirs. "
               "The backups in %1 are cleaned too, and the undo history is cleared.\n\nThis "
               "cannot be undone. If they asked for their data, export it first.")
                .arg(QDir::toNativeSeparators(Backups::folderFor(history.file().path())));
    return text;
}

bool PersonDataActions::erase()
{
    const QString title = tr("Erase person");
    ProgramFile &file = m_history.file();
    if (file.isReadOnly()) {
        QMessageBox::warning(m_parent, title, file.readOnlyMessage());
        return false;
    }
    const QString address = email();
    QString error;
    const QString text = confirmationText(m_history, m_participant, &error);
    if (text.isEmpty()) {
        QMessageBox::warning(m_parent, title, error);
        return false;
    }
    QSqlQuery name(file.database());
    name.prepare(QStringLiteral("SELECT name FROM participants WHERE id = ?"));
    name.addBindValue(m_participant);
    const QString who = name.exec() && name.next() ? name.value(0).toString() : address;
    QMessageBox box(QMessageBox::Warning, title,
                    tr("Erase %1 (%2) and everything about them?").arg(who, address),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(text);
    QPushButton *eraseButton = box.addButton(tr("&Erase for good"), QMessageBox::DestructiveRole);
    QPushButton *exportFirst =
        box.addButton(tr("E&xport their data first…"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == exportFirst) {
        if (!exportData())
            return false;
        return erase();
    }
    if (box.clickedButton() != eraseButton)
        return false;

    // On a connection of its own: rebuilding a large file takes a while, and the window stays
    // responsive (and keeps its lock) meanwhile.
    const QString path = file.path();
    struct Outcome
    {
        std::optional<PersonErasure::Report> report;
        QString error;
    };
    QFuture<Outcome> future = QtConcurrent::run([path, address] {
        Outcome outcome;
        outcome.report = PersonErasure::eraseEverywhere(path, address, &outcome.error);
        return outcome;
    });
    QProgressDialog progress(tr("Erasing %1 and compacting the file…").arg(address), QString(), 0,
                             0, m_parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    QEventLoop loop;
    QFutureWatcher<Outcome> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    progress.show();
    if (!future.isFinished())
        loop.exec();
    progress.hide();
    const Outcome outcome = future.result();
    if (!outcome.report) {
        QMessageBox::warning(m_parent, title, outcome.error);
        return false;
    }

    // Undo could bring their rows back, and removed rows are kept in the commands.
    m_history.stack()->clear();
    const qint64 erasedId = m_participant;
    setParticipant(0);
    file.notifyChanged(file.tables());
    // The window's own connection may have held the old state while the file was rebuilt;
    // with the views refreshed, the log can be emptied now.
    const bool logEmptied =
        outcome.report->logEmptied || PersonErasure::checkpoint(file.database());

    QString summary = tr("%1 was erased from the program.").arg(outcome.report->person.email);
    if (outcome.report->backupsCleaned > 0)
        summary += QLatin1Char(' ') + tr("Their data was removed from %n backup(s) as well.",
                                         nullptr, outcome.report->backupsCleaned);
    QStringList warnings;
    if (!outcome.report->compacted || !logEmptied)
        warnings.append(tr("The file could not be compacted completely yet; it is when the "
                           "program is closed."));
    for (const QString &problem : outcome.report->backupProblems)
        warnings.append(tr("A backup could not be cleaned: %1").arg(problem));
    if (!outcome.report->mentions.isEmpty())
        warnings.append(tr("Free text still contains their name or email; check and edit it:") +
                        listOf(outcome.report->mentions));
    if (warnings.isEmpty())
        QMessageBox::information(m_parent, title, summary);
    else
        QMessageBox::warning(m_parent, title,
                             summary + QStringLiteral("\n\n") +
                                 warnings.join(QStringLiteral("\n\n")));
    Q_EMIT statusMessage(summary);
    Q_EMIT erased(erasedId);
    return true;
}

} // namespace Upskill
