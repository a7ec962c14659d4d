// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkweekdialog.h"

#include "protectedtimegridmodel.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
enum Columns { PersonColumn, HoursColumn, ReasonColumn };
constexpr double NotRecorded = -1;
} // namespace

BulkWeekDialog::BulkWeekDialog(ProtectedTimeGridModel *grid, const QDate &week, QWidget *parent)
    : QDialog(parent), m_grid(grid), m_week(new QComboBox(this)),
      m_everyoneHours(new QDoubleSpinBox(this)), m_everyoneReason(newReasonCombo(this)),
      m_table(new QTableWidget(this)), m_hint(new QLabel(this))
{
    setWindowTitle(tr("Protected time for a week"));
    for (int column = 0; column < grid->weekCount(); ++column)
        m_week->addItem(tr("Week %1 · %2")
                            .arg(column + 1)
                            .arg(QLocale().toString(grid->weekAt(column), QLocale::ShortFormat)),
                        grid->weekAt(column));
    m_everyoneHours->setRange(0, 80);
    m_everyoneHours->setDecimals(1);
    m_everyoneHours->setSingleStep(0.5);
    m_everyoneHours->setSuffix(tr(" h"));
    m_everyoneHours->setValue(grid->defaultPlanned());
    auto *fill = new QPushButton(tr("&Fill in for everyone"), this);

    auto *weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    auto *hoursLabel = new QLabel(tr("Everyone &used:"), this);
    hoursLabel->setBuddy(m_everyoneHours);
    auto *reasonLabel = new QLabel(tr("time &taken for:"), this);
    reasonLabel->setBuddy(m_everyoneReason);
    auto *top = new QHBoxLayout;
    top->addWidget(weekLabel);
    top->addWidget(m_week, 1);
    auto *everyone = new QHBoxLayout;
    everyone->addWidget(hoursLabel);
    everyone->addWidget(m_everyoneHours);
    everyone->addWidget(reasonLabel);
    everyone->addWidget(m_everyoneReason);
    everyone->addWidget(fill);
    everyone->addStretch(1);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Hours used"), tr("Time taken for")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setRowCount(grid->rowCount());
    for (int row = 0; row < grid->rowCount(); ++row) {
        m_table->setItem(row, PersonColumn, new QTableWidgetItem(grid->personName(row)));
        auto *hours = new QDoubleSpinBox(m_table);
        hours->setRange(NotRecorded, 80);
        hours->setDecimals(1);
        hours->setSingleStep(0.5);
        hours->setSpecialValueText(tr("not recorded"));
        hours->setSuffix(tr(" h"));
        hours->setAccessibleName(tr("Hours used by %1").arg(grid->personName(row)));
        m_table->setCellWidget(row, HoursColumn, hours);
        QComboBox *reason = newReasonCombo(m_table);
        reason->setAccessibleName(tr("Time taken for, %1").arg(grid->personName(row)));
        m_table->setCellWidget(row, ReasonColumn, reason);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(HoursColumn, m_table->columnWidth(HoursColumn) + 24);

    m_hint->setWordWrap(true);
    m_hint->setText(tr("The time taken for other work is kept only where someone used less than "
                       "planned. “not recorded” leaves a person's week as it is."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(everyone);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_week, &QComboBox::currentIndexChanged, this, &BulkWeekDialog::loadWeek);
    connect(fill, &QPushButton::clicked, this, [this] {
        fillEveryone(m_everyoneHours->value(), m_everyoneReason->currentData().toString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkWeekDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWeek(week);
    loadWeek();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
}

QComboBox *BulkWeekDialog::newReasonCombo(QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(nothing)"), QString());
    for (const Choice &c : Vocabulary::choices(Term::TimeReason))
        combo->addItem(c.label, c.key);
    return combo;
}

QDate BulkWeekDialog::week() const
{
    return m_week->currentData().toDate();
}

void BulkWeekDialog::setWeek(const QDate &week)
{
    const int at = m_week->findData(week);
    if (at >= 0)
        m_week->setCurrentIndex(at);
}

QDoubleSpinBox *BulkWeekDialog::hoursBox(int row) const
{
    return qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, HoursColumn));
}

QComboBox *BulkWeekDialog::reasonBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ReasonColumn));
}

void BulkWeekDialog::loadWeek()
{
    // What is recorded for the week already, so the dialog corrects as well as fills in.
    const int column = m_grid->columnOfWeek(week());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QVariant used = column >= 0 ? m_grid->usedAt(row, column) : QVariant();
        hoursBox(row)->setValue(used.isNull() ? NotRecorded : used.toDouble());
        const QString reason = column >= 0 ? m_grid->reasonAt(row, column) : QString();
        reasonBox(row)->setCurrentIndex(qMax(0, reasonBox(row)->findData(reason)));
    }
}

void BulkWeekDialog::fillEveryone(double hours, const QString &reason)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        setHours(row, hours);
        setReason(row, reason);
    }
}

void BulkWeekDialog::setHours(int row, double hours)
{
    if (QDoubleSpinBox *box = hoursBox(row))
        box->setValue(hours);
}

void BulkWeekDialog::setReason(int row, const QString &reason)
{
    if (QComboBox *box = reasonBox(row))
        box->setCurrentIndex(qMax(0, box->findData(reason)));
}

void BulkWeekDialog::accept()
{
    QList<ProtectedTimeGridModel::WeekEntry> entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const double hours = hoursBox(row)->value();
        if (hours <= NotRecorded)
            continue;
        entries.append({m_grid->personAt(row), hours, reasonBox(row)->currentData().toString()});
    }
    if (entries.isEmpty() || m_grid->setWeek(week(), entries))
        QDialog::accept();
}

} // namespace Upskill
