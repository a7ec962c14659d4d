// SPDX-License-Identifier: GPL-3.0-or-later
// The content a new program file starts with. The texts live in constant tables, marked with
// QT_TRANSLATE_NOOP so lupdate collects them under this class's context, and are translated
// with tr() when they are written; one prepared statement per table inserts them. The tracks
// and their modules are in defaultcontenttexts.cpp.
#include "defaultcontent.h"
#include "defaultcontentparts.h"

#include "checklisttemplate.h"
#include "programfile.h"
#include "sqlerrors.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Upskill {

namespace DefaultContentParts {

// Translates a text from the content tables (marked with QT_TRANSLATE_NOOP, not yet translated).
QString translated(const char *text)
{
    return DefaultContent::tr(text);
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = DefaultContent::tr("Could not prepare the default content of the new program file: %1")
                 .arg(SqlErrors::explain(query.lastError()));
    return false;
}

// Binds values in order and runs the prepared insert; what names the row for the message.
bool insert(QSqlQuery &query, const QVariantList &values, const QString &what, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = DefaultContent::tr("Could not add %1 to the new program file: %2")
                 .arg(what, SqlErrors::explain(query.lastError()));
    return false;
}

} // namespace DefaultContentParts

namespace {

using DefaultContentParts::insert;
using DefaultContentParts::prepare;
using DefaultContentParts::translated;

struct DimensionText
{
    const char *name;
    const char *description;
    const char *indicators[4]; // levels 1..4, one observable behaviour per line
};

// Role targets refer to a dimension by its index in the dimensions table below.
enum Dimension { Fundamentals, Llms, AssistedDevelopment, DataEngineering, Production };

struct RoleTarget
{
    const char *role; // 'organisation' applies to every role without its own target
    Dimension dimension;
    int requiredLevel;
    const char *criticality;
};

struct ChecklistText
{
    const char *section;
    const char *title;
    const char *owner;
    int dueOffsetDays; // relative to the cohort's first day
};

struct CriterionText
{
    const char *group;
    const char *name;
    const char *description;
    double weight;
};

struct RedFlagText
{
    const char *title;
    const char *description;
};

const DimensionText dimensions[] = {
    {QT_TRANSLATE_NOOP("DefaultContent", "AI/ML fundamentals"),
     QT_TRANSLATE_NOOP("DefaultContent", "How machine-learning systems learn, predict and fail, "
                                         "and which approach suits which problem."),
     {QT_TRANSLATE_NOOP("DefaultContent",
                        "Can describe in plain words what machine learning does\n"
                        "Can point to a spot in their own product where it might help"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Can explain training versus inference and what a metric such as precision says\n"
          "Has run a pre-trained model on a sample of real data"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Has chosen a modelling approach for a real problem and defended it in a review\n"
          "Has trained and evaluated a model on company data"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Has designed an ML system from data collection to monitoring\n"
                        "Coaches colleagues through their first ML work")}},
    {QT_TRANSLATE_NOOP("DefaultContent", "LLMs and prompt engineering"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Working with large language models: prompting them, grounding their "
                       "answers in our own data and judging the results."),
     {QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Has tried a general-purpose AI chat tool, for example to draft or summarise text"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Gets working code or a useful analysis out of a model within a few attempts\n"
          "Uses examples and a fixed output format in prompts on purpose"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Has built a retrieval-augmented feature or a multi-step prompt pipeline\n"
                        "Checks model answers against a test set instead of by eye"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Has set up an evaluation harness the team relies on\n"
                        "Has fine-tuned a model or measurably cut the cost of calling one")}},
    {QT_TRANSLATE_NOOP("DefaultContent", "AI-assisted development"),
     QT_TRANSLATE_NOOP("DefaultContent", "Using AI tools throughout everyday engineering work, "
                                         "from writing code to reviews, tests and documentation."),
     {QT_TRANSLATE_NOOP("DefaultContent",
                        "Knows which AI coding assistants exist and which ones we allow"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Accepts or rejects assistant completions with judgement\n"
                        "Lets an assistant write boilerplate and simple functions"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Reaches for AI when reviewing, testing and documenting, not only when typing code\n"
          "Can show where an assistant saved time in a recent change"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Maintains shared prompts, settings or tools for the team's AI workflow\n"
                        "Has helped another team adopt these practices")}},
    {QT_TRANSLATE_NOOP("DefaultContent", "Data engineering for AI"),
     QT_TRANSLATE_NOOP("DefaultContent", "Getting data into the shape AI features need: cleaning, "
                                         "pipelines, embeddings and quality checks."),
     {QT_TRANSLATE_NOOP("DefaultContent",
                        "Can explain why a model is only as good as the data behind it"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Has turned a raw export into a clean, documented dataset that an AI feature used"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Owns a scheduled job that delivers data for training or for live predictions\n"
          "Has added data checks that stop the pipeline on bad input"),
      QT_TRANSLATE_NOOP("DefaultContent", "Has planned the storage behind AI features, such as a "
                                          "feature store or vector index, for several teams\n"
                                          "Owns data contracts that other teams build on")}},
    {QT_TRANSLATE_NOOP("DefaultContent", "AI in production"),
     QT_TRANSLATE_NOOP("DefaultContent", "Shipping and operating AI features: deployment, "
                                         "monitoring, cost, reliability and safe fallbacks."),
     {QT_TRANSLATE_NOOP("DefaultContent",
                        "Knows a model must be deployed, watched and updated like any service"),
      QT_TRANSLATE_NOOP("DefaultContent", "Has put a model or AI feature behind a staging URL"),
      QT_TRANSLATE_NOOP("DefaultContent",
                        "Has an AI feature in production with monitoring and alerts\n"
                        "Has handled an incident or regression caused by a model"),
      QT_TRANSLATE_NOOP(
          "DefaultContent",
          "Has laid out a production AI architecture with tracing, alerting and a fallback path\n"
          "Sets the team's standards for operating models")}},
};

