// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gapanalysis.h"
#include "pdfdocument.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Upskill {

// The gap analysis as a document to share with the team: the heatmap by role, team or cohort
// (never by person), the three ranked lists and the curriculum priority. The same HTML goes to
// PDF, print preview and the golden checks in the tests.
class GapReport
{
    Q_DECLARE_TR_FUNCTIONS(GapReport)
public:
    struct Context
    {
        QString organisation;
        QString scopeText;  // which assessments count, in words
        QString filterText; // which people, in words; empty for everyone
        QDate generatedOn = QDate::currentDate();
        int maxGroups = 150; // heatmap rows beyond this are summarised in one line
    };

    static QString html(const GapAnalysisResult &result, const Context &context);
    // The whole export, as the window and the CLI offer it: computes the analysis for options
    // (per person becomes per role: this document is for sharing), describes the scope and the
    // filters in words, and writes the PDF to path.
    static bool exportPdf(const QSqlDatabase &db, GapOptions options, const QString &path,
                          QString *error);
    static std::optional<PdfDocument::Report> document(const QSqlDatabase &db, GapOptions options,
                                                       QString *error);

    // Background for a heatmap cell of the given average gap (target minus level): green when
    // met, through yellow and orange, to red for a gap of two levels or more.
    static QColor colourForGap(double averageGap);
    // "+1.2" / "0.0" / "−0.5": one decimal, with the sign a reader needs.
    static QString formatGap(double gap);
    // Why a dimension is on the priority list, in a sentence.
    static QString priorityReason(const DimensionGap &dimension);
    // Describes a scope for people ("Latest self, pre, post or annual assessment").
    static QString describeScope(const AssessmentScope &scope);
};

} // namespace Upskill
