// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli export pdf` end to end: the PDF's own text (read back with pdftotext) against
// the figures the library computes for the same file.
#include "gapanalysis.h"
#include "programfile.h"

#include <QFile>
#include <QProcess>
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

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        Result result;
        if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static Result cli(const QStringList &arguments)
    {
        return run(QStringLiteral(UPSKILL_CLI), arguments);
    }

    // The PDF's text in reading order; empty when it cannot be read.
    static QString textOf(const QString &pdf)
    {
        const Result result =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        return result.exitCode == 0 ? result.out : QString();
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
