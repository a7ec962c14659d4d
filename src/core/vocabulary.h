// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Upskill {

// The closed sets of the domain. Keys are what the program file stores (and what the
// schema's CHECK constraints allow); labels are what a coordinator reads.
enum class Term {
    Role,
    Seniority,
    TrackKind,
    CohortStatus,
    EnrollmentStatus,
    Placement,
    AssessmentKind,
    Criticality,
    SessionFormat,
    AttendanceStatus,
    LearningKind,
    ProjectStatus,
    TimeReason,
    CommunityEventKind,
    SurveyKind,
    ProviderKind,
    ProviderStatus,
    ChecklistSection,
    CapabilityArea,
    ScalingPhase,
    CriterionGroup,
    TargetRole, // the roles plus the organisation-wide default of role_targets
};

struct Choice
{
    QString key;
    QString label;
};

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QList<Choice> choices(Term term);
    static QStringList keys(Term term);
    static bool contains(Term term, const QString &key);
    // The label for a key, or the key itself when it is not part of the set.
    static QString label(Term term, const QString &key);
    // The key whose key or label matches text (case-insensitive), or an empty string.
    static QString keyFor(Term term, const QString &text);
    static QList<Term> allTerms();
};

} // namespace Upskill
