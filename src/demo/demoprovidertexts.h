// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Upskill {

// What the demo's providers answer and what the coordinator noted about them, written for the
// default provider criteria, red flags and signing questions, in their order (a new program
// file's): an answer fits its question, evidence its red flag, a note its criterion and score.
// Lists the coordinator made longer get short general texts for the rest.
class DemoProviderTexts
{
    Q_DECLARE_TR_FUNCTIONS(DemoProviderTexts)
public:
    // How an answer to a signing question turned out, and whether it satisfied.
    enum class Answer {
        Convincing, // satisfied
        Weak,       // not satisfied
        Vague,      // not judged yet: the provider owes a better answer
    };

    // The answer to the signing question at position (from 0).
    static QString answer(int question, Answer kind);
    // What showed the red flag at position (from 0).
    static QString evidence(int redFlag);
    // The note on a score of the criterion at position (from 0); variant picks among the
    // notes that say where a middling score came from, some of which are empty.
    static QString scoreNote(int criterion, int score, int variant);
};

} // namespace Upskill
