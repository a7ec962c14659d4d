// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapanalysispage.h"

#include "edithistory.h"
#include "gapheatmapmodel.h"
#include "gaprankingmodel.h"
#include "gapreport.h"
#include "programfile.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Upskill {

namespace {

const QDate anyDate(2000, 1, 1);

QDateEdit *dateFilter(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    // The minimum stands for "no bound": a date filter that can also be off.
    edit->setSpecialValueText(GapAnalysisPage::tr("any"));
    edit->setDate(anyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QTableView *listView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // The priority's reason is the long column; in the rankings the dimension is.
    const bool priority =
        static_cast<GapRankingModel *>(model)->ranking() == GapRankingModel::Ranking::Priority;
    header->setSectionResizeMode(1,
                                 priority ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    header->setSectionResizeMode(2,
                                 priority ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

GapAnalysisPage::GapAnalysisPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("assessments"), QStringLiteral("participants"),
                  QStringLiteral("role_targets"), QStringLiteral("rubric_dimensions"),
                  QStringLiteral("enrollments"), QStringLiteral("cohorts"),
                  QStringLiteral("program_settings")},
                 parent),
      m_grouping(new QComboBox(this)), m_role(new QComboBox(this)), m_team(new QComboBox(this)),
      m_cohort(new QComboBox(this)), m_kinds(new QComboBox(this)), m_from(dateFilter(this)),
      m_to(dateFilter(this)), m_export(new QPushButton(tr("Export PDF…"), this)),
      m_heatmapView(new QTableView(this)), m_heatmap(new GapHeatmapModel(this))
{
    setObjectName(QStringLiteral("gapAnalysisPage"));
    m_grouping->addItem(tr("Role"), int(GapGrouping::Role));
    m_grouping->addItem(tr("Team"), int(GapGrouping::Team));
    m_grouping->addItem(tr("Cohort"), int(GapGrouping::Cohort));
    m_grouping->addItem(tr("Person"), int(GapGrouping::Person));
    m_grouping->setToolTip(tr("What the heatmap's rows are. Per person is for you alone: it is "
                              "never part of an export."));
    m_role->addItem(tr("All roles"), QString());
    for (const Choice &choice : Vocabulary::choices(Term::Role))
        m_role->addItem(choice.label, choice.key);
    m_team->setEditable(true);
    m_team->setInsertPolicy(QComboBox::NoInsert);
    m_team->lineEdit()->setPlaceholderText(tr("All teams"));
    m_cohort->setEditable(true);
    m_cohort->setInsertPolicy(QComboBox::NoInsert);
    m_cohort->lineEdit()->setPlaceholderText(tr("All cohorts"));
    for (QComboBox *box : {m_team, m_cohort}) {
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->setMinimumContentsLength(14);
    }
    m_kinds->addItem(tr("Current: self, pre, post or annual"), AssessmentScope::current().kinds);
    for (const Choice &choice : Vocabulary::choices(Term::AssessmentKind))
        m_kinds->addItem(tr("%1 only").arg(choice.label), QStringList{choice.key});
    m_kinds->addItem(tr("Any kind"), QStringList());
    m_kinds->setToolTip(tr("Which assessments count as a person's current level: the latest one "
                           "of these kinds. Self and manager ratings are never mixed into one "
                           "figure unless you choose \"Any kind\"."));

    auto *filters = new QGridLayout;
    int column = 0;
    auto addFilter = [&](const QString &label, QWidget *widget, int row) {
        auto *text = new QLabel(label, this);
        text->setBuddy(widget);
        filters->addWidget(text, row, column);
        filters->addWidget(widget, row, column + 1);
    };
    addFilter(tr("&Rows:"), m_grouping, 0);
    addFilter(tr("Assess&ments:"), m_kinds, 1);
    column = 2;
    addFilter(tr("R&ole:"), m_role, 0);
    addFilter(tr("&From:"), m_from, 1);
    column = 4;
    addFilter(tr("&Team:"), m_team, 0);
    addFilter(tr("&Up to:"), m_to, 1);
    column = 6;
    addFilter(tr("&Cohort:"), m_cohort, 0);
    filters->addWidget(m_export, 1, 7);
    filters->setColumnStretch(8, 1);

    m_heatmapView->setModel(m_heatmap);
    m_heatmapView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_heatmapView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatmapView->horizontalHeader()->setMinimumSectionSize(70);
    m_heatmapView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_heatmapView->verticalHeader()->setDefaultSectionSize(m_heatmapView->fontMetrics().height() +
                                                           8);
    m_heatmapView->verticalHeader()->hide();
    // Dimensions share the width; names too long for it show in full in the header tooltip.
    connect(m_heatmap, &QAbstractItemModel::modelReset, this, [this] {
        QHeaderView *header = m_heatmapView->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(GapHeatmapModel::Group, QHeaderView::Interactive);
        header->setSectionResizeMode(GapHeatmapModel::People, QHeaderView::ResizeToContents);
        m_heatmapView->setColumnWidth(GapHeatmapModel::Group, 220);
    });

    auto *lists = new QWidget(this);
    auto *listsLayout = new QHBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    for (auto ranking :
         {GapRankingModel::Ranking::Priority, GapRankingModel::Ranking::Largest,
          GapRankingModel::Ranking::MostCommon, GapRankingModel::Ranking::MostCritical}) {
        auto *model = new GapRankingModel(ranking, this);
        m_rankings.append(model);
        auto *box = new QWidget(lists);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *title =
            new QLabel(QStringLiteral("<b>%1</b>").arg(GapRankingModel::title(ranking)), box);
        boxLayout->addWidget(title);
        boxLayout->addWidget(listView(model, box));
        listsLayout->addWidget(box, ranking == GapRankingModel::Ranking::Priority ? 5 : 3);
    }

    auto *legend = new QLabel(this);
    QStringList swatches;
    const QList<QPair<double, QString>> steps = {{0.0, tr("met")},
                                                 {0.3, tr("under ½ level")},
                                                 {0.8, tr("under 1 level")},
                                                 {1.5, tr("1–2 levels")},
                                                 {2.5, tr("2 levels or more")}};
    for (const auto &[gap, text] : steps)
        swatches.append(QStringLiteral("<span style=\"background-color:%1; color:#212121\">"
                                       "&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                            .arg(GapReport::colourForGap(gap).name(), text));
    legend->setText(tr("Gap to target: %1 · — withheld (too few people)")
                        .arg(swatches.join(QStringLiteral(" &nbsp; "))));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heatmapView);
    topLayout->addWidget(legend);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(lists);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(statusLabel());
    layout->addWidget(m_splitter, 1);

    const auto changed = [this] { refreshSoon(); };
    for (QComboBox *box : {m_grouping, m_role, m_kinds})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *box : {m_team, m_cohort})
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, changed);
    connect(m_team, &QComboBox::activated, this, changed);
    connect(m_cohort, &QComboBox::activated, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_export, &QPushButton::clicked, this, &GapAnalysisPage::chooseExportFile);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GapAnalysisPage::showComputed);
    connect(m_heatmap, &GapHeatmapModel::fetchFailed, this, &SkillsPage::problem);
    connect(&history.file(), &ProgramFile::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("participants")) ||
            tables.contains(QStringLiteral("cohorts")))
            loadFilterChoices();
    });
    loadFilterChoices();
}

