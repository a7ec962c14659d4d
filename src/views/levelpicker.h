// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rubric.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace Upskill {

// One dimension of the rubric to rate: its four levels side by side, each with its label and
// behavioural indicators, so the person rating reads what a level means instead of picking a
// number. Clicking anywhere on a level chooses it; "Clear" leaves the dimension unrated.
class LevelPicker : public QWidget
{
    Q_OBJECT
public:
    explicit LevelPicker(const RubricDimension &dimension, QWidget *parent = nullptr);

    qint64 dimensionId() const { return m_dimensionId; }
    // 0 when no level is chosen.
    int level() const;
    void setLevel(int level);

Q_SIGNALS:
    void levelChanged(int level);

private:
    void updateCards();

    qint64 m_dimensionId;
    QButtonGroup *m_group;
    QToolButton *m_clear;
    QList<QWidget *> m_cards;
};

} // namespace Upskill
