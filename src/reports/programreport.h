// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectiveness.h"
#include "gapanalysis.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Upskill {

struct CohortFigures
{
    qint64 id = 0;
    QString name;
    QString track;
    QString quarter;
    QString status;
    int enrolled = 0; // everyone ever enrolled, withdrawn included
    int completed = 0;
    int withdrawn = 0;
    std::optional<double> advancement; // none when fewer than the minimum group have pre+post
    // Completion rate of a completed cohort: completed of everyone enrolled.
    std::optional<double> completionRate() const
    {
        if (status != QLatin1String("completed") || enrolled == 0)
            return std::nullopt;
        return double(completed) / enrolled;
    }
};

struct ProgramFigures
{
    QString organisation;
    QDate asOf;
    int minGroupSize = 5;
    double completionTarget = 0.85;
    double advancementTarget = 1;
    int cohortsPlanned = 0;
    int cohortsRunning = 0;
    int cohortsCompleted = 0;
    int engineersEnrolled = 0;  // distinct people with an enrollment that is not withdrawn
    int engineersCompleted = 0; // distinct people who completed at least one cohort
    // The key figures and the four levels over the whole program, as the dashboards show them.
    EffectivenessFigures effectiveness;
    QList<CohortFigures> cohorts; // the most recent first, at most maxCohorts
    int cohortsLeftOut = 0;
    GapAnalysisResult gaps;
};

// The program report for leadership: the key figures as tiles, the four levels of
// effectiveness, the top skill gaps, and completion and advancement per cohort. Computed by
// SQL; the dashboards read the same figures.
class ProgramReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgramReport)
public:
    // Makes the pictures of the four levels from the figures (the charts layer provides it);
    // without one the report has the levels' headline figures in words only.
    using FigureFactory =
        std::function<std::shared_ptr<const ReportFigures>(const EffectivenessFigures &)>;

    static std::optional<ProgramFigures> compute(const QSqlDatabase &db, const QDate &asOf,
                                                 QString *error, int maxCohorts = 40);
    // With charts, each level's figures get their place ("figure:KEY" images).
    static QString html(const ProgramFigures &figures, const ReportFigures *charts = nullptr);
    static std::optional<PdfDocument::Report> document(const QSqlDatabase &db, QString *error,
                                                       const FigureFactory &makeFigures = {});
    static bool exportPdf(const QSqlDatabase &db, const QString &path, QString *error,
                          const FigureFactory &makeFigures = {});
};

} // namespace Upskill
