// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentorshippage.h"

#include "assignmentordialog.h"
#include "cohortpairingdialog.h"
#include "edithistory.h"
#include "mentorshipmodel.h"
#include "programfile.h"
#include "programsettings.h"
#include "projecttracking.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int PersonRole = Qt::UserRole;
constexpr int SuggestionCount = 8;
} // namespace

MentorshipPage::MentorshipPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new MentorshipModel(history), QStringLiteral("mentorships"), parent),
      m_mentorships(static_cast<MentorshipModel *>(table()->model())),
      m_unmentored(new QListWidget(this)), m_unmentoredTitle(new QLabel(this)),
      m_suggestions(new QListWidget(this)), m_suggestionsTitle(new QLabel(this)),
      m_pairSelected(new QPushButton(tr("Pair with this &mentor"), this)),
      m_pairWhole(new QPushButton(tr("&Pair the whole cohort…"), this)),
      m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mentorshipPage"));
    auto *assignButton = new QPushButton(tr("&Assign mentor…"), this);
    assignButton->setToolTip(tr("Pairs a mentor of your choice with a participant; beyond the "
                                "mentor's capacity only with a reason."));
    m_pairWhole->setToolTip(tr("Proposes a mentor for everyone without one, within every "
                               "mentor's capacity, for you to accept or change."));
    toolBar()->addStretch(1);
    toolBar()->addWidget(assignButton);
    toolBar()->addWidget(m_pairWhole);
    addRemoveButton();

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_unmentoredTitle->setBuddy(m_unmentored);
    m_suggestionsTitle->setBuddy(m_suggestions);
    m_suggestionsTitle->setWordWrap(true);
    m_suggestions->setWordWrap(true);
    m_suggestions->setAlternatingRowColors(true);
    m_suggestions->setToolTip(tr("Alumni, AI champions and mentors with room left, best match "
                                 "for the mentee's largest gaps first. Double-click to pair."));
    m_pairSelected->setEnabled(false);
    side->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    sideLayout->addWidget(m_unmentoredTitle);
    sideLayout->addWidget(m_unmentored, 2);
    sideLayout->addWidget(m_suggestionsTitle);
    sideLayout->addWidget(m_suggestions, 3);
    sideLayout->addWidget(m_pairSelected);

    layout()->replaceWidget(table(), m_horizontal);
    m_horizontal->addWidget(table());
    m_horizontal->addWidget(side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    m_splitter = m_horizontal;
    rememberSplitters({m_horizontal});
    startWithRunningCohort();

    // The load beside the mentor it is about.
    QHeaderView *header = table()->horizontalHeader();
    header->moveSection(header->visualIndex(MentorshipModel::MentorLoadColumn),
                        header->visualIndex(MentorshipModel::Mentor) + 1);
    header->moveSection(header->visualIndex(MentorshipModel::Mentee), 1);

    connect(assignButton, &QPushButton::clicked, this, &MentorshipPage::addItem);
    connect(m_pairWhole, &QPushButton::clicked, this, &MentorshipPage::pairWholeCohort);
    connect(m_unmentored, &QListWidget::currentItemChanged, this,
            &MentorshipPage::suggestForCurrent);
    connect(m_unmentored, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { assign(item->data(PersonRole).toLongLong(), -1); });
    connect(m_suggestions, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_pairSelected->setEnabled(item != nullptr); });
    auto pairWithSuggestion = [this] {
        const QListWidgetItem *mentor = m_suggestions->currentItem();
        if (!mentor || m_suggestedFor < 0)
            return;
        const qint64 mentee = m_suggestedFor;
        if (m_mentorships->addMentorship(mentor->data(PersonRole).toLongLong(), mentee))
            Q_EMIT statusMessage(tr("Paired %1 with %2.")
                                     .arg(m_unmentored->currentItem()
                                              ? m_unmentored->currentItem()->text()
                                              : QString(),
                                          mentor->data(Qt::UserRole + 1).toString()));
    };
    connect(m_pairSelected, &QPushButton::clicked, this, pairWithSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, pairWithSuggestion);
    connect(&m_suggestWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_suggestAgain) {
            m_suggestAgain = false;
            suggestForCurrent();
            return;
        }
        showSuggestions(m_suggestWatcher.result());
        m_suggesting = false;
    });
    connect(&m_proposalWatcher, &QFutureWatcherBase::finished, this,
            [this] { showProposal(m_proposalWatcher.result()); });
    connect(&history.file(), &ProgramFile::tablesChanged, this, &MentorshipPage::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table) { onTablesChanged({table}); });
    updateUnmentored();
}