const RoleTarget roleTargets[] = {
    {"organisation", Fundamentals, 2, "important"},
    {"organisation", Llms, 2, "important"},
    {"organisation", AssistedDevelopment, 2, "important"},
    {"organisation", DataEngineering, 1, "nice_to_have"},
    {"organisation", Production, 2, "nice_to_have"},
    {"backend", Llms, 3, "blocking"},
    {"backend", Production, 3, "important"},
    {"fullstack", Llms, 3, "blocking"},
    {"fullstack", AssistedDevelopment, 3, "important"},
    {"frontend", AssistedDevelopment, 3, "important"},
    {"data", DataEngineering, 3, "blocking"},
    {"data", Fundamentals, 3, "important"},
    {"platform", Production, 3, "blocking"},
    {"platform", DataEngineering, 2, "important"},
    {"lead", Fundamentals, 3, "important"},
};

const char *const coordinator = QT_TRANSLATE_NOOP("DefaultContent", "Program coordinator");
const char *const managers = QT_TRANSLATE_NOOP("DefaultContent", "Engineering managers");
const char *const participants = QT_TRANSLATE_NOOP("DefaultContent", "Participants");
const char *const platformTeam = QT_TRANSLATE_NOOP("DefaultContent", "Platform team");
const char *const champions = QT_TRANSLATE_NOOP("DefaultContent", "AI champions");
const char *const sponsor = QT_TRANSLATE_NOOP("DefaultContent", "Program sponsor");

