// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinggroupspage.h"

#include "areaview.h"
#include "edithistory.h"
#include "lookupdelegate.h"
#include "peoplepickerdialog.h"
#include "peoplesearchlist.h"
#include "planmeetingsdialog.h"
#include "programfile.h"
#include "readinggroupmembermodel.h"
#include "readinggroupmodel.h"
#include "readinggrouprules.h"
#include "readinglistmodel.h"
#include "readingmeetingmodel.h"
#include "tableview.h"

#include <QDataStream>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Upskill {

namespace {
// Tells this layout apart from anything else saved under the page's name.
constexpr quint32 LayoutMagic = 0x52475031; // "RGP1"
enum DetailTab { MembersTab, ReadingsTab, MeetingsTab };
} // namespace

ReadingGroupsPage::ReadingGroupsPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_groups(new ReadingGroupModel(history, this)),
      m_members(new ReadingGroupMemberModel(history, this)),
      m_readings(new ReadingListModel(history, this)),
      m_meetings(new ReadingMeetingModel(history, this)), m_groupTable(new TableView(this)),
      m_memberTable(new TableView(this)), m_readingTable(new TableView(this)),
      m_meetingTable(new TableView(this)), m_find(new QLineEdit(this)),
      m_newGroup(new QPushButton(tr("&New group"), this)),
      m_removeGroup(new QPushButton(tr("Delete &group"), this)), m_heading(new QLabel(this)),
      m_warning(new QLabel(this)), m_warningIcon(new QLabel(this)), m_meetingInfo(new QLabel(this)),
      m_details(new QTabWidget(this)), m_addMembers(new QPushButton(tr("&Add members…"), this)),
      m_left(new QPushButton(tr("Has &left"), this)),
      m_memberUp(new QPushButton(tr("Move &up"), this)),
      m_memberDown(new QPushButton(tr("Move do&wn"), this)),
      m_removeMember(new QPushButton(tr("Remove &selected"), this)),
      m_addReading(new QPushButton(tr("A&dd reading"), this)),
      m_openReading(new QPushButton(tr("&Open link"), this)),
      m_readingUp(new QPushButton(tr("Move &up"), this)),
      m_readingDown(new QPushButton(tr("Move do&wn"), this)),
      m_removeReading(new QPushButton(tr("Remove &selected"), this)),
      m_plan(new QPushButton(tr("&Plan meetings…"), this)),
      m_openSummary(new QPushButton(tr("&Open summary"), this)),
      m_removeMeeting(new QPushButton(tr("Remove &selected"), this))
{
    setObjectName(QStringLiteral("readingGroupsPage"));
    const QSqlDatabase db = history.file().database();

    m_find->setPlaceholderText(tr("Part of a group's name"));
    m_find->setClearButtonEnabled(true);
    m_newGroup->setToolTip(tr("Starts a reading group: 4 to 6 people who read and discuss "
                              "together every two weeks."));
    m_groupTable->setProgramModel(m_groups);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setItemDelegateForColumn(
        ReadingGroupModel::Cohort, new LookupDelegate(db, LookupEdit::Kind::Cohort, m_groupTable));
    m_groupTable->hideColumn(ReadingGroupModel::Notes);
    // The figures next to the name; the cohort, often a long name, last.
    QHeaderView *groupHeader = m_groupTable->horizontalHeader();
    groupHeader->moveSection(groupHeader->visualIndex(ReadingGroupModel::Cohort),
                             groupHeader->count() - 1);
    m_groupTable->horizontalHeader()->setSortIndicator(ReadingGroupModel::Name, Qt::AscendingOrder);
    m_groupTable->setEmptyText(tr("No reading groups yet. Use “New group” to start one: 4 to 6 "
                                  "people who read and discuss together every two weeks, each "
                                  "meeting led by the next member in turn."));

    // The order of members and readings is the group's own; it changes with Move up/down.
    for (TableView *table : {m_memberTable, m_readingTable, m_meetingTable})
        table->setSortingEnabled(false);
    m_memberTable->setProgramModel(m_members);
    m_readingTable->setProgramModel(m_readings);
    m_meetingTable->setProgramModel(m_meetings);
    m_memberTable->setEmptyText(tr("No members yet. Use “Add members…” to choose 4 to 6 people; "
                                   "the order here is the order in which they lead the "
                                   "meetings."));
    m_readingTable->setEmptyText(tr("Nothing on the reading list yet. “Add reading” adds a title "
                                    "and a link; planned meetings take the readings in this "
                                    "order."));
    m_meetingTable->setEmptyText(tr("No meetings yet. “Plan meetings…” schedules them every two "
                                    "weeks, each led by the next member in turn."));
    m_plan->setToolTip(tr("Adds the next meetings every two weeks, with the facilitator's role "
                          "passing to the next member."));
    m_left->setToolTip(tr("The selected members leave the group today: they no longer lead "
                          "meetings, and the meetings they led keep their name."));

    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    auto *groupBar = new QHBoxLayout;
    groupBar->addWidget(findLabel);
    groupBar->addWidget(m_find, 1);
    groupBar->addWidget(m_newGroup);
    groupBar->addWidget(m_removeGroup);
    auto *groupsPane = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsPane);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addLayout(groupBar);
    groupsLayout->addWidget(m_groupTable, 1);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setWordWrap(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningIcon);
    warningRow->addWidget(m_warning, 1);
    m_meetingInfo->setWordWrap(true);
    m_details->addTab(
        panel({m_addMembers, m_left, m_memberUp, m_memberDown, m_removeMember}, m_memberTable),
        tr("&Members"));
    m_details->addTab(
        panel({m_addReading, m_openReading, m_readingUp, m_readingDown, m_removeReading},
              m_readingTable),
        tr("&Readings"));
    m_details->addTab(
        panel({m_plan, m_openSummary, m_removeMeeting}, m_meetingTable, m_meetingInfo),
        tr("Mee&tings"));
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addLayout(warningRow);
    detailLayout->addWidget(m_details, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(groupsPane);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Room for the groups' figures (members, next meeting, who leads it) beside the details.
    m_splitter->setSizes({640, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    for (ProgramTableModel *model :
         std::initializer_list<ProgramTableModel *>{m_groups, m_members, m_readings, m_meetings})
        watchRefusals(model);
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(pause, &QTimer::timeout, this, [this] { m_groups->setSearchText(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_newGroup, &QPushButton::clicked, this, &ReadingGroupsPage::addItem);
    connect(m_removeGroup, &QPushButton::clicked, this, [this] {
        m_groupTable->setFocus();
        removeSelected();
    });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReadingGroupsPage::onCurrentGroupChanged);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &ReadingGroupsPage::reselectGroup);
    connect(m_groups, &QAbstractItemModel::dataChanged, this, &ReadingGroupsPage::updateDetails);

    connect(m_addMembers, &QPushButton::clicked, this, &ReadingGroupsPage::chooseMembers);
    connect(m_left, &QPushButton::clicked, this, &ReadingGroupsPage::markLeft);
    connect(m_memberUp, &QPushButton::clicked, this, [this] {
        const qint64 id = m_memberTable->currentId();
        if (m_members->move(m_memberTable->currentIndex().row(), -1))
            m_memberTable->showId(id);
    });
    connect(m_memberDown, &QPushButton::clicked, this, [this] {
        const qint64 id = m_memberTable->currentId();
        if (m_members->move(m_memberTable->currentIndex().row(), 1))
            m_memberTable->showId(id);
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        m_memberTable->setFocus();
        removeSelected();
    });
    connect(m_addReading, &QPushButton::clicked, this, [this] {
        qint64 id = -1;
        if (!m_readings->addReading(QString(), QString(), &id))
            return;
        m_readingTable->showId(id);
        m_readingTable->edit(
            m_readingTable->currentIndex().siblingAtColumn(ReadingListModel::Title));
    });
    connect(m_openReading, &QPushButton::clicked, this,
            [this] { openLink(m_readingTable, ReadingListModel::Link); });
    connect(m_readingUp, &QPushButton::clicked, this, [this] {
        const qint64 id = m_readingTable->currentId();
        if (m_readings->move(m_readingTable->currentIndex().row(), -1))
            m_readingTable->showId(id);
    });
    connect(m_readingDown, &QPushButton::clicked, this, [this] {
        const qint64 id = m_readingTable->currentId();
        if (m_readings->move(m_readingTable->currentIndex().row(), 1))
            m_readingTable->showId(id);
    });
    connect(m_removeReading, &QPushButton::clicked, this, [this] {
        m_readingTable->setFocus();
        removeSelected();
    });
    connect(m_plan, &QPushButton::clicked, this, &ReadingGroupsPage::planMeetings);
    connect(m_openSummary, &QPushButton::clicked, this,
            [this] { openLink(m_meetingTable, ReadingMeetingModel::SummaryLink); });
    connect(m_removeMeeting, &QPushButton::clicked, this, [this] {
        m_meetingTable->setFocus();
        removeSelected();
    });
    for (TableView *table : {m_groupTable, m_memberTable, m_readingTable, m_meetingTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ReadingGroupsPage::updateButtons);
        connect(table->model(), &QAbstractItemModel::modelReset, this,
                &ReadingGroupsPage::updateButtons);
    }
    for (ProgramTableModel *model :
         std::initializer_list<ProgramTableModel *>{m_members, m_meetings}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ReadingGroupsPage::updateDetails);
        connect(model, &QAbstractItemModel::dataChanged, this, &ReadingGroupsPage::updateDetails);
    }
    m_groups->select();
}

QWidget *ReadingGroupsPage::panel(const QList<QPushButton *> &buttons, TableView *table,
                                  QLabel *info)
{
    auto *widget = new QWidget(this);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : buttons)
        bar->addWidget(button);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(widget);
    layout->addLayout(bar);
    if (info)
        layout->addWidget(info);
    layout->addWidget(table, 1);
    return widget;
}

