// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QSettings;

namespace Upskill {

// What the import remembers between runs, in the user's settings: the column mapping the
// coordinator chose for a file with these headers (HR sends the same export every month),
// and the folder files were last imported from. Keys, defaults and types live here only.
class ImportSettings
{
public:
    // settings: nullptr for the application's own QSettings; tests pass a file of their own.
    explicit ImportSettings(QSettings *settings = nullptr);
    ~ImportSettings();
    ImportSettings(const ImportSettings &) = delete;
    ImportSettings &operator=(const ImportSettings &) = delete;

    // Field key to header text for a file of kind with these headers; empty when none is
    // remembered. Headers are compared as ImportFields::normalized() does, in any order.
    QHash<QString, QString> mapping(ImportKind kind, const QStringList &headers) const;
    void setMapping(ImportKind kind, const QStringList &headers,
                    const QHash<QString, QString> &mapping);
    void forgetMapping(ImportKind kind, const QStringList &headers);

    // The remembered mapping as columns of these headers; fields whose header is gone are
    // left out.
    static ColumnMapping toColumns(const QHash<QString, QString> &mapping,
                                   const QStringList &headers);
    static QHash<QString, QString> toHeaders(const ColumnMapping &mapping,
                                             const QStringList &headers);

    QString lastFolder() const;
    void setLastFolder(const QString &folder);

private:
    static QString mappingKey(ImportKind kind, const QStringList &headers);

    QSettings *m_settings;
    bool m_owned;
};

} // namespace Upskill
