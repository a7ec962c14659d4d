// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningview.h"

#include "alumnipage.h"
#include "communitypage.h"
#include "courseratingspage.h"
#include "learninglogpage.h"
#include "learningspendpage.h"
#include "readinggroupspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

LearningView::LearningView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_log(new LearningLogPage(history, this)),
      m_ratings(new CourseRatingsPage(history, this)),
      m_spend(new LearningSpendPage(history, this)),
      m_readingGroups(new ReadingGroupsPage(history, this)),
      m_community(new CommunityPage(history, this)), m_alumni(new AlumniPage(history, this))
{
    setObjectName(QStringLiteral("learningView"));
    addPage(m_log, tr("Learning log"));
    addPage(m_ratings, tr("Course ratings"));
    addPage(m_spend, tr("Spend"));
    addPage(m_readingGroups, tr("Reading groups"));
    addPage(m_community, tr("Community"));
    addPage(m_alumni, tr("Alumni"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString LearningView::title() const
{
    return tr("Learning");
}

} // namespace Upskill