QString ReadingGroupsPage::addActionText() const
{
    return tr("&New reading group");
}

void ReadingGroupsPage::addItem()
{
    qint64 id = -1;
    if (!m_groups->addGroup(QString(), -1, &id))
        return;
    if (!m_find->text().isEmpty()) {
        m_find->clear();
        m_groups->setSearchText(QString());
    }
    showGroup(id);
    m_groupTable->edit(m_groupTable->currentIndex().siblingAtColumn(ReadingGroupModel::Name));
}

void ReadingGroupsPage::showGroup(qint64 id)
{
    m_groupId = id;
    reselectGroup();
}

void ReadingGroupsPage::reselectGroup()
{
    // A refresh of the groups (an edit, a member added elsewhere) keeps the group chosen.
    const int row = m_groupId >= 0 ? m_groups->rowOf(m_groupId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_groups->index(row, ReadingGroupModel::Name);
        m_groupTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
        m_groupTable->scrollTo(index);
    } else if (m_groups->rowCount() > 0 && m_groupId < 0) {
        // The first time, the first group.
        m_groupTable->selectRow(0);
    } else {
        m_groupTable->selectionModel()->clearCurrentIndex();
    }
    onCurrentGroupChanged();
}

void ReadingGroupsPage::onCurrentGroupChanged()
{
    const QModelIndex current = m_groupTable->currentIndex();
    const qint64 id = current.isValid() ? m_groups->idAt(current.row()) : -1;
    if (id != m_members->group()) {
        m_members->setGroup(id);
        m_readings->setGroup(id);
        m_meetings->setGroup(id);
    }
    if (current.isValid() || m_groups->rowCount() == 0)
        m_groupId = id;
    updateDetails();
    updateButtons();
}

