// SPDX-License-Identifier: GPL-3.0-or-later
// The default tracks and their weekly modules, the largest part of a new program's content.
// Kept apart from defaultcontent.cpp only for size: together they make up DefaultContent.
#include "defaultcontent.h"
#include "defaultcontentparts.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Upskill {

namespace {

struct ModuleText
{
    const char *title = nullptr; // no title: the week is not used
    const char *topics = nullptr;
    const char *exercise = nullptr;
    double instructionHours = 0;
    double handsOnHours = 0;
    double presentationHours = 0;
};

struct TrackText
{
    const char *kind;
    const char *name;
    const char *audience;
    const char *topics;
    const char *capstone;
    double nominalHours;
    int nominalWeeks;
    const char *roles;        // role keys, separated by spaces
    const char *capabilities; // capability areas, separated by spaces
    ModuleText modules[6];    // weeks 1..6
};

// The foundational split is the one the program was designed with (20 h, 60 % hands-on);
// specialized tracks use 1.5 h instruction and 3.5 h practice a week and end with a week that
// is mostly capstone work plus an hour for presenting it (30 h, 70 % hands-on).
const TrackText tracks[] = {
    {"foundational",
     QT_TRANSLATE_NOOP("DefaultContent", "AI foundations"),
     QT_TRANSLATE_NOOP("DefaultContent", "Every engineer, whatever the role"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "What AI and ML are; how LLMs work; prompting; AI in the development "
                       "workflow; data quality and bias; ethics; when AI is the wrong tool"),
     QT_TRANSLATE_NOOP("DefaultContent", "A short proposal, presented to the cohort, for an AI "
                                         "application in the participant's own team"),
     20,
     4,
     "backend frontend fullstack data platform lead other",
     "",
     {{QT_TRANSLATE_NOOP("DefaultContent", "AI concepts and the landscape"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Supervised and unsupervised learning; training versus inference; the "
                         "vocabulary used in the rest of the program"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Label a sample of your team's data with a pre-trained classifier, then list three "
           "problems in your area where AI could help and choose one as your application project."),
       2, 3, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Large language models and prompting"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Tokens, context windows and what a transformer does; zero-shot, "
                         "few-shot, step-by-step and structured-output prompts"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Write prompts that generate, review and document code, then one prompt "
                         "that settles an open ticket from your backlog."),
       2, 3, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "AI in the development workflow"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Working with code assistants and knowing when to say no; generating tests, including "
           "property-based ones; drafting docs and decision records"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Work a full day with an AI assistant in your own repository and write "
                         "down what helped, what got in the way and what you would change."),
       1, 4, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Quality, ethics and when to use AI"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "How training data shapes behaviour and bias; fairness, transparency and "
                         "privacy; choosing between AI and a conventional solution"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Review a model's output for bias and quality problems, then pitch your "
                         "AI idea for your team to the cohort in five minutes."),
       2, 2, 1}}},
    {"specialized",
     QT_TRANSLATE_NOOP("DefaultContent", "AI application development"),
     QT_TRANSLATE_NOOP("DefaultContent", "Backend and full-stack engineers"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Retrieval-augmented generation; agents and tool calling; integrating model "
                       "APIs; parsing structured output; streaming; error handling"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "An AI-backed feature in the team's own product, deployed at least to "
                       "staging and checked against an evaluation set"),
     30,
     6,
     "backend fullstack",
     "data_pipelines model_lifecycle reliability security",
     {{QT_TRANSLATE_NOOP("DefaultContent", "Model APIs and structured output"),
       QT_TRANSLATE_NOOP("DefaultContent", "Calling hosted and open models; schemas and validated "
                                           "JSON output; streaming responses"),
       QT_TRANSLATE_NOOP("DefaultContent", "Wrap a model call in a small service in your team's "
                                           "stack that returns validated, typed results."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Retrieval-augmented generation"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Chunking, embeddings, vector search, assembling the prompt, citing sources"),
       QT_TRANSLATE_NOOP("DefaultContent", "Index part of your team's documentation and answer "
                                           "real questions from it, with the sources shown."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Evaluating AI features"),
       QT_TRANSLATE_NOOP("DefaultContent", "Test sets, automatic and model-graded checks, catching "
                                           "regressions when a prompt or model changes"),
       QT_TRANSLATE_NOOP("DefaultContent", "Collect at least twenty test cases for your retrieval "
                                           "feature and run them in your CI pipeline."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Agents and tool use"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Function calling, planning loops, limiting what an agent may do"),
       QT_TRANSLATE_NOOP("DefaultContent", "Let a model call two of your internal APIs, with an "
                                           "allow-list and a cap on the number of steps."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Failures, security and cost"),
       QT_TRANSLATE_NOOP("DefaultContent", "Timeouts, retries, rate limits, fallbacks, caching, "
                                           "defending against prompt injection"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Break your feature on purpose with a slow model, bad input and a hostile "
                         "prompt, then add the handling it lacked."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Capstone: ship the feature"),
       QT_TRANSLATE_NOOP("DefaultContent", "Hardening, deploying to staging, preparing the demo"),
       QT_TRANSLATE_NOOP("DefaultContent", "Deploy your AI feature to staging and present it "
                                           "together with its evaluation results."),
       0.5, 3.5, 1}}},
    {"specialized",
     QT_TRANSLATE_NOOP("DefaultContent", "AI-powered user experiences"),
     QT_TRANSLATE_NOOP("DefaultContent", "Frontend engineers"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "Streaming interfaces; designing for AI interaction; inference in the "
                       "client; progressive disclosure; loading, error and empty states"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "A UI component in the team's product that uses AI and behaves well while "
                       "waiting, when something fails and when there is nothing to show"),
     30,
     6,
     "frontend",
     "reliability security",
     {{QT_TRANSLATE_NOOP("DefaultContent", "Designing for unpredictable output"),
       QT_TRANSLATE_NOOP("DefaultContent", "Why model answers vary; setting user expectations; "
                                           "interaction patterns for AI features"),
       QT_TRANSLATE_NOOP("DefaultContent", "Sketch three interaction designs for an AI feature in "
                                           "your product and review them with the cohort."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Streaming interfaces"),
       QT_TRANSLATE_NOOP("DefaultContent", "Token streaming, rendering partial answers, "
                                           "cancelling, server-sent events and WebSockets"),
       QT_TRANSLATE_NOOP("DefaultContent", "Build a component that shows a streamed answer as it "
                                           "arrives and can be stopped half-way."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Loading, error and empty states"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Latency budgets, placeholders, failures, refusals, answers that find nothing"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Give your streaming component a complete set of states and write a test for each one."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Progressive disclosure and trust"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Showing sources and confidence, letting users correct or undo, collecting feedback"),
       QT_TRANSLATE_NOOP("DefaultContent", "Show the sources behind an AI answer in your product "
                                           "and add a way for users to rate it."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Inference in the browser"),
       QT_TRANSLATE_NOOP("DefaultContent", "Small models on the client, WebGPU and WebAssembly "
                                           "runtimes, privacy and performance trade-offs"),
       QT_TRANSLATE_NOOP("DefaultContent", "Run a small model in the browser for one feature and "
                                           "measure load time and response time."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Capstone: an AI-enhanced component"),
       QT_TRANSLATE_NOOP("DefaultContent", "Accessibility, quick usability tests, the demo"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Finish your component, try it out with two users and present what you learned."),
       0.5, 3.5, 1}}},
    {"specialized",
     QT_TRANSLATE_NOOP("DefaultContent", "Data engineering for AI"),
     QT_TRANSLATE_NOOP("DefaultContent", "Data and platform engineers"),
     QT_TRANSLATE_NOOP("DefaultContent", "Pipelines for training data; feature stores; vector "
                                         "databases; embedding pipelines; monitoring data quality"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "A pipeline that takes real company data all the way to the input an AI "
                       "application consumes, with quality checks on the way"),
     30,
     6,
     "data platform",
     "data_pipelines model_lifecycle security",
     {{QT_TRANSLATE_NOOP("DefaultContent", "What models need from data"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Training versus inference data, data contracts, working with messy enterprise data"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Profile a real dataset your team owns and write a data contract for it."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Pipelines for training and inference"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Batch and streaming ingestion, reproducible runs, versioned datasets"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Build a pipeline that produces a versioned dataset from a real source "
                         "and gives the same result when run twice."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Embeddings and vector databases"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Chunking strategies, embedding models, indexing, re-embedding when the data changes"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Chunk and embed a collection of your documents and load it into a vector store."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Feature stores"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Offline and online features, keeping training and serving consistent, freshness"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Define three features for a model and serve identical values offline and online."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Data quality and access control"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Validation, drift detection, lineage, personal data, permissions in retrieval"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Add validation and drift alerts to your pipeline and make retrieval "
                         "return only what the asking user may see."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Capstone: an end-to-end pipeline"),
       QT_TRANSLATE_NOOP("DefaultContent", "Orchestration, monitoring, handing over to a team"),
       QT_TRANSLATE_NOOP("DefaultContent", "Run your pipeline end to end for an AI application and "
                                           "present its design and its quality checks."),
       0.5, 3.5, 1}}},
    {"specialized",
     QT_TRANSLATE_NOOP("DefaultContent", "AI platform engineering"),
     QT_TRANSLATE_NOOP("DefaultContent", "Platform and infrastructure engineers"),
     QT_TRANSLATE_NOOP("DefaultContent", "Serving models; managing GPUs; keeping cost down; "
                                         "observability; A/B tests for AI features"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "A running model endpoint on our infrastructure that scales itself, is "
                       "watched by dashboards and alerts, and reports what it costs"),
     30,
     6,
     "platform",
     "model_lifecycle reliability security",
     {{QT_TRANSLATE_NOOP("DefaultContent", "Serving models"),
       QT_TRANSLATE_NOOP("DefaultContent", "Hosted APIs versus models we run ourselves, inference "
                                           "servers, batching, model registries"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Serve an open model behind an internal endpoint in our own environment."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "GPUs and capacity"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Scheduling GPUs, quantisation, autoscaling, planning capacity"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Configure autoscaling for your endpoint and find its limits with a load test."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Observability for AI"),
       QT_TRANSLATE_NOOP("DefaultContent", "Latency, token and error metrics, tracing prompts, "
                                           "noticing when answer quality drifts"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Add dashboards and alerts for latency, errors and token use to your endpoint."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Controlling cost"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Cost per request, caching including semantic caching, routing between models, budgets"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Put a cache and a cost report in front of the endpoint and measure what it saves."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Safe rollouts and experiments"),
       QT_TRANSLATE_NOOP("DefaultContent", "A/B tests for models and prompts, canary releases, "
                                           "fallbacks, guardrails at the gateway"),
       QT_TRANSLATE_NOOP("DefaultContent", "Send part of the traffic to a second model version, "
                                           "with an automatic fallback to the first."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Capstone: production-ready serving"),
       QT_TRANSLATE_NOOP("DefaultContent", "Runbooks, failover, security review"),
       QT_TRANSLATE_NOOP("DefaultContent", "Demonstrate your serving setup live: scale it under "
                                           "load and show its dashboards and cost report."),
       0.5, 3.5, 1}}},
    {"specialized",
     QT_TRANSLATE_NOOP("DefaultContent", "AI product management"),
     QT_TRANSLATE_NOOP("DefaultContent", "Tech leads and engineering managers"),
     QT_TRANSLATE_NOOP("DefaultContent", "Scoping AI products; how to evaluate them; talking to "
                                         "stakeholders; assessing risk; go/no-go criteria"),
     QT_TRANSLATE_NOOP("DefaultContent",
                       "A specification for an AI feature that a team could build from, including "
                       "how it will be judged and how it will be rolled out"),
     30,
     6,
     "lead",
     "model_lifecycle security",
     {{QT_TRANSLATE_NOOP("DefaultContent", "Finding and scoping AI opportunities"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Where AI fits and where it does not, estimating value, build or buy"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Rate three candidate AI features from your roadmap on value, feasibility and risk."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "How to evaluate an AI feature"),
       QT_TRANSLATE_NOOP("DefaultContent", "Defining quality, building test sets, human and "
                                           "model-based review, acceptance thresholds"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Write the evaluation plan for your chosen feature, with its test set and pass marks."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Risk, safety and compliance"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Bias, privacy, attacks such as prompt injection, legal obligations"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Hold a risk workshop on your feature with an engineer and someone from security."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Explaining uncertainty"),
       QT_TRANSLATE_NOOP("DefaultContent", "Describing probabilistic behaviour to stakeholders, "
                                           "setting expectations, reporting progress"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Write a one-page brief for stakeholders on what the feature will and will not do."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Deciding on a launch"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Go/no-go criteria, staged rollout, success metrics, watching a feature after launch"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Set the go/no-go criteria and the launch metrics for your feature."),
       1.5, 3.5, 0},
      {QT_TRANSLATE_NOOP("DefaultContent", "Capstone: the feature specification"),
       QT_TRANSLATE_NOOP("DefaultContent",
                         "Bringing the specification together, reviewing it with engineering"),
       QT_TRANSLATE_NOOP(
           "DefaultContent",
           "Walk the cohort through your finished specification and answer their questions on it."),
       0.5, 3.5, 1}}},
};

QStringList keys(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

namespace DefaultContentParts {

bool insertTracks(const QSqlDatabase &db, QString *error)
{
    QSqlQuery track(db);
    QSqlQuery role(db);
    QSqlQuery capability(db);
    QSqlQuery module(db);
    if (!prepare(track,
                 QStringLiteral(
                     "INSERT INTO tracks (kind, name, audience, topics, capstone, nominal_hours, "
                     "nominal_weeks, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 error) ||
        !prepare(role, QStringLiteral("INSERT INTO track_roles (track_id, role) VALUES (?, ?)"),
                 error) ||
        !prepare(capability,
                 QStringLiteral("INSERT INTO track_capabilities (track_id, area) VALUES (?, ?)"),
                 error) ||
        !prepare(
            module,
            QStringLiteral(
                "INSERT INTO modules (track_id, week, title, topics, exercise, instruction_hours, "
                "hands_on_hours, presentation_hours, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;

    int trackPosition = 0;
    for (const TrackText &t : tracks) {
        const QString name = translated(t.name);
        if (!insert(track,
                    {QString::fromLatin1(t.kind), name, translated(t.audience),
                     translated(t.topics), translated(t.capstone), t.nominalHours, t.nominalWeeks,
                     ++trackPosition},
                    DefaultContent::tr("the track \"%1\"").arg(name), error))
            return false;
        const qint64 id = track.lastInsertId().toLongLong();
        for (const QString &key : keys(t.roles)) {
            if (!insert(role, {id, key},
                        DefaultContent::tr("the role %1 of the track \"%2\"").arg(key, name),
                        error))
                return false;
        }
        for (const QString &area : keys(t.capabilities)) {
            if (!insert(capability, {id, area},
                        DefaultContent::tr("the capability %1 of the track \"%2\"").arg(area, name),
                        error))
                return false;
        }
        int week = 0;
        for (const ModuleText &m : t.modules) {
            ++week;
            if (!m.title)
                continue;
            const QString title = translated(m.title);
            if (!insert(
                    module,
                    {id, week, title, translated(m.topics), translated(m.exercise),
                     m.instructionHours, m.handsOnHours, m.presentationHours, week},
                    DefaultContent::tr("the module \"%1\" of the track \"%2\"").arg(title, name),
                    error))
                return false;
        }
    }
    return true;
}

} // namespace DefaultContentParts

} // namespace Upskill
