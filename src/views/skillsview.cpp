// SPDX-License-Identifier: GPL-3.0-or-later
#include "skillsview.h"

#include "assessmentspage.h"
#include "rubricpage.h"
#include "targetspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

SkillsView::SkillsView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_rubric(new RubricPage(history, this)),
      m_targets(new TargetsPage(history, this)), m_assessments(new AssessmentsPage(history, this))
{
    addPage(m_rubric, tr("Rubric"));
    addPage(m_targets, tr("Targets"));
    addPage(m_assessments, tr("Assessments"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString SkillsView::title() const
{
    return tr("Skills");
}

} // namespace Upskill
