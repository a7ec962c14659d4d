// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "agendamodel.h"
#include "calendardaydelegate.h"
#include "calendargridmodel.h"
#include "itemdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Upskill {

CalendarPage::CalendarPage(ProgramFile &file, QWidget *parent)
    : SkillsPage(parent), m_grid(new CalendarGridModel(file, this)),
      m_agenda(new AgendaModel(file, this)), m_previous(new QPushButton(tr("◀ &Previous"), this)),
      m_next(new QPushButton(tr("&Next ▶"), this)), m_today(new QPushButton(tr("&Today"), this)),
      m_title(new QLabel(this)), m_search(new QLineEdit(this)),
      m_clashesOnly(new QCheckBox(tr("Only &clashes"), this)), m_summary(new QLabel(this)),
      m_agendaTitle(new QLabel(this)), m_gridView(new QTableView(this)),
      m_agendaView(new QTableView(this)), m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_previous->setToolTip(tr("The quarter before"));
    m_next->setToolTip(tr("The quarter after"));
    m_today->setToolTip(tr("The quarter of today, with today selected"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_search->setPlaceholderText(tr("Find a cohort, facilitator, session or place"));
    m_search->setClearButtonEnabled(true);
    m_clashesOnly->setToolTip(tr("Only the sessions whose facilitator leads another session at "
                                 "the same time"));
    m_summary->setWordWrap(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new CalendarDayDelegate(m_gridView));
    m_gridView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(false);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->horizontalHeader()->setHighlightSections(false);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QStyleOptionViewItem cell;
    cell.font = font();
    cell.fontMetrics = fontMetrics();
    m_gridView->verticalHeader()->setDefaultSectionSize(
        CalendarDayDelegate(nullptr).sizeHint(cell, {}).height());
    m_gridView->setToolTip(QString());

    m_agendaView->setModel(m_agenda);
    m_agendaView->setItemDelegate(new ItemDelegate(m_agendaView));
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->setAlternatingRowColors(true);
    m_agendaView->setWordWrap(false);
    m_agendaView->verticalHeader()->setVisible(false);
    m_agendaView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_agendaView->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_title);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_search);
    bar->addWidget(findLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_clashesOnly);

    auto *agendaPanel = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaPanel);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    m_agendaTitle->setBuddy(m_agendaView);
    agendaLayout->addWidget(m_agendaTitle);
    agendaLayout->addWidget(m_agendaView, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_gridView);
    m_splitter->addWidget(agendaPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { setQuarter(m_quarter.previous()); });
    connect(m_next, &QPushButton::clicked, this, [this] { setQuarter(m_quarter.next()); });
    connect(m_today, &QPushButton::clicked, this, &CalendarPage::showToday);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CalendarPage::applyFilter);
    connect(m_clashesOnly, &QCheckBox::toggled, this, &CalendarPage::applyFilter);
    connect(m_grid, &CalendarGridModel::updated, this, &CalendarPage::updateSummary);
    connect(m_grid, &CalendarGridModel::busyChanged, this, &CalendarPage::updateSummary);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarPage::updateAgendaRange);
    // Enter on a day goes to its sessions; Enter on a session opens its cohort's sessions.
    // (The agenda's pages arrive from a worker thread; the first is usually there by then.)
    connect(m_gridView, &QAbstractItemView::activated, this, [this] {
        if (m_agenda->rowCount() > 0) {
            m_agendaView->setFocus(Qt::OtherFocusReason);
            m_agendaView->setCurrentIndex(m_agenda->index(0, 0));
        }
    });
    connect(m_agendaView, &QAbstractItemView::activated, this, &CalendarPage::openSession);
    connect(m_agenda, &AgendaModel::pageLoaded, this, [this] {
        // Sized to the first sessions once; later the widths the coordinator sets stay.
        if (m_agendaSized || m_agenda->rowCount() == 0)
            return;
        m_agendaSized = true;
        m_agendaView->resizeColumnsToContents();
        const int widest = fontMetrics().averageCharWidth() * 40;
        for (int column = 0; column < m_agenda->columnCount(); ++column)
            m_agendaView->setColumnWidth(column,
                                         std::min(widest, m_agendaView->columnWidth(column) + 12));
    });

    setQuarter(Quarter::containing(QDate::currentDate()));
}

