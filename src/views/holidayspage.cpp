// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidayspage.h"

#include "areaview.h"
#include "holidaymodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Upskill {

HolidaysPage::HolidaysPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_model(new HolidayModel(history, this)), m_search(new QLineEdit(this)),
      m_info(new QLabel(this)), m_add(new QPushButton(tr("&Add holiday"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_table(new TableView(this))
{
    setObjectName(QStringLiteral("holidaysPage"));
    m_search->setPlaceholderText(tr("Find a holiday by name or date"));
    m_search->setClearButtonEnabled(true);
    m_info->setWordWrap(true);
    m_remove->setEnabled(false);
    m_table->setProgramModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(HolidayModel::Day, Qt::AscendingOrder);
    // The name last, where it has the room the others leave.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(HolidayModel::Name), header->count() - 1);

    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);

    watchRefusals(m_model);
    connect(m_search, &QLineEdit::textChanged, m_model, &HolidayModel::setSearchText);
    connect(m_add, &QPushButton::clicked, this, &HolidaysPage::addItem);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_remove->setEnabled(m_table->selectionModel()->hasSelection());
        updateTexts();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HolidaysPage::updateTexts);
    updateTexts();
}

QString HolidaysPage::addActionText() const
{
    return tr("&New holiday");
}

QString HolidaysPage::infoText() const
{
    return m_info->text();
}

void HolidaysPage::updateTexts()
{
    const qint64 holidays = m_model->matchingRowCount();
    int clashing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, HolidayModel::Sessions)).toInt() > 0)
            ++clashing;
    }
    QString text = tr("Generated schedules skip these days; a week without a free weekday moves "
                      "the rest of a schedule on by a week.");
    if (clashing > 0)
        text += QLatin1Char(' ') + tr("Sessions are planned on %n of them.", nullptr, clashing);
    m_info->setText(text);
    m_table->setEmptyText(
        m_search->text().trimmed().isEmpty() || holidays > 0
            ? tr("No holidays yet. Add the days your organisation is closed — public holidays, a "
                 "company-wide break — and generated schedules leave them free.")
            : tr("No holiday matches “%1”.").arg(m_search->text().trimmed()));
}

void HolidaysPage::addItem()
{
    QDate day;
    if (!m_model->addHoliday(&day))
        return;
    const int row = m_model->rowOfDay(day);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, HolidayModel::Day);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
}

QList<QDate> HolidaysPage::selectedDays() const
{
    QList<QDate> days;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        days.append(m_model->dayAt(index.row()));
    return days;
}

void HolidaysPage::removeSelected()
{
    const QList<QDate> days = selectedDays();
    if (days.isEmpty() ||
        !AreaView::confirmDelete(this, tr("Delete %n holiday(s)?", nullptr, int(days.size()))))
        return;
    m_model->removeDays(days);
}

void HolidaysPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray HolidaysPage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void HolidaysPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace Upskill
