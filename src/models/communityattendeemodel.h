// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQueryModel>

namespace Upskill {

class EditHistory;

// Who came to one community event (setEvent), by name, read as the view scrolls: a summit of
// a large organisation has thousands. Alumni — people who have completed a cohort — are
// marked. Adding and removing people is one undo step each.
class CommunityAttendeeModel : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Team, Role, Alumnus };

    explicit CommunityAttendeeModel(EditHistory &history, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1 shows nobody.
    void setEvent(qint64 eventId);
    qint64 event() const { return m_eventId; }
    qint64 participantAt(int row) const;
    // Everyone who came, counted by SQL (rowCount() knows only the rows fetched).
    int attendeeCount() const;

    // Returns how many were added or removed (people already there, or not there, are
    // skipped), or -1 when the change failed.
    int addAttendees(const QList<qint64> &participantIds);
    int removeAttendees(const QList<qint64> &participantIds);

private:
    void reload();
    void onTablesChanged(const QStringList &tables);

    EditHistory &m_history;
    qint64 m_eventId = -1;
};

} // namespace Upskill
