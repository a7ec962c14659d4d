// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

#include <QHash>

namespace Upskill {

// Level 1 of the four-level evaluation for one cohort (setCohort): the answers to the survey
// after a session, the end-of-program survey, and the mentors' and managers' surveys, each
// with a satisfaction score, how likely the person is to recommend the program and a comment.
// A response without a participant is anonymous. The session and the participant are chosen
// among the cohort's own, so an answer never lands on another cohort's session.
class SurveyResponseModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Kind,
        Cohort,
        Session,
        Participant,
        Satisfaction,
        Recommend,
        Comment,
        RespondedOn
    };

    explicit SurveyResponseModel(EditHistory &history, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    // A SurveyKind key; an empty one shows every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

    // A response of kind in the current cohort, answered today. One after a session is about
    // sessionId, or when that is -1 about the cohort's latest session that has taken place.
    bool addResponse(const QString &kind, qint64 sessionId = -1, qint64 *id = nullptr);
    bool removeResponses(const QList<qint64> &ids);

    QString kindAt(int row) const;
    // -1 when the response is about no session.
    qint64 sessionAt(int row) const;
    // How many sessions the cohort has to choose from.
    int sessionCount() const { return int(m_sessions.size()); }

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    QString orderByClause() const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Option
    {
        qint64 id = -1;
        QString label;
    };
    // What is wrong with a score (satisfaction or recommend) or a session or person chosen,
    // without saying which response: validate() and validateRecord() add that.
    QString valueProblem(const QString &field, const QVariant &value) const;
    QString where(int row) const;
    QVariantList choices(const QList<Option> &options, const QString &none) const;
    QString sessionLabel(qint64 id) const;
    QString personName(qint64 id) const;
    qint64 latestSession() const;

    qint64 m_cohortId = -1;
    QString m_kind;
    int m_sortColumn = RespondedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // The cohort's sessions and the people who can answer for it (its participants, its
    // mentors, and whoever answered already), read once per select: a cohort has a few
    // dozen of each, the program may have a hundred thousand.
    QList<Option> m_sessions;
    QHash<qint64, int> m_sessionIndex;
    QList<Option> m_people;
    QHash<qint64, int> m_personIndex;
};

} // namespace Upskill
