// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Upskill {

class CommunityAttendeeModel;
class CommunityEventModel;
class CommunityQuartersPanel;
class EditHistory;
class TableView;

// "Community": the community-of-practice meetings, meetups, the annual summit and refresher
// modules, newest first with how many came; beside them, who came to the chosen event (add
// people, remove them); below, the figures per quarter.
class CommunityPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit CommunityPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    // An event of the kind filtered on (else a community-of-practice meeting), today, whose
    // title is then edited.
    void addItem() override;
    void addEvent(const QString &kind);
    // Removes the chosen attendees when their list has the focus, else the chosen events.
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    int addAttendees(const QList<qint64> &participantIds);

    CommunityEventModel *events() const { return m_events; }
    CommunityAttendeeModel *attendees() const { return m_attendees; }
    TableView *eventTable() const { return m_eventTable; }
    QTableView *attendeeTable() const { return m_attendeeTable; }
    CommunityQuartersPanel *quarters() const { return m_quarters; }
    QComboBox *kindFilter() const { return m_kind; }
    QString attendeeHeading() const;

private:
    void onCurrentEventChanged();
    void updateAttendees();
    void chooseAttendees();

    EditHistory &m_history;
    CommunityEventModel *m_events;
    CommunityAttendeeModel *m_attendees;
    TableView *m_eventTable;
    QTableView *m_attendeeTable;
    CommunityQuartersPanel *m_quarters;
    QLineEdit *m_find;
    QComboBox *m_kind;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_heading;
    QPushButton *m_addPeople;
    QPushButton *m_removePeople;
    QSplitter *m_sides;
    qint64 m_eventId = -1;
};

} // namespace Upskill
