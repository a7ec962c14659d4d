// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilterbar.h"

#include "programfile.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

namespace Upskill {

namespace {

QComboBox *searchableCombo(QWidget *parent, int width)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumContentsLength(width);
    return combo;
}

// Refills combo with a first "all" entry and the query's (label, value) rows, keeping the
// current choice when it still exists.
void refill(QComboBox *combo, const QString &all, QSqlQuery &query)
{
    const QVariant current = combo->currentIndex() >= 0 ? combo->currentData() : QVariant();
    combo->clear();
    combo->addItem(all, QVariant());
    while (query.next())
        combo->addItem(query.value(0).toString(), query.value(1));
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

DashboardFilterBar::DashboardFilterBar(ProgramFile &file, QWidget *parent)
    : QWidget(parent), m_file(file), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_track(new QComboBox(this)), m_cohort(searchableCombo(this, 22)),
      m_team(searchableCombo(this, 14)), m_reload(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    labelled(tr("&Quarters:"), m_from);
    labelled(tr("to"), m_to);
    labelled(tr("T&rack:"), m_track);
    labelled(tr("C&ohort:"), m_cohort);
    labelled(tr("Te&am:"), m_team);
    auto *reset = new QPushButton(tr("Show &all"), this);
    reset->setToolTip(tr("Remove every filter"));
    layout->addWidget(reset);
    layout->addStretch(1);

    reload();
    for (QComboBox *combo : {m_from, m_to, m_track, m_cohort, m_team})
        connect(combo, &QComboBox::activated, this, &DashboardFilterBar::emitChanged);
    for (QComboBox *combo : {m_cohort, m_team})
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                &DashboardFilterBar::emitChanged);
    connect(reset, &QPushButton::clicked, this, &DashboardFilterBar::reset);

    m_reload->setSingleShot(true);
    m_reload->setInterval(500);
    connect(m_reload, &QTimer::timeout, this, &DashboardFilterBar::reload);
    connect(&file, &ProgramFile::tablesChanged, this, [this](const QStringList &tables) {
        for (const char *table : {"cohorts", "tracks", "participants"}) {
            if (tables.contains(QLatin1String(table))) {
                m_reload->start();
                return;
            }
        }
    });
}

void DashboardFilterBar::reload()
{
    m_loading = true;
    QSqlQuery query(m_file.database());
    query.exec(QStringLiteral("SELECT DISTINCT quarter, quarter FROM cohorts ORDER BY quarter"));
    refill(m_from, tr("the first"), query);
    query.exec(QStringLiteral("SELECT DISTINCT quarter, quarter FROM cohorts ORDER BY quarter"));
    refill(m_to, tr("the last"), query);
    query.exec(QStringLiteral("SELECT name, id FROM tracks ORDER BY position, name"));
    refill(m_track, tr("All tracks"), query);
    // The newest first: the cohort a coordinator looks for is usually a recent one.
    query.exec(QStringLiteral("SELECT name, id FROM cohorts ORDER BY start_date DESC, name"));
    refill(m_cohort, tr("All cohorts"), query);
    query.exec(QStringLiteral(
        "SELECT DISTINCT team, team FROM participants WHERE team <> '' ORDER BY team"));
    refill(m_team, tr("All teams"), query);
    m_loading = false;
}

qint64 DashboardFilterBar::chosenId(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index > 0 ? combo->itemData(index).toLongLong() : 0;
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter filter;
    filter.from = Quarter::parse(m_from->currentData().toString());
    filter.to = Quarter::parse(m_to->currentData().toString());
    filter.trackId = chosenId(m_track);
    filter.cohortId = chosenId(m_cohort);
    const int team = m_team->findText(m_team->currentText(), Qt::MatchFixedString);
    if (team > 0)
        filter.team = m_team->itemData(team).toString();
    return filter;
}

void DashboardFilterBar::setCohort(qint64 cohortId)
{
    const int index = m_cohort->findData(cohortId);
    if (index < 0)
        return;
    m_cohort->setCurrentIndex(index);
    emitChanged();
}

void DashboardFilterBar::reset()
{
    for (QComboBox *combo : {m_from, m_to, m_track, m_cohort, m_team})
        combo->setCurrentIndex(0);
    emitChanged();
}

void DashboardFilterBar::emitChanged()
{
    if (!m_loading)
        Q_EMIT filterChanged(filter());
}

} // namespace Upskill
