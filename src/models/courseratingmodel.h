// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learningfigures.h"

#include <QAbstractTableModel>

namespace Upskill {

// The courses, conferences and certifications of the learning log, best rated first, for
// someone choosing what to take: the average rating, how many rated it and took it, and how
// many would recommend it.
class CourseRatingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        Title,
        Kind,
        Provider,
        Rating,
        People,
        Recommend,
        AverageCost,
        ColumnCount
    };

    explicit CourseRatingModel(QObject *parent = nullptr);

    void setCourses(const QList<CourseRating> &courses);
    const CourseRating &course(int row) const { return m_courses.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "4.3 ★★★★☆" style text of an average rating; empty without one.
    static QString stars(double rating);

private:
    QList<CourseRating> m_courses;
};

} // namespace Upskill