QString ReadingGroupsPage::groupName() const
{
    const QModelIndex current = m_groupTable->currentIndex();
    return current.isValid() ? current.siblingAtColumn(ReadingGroupModel::Name).data().toString()
                             : QString();
}

QString ReadingGroupsPage::headingText() const
{
    return m_heading->text();
}

void ReadingGroupsPage::updateDetails()
{
    const QModelIndex current = m_groupTable->currentIndex();
    m_details->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_heading->setText(m_groups->rowCount() == 0 ? QString()
                                                     : tr("Choose a reading group on the left."));
        m_warning->hide();
        m_warningIcon->hide();
        m_meetingInfo->hide();
        return;
    }
    const QString cohort = current.siblingAtColumn(ReadingGroupModel::Cohort).data().toString();
    m_heading->setText(cohort.isEmpty() ? groupName() : tr("%1 · %2").arg(groupName(), cohort));
    const int members = m_members->activeCount();
    const QString warning = m_groups->sizeWarning(current.row());
    m_warning->setText(warning.isEmpty() ? tr("%n member(s) today.", nullptr, members) : warning);
    m_warningIcon->setVisible(!warning.isEmpty());
    m_warning->show();
    const int missing = m_meetings->missingSummaries();
    const qint64 meetings = m_meetings->matchingRowCount();
    m_meetingInfo->setText(
        meetings == 0 ? QString()
        : missing == 0
            ? tr("%n meeting(s); every past meeting has its summary.", nullptr, int(meetings))
            : tr("%n meeting(s)", nullptr, int(meetings)) + QStringLiteral(" · ") +
                  tr("%n past meeting(s) still without a written summary", nullptr, missing));
    m_meetingInfo->setVisible(meetings > 0);
}

