// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementpage.h"

#include "edithistory.h"
#include "programfile.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
enum Column { Name, Email, Role, Team, Cohort, PlacementColumn, ColumnCount };
constexpr int EnrollmentRole = Qt::UserRole + 1;
} // namespace

PlacementPage::PlacementPage(EditHistory &history, QWidget *parent)
    : FigurePage(history,
                 {QStringLiteral("assessments"), QStringLiteral("enrollments"),
                  QStringLiteral("cohorts"), QStringLiteral("participants"),
                  QStringLiteral("track_targets"), QStringLiteral("tracks"),
                  QStringLiteral("rubric_dimensions")},
                 parent),
      m_track(new QComboBox(this)), m_kinds(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_mark(new QPushButton(tr("Mark as &tested out"), this))
{
    setObjectName(QStringLiteral("placementPage"));
    m_kinds->addItem(tr("Current: self, pre, post or annual"), AssessmentScope::current().kinds);
    for (const Choice &choice : Vocabulary::choices(Term::AssessmentKind))
        m_kinds->addItem(tr("%1 only").arg(choice.label), QStringList{choice.key});

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Email"), tr("Role"), tr("Team"), tr("Enrolled in"), tr("Placement")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_mark->setToolTip(tr("Sets the placement of the selected people's enrollment in this track "
                          "to \"tested out\". People not enrolled need not join at all."));

    auto *trackLabel = new QLabel(tr("T&rack:"), this);
    trackLabel->setBuddy(m_track);
    auto *kindsLabel = new QLabel(tr("Assess&ments:"), this);
    kindsLabel->setBuddy(m_kinds);
    auto *top = new QHBoxLayout;
    top->addWidget(trackLabel);
    top->addWidget(m_track);
    top->addWidget(kindsLabel);
    top->addWidget(m_kinds);
    top->addStretch(1);
    top->addWidget(m_mark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(statusLabel());
    layout->addWidget(m_table, 1);

    loadTracks();
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] { refreshSoon(); });
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] { refreshSoon(); });
    connect(m_mark, &QPushButton::clicked, this, &PlacementPage::markSelectedTestedOut);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlacementPage::updateButton);
    connect(&history.file(), &ProgramFile::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("tracks")))
            loadTracks();
    });
    updateButton();
}

void PlacementPage::loadTracks()
{
    const QVariant current = m_track->currentData();
    const QSignalBlocker blocker(m_track);
    m_track->clear();
    QSqlQuery query(m_history.file().database());
    // Foundational tracks first: testing out is about them, but any track with target levels
    // can be asked.
    if (query.exec(QStringLiteral("SELECT name, id FROM tracks ORDER BY kind <> 'foundational', "
                                  "position, id"))) {
        while (query.next())
            m_track->addItem(query.value(0).toString(), query.value(1));
    }
    m_track->setCurrentIndex(std::max(0, current.isValid() ? m_track->findData(current) : 0));
}

void PlacementPage::refresh()
{
    if (deferWhileComputing())
        return;
    const qint64 track = m_track->currentData().toLongLong();
    if (track <= 0) {
        statusLabel()->setText(tr("The program has no tracks yet."));
        m_table->setRowCount(0);
        return;
    }
    const AssessmentScope scope{m_kinds->currentData().toStringList(), {}, {}};
    computeThen<PlacementResult>(
        [track, scope](const QSqlDatabase &db, QString *error) {
            return Placement::canTestOut(db, track, scope, error);
        },
        [this](const FigureOutcome<PlacementResult> &outcome) { showOutcome(outcome); });
}

void PlacementPage::showOutcome(const FigureOutcome<PlacementResult> &outcome)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!outcome.value) {
        statusLabel()->setText(tr("The placement could not be computed: %1").arg(outcome.error));
        return;
    }
    const PlacementResult &r = *outcome.value;
    if (r.targetDimensions == 0) {
        statusLabel()->setText(tr("%1 has no target levels yet: set them on the Targets page, "
                                  "then the engineers who already reach them are listed here.")
                                   .arg(r.trackName));
        return;
    }
    statusLabel()->setText(
        r.candidates.isEmpty()
            ? tr("Nobody's latest assessment meets all %n target level(s) of %1 yet.", nullptr,
                 r.targetDimensions)
                  .arg(r.trackName)
            // The verb agrees with the engineers, so they are the sentence's own count.
            : tr("%n engineer(s) already meet %1 of %2 and can test out of it.", nullptr,
                 int(r.candidates.size()))
                  .arg(tr("all %n target level(s)", nullptr, r.targetDimensions), r.trackName));
    m_table->setRowCount(int(r.candidates.size()));
    for (int row = 0; row < r.candidates.size(); ++row) {
        const PlacementCandidate &c = r.candidates.at(row);
        const QStringList texts = {
            c.name,
            c.email,
            Vocabulary::label(Term::Role, c.role),
            c.team,
            c.cohort.isEmpty() ? tr("not enrolled") : c.cohort,
            c.placement.isEmpty() ? QString() : Vocabulary::label(Term::Placement, c.placement)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(EnrollmentRole,
                          c.placement == QLatin1String("standard") ? c.enrollmentId : qint64(0));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButton();
    Q_EMIT resultShown();
}

void PlacementPage::updateButton()
{
    int open = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.data(EnrollmentRole).toLongLong() > 0)
            ++open;
    }
    m_mark->setEnabled(open > 0);
}

int PlacementPage::markSelectedTestedOut()
{
    QList<qint64> enrollments;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = index.data(EnrollmentRole).toLongLong();
        if (id > 0)
            enrollments.append(id);
    }
    if (enrollments.isEmpty())
        return 0;
    QList<FieldChange> changes;
    for (qint64 id : std::as_const(enrollments))
        changes.append({QStringLiteral("enrollments"), id, QStringLiteral("placement"),
                        QStringLiteral("tested_out")});
    // One transaction and one undo step: either everyone selected is marked or nobody is.
    const int done = m_history.editFields(changes, tr("Mark %n participant(s) as tested out",
                                                      nullptr, int(enrollments.size())))
                         ? int(enrollments.size())
                         : 0;
    Q_EMIT statusMessage(tr("%n participant(s) marked as tested out.", nullptr, done));
    return done;
}

} // namespace Upskill
