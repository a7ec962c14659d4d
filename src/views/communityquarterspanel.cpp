// SPDX-License-Identifier: GPL-3.0-or-later
#include "communityquarterspanel.h"

#include "edithistory.h"
#include "programfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
enum Column {
    QuarterColumn,
    Events,
    CommunityOfPractice,
    Meetups,
    Summits,
    Refreshers,
    Attendances,
    People,
    Alumni,
    ColumnCount
};
} // namespace

CommunityQuartersPanel::CommunityQuartersPanel(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("community_events"), QStringLiteral("community_attendance"),
                  QStringLiteral("enrollments")},
                 parent),
      m_table(new QTableWidget(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Quarter"), tr("Events"), tr("Community of practice"),
                                        tr("Meetups"), tr("Summit"), tr("Refreshers"),
                                        tr("Attendances"), tr("People"), tr("Alumni")});
    m_table->horizontalHeaderItem(Attendances)
        ->setToolTip(tr("People at events, each person counted once per event."));
    m_table->horizontalHeaderItem(People)->setToolTip(
        tr("Different people who came to at least one event of the quarter."));
    m_table->horizontalHeaderItem(Alumni)->setToolTip(
        tr("Of those, people who had completed a cohort by the event: alumni who stay engaged."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(statusLabel());
    layout->addWidget(m_table, 1);
}

QString CommunityQuartersPanel::statusText() const
{
    return statusLabel()->text();
}

void CommunityQuartersPanel::refresh()
{
    if (deferWhileComputing())
        return;
    computeThen<QList<CommunityQuarter>>(
        [](const QSqlDatabase &db, QString *error) {
            return CommunityFigures::perQuarter(db, error);
        },
        [this](const FigureOutcome<QList<CommunityQuarter>> &outcome) { showOutcome(outcome); });
}

void CommunityQuartersPanel::showOutcome(const FigureOutcome<QList<CommunityQuarter>> &outcome)
{
    m_table->setRowCount(0);
    if (!outcome.value) {
        statusLabel()->setText(
            tr("The figures per quarter could not be computed: %1").arg(outcome.error));
        return;
    }
    const QList<CommunityQuarter> &quarters = *outcome.value;
    m_table->setRowCount(int(quarters.size()));
    const QLocale locale;
    for (int row = 0; row < quarters.size(); ++row) {
        const CommunityQuarter &q = quarters.at(row);
        const QList<int> numbers = {q.events,     q.communityOfPractice, q.meetups, q.summits,
                                    q.refreshers, q.attendances,         q.people,  q.alumni};
        m_table->setItem(row, QuarterColumn, new QTableWidgetItem(q.quarter));
        for (int i = 0; i < numbers.size(); ++i) {
            auto *item = new QTableWidgetItem(locale.toString(numbers.at(i)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, i + 1, item);
        }
    }
    m_table->resizeColumnsToContents();
    statusLabel()->setText(quarters.isEmpty() ? tr("Per quarter: no community events yet.")
                                              : tr("Per quarter, newest first:"));
    Q_EMIT resultShown();
}

} // namespace Upskill
