// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercomparisonpage.h"

#include "edithistory.h"
#include "figureview.h"
#include "presentationwindow.h"
#include "programfile.h"
#include "providercharts.h"
#include "providercomparisonmodel.h"
#include "providerreport.h"
#include "providerreportfigures.h"
#include "providerreviewmodel.h"
#include "reportpreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Upskill {

namespace {

constexpr quint32 LayoutMagic = 0x50434d31; // "PCM1"

QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

struct Prepared
{
    PdfDocument::Report report;
    QPageSize pageSize;
};

} // namespace

ProviderComparisonPage::ProviderComparisonPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("providers"), QStringLiteral("provider_scores"),
                  QStringLiteral("provider_criteria"), QStringLiteral("provider_red_flags"),
                  QStringLiteral("red_flags"), QStringLiteral("provider_answers"),
                  QStringLiteral("signing_questions"), QStringLiteral("external_learning")},
                 parent),
      m_comparison(new ProviderComparisonModel(this)), m_reviews(new ProviderReviewModel(this)),
      m_figure(new FigureView(this)), m_chart(new QComboBox(this)), m_summary(new QLabel(this)),
      m_reviewsLabel(new QLabel(this)), m_export(new QPushButton(tr("&Export PDF…"), this))
{
    setObjectName(QStringLiteral("providerComparisonPage"));
    m_table = readOnlyTable(m_comparison, this);
    m_reviewTable = readOnlyTable(m_reviews, this);
    m_reviewTable->horizontalHeader()->setStretchLastSection(true);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewsLabel->setWordWrap(true);
    // A splitter does not give a wrapped label the height its text needs: two lines at least.
    m_reviewsLabel->setMinimumHeight(m_reviewsLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_export->setToolTip(tr("The comparison as a report for the decision meeting: print it or "
                            "save it as PDF"));
    m_chart->addItem(tr("Scores per criterion"));
    m_chart->addItem(tr("Weighted totals"));
    auto *chartLabel = new QLabel(tr("C&hart:"), this);
    chartLabel->setBuddy(m_chart);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(chartLabel);
    bar->addWidget(m_chart);
    bar->addWidget(m_export);

    auto *reviewsBox = new QWidget(this);
    auto *reviewsLayout = new QVBoxLayout(reviewsBox);
    reviewsLayout->setContentsMargins(0, 0, 0, 0);
    reviewsLayout->addWidget(m_reviewsLabel);
    reviewsLayout->addWidget(m_reviewTable, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(reviewsBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    m_splitter = left;
    m_columns = new QSplitter(Qt::Horizontal, this);
    m_columns->addWidget(left);
    m_columns->addWidget(m_figure);
    // The table is what the decision is read from: it gets the larger part at first.
    m_columns->setSizes({3000, 2000});
    left->setSizes({3000, 2000});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_columns, 1);
    layout->addWidget(statusLabel());

    connect(m_chart, &QComboBox::currentIndexChanged, this, &ProviderComparisonPage::showChart);
    connect(m_figure, &FigureView::presentRequested, this,
            [this] { present(m_chart->currentIndex()); });
    connect(m_figure, &FigureView::statusMessage, this, &SkillsPage::statusMessage);
    connect(m_export, &QPushButton::clicked, this, &ProviderComparisonPage::exportPdf);
}

void ProviderComparisonPage::refresh()
{
    if (deferWhileComputing())
        return;
    // The learning log grows with the organisation: read on a worker thread.
    computeThen<ProviderEvaluationResult>(
        [](const QSqlDatabase &db, QString *error) {
            return ProviderEvaluation::compute(db, error);
        },
        [this](const FigureOutcome<ProviderEvaluationResult> &outcome) { show(outcome); });
}

void ProviderComparisonPage::show(const FigureOutcome<ProviderEvaluationResult> &outcome)
{
    statusLabel()->clear();
    if (!outcome.value) {
        m_summary->setText(tr("The comparison could not be computed: %1").arg(outcome.error));
        return;
    }
    m_result = outcome.value;
    const ProviderEvaluationResult &r = *m_result;
    m_comparison->setResult(r);
    m_reviews->setResult(r);

    if (r.providers.isEmpty()) {
        m_summary->setText(tr("No providers yet. Add them on the Providers page and score each "
                              "on its scorecard; they are compared here side by side."));
    } else if (!r.hasTotals()) {
        m_summary->setText(tr("%n provider(s). Every criterion has a weight of 0, so there are "
                              "no totals: give weights on the Criteria page.",
                              nullptr, int(r.providers.size())));
    } else {
        const ProviderResult &best = r.providers.first();
        int disqualified = 0;
        for (const ProviderResult &p : r.providers)
            disqualified += p.disqualified;
        QString text = best.disqualified
                           ? tr("Every provider is disqualified by a red flag.")
                           : tr("Best ranked: %1, %2.")
                                 .arg(best.name, ProviderEvaluation::formatTotal(best.total));
        if (disqualified > 0 && !best.disqualified)
            text += QLatin1Char(' ') +
                    tr("%n disqualified by a red flag, ranked last.", nullptr, disqualified);
        m_summary->setText(text);
    }

    int entries = 0;
    for (const ProviderResult &p : r.providers)
        entries += p.reviews.entries;
    m_reviewsLabel->setText(
        entries == 0
            ? tr("The learning log has no entries about courses by these providers. When "
                 "participants log a course, conference or certification with the provider's "
                 "name, their ratings and reviews show here.")
            : tr("Learning-log reviews of their courses (%n entry(s) in all); newest first, "
                 "never who wrote them.",
                 nullptr, entries));
    m_reviewTable->setVisible(m_reviews->rowCount() > 0);

    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_comparison->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(48, m_table->columnWidth(c) + 12, 260));
    m_reviewTable->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_reviews->columnCount(); ++c)
        m_reviewTable->setColumnWidth(c, qBound(48, m_reviewTable->columnWidth(c) + 12, 220));
    showChart();
    Q_EMIT resultShown();
}

