// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

namespace Upskill {

class AlumniPage;
class CommunityPage;
class CourseRatingsPage;
class LearningLogPage;
class LearningSpendPage;
class ReadingGroupsPage;

// The Learning area: learning outside the cohorts and after them. The external learning log
// with what people thought of each course and what it all cost, the reading groups with their
// rotating facilitators, and the community's events with who came.
class LearningView : public PagedAreaView
{
    Q_OBJECT
public:
    explicit LearningView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    LearningLogPage *logPage() const { return m_log; }
    CourseRatingsPage *ratingsPage() const { return m_ratings; }
    LearningSpendPage *spendPage() const { return m_spend; }
    ReadingGroupsPage *readingGroupsPage() const { return m_readingGroups; }
    CommunityPage *communityPage() const { return m_community; }
    AlumniPage *alumniPage() const { return m_alumni; }

private:
    LearningLogPage *m_log;
    CourseRatingsPage *m_ratings;
    LearningSpendPage *m_spend;
    ReadingGroupsPage *m_readingGroups;
    CommunityPage *m_community;
    AlumniPage *m_alumni;
};

} // namespace Upskill
