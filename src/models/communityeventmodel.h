// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// The community's events — community-of-practice meetings, meetups, the annual summit and
// refresher modules — newest first, each with how many people came.
class CommunityEventModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Kind, Title, HeldOn, Notes };
    enum Computed { Attended };

    explicit CommunityEventModel(EditHistory &history, QObject *parent = nullptr);

    // A CommunityEventKind key; empty shows every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

    // An event of kind on day (today when invalid), titled after its kind until renamed.
    // One undo step.
    bool addEvent(const QString &kind, const QDate &day = QDate(), qint64 *id = nullptr);
    bool removeEvents(const QList<qint64> &ids);
    int attendedAt(int row) const;

protected:
    QStringList searchFields() const override;
    QString orderByClause() const override;
    QString describeEdit(int row, int column) const override;
    int computedColumnCount() const override { return 1; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString m_kind;
    QHash<qint64, int> m_attended; // by event id
};

} // namespace Upskill
