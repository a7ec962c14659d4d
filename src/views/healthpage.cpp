// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthpage.h"

#include "edithistory.h"
#include "programfile.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {

enum Column { MessageColumn, SeverityColumn, WhereColumn, ColumnCount };
constexpr int AreaRole = Qt::UserRole + 1;    // a warning's HealthWarning::area
constexpr int ObjectRole = Qt::UserRole + 2;  // its object's id
constexpr int CheckRole = Qt::UserRole + 3;   // the HealthCheck of a group or warning
constexpr int WarningRole = Qt::UserRole + 4; // true on warnings (not groups, not "more")

QStyle::StandardPixmap pixmapFor(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Critical:
        return QStyle::SP_MessageBoxCritical;
    case HealthSeverity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case HealthSeverity::Notice:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

HealthPage::HealthPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("program_settings"), QStringLiteral("tracks"),
                  QStringLiteral("modules"), QStringLiteral("cohorts"),
                  QStringLiteral("enrollments"), QStringLiteral("participants"),
                  QStringLiteral("application_projects"), QStringLiteral("mentorships"),
                  QStringLiteral("protected_time"), QStringLiteral("community_events"),
                  QStringLiteral("community_attendance"), QStringLiteral("assessments"),
                  QStringLiteral("track_targets"), QStringLiteral("rubric_dimensions")},
                 parent),
      m_summary(new QLabel(this)), m_showAll(new QCheckBox(tr("Show &all warnings"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_goTo(new QPushButton(tr("&Go to"), this)),
      m_tree(new QTreeWidget(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("healthPage"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_showAll->setToolTip(tr("Each check lists its worst %n warning(s) and counts the rest; "
                             "tick to list every one.",
                             nullptr, DefaultLimit));
    m_refresh->setToolTip(tr("Check the program again now. The list also refreshes by itself "
                             "a moment after you change what the checks read."));
    m_goTo->setToolTip(tr("Show where the selected warning is fixed (or double-click it)"));

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Warning"), tr("Severity"), tr("Where to fix it")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(WhereColumn, fontMetrics().averageCharWidth() * 48);
    m_tree->setTextElideMode(Qt::ElideRight);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(fontMetrics().height() / 3);
    // The check's name, the warning (which may wrap), where to fix it and the advice.
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 7);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("healthSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showAll);
    top->addWidget(m_goTo);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(statusLabel());
    layout->addWidget(m_splitter, 1);

    connect(m_showAll, &QCheckBox::toggled, this, [this] { refreshSoon(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refreshSoon(); });
    connect(m_goTo, &QPushButton::clicked, this, &HealthPage::goToCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(MessageColumn, WarningRole).toBool())
            goToCurrent();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HealthPage::updateDetails);
    updateDetails();
}

void HealthPage::focusSearch()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void HealthPage::showEvent(QShowEvent *event)
{
    // "Running", "overdue" and "days after week 1" all move with the calendar.
    if (m_computedFor.isValid() && m_computedFor != QDate::currentDate())
        refreshSoon();
    FigurePage::showEvent(event);
}

void HealthPage::refresh()
{
    if (deferWhileComputing())
        return;
    HealthOptions options;
    options.today = QDate::currentDate();
    options.limitPerCheck = m_showAll->isChecked() ? 0 : DefaultLimit;
    computeThen<HealthReport>(
        [options](const QSqlDatabase &db, QString *error) {
            return ProgramHealth::compute(db, options, error);
        },
        [this](const FigureOutcome<HealthReport> &outcome) { showOutcome(outcome); });
}

void HealthPage::showOutcome(const FigureOutcome<HealthReport> &outcome)
{
    if (!outcome.value) {
        m_report.reset();
        m_tree->clear();
        m_summary->clear();
        statusLabel()->setText(
            tr("The health checks could not be computed: %1").arg(outcome.error));
        updateDetails();
        return;
    }
    m_report = outcome.value;
    m_computedFor = m_report->asOf;
    m_summary->setText(ProgramHealth::summary(*m_report));
    statusLabel()->setText(tr("As of %1 · checked in %2 ms")
                               .arg(QLocale().toString(m_report->asOf, QLocale::ShortFormat),
                                    QLocale().toString(outcome.milliseconds)));
    fillTree(*m_report);
    Q_EMIT resultShown();
}

QTreeWidgetItem *HealthPage::groupItem(const HealthGroup &group)
{
    auto *item = new QTreeWidgetItem;
    const QString title = ProgramHealth::title(group.check);
    item->setData(MessageColumn, CheckRole, int(group.check));
    item->setToolTip(MessageColumn, ProgramHealth::advice(group.check));
    if (group.total == 0) {
        item->setText(MessageColumn, tr("%1 — no warnings").arg(title));
        item->setIcon(MessageColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(SeverityColumn, tr("Passed"));
        return item;
    }
    QFont font = m_tree->font();
    font.setBold(true);
    item->setFont(MessageColumn, font);
    item->setText(MessageColumn, tr("%1 — %n warning(s)", nullptr, group.total).arg(title));
    item->setIcon(MessageColumn, style()->standardIcon(pixmapFor(group.worst())));
    item->setText(SeverityColumn, ProgramHealth::severityLabel(group.worst()));
    for (const HealthWarning &w : group.warnings) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(MessageColumn, w.message);
        child->setIcon(MessageColumn, style()->standardIcon(pixmapFor(w.severity)));
        child->setText(SeverityColumn, ProgramHealth::severityLabel(w.severity));
        child->setText(WhereColumn, ProgramHealth::whereToFix(w));
        child->setData(MessageColumn, AreaRole, w.area);
        child->setData(MessageColumn, ObjectRole, w.objectId);
        child->setData(MessageColumn, CheckRole, int(w.check));
        child->setData(MessageColumn, WarningRole, true);
        const QString tip =
            tr("%1\nDouble-click to go to %2.").arg(w.message, ProgramHealth::whereToFix(w));
        for (int column = 0; column < ColumnCount; ++column)
            child->setToolTip(column, tip);
    }
    if (group.more() > 0) {
        auto *more = new QTreeWidgetItem(item);
        more->setText(MessageColumn, tr("… and %n more; tick “Show all warnings” to list them",
                                        nullptr, group.more()));
        more->setData(MessageColumn, CheckRole, int(group.check));
        QFont italic = m_tree->font();
        italic.setItalic(true);
        more->setFont(MessageColumn, italic);
    }
    return item;
}

void HealthPage::fillTree(const HealthReport &report)
{
    // A refresh keeps what the coordinator was looking at: collapsed groups and the current
    // warning (by its check and object).
    QSet<int> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->childCount() > 0 && !item->isExpanded())
            collapsed.insert(item->data(MessageColumn, CheckRole).toInt());
    }
    QTreeWidgetItem *current = m_tree->currentItem();
    const QVariant currentCheck = current ? current->data(MessageColumn, CheckRole) : QVariant();
    const QVariant currentArea = current ? current->data(MessageColumn, AreaRole) : QVariant();
    const QVariant currentObject = current ? current->data(MessageColumn, ObjectRole) : QVariant();

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    // Checks with warnings first, then the ones the program passes.
    QList<QTreeWidgetItem *> failing;
    QList<QTreeWidgetItem *> passing;
    for (const HealthGroup &group : report.groups)
        (group.total > 0 ? failing : passing).append(groupItem(group));
    m_tree->addTopLevelItems(failing + passing);
    QTreeWidgetItem *restore = nullptr;
    for (QTreeWidgetItem *item : std::as_const(failing)) {
        item->setExpanded(!collapsed.contains(item->data(MessageColumn, CheckRole).toInt()));
        if (item->data(MessageColumn, CheckRole) == currentCheck) {
            restore = item; // the warning itself when it is still there, else its group
            for (int i = 0; i < item->childCount(); ++i) {
                QTreeWidgetItem *child = item->child(i);
                if (currentArea.isValid() && child->data(MessageColumn, AreaRole) == currentArea &&
                    child->data(MessageColumn, ObjectRole) == currentObject)
                    restore = child;
            }
        }
    }
    if (!restore && !failing.isEmpty())
        restore = failing.first()->childCount() > 0 ? failing.first()->child(0) : failing.first();
    m_tree->setCurrentItem(restore);
    updateDetails();
}

void HealthPage::updateDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool isWarning = item && item->data(MessageColumn, WarningRole).toBool();
    m_goTo->setEnabled(isWarning);
    if (!item) {
        if (!m_report)
            m_details->setText(tr("The checks look at tracks, cohorts, projects, mentors, "
                                  "protected time and the community each time this page "
                                  "opens."));
        else if (m_report->total() == 0)
            m_details->setText(tr("Nothing to fix. The checks run again by themselves a moment "
                                  "after you change the program; select a check to read what "
                                  "it looks for."));
        else
            m_details->clear();
        return;
    }
    const auto check = HealthCheck(item->data(MessageColumn, CheckRole).toInt());
    QString html = QStringLiteral("<b>%1</b>").arg(ProgramHealth::title(check).toHtmlEscaped());
    if (isWarning) {
        html += QStringLiteral("<br>%1<br>%2")
                    .arg(item->text(MessageColumn).toHtmlEscaped(),
                         tr("Where to fix it: %1 (double-click the warning or press Go to)")
                             .arg(item->text(WhereColumn))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<br><i>%1</i>").arg(ProgramHealth::advice(check).toHtmlEscaped());
    m_details->setText(html);
}

bool HealthPage::goToCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(MessageColumn, WarningRole).toBool())
        return false;
    Q_EMIT fixRequested(item->data(MessageColumn, AreaRole).toString(),
                        item->data(MessageColumn, ObjectRole).toLongLong());
    return true;
}

} // namespace Upskill
