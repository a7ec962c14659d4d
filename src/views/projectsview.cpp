// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsview.h"

#include "mentorshippage.h"
#include "productionprojectspage.h"
#include "projectboardpage.h"
#include "protectedtimepage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

ProjectsView::ProjectsView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_board(new ProjectBoardPage(history, this)),
      m_production(new ProductionProjectsPage(history, this)),
      m_mentorship(new MentorshipPage(history, this)),
      m_protectedTime(new ProtectedTimePage(history, this))
{
    addPage(m_board, ProjectBoardPage::title());
    addPage(m_production, ProductionProjectsPage::title());
    addPage(m_mentorship, MentorshipPage::title());
    addPage(m_protectedTime, ProtectedTimePage::title());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString ProjectsView::title() const
{
    return tr("Projects");
}

} // namespace Upskill
