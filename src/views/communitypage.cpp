// SPDX-License-Identifier: GPL-3.0-or-later
#include "communitypage.h"

#include "areaview.h"
#include "communityattendeemodel.h"
#include "communityeventmodel.h"
#include "communityquarterspanel.h"
#include "edithistory.h"
#include "peoplepickerdialog.h"
#include "peoplesearchlist.h"
#include "programfile.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr quint32 LayoutMagic = 0x434d5031; // "CMP1"
}

CommunityPage::CommunityPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_events(new CommunityEventModel(history, this)),
      m_attendees(new CommunityAttendeeModel(history, this)), m_eventTable(new TableView(this)),
      m_attendeeTable(new QTableView(this)), m_quarters(new CommunityQuartersPanel(history, this)),
      m_find(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add event"), this)),
      m_remove(new QPushButton(tr("&Delete event"), this)), m_heading(new QLabel(this)),
      m_addPeople(new QPushButton(tr("Add &people…"), this)),
      m_removePeople(new QPushButton(tr("Remove &selected"), this)),
      m_sides(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("communityPage"));
    m_find->setPlaceholderText(tr("Part of an event's title or notes"));
    m_find->setClearButtonEnabled(true);
    m_kind->addItem(tr("All events"), QString());
    auto *kinds = new QMenu(m_add);
    for (const Choice &kind : Vocabulary::choices(Term::CommunityEventKind)) {
        m_kind->addItem(kind.label, kind.key);
        kinds->addAction(kind.label, this, [this, key = kind.key] { addEvent(key); });
    }
    m_add->setMenu(kinds);
    m_add->setToolTip(tr("Adds an event of the kind you choose, dated today."));

    m_eventTable->setProgramModel(m_events);
    m_eventTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventTable->horizontalHeader()->setSortIndicator(CommunityEventModel::HeldOn,
                                                       Qt::DescendingOrder);
    // The date first: events are looked up by when they were.
    QHeaderView *header = m_eventTable->horizontalHeader();
    header->moveSection(header->visualIndex(CommunityEventModel::HeldOn), 0);
    // The title takes the room; the count of who came stays narrow at the end.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CommunityEventModel::Title, QHeaderView::Stretch);
    m_eventTable->setEmptyText(tr("No community events yet. Use “Add event” for a "
                                  "community-of-practice meeting, a meetup, the summit or a "
                                  "refresher, then add who came. Events after the cohorts keep "
                                  "alumni learning instead of one-and-done."));

    m_attendeeTable->setModel(m_attendees);
    m_attendeeTable->hideColumn(CommunityAttendeeModel::Id);
    m_attendeeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendeeTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attendeeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendeeTable->setAlternatingRowColors(true);
    m_attendeeTable->setWordWrap(false);
    m_attendeeTable->verticalHeader()->hide();
    m_attendeeTable->verticalHeader()->setDefaultSectionSize(
        m_attendeeTable->fontMetrics().height() + 10);
    m_attendeeTable->horizontalHeader()->setStretchLastSection(true);
    m_attendeeTable->setColumnWidth(CommunityAttendeeModel::Name,
                                    m_attendeeTable->fontMetrics().averageCharWidth() * 24);
    m_attendeeTable->setColumnWidth(CommunityAttendeeModel::Team,
                                    m_attendeeTable->fontMetrics().averageCharWidth() * 22);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *bar = new QHBoxLayout;
    bar->addWidget(findLabel);
    bar->addWidget(m_find, 1);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *eventsPane = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addLayout(bar);
    eventsLayout->addWidget(m_eventTable, 1);

    auto *peopleBar = new QHBoxLayout;
    peopleBar->addWidget(m_addPeople);
    peopleBar->addWidget(m_removePeople);
    peopleBar->addStretch(1);
    auto *peoplePane = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addLayout(peopleBar);
    peopleLayout->addWidget(m_heading);
    peopleLayout->addWidget(m_attendeeTable, 1);

    m_sides->addWidget(eventsPane);
    m_sides->addWidget(peoplePane);
    m_sides->setStretchFactor(0, 3);
    m_sides->setStretchFactor(1, 2);
    m_sides->setSizes({760, 560});
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_sides);
    m_splitter->addWidget(m_quarters);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    watchRefusals(m_events);
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(pause, &QTimer::timeout, this, [this] { m_events->setSearchText(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_events->setKind(m_kind->currentData().toString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_eventTable->setFocus();
        removeSelected();
    });
    connect(m_addPeople, &QPushButton::clicked, this, &CommunityPage::chooseAttendees);
    connect(m_removePeople, &QPushButton::clicked, this, [this] {
        m_attendeeTable->setFocus();
        removeSelected();
    });
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunityPage::onCurrentEventChanged);
    connect(m_events, &QAbstractItemModel::modelReset, this, [this] {
        // A refresh keeps the event chosen; the first time, the newest is.
        const int row = m_eventId >= 0 ? m_events->rowOf(m_eventId) : 0;
        if (row >= 0 && row < m_events->rowCount())
            m_eventTable->selectRow(row);
        onCurrentEventChanged();
    });
    connect(m_events, &QAbstractItemModel::dataChanged, this, &CommunityPage::updateAttendees);
    connect(m_attendees, &QAbstractItemModel::modelReset, this, &CommunityPage::updateAttendees);
    connect(m_attendeeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommunityPage::updateAttendees);
    m_events->select();
}

