// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowords.h"

#include <initializer_list>

namespace Upskill {

namespace {

struct Source
{
    bool translate;
    std::initializer_list<const char *> entries;
};

// ASCII on purpose: the names become email addresses such as first.last.12@example.org.
const Source firstNames{
    false, {"Aisha",  "Alejandro", "Amara",   "Anders", "Ana",    "Arjun",     "Astrid", "Ben",
            "Bianca", "Carlos",    "Chen",    "Chloe",  "Daniel", "Dara",      "David",  "Elena",
            "Emeka",  "Emma",      "Fatima",  "Felix",  "Freya",  "Gabriel",   "Grace",  "Hana",
            "Hamza",  "Ines",      "Ivan",    "Jamal",  "Jana",   "Javier",    "Jin",    "Joao",
            "Julia",  "Kai",       "Kamala",  "Karin",  "Kenji",  "Kofi",      "Lara",   "Leon",
            "Lina",   "Luca",      "Maja",    "Malik",  "Maria",  "Mateo",     "Mei",    "Miguel",
            "Mira",   "Nadia",     "Nikolai", "Noah",   "Nora",   "Olga",      "Omar",   "Pablo",
            "Priya",  "Rafael",    "Rania",   "Ravi",   "Rosa",   "Samir",     "Sara",   "Sean",
            "Sofia",  "Sven",      "Tariq",   "Tomas",  "Uma",    "Valentina", "Viktor", "Wei",
            "Yara",   "Yusuf",     "Zara",    "Zoltan"}};

const Source lastNames{
    false,
    {"Abara",    "Adeyemi",  "Alvarez",  "Andersen",  "Bauer",      "Becker",  "Bianchi", "Brown",
     "Castillo", "Chen",     "Costa",    "Dubois",    "Eriksson",   "Fischer", "Garcia",  "Gupta",
     "Haddad",   "Hansen",   "Hoffmann", "Ibrahim",   "Ito",        "Jensen",  "Kaur",    "Kim",
     "Kovacs",   "Kowalski", "Lee",      "Lindqvist", "Lopez",      "Martin",  "Meyer",   "Moreau",
     "Mueller",  "Murphy",   "Nakamura", "Nguyen",    "Novak",      "Okafor",  "Olsen",   "Osei",
     "Park",     "Patel",    "Petrov",   "Popescu",   "Quinn",      "Rahman",  "Ramos",   "Rossi",
     "Santos",   "Sato",     "Schmidt",  "Silva",     "Singh",      "Smith",   "Sousa",   "Suzuki",
     "Tanaka",   "Torres",   "Varga",    "Wagner",    "Walker",     "Wang",    "Weber",   "Wilson",
     "Wong",     "Yamamoto", "Yilmaz",   "Zhang",     "Zimmermann", "Ziegler"}};

const Source teamAreas{false,
                       {"Payments",
                        "Checkout",
                        "Search",
                        "Catalogue",
                        "Identity",
                        "Billing",
                        "Onboarding",
                        "Messaging",
                        "Notifications",
                        "Logistics",
                        "Pricing",
                        "Fraud",
                        "Ledger",
                        "Reporting",
                        "Analytics",
                        "Recommendations",
                        "Mobile",
                        "Web",
                        "Developer Experience",
                        "Observability",
                        "Storage",
                        "Networking",
                        "Build",
                        "Release",
                        "Customer Support",
                        "Partner API",
                        "Marketplace",
                        "Inventory",
                        "Scheduling",
                        "Risk",
                        "Compliance",
                        "Data Platform",
                        "Machine Learning",
                        "Security",
                        "Growth",
                        "Accounts",
                        "Documents",
                        "Media",
                        "Maps",
                        "Travel",
                        "Insurance",
                        "Lending"}};

const Source teamSuffixes{
    false, {"Core", "API", "Web", "Mobile", "Platform", "Insights", "Infrastructure", "Tools"}};

const Source organisations{false,
                           {"Northwind Robotics", "Bluefin Logistics", "Harbour Health",
                            "Quillstone Bank", "Meridian Travel", "Cobalt Retail Group",
                            "Aster Insurance", "Lumen Energy"}};

const Source positiveComments{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Working on our own codebase made it stick."),
     QT_TRANSLATE_NOOP("DemoWords", "The hands-on labs were the best part."),
     QT_TRANSLATE_NOOP("DemoWords", "I shipped my first AI feature two weeks after the cohort."),
     QT_TRANSLATE_NOOP("DemoWords", "Pair programming with people from other teams was great."),
     QT_TRANSLATE_NOOP("DemoWords", "Evaluation techniques were eye-opening."),
     QT_TRANSLATE_NOOP("DemoWords", "Protected time was respected; that made all the difference."),
     QT_TRANSLATE_NOOP("DemoWords", "My mentor helped me get unstuck quickly."),
     QT_TRANSLATE_NOOP("DemoWords", "Great balance between theory and practice.")}};

const Source mixedComments{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Good content, but the pace in week 2 was too fast."),
     QT_TRANSLATE_NOOP("DemoWords", "More examples from our own stack would help."),
     QT_TRANSLATE_NOOP("DemoWords", "Useful, though sprint work ate into my learning time."),
     QT_TRANSLATE_NOOP("DemoWords", "The reading group was uneven; some weeks were great."),
     QT_TRANSLATE_NOOP("DemoWords", "Would like more on deploying to production.")}};

