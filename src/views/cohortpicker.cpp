// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortpicker.h"

#include "programfile.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardItemModel>

namespace Upskill {

namespace {
constexpr int CohortIdRole = Qt::UserRole;
}

CohortPicker::CohortPicker(ProgramFile &file, QWidget *parent)
    : QComboBox(parent), m_file(file), m_cohorts(new QStandardItemModel(this))
{
    setModel(m_cohorts);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    // Sized by a length, not by its items: measuring ten thousand names would slow the first
    // show.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32);
    lineEdit()->setPlaceholderText(tr("Type part of a cohort's name"));
    setToolTip(tr("The cohorts, newest first. Type any part of a cohort's name to find it."));
    QCompleter *finder = completer();
    finder->setFilterMode(Qt::MatchContains);
    finder->setCaseSensitivity(Qt::CaseInsensitive);
    finder->setCompletionMode(QCompleter::PopupCompletion);
    finder->setMaxVisibleItems(15);

    connect(this, &QComboBox::currentIndexChanged, this, &CohortPicker::onPicked);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int match = findText(currentText(), Qt::MatchFixedString);
        if (match >= 0)
            setCurrentIndex(match);
        else
            setEditText(itemText(currentIndex()));
    });
    connect(&file, &ProgramFile::tablesChanged, this, &CohortPicker::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this, &CohortPicker::onRowChanged);
}

void CohortPicker::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QComboBox::showEvent(event);
}

void CohortPicker::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    // Typing a name replaces the one shown. Deferred: the click that gave the focus would
    // clear the selection again.
    QMetaObject::invokeMethod(lineEdit(), &QLineEdit::selectAll, Qt::QueuedConnection);
}

void CohortPicker::chooseInitial(const QString &table)
{
    m_initialTable = table;
}

void CohortPicker::reload()
{
    m_stale = false;
    QList<QStandardItem *> items;
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name FROM cohorts ORDER BY start_date DESC, name"));
    while (query.next()) {
        auto *item = new QStandardItem(query.value(1).toString());
        item->setData(query.value(0).toLongLong(), CohortIdRole);
        items.append(item);
    }
    qint64 wanted = m_wanted >= 0 ? m_wanted : m_cohortId;
    if (wanted < 0 && !m_initialTable.isEmpty() && m_file.columns(m_initialTable).size() > 0) {
        // The newest cohort that has rows there: what a coordinator most likely continues with.
        QSqlQuery first(m_file.database());
        first.exec(QStringLiteral("SELECT c.id FROM cohorts c WHERE EXISTS (SELECT 1 FROM %1 t "
                                  "WHERE t.cohort_id = c.id) ORDER BY c.start_date DESC, c.name "
                                  "LIMIT 1")
                       .arg(m_file.database().driver()->escapeIdentifier(m_initialTable,
                                                                         QSqlDriver::TableName)));
        if (first.next())
            wanted = first.value(0).toLongLong();
    }
    if (wanted < 0 && !items.isEmpty())
        wanted = items.first()->data(CohortIdRole).toLongLong();
    m_initialTable.clear();
    {
        // One insertion for all of them: the combo and its completer hear of it once.
        const QSignalBlocker blocker(this);
        m_cohorts->clear();
        if (!items.isEmpty())
            m_cohorts->appendColumn(items);
        setCurrentIndex(findData(wanted, CohortIdRole));
    }
    m_wanted = -1;
    // A cohort deleted since shows nothing rather than its last rows.
    onPicked();
}

void CohortPicker::setCohort(qint64 cohortId)
{
    if (m_stale) {
        m_wanted = cohortId;
        m_initialTable.clear();
        reload();
        return;
    }
    int index = cohortId < 0 ? -1 : findData(cohortId, CohortIdRole);
    if (index < 0 && cohortId >= 0) {
        // Added since the list was read.
        m_wanted = cohortId;
        reload();
        return;
    }
    setCurrentIndex(index);
    onPicked();
}

void CohortPicker::onPicked()
{
    const int index = currentIndex();
    const qint64 id = index >= 0 ? itemData(index, CohortIdRole).toLongLong() : -1;
    if (id == m_cohortId)
        return;
    m_cohortId = id;
    Q_EMIT cohortChanged(id);
}

void CohortPicker::onTablesChanged(const QStringList &tables)
{
    if (!tables.contains(QLatin1String("cohorts")))
        return;
    m_stale = true;
    if (isVisible())
        reload();
}

void CohortPicker::onRowChanged(const QString &table, qint64 id)
{
    if (table != QLatin1String("cohorts"))
        return;
    // Renamed in place; its place in the list follows at the next reload.
    const int index = findData(id, CohortIdRole);
    if (index < 0)
        return;
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        setItemText(index, query.value(0).toString());
}

} // namespace Upskill
