// SPDX-License-Identifier: GPL-3.0-or-later
#include "enroldialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int PageSize = 200;
}

EnrolDialog::EnrolDialog(const QSqlDatabase &db, qint64 cohortId, const QString &cohortName,
                         QWidget *parent)
    : QDialog(parent), m_db(db), m_cohortId(cohortId), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_hint(new QLabel(this))
{
    setWindowTitle(tr("Enrol in %1").arg(cohortName));
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search by name, email or team"));
    m_search->setClearButtonEnabled(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    layout->addWidget(new QLabel(tr("People not yet in this cohort:"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EnrolDialog::search);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_list->selectedItems().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(460, 520);
    search();
}

void EnrolDialog::search()
{
    m_list->clear();
    QString pattern = m_search->text().trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, name, email, team FROM participants p "
        "WHERE (name LIKE :p ESCAPE '\\' OR email LIKE :p ESCAPE '\\' OR team LIKE :p ESCAPE '\\') "
        "AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.participant_id = p.id "
        "                AND e.cohort_id = :cohort) "
        "ORDER BY name LIMIT :limit"));
    query.bindValue(QStringLiteral(":p"), pattern);
    query.bindValue(QStringLiteral(":cohort"), m_cohortId);
    query.bindValue(QStringLiteral(":limit"), PageSize + 1);
    int shown = 0;
    if (query.exec()) {
        while (query.next() && shown < PageSize) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                        .arg(query.value(1).toString(), query.value(3).toString(),
                                             query.value(2).toString()),
                                    m_list);
            item->setData(Qt::UserRole, query.value(0));
            ++shown;
        }
    }
    const bool more = query.isValid();
    m_hint->setText(
        shown == 0 ? tr("Nobody matches; everyone found may already be enrolled.")
        : more     ? tr("Showing the first %1 matches; type more to narrow the list.").arg(PageSize)
                   : tr("%n match(es).", nullptr, shown));
}

QList<qint64> EnrolDialog::selectedParticipants() const
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace Upskill