void ProviderComparisonPage::showChart()
{
    if (!m_result)
        return;
    m_figure->setFigure(m_chart->currentIndex() == 1 ? ProviderCharts::totals(*m_result)
                                                     : ProviderCharts::scores(*m_result));
}

void ProviderComparisonPage::present(int index)
{
    if (m_result)
        PresentationWindow::present(ProviderCharts::figures(*m_result), index, window());
}

void ProviderComparisonPage::exportPdf()
{
    m_export->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<FigureOutcome<Prepared>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        QApplication::restoreOverrideCursor();
        m_export->setEnabled(true);
        const FigureOutcome<Prepared> outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.value) {
            Q_EMIT problem(tr("The provider report could not be built: %1").arg(outcome.error));
            return;
        }
        ReportPreview::show(window(), outcome.value->report, outcome.value->pageSize,
                            QStringLiteral("training-providers-%1.pdf")
                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    });
    // The charts are only named here; they are drawn when the preview paints its pages.
    watcher->setFuture(computeInBackground<Prepared>(
        m_history.file().path(),
        [](const QSqlDatabase &db, QString *error) -> std::optional<Prepared> {
            const auto report = ProviderReport::document(db, error, &ProviderReportFigures::create);
            if (!report)
                return std::nullopt;
            return Prepared{*report, PdfDocument::pageSize(db)};
        }));
}

QByteArray ProviderComparisonPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << LayoutMagic << m_splitter->saveState() << m_columns->saveState()
           << qint32(m_chart->currentIndex());
    return state;
}

void ProviderComparisonPage::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray rows;
    QByteArray columns;
    qint32 chart = 0;
    stream >> magic;
    if (magic != LayoutMagic)
        return;
    stream >> rows >> columns >> chart;
    if (stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(rows);
    m_columns->restoreState(columns);
    if (chart >= 0 && chart < m_chart->count())
        m_chart->setCurrentIndex(chart);
}

} // namespace Upskill
