// SPDX-License-Identifier: GPL-3.0-or-later
#include "courseratingmodel.h"

#include "vocabulary.h"

#include <QLocale>

#include <cmath>

namespace Upskill {

CourseRatingModel::CourseRatingModel(QObject *parent) : QAbstractTableModel(parent) {}

void CourseRatingModel::setCourses(const QList<CourseRating> &courses)
{
    beginResetModel();
    m_courses = courses;
    endResetModel();
}

int CourseRatingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseRatingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CourseRatingModel::stars(double rating)
{
    const int full = int(std::lround(rating));
    return QLocale().toString(rating, 'f', 1) + QLatin1Char(' ') + QString(full, QChar(0x2605)) +
           QString(5 - full, QChar(0x2606));
}

QVariant CourseRatingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_courses.size())
        return {};
    const CourseRating &c = m_courses.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Rank || column == People || column == AverageCost
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Rating)
            return c.averageRating ? tr("Average of %n rating(s)", nullptr, c.ratings)
                                   : tr("Nobody has rated it yet.");
        if (column == Recommend && c.opinions < c.people)
            return tr("%n of the people who took it have not said yet.", nullptr,
                      c.people - c.opinions);
        if (column == Title)
            return c.title;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Rank:
        return c.averageRating ? QVariant(index.row() + 1) : QVariant();
    case Title:
        return c.title;
    case Kind:
        return Vocabulary::label(Term::LearningKind, c.kind);
    case Provider:
        return c.provider;
    case Rating:
        return c.averageRating ? tr("%1 (%2)").arg(stars(*c.averageRating)).arg(c.ratings)
                               : tr("not rated yet");
    case People:
        return c.people;
    case Recommend:
        return c.opinions == 0 ? QString() : tr("%1 of %2").arg(c.recommend).arg(c.opinions);
    case AverageCost:
        return c.averageCost ? QLocale().toString(*c.averageCost, 'f', 0) : QString();
    }
    return {};
}

QVariant CourseRatingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rating:
            return tr("The average rating from 1 to 5, and how many rated it.");
        case People:
            return tr("How many different people took it.");
        case Recommend:
            return tr("How many would recommend it, of those who said.");
        case AverageCost:
            return tr("The average cost per person, in the program's currency.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Provider:
        return tr("Provider");
    case Rating:
        return tr("Rating");
    case People:
        return tr("Took it");
    case Recommend:
        return tr("Recommend it");
    case AverageCost:
        return tr("Cost per person");
    }
    return {};
}

} // namespace Upskill