const Source negativeComments{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Too much theory, not enough keyboard time."),
     QT_TRANSLATE_NOOP("DemoWords", "I could rarely use my protected hours."),
     QT_TRANSLATE_NOOP("DemoWords", "The exercises did not match the work my team does.")}};

const Source projectTitles{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Summarise incident timelines"),
     QT_TRANSLATE_NOOP("DemoWords", "Classify support tickets"),
     QT_TRANSLATE_NOOP("DemoWords", "Semantic search over internal docs"),
     QT_TRANSLATE_NOOP("DemoWords", "Generate test cases from specifications"),
     QT_TRANSLATE_NOOP("DemoWords", "Explain failing builds"),
     QT_TRANSLATE_NOOP("DemoWords", "Draft release notes from merged changes"),
     QT_TRANSLATE_NOOP("DemoWords", "Detect anomalies in payment flows"),
     QT_TRANSLATE_NOOP("DemoWords", "Extract fields from uploaded documents"),
     QT_TRANSLATE_NOOP("DemoWords", "Code review assistant for style issues"),
     QT_TRANSLATE_NOOP("DemoWords", "Forecast capacity for the on-call rota"),
     QT_TRANSLATE_NOOP("DemoWords", "Answer product questions in the help centre"),
     QT_TRANSLATE_NOOP("DemoWords", "Route alerts to the right team"),
     QT_TRANSLATE_NOOP("DemoWords", "Translate error messages for customers"),
     QT_TRANSLATE_NOOP("DemoWords", "Evaluate prompt changes before release"),
     QT_TRANSLATE_NOOP("DemoWords", "Clean product catalogue descriptions"),
     QT_TRANSLATE_NOOP("DemoWords", "Suggest SQL for analytics questions")}};

const Source projectProblems{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "The team spends hours each week on this by hand."),
     QT_TRANSLATE_NOOP("DemoWords", "Customers wait too long for an answer."),
     QT_TRANSLATE_NOOP("DemoWords", "New joiners cannot find what they need."),
     QT_TRANSLATE_NOOP("DemoWords", "Errors are found late, after release."),
     QT_TRANSLATE_NOOP("DemoWords", "On-call engineers lose time triaging noise."),
     QT_TRANSLATE_NOOP("DemoWords", "The data is inconsistent across sources.")}};

const Source timeNotes{true,
                       {QT_TRANSLATE_NOOP("DemoWords", "Release week"),
                        QT_TRANSLATE_NOOP("DemoWords", "Covered on-call for a colleague"),
                        QT_TRANSLATE_NOOP("DemoWords", "Planning workshop"),
                        QT_TRANSLATE_NOOP("DemoWords", "Customer escalation"), ""}};

const Source managerObservations{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Uses AI tools daily in code reviews."),
     QT_TRANSLATE_NOOP("DemoWords", "Proposed an AI feature in sprint planning."),
     QT_TRANSLATE_NOOP("DemoWords", "Helps teammates with prompt design."),
     QT_TRANSLATE_NOOP("DemoWords", "Built an evaluation set for the team's model."),
     QT_TRANSLATE_NOOP("DemoWords", "Little change visible yet.")}};

const Source menteeFeedback{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Always available when I was stuck."),
     QT_TRANSLATE_NOOP("DemoWords", "Great at pointing me to the right examples."),
     QT_TRANSLATE_NOOP("DemoWords", "We met less often than planned."),
     QT_TRANSLATE_NOOP("DemoWords", "Helped me scope my project realistically.")}};

