// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearcomparisonpage.h"

#include "edithistory.h"
#include "gapreport.h"
#include "programfile.h"
#include "rules.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

YearComparisonPage::YearComparisonPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("assessments"), QStringLiteral("participants"),
                  QStringLiteral("role_targets"), QStringLiteral("rubric_dimensions"),
                  QStringLiteral("program_settings")},
                 parent),
      m_earlier(new QSpinBox(this)), m_later(new QSpinBox(this)), m_kinds(new QComboBox(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("yearComparisonPage"));
    const int thisYear = QDate::currentDate().year();
    for (QSpinBox *box : {m_earlier, m_later}) {
        box->setRange(2000, 2100);
        // Years read as years, not as 2,026.
        box->setGroupSeparatorShown(false);
    }
    m_earlier->setValue(thisYear - 1);
    m_later->setValue(thisYear);
    m_kinds->addItem(tr("Annual needs assessment"), QStringList{QStringLiteral("annual")});
    m_kinds->addItem(tr("Current: self, pre, post or annual"), AssessmentScope::current().kinds);
    m_kinds->addItem(tr("Self-assessment only"), QStringList{QStringLiteral("self")});
    m_kinds->addItem(tr("Manager rating only"), QStringList{QStringLiteral("manager")});

    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Dimension"), QString(), QString(), QString(), QString(),
                                        QString(), QString(), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 8; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        top->addWidget(label);
        top->addWidget(widget);
    };
    labelled(tr("Compare &year:"), m_later);
    labelled(tr("with &year:"), m_earlier);
    labelled(tr("Assess&ments:"), m_kinds);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(statusLabel());
    layout->addWidget(m_table, 1);

    const auto changed = [this] {
        m_yearsChosen = true;
        refreshSoon();
    };
    connect(m_earlier, &QSpinBox::valueChanged, this, changed);
    connect(m_later, &QSpinBox::valueChanged, this, changed);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] { refreshSoon(); });
}

void YearComparisonPage::setYears(int earlier, int later)
{
    const QSignalBlocker a(m_earlier);
    const QSignalBlocker b(m_later);
    m_earlier->setValue(earlier);
    m_later->setValue(later);
    m_yearsChosen = true;
    refreshSoon();
}

void YearComparisonPage::suggestYears()
{
    // The two latest years that have assessments of the chosen kinds, until the user picks.
    if (m_yearsChosen)
        return;
    const QList<int> years = YearComparison::yearsWithAssessments(
        m_history.file().database(), m_kinds->currentData().toStringList());
    if (years.size() >= 2) {
        const QSignalBlocker a(m_earlier);
        const QSignalBlocker b(m_later);
        m_later->setValue(years.at(0));
        m_earlier->setValue(years.at(1));
    }
}

void YearComparisonPage::refresh()
{
    if (deferWhileComputing())
        return;
    suggestYears();
    const int earlier = m_earlier->value();
    const int later = m_later->value();
    const QStringList kinds = m_kinds->currentData().toStringList();
    computeThen<YearComparisonResult>(
        [=](const QSqlDatabase &db, QString *error) {
            return YearComparison::compute(db, earlier, later, kinds, {}, error);
        },
        [this](const FigureOutcome<YearComparisonResult> &outcome) { showOutcome(outcome); });
}

void YearComparisonPage::showOutcome(const FigureOutcome<YearComparisonResult> &outcome)
{
    m_table->setRowCount(0);
    if (!outcome.value) {
        statusLabel()->setText(tr("The comparison could not be computed: %1").arg(outcome.error));
        return;
    }
    const YearComparisonResult &r = *outcome.value;
    const QLocale locale;
    const QString a = QString::number(r.earlierYear);
    const QString b = QString::number(r.laterYear);
    m_table->setHorizontalHeaderLabels({tr("Dimension"), tr("%1: people").arg(a),
                                        tr("%1: average level").arg(a), tr("%1: at target").arg(a),
                                        tr("%1: people").arg(b), tr("%1: average level").arg(b),
                                        tr("%1: at target").arg(b), tr("Change")});
    int comparable = 0;
    m_table->setRowCount(int(r.dimensions.size()));
    for (int row = 0; row < r.dimensions.size(); ++row) {
        const DimensionYears &d = r.dimensions.at(row);
        const auto put = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *item = new QTableWidgetItem(text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tip);
            m_table->setItem(row, column, item);
        };
        put(0, d.dimension.name);
        int column = 1;
        for (const YearFigures *f : {&d.earlier, &d.later}) {
            put(column, QString::number(f->people));
            if (f->people == 0 || f->suppressed) {
                const QString tip =
                    f->people ? tr("Withheld: %1").arg(Rules::suppressionReason(r.minGroupSize))
                              : QString();
                put(column + 1, f->people ? QStringLiteral("—") : QString(), tip);
                put(column + 2, f->people ? QStringLiteral("—") : QString(), tip);
            } else {
                put(column + 1, locale.toString(f->averageLevel(), 'f', 2));
                put(column + 2, f->withTarget ? locale.toString(100 * f->atTargetShare(), 'f', 0) +
                                                    QStringLiteral(" %")
                                              : QString());
            }
            column += 3;
        }
        if (d.comparable()) {
            ++comparable;
            put(7, GapReport::formatGap(d.change()));
        } else {
            put(7, QString());
        }
    }
    statusLabel()->setText(
        comparable == 0
            ? tr("No dimension has assessments of these kinds from at least %1 people in both "
                 "%2 and %3. The yearly needs assessment is recorded as kind \"annual\".")
                  .arg(r.minGroupSize)
                  .arg(r.earlierYear)
                  .arg(r.laterYear)
            : tr("Each person's latest assessment of the year counts; change is in levels."));
    Q_EMIT resultShown();
}

} // namespace Upskill
