// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Upskill {

class EditHistory;

// File → Export → "Cohort sessions as iCalendar…": asks where to save the sessions of the
// cohort selected in Cohorts and writes them for the participants' calendars (see
// CalendarExport for times and UIDs). The window calls run() with the selected cohort.
class CalendarExportAction
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExportAction)
public:
    // The menu entry's text, with its mnemonic.
    static QString text();
    // Asks for the file (cohortId 0 or less: says to select a cohort first), writes it and
    // shows what went wrong in a message box. status (optional) receives the line for the
    // status bar. True when a file was written.
    static bool run(QWidget *parent, EditHistory &history, qint64 cohortId,
                    QString *status = nullptr);
    // The same without asking: writes the cohort's sessions to path. Empty on success, else
    // the message to show.
    static QString exportTo(EditHistory &history, qint64 cohortId, const QString &path,
                            QString *status = nullptr);
};

} // namespace Upskill