void GapAnalysisPage::loadFilterChoices()
{
    // Teams and cohorts as completion lists: 12,000 names load in a few milliseconds.
    const QString team = m_team->currentText();
    const QString cohort = m_cohort->currentText();
    QSqlQuery query(m_history.file().database());
    QStringList teams;
    if (query.exec(QStringLiteral("SELECT DISTINCT team FROM participants WHERE team <> '' "
                                  "ORDER BY team"))) {
        while (query.next())
            teams.append(query.value(0).toString());
    }
    m_team->clear();
    m_team->addItems(teams);
    m_team->setCurrentIndex(-1);
    m_team->setEditText(team);
    m_cohort->clear();
    if (query.exec(QStringLiteral("SELECT name, id FROM cohorts ORDER BY start_date DESC, name"))) {
        while (query.next())
            m_cohort->addItem(query.value(0).toString(), query.value(1));
    }
    m_cohort->setCurrentIndex(-1);
    m_cohort->setEditText(cohort);
}

GapOptions GapAnalysisPage::options() const
{
    GapOptions options;
    options.grouping = GapGrouping(m_grouping->currentData().toInt());
    options.scope.kinds = m_kinds->currentData().toStringList();
    options.scope.from = m_from->date() == anyDate ? QDate() : m_from->date();
    options.scope.to = m_to->date() == anyDate ? QDate() : m_to->date();
    options.filter.role = m_role->currentData().toString();
    options.filter.team = m_team->currentText().trimmed();
    const QString cohort = m_cohort->currentText().trimmed();
    if (!cohort.isEmpty()) {
        const int index = m_cohort->findText(cohort, Qt::MatchFixedString);
        // An unknown cohort name matches nobody rather than silently meaning "all".
        options.filter.cohortId = index >= 0 ? m_cohort->itemData(index).toLongLong() : -1;
    }
    return options;
}

