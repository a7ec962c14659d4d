// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Upskill {

class EditHistory;
class ReadingGroupMemberModel;
class ReadingGroupModel;
class ReadingListModel;
class ReadingMeetingModel;
class TableView;

// "Reading groups": the groups on the left — with how many members each has today (4–6 is
// the format), its next meeting and who leads it — and the chosen group on the right: its
// members in the order they lead, its reading list, and its meetings every two weeks, each
// with the link to its written summary. "Plan meetings…" adds the next ones with the
// facilitator's role passing on by itself.
class ReadingGroupsPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit ReadingGroupsPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    // A new group, whose name is then edited.
    void addItem() override;
    // Removes what is selected in the table that has the focus: members, readings, meetings,
    // or else the groups.
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // Shows the group of id (-1: none).
    void showGroup(qint64 id);
    qint64 group() const { return m_groupId; }
    // The actions behind the buttons, for the buttons and for tests.
    int addMembers(const QList<qint64> &participantIds);
    void planMeetings();

    ReadingGroupModel *groups() const { return m_groups; }
    ReadingGroupMemberModel *members() const { return m_members; }
    ReadingListModel *readings() const { return m_readings; }
    ReadingMeetingModel *meetings() const { return m_meetings; }
    TableView *groupTable() const { return m_groupTable; }
    TableView *memberTable() const { return m_memberTable; }
    TableView *readingTable() const { return m_readingTable; }
    TableView *meetingTable() const { return m_meetingTable; }
    QTabWidget *detailTabs() const { return m_details; }
    QLabel *warningLabel() const { return m_warning; }
    QString headingText() const;

private:
    QWidget *panel(const QList<QPushButton *> &buttons, TableView *table, QLabel *info = nullptr);
    void onCurrentGroupChanged();
    void reselectGroup();
    void updateDetails();
    void updateButtons();
    void chooseMembers();
    void markLeft();
    void openLink(TableView *table, int column);
    QString groupName() const;

    EditHistory &m_history;
    ReadingGroupModel *m_groups;
    ReadingGroupMemberModel *m_members;
    ReadingListModel *m_readings;
    ReadingMeetingModel *m_meetings;
    TableView *m_groupTable;
    TableView *m_memberTable;
    TableView *m_readingTable;
    TableView *m_meetingTable;
    QLineEdit *m_find;
    QPushButton *m_newGroup;
    QPushButton *m_removeGroup;
    QLabel *m_heading;
    QLabel *m_warning;
    QLabel *m_warningIcon;
    QLabel *m_meetingInfo;
    QTabWidget *m_details;
    QPushButton *m_addMembers;
    QPushButton *m_left;
    QPushButton *m_memberUp;
    QPushButton *m_memberDown;
    QPushButton *m_removeMember;
    QPushButton *m_addReading;
    QPushButton *m_openReading;
    QPushButton *m_readingUp;
    QPushButton *m_readingDown;
    QPushButton *m_removeReading;
    QPushButton *m_plan;
    QPushButton *m_openSummary;
    QPushButton *m_removeMeeting;
    qint64 m_groupId = -1;
};

} // namespace Upskill