const ChecklistText checklist[] = {
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent", "Run the baseline skills assessment on the rubric"),
     coordinator, -42},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Brief the participants' managers on the program and what it asks of them"),
     coordinator, -28},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Agree five hours of protected learning time a week with stakeholders"),
     managers, -21},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent", "Confirm the instructors and send them the session plan"),
     coordinator, -21},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Give every participant a mentor, with no more than three mentees each"),
     champions, -14},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Collect candidate application projects from real team problems"),
     managers, -7},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent", "Block the protected time in participants' calendars"),
     participants, -7},
    {"pre_launch",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Send the welcome note with the schedule and setup instructions"),
     coordinator, -7},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent", "Reserve rooms or video links for every session"),
     coordinator, -14},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Prepare lab environments with access to AI tools inside our own stack"),
     platformTeam, -14},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent", "Open a chat channel for the cohort and its mentors"),
     coordinator, -10},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Create a knowledge-base space for notes, reading summaries and demos"),
     coordinator, -10},
    {"infrastructure",
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Make sure every participant has a licence for the approved coding assistants"),
     platformTeam, -7},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent", "Book the end-of-cohort showcase and invite the managers"),
     coordinator, 0},
    {"infrastructure",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Set up the log where participants record external courses and conferences"),
     coordinator, 0},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent", "Get the session and end-of-program surveys ready"),
     coordinator, -7},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Plan the closing assessment on the same rubric as the baseline"),
     coordinator, 0},
    {"measurement",
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Agree how AI tool usage, experiments and AI-related commits will be counted"),
     managers, 0},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Schedule monthly behaviour check-ins for the six months after the cohort"),
     coordinator, 35},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Schedule quarterly reviews of business impact for the following year"),
     sponsor, 35},
    {"measurement",
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Put the quarterly review of completion rate and program metrics in the calendar"),
     coordinator, 35},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Plan the community-of-practice meetings that alumni join afterwards"),
     champions, 42},
    {"measurement",
     QT_TRANSLATE_NOOP("DefaultContent", "Offer graduates refresher or advanced sessions"),
     coordinator, 90},
};

const CriterionText criteria[] = {
    {"decision", QT_TRANSLATE_NOOP("DefaultContent", "Practitioner instructors"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "The instructors have run AI systems in production themselves and can tell "
                       "first-hand stories of debugging them."),
     3},
    {"decision", QT_TRANSLATE_NOOP("DefaultContent", "Adapts to our stack"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "The course is fitted to our cloud, data stores and deployment pipelines "
                       "rather than taught from a fixed syllabus."),
     3},
    {"decision", QT_TRANSLATE_NOOP("DefaultContent", "Depth on evaluation and LLMOps"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Evaluating and operating models is core material, not a closing chapter."),
     3},
    {"decision", QT_TRANSLATE_NOOP("DefaultContent", "Hands-on keyboard time"),
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Most of the time goes to writing and debugging code on projects of realistic size."),
     3},
    {"capability", QT_TRANSLATE_NOOP("DefaultContent", "Data pipelines"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Data contracts, chunking, embeddings and validation, worked through on "
                       "messy data like ours rather than tidy samples."),
     2},
    {"capability", QT_TRANSLATE_NOOP("DefaultContent", "Model lifecycle and LLMOps"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Evaluation frameworks, prompt versioning, cost tracking, fallback routing "
                       "and noticing when a model's quality slips."),
     2},
    {"capability", QT_TRANSLATE_NOOP("DefaultContent", "Reliability, latency and cost"),
     QT_TRANSLATE_NOOP("DefaultContent", "Latency budgets, caching, rate limits and asynchronous "
                                         "work, shown on real systems rather than slides."),
     2},
    {"capability", QT_TRANSLATE_NOOP("DefaultContent", "Security and guardrails"),
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Defending against prompt injection and data leaks and limiting what retrieval can "
         "expose, in every module instead of a separate compliance session."),
     2},
    {"open_source", QT_TRANSLATE_NOOP("DefaultContent", "Open-source alternatives"),
     QT_TRANSLATE_NOOP("DefaultContent", "Open models and tools are taught next to commercial "
                                         "APIs, so we are not tied to one vendor."),
     1},
};

const RedFlagText redFlags[] = {
    {QT_TRANSLATE_NOOP("DefaultContent", "Syllabus heavy on basics"),
     QT_TRANSLATE_NOOP("DefaultContent", "Around half of the time goes to introductory Python or "
                                         "linear algebra, which senior engineers do not need.")},
    {QT_TRANSLATE_NOOP("DefaultContent", "Only one API vendor"),
     QT_TRANSLATE_NOOP(
         "DefaultContent",
         "Everything is built on a single vendor's API and open-source options never come up.")},
    {QT_TRANSLATE_NOOP("DefaultContent", "Toy final project"),
     QT_TRANSLATE_NOOP("DefaultContent", "The final project is a simple chat page instead of a "
                                         "system with data, evaluation and deployment.")},
    {QT_TRANSLATE_NOOP("DefaultContent", "No support after the training"),
     QT_TRANSLATE_NOOP("DefaultContent", "Nothing continues once the sessions end: no office "
                                         "hours, follow-up or further learning.")},
    {QT_TRANSLATE_NOOP("DefaultContent", "Success measured by attendance"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "The provider reports how many people turned up and finished, not what they "
                       "built or whether they can reason about a design.")},
};