void ReadingGroupsPage::updateButtons()
{
    const bool group = m_groupTable->currentIndex().isValid();
    m_removeGroup->setEnabled(group);
    const auto rows = [](TableView *table) {
        return table->selectionModel() ? int(table->selectionModel()->selectedRows().size()) : 0;
    };
    const int memberRow = m_memberTable->currentIndex().row();
    m_left->setEnabled(rows(m_memberTable) > 0);
    m_removeMember->setEnabled(rows(m_memberTable) > 0);
    m_memberUp->setEnabled(memberRow >= 0 && m_members->canMove(memberRow, -1));
    m_memberDown->setEnabled(memberRow >= 0 && m_members->canMove(memberRow, 1));
    const int readingRow = m_readingTable->currentIndex().row();
    m_openReading->setEnabled(
        readingRow >= 0 &&
        !m_readings->index(readingRow, ReadingListModel::Link).data().toString().isEmpty());
    m_readingUp->setEnabled(readingRow >= 0 && m_readings->canMove(readingRow, -1));
    m_readingDown->setEnabled(readingRow >= 0 && m_readings->canMove(readingRow, 1));
    m_removeReading->setEnabled(rows(m_readingTable) > 0);
    const int meetingRow = m_meetingTable->currentIndex().row();
    m_openSummary->setEnabled(meetingRow >= 0 && !m_meetings->summaryLinkAt(meetingRow).isEmpty());
    m_removeMeeting->setEnabled(rows(m_meetingTable) > 0);
    for (QPushButton *button : {m_addMembers, m_addReading, m_plan})
        button->setEnabled(group);
}

