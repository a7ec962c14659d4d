// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexports.h"

#include "commandline.h"
#include "dashboardfigures.h"
#include "figurerenderer.h"
#include "programfile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Upskill {

namespace {

// The track named by --track: its id, 0 when none, -1 when unknown (message printed).
qint64 trackOption(const ExportJob &job, int *exitCode)
{
    const QString name = job.parser.value(QStringLiteral("track")).trimmed();
    if (name.isEmpty())
        return 0;
    QSqlQuery query(job.program.database());
    query.prepare(QStringLiteral("SELECT id FROM tracks WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    *exitCode = CommandLine::userError(
        ChartExports::tr("%1: there is no track named \"%2\"").arg(job.program.path(), name));
    return -1;
}

bool quarterOption(const ExportJob &job, const QString &option, Quarter *quarter, int *exitCode)
{
    const QString text = job.parser.value(option).trimmed();
    if (text.isEmpty())
        return true;
    *quarter = Quarter::parse(text);
    if (quarter->isValid())
        return true;
    *exitCode = CommandLine::usageError(
        QStringLiteral("export"),
        ChartExports::tr("--%1 takes a quarter such as 2026-Q3, not \"%2\"").arg(option, text));
    return false;
}

} // namespace

ExportCommand::Kinds ChartExports::kinds()
{
    ExportCommand::Kinds kinds;
    const QStringList keys = DashboardFigures::levelKeys();
    for (const QString &key : keys) {
        const auto level = DashboardFigures::parseLevel(key);
        kinds.append(
            {key, tr("%1 as a picture (.png or .svg)").arg(DashboardFigures::levelName(*level))});
    }
    return kinds;
}

QList<QCommandLineOption> ChartExports::options()
{
    return {
        QCommandLineOption(QStringLiteral("cohort"), tr("Only this cohort (chart)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("team"), tr("Only people of this team (chart)."),
                           tr("TEAM")),
        QCommandLineOption(QStringLiteral("track"), tr("Only cohorts of this track (chart)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("from"),
                           tr("Only cohorts from this quarter on, e.g. 2026-Q1 (chart)."),
                           tr("QUARTER")),
        QCommandLineOption(QStringLiteral("to"), tr("Only cohorts up to this quarter (chart)."),
                           tr("QUARTER")),
        QCommandLineOption(QStringLiteral("size"),
                           tr("The picture's size in pixels, default 1600x900 (chart)."),
                           tr("WIDTHxHEIGHT")),
    };
}

int ChartExports::run(const ExportJob &job)
{
    const auto level = DashboardFigures::parseLevel(job.kind);
    if (!level)
        return CommandLine::usageError(
            QStringLiteral("export"),
            tr("no chart called \"%1\"; the charts are: %2")
                .arg(job.kind, DashboardFigures::levelKeys().join(QStringLiteral(", "))));
    const QString suffix = QFileInfo(job.output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return CommandLine::usageError(
            QStringLiteral("export"),
            tr("the output of a chart must end in .png or .svg, not \"%1\"").arg(job.output));
    QSize size = FigureRenderer::DefaultImageSize;
    const QString sizeText = job.parser.value(QStringLiteral("size")).trimmed();
    if (!sizeText.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(sizeText);
        if (!match.hasMatch())
            return CommandLine::usageError(
                QStringLiteral("export"),
                tr("--size takes WIDTHxHEIGHT in pixels, such as 1920x1080, not \"%1\"")
                    .arg(sizeText));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    DashboardFilter filter;
    int exitCode = ExitSuccess;
    filter.cohortId = ExportCommand::cohortOption(job, &exitCode);
    if (filter.cohortId < 0)
        return exitCode;
    filter.trackId = trackOption(job, &exitCode);
    if (filter.trackId < 0)
        return exitCode;
    if (!quarterOption(job, QStringLiteral("from"), &filter.from, &exitCode) ||
        !quarterOption(job, QStringLiteral("to"), &filter.to, &exitCode))
        return exitCode;
    filter.team = job.parser.value(QStringLiteral("team")).trimmed();

    QString error;
    const auto figures = Effectiveness::compute(job.program.database(), filter, &error);
    if (!figures)
        return CommandLine::userError(error);
    const DashboardFigure figure = DashboardFigures::overview(*figures, *level);
    if (!FigureRenderer::save(figure, job.output, size, &error))
        return CommandLine::userError(error);
    CommandLine::print(tr("Wrote %1 (%2, %3 × %4, %5).")
                           .arg(job.output, DashboardFigures::levelName(*level))
                           .arg(size.width())
                           .arg(size.height())
                           .arg(figures->scope));
    return ExitSuccess;
}

} // namespace Upskill
