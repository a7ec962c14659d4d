// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QComboBox;

namespace Upskill {

class EditHistory;
class RoleTargetModel;
class TableView;
class TrackTargetModel;

// What the program aims for: the level each role needs per dimension and how critical a gap
// is (the organisation-wide default applies to roles without their own target), and below,
// the level each track brings its participants to.
class TargetsPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit TargetsPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    RoleTargetModel *roleTargetModel() const { return m_roleTargets; }
    TrackTargetModel *trackTargetModel() const { return m_trackTargets; }

private:
    void addTrackTarget();
    void removeRoleTargets();
    void removeTrackTargets();
    void reloadTracks();

    RoleTargetModel *m_roleTargets;
    TrackTargetModel *m_trackTargets;
    TableView *m_roleTable;
    TableView *m_trackTable;
    QComboBox *m_role;
    QComboBox *m_track;
};

} // namespace Upskill
