// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Upskill {

// The vocabulary the demo program is written with: names that combine into plausible people
// and teams, and the short texts a coordinator would find in surveys, projects and reviews.
// Sentences go through translate() so a demo in another language reads naturally; names of
// people and places stay as they are.
class DemoWords
{
    Q_DECLARE_TR_FUNCTIONS(DemoWords)
public:
    enum class List {
        FirstName,
        LastName,
        TeamArea,
        TeamSuffix,
        Organisation,
        PositiveComment,
        MixedComment,
        NegativeComment,
        ProjectTitle,
        ProjectProblem,
        TimeNote,
        ManagerObservation,
        MenteeFeedback,
        MentorComment,
        ManagerComment,
        ImpactEvidence,
        CourseTitle,
        ConferenceTitle,
        CertificationTitle,
        LearningProvider,
        LearningReview,
        CommunityTopic,
        Room,
        ReadinessNote,
        ReadingGroupTopic,
        ReadingTitle,
        ReadingSlug, // the last part of a reading's link, in the order of ReadingTitle
        Last = ReadingSlug,
    };

    // The entries of a list, translated where they are sentences.
    static const QList<QString> &words(List list);
    static const QString &pick(List list, QRandomGenerator &rng);
};

} // namespace Upskill
