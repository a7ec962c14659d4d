// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

namespace Upskill {

class AssessmentsPage;
class RubricPage;
class TargetsPage;

// The Skills area: the rubric, the target levels per role and per track, and the assessments,
// each on its own page. More pages (gap analysis, placement, ...) are added with addPage().
class SkillsView : public PagedAreaView
{
    Q_OBJECT
public:
    enum Page { Rubric, Targets, Assessments };

    explicit SkillsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    RubricPage *rubricPage() const { return m_rubric; }
    TargetsPage *targetsPage() const { return m_targets; }
    AssessmentsPage *assessmentsPage() const { return m_assessments; }

private:
    RubricPage *m_rubric;
    TargetsPage *m_targets;
    AssessmentsPage *m_assessments;
};

} // namespace Upskill
