// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningspendpage.h"

#include "edithistory.h"
#include "figureview.h"
#include "learningcharts.h"
#include "programfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
enum Column {
    QuarterColumn,
    Total,
    Courses,
    Conferences,
    Certifications,
    Entries,
    People,
    WithoutCost,
    ColumnCount
};
} // namespace

LearningSpendPage::LearningSpendPage(EditHistory &history, QWidget *parent)
    : FigurePage(history, {QStringLiteral("external_learning")}, parent),
      m_chart(new FigureView(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("learningSpendPage"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Quarter"), tr("Spend"), tr("Courses"),
                                        tr("Conferences"), tr("Certifications"), tr("Entries"),
                                        tr("People"), tr("No cost given")});
    m_table->horizontalHeaderItem(WithoutCost)
        ->setToolTip(tr("Entries of the quarter without a cost: the spend does not include "
                        "them."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(m_splitter, 1);

    connect(m_chart, &FigureView::statusMessage, this, &SkillsPage::statusMessage);
}

QString LearningSpendPage::statusText() const
{
    return statusLabel()->text();
}

void LearningSpendPage::refresh()
{
    if (deferWhileComputing())
        return;
    computeThen<QList<QuarterSpend>>(
        [](const QSqlDatabase &db, QString *error) {
            return LearningFigures::spendPerQuarter(db, error);
        },
        [this](const FigureOutcome<QList<QuarterSpend>> &outcome) { showOutcome(outcome); });
}

void LearningSpendPage::showOutcome(const FigureOutcome<QList<QuarterSpend>> &outcome)
{
    m_table->setRowCount(0);
    if (!outcome.value) {
        statusLabel()->setText(tr("The spend could not be computed: %1").arg(outcome.error));
        return;
    }
    const QList<QuarterSpend> &spend = *outcome.value;
    m_chart->setFigure(LearningCharts::spendPerQuarter(spend));
    double total = 0;
    int entries = 0;
    int withoutCost = 0;
    // Newest first in the table: the quarter being planned for is what is looked at first.
    m_table->setRowCount(int(spend.size()));
    int row = 0;
    for (auto it = spend.crbegin(); it != spend.crend(); ++it, ++row) {
        const QuarterSpend &q = *it;
        total += q.total;
        entries += q.entries;
        withoutCost += q.withoutCost;
        const auto money = [](double value) { return QLocale().toString(value, 'f', 0); };
        const QStringList texts = {q.quarter.isEmpty() ? tr("No start date") : q.quarter,
                                   money(q.total),
                                   money(q.courses),
                                   money(q.conferences),
                                   money(q.certifications),
                                   QLocale().toString(q.entries),
                                   QLocale().toString(q.people),
                                   q.withoutCost > 0 ? QLocale().toString(q.withoutCost)
                                                     : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column != QuarterColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    statusLabel()->setText(
        spend.isEmpty()
            ? tr("No external learning recorded yet; its spend per quarter appears here.")
            : tr("%1 spent on %n entry(s)", nullptr, entries)
                      .arg(QLocale().toString(total, 'f', 0)) +
                  (withoutCost > 0
                       ? QStringLiteral(" · ") +
                             tr("%n entry(s) without a cost are not included", nullptr, withoutCost)
                       : QString()));
    Q_EMIT resultShown();
}

} // namespace Upskill
