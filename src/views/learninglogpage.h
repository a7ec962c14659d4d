// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Upskill {

class EditHistory;
class ExternalLearningModel;
class TableView;

// "Learning log": every course, conference and certification people took outside the
// program, newest first, with who took it, dates, cost, their rating, review and whether they
// recommend it and presented it to their team. Found by any part of its title, provider,
// review or the person; one kind at a time if wished.
class LearningLogPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit LearningLogPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    // Opens the dialog that records an entry for one or more people.
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // Adds entries as the dialog would, then shows the first; for the dialog and for tests.
    bool addEntries(const QList<qint64> &participantIds, const QVariantMap &values);

    ExternalLearningModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QLineEdit *findField() const { return m_find; }
    QComboBox *kindFilter() const { return m_kind; }
    QString infoText() const;

private:
    void updateTexts();
    void sizeColumnsOnce();

    EditHistory &m_history;
    ExternalLearningModel *m_model;
    TableView *m_table;
    QLineEdit *m_find;
    QComboBox *m_kind;
    QLabel *m_info;
    QPushButton *m_add;
    QPushButton *m_remove;
    QByteArray m_pendingLayout;
    bool m_columnsSized = false;
};

} // namespace Upskill
