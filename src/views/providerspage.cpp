// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerspage.h"

#include "areaview.h"
#include "providerdetailpanel.h"
#include "providermodel.h"
#include "tableview.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr quint32 LayoutMagic = 0x50525631; // "PRV1"
}

ProvidersPage::ProvidersPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_model(new ProviderModel(history, this)), m_table(new TableView(this)),
      m_search(new QLineEdit(this)), m_add(new QPushButton(tr("&Add provider"), this)),
      m_remove(new QPushButton(tr("&Delete provider"), this))
{
    setObjectName(QStringLiteral("providersPage"));
    m_details = new ProviderDetailPanel(history, *m_model, this);

    m_search->setPlaceholderText(tr("Find a provider by name, format, contact or notes"));
    m_search->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_search);

    m_table->setProgramModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEmptyText(tr("No providers yet. Use “Add provider” for each training provider "
                             "you are considering; then score it on its scorecard below."));
    // What a coordinator compares first goes first; the long notes go last.
    QHeaderView *header = m_table->horizontalHeader();
    const int order[] = {ProviderModel::Name,
                         ProviderModel::Kind,
                         ProviderModel::Status,
                         ProviderModel::Total,
                         ProviderModel::Rank,
                         ProviderModel::RedFlags,
                         ProviderModel::EngagementFormat,
                         ProviderModel::PriceModel,
                         ProviderModel::Cost,
                         ProviderModel::Contact,
                         ProviderModel::Notes};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual + 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(findLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    // A handful of providers, and a scorecard of nine criteria: the details get the room.
    m_splitter->setSizes({1000, 2000});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    watchRefusals(m_model);
    connect(m_details, &ProviderDetailPanel::problem, this, &SkillsPage::problem);
    connect(m_search, &QLineEdit::textChanged, m_model, &ProgramTableModel::setSearchText);
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProvidersPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProvidersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The provider shown stays shown through a refresh; a deleted one gives way to the
        // first in the list.
        const qint64 keep = m_shown;
        if (keep >= 0 && m_model->rowOf(keep) >= 0) {
            m_table->showId(keep);
        } else if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
            m_table->setCurrentIndex(m_model->index(0, ProviderModel::Name));
        }
        onCurrentChanged();
    });
    m_model->select();
}

QString ProvidersPage::addActionText() const
{
    return tr("&New provider");
}

void ProvidersPage::addItem()
{
    // A search that would hide the new provider is cleared first.
    m_search->clear();
    qint64 id = -1;
    if (!m_model->addProvider(QString(), &id))
        return;
    showProvider(id);
    m_table->edit(m_table->currentIndex().siblingAtColumn(ProviderModel::Name));
}

void ProvidersPage::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    if (!AreaView::confirmDelete(this, tr("Delete %n provider(s) with their scores, red flags "
                                          "and answers?",
                                          nullptr, int(ids.size()))))
        return;
    m_model->removeProviders(ids);
}

void ProvidersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProvidersPage::showProvider(qint64 id)
{
    m_table->showId(id);
    onCurrentChanged();
}

void ProvidersPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_shown = current.isValid() ? m_model->idAt(current.row()) : -1;
    m_details->setProvider(m_shown);
    updateButtons();
}

void ProvidersPage::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

QByteArray ProvidersPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << LayoutMagic << m_splitter->saveState() << m_table->horizontalHeader()->saveState()
           << qint32(m_details->tabs()->currentIndex());
    return state;
}

void ProvidersPage::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray splitter;
    QByteArray header;
    qint32 tab = 0;
    stream >> magic;
    if (magic != LayoutMagic)
        return;
    stream >> splitter >> header >> tab;
    if (stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    if (tab >= 0 && tab < m_details->tabs()->count())
        m_details->tabs()->setCurrentIndex(tab);
}

} // namespace Upskill
