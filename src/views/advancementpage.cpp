// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancementpage.h"

#include "edithistory.h"
#include "gapreport.h"
#include "programfile.h"
#include "rules.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

AdvancementPage::AdvancementPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("assessments"), QStringLiteral("enrollments"),
                  QStringLiteral("cohorts"), QStringLiteral("rubric_dimensions"),
                  QStringLiteral("program_settings")},
                 parent),
      m_cohort(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("advancementPage"));
    m_cohort->setEditable(true);
    m_cohort->setInsertPolicy(QComboBox::NoInsert);
    m_cohort->completer()->setFilterMode(Qt::MatchContains);
    m_cohort->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_cohort->setMinimumContentsLength(24);
    auto *label = new QLabel(tr("&Cohort:"), this);
    label->setBuddy(m_cohort);

    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_summary->setTextFormat(Qt::RichText);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Dimension"), tr("People with pre and post"),
                                        tr("Before (average level)"), tr("After (average level)"),
                                        tr("Advancement")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_cohort);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(statusLabel());

    loadCohorts();
    connect(m_cohort, &QComboBox::activated, this, [this] { refreshSoon(); });
    connect(m_cohort->lineEdit(), &QLineEdit::editingFinished, this, [this] { refreshSoon(); });
    connect(&history.file(), &ProgramFile::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("cohorts")))
            loadCohorts();
    });
}

void AdvancementPage::loadCohorts()
{
    const QVariant current = m_cohort->currentData();
    m_cohort->clear();
    m_cohort->addItem(tr("All cohorts"), 0);
    QSqlQuery query(m_history.file().database());
    // Cohorts that have pre assessments first would hide planned ones; newest first is what a
    // coordinator looks for.
    if (query.exec(QStringLiteral("SELECT name, id FROM cohorts ORDER BY start_date DESC, name"))) {
        while (query.next())
            m_cohort->addItem(query.value(0).toString(), query.value(1));
    }
    const int index = current.isValid() ? m_cohort->findData(current) : 0;
    m_cohort->setCurrentIndex(std::max(0, index));
}

void AdvancementPage::setCohort(qint64 cohortId)
{
    const int index = m_cohort->findData(cohortId);
    if (index >= 0) {
        m_cohort->setCurrentIndex(index);
        refreshSoon();
    }
}

void AdvancementPage::refresh()
{
    if (deferWhileComputing())
        return;
    const int index = m_cohort->findText(m_cohort->currentText(), Qt::MatchFixedString);
    const qint64 cohort = index >= 0 ? m_cohort->itemData(index).toLongLong() : -1;
    if (cohort < 0) {
        m_summary->setText(tr("There is no cohort called \"%1\".").arg(m_cohort->currentText()));
        m_table->setRowCount(0);
        return;
    }
    computeThen<AdvancementResult>(
        [cohort](const QSqlDatabase &db, QString *error) {
            return Advancement::compute(db, cohort, error);
        },
        [this](const FigureOutcome<AdvancementResult> &outcome) { showOutcome(outcome); });
}

void AdvancementPage::showOutcome(const FigureOutcome<AdvancementResult> &outcome)
{
    m_table->setRowCount(0);
    if (!outcome.value) {
        m_summary->setText(tr("The advancement could not be computed: %1").arg(outcome.error));
        return;
    }
    const AdvancementResult &r = *outcome.value;
    const QLocale locale;
    if (r.people == 0) {
        m_summary->setText(r.awaitingPost > 0
                               ? tr("%n people have a pre assessment and wait for their post "
                                    "assessment.",
                                    nullptr, r.awaitingPost)
                               : tr("No pre and post assessments recorded for this yet. Record "
                                    "them on the Assessments page (bulk entry works per cohort)."));
    } else if (r.suppressed) {
        m_summary->setText(tr("Withheld: only %1 with both a pre and a post assessment, and the "
                              "program shows no figure about fewer than %2 people.")
                               .arg(tr("%n person(s)", nullptr, r.people))
                               .arg(r.minGroupSize));
    } else {
        const QString verdict = r.meetsTarget()
                                    ? QStringLiteral("<span style=\"color:#2e7d32\">%1</span>")
                                          .arg(tr("meets the target"))
                                    : QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                          .arg(tr("below the target"));
        const QString target =
            r.targetLevels == 1.0
                ? tr("at least one level")
                : tr("at least %1 levels").arg(locale.toString(r.targetLevels, 'g', 3));
        m_summary->setText(tr("Average advancement <b>%1 levels</b> over %2 — %3 of %4.")
                               .arg(GapReport::formatGap(r.averageAdvancement()))
                               .arg(tr("%n people", nullptr, r.people))
                               .arg(verdict, target));
    }
    QString status;
    if (r.awaitingPost > 0 && r.people > 0)
        status = tr("%n more people are still waiting for their post assessment.", nullptr,
                    r.awaitingPost);
    statusLabel()->setText(status);

    m_table->setRowCount(int(r.dimensions.size()));
    for (int row = 0; row < r.dimensions.size(); ++row) {
        const DimensionAdvancement &d = r.dimensions.at(row);
        const auto put = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (d.suppressed && column > 1)
                item->setToolTip(tr("Withheld: %1").arg(Rules::suppressionReason(r.minGroupSize)));
            m_table->setItem(row, column, item);
        };
        put(0, d.dimension.name);
        put(1, QString::number(d.people));
        if (d.people == 0 || d.suppressed) {
            for (int c = 2; c < 5; ++c)
                put(c, d.people == 0 ? QString() : QStringLiteral("—"));
            continue;
        }
        put(2, locale.toString(d.averagePre(), 'f', 2));
        put(3, locale.toString(d.averagePost(), 'f', 2));
        put(4, GapReport::formatGap(d.averageAdvancement()));
    }
    Q_EMIT resultShown();
}

} // namespace Upskill
