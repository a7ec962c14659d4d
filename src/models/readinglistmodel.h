// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinggrouppartmodel.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// What one reading group reads, in the order it means to: a title and a link to the text.
// Beside each, the meeting that discussed it (or will), so the list doubles as the plan.
class ReadingListModel : public ReadingGroupPartModel
{
    Q_OBJECT
public:
    enum Column { Id, Group, Title, Link, Position };
    enum Computed { DiscussedOn };

    explicit ReadingListModel(EditHistory &history, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A reading at the end of the list; an empty title becomes "New reading". One undo step.
    bool addReading(const QString &title = QString(), const QString &link = QString(),
                    qint64 *id = nullptr);
    bool removeReadings(const QList<qint64> &ids);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    QString moveText(int delta) const override;
    int computedColumnCount() const override { return 1; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QHash<qint64, QDate> m_discussedOn; // by reading id
};

} // namespace Upskill
