// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// The holidays the coordinator keeps, which generated schedules skip: a day and its name, in
// date order, with the weekday and how many sessions are planned on the day (a warning, as
// they may need moving). A holiday is named by its day, so its edits go through keyed writes;
// every addition, change and deletion is one undo step.
class HolidayModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Name, Weekday, Sessions };

    explicit HolidayModel(EditHistory &history, QObject *parent = nullptr);

    QDate dayAt(int row) const;
    // The row of day (fetching further rows if needed), or -1.
    int rowOfDay(const QDate &day);

    // Adds a holiday on the first working day from today that is not one yet; day receives it.
    bool addHoliday(QDate *day = nullptr);
    bool addHolidays(const QList<QPair<QDate, QString>> &holidays);
    bool removeDays(const QList<QDate> &days);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    bool writeField(int row, const QString &field, const QVariant &value,
                    const QString &description) override;
    bool insertRecords(const QList<QVariantMap> &records, const QString &description,
                       QList<qint64> *ids) override;
    int computedColumnCount() const override { return 2; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QHash<QDate, int> m_sessions; // sessions planned on each holiday, where there are any
};

} // namespace Upskill