QString CommunityPage::addActionText() const
{
    return tr("&New community event");
}

void CommunityPage::addItem()
{
    const QString kind = m_kind->currentData().toString();
    addEvent(kind.isEmpty() ? QStringLiteral("community_of_practice") : kind);
}

void CommunityPage::addEvent(const QString &kind)
{
    qint64 id = -1;
    if (!m_events->addEvent(kind, QDate(), &id))
        return;
    // A filter that hides the new event would make it look lost.
    if (!m_kind->currentData().toString().isEmpty() && m_kind->currentData().toString() != kind)
        m_kind->setCurrentIndex(0);
    if (!m_find->text().isEmpty()) {
        m_find->clear();
        m_events->setSearchText(QString());
    }
    m_eventId = id;
    m_eventTable->showId(id);
    m_eventTable->edit(m_eventTable->currentIndex().siblingAtColumn(CommunityEventModel::Title));
}

void CommunityPage::onCurrentEventChanged()
{
    const QModelIndex current = m_eventTable->currentIndex();
    const qint64 id = current.isValid() ? m_events->idAt(current.row()) : -1;
    if (current.isValid())
        m_eventId = id;
    if (id != m_attendees->event())
        m_attendees->setEvent(id);
    updateAttendees();
}

QString CommunityPage::attendeeHeading() const
{
    return m_heading->text();
}

void CommunityPage::updateAttendees()
{
    const QModelIndex current = m_eventTable->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_addPeople->setEnabled(current.isValid());
    m_removePeople->setEnabled(current.isValid() &&
                               m_attendeeTable->selectionModel()->hasSelection());
    if (!current.isValid()) {
        m_heading->setText(m_events->rowCount() > 0 ? tr("Choose an event to see who came.")
                                                    : QString());
        return;
    }
    const QString title = current.siblingAtColumn(CommunityEventModel::Title).data().toString();
    const QString day = current.siblingAtColumn(CommunityEventModel::HeldOn).data().toString();
    const int count = m_attendees->attendeeCount();
    m_heading->setText(
        count == 0
            ? tr("Nobody recorded at %1 on %2 yet. “Add people…” records who came.").arg(title, day)
            : tr("%n person(s) came to %1 on %2.", nullptr, count).arg(title, day));
}

void CommunityPage::chooseAttendees()
{
    const QModelIndex current = m_eventTable->currentIndex();
    if (!current.isValid())
        return;
    const QString title = current.siblingAtColumn(CommunityEventModel::Title).data().toString();
    PeoplePickerDialog dialog(m_history.file().database(), tr("Who came to %1").arg(title),
                              tr("&Find the people who came; choose as many as you like, one "
                                 "search after the other."),
                              tr("&Add"), this);
    BoundSql excluded;
    excluded.add(QStringLiteral("SELECT participant_id FROM community_attendance WHERE "
                                "event_id = ?"),
                 {m_attendees->event()});
    dialog.people()->setExcluded(excluded);
    if (dialog.exec() == QDialog::Accepted)
        addAttendees(dialog.chosenIds());
}

int CommunityPage::addAttendees(const QList<qint64> &participantIds)
{
    const int added = m_attendees->addAttendees(participantIds);
    if (added > 0)
        Q_EMIT statusMessage(tr("%n person(s) added to the event.", nullptr, added));
    return added;
}

void CommunityPage::removeSelected()
{
    QWidget *focus = focusWidget();
    if (focus && (focus == m_attendeeTable || m_attendeeTable->isAncestorOf(focus))) {
        QList<qint64> people;
        for (const QModelIndex &index : m_attendeeTable->selectionModel()->selectedRows())
            people.append(m_attendees->participantAt(index.row()));
        if (!people.isEmpty() &&
            AreaView::confirmDelete(this, tr("Remove %n person(s) from the event's attendance?",
                                             nullptr, int(people.size()))))
            m_attendees->removeAttendees(people);
        return;
    }
    const QList<qint64> ids = m_eventTable->selectedIds();
    if (ids.isEmpty())
        return;
    const int came = m_events->attendedAt(m_eventTable->currentIndex().row());
    const QString question =
        came > 0 ? tr("Delete this event and the attendance of the %n person(s) who came?", nullptr,
                      came)
                 : tr("Delete this event?");
    if (AreaView::confirmDelete(this, question))
        m_events->removeEvents(ids);
}

void CommunityPage::focusSearch()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

QByteArray CommunityPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << LayoutMagic << m_splitter->saveState() << m_sides->saveState();
    return state;
}

void CommunityPage::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray vertical;
    QByteArray horizontal;
    stream >> magic;
    if (magic != LayoutMagic)
        return;
    stream >> vertical >> horizontal;
    if (stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(vertical);
    m_sides->restoreState(horizontal);
}

} // namespace Upskill
