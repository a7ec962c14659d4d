// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistprogress.h"
#include "programtablemodel.h"

namespace Upskill {

// One launch checklist, the program's own or a cohort's, in the order it is worked through:
// by section (pre-launch preparation, program infrastructure, measurement and sustainability)
// and within a section by position. Ticking an item records the day it was done in the same
// undo step; an item not done after its due date is overdue and carries a warning.
class ChecklistItemModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Cohort, Section, Title, Owner, DueDate, Done, DoneOn, Note, Position };

    explicit ChecklistItemModel(EditHistory &history, QObject *parent = nullptr);

    // Shows the checklist of a cohort, or the program's own (cohort_id NULL, the one a new
    // model is on).
    void setCohort(qint64 cohortId);
    void setProgram();
    bool isProgram() const { return m_cohortId < 0; }
    // -1 for the program's checklist.
    qint64 cohortId() const { return m_cohortId; }

    // A new item at the end of section (a ChecklistSection key); one undo step. An empty
    // title becomes "New item".
    bool addItem(const QString &section, const QString &title = QString(), qint64 *id = nullptr);
    bool removeItems(const QList<qint64> &ids);
    // Swaps the item of row with its neighbour above (delta -1) or below (+1) in its section;
    // one undo step. Items never leave their section this way.
    bool move(int row, int delta);
    bool canMove(int row, int delta) const;
    // Fills this checklist from the template when it has no items yet; one undo step. A
    // cohort's due dates count from its start date.
    bool createFromTemplate();

    // Counted by SQL over the whole checklist, not only the rows fetched so far.
    ChecklistProgress progress() const;
    bool isOverdue(int row) const;
    bool isDone(int row) const;
    QString sectionAt(int row) const;

    void sort(int column, Qt::SortOrder order) override;

protected:
    QString orderByClause() const override;
    QStringList searchFields() const override;
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    bool writeField(int row, const QString &field, const QVariant &value,
                    const QString &description) override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QVariant cohortValue() const;
    // The ids of one section of this checklist in their order, read from the file.
    QList<qint64> sectionOrder(const QString &section, QHash<qint64, int> *positions) const;
    int nextPosition(const QString &section) const;

    qint64 m_cohortId = -1;
};

} // namespace Upskill