const Source mentorComments{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Mentoring two people is the right load."),
     QT_TRANSLATE_NOOP("DemoWords", "I learned as much as my mentees."),
     QT_TRANSLATE_NOOP("DemoWords", "Would like a short guide for mentors."),
     QT_TRANSLATE_NOOP("DemoWords", "Hard to find time during release weeks.")}};

const Source managerComments{
    true,
    {QT_TRANSLATE_NOOP("DemoWords",
                       "The team now prototypes AI ideas without waiting for specialists."),
     QT_TRANSLATE_NOOP("DemoWords", "Worth the protected time."),
     QT_TRANSLATE_NOOP("DemoWords", "Projects were relevant to our roadmap."),
     QT_TRANSLATE_NOOP("DemoWords", "Please brief managers earlier next time.")}};

const Source impactEvidence{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Ticket triage time measured before and after rollout."),
     QT_TRANSLATE_NOOP("DemoWords", "Feature flags show adoption by customers."),
     QT_TRANSLATE_NOOP("DemoWords", "Finance confirmed the reduced vendor spend."),
     QT_TRANSLATE_NOOP("DemoWords", "Defect rate from the quality dashboard."),
     QT_TRANSLATE_NOOP("DemoWords", "Team estimates from the quarterly review.")}};

const Source courseTitles{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Building applications with large language models"),
     QT_TRANSLATE_NOOP("DemoWords", "Practical retrieval-augmented generation"),
     QT_TRANSLATE_NOOP("DemoWords", "Evaluating LLM systems"),
     QT_TRANSLATE_NOOP("DemoWords", "Machine learning for software engineers"),
     QT_TRANSLATE_NOOP("DemoWords", "Data pipelines for AI workloads")}};

const Source conferenceTitles{true,
                              {QT_TRANSLATE_NOOP("DemoWords", "Applied AI engineering summit"),
                               QT_TRANSLATE_NOOP("DemoWords", "MLOps community day"),
                               QT_TRANSLATE_NOOP("DemoWords", "European data and AI conference")}};

const Source certificationTitles{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Cloud machine learning engineer certification"),
     QT_TRANSLATE_NOOP("DemoWords", "Generative AI developer certificate"),
     QT_TRANSLATE_NOOP("DemoWords", "Data engineering associate certification")}};

// Two of them are the providers under evaluation, so their comparison shows learning-log ratings.
const Source learningProviders{false,
                               {"LearnScale Online", "Gradient Works Academy",
                                "AI Practitioners Guild", "Data Summit Org",
                                "Latent Space School"}};

const Source learningReviews{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Solid overview; the labs were the valuable part."),
     QT_TRANSLATE_NOOP("DemoWords", "Too basic for our senior engineers."),
     QT_TRANSLATE_NOOP("DemoWords", "Great talks on evaluation and monitoring."),
     QT_TRANSLATE_NOOP("DemoWords", "Good preparation for the certification exam."),
     QT_TRANSLATE_NOOP("DemoWords", "Expensive for what it offered.")}};

const Source communityTopics{true,
                             {QT_TRANSLATE_NOOP("DemoWords", "Prompt patterns that worked"),
                              QT_TRANSLATE_NOOP("DemoWords", "Evaluating RAG quality"),
                              QT_TRANSLATE_NOOP("DemoWords", "Guardrails in production"),
                              QT_TRANSLATE_NOOP("DemoWords", "Cost and latency budgets"),
                              QT_TRANSLATE_NOOP("DemoWords", "Lessons from failed experiments"),
                              QT_TRANSLATE_NOOP("DemoWords", "AI-assisted code review"),
                              QT_TRANSLATE_NOOP("DemoWords", "Data quality for model inputs"),
                              QT_TRANSLATE_NOOP("DemoWords", "Showcase of alumni projects")}};

const Source rooms{
    false,
    {"Room Lovelace", "Room Hopper", "Room Turing", "Room Noether", "Room Shannon", "Video call"}};

const Source readinessNotes{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Agreed with the engineering leadership."),
     QT_TRANSLATE_NOOP("DemoWords", "Budget approved for this year."),
     QT_TRANSLATE_NOOP("DemoWords", "Still being discussed."), ""}};

const Source readingGroupTopics{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "Evaluation"), QT_TRANSLATE_NOOP("DemoWords", "Retrieval"),
     QT_TRANSLATE_NOOP("DemoWords", "Agents and tools"), QT_TRANSLATE_NOOP("DemoWords", "LLMOps"),
     QT_TRANSLATE_NOOP("DemoWords", "Guardrails"), QT_TRANSLATE_NOOP("DemoWords", "Data for AI"),
     QT_TRANSLATE_NOOP("DemoWords", "Prompt design")}};

