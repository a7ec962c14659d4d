// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Upskill {

// A fresh program file per test with the default rubric (five dimensions) and helpers that
// write people, targets and assessments directly, so each case states its own data.
class ReportFixture
{
public:
    bool open()
    {
        QString error;
        m_file =
            ProgramFile::open(m_dir.filePath(QStringLiteral("figures%1.upskill").arg(++m_counter)),
                              ProgramFile::Mode::CreateNew, &error);
        if (!m_file) {
            qWarning() << error;
            return false;
        }
        QSqlQuery query(db());
        query.exec(QStringLiteral("SELECT id FROM rubric_dimensions ORDER BY position"));
        m_dimensions.clear();
        while (query.next())
            m_dimensions.append(query.value(0).toLongLong());
        // Each test states its own targets.
        return run(QStringLiteral("DELETE FROM role_targets"));
    }
    void close() { m_file.reset(); }

    QSqlDatabase db() const { return m_file->database(); }
    ProgramFile &file() const { return *m_file; }
    qint64 dimension(int index) const { return m_dimensions.value(index); }

    bool run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        m_lastId = query.lastInsertId().toLongLong();
        return true;
    }
    qint64 lastId() const { return m_lastId; }

    qint64 person(const QString &name, const QString &role = QStringLiteral("backend"),
                  const QString &team = QStringLiteral("Payments"))
    {
        run(QStringLiteral(
                "INSERT INTO participants (name, email, role, team) VALUES (?, ?, ?, ?)"),
            {name, name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.org"), role,
             team});
        return m_lastId;
    }
    bool target(const QString &role, int dimensionIndex, int level,
                const QString &criticality = QStringLiteral("important"))
    {
        return run(QStringLiteral("INSERT INTO role_targets (role, dimension_id, required_level, "
                                  "criticality) VALUES (?, ?, ?, ?)"),
                   {role, dimension(dimensionIndex), level, criticality});
    }
    bool assess(qint64 person, int dimensionIndex, const QString &kind, const QString &date,
                int level, qint64 cohort = 0)
    {
        return run(QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, "
                                  "cohort_id, kind, level, assessed_on) VALUES (?, ?, ?, ?, ?, ?)"),
                   {person, dimension(dimensionIndex), cohort > 0 ? QVariant(cohort) : QVariant(),
                    kind, level, date});
    }
    qint64 cohort(const QString &name, qint64 track = 0)
    {
        if (track == 0) {
            QSqlQuery query(db());
            query.exec(QStringLiteral("SELECT id FROM tracks ORDER BY position LIMIT 1"));
            query.next();
            track = query.value(0).toLongLong();
        }
        run(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, "
                           "status) VALUES (?, ?, '2026-Q1', '2026-01-12', '2026-02-06', "
                           "'running')"),
            {name, track});
        return m_lastId;
    }
    bool enrol(qint64 cohort, qint64 person, const QString &status = QStringLiteral("enrolled"),
               const QString &placement = QStringLiteral("standard"))
    {
        return run(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status, "
                                  "placement) VALUES (?, ?, ?, ?)"),
                   {cohort, person, status, placement});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    QList<qint64> m_dimensions;
    qint64 m_lastId = 0;
    int m_counter = 0;
};

} // namespace Upskill