void ReadingGroupsPage::removeSelected()
{
    QWidget *focus = focusWidget();
    const auto within = [focus](QWidget *table) {
        return focus && (focus == table || table->isAncestorOf(focus));
    };
    if (within(m_memberTable)) {
        const QList<qint64> ids = m_memberTable->selectedIds();
        if (!ids.isEmpty() &&
            AreaView::confirmDelete(
                this, tr("Remove %n member(s) from %1? A member who stops coming is better "
                         "marked with “Has left”, which keeps the meetings they led.",
                         nullptr, int(ids.size()))
                          .arg(groupName())))
            m_members->removeMembers(ids);
        return;
    }
    if (within(m_readingTable)) {
        const QList<qint64> ids = m_readingTable->selectedIds();
        if (!ids.isEmpty() &&
            AreaView::confirmDelete(
                this, tr("Delete %n reading(s) from the list of %1?", nullptr, int(ids.size()))
                          .arg(groupName())))
            m_readings->removeReadings(ids);
        return;
    }
    if (within(m_meetingTable)) {
        const QList<qint64> ids = m_meetingTable->selectedIds();
        if (!ids.isEmpty() &&
            AreaView::confirmDelete(
                this, tr("Delete %n meeting(s) of %1?", nullptr, int(ids.size())).arg(groupName())))
            m_meetings->removeMeetings(ids);
        return;
    }
    const QList<qint64> ids = m_groupTable->selectedIds();
    if (ids.isEmpty())
        return;
    const QString question =
        ids.size() == 1
            ? tr("Delete the reading group %1 with its members, reading list and meetings?")
                  .arg(groupName())
            : tr("Delete %n reading group(s) with their members, reading lists and meetings?",
                 nullptr, int(ids.size()));
    if (AreaView::confirmDelete(this, question))
        m_groups->removeGroups(ids);
}

void ReadingGroupsPage::focusSearch()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void ReadingGroupsPage::chooseMembers()
{
    const QModelIndex current = m_groupTable->currentIndex();
    if (!current.isValid())
        return;
    PeoplePickerDialog dialog(m_history.file().database(), tr("Add members to %1").arg(groupName()),
                              tr("&Find the people who join the group (4 to 6 in all). They lead "
                                 "the meetings in the order they are added."),
                              tr("&Add"), this);
    BoundSql excluded;
    excluded.add(QStringLiteral("SELECT participant_id FROM reading_group_members WHERE "
                                "group_id = ?"),
                 {m_groupId});
    dialog.people()->setExcluded(excluded);
    if (const qint64 cohort = m_groups->cohortAt(current.row()); cohort >= 0)
        dialog.people()->setCohort(
            cohort, current.siblingAtColumn(ReadingGroupModel::Cohort).data().toString());
    if (dialog.exec() == QDialog::Accepted)
        addMembers(dialog.chosenIds());
}

int ReadingGroupsPage::addMembers(const QList<qint64> &participantIds)
{
    const int added = m_members->addMembers(participantIds);
    if (added > 0)
        Q_EMIT statusMessage(tr("%n member(s) added to %1.", nullptr, added).arg(groupName()));
    return added;
}

void ReadingGroupsPage::markLeft()
{
    const QList<qint64> ids = m_memberTable->selectedIds();
    if (!ids.isEmpty())
        m_members->markLeft(ids);
}

void ReadingGroupsPage::planMeetings()
{
    if (!m_groupTable->currentIndex().isValid())
        return;
    PlanMeetingsDialog dialog(*m_meetings, groupName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    if (!m_meetings->planMeetings(dialog.count(), dialog.firstDay(), &ids))
        return;
    m_details->setCurrentIndex(MeetingsTab);
    if (!ids.isEmpty())
        m_meetingTable->showId(ids.first());
    Q_EMIT statusMessage(
        tr("%n meeting(s) planned for %1.", nullptr, int(ids.size())).arg(groupName()));
}

void ReadingGroupsPage::openLink(TableView *table, int column)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return;
    const QString link =
        ReadingGroupRules::openableLink(current.siblingAtColumn(column).data().toString());
    if (!link.isEmpty() && !QDesktopServices::openUrl(QUrl(link)))
        Q_EMIT problem(tr("%1 could not be opened: no program on this computer opens such "
                          "links.")
                           .arg(link));
}

QByteArray ReadingGroupsPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << LayoutMagic << m_splitter->saveState() << qint32(m_details->currentIndex());
    return state;
}

void ReadingGroupsPage::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray splitter;
    qint32 tab = 0;
    stream >> magic;
    if (magic != LayoutMagic)
        return;
    stream >> splitter >> tab;
    if (stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    if (tab >= 0 && tab < m_details->count())
        m_details->setCurrentIndex(tab);
}

} // namespace Upskill
