// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QTableView;

namespace Upskill {

class CapabilityCoverageModel;
class EditHistory;

// Which of the four capability areas (data pipelines, model lifecycle, reliability, security)
// each track covers: a grid of check boxes, tracks down and areas across, with the number of
// tracks per area below and, above, in words, the areas no track covers.
class CapabilityCoveragePage : public SkillsPage
{
    Q_OBJECT
public:
    explicit CapabilityCoveragePage(EditHistory &history, QWidget *parent = nullptr);

    CapabilityCoverageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString gapText() const;

private:
    void updateGaps();

    CapabilityCoverageModel *m_model;
    QTableView *m_table;
    QLabel *m_intro;
    QLabel *m_gapIcon;
    QLabel *m_gaps;
};

} // namespace Upskill
