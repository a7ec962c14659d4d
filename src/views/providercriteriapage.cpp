// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercriteriapage.h"

#include "areaview.h"
#include "providercriterionmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Upskill {

ProviderCriteriaPage::ProviderCriteriaPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_model(new ProviderCriterionModel(history, this)),
      m_table(new TableView(this)), m_summary(new QLabel(this)),
      m_add(new QPushButton(tr("&Add criterion"), this)),
      m_remove(new QPushButton(tr("&Delete"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    setObjectName(QStringLiteral("providerCriteriaPage"));
    m_table->setProgramModel(m_model);
    // The order is the scorecard's; it changes with Move up/down only.
    m_table->setSortingEnabled(false);
    m_table->setEmptyText(tr("The scorecard has no criteria. Use “Add criterion”."));
    QHeaderView *header = m_table->horizontalHeader();
    // The explanation is the long text: last, where the table gives it the room left.
    header->moveSection(header->visualIndex(ProviderCriterionModel::Description),
                        header->count() - 1);

    auto *hint = new QLabel(tr("Each provider scores 0–5 on every criterion. Its total is the "
                               "average of its scores weighted by these weights; a criterion "
                               "not scored counts 0, and a weight of 0 leaves a criterion out."),
                            this);
    hint->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    for (QPushButton *button : {m_add, m_up, m_down, m_remove})
        bar->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    watchRefusals(m_model);
    connect(m_add, &QPushButton::clicked, this, &ProviderCriteriaPage::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ProviderCriteriaPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProviderCriteriaPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProviderCriteriaPage::updateSummary);
    m_model->select();
}

QString ProviderCriteriaPage::addActionText() const
{
    return tr("&New criterion");
}

void ProviderCriteriaPage::addItem()
{
    // A new criterion joins the group of the one selected, which is where it is usually meant.
    const QModelIndex current = m_table->currentIndex();
    const QString group =
        current.isValid()
            ? m_model->data(current.siblingAtColumn(ProviderCriterionModel::Group), Qt::EditRole)
                  .toString()
            : QString();
    qint64 id = -1;
    if (!m_model->addCriterion(group, QString(), &id))
        return;
    m_table->showId(id);
    m_table->edit(m_table->currentIndex().siblingAtColumn(ProviderCriterionModel::Name));
}

void ProviderCriteriaPage::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    int scores = 0;
    for (qint64 id : ids)
        scores += m_model->scoreCount(id);
    const QString question =
        scores > 0 ? tr("Delete %n criterion(s) with the %1 provider scores given on them?",
                        nullptr, int(ids.size()))
                         .arg(scores)
                   : tr("Delete %n criterion(s)?", nullptr, int(ids.size()));
    if (!AreaView::confirmDelete(this, question))
        return;
    m_model->removeCriteria(ids);
}

void ProviderCriteriaPage::focusSearch()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void ProviderCriteriaPage::move(int delta)
{
    const qint64 id = m_table->currentId();
    if (id >= 0 && m_model->move(m_table->currentIndex().row(), delta))
        m_table->showId(id);
}

void ProviderCriteriaPage::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() + 1 < m_model->rowCount());
}

void ProviderCriteriaPage::updateSummary()
{
    const double sum = m_model->weightSum();
    m_summary->setText(
        sum > 0 ? tr("The weights add up to %1.").arg(QLocale().toString(sum, 'g', 4))
                : tr("Every weight is 0, so no provider has a total. Give the criteria that "
                     "matter a weight above 0."));
}

QByteArray ProviderCriteriaPage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void ProviderCriteriaPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace Upskill
