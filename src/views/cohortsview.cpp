// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortsview.h"

#include "cohortdialog.h"
#include "cohortmodel.h"
#include "edithistory.h"
#include "enroldialog.h"
#include "enrollmentmodel.h"
#include "programfile.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Upskill {

CohortsView::CohortsView(EditHistory &history, QWidget *parent)
    : AreaView(history, parent), m_model(new CohortModel(history, this)),
      m_roster(new EnrollmentModel(history, this)), m_table(new TableView(this)),
      m_rosterTable(new TableView(this)), m_search(new QLineEdit(this)),
      m_quarter(new QComboBox(this)), m_status(new QComboBox(this)),
      m_rosterTitle(new QLabel(this)), m_summary(new QLabel(this)),
      m_enrol(new QPushButton(tr("&Enrol participants…"), this)),
      m_withdraw(new QPushButton(tr("&Withdraw"), this)),
      m_removeEnrollment(new QPushButton(tr("Remove from cohort"), this))
{
    m_search->setPlaceholderText(tr("Filter cohorts by name, instructor or quarter"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), QString());
    for (const Choice &c : Vocabulary::choices(Term::CohortStatus))
        m_status->addItem(c.label, c.key);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Quarter:"), this));
    filters->addWidget(m_quarter);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);

    m_table->setProgramModel(m_model);
    m_table->setEmptyText(tr("No cohorts here yet. Use Edit → New cohort to plan "
                             "one, or clear the filters above."));
    m_table->hideColumn(CohortModel::Notes);
    m_table->hideColumn(CohortModel::ManagersBriefedOn);
    m_table->horizontalHeader()->setSortIndicator(CohortModel::StartDate, Qt::AscendingOrder);
    // The counts matter more than the notes-like columns: show them right after the status.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(CohortModel::Enrolled),
                        header->visualIndex(CohortModel::Status) + 1);
    header->moveSection(header->visualIndex(CohortModel::Withdrawn),
                        header->visualIndex(CohortModel::Enrolled) + 1);
    header->moveSection(header->visualIndex(CohortModel::Checklist),
                        header->visualIndex(CohortModel::Withdrawn) + 1);
    m_rosterTable->setProgramModel(m_roster);
    m_rosterTable->hideColumn(EnrollmentModel::Cohort);
    m_rosterTable->horizontalHeader()->setSortIndicator(EnrollmentModel::Participant,
                                                        Qt::AscendingOrder);
    m_rosterTable->setEmptyText(tr("Nobody is enrolled in this cohort yet. Use “Enrol "
                                   "participants…” to add engineers."));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_summary);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *rosterBar = new QHBoxLayout;
    QFont titleFont = m_rosterTitle->font();
    titleFont.setBold(true);
    m_rosterTitle->setFont(titleFont);
    rosterBar->addWidget(m_rosterTitle, 1);
    rosterBar->addWidget(m_enrol);
    rosterBar->addWidget(m_withdraw);
    rosterBar->addWidget(m_removeEnrollment);
    bottomLayout->addLayout(rosterBar);
    bottomLayout->addWidget(m_rosterTable, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    watchRefusals(m_model);
    watchRefusals(m_roster);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        m_model->select();
    });
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setQuarter(m_quarter->currentData().toString());
        m_model->select();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatus(m_status->currentData().toString());
        m_model->select();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        reloadQuarters();
        updateSummary();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        showRosterOfCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CohortsView::showRosterOfCurrent);
    connect(m_roster, &QAbstractItemModel::modelReset, this, &CohortsView::updateSummary);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == CohortModel::Checklist)
            Q_EMIT checklistRequested(m_model->idAt(index.row()));
    });
    connect(m_enrol, &QPushButton::clicked, this, &CohortsView::enrolParticipants);
    connect(m_withdraw, &QPushButton::clicked, this, &CohortsView::withdrawSelected);
    connect(m_removeEnrollment, &QPushButton::clicked, this, &CohortsView::removeFromCohort);

    m_model->select();
}

QString CohortsView::title() const
{
    return tr("Cohorts");
}

