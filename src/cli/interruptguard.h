// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Upskill {

// While one lives, Ctrl+C (SIGINT) no longer kills upskill-cli but sets a flag the running
// work polls, so a verb can stop and clean up what it started (a temporary output file)
// instead of leaving it behind. The previous handler comes back when it goes.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    static bool interrupted();

private:
    void (*m_previous)(int) = nullptr;
};

} // namespace Upskill
