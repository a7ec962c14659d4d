// SPDX-License-Identifier: GPL-3.0-or-later
#include "productionprojectspage.h"

#include "applicationprojectmodel.h"
#include "areaview.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

namespace Upskill {

ProductionProjectsPage::ProductionProjectsPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_projects(new ApplicationProjectModel(history, this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new TableView(this))
{
    setObjectName(QStringLiteral("productionProjectsPage"));
    m_search->setPlaceholderText(tr("Find by title, problem or team"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_search);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);

    m_table->setProgramModel(m_projects);
    m_table->hideColumn(ApplicationProjectModel::RecordedOn);
    m_table->setEmptyText(tr("No application project has reached production yet. When one does, "
                             "move its card to “In production” on the board of its cohort; "
                             "it is listed here with every other one."));
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicationProjectModel::Title), 1);
    header->moveSection(header->visualIndex(ApplicationProjectModel::Problem), header->count() - 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    watchRefusals(m_projects);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The filter selects again by itself.
        m_projects->setSearchText(text);
        updateCount();
    });
    // After TableView's own sizing to the first rows, which the widths the user left win over.
    connect(m_projects, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_pendingLayout.isEmpty() && m_projects->rowCount() > 0) {
            // Taken first: restoring the sort order re-sorts, and the reset comes back here.
            const QByteArray state = std::exchange(m_pendingLayout, {});
            m_table->horizontalHeader()->restoreState(state);
        }
        updateCount();
    });
}

QString ProductionProjectsPage::title()
{
    return tr("In production");
}

void ProductionProjectsPage::showEvent(QShowEvent *event)
{
    // Read when first shown, not when the file opens.
    if (!m_loaded) {
        m_loaded = true;
        // The latest to reach production first.
        m_table->horizontalHeader()->setSortIndicator(ApplicationProjectModel::ShowcaseDate,
                                                      Qt::DescendingOrder);
        m_projects->setProductionOnly();
    }
    SkillsPage::showEvent(event);
}

void ProductionProjectsPage::updateCount()
{
    if (!m_loaded)
        return;
    const qint64 count = m_projects->matchingRowCount();
    m_count->setText(m_search->text().trimmed().isEmpty()
                         ? tr("%n project(s) in production", nullptr, int(count))
                         : tr("%n project(s) found", nullptr, int(count)));
}

void ProductionProjectsPage::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty() || !AreaView::confirmDelete(this, tr("Delete %n application project(s)?",
                                                           nullptr, int(ids.size()))))
        return;
    m_projects->removeProjects(ids);
}

void ProductionProjectsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray ProductionProjectsPage::saveLayout() const
{
    // Not shown since it was restored: what was restored is still what the user left.
    if (!m_pendingLayout.isEmpty())
        return m_pendingLayout;
    return m_table->horizontalHeader()->saveState();
}

void ProductionProjectsPage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    if (m_projects->rowCount() > 0)
        m_table->horizontalHeader()->restoreState(state);
    else
        m_pendingLayout = state;
}

} // namespace Upskill