QString MentorshipPage::title()
{
    return tr("Mentorship");
}

QString MentorshipPage::addActionText() const
{
    return tr("&New mentorship…");
}

void MentorshipPage::addItem()
{
    const QListWidgetItem *current = m_unmentored->currentItem();
    const QListWidgetItem *mentor = m_suggestions->currentItem();
    assign(current ? current->data(PersonRole).toLongLong() : -1,
           mentor ? mentor->data(PersonRole).toLongLong() : -1);
}

void MentorshipPage::assign(qint64 menteeId, qint64 mentorId)
{
    if (cohort() < 0) {
        Q_EMIT problem(tr("Choose a cohort first: a mentorship belongs to one."));
        return;
    }
    AssignMentorDialog dialog(m_mentorships, menteeId, mentorId, this);
    dialog.exec();
}

void MentorshipPage::pairWholeCohort()
{
    if (cohort() < 0 || m_proposalWatcher.isRunning())
        return;
    m_pairWhole->setEnabled(false);
    m_pairWhole->setText(tr("Finding mentors…"));
    const qint64 cohortId = cohort();
    m_proposalCohort = cohortId;
    m_proposalWatcher.setFuture(computeInBackground<CohortPairing>(
        m_history.file().path(), [cohortId](const QSqlDatabase &db, QString *error) {
            return MentorMatching::proposeForCohort(db, cohortId, error);
        }));
}

