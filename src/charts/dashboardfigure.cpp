// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfigure.h"

namespace Upskill {

QString DashboardFigure::fileName(const QString &suffix) const
{
    return QStringLiteral("%1.%2").arg(key, suffix);
}

} // namespace Upskill
