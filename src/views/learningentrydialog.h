// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Upskill {

class PeopleSearchList;

// Records a course, conference or certification for one or more people at once (a team that
// went to the same conference): who, what, from which provider, when and at what cost. The
// rating, review and recommendation follow in the table once they have finished.
class LearningEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LearningEntryDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    // Starts with kind (a LearningKind key) chosen.
    void setKind(const QString &kind);
    QList<qint64> participantIds() const;
    // The entry's fields by column name, without the participant.
    QVariantMap values() const;

    PeopleSearchList *people() const { return m_people; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *providerField() const { return m_provider; }
    QLineEdit *costField() const { return m_cost; }
    QDateEdit *startField() const { return m_start; }
    QCheckBox *finishedBox() const { return m_finished; }
    QDateEdit *endField() const { return m_end; }

private:
    void updateButton();
    void suggestProvider();

    QSqlDatabase m_db;
    PeopleSearchList *m_people;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_provider;
    QDateEdit *m_start;
    QCheckBox *m_finished;
    QDateEdit *m_end;
    QLineEdit *m_cost;
    QPushButton *m_add;
};

} // namespace Upskill
