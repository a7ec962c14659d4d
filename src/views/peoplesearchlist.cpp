// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplesearchlist.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int PageSize = 200;
constexpr int IdRole = Qt::UserRole;
} // namespace

PeopleSearchList::PeopleSearchList(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_search(new QLineEdit(this)), m_cohortOnly(new QCheckBox(this)),
      m_list(new QListWidget(this)), m_hint(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search by name, email or team"));
    m_search->setClearButtonEnabled(true);
    m_cohortOnly->setVisible(false);
    m_list->setSelectionMode(QAbstractItemView::MultiSelection);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_cohortOnly);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(150);
    connect(pause, &QTimer::timeout, this, &PeopleSearchList::search);
    connect(m_search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_cohortOnly, &QCheckBox::toggled, this, &PeopleSearchList::search);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            &PeopleSearchList::onSelectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, &PeopleSearchList::personActivated);
    // Down from the search field goes into the list, so people are chosen from the keyboard.
    m_search->installEventFilter(this);
    setFocusProxy(m_search);
    QTimer::singleShot(0, this, &PeopleSearchList::search);
}

void PeopleSearchList::setExcluded(const BoundSql &participantIds)
{
    m_excluded = participantIds;
    search();
}

void PeopleSearchList::setCohort(qint64 cohortId, const QString &cohortName)
{
    m_cohortId = cohortId;
    m_cohortOnly->setVisible(cohortId >= 0);
    m_cohortOnly->setText(tr("&Only people of %1").arg(cohortName));
    m_cohortOnly->setChecked(cohortId >= 0);
    search();
}

void PeopleSearchList::setSingleSelection(bool single)
{
    m_list->setSelectionMode(single ? QAbstractItemView::SingleSelection
                                    : QAbstractItemView::MultiSelection);
}

QList<qint64> PeopleSearchList::chosenIds() const
{
    return m_order;
}

void PeopleSearchList::search()
{
    QString pattern = m_search->text().trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    BoundSql sql;
    sql.add(QStringLiteral("SELECT p.id, p.name, p.team, p.email FROM participants p WHERE "
                           "(p.name LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\' OR "
                           "p.team LIKE ? ESCAPE '\\')"),
            {pattern, pattern, pattern});
    if (!m_excluded.sql().isEmpty())
        sql.add(QStringLiteral(" AND p.id NOT IN (")).add(m_excluded).add(QStringLiteral(")"));
    if (m_cohortId >= 0 && m_cohortOnly->isChecked())
        sql.add(QStringLiteral(" AND p.id IN (SELECT participant_id FROM enrollments WHERE "
                               "cohort_id = ? AND status <> 'withdrawn')"),
                {m_cohortId});
    sql.add(QStringLiteral(" ORDER BY p.name, p.id LIMIT ?"), {PageSize + 1});

    m_filling = true;
    m_list->clear();
    QSqlQuery query(m_db);
    int shown = 0;
    m_more = false;
    if (sql.exec(query, nullptr)) {
        while (query.next()) {
            if (shown == PageSize) {
                m_more = true;
                break;
            }
            const qint64 id = query.value(0).toLongLong();
            const QString team = query.value(2).toString();
            auto *item = new QListWidgetItem(
                team.isEmpty()
                    ? tr("%1 (%2)").arg(query.value(1).toString(), query.value(3).toString())
                    : tr("%1 — %2 (%3)")
                          .arg(query.value(1).toString(), team, query.value(3).toString()),
                m_list);
            item->setData(IdRole, id);
            item->setSelected(m_chosen.contains(id));
            ++shown;
        }
    }
    m_filling = false;
    updateHint(shown);
}

bool PeopleSearchList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_list->count() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PeopleSearchList::onSelectionChanged()
{
    if (m_filling)
        return;
    // Only the people shown can change; those chosen under an earlier search stay chosen.
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const qint64 id = item->data(IdRole).toLongLong();
        if (item->isSelected() && !m_chosen.contains(id)) {
            if (m_list->selectionMode() == QAbstractItemView::SingleSelection) {
                m_chosen.clear();
                m_order.clear();
            }
            m_chosen.insert(id);
            m_order.append(id);
        } else if (!item->isSelected() && m_chosen.contains(id)) {
            m_chosen.remove(id);
            m_order.removeAll(id);
        }
    }
    updateHint(m_list->count());
    Q_EMIT chosenChanged();
}

void PeopleSearchList::updateHint(int shown)
{
    QString text =
        shown == 0 ? tr("Nobody matches; the people already there are not listed.")
        : m_more   ? tr("Showing the first %1 matches; type more to narrow the list.").arg(PageSize)
                   : tr("%n match(es).", nullptr, shown);
    if (!m_chosen.isEmpty())
        text += QLatin1Char(' ') + tr("%n chosen.", nullptr, int(m_chosen.size()));
    m_hint->setText(text);
}

} // namespace Upskill
