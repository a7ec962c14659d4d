// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitycoveragepage.h"

#include "capabilitycoveragemodel.h"
#include "itemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Upskill {

CapabilityCoveragePage::CapabilityCoveragePage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_model(new CapabilityCoverageModel(history, this)),
      m_table(new QTableView(this)), m_intro(new QLabel(this)), m_gapIcon(new QLabel(this)),
      m_gaps(new QLabel(this))
{
    setObjectName(QStringLiteral("capabilityCoveragePage"));
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ItemDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Capability coverage"));

    m_intro->setWordWrap(true);
    m_intro->setText(tr("Tick the capability areas each track's modules teach (Space ticks the "
                        "box that has the focus). Engineers should meet all four somewhere in "
                        "the program; an area no track covers is a gap in the curriculum."));
    m_gaps->setObjectName(QStringLiteral("coverageGaps"));
    m_gaps->setWordWrap(true);
    m_gaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_gapIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_gapIcon->setAlignment(Qt::AlignTop);

    auto *gapLine = new QHBoxLayout;
    gapLine->addWidget(m_gapIcon);
    gapLine->addWidget(m_gaps, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(gapLine);
    layout->addWidget(m_table, 1);

    connect(m_model, &CapabilityCoverageModel::coverageChanged, this,
            &CapabilityCoveragePage::updateGaps);
    connect(m_model, &CapabilityCoverageModel::problem, this, &SkillsPage::problem);
    updateGaps();
    if (m_model->rowCount() > 1)
        m_table->setCurrentIndex(m_model->index(0, 1));
}

void CapabilityCoveragePage::updateGaps()
{
    const QString text = m_model->gapText();
    m_gaps->setText(text.isEmpty() ? tr("Every capability area is covered by at least one track.")
                                   : text);
    m_gapIcon->setVisible(!text.isEmpty());
}

QString CapabilityCoveragePage::gapText() const
{
    return m_gaps->text();
}

} // namespace Upskill
