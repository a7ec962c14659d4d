// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Upskill {

// A line across a page for what must not be missed: red for a problem that decides
// (disqualifying red flags, buying training too early), amber for something still to check,
// green when all is well. Hidden while it has nothing to say.
class WarningBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Level { Problem, Caution, Fine };

    explicit WarningBanner(QWidget *parent = nullptr);

    // Empty text hides the banner. The text is plain; it is escaped here.
    void setMessage(Level level, const QString &text);
    Level level() const { return m_level; }

private:
    Level m_level = Level::Fine;
};

} // namespace Upskill
