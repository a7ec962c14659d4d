// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Upskill {

class EditHistory;

// A person's requests about their data, for the Participants area's context menu: "Export
// personal data…" writes everything about them to a JSON file; "Erase person…" says exactly
// what will go, then removes them from the program and its backups for good. The erasure is
// not an undoable edit (its point is that nothing is left to bring back), so it clears the
// undo history, which could otherwise hold their rows.
class PersonDataActions : public QObject
{
    Q_OBJECT
public:
    PersonDataActions(EditHistory &history, QWidget *parent);

    QAction *exportAction() const { return m_export; }
    QAction *eraseAction() const { return m_erase; }
    // The person the actions are for; 0 disables them.
    void setParticipant(qint64 participantId);
    qint64 participant() const { return m_participant; }

    // Asks for the file and writes it. True when written.
    bool exportData();
    // Confirms (naming what goes), erases on a worker thread, reports. True when erased.
    bool erase();

    // The texts, separate so a test can check them without a dialog.
    static QString confirmationText(EditHistory &history, qint64 participantId, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The person is gone: views showing them have been told through tablesChanged.
    void erased(qint64 participantId);

private:
    QString email() const;

    EditHistory &m_history;
    QWidget *m_parent;
    QAction *m_export;
    QAction *m_erase;
    qint64 m_participant = 0;
};

} // namespace Upskill
