// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentspage.h"

#include "areaview.h"
#include "assessmentdialog.h"
#include "assessmentmodel.h"
#include "bulkassessmentdialog.h"
#include "edithistory.h"
#include "participantmodel.h"
#include "participantskillsummarymodel.h"
#include "programfile.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

AssessmentsPage::AssessmentsPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_participants(new ParticipantModel(history, this)),
      m_assessments(new AssessmentModel(history, this)),
      m_summary(new ParticipantSkillSummaryModel(history.file(), this)),
      m_participantTable(new TableView(this)), m_summaryTable(new QTableView(this)),
      m_historyTable(new TableView(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_title(new QLabel(this)), m_detail(new QStackedWidget(this)),
      m_record(new QPushButton(tr("&Record assessment…"), this)),
      m_removeAssessment(new QPushButton(tr("Delete assessment"), this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("assessments"));
    auto *bulk = new QPushButton(tr("&Bulk entry for a cohort…"), this);
    bulk->setToolTip(tr("Rate everyone in a cohort at once, from the keyboard."));

    m_search->setPlaceholderText(tr("Find a participant by name, email, team or manager"));
    m_search->setClearButtonEnabled(true);
    m_participantTable->setProgramModel(m_participants);
    for (int column = 0; column < m_participants->columnCount(); ++column) {
        if (column != ParticipantModel::Name && column != ParticipantModel::Role &&
            column != ParticipantModel::Team)
            m_participantTable->hideColumn(column);
    }
    // The team tells apart two people of the same name; it takes the width that is left.
    m_participantTable->horizontalHeader()->setStretchLastSection(false);
    m_participantTable->horizontalHeader()->setSectionResizeMode(ParticipantModel::Team,
                                                                 QHeaderView::Stretch);
    m_participantTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantTable->horizontalHeader()->setSortIndicator(ParticipantModel::Name,
                                                             Qt::AscendingOrder);
    m_participantTable->setEmptyText(tr("Nobody matches. Clear the search, or add engineers "
                                        "under Participants."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_participantTable, 1);
    leftLayout->addWidget(m_count);

    m_summaryTable->setModel(m_summary);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryTable->setAlternatingRowColors(true);
    m_summaryTable->verticalHeader()->setVisible(false);
    m_summaryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_summaryTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(
        ParticipantSkillSummaryModel::Dimension, QHeaderView::ResizeToContents);
    m_summaryTable->setToolTip(tr("The latest level of each kind. Self and manager ratings are "
                                  "shown side by side and never averaged."));
    m_historyTable->setProgramModel(m_assessments);
    m_historyTable->horizontalHeader()->setSortIndicator(AssessmentModel::AssessedOn,
                                                         Qt::DescendingOrder);
    m_historyTable->setEmptyText(tr("No assessments yet. Use “Record assessment…”."));
    QHeaderView *header = m_historyTable->horizontalHeader();
    header->moveSection(header->visualIndex(AssessmentModel::AssessedOn),
                        header->visualIndex(AssessmentModel::Dimension));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *historyTitle = new QLabel(tr("History"), this);
    historyTitle->setFont(bold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_record);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(historyTitle, 1);
    historyBar->addWidget(m_removeAssessment);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_summaryTable);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(historyBar);
    contentLayout->addWidget(m_historyTable, 1);

    auto *empty = new QLabel(tr("Pick a participant to see their assessments.\n\nTo rate a whole "
                                "cohort at once, use “Bulk entry for a cohort…”."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_detail->addWidget(empty);
    m_detail->addWidget(content);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rightBar = new QHBoxLayout;
    rightBar->addStretch(1);
    rightBar->addWidget(bulk);
    rightLayout->addLayout(rightBar);
    rightLayout->addWidget(m_detail, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Wide enough for name, role and team side by side; a saved layout replaces it.
    m_splitter->setSizes({460, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Searching 100,000 people on every keystroke would stutter; wait for a short pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AssessmentsPage::applySearchNow);
    watchRefusals(m_participants);
    watchRefusals(m_assessments);
    // The summary is as tall as its rows (one per dimension asked); the history takes the rest.
    connect(m_summary, &QAbstractItemModel::modelReset, this, [this] {
        m_summaryTable->setFixedHeight(m_summaryTable->horizontalHeader()->sizeHint().height() +
                                       m_summaryTable->verticalHeader()->length() +
                                       2 * m_summaryTable->frameWidth());
    });
    connect(m_participants, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showCurrentParticipant();
    });
    connect(m_participantTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessmentsPage::showCurrentParticipant);
    connect(m_record, &QPushButton::clicked, this, &AssessmentsPage::recordAssessment);
    connect(bulk, &QPushButton::clicked, this, &AssessmentsPage::bulkEntry);
    connect(m_removeAssessment, &QPushButton::clicked, this, &AssessmentsPage::removeSelected);

    m_participants->select();
}

QString AssessmentsPage::addActionText() const
{
    return tr("&Record assessment…");
}

qint64 AssessmentsPage::currentParticipant() const
{
    return m_participantTable->currentId();
}

void AssessmentsPage::applySearchNow()
{
    m_searchDelay->stop();
    m_participants->setSearchText(m_search->text());
    m_participants->select();
}

void AssessmentsPage::updateCount()
{
    m_count->setText(tr("%Ln participant(s)", nullptr, int(m_participants->matchingRowCount())));
}

void AssessmentsPage::showCurrentParticipant()
{
    // No one is picked for the user: with 100,000 people the first row means nothing, and
    // an assessment recorded for the wrong person is worse than one click more.
    const qint64 id = currentParticipant();
    m_summary->setParticipant(id);
    m_assessments->setParticipant(id);
    m_detail->setCurrentIndex(id < 0 ? 0 : 1);
    m_record->setEnabled(id >= 0);
    m_removeAssessment->setEnabled(id >= 0);
    if (id >= 0) {
        const QModelIndex current = m_participantTable->currentIndex();
        m_title->setText(
            tr("Skills of %1 — the latest level of each kind")
                .arg(m_participants->data(current.siblingAtColumn(ParticipantModel::Name))
                         .toString()));
    }
}

void AssessmentsPage::addItem()
{
    recordAssessment();
}

void AssessmentsPage::recordAssessment()
{
    const qint64 id = currentParticipant();
    if (id < 0) {
        Q_EMIT problem(tr("Pick the participant to assess first."));
        return;
    }
    const QString name =
        m_participants
            ->data(m_participantTable->currentIndex().siblingAtColumn(ParticipantModel::Name))
            .toString();
    AssessmentDialog dialog(m_history, id, name, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Recorded the assessment of %1.").arg(name));
}

void AssessmentsPage::bulkEntry()
{
    // Cohorts that are going on first, then those planned, then the finished ones, newest
    // first within each; a picked person's own latest cohort is proposed.
    QSqlQuery query(m_history.file().database());
    query.exec(QStringLiteral("SELECT id, name FROM cohorts WHERE status <> 'cancelled' ORDER BY "
                              "CASE status WHEN 'running' THEN 0 WHEN 'planned' THEN 1 ELSE 2 "
                              "END, start_date DESC, name"));
    QStringList names;
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        names.append(query.value(1).toString());
    }
    if (ids.isEmpty()) {
        Q_EMIT problem(tr("There is no cohort to rate yet; plan one under Cohorts first."));
        return;
    }
    int proposed = 0;
    if (const qint64 person = currentParticipant(); person >= 0) {
        QSqlQuery own(m_history.file().database());
        own.prepare(QStringLiteral("SELECT e.cohort_id FROM enrollments e JOIN cohorts c ON "
                                   "c.id = e.cohort_id WHERE e.participant_id = ? AND c.status "
                                   "<> 'cancelled' ORDER BY c.start_date DESC LIMIT 1"));
        own.addBindValue(person);
        if (own.exec() && own.next())
            proposed = qMax(0, int(ids.indexOf(own.value(0).toLongLong())));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Bulk entry"), tr("Rate the participants of cohort:"), names,
                              proposed, false, &ok);
    if (!ok)
        return;
    BulkAssessmentDialog dialog(m_history, ids.at(names.indexOf(chosen)), chosen, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(
            tr("Saved %n rating(s) for %1.", nullptr, dialog.savedCount()).arg(chosen));
}

void AssessmentsPage::removeSelected()
{
    const QList<qint64> ids = m_historyTable->selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT problem(tr("Select the assessments to delete in the history first."));
        return;
    }
    if (!AreaView::confirmDelete(this,
                                 tr("Delete %n assessment level(s)?", nullptr, int(ids.size()))))
        return;
    m_assessments->removeIds(ids, tr("Delete %n assessment level(s)", nullptr, int(ids.size())));
}

void AssessmentsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Upskill
