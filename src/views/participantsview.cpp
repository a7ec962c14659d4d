// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantsview.h"

#include "edithistory.h"
#include "enrollmentmodel.h"
#include "figurejob.h"
#include "participantdialog.h"
#include "participantmodel.h"
#include "persondataactions.h"
#include "programfile.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

ParticipantsView::ParticipantsView(EditHistory &history, QWidget *parent)
    : AreaView(history, parent), m_model(new ParticipantModel(history, this)),
      m_enrollments(new EnrollmentModel(history, this)), m_table(new TableView(this)),
      m_personData(new PersonDataActions(history, this)), m_enrollmentTable(new TableView(this)),
      m_search(new QLineEdit(this)), m_role(new QComboBox(this)), m_count(new QLabel(this)),
      m_detailTitle(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, email, team or manager"));
    m_search->setClearButtonEnabled(true);
    m_role->addItem(tr("All roles"), QString());
    for (const Choice &c : Vocabulary::choices(Term::Role))
        m_role->addItem(c.label, c.key);
    auto *enrol = new QPushButton(tr("Enrol in &cohort…"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Role:"), this));
    filters->addWidget(m_role);
    filters->addWidget(enrol);

    m_table->setProgramModel(m_model);
    m_table->hideColumn(ParticipantModel::Notes);
    m_table->horizontalHeader()->setSortIndicator(ParticipantModel::Name, Qt::AscendingOrder);
    m_table->setEmptyText(tr("No participants match. Add engineers with Edit → New "
                             "participant, or clear the search."));
    m_enrollmentTable->setProgramModel(m_enrollments);
    m_enrollmentTable->hideColumn(EnrollmentModel::Participant);
    m_enrollmentTable->setEmptyText(tr("Not enrolled in any cohort yet."));

    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_count);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detailTitle);
    bottomLayout->addWidget(m_enrollmentTable, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Searching 100,000 rows on every keystroke would stutter; wait for a short pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ParticipantsView::applySearchNow);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRole(m_role->currentData().toString());
        m_model->select();
    });
    watchRefusals(m_model);
    watchRefusals(m_enrollments);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        showCohortsOfCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsView::showCohortsOfCurrent);
    // A person's request to see or remove their data starts from their row.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_personData->exportAction());
    m_table->addAction(m_personData->eraseAction());
    connect(m_personData, &PersonDataActions::statusMessage, this, &AreaView::statusMessage);
    connect(enrol, &QPushButton::clicked, this, &ParticipantsView::enrolSelected);

    m_model->select();
}

QString ParticipantsView::title() const
{
    return tr("Participants");
}

QString ParticipantsView::addActionText() const
{
    return tr("&New participant…");
}

void ParticipantsView::applySearchNow()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text());
    m_model->select();
}

void ParticipantsView::updateCount()
{
    // Counting every match reads the whole table (~60 ms at 100,000 people): on a worker
    // thread, so the rows show as soon as they are found. A newer search drops older counts.
    const QString sql = m_model->countStatement();
    const int generation = ++m_countGeneration;
    auto *watcher = new QFutureWatcher<FigureOutcome<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const FigureOutcome<qint64> outcome = watcher->result();
        if (generation != m_countGeneration || !outcome.value)
            return;
        m_count->setText(tr("%Ln participant(s)", nullptr, int(*outcome.value)));
        Q_EMIT countShown();
    });
    watcher->setFuture(computeInBackground<qint64>(
        m_history.file().path(),
        [sql](const QSqlDatabase &db, QString *error) -> std::optional<qint64> {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                return query.value(0).toLongLong();
            *error = query.lastError().text();
            return std::nullopt;
        }));
}

QString ParticipantsView::countText() const
{
    return m_count->text();
}

void ParticipantsView::showCohortsOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : -1;
    m_enrollments->setParticipant(id);
    m_personData->setParticipant(std::max<qint64>(0, id));
    if (id < 0) {
        m_detailTitle->setText(tr("Select a person to see their cohorts."));
        return;
    }
    m_detailTitle->setText(
        tr("Cohorts of %1")
            .arg(m_model->data(m_model->index(current.row(), ParticipantModel::Name)).toString()));
}

void ParticipantsView::addItem()
{
    ParticipantDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = -1;
    if (m_model->addRecord(dialog.values(), tr("New participant"), &id))
        m_table->showId(id);
}

void ParticipantsView::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirmDelete(tr("Delete %n participant(s) with their enrollments, assessments and "
                          "other records?",
                          nullptr, int(ids.size()))))
        return;
    m_model->removeIds(ids, tr("Delete %n participant(s)", nullptr, int(ids.size())));
}

void ParticipantsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParticipantsView::enrolSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty()) {
        showProblem(tr("Select the people to enrol first."));
        return;
    }
    // Cohorts that can still take people: planned or running, newest first.
    QSqlQuery query(m_model->database());
    query.exec(QStringLiteral("SELECT id, name FROM cohorts WHERE status IN ('planned', 'running') "
                              "ORDER BY start_date DESC, name"));
    QStringList names;
    QList<qint64> cohortIds;
    while (query.next()) {
        cohortIds.append(query.value(0).toLongLong());
        names.append(query.value(1).toString());
    }
    if (names.isEmpty()) {
        showProblem(tr("There is no planned or running cohort to enrol in. Plan one under "
                       "Cohorts first."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Enrol in cohort"),
        tr("Enrol %n selected participant(s) in:", nullptr, int(ids.size())), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 cohort = cohortIds.at(names.indexOf(chosen));
    const int added = m_enrollments->enroll(cohort, ids);
    if (added >= 0)
        Q_EMIT statusMessage(tr("Enrolled %n participant(s) in %1.", nullptr, added).arg(chosen));
}

} // namespace Upskill
