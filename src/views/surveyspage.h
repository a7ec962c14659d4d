// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QPushButton;

namespace Upskill {

class SurveyResponseModel;

// "Surveys": level 1 of the evaluation, one cohort at a time — the answers to the survey after
// each session and at the end of the program, and the mentors' and managers' satisfaction
// surveys. A filter narrows the table to one survey; New adds a response.
class SurveysPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit SurveysPage(EditHistory &history, QWidget *parent = nullptr);

    // The page's name where it is added (a tab, a sidebar entry).
    static QString title();
    QString addActionText() const override;
    // A response to the survey chosen in the filter, else to the one of the current row.
    void addItem() override;
    // Adds a response of kind (a SurveyKind key) and starts editing its satisfaction. One
    // after a session is about the current row's session, or the latest that took place.
    void addResponse(const QString &kind);

    SurveyResponseModel *responseModel() const { return m_responses; }
    QComboBox *kindFilter() const { return m_kind; }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    SurveyResponseModel *m_responses;
    QComboBox *m_kind;
    QPushButton *m_add;
};

} // namespace Upskill
