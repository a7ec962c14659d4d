// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancegridview.h"

#include "attendancemodel.h"
#include "itemdelegate.h"
#include "vocabulary.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace Upskill {

AttendanceGridView::AttendanceGridView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new ItemDelegate(this));
    // Typing a letter marks the cell instead of opening an editor; F2 opens the list.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(false);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setHighlightSections(true);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { headerMenu(Qt::Horizontal, position); });
    connect(verticalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { headerMenu(Qt::Vertical, position); });
}

void AttendanceGridView::setAttendanceModel(AttendanceModel *model)
{
    m_model = model;
    setModel(model);
}

QModelIndexList AttendanceGridView::targetCells() const
{
    QModelIndexList cells =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    return cells;
}

void AttendanceGridView::markSelection(const QString &status)
{
    if (m_model)
        m_model->mark(targetCells(), status);
}

void AttendanceGridView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (m_model && plain && currentIndex().isValid()) {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            markSelection(QString());
            event->accept();
            return;
        }
        const QString typed = event->text().trimmed();
        for (const QString &status : Vocabulary::keys(Term::AttendanceStatus)) {
            if (typed.isEmpty() ||
                typed.compare(AttendanceModel::shortLabel(status), Qt::CaseInsensitive) != 0)
                continue;
            const QModelIndexList cells = targetCells();
            markSelection(status);
            // Taking the register: one mark, then the next person down.
            if (cells.size() <= 1 && currentIndex().row() + 1 < m_model->participantCount()) {
                const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
                setCurrentIndex(below);
            }
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void AttendanceGridView::headerMenu(Qt::Orientation orientation, const QPoint &position)
{
    if (!m_model)
        return;
    const QHeaderView *header =
        orientation == Qt::Horizontal ? horizontalHeader() : verticalHeader();
    const int section = header->logicalIndexAt(position);
    const bool session = orientation == Qt::Horizontal;
    if (section < 0 || (session && section >= m_model->sessionCount()) ||
        (!session && section >= m_model->participantCount()))
        return;
    QMenu menu(this);
    for (const Choice &choice : Vocabulary::choices(Term::AttendanceStatus)) {
        const QString text = session ? tr("Everyone %1 at this session").arg(choice.label.toLower())
                                     : tr("%1 at every session").arg(choice.label);
        menu.addAction(text, this, [this, session, section, key = choice.key] {
            if (session)
                m_model->markSession(section, key);
            else
                m_model->markParticipant(section, key);
        });
    }
    menu.addSeparator();
    menu.addAction(session ? tr("Clear this session's marks") : tr("Clear this person's marks"),
                   this, [this, session, section] {
                       if (session)
                           m_model->markSession(section, QString());
                       else
                           m_model->markParticipant(section, QString());
                   });
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace Upskill
