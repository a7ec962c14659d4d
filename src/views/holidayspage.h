// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Upskill {

class EditHistory;
class HolidayModel;
class TableView;

// "Holidays": the days generated schedules skip (public holidays, a company-wide break), each
// with its name, weekday and the sessions already planned on it. Add, rename, change the day
// or delete, every change one undo step.
class HolidaysPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit HolidaysPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    // A holiday on the next working day that is not one yet, with its day open for editing.
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    HolidayModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QString infoText() const;

private:
    void updateTexts();
    QList<QDate> selectedDays() const;

    HolidayModel *m_model;
    QLineEdit *m_search;
    QLabel *m_info;
    QPushButton *m_add;
    QPushButton *m_remove;
    TableView *m_table;
};

} // namespace Upskill
