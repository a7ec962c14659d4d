// SPDX-License-Identifier: GPL-3.0-or-later
#include "alumnipage.h"

#include "alumnimodel.h"
#include "edithistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Upskill {

AlumniPage::AlumniPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("alumniPage"));
    m_search->setPlaceholderText(tr("Find by name, team or cohort"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_search);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);

    auto *hint = new QLabel(tr("Everyone who has completed a cohort: the community to invite to "
                               "meetups and the summit, and the mentors of the next cohorts "
                               "(Projects › Mentorship suggests them by their skills)."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_stack, 1);

    // Typing waits for a pause so a large program is not searched for every letter.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AlumniPage::applySearchNow);
}

void AlumniPage::showEvent(QShowEvent *event)
{
    // Read when first shown, not when the file opens.
    if (!m_model) {
        m_model = new AlumniModel(m_history.file(), this);
        m_table->setModel(m_model);
        m_table->hideColumn(AlumniModel::Id);
        m_table->resizeColumnsToContents();
        if (!m_pendingLayout.isEmpty())
            m_table->horizontalHeader()->restoreState(std::exchange(m_pendingLayout, {}));
        connect(m_model, &QAbstractItemModel::modelReset, this, &AlumniPage::updateCount);
        updateCount();
    }
    SkillsPage::showEvent(event);
}

void AlumniPage::applySearchNow()
{
    m_searchDelay->stop();
    if (m_model)
        m_model->setSearchText(m_search->text());
}

void AlumniPage::updateCount()
{
    const int all = m_model->alumniCount();
    const int matching = m_model->matchingCount();
    m_count->setText(countText());
    if (all == 0)
        m_empty->setText(tr("No one has completed a cohort yet. When a cohort ends and its "
                            "participants are marked completed on its roster, they are listed "
                            "here as the program's alumni."));
    else if (matching == 0)
        m_empty->setText(tr("No alumnus matches “%1”.").arg(m_search->text().trimmed()));
    m_stack->setCurrentWidget(matching == 0 ? static_cast<QWidget *>(m_empty) : m_table);
}

QString AlumniPage::countText() const
{
    if (!m_model)
        return {};
    const int all = m_model->alumniCount();
    const int matching = m_model->matchingCount();
    return matching == all ? tr("%n alumni", nullptr, all)
                           : tr("%1 of %n alumni", nullptr, all).arg(matching);
}

void AlumniPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray AlumniPage::saveLayout() const
{
    return m_model ? m_table->horizontalHeader()->saveState() : m_pendingLayout;
}

void AlumniPage::restoreLayout(const QByteArray &state)
{
    if (m_model)
        m_table->horizontalHeader()->restoreState(state);
    else
        m_pendingLayout = state;
}

} // namespace Upskill
