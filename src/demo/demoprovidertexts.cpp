// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprovidertexts.h"

#include <iterator>

namespace Upskill {

namespace {

// Per default signing question: a convincing, a weak and a vague answer.
const char *const answers[][3] = {
    // Have your instructors built and run AI systems in production, or are they trainers?
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Yes: both lead instructors ran retrieval systems in production until "
                       "last year."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Full-time trainers; one guest speaker has shipped an AI feature."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "\"Years of industry experience\", but no systems named; CVs requested.")},
    // How many hours go to debugging and to what happens when AI systems fail?
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "About 10 of 40 hours: broken retrieval, timeouts and bad output, on "
                       "purpose."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "One optional video on troubleshooting."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Failures are \"woven through the labs\"; no hours given.")},
    // Will the exercises run on our own infrastructure, behind our security controls?
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Yes: the labs run in our own cloud account from setup scripts they send "
                       "a week ahead."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "No: only in their hosted notebooks, with their API keys."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Possible for enterprise customers; the price is to follow.")},
    // How do you check what participants can do, other than with multiple-choice tests?
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "A capstone on our own code, reviewed with our leads against a rubric."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Multiple-choice quizzes after each module."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "A practical assessment is planned; they will send an example.")},
    // When was the material last revised, and how do you keep it current?
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Revised this quarter; every module is reviewed each quarter against new "
                       "models and tools."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Last revised two years ago; updated \"as needed\"."),
     QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Updated \"continuously\", but they could not show a change log.")},
};

const char *const otherAnswers[3] = {
    QT_TRANSLATE_NOOP("DemoProviderTexts", "Answered in writing, with examples from past courses."),
    QT_TRANSLATE_NOOP("DemoProviderTexts", "The answer did not address the question."),
    QT_TRANSLATE_NOOP("DemoProviderTexts", "They promised to answer in writing."),
};

// Per default red flag.
const char *const evidences[] = {
    // Syllabus heavy on basics
    QT_TRANSLATE_NOOP("DemoProviderTexts",
                      "Three of eight days are Python basics and linear algebra."),
    // Only one API vendor
    QT_TRANSLATE_NOOP("DemoProviderTexts",
                      "Every lab calls one vendor's API; open models never come up."),
    // Toy final project
    QT_TRANSLATE_NOOP(
        "DemoProviderTexts",
        "The capstone is a chat page over one PDF, without evaluation or deployment."),
    // No support after the training
    QT_TRANSLATE_NOOP("DemoProviderTexts",
                      "Nothing after the last session: no office hours, no follow-up."),
    // Success measured by attendance
    QT_TRANSLATE_NOOP("DemoProviderTexts",
                      "Their sample success report counts attendance and completions only."),
};

const char *const otherEvidence =
    QT_TRANSLATE_NOOP("DemoProviderTexts", "Seen in the syllabus they sent.");

// Per default criterion: the note on a high score (4 or 5) and on a low one (1 or 2).
const char *const scoreNotes[][2] = {
    // Practitioner instructors
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "The instructors walked us through systems they ran in production."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Trainers by profession; no production work named.")},
    // Adapts to our stack
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Offered to build the labs on our cloud and data stores."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Fixed syllabus in their own sandbox.")},
    // Depth on evaluation and LLMOps
    {QT_TRANSLATE_NOOP("DemoProviderTexts", "Two full days on evaluation sets and monitoring."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Evaluation gets one closing slide.")},
    // Hands-on keyboard time
    {QT_TRANSLATE_NOOP("DemoProviderTexts", "About 70 % of the trial session was writing code."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Mostly lectures and recorded videos.")},
    // Data pipelines
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Labs use messy data like ours, with validation and chunking."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Only tidy sample datasets.")},
    // Model lifecycle and LLMOps
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Covers prompt versioning, cost tracking and fallback routing."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Deployment stops at a notebook.")},
    // Reliability, latency and cost
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Latency budgets and caching worked through on a real service."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Cost and latency are not covered.")},
    // Security and guardrails
    {QT_TRANSLATE_NOOP("DemoProviderTexts", "Prompt injection is tried in every module."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Security is a separate optional video.")},
    // Open-source alternatives
    {QT_TRANSLATE_NOOP("DemoProviderTexts",
                       "Open models run next to the commercial APIs in the labs."),
     QT_TRANSLATE_NOOP("DemoProviderTexts", "Only one vendor's models.")},
};

// Where a middling score came from, for any criterion; empty: no note.
const char *const sourceNotes[] = {
    QT_TRANSLATE_NOOP("DemoProviderTexts", "Seen in the trial session."),
    QT_TRANSLATE_NOOP("DemoProviderTexts", "According to two reference customers."),
    "",
    "",
};

} // namespace

QString DemoProviderTexts::answer(int question, Answer kind)
{
    const int k = int(kind);
    if (question >= 0 && question < int(std::size(answers)))
        return tr(answers[question][k]);
    return tr(otherAnswers[k]);
}

QString DemoProviderTexts::evidence(int redFlag)
{
    if (redFlag >= 0 && redFlag < int(std::size(evidences)))
        return tr(evidences[redFlag]);
    return tr(otherEvidence);
}

QString DemoProviderTexts::scoreNote(int criterion, int score, int variant)
{
    const bool known = criterion >= 0 && criterion < int(std::size(scoreNotes));
    if (known && score >= 4)
        return tr(scoreNotes[criterion][0]);
    if (known && score <= 2)
        return tr(scoreNotes[criterion][1]);
    const char *note = sourceNotes[variant % int(std::size(sourceNotes))];
    return *note ? tr(note) : QString();
}

} // namespace Upskill