void MentorshipPage::showProposal(const FigureOutcome<CohortPairing> &outcome)
{
    m_pairWhole->setText(tr("&Pair the whole cohort…"));
    m_pairWhole->setEnabled(cohort() >= 0);
    // Another cohort was chosen meanwhile: the proposal is no longer about the page showing.
    if (m_proposalCohort != cohort())
        return;
    if (!outcome.value) {
        Q_EMIT problem(tr("The pairing could not be worked out: %1").arg(outcome.error));
        return;
    }
    const CohortPairing &pairing = *outcome.value;
    if (pairing.pairs.isEmpty() && pairing.unpaired.isEmpty()) {
        Q_EMIT statusMessage(tr("Everyone in this cohort has a mentor."));
        return;
    }
    CohortPairingDialog dialog(m_mentorships, pairing, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Added %n mentorship(s).", nullptr, int(dialog.pairings().size())));
}

void MentorshipPage::showCohort(qint64 cohortId)
{
    m_mentorships->setCohort(cohortId);
    m_pairWhole->setEnabled(cohortId >= 0 && !m_proposalWatcher.isRunning());
    updateUnmentored();
}

void MentorshipPage::onTablesChanged(const QStringList &tables)
{
    for (const QString &t : tables) {
        if (t == QLatin1String("mentorships") || t == QLatin1String("enrollments") ||
            t == QLatin1String("participants") || t == QLatin1String("assessments") ||
            t == QLatin1String("program_settings")) {
            updateUnmentored();
            return;
        }
    }
}

void MentorshipPage::updateUnmentored()
{
    const qint64 current = m_unmentored->currentItem()
                               ? m_unmentored->currentItem()->data(PersonRole).toLongLong()
                               : -1;
    const QSignalBlocker blocker(m_unmentored);
    m_unmentored->clear();
    if (cohort() >= 0) {
        QSqlQuery query(m_history.file().database());
        query.prepare(QStringLiteral(
            "SELECT p.id, p.name, p.team FROM enrollments e JOIN participants p ON p.id = "
            "e.participant_id WHERE e.cohort_id = ? AND e.status <> 'withdrawn' AND NOT EXISTS "
            "(SELECT 1 FROM mentorships m WHERE m.mentee_id = p.id AND m.cohort_id = "
            "e.cohort_id) ORDER BY p.name, p.id"));
        query.addBindValue(cohort());
        if (query.exec()) {
            while (query.next()) {
                auto *item = new QListWidgetItem(query.value(1).toString(), m_unmentored);
                item->setData(PersonRole, query.value(0).toLongLong());
                if (!query.value(2).toString().isEmpty())
                    item->setToolTip(tr("Team %1").arg(query.value(2).toString()));
                if (item->data(PersonRole).toLongLong() == current)
                    m_unmentored->setCurrentItem(item);
            }
        }
    }
    m_unmentoredTitle->setText(m_unmentored->count() == 0
                                   ? tr("&Without a mentor: nobody")
                                   : tr("&Without a mentor: %1").arg(m_unmentored->count()));
    if (!m_unmentored->currentItem() && m_unmentored->count() > 0)
        m_unmentored->setCurrentRow(0);
    suggestForCurrent();
}

void MentorshipPage::suggestForCurrent()
{
    const QListWidgetItem *item = m_unmentored->currentItem();
    const qint64 mentee = item ? item->data(PersonRole).toLongLong() : -1;
    if (m_suggestWatcher.isRunning()) {
        m_suggestAgain = true;
        return;
    }
    m_suggestedFor = mentee;
    m_suggestions->clear();
    m_pairSelected->setEnabled(false);
    if (mentee < 0 || cohort() < 0) {
        m_suggestionsTitle->setText(m_unmentored->count() == 0 && cohort() >= 0
                                        ? tr("Everyone in this cohort has a mentor.")
                                        : tr("Choose someone without a mentor to see the "
                                             "mentors suggested for them."));
        return;
    }
    m_suggestionsTitle->setText(tr("Finding mentors for %1…").arg(item->text()));
    m_suggesting = true;
    const qint64 cohortId = cohort();
    m_suggestWatcher.setFuture(computeInBackground<QList<MentorSuggestion>>(
        m_history.file().path(), [cohortId, mentee](const QSqlDatabase &db, QString *error) {
            return MentorMatching::suggest(db, cohortId, mentee, SuggestionCount, error);
        }));
}

void MentorshipPage::showSuggestions(const FigureOutcome<QList<MentorSuggestion>> &outcome)
{
    m_suggestions->clear();
    const QListWidgetItem *item = m_unmentored->currentItem();
    const QString name = item ? item->text() : QString();
    if (!outcome.value) {
        m_suggestionsTitle->setText(tr("No suggestions: %1").arg(outcome.error));
        return;
    }
    if (outcome.value->isEmpty()) {
        m_suggestionsTitle->setText(
            tr("Nobody can take %1: every alumnus, champion and mentor is at capacity or is "
               "their manager. “Assign mentor” can go beyond capacity with a reason.")
                .arg(name));
        return;
    }
    m_suggestionsTitle->setText(tr("&Suggested mentors for %1:").arg(name));
    for (const MentorSuggestion &s : *outcome.value) {
        auto *entry = new QListWidgetItem(tr("%1\n%2").arg(s.mentorName, s.reason), m_suggestions);
        entry->setData(PersonRole, s.mentorId);
        entry->setData(Qt::UserRole + 1, s.mentorName);
        entry->setToolTip(s.reason);
    }
}

QString MentorshipPage::cohortEmptyText() const
{
    return tr("No mentorships in this cohort yet. “Pair the whole cohort” proposes a mentor for "
              "everyone at once; or choose someone under “Without a mentor” to see the mentors "
              "suggested for them.");
}

QString MentorshipPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    const ProgramSettings settings = ProgramSettings::load(m_history.file().database());
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM enrollments WHERE cohort_id = :c AND status <> "
        "'withdrawn'), (SELECT count(DISTINCT m.mentee_id) FROM mentorships m JOIN enrollments e "
        "ON e.participant_id = m.mentee_id AND e.cohort_id = m.cohort_id AND e.status <> "
        "'withdrawn' WHERE m.cohort_id = :c)"));
    query.bindValue(QStringLiteral(":c"), cohort());
    int participants = 0;
    int mentored = 0;
    if (query.exec() && query.next()) {
        participants = query.value(0).toInt();
        mentored = query.value(1).toInt();
    }
    QString line = tr("%1 · %2 · %3 of %4 participants have a mentor · at most %5 per mentor")
                       .arg(facts.name, endPhrase(facts))
                       .arg(mentored)
                       .arg(participants)
                       .arg(tr("%n mentee(s)", nullptr, settings.mentorCapacity));
    const MentorshipPeriod period = m_mentorships->period();
    if (period.to.isValid())
        line +=
            QStringLiteral(" · ") + tr("new mentorships run until %1")
                                        .arg(QLocale().toString(period.to, QLocale::ShortFormat));
    return line;
}

QString MentorshipPage::removeQuestion(int count) const
{
    return tr("Delete %n mentorship(s)?", nullptr, count);
}

bool MentorshipPage::removeRows(const QList<qint64> &ids)
{
    return m_mentorships->removeMentorships(ids);
}

} // namespace Upskill
