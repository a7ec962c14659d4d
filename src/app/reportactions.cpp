// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "chartreportfigures.h"
#include "checklistreport.h"
#include "edithistory.h"
#include "figurejob.h"
#include "gapreport.h"
#include "programfile.h"
#include "programreport.h"
#include "providerreport.h"
#include "providerreportfigures.h"
#include "reportpreview.h"
#include "rosterreport.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFutureWatcher>
#include <QMenu>

namespace Upskill {

namespace {

struct Prepared
{
    PdfDocument::Report report;
    QPageSize pageSize;
};

} // namespace

ReportActions::ReportActions(QWidget *window, QMenu *menu) : QObject(window), m_window(window)
{
    const QList<QPair<Report, QString>> entries = {
        {Report::Checklist, tr("Launch &Checklist…")},
        {Report::Roster, tr("Cohort &Roster…")},
        {Report::ProgramReport, tr("&Program Report…")},
        {Report::GapAnalysis, tr("Skill &Gap Analysis…")},
        {Report::Providers, tr("Training Pro&viders Compared…")},
    };
    for (const auto &[report, text] : entries) {
        QAction *action = menu->addAction(text, this, [this, report = report] { open(report); });
        m_actions.append(action);
    }
    m_actions.first()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    setProgram(nullptr, {});
}

void ReportActions::setProgram(EditHistory *history, std::function<qint64()> selectedCohort)
{
    m_history = history;
    m_selectedCohort = std::move(selectedCohort);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(history != nullptr);
}

void ReportActions::open(Report report)
{
    if (!m_history || m_busy)
        return;
    const qint64 cohort = m_selectedCohort ? m_selectedCohort() : 0;
    if (report == Report::Roster && cohort <= 0) {
        Q_EMIT problem(tr("Select a cohort in the Cohorts area first: the roster is about one "
                          "cohort."));
        return;
    }
    m_busy = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<FigureOutcome<Prepared>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, report] {
        QApplication::restoreOverrideCursor();
        m_busy = false;
        const FigureOutcome<Prepared> outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.value) {
            Q_EMIT problem(tr("The report could not be built: %1").arg(outcome.error));
            return;
        }
        static const char *const names[] = {"launch-checklist", "cohort-roster", "program-report",
                                            "gap-analysis", "training-providers"};
        const QString fileName =
            QStringLiteral("%1-%2.pdf")
                .arg(QLatin1String(names[int(report)]), QDate::currentDate().toString(Qt::ISODate));
        ReportPreview::show(m_window, outcome.value->report, outcome.value->pageSize, fileName);
    });
    // Building a program report reads every assessment: never on the window's thread.
    watcher->setFuture(computeInBackground<Prepared>(
        m_history->file().path(),
        [report, cohort](const QSqlDatabase &db, QString *error) -> std::optional<Prepared> {
            std::optional<PdfDocument::Report> document;
            switch (report) {
            case Report::Checklist:
                document = ChecklistReport::document(db, cohort, error);
                break;
            case Report::Roster:
                document = RosterReport::document(db, cohort, error);
                break;
            case Report::ProgramReport:
                // The charts are drawn when the preview paints, on the window's thread.
                document = ProgramReport::document(db, error, &ChartReportFigures::create);
                break;
            case Report::GapAnalysis:
                document = GapReport::document(db, {}, error);
                break;
            case Report::Providers:
                document = ProviderReport::document(db, error, &ProviderReportFigures::create);
                break;
            }
            if (!document)
                return std::nullopt;
            return Prepared{*document, PdfDocument::pageSize(db)};
        }));
}

} // namespace Upskill
