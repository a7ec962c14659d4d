// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Upskill {

void installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString directory = QStringLiteral(":/i18n");
    // Installed first, so it answers only what the user's language leaves untranslated.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral("upskill_en"), directory))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(app);
    if (local->load(QLocale(), QStringLiteral("upskill"), QStringLiteral("_"), directory) &&
        local->filePath() != english->filePath())
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace Upskill
