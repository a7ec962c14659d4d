// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexportaction.h"

#include "calendarexport.h"
#include "edithistory.h"
#include "programfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Upskill {

QString CalendarExportAction::text()
{
    return tr("Cohort sessions as &iCalendar…");
}

QString CalendarExportAction::exportTo(EditHistory &history, qint64 cohortId, const QString &path,
                                       QString *status)
{
    QString error;
    const auto result = CalendarExport::writeCohort(history.file().database(), cohortId, path,
                                                    CalendarExport::Options(), &error);
    if (!result)
        return error;
    if (status)
        *status = tr("Wrote %n session(s) of %1 to %2.", nullptr, result->events)
                      .arg(result->cohortName, QDir::toNativeSeparators(path));
    return {};
}

bool CalendarExportAction::run(QWidget *parent, EditHistory &history, qint64 cohortId,
                               QString *status)
{
    const QString title = tr("Export sessions as iCalendar");
    if (cohortId <= 0) {
        QMessageBox::information(parent, title,
                                 tr("Select a cohort in Cohorts first: its sessions are what "
                                    "goes into the calendar file."));
        return false;
    }
    QString name;
    QString error;
    const auto events = CalendarExport::events(history.file().database(), cohortId,
                                               CalendarExport::Options(), &name, &error);
    if (!events) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    if (events->isEmpty()) {
        QMessageBox::information(
            parent, title,
            tr("%1 has no sessions yet. Plan its sessions first, then export them.").arg(name));
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the sessions of %1").arg(name),
                                                folder + QLatin1Char('/') +
                                                    CalendarExport::suggestedFileName(name),
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(history.file().path()).absoluteFilePath()) {
        QMessageBox::warning(parent, title,
                             tr("%1 is the program file itself; choose another file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    error = exportTo(history, cohortId, path, status);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

} // namespace Upskill
