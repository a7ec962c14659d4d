// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QSqlDatabase>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace Upskill {

// A line edit that finds a participant or a cohort as one types: the matches come from SQL a
// page at a time (a program can have 100,000 people and 10,000 cohorts) and are offered in a
// list to choose from. Typing an exact email or name works without the list.
class LookupEdit : public QLineEdit
{
    Q_OBJECT
public:
    enum class Kind { Participant, Cohort };

    LookupEdit(const QSqlDatabase &db, Kind kind, QWidget *parent = nullptr);

    // The one chosen from the list, else the one the text names exactly; -1 for none.
    qint64 currentId() const;
    // Shows id under text without searching.
    void setCurrent(qint64 id, const QString &text);
    QCompleter *lookupCompleter() const { return m_completer; }
    // Runs the search for the text now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    void chosen(qint64 id);

private:
    void search();

    QSqlDatabase m_db;
    Kind m_kind;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_pause;
    qint64 m_id = -1;
};

} // namespace Upskill