// Descriptive titles of the kind a reading list holds; ReadingSlug gives each one's link.
const Source readingTitles{
    true,
    {QT_TRANSLATE_NOOP("DemoWords", "A practical survey of retrieval-augmented generation"),
     QT_TRANSLATE_NOOP("DemoWords", "Evaluating LLM features before and after launch"),
     QT_TRANSLATE_NOOP("DemoWords", "Guardrails for assistants that call tools"),
     QT_TRANSLATE_NOOP("DemoWords", "Cost and latency budgets for model calls"),
     QT_TRANSLATE_NOOP("DemoWords", "Fine-tuning or retrieval: choosing between them"),
     QT_TRANSLATE_NOOP("DemoWords", "Monitoring models beyond accuracy"),
     QT_TRANSLATE_NOOP("DemoWords", "Data contracts for machine learning pipelines"),
     QT_TRANSLATE_NOOP("DemoWords", "Red-teaming your own assistant"),
     QT_TRANSLATE_NOOP("DemoWords", "Embeddings explained for application engineers"),
     QT_TRANSLATE_NOOP("DemoWords", "Prompt patterns and their failure modes"),
     QT_TRANSLATE_NOOP("DemoWords", "Testing non-deterministic code paths"),
     QT_TRANSLATE_NOOP("DemoWords", "Incident review: a chatbot that leaked its instructions")}};

const Source readingSlugs{false,
                          {"rag-survey", "llm-evaluation", "tool-guardrails", "cost-latency",
                           "finetune-vs-retrieval", "model-monitoring", "data-contracts",
                           "red-teaming", "embeddings", "prompt-patterns", "testing-llm-code",
                           "prompt-leak-review"}};

const Source &source(DemoWords::List list)
{
    using L = DemoWords::List;
    switch (list) {
    case L::FirstName:
        return firstNames;
    case L::LastName:
        return lastNames;
    case L::TeamArea:
        return teamAreas;
    case L::TeamSuffix:
        return teamSuffixes;
    case L::Organisation:
        return organisations;
    case L::PositiveComment:
        return positiveComments;
    case L::MixedComment:
        return mixedComments;
    case L::NegativeComment:
        return negativeComments;
    case L::ProjectTitle:
        return projectTitles;
    case L::ProjectProblem:
        return projectProblems;
    case L::TimeNote:
        return timeNotes;
    case L::ManagerObservation:
        return managerObservations;
    case L::MenteeFeedback:
        return menteeFeedback;
    case L::MentorComment:
        return mentorComments;
    case L::ManagerComment:
        return managerComments;
    case L::ImpactEvidence:
        return impactEvidence;
    case L::CourseTitle:
        return courseTitles;
    case L::ConferenceTitle:
        return conferenceTitles;
    case L::CertificationTitle:
        return certificationTitles;
    case L::LearningProvider:
        return learningProviders;
    case L::LearningReview:
        return learningReviews;
    case L::CommunityTopic:
        return communityTopics;
    case L::Room:
        return rooms;
    case L::ReadinessNote:
        return readinessNotes;
    case L::ReadingGroupTopic:
        return readingGroupTopics;
    case L::ReadingTitle:
        return readingTitles;
    case L::ReadingSlug:
        return readingSlugs;
    }
    return firstNames;
}

} // namespace

const QList<QString> &DemoWords::words(List list)
{
    // Built once for all lists: the generator asks for words millions of times at large sizes,
    // and a function-local static is initialised exactly once even with several threads.
    static const QList<QList<QString>> all = [] {
        QList<QList<QString>> lists;
        for (int i = 0; i <= int(List::Last); ++i) {
            const Source &s = source(List(i));
            QList<QString> entries;
            entries.reserve(qsizetype(s.entries.size()));
            for (const char *entry : s.entries) {
                if (!s.translate || *entry == '\0')
                    entries.append(QString::fromUtf8(entry));
                else
                    entries.append(QCoreApplication::translate("DemoWords", entry));
            }
            lists.append(entries);
        }
        return lists;
    }();
    return all.at(int(list));
}

const QString &DemoWords::pick(List list, QRandomGenerator &rng)
{
    const QList<QString> &entries = words(list);
    return entries.at(rng.bounded(int(entries.size())));
}

} // namespace Upskill
