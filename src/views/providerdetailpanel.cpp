// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerdetailpanel.h"

#include "itemdelegate.h"
#include "provideranswermodel.h"
#include "providermodel.h"
#include "providerredflagmodel.h"
#include "providerscoremodel.h"
#include "vocabulary.h"
#include "warningbanner.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Upskill {

ProviderDetailPanel::ProviderDetailPanel(EditHistory &history, ProviderModel &providers,
                                         QWidget *parent)
    : QWidget(parent), m_providers(providers), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_banner(new WarningBanner(this)), m_tabs(new QTabWidget(this)),
      m_scores(new ProviderScoreModel(history, this)),
      m_flags(new ProviderRedFlagModel(history, this)),
      m_answers(new ProviderAnswerModel(history, this))
{
    m_empty->setText(tr("Select a provider above to score it, tick its red flags and record its "
                        "answers to the questions before signing."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scoreTable = makeTable(m_scores);
    m_scoreTable->setToolTip(tr("Type 0–5 to score the current criterion and move to the next; "
                                "Delete clears the score."));
    m_scoreTable->installEventFilter(this);
    m_flagTable = makeTable(m_flags);
    m_answerTable = makeTable(m_answers);
    // The questions and answers are sentences: wrapped, each row as high as its text.
    m_answerTable->setWordWrap(true);
    m_answerTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_scoreTable, tr("&Scorecard"));
    m_tabs->addTab(m_flagTable, tr("Red &flags"));
    m_tabs->addTab(m_answerTable, tr("&Questions before signing"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_banner);
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (ProviderSheetModel *model :
         {static_cast<ProviderSheetModel *>(m_scores), static_cast<ProviderSheetModel *>(m_flags),
          static_cast<ProviderSheetModel *>(m_answers)})
        connect(model, &ProviderSheetModel::editRefused, this, &ProviderDetailPanel::problem);
    // The totals and flags come from the provider list, which follows every edit.
    connect(&m_providers, &QAbstractItemModel::dataChanged, this,
            &ProviderDetailPanel::updateSummary);
    connect(&m_providers, &QAbstractItemModel::modelReset, this,
            &ProviderDetailPanel::updateSummary);
    setProvider(-1);
}

QTableView *ProviderDetailPanel::makeTable(QAbstractItemModel *model)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setItemDelegate(new ItemDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void ProviderDetailPanel::setProvider(qint64 providerId)
{
    const bool changed = providerId != m_provider;
    m_provider = providerId;
    m_scores->setProvider(providerId);
    m_flags->setProvider(providerId);
    m_answers->setProvider(providerId);
    m_stack->setCurrentIndex(providerId < 0 ? 0 : 1);
    if (changed && providerId >= 0) {
        // Sized to the first provider's contents once; afterwards the user's widths stay.
        static const char *const sized = "sizedOnce";
        for (QTableView *table : {m_scoreTable, m_flagTable, m_answerTable}) {
            if (table->property(sized).toBool() || table->model()->rowCount() == 0)
                continue;
            table->setProperty(sized, true);
            table->resizeColumnsToContents();
            for (int c = 0; c + 1 < table->model()->columnCount(); ++c)
                table->setColumnWidth(c, qBound(60, table->columnWidth(c) + 16, 380));
            // A question wraps rather than taking the whole width from the answer.
            if (table == m_answerTable)
                table->setColumnWidth(ProviderAnswerModel::Question,
                                      table->fontMetrics().averageCharWidth() * 60);
        }
    }
    updateSummary();
}

void ProviderDetailPanel::updateSummary()
{
    if (m_provider < 0)
        return;
    const int row = m_providers.rowOf(m_provider);
    const ProviderResult *p = m_providers.evaluation(m_provider);
    if (row < 0 || !p) {
        m_title->setText(tr("This provider is not in the list (it may have been deleted)."));
        m_summary->clear();
        m_banner->setMessage(WarningBanner::Level::Fine, QString());
        return;
    }
    m_title->setText(p->name);
    QStringList parts;
    parts.append(Vocabulary::label(Term::ProviderKind, p->kind));
    parts.append(Vocabulary::label(Term::ProviderStatus, p->status));
    if (p->total) {
        parts.append(tr("total %1").arg(ProviderEvaluation::formatTotal(p->total)));
        parts.append(tr("rank %1 of %2")
                         .arg(ProviderEvaluation::formatRank(*p))
                         .arg(m_providers.rowCount()));
    } else {
        parts.append(tr("no total: every criterion has a weight of 0"));
    }
    parts.append(tr("%1 of %2 criteria scored").arg(p->scored).arg(m_providers.criterionCount()));
    if (m_providers.questionCount() > 0)
        parts.append(tr("questions: %1")
                         .arg(ProviderEvaluation::answerSummary(*p, m_providers.questionCount())));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_banner->setMessage(WarningBanner::Level::Problem, ProviderEvaluation::redFlagSummary(*p));
}

bool ProviderDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::KeyPress;
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    // While a cell is edited its editor has the keys, so they never come through here.
    if (watched != m_scoreTable || (!press && !shortcut))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool clears = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
    if (shortcut) {
        // Delete clears a score here; it must not reach Edit → Delete, which would offer to
        // delete the whole provider.
        if (clears && m_scoreTable->currentIndex().isValid() &&
            m_scoreTable->currentIndex().column() != ProviderScoreModel::Note) {
            event->accept();
            return true;
        }
        return false;
    }
    const QModelIndex current = m_scoreTable->currentIndex();
    // The note takes text as typed; every other column takes a digit as the score.
    if (!current.isValid() || current.column() == ProviderScoreModel::Note ||
        (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const int row = current.row();
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_5) {
        if (m_scores->setScore(row, key->key() - Qt::Key_0) && row + 1 < m_scores->rowCount())
            m_scoreTable->setCurrentIndex(current.siblingAtRow(row + 1));
        return true;
    }
    if (clears) {
        m_scores->setScore(row, -1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Upskill
