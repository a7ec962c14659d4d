// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

namespace Upskill {

const Preference<QString> &AppSettings::lastFile()
{
    static const Preference<QString> p("files/last", QString());
    return p;
}

const Preference<QStringList> &AppSettings::recentFiles()
{
    static const Preference<QStringList> p("files/recent", QStringList());
    return p;
}

const Preference<QByteArray> &AppSettings::windowGeometry()
{
    static const Preference<QByteArray> p("window/geometry", QByteArray());
    return p;
}

const Preference<QByteArray> &AppSettings::windowState()
{
    static const Preference<QByteArray> p("window/state", QByteArray());
    return p;
}

const Preference<int> &AppSettings::currentArea()
{
    static const Preference<int> p("window/area", 0);
    return p;
}

Preference<QByteArray> AppSettings::areaLayout(const QString &area)
{
    return Preference<QByteArray>(
        QStringLiteral("areas/%1/layout").arg(area).toLatin1().constData(), QByteArray());
}

} // namespace Upskill
