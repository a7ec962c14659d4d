// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "providerevaluation.h"

#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Upskill {

class FigureView;
class ProviderComparisonModel;
class ProviderReviewModel;

// The providers side by side for the decision: the scores per criterion with totals, ranks,
// red flags, answers and learning-log ratings in one table, a chart of the scores or the
// totals, and what the learning log says about courses by each provider. "Export PDF…" opens
// the same comparison as the report for the decision meeting.
class ProviderComparisonPage : public FigurePage
{
    Q_OBJECT
public:
    explicit ProviderComparisonPage(EditHistory &history, QWidget *parent = nullptr);

    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ProviderComparisonModel *comparisonModel() const { return m_comparison; }
    ProviderReviewModel *reviewModel() const { return m_reviews; }
    FigureView *figureView() const { return m_figure; }
    QComboBox *chartChoice() const { return m_chart; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *reviewsLabel() const { return m_reviewsLabel; }
    QPushButton *exportButton() const { return m_export; }
    // The evaluation shown; none before the first result arrives.
    const std::optional<ProviderEvaluationResult> &result() const { return m_result; }

Q_SIGNALS:
    // A new result is on the page (tests wait for it).
    void resultShown();

protected:
    void refresh() override;

private:
    void show(const FigureOutcome<ProviderEvaluationResult> &outcome);
    void showChart();
    void present(int index);
    void exportPdf();

    ProviderComparisonModel *m_comparison;
    ProviderReviewModel *m_reviews;
    QTableView *m_table;
    QTableView *m_reviewTable;
    FigureView *m_figure;
    QComboBox *m_chart;
    QLabel *m_summary;
    QLabel *m_reviewsLabel;
    QPushButton *m_export;
    QSplitter *m_columns;
    std::optional<ProviderEvaluationResult> m_result;
};

} // namespace Upskill
