// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocument.h"
#include "providerevaluation.h"
#include "readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Upskill {

// A provider's answer to one of the standard questions before signing.
struct SigningAnswer
{
    QString question;
    QString answer;                // empty: not answered yet
    std::optional<bool> satisfied; // none: not judged yet
};

struct ProviderReportData
{
    QString organisation;
    QDate asOf;
    ProviderEvaluationResult evaluation;
    ReadinessCheck readiness;
    QHash<qint64, QList<SigningAnswer>> answers; // per provider, every standard question
};

// The providers compared for the decision meeting: the readiness warnings first (buying may be
// premature), the ranking with totals and red flags, the scores per criterion side by side
// with the charts, then each provider with its flags, answers and learning-log reviews, and the
// readiness check in full.
class ProviderReport
{
    Q_DECLARE_TR_FUNCTIONS(ProviderReport)
public:
    // Makes the comparison charts from the evaluation (the charts layer provides it, see
    // ProviderReportFigures::create); without one the report has the tables only.
    using FigureFactory =
        std::function<std::shared_ptr<const ReportFigures>(const ProviderEvaluationResult &)>;

    static std::optional<ProviderReportData> compute(const QSqlDatabase &db, const QDate &asOf,
                                                     QString *error);
    static QString title();
    // With charts, the "figure:KEY" images of the comparison section get their place.
    static QString html(const ProviderReportData &data, const ReportFigures *charts = nullptr);
    static std::optional<PdfDocument::Report> document(const QSqlDatabase &db, QString *error,
                                                       const FigureFactory &makeFigures = {});
    static bool exportPdf(const QSqlDatabase &db, const QString &path, QString *error,
                          const FigureFactory &makeFigures = {});
    // "38,000" or "450.50": costs as the coordinator entered them, in no particular currency.
    static QString formatCost(double cost);
};

} // namespace Upskill
