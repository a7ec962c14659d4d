// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

namespace Upskill {

QList<Choice> Vocabulary::choices(Term term)
{
    using S = QString;
    switch (term) {
    case Term::Role:
        return {{S("backend"), tr("Backend")},      {S("frontend"), tr("Frontend")},
                {S("fullstack"), tr("Full-stack")}, {S("data"), tr("Data")},
                {S("platform"), tr("Platform")},    {S("lead"), tr("Tech lead / manager")},
                {S("other"), tr("Other")}};
    case Term::Seniority:
        return {{S("junior"), tr("Junior")},
                {S("mid"), tr("Mid-level")},
                {S("senior"), tr("Senior")},
                {S("staff"), tr("Staff")},
                {S("principal"), tr("Principal")}};
    case Term::TrackKind:
        return {{S("foundational"), tr("Foundational")},
                {S("specialized"), tr("Specialized")},
                {S("advanced"), tr("Advanced")}};
    case Term::CohortStatus:
        return {{S("planned"), tr("Planned")},
                {S("running"), tr("Running")},
                {S("completed"), tr("Completed")},
                {S("cancelled"), tr("Cancelled")}};
    case Term::EnrollmentStatus:
        return {{S("enrolled"), tr("Enrolled")},
                {S("active"), tr("Active")},
                {S("completed"), tr("Completed")},
                {S("withdrawn"), tr("Withdrawn")}};
    case Term::Placement:
        return {{S("standard"), tr("Standard")}, {S("tested_out"), tr("Tested out")}};
    case Term::AssessmentKind:
        return {{S("self"), tr("Self")},
                {S("pre"), tr("Pre-program")},
                {S("post"), tr("Post-program")},
                {S("manager"), tr("Manager")},
                {S("annual"), tr("Annual needs assessment")}};
    case Term::Criticality:
        return {{S("blocking"), tr("Blocks a high-priority AI project")},
                {S("important"), tr("Important")},
                {S("nice_to_have"), tr("Nice to have")}};
    case Term::SessionFormat:
        return {{S("workshop"), tr("Instructor-led workshop")},
                {S("pair_programming"), tr("Pair programming")},
                {S("reading_group"), tr("Reading group")},
                {S("external_course"), tr("External course")},
                {S("conference"), tr("Conference")},
                {S("showcase"), tr("Showcase")},
                {S("presentation"), tr("Presentation")}};
    case Term::AttendanceStatus:
        return {{S("present"), tr("Present")},
                {S("absent"), tr("Absent")},
                {S("excused"), tr("Excused")}};
    case Term::LearningKind:
        return {{S("course"), tr("Course")},
                {S("conference"), tr("Conference")},
                {S("certification"), tr("Certification")}};
    case Term::ProjectStatus:
        return {{S("idea"), tr("Idea")},
                {S("prototyping"), tr("Prototyping")},
                {S("showcased"), tr("Showcased")},
                {S("in_production"), tr("In production")},
                {S("dropped"), tr("Dropped")}};
    case Term::TimeReason:
        return {{S("sprint_work"), tr("Sprint work")},
                {S("incident"), tr("Incident")},
                {S("meeting"), tr("Meeting")},
                {S("other"), tr("Other")}};
    case Term::CommunityEventKind:
        return {{S("community_of_practice"), tr("Community of practice")},
                {S("meetup"), tr("Meetup")},
                {S("summit"), tr("Annual summit")},
                {S("refresher"), tr("Refresher module")}};
    case Term::SurveyKind:
        return {{S("session"), tr("After a session")},
                {S("end_of_program"), tr("End of program")},
                {S("mentor"), tr("Mentor survey")},
                {S("manager"), tr("Manager survey")}};
    case Term::ProviderKind:
        return {{S("elearning"), tr("Broad e-learning")},
                {S("cloud_certification"), tr("Vendor cloud certification")},
                {S("boutique_workshop"), tr("Boutique engineering workshop")},
                {S("bootcamp"), tr("Immersive bootcamp")}};
    case Term::ProviderStatus:
        return {{S("considering"), tr("Considering")},
                {S("shortlisted"), tr("Shortlisted")},
                {S("contracted"), tr("Contracted")},
                {S("rejected"), tr("Rejected")}};
    case Term::ChecklistSection:
        return {{S("pre_launch"), tr("Pre-launch preparation")},
                {S("infrastructure"), tr("Program infrastructure")},
                {S("measurement"), tr("Measurement and sustainability")}};
    case Term::CapabilityArea:
        return {{S("data_pipelines"), tr("Data pipelines and quality")},
                {S("model_lifecycle"), tr("Model lifecycle and LLMOps")},
                {S("reliability"), tr("Reliability, latency and cost")},
                {S("security"), tr("Security and guardrails")}};
    case Term::ScalingPhase:
        return {{S("pilot"), tr("Pilot")},
                {S("expansion"), tr("Expansion")},
                {S("steady_state"), tr("Steady state")},
                {S("advanced"), tr("Advanced programs")}};
    case Term::CriterionGroup:
        return {{S("decision"), tr("Deciding criterion")},
                {S("capability"), tr("Capability coverage")},
                {S("open_source"), tr("Open-source alternatives")}};
    case Term::TargetRole:
        return QList<Choice>{{S("organisation"), tr("Organisation-wide default")}} +
               choices(Term::Role);
    }
    return {};
}

QStringList Vocabulary::keys(Term term)
{
    QStringList result;
    for (const Choice &c : choices(term))
        result.append(c.key);
    return result;
}

bool Vocabulary::contains(Term term, const QString &key)
{
    return keys(term).contains(key);
}

QString Vocabulary::label(Term term, const QString &key)
{
    for (const Choice &c : choices(term)) {
        if (c.key == key)
            return c.label;
    }
    return key;
}

QString Vocabulary::keyFor(Term term, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Choice &c : choices(term)) {
        if (c.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            c.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return c.key;
    }
    return {};
}

QList<Term> Vocabulary::allTerms()
{
    return {Term::Role,
            Term::Seniority,
            Term::TrackKind,
            Term::CohortStatus,
            Term::EnrollmentStatus,
            Term::Placement,
            Term::AssessmentKind,
            Term::Criticality,
            Term::SessionFormat,
            Term::AttendanceStatus,
            Term::LearningKind,
            Term::ProjectStatus,
            Term::TimeReason,
            Term::CommunityEventKind,
            Term::SurveyKind,
            Term::ProviderKind,
            Term::ProviderStatus,
            Term::ChecklistSection,
            Term::CapabilityArea,
            Term::ScalingPhase,
            Term::CriterionGroup,
            Term::TargetRole};
}

} // namespace Upskill
