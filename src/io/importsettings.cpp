// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Upskill {

ImportSettings::ImportSettings(QSettings *settings)
    : m_settings(settings ? settings : new QSettings), m_owned(!settings)
{}

ImportSettings::~ImportSettings()
{
    if (m_owned)
        delete m_settings;
}

QString ImportSettings::mappingKey(ImportKind kind, const QStringList &headers)
{
    // The same export with its columns in another order is still the same export.
    QStringList names;
    for (const QString &header : headers)
        names.append(ImportFields::normalized(header));
    names.sort();
    const QByteArray digest =
        QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("import/%1/mappings/%2")
        .arg(ImportFields::kindName(kind), QString::fromLatin1(digest));
}

QHash<QString, QString> ImportSettings::mapping(ImportKind kind, const QStringList &headers) const
{
    const QVariantMap stored = m_settings->value(mappingKey(kind, headers)).toMap();
    QHash<QString, QString> result;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

void ImportSettings::setMapping(ImportKind kind, const QStringList &headers,
                                const QHash<QString, QString> &mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(mappingKey(kind, headers), stored);
}

void ImportSettings::forgetMapping(ImportKind kind, const QStringList &headers)
{
    m_settings->remove(mappingKey(kind, headers));
}

ColumnMapping ImportSettings::toColumns(const QHash<QString, QString> &mapping,
                                        const QStringList &headers)
{
    QStringList normalized;
    for (const QString &header : headers)
        normalized.append(ImportFields::normalized(header));
    ColumnMapping columns;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const int column = int(normalized.indexOf(ImportFields::normalized(it.value())));
        if (column >= 0)
            columns.insert(it.key(), column);
    }
    return columns;
}

QHash<QString, QString> ImportSettings::toHeaders(const ColumnMapping &mapping,
                                                  const QStringList &headers)
{
    QHash<QString, QString> result;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (*it >= 0 && *it < headers.size())
            result.insert(it.key(), headers.at(*it));
    }
    return result;
}

QString ImportSettings::lastFolder() const
{
    return m_settings->value(QStringLiteral("import/lastFolder")).toString();
}

void ImportSettings::setLastFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("import/lastFolder"), folder);
}

} // namespace Upskill