void GapAnalysisPage::refresh()
{
    if (m_watcher.isRunning()) {
        m_rerun = true;
        return;
    }
    m_runningOptions = options();
    setBusy(true);
    const GapOptions options = m_runningOptions;
    m_watcher.setFuture(computeInBackground<Computed>(
        m_history.file().path(),
        [options](const QSqlDatabase &db, QString *error) -> std::optional<Computed> {
            auto result = GapAnalysis::compute(db, options, error);
            if (!result)
                return std::nullopt;
            Computed computed{*result, 0};
            if (options.grouping == GapGrouping::Person)
                computed.personCount = GapAnalysis::personCount(db, options, error);
            return computed;
        }));
}

void GapAnalysisPage::showComputed()
{
    setBusy(false);
    const FigureOutcome<Computed> outcome = m_watcher.result();
    if (m_rerun) {
        m_rerun = false;
        refresh();
        return;
    }
    if (!outcome.value) {
        statusLabel()->setText(tr("The gap analysis could not be computed: %1").arg(outcome.error));
        m_heatmap->clear();
        m_result.reset();
        return;
    }
    const GapAnalysisResult &result = outcome.value->result;
    m_result = result;
    if (result.grouping == GapGrouping::Person)
        m_heatmap->setPeople(m_history.file().database(), m_runningOptions, result.dimensions,
                             outcome.value->personCount, result.minGroupSize);
    else
        m_heatmap->setResult(result);
    for (GapRankingModel *model : std::as_const(m_rankings))
        model->setResult(result);

    QString text;
    if (result.dimensions.isEmpty())
        text = tr("The rubric has no dimensions in use. Add one on the Rubric page.");
    else if (result.peopleAssessed == 0)
        text = tr("Nobody matching these filters has a current assessment with a target. Record "
                  "assessments on the Assessments page, or set targets on the Targets page.");
    else if (result.totalsSuppressed)
        text = tr("Only %n engineer(s) match: the figures are withheld because fewer than %1 "
                  "people would be described.",
                  nullptr, result.peopleAssessed)
                   .arg(result.minGroupSize);
    else
        text = tr("%n engineer(s) with a current assessment and a target · computed in %1 ms",
                  nullptr, result.peopleAssessed)
                   .arg(outcome.milliseconds);
    statusLabel()->setText(text);
    Q_EMIT resultShown();
}

bool GapAnalysisPage::exportPdf(const QString &path, QString *error)
{
    return GapReport::exportPdf(m_history.file().database(), options(), path, error);
}

void GapAnalysisPage::chooseExportFile()
{
    if (GapGrouping(m_grouping->currentData().toInt()) == GapGrouping::Person &&
        QMessageBox::question(this, tr("Export the gap analysis"),
                              tr("The export is for sharing, so it never lists people: it will "
                                 "group the heatmap by role. Continue?")) != QMessageBox::Yes)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/gap-analysis-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the gap analysis"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    exportInBackground(path);
}

void GapAnalysisPage::exportInBackground(const QString &path)
{
    // Computing and printing a large program's analysis takes a moment: it happens on a worker
    // thread with its own connection, and the button waits for it.
    m_export->setEnabled(false);
    m_export->setText(tr("Exporting…"));
    const GapOptions exportOptions = options();
    auto *watcher = new QFutureWatcher<FigureOutcome<bool>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const FigureOutcome<bool> outcome = watcher->result();
        watcher->deleteLater();
        m_export->setEnabled(true);
        m_export->setText(tr("Export PDF…"));
        if (!outcome.value)
            Q_EMIT problem(outcome.error);
        else
            Q_EMIT statusMessage(tr("Gap analysis saved to %1").arg(path));
        Q_EMIT exported(outcome.value.has_value());
    });
    watcher->setFuture(computeInBackground<bool>(
        m_history.file().path(),
        [exportOptions, path](const QSqlDatabase &db, QString *error) -> std::optional<bool> {
            if (!GapReport::exportPdf(db, exportOptions, path, error))
                return std::nullopt;
            return true;
        }));
}

QByteArray GapAnalysisPage::saveLayout() const
{
    return m_splitter->saveState();
}

void GapAnalysisPage::restoreLayout(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace Upskill
