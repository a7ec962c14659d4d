// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>

namespace Upskill {

struct RubricLevel
{
    QString label;
    QString indicators; // observable behaviours, one per line
};

struct RubricDimension
{
    qint64 id = -1;
    QString name;
    QString description;
    bool retired = false;
    std::array<RubricLevel, 4> levels; // levels 1..4 at 0..3

    // "2 Practicing": the number and what it means, never the number alone.
    QString levelText(int level) const;
};

// The skill rubric as the data-entry screens read it: dimensions in the program's order, each
// with the labels and behavioural indicators of its four levels, read in two queries.
class Rubric
{
    Q_DECLARE_TR_FUNCTIONS(Rubric)
public:
    static constexpr int LevelCount = 4;

    static QList<RubricDimension> load(const QSqlDatabase &db, bool activeOnly);
    static QString levelText(int level, const QString &label);
    // The labels a new dimension's levels start with: the same words as the default rubric.
    static QStringList defaultLabels();
    static bool isLevel(const QVariant &value);
};

} // namespace Upskill
