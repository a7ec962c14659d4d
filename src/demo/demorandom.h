// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

#include <initializer_list>

namespace Upskill {

// The few kinds of random choice the demo generator makes, all drawn from the one generator
// so that a seed decides the whole program.
class DemoRandom
{
public:
    explicit DemoRandom(QRandomGenerator &rng) : m_rng(rng) {}

    // 0 .. count - 1
    int below(int count) { return int(m_rng.bounded(count)); }
    int percent() { return below(100); }
    int between(int low, int high) { return low + below(high - low + 1); }
    // The index of the weight hit, each as likely as its share of the sum.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int index = 0;
        for (int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

private:
    QRandomGenerator &m_rng;
};

} // namespace Upskill
