// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptguard.h"

#include <csignal>

namespace Upskill {

namespace {

volatile std::sig_atomic_t interruptedFlag = 0;

void onInterrupt(int)
{
    interruptedFlag = 1;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    interruptedFlag = 0;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

bool InterruptGuard::interrupted()
{
    return interruptedFlag != 0;
}

} // namespace Upskill
