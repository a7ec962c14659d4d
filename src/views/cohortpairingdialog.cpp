// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortpairingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
enum Columns { MenteeColumn, MentorColumn, WhyColumn };
}

CohortPairingDialog::CohortPairingDialog(MentorshipModel *model, const CohortPairing &pairing,
                                         QWidget *parent)
    : QDialog(parent), m_model(model), m_pairing(pairing), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Pair the whole cohort"));
    auto *intro = new QLabel(
        tr("A mentor for everyone in the cohort who has none yet, chosen by how well their "
           "latest levels cover the mentee's largest gaps. Nobody gets more than %1; managers "
           "never mentor their own people. Change a mentor in the list if you know better.")
            .arg(tr("%n mentee(s)", nullptr, pairing.capacity)),
        this);
    intro->setWordWrap(true);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Mentee"), tr("Mentor"), tr("Why")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    // Proposed pairs first, then whoever could not be given a mentor.
    for (const ProposedPairing &p : pairing.pairs)
        m_mentees.append(p.menteeId);
    for (const MenteeNeeds &m : pairing.unpaired)
        m_mentees.append(m.id);
    m_table->setRowCount(int(m_mentees.size()));
    for (int row = 0; row < m_mentees.size(); ++row) {
        const qint64 mentee = m_mentees.at(row);
        const ProposedPairing *proposed =
            row < pairing.pairs.size() ? &pairing.pairs.at(row) : nullptr;
        const QString name =
            proposed ? proposed->menteeName : pairing.unpaired.at(row - pairing.pairs.size()).name;
        m_table->setItem(row, MenteeColumn, new QTableWidgetItem(name));
        auto *combo = new QComboBox(m_table);
        combo->setAccessibleName(tr("Mentor for %1").arg(name));
        if (proposed)
            combo->addItem(proposed->mentorName, proposed->mentorId);
        for (const MentorSuggestion &s : pairing.alternatives.value(mentee)) {
            if (combo->findData(s.mentorId) < 0)
                combo->addItem(s.mentorName, s.mentorId);
        }
        combo->addItem(tr("No mentor for now"), qint64(-1));
        combo->setCurrentIndex(proposed ? 0 : combo->count() - 1);
        m_table->setCellWidget(row, MentorColumn, combo);
        m_table->setItem(row, WhyColumn, new QTableWidgetItem);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            updateSummary();
        });
        updateRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MentorColumn, m_table->columnWidth(MentorColumn) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_acceptButton = buttons->addButton(tr("&Accept pairings"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CohortPairingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 28);
}

void CohortPairingDialog::updateRow(int row)
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, MentorColumn));
    const qint64 mentor = combo->currentData().toLongLong();
    const qint64 mentee = m_mentees.at(row);
    QString why;
    if (mentor < 0) {
        why = row < m_pairing.pairs.size() ? tr("Left without a mentor for now.")
                                           : tr("No mentor with room left; assign one beyond "
                                                "capacity from the page if needed.");
    } else if (row < m_pairing.pairs.size() && m_pairing.pairs.at(row).mentorId == mentor) {
        why = m_pairing.pairs.at(row).reason;
    } else {
        for (const MentorSuggestion &s : m_pairing.alternatives.value(mentee)) {
            if (s.mentorId == mentor)
                why = s.reason;
        }
    }
    m_table->item(row, WhyColumn)->setText(why);
    m_table->item(row, WhyColumn)->setToolTip(why);
}

void CohortPairingDialog::updateSummary()
{
    const int count = int(pairings().size());
    m_summary->setText(
        tr("%n pairing(s) to add; undo takes them all back at once.", nullptr, count));
    m_acceptButton->setEnabled(count > 0);
}

void CohortPairingDialog::setMentor(int row, qint64 mentorId)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, MentorColumn));
    if (combo)
        combo->setCurrentIndex(combo->findData(mentorId));
}

QList<MentorshipModel::Pairing> CohortPairingDialog::pairings() const
{
    QList<MentorshipModel::Pairing> result;
    for (int row = 0; row < m_mentees.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, MentorColumn));
        const qint64 mentor = combo ? combo->currentData().toLongLong() : -1;
        if (mentor >= 0)
            result.append({mentor, m_mentees.at(row), QString()});
    }
    return result;
}

void CohortPairingDialog::accept()
{
    const QList<MentorshipModel::Pairing> list = pairings();
    if (list.isEmpty())
        return;
    // A mentor chosen for more mentees than they have room for is refused with a message
    // naming them, and the dialog stays open to change it.
    if (m_model->addMentorships(list,
                                tr("Pair %n mentee(s) with mentors", nullptr, int(list.size()))))
        QDialog::accept();
}

} // namespace Upskill
