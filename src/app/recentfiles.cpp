// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Upskill {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = AppSettings::recentFiles().get();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > AppSettings::MaxRecentFiles)
        files.removeLast();
    AppSettings::recentFiles().set(files);
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    int number = 1;
    for (const QString &file : AppSettings::recentFiles().get()) {
        if (!QFileInfo::exists(file))
            continue;
        QAction *action = m_menu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
    }
    if (m_menu->isEmpty())
        m_menu->addAction(tr("No recent program files"))->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this, [this] {
        AppSettings::recentFiles().set({});
        rebuild();
    });
}

} // namespace Upskill
