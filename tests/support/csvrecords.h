// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of an RFC 4180 file (CRLF line ends, doubled quotes), parsed independently of the
// application's writer so tests can check what it wrote. A byte order mark stays in the first
// field; callers that expect one remove it first.

#include <QList>
#include <QString>
#include <QStringList>

namespace Upskill::TestCsv {

inline QList<QStringList> records(const QString &text)
{
    QList<QStringList> result;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            result.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        result.append(record + QStringList{field}); // a last record without CRLF: a bug
    return result;
}

} // namespace Upskill::TestCsv
