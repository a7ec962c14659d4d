// SPDX-License-Identifier: GPL-3.0-or-later
#include "skillspage.h"

#include "programtablemodel.h"

#include <QSplitter>

namespace Upskill {

QByteArray SkillsPage::saveLayout() const
{
    return m_splitter ? m_splitter->saveState() : QByteArray();
}

void SkillsPage::restoreLayout(const QByteArray &state)
{
    if (m_splitter && !state.isEmpty())
        m_splitter->restoreState(state);
}

void SkillsPage::watchRefusals(ProgramTableModel *model)
{
    connect(model, &ProgramTableModel::editRefused, this, &SkillsPage::problem);
}

} // namespace Upskill
