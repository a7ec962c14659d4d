// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprogram.h"

#include "democatalogue.h"
#include "demoplan.h"
#include "demowriter.h"
#include "logging.h"
#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace Upskill {

namespace {

// Indexes of the tables being filled are dropped and then created again from the very SQL
// the schema holds, in the same transaction: one sorted pass per index instead of millions
// of random insertions into growing B-trees (22 s become 14 s at 100,000 engineers).
class DeferredIndexes
{
public:
    explicit DeferredIndexes(const QSqlDatabase &db) : m_db(db) {}

    bool drop(const QStringList &tables, QString *error)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema "
                                          "WHERE type = 'index' AND sql IS NOT NULL "
                                          "AND tbl_name = ? ORDER BY name"))) {
            *error = SqlErrors::technical(query.lastError());
            return false;
        }
        for (const QString &table : tables) {
            query.bindValue(0, table);
            if (!query.exec()) {
                *error = DemoProgram::tr("Reading the indexes of %1 failed: %2")
                             .arg(table, SqlErrors::technical(query.lastError()));
                return false;
            }
            while (query.next())
                m_indexes.append({query.value(0).toString(), query.value(1).toString()});
        }
        query.finish();
        QSqlQuery drop(m_db);
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            const QString quoted = m_db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
            if (!drop.exec(QStringLiteral("DROP INDEX ") + quoted)) {
                *error = DemoProgram::tr("Preparing the index %1 for the demo data failed: %2")
                             .arg(name, SqlErrors::technical(drop.lastError()));
                return false;
            }
        }
        return true;
    }

    // beforeEach(done, total) hears how far the rebuild is; returning false stops it.
    bool restore(const std::function<bool(int, int)> &beforeEach, QString *error)
    {
        QSqlQuery create(m_db);
        for (int i = 0; i < m_indexes.size(); ++i) {
            const auto &[name, sql] = m_indexes.at(i);
            if (!beforeEach(i, int(m_indexes.size())))
                return false;
            if (!create.exec(sql)) {
                *error = DemoProgram::tr("Building the index %1 failed: %2")
                             .arg(name, SqlErrors::explain(create.lastError()));
                return false;
            }
        }
        m_indexes.clear();
        return true;
    }

private:
    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_indexes;
};

} // namespace

bool DemoProgram::generate(ProgramFile &file, const Options &options, const Progress &progress,
                           QString *error, RowCounts *written)
{
    if (options.engineers < 1 || options.engineers > MaxEngineers) {
        *error = tr("The number of engineers must be between 1 and %1.").arg(MaxEngineers);
        return false;
    }
    if (!options.today.isValid()) {
        *error = tr("The demo program needs a valid date for today.");
        return false;
    }
    const QSqlDatabase db = file.database();
    DemoCatalogue catalogue;
    if (!catalogue.load(db, error))
        return false;
    // Invented people next to real ones would end up in real reports.
    if (catalogue.hasPeopleOrCohorts) {
        *error = tr("The demo program goes into a new program file only; this one already has "
                    "participants or cohorts.");
        return false;
    }

    int reported = -1;
    auto report = [&](int percent) {
        if (percent == reported || !progress)
            return true;
        reported = percent;
        return progress(percent);
    };
    auto cancelled = [&] {
        *error = tr("Generating the demo program was cancelled; nothing was written.");
        return false;
    };
    if (!report(0))
        return cancelled();

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(options.seed);
    DemoPlan plan(catalogue, options.engineers, options.today, rng);
    qCDebug(DemoLog) << "planned" << plan.people.size() << "people," << plan.cohorts.size()
                     << "cohorts," << plan.enrollments.size() << "enrollments in" << timer.restart()
                     << "ms";

    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    // The writer's statements must be gone before the transaction ends.
    auto writer = std::make_unique<DemoWriter>(db, plan, rng);
    auto failed = [&] {
        *error = writer->error();
        if (error->isEmpty())
            *error = tr("Writing the demo program failed.");
        return false;
    };
    if (!writer->prepare())
        return failed();
    // SQLite prepares the statements again by itself once the schema has changed.
    QStringList tables;
    for (const auto &[table, rows] : writer->rowsWritten())
        tables.append(table);
    DeferredIndexes indexes(db);
    if (!indexes.drop(tables, error))
        return false;
    // The shares of the progress bar follow where the time goes at large sizes.
    if (!writer->writeSettings() || !writer->writeHolidays() || !writer->writePeople())
        return failed();
    if (!report(4))
        return cancelled();
    if (!writer->writeCohorts())
        return failed();
    const int cohorts = int(plan.cohorts.size());
    for (int c = 0; c < cohorts; ++c) {
        if (!writer->writeCohortActivity(c))
            return failed();
        if (!report(5 + int(70LL * (c + 1) / cohorts)))
            return cancelled();
    }
    if (!writer->writeAnnualAssessments())
        return failed();
    if (!report(78))
        return cancelled();
    if (!writer->writeMentorships() || !writer->writeCommunity() || !writer->writeProviders() ||
        !writer->writeExternalLearning() || !writer->writeProgramChecklist() ||
        !writer->writeReadingGroups() || !writer->writeSummit() || !writer->flush())
        return failed();
    const RowCounts counts = writer->rowsWritten();
    writer.reset();
    qCDebug(DemoLog) << "wrote the rows in" << timer.restart() << "ms";

    bool stopped = false;
    const auto indexProgress = [&](int done, int total) {
        stopped = !report(80 + 15 * done / std::max(total, 1));
        return !stopped;
    };
    if (!indexes.restore(indexProgress, error))
        return stopped ? cancelled() : false;
    if (!report(95))
        return cancelled();
    qCDebug(DemoLog) << "built the indexes in" << timer.restart() << "ms";
    if (!transaction.commit()) {
        *error = tr("Saving the demo program failed: %1").arg(transaction.error());
        return false;
    }
    qCDebug(DemoLog) << "committed in" << timer.elapsed() << "ms";
    QStringList changed;
    for (const auto &[table, rows] : counts) {
        if (rows > 0)
            changed.append(table);
    }
    changed << QStringLiteral("program_settings") << QStringLiteral("readiness_questions");
    file.notifyChanged(changed);
    if (written)
        *written = counts;
    report(100);
    return true;
}

} // namespace Upskill
