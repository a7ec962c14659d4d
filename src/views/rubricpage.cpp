// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubricpage.h"

#include "areaview.h"
#include "rubricdimensionmodel.h"
#include "rubriclevelmodel.h"
#include "tableview.h"
#include "textblockdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Upskill {

RubricPage::RubricPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_dimensions(new RubricDimensionModel(history, this)),
      m_levels(new RubricLevelModel(history, this)), m_dimensionTable(new TableView(this)),
      m_levelTable(new TableView(this)), m_levelsTitle(new QLabel(this)),
      m_add(new QPushButton(tr("&Add dimension"), this)),
      m_retire(new QPushButton(tr("&Retire"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    setObjectName(QStringLiteral("rubric"));
    m_dimensionTable->setProgramModel(m_dimensions);
    // The order is the order dimensions are asked in; it changes with Move up/down only.
    m_dimensionTable->setSortingEnabled(false);
    m_dimensionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dimensionTable->setEmptyText(tr("The rubric has no dimensions yet. Use “Add dimension”."));
    m_retire->setToolTip(tr("A retired dimension keeps its assessments but is no longer asked."));
    // The description is the long text: it goes last, where the table gives it the room left.
    QHeaderView *header = m_dimensionTable->horizontalHeader();
    header->moveSection(header->visualIndex(RubricDimensionModel::Retired),
                        header->visualIndex(RubricDimensionModel::Name) + 1);

    m_levelTable->setProgramModel(m_levels);
    m_levelTable->setSortingEnabled(false);
    m_levelTable->setItemDelegate(
        new TextBlockDelegate({RubricLevelModel::Indicators}, m_levelTable));
    m_levelTable->setWordWrap(true);
    m_levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levelTable->setEmptyText(tr("Select a dimension to see its levels."));

    QFont titleFont = m_levelsTitle->font();
    titleFont.setBold(true);
    m_levelsTitle->setFont(titleFont);
    m_levelsTitle->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Dimensions are asked in this order. Each has four levels "
                               "described by what a person does, not by a score."),
                            this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    for (QPushButton *button : {m_add, m_retire, m_up, m_down})
        bar->addWidget(button);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_dimensionTable, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_levelsTitle);
    bottomLayout->addWidget(m_levelTable, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    watchRefusals(m_dimensions);
    watchRefusals(m_levels);
    connect(m_dimensionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RubricPage::showLevelsOfCurrent);
    connect(m_dimensions, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_dimensionTable->currentIndex().isValid() && m_dimensions->rowCount() > 0)
            m_dimensionTable->selectRow(0);
        showLevelsOfCurrent();
    });
    // A retired flag changed through its check box re-reads only that row.
    connect(m_dimensions, &QAbstractItemModel::dataChanged, this, &RubricPage::updateButtons);
    connect(m_levels, &QAbstractItemModel::modelReset, m_levelTable,
            &QTableView::resizeRowsToContents);
    connect(m_add, &QPushButton::clicked, this, &RubricPage::addItem);
    connect(m_retire, &QPushButton::clicked, this, &RubricPage::toggleRetired);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });

    m_dimensions->select();
    m_levelTable->setColumnWidth(RubricLevelModel::Level, 60);
    m_levelTable->setColumnWidth(RubricLevelModel::Label, 140);
}

QString RubricPage::addActionText() const
{
    return tr("&New dimension");
}

void RubricPage::showLevelsOfCurrent()
{
    const QModelIndex current = m_dimensionTable->currentIndex();
    const qint64 id = current.isValid() ? m_dimensions->idAt(current.row()) : -1;
    m_levels->setDimension(id);
    if (id < 0) {
        m_levelsTitle->setText(tr("Select a dimension to see its levels."));
    } else {
        const QString name =
            m_dimensions->data(m_dimensions->index(current.row(), RubricDimensionModel::Name))
                .toString();
        m_levelsTitle->setText(
            m_dimensions->isRetired(current.row())
                ? tr("Levels of %1 (retired: kept with its assessments, no longer asked)").arg(name)
                : tr("Levels of %1 — describe each level by what a person does, one behaviour "
                     "per line")
                      .arg(name));
    }
    updateButtons();
}

void RubricPage::updateButtons()
{
    const QModelIndex current = m_dimensionTable->currentIndex();
    const bool has = current.isValid();
    m_retire->setEnabled(has);
    m_retire->setText(has && m_dimensions->isRetired(current.row()) ? tr("&Restore")
                                                                    : tr("&Retire"));
    m_up->setEnabled(has && current.row() > 0);
    m_down->setEnabled(has && current.row() + 1 < m_dimensions->rowCount());
}

void RubricPage::addItem()
{
    qint64 id = -1;
    if (!m_dimensions->addDimension(QString(), &id))
        return;
    m_dimensionTable->showId(id);
    m_dimensionTable->edit(
        m_dimensionTable->currentIndex().siblingAtColumn(RubricDimensionModel::Name));
}

void RubricPage::removeSelected()
{
    const QList<qint64> ids = m_dimensionTable->selectedIds();
    if (ids.isEmpty())
        return;
    if (!AreaView::confirmDelete(this, tr("Delete this dimension with its levels and the targets "
                                          "that use it?")))
        return;
    m_dimensions->removeDimensions(ids);
}

void RubricPage::focusSearch()
{
    m_dimensionTable->setFocus(Qt::ShortcutFocusReason);
}

void RubricPage::move(int delta)
{
    const qint64 id = m_dimensionTable->currentId();
    if (id >= 0 && m_dimensions->move(m_dimensionTable->currentIndex().row(), delta))
        m_dimensionTable->showId(id);
}

void RubricPage::toggleRetired()
{
    const QModelIndex current = m_dimensionTable->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_dimensions->idAt(current.row());
    const bool retire = !m_dimensions->isRetired(current.row());
    if (m_dimensions->setRetired({id}, retire)) {
        m_dimensionTable->showId(id);
        showLevelsOfCurrent();
        Q_EMIT statusMessage(retire ? tr("Retired: its assessments are kept, and it is no longer "
                                         "asked in new assessments.")
                                    : tr("Restored: it is asked again in new assessments."));
    }
}

} // namespace Upskill
