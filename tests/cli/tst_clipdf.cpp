// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli export pdf` end to end: the PDF's own text (read back with pdftotext) against
// the figures the library computes for the same file.
#include "gapanalysis.h"
#include "processrun.h"
#include "programfile.h"

#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCliPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;

    using Result = ProcessResult;

    static Result run(const QString &program, const QStringList &arguments)
    {
        return runProcess(program, arguments);
    }
    static Result cli(const QStringList &arguments) { return runCli(arguments); }

    // The PDF's text; empty when it cannot be read. With layout, lines keep their columns (for
    // the order of ranked lists); without, the text comes in drawing order, so a table cell's
    // wrapped lines stay together. Ligatures the font draws (ff, fi, fl) read back as letters.
    static QString textOf(const QString &pdf, bool layout = true)
    {
        const QStringList arguments = {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"),
                                       pdf, QStringLiteral("-")};
        const Result result = run(QStringLiteral("pdftotext"), arguments);
        if (result.exitCode != 0)
            return QString();
        return QString(result.out)
            .replace(QChar(0xFB00), QStringLiteral("ff"))
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"));
    }

    static QString section(const QString &text, const QString &from, const QString &to)
    {
        const qsizetype start = text.indexOf(from);
        const qsizetype end = text.indexOf(to, start + 1);
        return start < 0 || end < 0 ? QString() : text.mid(start, end - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: run packaging/install-deps (poppler-utils)");
        m_program = m_dir.filePath(QStringLiteral("program.upskill"));
        QCOMPARE(cli({QStringLiteral("demo"), m_program, QStringLiteral("--engineers"),
                      QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")})
                     .exitCode,
                 0);
    }

    void gapListsTheRankedDimensions_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("heading");
        QTest::newRow("role") << QStringLiteral("role") << QStringLiteral("Heatmap by role");
        QTest::newRow("team") << QStringLiteral("team") << QStringLiteral("Heatmap by team");
        QTest::newRow("cohort") << QStringLiteral("cohort") << QStringLiteral("Heatmap by cohort");
    }

    void gapListsTheRankedDimensions()
    {
        QFETCH(QString, by);
        QFETCH(QString, heading);
        const QString pdf = m_dir.filePath(QStringLiteral("gap-%1.pdf").arg(by));
        const Result result =
            cli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("gap"), m_program,
                 QStringLiteral("-o"), pdf, QStringLiteral("--by"), by});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("Skill gap analysis")));
        QVERIFY(text.contains(heading));

        // The order in each list is the order the library computes for the same file.
        QString error;
        auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        const auto gaps = GapAnalysis::compute(file->database(), {}, &error);
        QVERIFY2(gaps, qPrintable(error));
        const struct
        {
            QList<int> order;
            const char *from;
            const char *to;
        } lists[] = {{gaps->priority(), "Curriculum priority", "Largest gaps"},
                     {gaps->largest(), "Largest gaps", "Most common gaps"},
                     {gaps->mostCommon(), "Most common gaps", "Most critical gaps"},
                     {gaps->mostCritical(), "Most critical gaps", "Weights:"}};
        for (const auto &list : lists) {
            QVERIFY(!list.order.isEmpty());
            const QString part = section(text, QLatin1String(list.from), QLatin1String(list.to));
            qsizetype previous = -1;
            for (int i : list.order) {
                // Long names may wrap in the PDF: their first word is enough to place them.
                const QString name = gaps->totals.at(i).dimension.name;
                const qsizetype at = part.indexOf(name.section(QLatin1Char(' '), 0, 1));
                QVERIFY2(at > previous, qPrintable(QStringLiteral("%1 out of order in %2")
                                                       .arg(name, QLatin1String(list.from))));
                previous = at;
            }
        }
        // Never a person's name.
        QSqlQuery query(file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM participants LIMIT 20")));
        while (query.next())
            QVERIFY(!text.contains(query.value(0).toString()));
    }

    void gapNarrowedToACohort()
    {
        QString error;
        QString cohort;
        {
            auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral("SELECT c.name FROM cohorts c JOIN enrollments e "
                                              "ON e.cohort_id = c.id GROUP BY c.id ORDER BY "
                                              "count(*) DESC LIMIT 1")) &&
                    query.next());
            cohort = query.value(0).toString();
        }
        const QString pdf = m_dir.filePath(QStringLiteral("gap-cohort.pdf"));
        const Result result =
            cli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("gap"), m_program,
                 QStringLiteral("-o"), pdf, QStringLiteral("--cohort"), cohort});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(textOf(pdf).contains(QStringLiteral("cohort %1").arg(cohort)));
    }

    // pdfinfo's page count and pdffonts' embedded column for a PDF.
    static int pageCount(const QString &pdf)
    {
        const Result info = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const QRegularExpressionMatch match = pages.match(info.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    static bool fontsEmbedded(const QString &pdf)
    {
        const Result fonts = run(QStringLiteral("pdffonts"), {pdf});
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (fonts.exitCode != 0 || lines.size() < 3)
            return false;
        // Columns: name type encoding emb sub uni object ID; emb must be "yes" everywhere.
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            if (columns.size() < 7 || columns.at(columns.size() - 5) != QLatin1String("yes"))
                return false;
        }
        return true;
    }

    void reportsOfTheDemo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("cohort");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("program checklist")
            << QStringLiteral("checklist") << false << 1 << 3
            << QStringList{QStringLiteral("Program launch checklist"),
                           QStringLiteral("Pre-launch preparation"), QStringLiteral("Sign-off")};
        QTest::newRow("cohort checklist")
            << QStringLiteral("checklist") << true << 1 << 3
            << QStringList{QStringLiteral("Launch checklist:"),
                           QStringLiteral("Program infrastructure"),
                           QStringLiteral("Measurement and sustainability")};
        QTest::newRow("roster") << QStringLiteral("roster") << true << 1 << 4
                                << QStringList{QStringLiteral("Cohort roster:"),
                                               QStringLiteral("Participants"),
                                               QStringLiteral("Sessions")};
        // With the four levels' charts, drawn as vector graphics: their titles are text.
        QTest::newRow("report") << QStringLiteral("report") << false << 6 << 14
                                << QStringList{QStringLiteral("AI upskilling program report"),
                                               QStringLiteral("Net Promoter Score"),
                                               QStringLiteral("Effectiveness on four levels"),
                                               QStringLiteral("Net Promoter Score per cohort"),
                                               QStringLiteral("Skill level before and after"),
                                               QStringLiteral("in the six months after completion"),
                                               QStringLiteral("Hours saved per quarter"),
                                               QStringLiteral("Top skill gaps"),
                                               QStringLiteral("Cohorts"),
                                               // The last words, after every chart.
                                               QStringLiteral("assessed both times")};
    }

    void reportsOfTheDemo()
    {
        QFETCH(QString, kind);
        QFETCH(bool, cohort);
        QFETCH(int, minPages);
        QFETCH(int, maxPages);
        QFETCH(QStringList, texts);
        QString error;
        QString cohortName;
        QStringList items;
        {
            auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral("SELECT c.name, c.id FROM cohorts c JOIN "
                                              "checklist_items i ON i.cohort_id = c.id ORDER BY "
                                              "c.start_date LIMIT 1")) &&
                    query.next());
            cohortName = query.value(0).toString();
            const QVariant id = cohort ? query.value(1) : QVariant();
            query.prepare(QStringLiteral("SELECT title FROM checklist_items WHERE cohort_id IS ?"));
            query.addBindValue(id);
            QVERIFY(query.exec());
            while (query.next())
                items.append(query.value(0).toString());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(cohort));
        QStringList arguments = {QStringLiteral("export"),
                                 QStringLiteral("pdf"),
                                 kind,
                                 m_program,
                                 QStringLiteral("-o"),
                                 pdf};
        if (cohort)
            arguments << QStringLiteral("--cohort") << cohortName;
        const Result result = cli(arguments);
        QCOMPARE(result.exitCode, 0);
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
        QVERIFY(fontsEmbedded(pdf));
        // Words may wrap to the next line in a table cell: compare without line breaks.
        const QString text = textOf(pdf, false).simplified();
        for (const QString &expected : std::as_const(texts))
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        if (kind == QLatin1String("checklist")) {
            QVERIFY(!items.isEmpty());
            for (const QString &item : std::as_const(items))
                QVERIFY2(text.contains(item.simplified()), qPrintable(item));
        }
    }

    void chartsOfTheDemo_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("size");
        const QSize standard(1600, 900);
        for (const char *level :
             {"kpis", "satisfaction", "knowledge", "behaviour", "impact", "chain"}) {
            QTest::addRow("%s png", level)
                << QString::fromLatin1(level) << QStringLiteral("%1.png").arg(QLatin1String(level))
                << QStringList() << standard;
            QTest::addRow("%s svg", level)
                << QString::fromLatin1(level) << QStringLiteral("%1.svg").arg(QLatin1String(level))
                << QStringList() << standard;
        }
        QTest::newRow("projector size")
            << QStringLiteral("kpis") << QStringLiteral("hd.png")
            << QStringList{QStringLiteral("--size"), QStringLiteral("1920x1080")}
            << QSize(1920, 1080);
        QTest::newRow("one quarter")
            << QStringLiteral("satisfaction") << QStringLiteral("q.png")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-Q2"),
                           QStringLiteral("--to"), QStringLiteral("2026-Q2")}
            << standard;
    }

    // Every level as a picture of the size asked for; an SVG is vector text and paths.
    void chartsOfTheDemo()
    {
        QFETCH(QString, level);
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(file);
        const Result result = cli(QStringList{QStringLiteral("export"), QStringLiteral("chart"),
                                              level, m_program, QStringLiteral("-o"), out} +
                                  options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.contains(out));
        QVERIFY(QFileInfo(out).size() > 2000);
        if (file.endsWith(QLatin1String(".png"))) {
            QImageReader reader(out);
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), size);
        } else {
            QFile svg(out);
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray data = svg.readAll();
            QVERIFY(data.contains("<svg"));
            QVERIFY(data.contains(QStringLiteral("viewBox=\"0 0 %1 %2\"")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .toUtf8()));
        }
    }

    void chartRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown level")
            << QStringList{QStringLiteral("mood"), QStringLiteral("x.png")} << 2
            << QStringLiteral("mood");
        QTest::newRow("not a picture")
            << QStringList{QStringLiteral("kpis"), QStringLiteral("x.pdf")} << 2
            << QStringLiteral(".png or .svg");
        QTest::newRow("bad size") << QStringList{QStringLiteral("kpis"), QStringLiteral("x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")}
                                  << 2 << QStringLiteral("--size");
        QTest::newRow("bad quarter")
            << QStringList{QStringLiteral("kpis"), QStringLiteral("x.png"),
                           QStringLiteral("--from"), QStringLiteral("spring")}
            << 2 << QStringLiteral("spring");
        QTest::newRow("unknown cohort")
            << QStringList{QStringLiteral("kpis"), QStringLiteral("x.png"),
                           QStringLiteral("--cohort"), QStringLiteral("Nobody's cohort")}
            << 1 << QStringLiteral("Nobody's cohort");
        QTest::newRow("unknown track")
            << QStringList{QStringLiteral("kpis"), QStringLiteral("x.png"),
                           QStringLiteral("--track"), QStringLiteral("Basket weaving")}
            << 1 << QStringLiteral("Basket weaving");
    }

    void chartRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(arguments.takeAt(1));
        const Result result =
            cli(QStringList{QStringLiteral("export"), QStringLiteral("chart"),
                            arguments.takeFirst(), m_program, QStringLiteral("-o"), out} +
                arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(out));
    }

    // 300 items: many pages, each with the running header, the page number and the table's
    // header row repeated.
    void longChecklistRepeatsItsHeader()
    {
        const QString program = m_dir.filePath(QStringLiteral("long.upskill"));
        QCOMPARE(cli({QStringLiteral("new"), program}).exitCode, 0);
        {
            QString error;
            auto file = ProgramFile::open(program, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM checklist_items")));
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                "INSERT INTO checklist_items (cohort_id, section, title, owner, position) SELECT "
                "NULL, 'infrastructure', 'Item number ' || i, 'Owner ' || i, i FROM n")));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("checklist"),
                      program, QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const Result one =
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page), pdf, QStringLiteral("-")});
            QVERIFY(one.out.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            QVERIFY(one.out.contains(QStringLiteral("Program launch checklist")));
            if (page < pages) // the last page may hold only the sign-off
                QVERIFY2(one.out.contains(QStringLiteral("Owner")), qPrintable(one.out));
        }
        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("Item number 1\n")) ||
                text.contains(QStringLiteral("Item number 1 ")));
        QVERIFY(text.contains(QStringLiteral("Item number 300")));
    }

    void gapRefusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("per person") << QStringList{QStringLiteral("--by"), QStringLiteral("person")}
                                    << 2 << QStringLiteral("never lists people");
        QTest::newRow("unknown cohort")
            << QStringList{QStringLiteral("--cohort"), QStringLiteral("No such cohort")} << 1
            << QStringLiteral("No such cohort");
        QTest::newRow("unknown role")
            << QStringList{QStringLiteral("--role"), QStringLiteral("chef")} << 2
            << QStringLiteral("chef");
        QTest::newRow("unknown report") << QStringList() << 2 << QStringLiteral("nonsense");
    }

    void gapRefusals()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the last good export");
        }
        const QString kind = options.isEmpty() ? QStringLiteral("nonsense") : QStringLiteral("gap");
        const Result result = cli(QStringList{QStringLiteral("export"), QStringLiteral("pdf"), kind,
                                              m_program, QStringLiteral("-o"), pdf} +
                                  options);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the last good export"));
    }
};

QTEST_GUILESS_MAIN(TestCliPdf)
#include "tst_clipdf.moc"