const char *const signingQuestions[] = {
    QT_TRANSLATE_NOOP("DefaultContent", "Have your instructors built and run AI systems in "
                                        "production, or are they full-time trainers?"),
    QT_TRANSLATE_NOOP(
        "DefaultContent",
        "How many hours of the course go to debugging and to what happens when AI systems fail?"),
    QT_TRANSLATE_NOOP(
        "DefaultContent",
        "Will the exercises run on our own infrastructure, behind our security controls?"),
    QT_TRANSLATE_NOOP("DefaultContent", "How do you check what participants can actually do, other "
                                        "than with multiple-choice tests?"),
    QT_TRANSLATE_NOOP("DefaultContent", "When was the material last revised, and how do you keep "
                                        "it current as tools and models move on?"),
};

const char *const readinessQuestions[] = {
    QT_TRANSLATE_NOOP(
        "DefaultContent",
        "Are there concrete AI use cases waiting for participants once the training ends?"),
    QT_TRANSLATE_NOOP(
        "DefaultContent",
        "Is our technical environment open enough for engineers to experiment with AI?"),
    QT_TRANSLATE_NOOP(
        "DefaultContent",
        "Is the goal real capability, rather than a stack of completion certificates?"),
    QT_TRANSLATE_NOOP("DefaultContent",
                      "Is our data infrastructure in good enough shape to build AI features on?"),
};