void CalendarPage::showEvent(QShowEvent *event)
{
    SkillsPage::showEvent(event);
    m_grid->setActive(true);
    if (!m_shown) {
        m_shown = true;
        // Opened on today's week rather than at the top of the quarter.
        if (m_quarter == Quarter::containing(QDate::currentDate()))
            showToday();
    }
}

void CalendarPage::hideEvent(QHideEvent *event)
{
    SkillsPage::hideEvent(event);
    m_grid->setActive(false);
}

void CalendarPage::setQuarter(const Quarter &quarter)
{
    if (!quarter.isValid())
        return;
    m_quarter = quarter;
    const QLocale locale;
    m_title->setText(tr("%1 – %2 %3")
                         .arg(locale.monthName(quarter.firstDay().month(), QLocale::LongFormat),
                              locale.monthName(quarter.lastDay().month(), QLocale::LongFormat))
                         .arg(quarter.year()));
    m_title->setToolTip(quarter.toString());
    applyFilter();
}

void CalendarPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    if (Quarter::containing(day) != m_quarter)
        setQuarter(Quarter::containing(day));
    const QModelIndex index = m_grid->indexOf(day);
    m_gridView->setCurrentIndex(index);
    m_gridView->scrollTo(index);
}

void CalendarPage::showToday()
{
    const QDate today = QDate::currentDate();
    if (Quarter::containing(today) != m_quarter)
        setQuarter(Quarter::containing(today));
    const QModelIndex index = m_grid->indexOf(today);
    m_gridView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Clear);
    m_gridView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_gridView->setFocus(Qt::OtherFocusReason);
}

void CalendarPage::applyFilter()
{
    CalendarFilter filter;
    filter.from = m_quarter.firstDay();
    filter.to = m_quarter.lastDay();
    filter.text = m_search->text().trimmed();
    filter.clashesOnly = m_clashesOnly->isChecked();
    m_grid->setFilter(filter);
    updateAgendaRange();
    updateSummary();
}

void CalendarPage::updateAgendaRange()
{
    CalendarFilter filter = m_grid->filter();
    QDate first;
    QDate last;
    for (const QModelIndex &index : m_gridView->selectionModel()->selectedIndexes()) {
        const QDate day = m_grid->dayAt(index);
        if (day < filter.from || day > filter.to)
            continue;
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    const QLocale locale;
    if (first.isValid()) {
        filter.from = first;
        filter.to = last;
        m_agendaTitle->setText(
            first == last ? tr("&Agenda of %1").arg(locale.toString(first, QLocale::LongFormat))
                          : tr("&Agenda from %1 to %2")
                                .arg(locale.toString(first, QLocale::ShortFormat),
                                     locale.toString(last, QLocale::ShortFormat)));
    } else {
        m_agendaTitle->setText(tr("&Agenda of the quarter — select days above to narrow it"));
    }
    if (!(filter == m_agenda->filter()))
        m_agenda->setFilter(filter);
}

void CalendarPage::updateSummary()
{
    QString text;
    if (!m_grid->error().isEmpty())
        text = tr("The sessions could not be read: %1").arg(m_grid->error());
    else if (!m_grid->hasFigures())
        text = tr("Counting the sessions of %1…").arg(m_quarter.toString());
    else if (m_grid->sessionCount() == 0)
        text = m_grid->filter().text.isEmpty() && !m_grid->filter().clashesOnly
                   ? tr("No sessions in %1. Plan a cohort's sessions on the Sessions page "
                        "(“Generate schedule…”); they show here with every other cohort's.")
                         .arg(m_quarter.toString())
                   : tr("No sessions in %1 match.").arg(m_quarter.toString());
    else {
        text = tr("%1: %n session(s)", nullptr, m_grid->sessionCount()).arg(m_quarter.toString());
        if (m_grid->clashCount() > 0)
            text += QStringLiteral(" · ") +
                    tr("%n session(s) clash with another session of the same facilitator (in "
                       "red; the agenda says why)",
                       nullptr, m_grid->clashCount());
        else
            text += QStringLiteral(" · ") + tr("no facilitator has two sessions at once");
        if (m_grid->isBusy())
            text += QStringLiteral(" · ") + tr("updating…");
    }
    m_summary->setText(text);
}

void CalendarPage::openSession(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT sessionRequested(index.data(AgendaModel::CohortIdRole).toLongLong(),
                            index.data(AgendaModel::SessionIdRole).toLongLong());
}

void CalendarPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray CalendarPage::saveLayout() const
{
    return m_splitter->saveState();
}

void CalendarPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace Upskill
