// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

namespace Upskill {

class MentorshipPage;
class ProductionProjectsPage;
class ProjectBoardPage;
class ProtectedTimePage;

// The Projects area: what keeps the program tied to real work. Each cohort's application
// projects on a board, the projects of the whole program that reached production, the
// mentorships with suggested mentors, and the protected learning time week by week.
class ProjectsView : public PagedAreaView
{
    Q_OBJECT
public:
    enum Page { Board, Production, Mentorship, ProtectedTime };

    explicit ProjectsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    ProjectBoardPage *boardPage() const { return m_board; }
    ProductionProjectsPage *productionPage() const { return m_production; }
    MentorshipPage *mentorshipPage() const { return m_mentorship; }
    ProtectedTimePage *protectedTimePage() const { return m_protectedTime; }

private:
    ProjectBoardPage *m_board;
    ProductionProjectsPage *m_production;
    MentorshipPage *m_mentorship;
    ProtectedTimePage *m_protectedTime;
};

} // namespace Upskill