bool insertRubric(const QSqlDatabase &db, QString *error)
{
    const QString labels[] = {DefaultContent::tr("Aware"), DefaultContent::tr("Practicing"),
                              DefaultContent::tr("Proficient"), DefaultContent::tr("Expert")};
    QSqlQuery dimension(db);
    QSqlQuery level(db);
    if (!prepare(
            dimension,
            QStringLiteral(
                "INSERT INTO rubric_dimensions (name, description, position) VALUES (?, ?, ?)"),
            error) ||
        !prepare(level,
                 QStringLiteral("INSERT INTO rubric_levels (dimension_id, level, label, "
                                "indicators) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    QList<qint64> dimensionIds; // in the order of the dimensions table
    int position = 0;
    for (const DimensionText &d : dimensions) {
        const QString name = translated(d.name);
        if (!insert(dimension, {name, translated(d.description), ++position},
                    DefaultContent::tr("the rubric dimension \"%1\"").arg(name), error))
            return false;
        const qint64 id = dimension.lastInsertId().toLongLong();
        dimensionIds.append(id);
        for (int l = 0; l < 4; ++l) {
            if (!insert(level, {id, l + 1, labels[l], translated(d.indicators[l])},
                        DefaultContent::tr("level %1 of the rubric dimension \"%2\"")
                            .arg(l + 1)
                            .arg(name),
                        error))
                return false;
        }
    }

    QSqlQuery target(db);
    if (!prepare(target,
                 QStringLiteral("INSERT INTO role_targets (role, dimension_id, required_level, "
                                "criticality) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    for (const RoleTarget &t : roleTargets) {
        if (!insert(target,
                    {QString::fromLatin1(t.role), dimensionIds.at(t.dimension), t.requiredLevel,
                     QString::fromLatin1(t.criticality)},
                    DefaultContent::tr("the %1 target for \"%2\"")
                        .arg(QString::fromLatin1(t.role), translated(dimensions[t.dimension].name)),
                    error))
            return false;
    }
    return true;
}

// The foundational track brings everyone to "Practicing" in every dimension; an engineer
// already there can test out of it.
bool insertTrackTargets(const QSqlDatabase &db, QString *error)
{
    QSqlQuery targets(db);
    return prepare(targets,
                   QStringLiteral("INSERT INTO track_targets (track_id, dimension_id, "
                                  "required_level) SELECT t.id, d.id, ? FROM tracks t CROSS JOIN "
                                  "rubric_dimensions d WHERE t.kind = 'foundational'"),
                   error) &&
           insert(targets, {2}, DefaultContent::tr("the foundational track's target levels"),
                  error);
}

bool insertChecklist(const QSqlDatabase &db, QString *error)
{
    QSqlQuery item(db);
    if (!prepare(item,
                 QStringLiteral("INSERT INTO checklist_template_items (section, title, "
                                "default_owner, due_offset_days, position) VALUES (?, ?, ?, ?, ?)"),
                 error))
        return false;
    // Positions count within each section; the table lists the sections one after another.
    QString section;
    int position = 0;
    for (const ChecklistText &c : checklist) {
        const QString key = QString::fromLatin1(c.section);
        position = key == section ? position + 1 : 1;
        section = key;
        const QString title = translated(c.title);
        if (!insert(item, {key, title, translated(c.owner), c.dueOffsetDays, position},
                    DefaultContent::tr("the checklist item \"%1\"").arg(title), error))
            return false;
    }
    return true;
}

bool insertProviderEvaluation(const QSqlDatabase &db, QString *error)
{
    QSqlQuery criterion(db);
    QSqlQuery flag(db);
    QSqlQuery signing(db);
    QSqlQuery readiness(db);
    if (!prepare(criterion,
                 QStringLiteral("INSERT INTO provider_criteria (name, description, "
                                "criterion_group, weight, position) VALUES (?, ?, ?, ?, ?)"),
                 error) ||
        !prepare(
            flag,
            QStringLiteral("INSERT INTO red_flags (title, description, position) VALUES (?, ?, ?)"),
            error) ||
        !prepare(signing,
                 QStringLiteral("INSERT INTO signing_questions (question, position) VALUES (?, ?)"),
                 error) ||
        !prepare(
            readiness,
            QStringLiteral("INSERT INTO readiness_questions (question, position) VALUES (?, ?)"),
            error))
        return false;

    int position = 0;
    for (const CriterionText &c : criteria) {
        const QString name = translated(c.name);
        if (!insert(criterion,
                    {name, translated(c.description), QString::fromLatin1(c.group), c.weight,
                     ++position},
                    DefaultContent::tr("the provider criterion \"%1\"").arg(name), error))
            return false;
    }
    position = 0;
    for (const RedFlagText &f : redFlags) {
        const QString title = translated(f.title);
        if (!insert(flag, {title, translated(f.description), ++position},
                    DefaultContent::tr("the red flag \"%1\"").arg(title), error))
            return false;
    }
    position = 0;
    for (const char *q : signingQuestions) {
        const QString question = translated(q);
        if (!insert(signing, {question, ++position},
                    DefaultContent::tr("the question \"%1\"").arg(question), error))
            return false;
    }
    position = 0;
    for (const char *q : readinessQuestions) {
        const QString question = translated(q);
        if (!insert(readiness, {question, ++position},
                    DefaultContent::tr("the readiness question \"%1\"").arg(question), error))
            return false;
    }
    return true;
}

} // namespace

bool DefaultContent::fill(ProgramFile &file, QString *error)
{
    const QSqlDatabase db = file.database();
    // Every setting starts at its column default, which is the brief's default.
    QSqlQuery settings(db);
    if (!prepare(settings, QStringLiteral("INSERT INTO program_settings (id) VALUES (?)"), error) ||
        !insert(settings, {1}, tr("the program settings"), error))
        return false;

    // The program's own launch checklist starts as a copy of the template, without due dates:
    // there is no cohort start to count them from.
    return insertRubric(db, error) && DefaultContentParts::insertTracks(db, error) &&
           insertTrackTargets(db, error) && insertChecklist(db, error) &&
           ChecklistTemplate::create(file, QVariant(), error) &&
           insertProviderEvaluation(db, error);
}

} // namespace Upskill
