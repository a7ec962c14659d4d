// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "learningfigures.h"

#include <QFutureWatcher>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Upskill {

class CourseRatingModel;

// "Course ratings": what people thought of the courses, conferences and certifications in
// the learning log, best rated first, so others can pick. Beside the list, the chosen
// course's reviews: who took it, their rating, whether they recommend it, and what they wrote.
class CourseRatingsPage : public FigurePage
{
    Q_OBJECT
public:
    explicit CourseRatingsPage(EditHistory &history, QWidget *parent = nullptr);

    CourseRatingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *kindFilter() const { return m_kind; }
    QString statusText() const;

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void showOutcome(const FigureOutcome<QList<CourseRating>> &outcome);
    void showDetails();

    CourseRatingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace Upskill
