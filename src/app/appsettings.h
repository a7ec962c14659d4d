// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Upskill {

// A user preference: its key, type and default in one place.
template <typename T> class Preference
{
public:
    Preference(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue))
    {}
    T get() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// The application's own preferences (not the program file's settings, which live in the file).
struct AppSettings
{
    static const Preference<QString> &lastFile();
    static const Preference<QStringList> &recentFiles();
    static const Preference<QByteArray> &windowGeometry();
    static const Preference<QByteArray> &windowState();
    static const Preference<int> &currentArea();
    static Preference<QByteArray> areaLayout(const QString &area);

    static constexpr int MaxRecentFiles = 8;
};

} // namespace Upskill
