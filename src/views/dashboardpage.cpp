// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "dashboarddata.h"
#include "figureview.h"
#include "impactcharts.h"
#include "kpitiles.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Upskill {

DashboardPage::DashboardPage(DashboardData &data, DashboardFigures::Level level, QWidget *parent)
    : SkillsPage(parent), m_data(data), m_level(level), m_grid(new QGridLayout),
      m_status(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard-") + DashboardFigures::levelKey(level));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_grid, 1);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    contentLayout->addWidget(m_details);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(&data, &DashboardData::updated, this, &DashboardPage::showData);
    connect(&data, &DashboardData::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Computing…"));
        setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    });
    showData();
}

QList<DashboardFigure> DashboardPage::figures() const
{
    QList<DashboardFigure> result;
    for (const FigureView *view : m_views)
        result.append(view->figure());
    return result;
}

void DashboardPage::showData()
{
    const auto &figures = m_data.figures();
    if (!figures) {
        m_status->setText(m_data.error().isEmpty()
                              ? tr("Computing…")
                              : tr("The figures could not be computed: %1").arg(m_data.error()));
        return;
    }
    const QList<DashboardFigure> list = DashboardFigures::figures(*figures, m_level);
    // One figure fills the page; several go two by two, the last alone on its row if odd.
    while (m_views.size() > list.size())
        delete m_views.takeLast();
    while (m_views.size() < list.size()) {
        auto *view = new FigureView(this);
        const int index = int(m_views.size());
        connect(view, &FigureView::presentRequested, this,
                [this, index] { Q_EMIT presentRequested(index); });
        connect(view, &FigureView::statusMessage, this, &SkillsPage::statusMessage);
        m_views.append(view);
    }
    const int columns = list.size() > 1 ? 2 : 1;
    for (int i = 0; i < list.size(); ++i) {
        m_views.at(i)->setFigure(list.at(i));
        const bool spans = i == list.size() - 1 && list.size() % columns != 0;
        m_grid->addWidget(m_views.at(i), i / columns, i % columns, 1, spans ? columns : 1);
        m_views.at(i)->setMinimumHeight(list.size() > 1 ? 420 : 460);
    }
    m_status->setText(tr("Showing: %1 · computed in %2 ms.")
                          .arg(figures->scope)
                          .arg(QLocale().toString(m_data.milliseconds())));
    showDetails(*figures);
}

void DashboardPage::showDetails(const EffectivenessFigures &figures)
{
    QString html;
    if (m_level == DashboardFigures::Level::Kpis) {
        html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("How the key figures are computed"));
        for (const Kpi &kpi : figures.kpis.kpis)
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(Kpis::name(kpi.id).toHtmlEscaped(),
                             KpiTiles::explanation(kpi, figures.kpis.minGroupSize).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else if (m_level == DashboardFigures::Level::Impact && !figures.impact.evidence.isEmpty()) {
        html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What the latest reports rest on"));
        for (const ImpactEvidence &e : figures.impact.evidence)
            html += QStringLiteral("<li><b>%1, %2</b>: %3</li>")
                        .arg(e.who.toHtmlEscaped(), tr("quarter %1").arg(e.quarterAfter),
                             e.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else if (m_level == DashboardFigures::Level::Chain && figures.filter.cohortId == 0 &&
               !(figures.filter.from.isValid() && figures.filter.from == figures.filter.to)) {
        html = tr("The chain shows every cohort in the selection together. To follow one "
                  "cohort from its sessions to its business impact, choose it under Cohort "
                  "above; for a quarter, choose the same quarter twice.")
                   .toHtmlEscaped();
    }
    m_details->setText(html);
    m_details->setVisible(!html.isEmpty());
}

} // namespace Upskill
