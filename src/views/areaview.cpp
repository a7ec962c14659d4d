// SPDX-License-Identifier: GPL-3.0-or-later
#include "areaview.h"

#include "programtablemodel.h"

#include <QMessageBox>
#include <QSplitter>

namespace Upskill {

AreaView::AreaView(EditHistory &history, QWidget *parent) : QWidget(parent), m_history(history) {}

QByteArray AreaView::saveLayout() const
{
    return m_splitter ? m_splitter->saveState() : QByteArray();
}

void AreaView::restoreLayout(const QByteArray &state)
{
    if (m_splitter && !state.isEmpty())
        m_splitter->restoreState(state);
}

void AreaView::watchRefusals(ProgramTableModel *model)
{
    connect(model, &ProgramTableModel::editRefused, this, &AreaView::showProblem);
}

void AreaView::showProblem(const QString &message)
{
    // Deferred: the refusal arrives while a delegate is committing its editor, and a modal
    // box opened inside that call would steal focus from the closing editor.
    QMetaObject::invokeMethod(
        this, [this, message] { QMessageBox::warning(this, tr("Not saved"), message); },
        Qt::QueuedConnection);
}

bool AreaView::confirmDelete(const QString &question)
{
    return confirmDelete(this, question);
}

bool AreaView::confirmDelete(QWidget *parent, const QString &question)
{
    return QMessageBox::question(
               parent, tr("Delete"),
               question + QLatin1Char('\n') + tr("You can take this back with Edit → Undo."),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace Upskill