QString CohortsView::addActionText() const
{
    return tr("&New cohort…");
}

void CohortsView::reloadQuarters()
{
    const QString current = m_quarter->currentData().toString();
    const QStringList quarters = m_model->quarters();
    QStringList shown;
    for (int i = 1; i < m_quarter->count(); ++i)
        shown.append(m_quarter->itemData(i).toString());
    if (shown == quarters && m_quarter->count() > 0)
        return;
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    m_quarter->addItem(tr("All quarters"), QString());
    for (const QString &q : quarters)
        m_quarter->addItem(q, q);
    m_quarter->setCurrentIndex(qMax(0, m_quarter->findData(current)));
}

void CohortsView::updateSummary()
{
    const qint64 total = m_model->matchingRowCount();
    int warnings = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->sizeWarning(row).isEmpty())
            ++warnings;
    }
    QString text = tr("%Ln cohort(s)", nullptr, int(total));
    if (warnings > 0)
        text += QStringLiteral(" · ") + tr("%n outside the size range", nullptr, warnings);
    m_summary->setText(text);
}

void CohortsView::showRosterOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid();
    const qint64 id = has ? m_model->idAt(current.row()) : -1;
    m_roster->setCohort(id);
    m_enrol->setEnabled(has);
    m_withdraw->setEnabled(has);
    m_removeEnrollment->setEnabled(has);
    if (!has) {
        m_rosterTitle->setText(tr("Select a cohort to see its roster."));
        return;
    }
    const QString name = m_model->data(m_model->index(current.row(), CohortModel::Name)).toString();
    const int enrolled =
        m_model->data(m_model->index(current.row(), CohortModel::Enrolled)).toInt();
    const int withdrawn =
        m_model->data(m_model->index(current.row(), CohortModel::Withdrawn)).toInt();
    m_rosterTitle->setText(
        tr("Roster of %1 — %2 enrolled, %3 withdrawn").arg(name).arg(enrolled).arg(withdrawn));
}

void CohortsView::addItem()
{
    CohortDialog dialog(m_history.file().database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = -1;
    if (m_model->addRecord(dialog.values(), tr("New cohort"), &id))
        m_table->showId(id);
}

void CohortsView::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirmDelete(tr("Delete %n cohort(s) with their rosters, sessions and checklists?",
                          nullptr, int(ids.size()))))
        return;
    m_model->removeIds(ids, tr("Delete %n cohort(s)", nullptr, int(ids.size())));
}

void CohortsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CohortsView::enrolParticipants()
{
    const qint64 cohort = m_table->currentId();
    if (cohort < 0)
        return;
    const QString name =
        m_model->data(m_model->index(m_table->currentIndex().row(), CohortModel::Name)).toString();
    EnrolDialog dialog(m_history.file().database(), cohort, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int added = m_roster->enroll(cohort, dialog.selectedParticipants());
    if (added > 0)
        Q_EMIT statusMessage(tr("Enrolled %n participant(s) in %1.", nullptr, added).arg(name));
}

void CohortsView::withdrawSelected()
{
    const QList<qint64> ids = m_rosterTable->selectedIds();
    if (ids.isEmpty())
        return;
    // Several people withdrawn at once are one step in the undo history.
    m_history.stack()->beginMacro(tr("Withdraw %n participant(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        m_history.editField(QStringLiteral("enrollments"), id, QStringLiteral("status"),
                            QStringLiteral("withdrawn"), tr("Withdraw"));
        m_history.editField(QStringLiteral("enrollments"), id, QStringLiteral("withdrawn_on"),
                            QDate::currentDate().toString(Qt::ISODate), tr("Withdraw"));
    }
    m_history.stack()->endMacro();
}

void CohortsView::removeFromCohort()
{
    const QList<qint64> ids = m_rosterTable->selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirmDelete(tr("Remove %n enrollment(s) from this cohort? Withdrawing keeps the "
                          "record; removing deletes it.",
                          nullptr, int(ids.size()))))
        return;
    m_roster->removeIds(ids, tr("Remove %n enrollment(s)", nullptr, int(ids.size())));
}

} // namespace Upskill
