// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli export pdf providers` end to end: every provider of the demo with its total and
// rank as the library computes them, read back from the PDF with pdftotext.
#include "processrun.h"
#include "programfile.h"
#include "providerevaluation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCliProviders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;

    // The PDF's text in drawing order with every run of white space made one space, so a
    // table cell's wrapped lines read as one. Ligatures the font draws (ff, fi, fl) read back
    // as letters.
    static QString textOf(const QString &pdf)
    {
        const ProcessResult result = runProcess(QStringLiteral("pdftotext"),
                                                {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        if (result.exitCode != 0)
            return QString();
        return QString(result.out)
            .replace(QChar(0xFB00), QStringLiteral("ff"))
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"))
            .simplified();
    }
    static int pageCount(const QString &pdf)
    {
        const ProcessResult info = runProcess(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    ProcessResult exportPdf(const QString &program, const QString &pdf)
    {
        return runCli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("providers"),
                       program, QStringLiteral("-o"), pdf});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: run packaging/install-deps (poppler-utils)");
        m_program = m_dir.filePath(QStringLiteral("program.upskill"));
        QCOMPARE(runCli({QStringLiteral("demo"), m_program, QStringLiteral("--engineers"),
                         QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("4")})
                     .exitCode,
                 0);
    }

    void listedInHelp()
    {
        const ProcessResult result = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("providers")));
    }

    void everyProviderWithItsTotal()
    {
        // A review in the learning log under the first provider's name, in other case.
        QString error;
        std::optional<ProviderEvaluationResult> expected;
        {
            auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM providers ORDER BY id LIMIT 1")) &&
                    query.next());
            const QString name = query.value(0).toString();
            query.prepare(QStringLiteral(
                "INSERT INTO external_learning (participant_id, kind, title, provider, rating, "
                "review) VALUES ((SELECT min(id) FROM participants), 'course', 'Evaluation "
                "in depth', ?, 5, 'Labs on our own retrieval pipeline.')"));
            query.addBindValue(name.toUpper());
            QVERIFY(query.exec());
            expected = ProviderEvaluation::compute(file->database(), &error);
            QVERIFY2(expected, qPrintable(error));
        }
        QVERIFY(expected->providers.size() >= 2);

        const QString pdf = m_dir.filePath(QStringLiteral("providers.pdf"));
        const ProcessResult result = exportPdf(m_program, pdf);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.contains(pdf));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 2 && pages <= 8, qPrintable(QString::number(pages)));

        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("Training providers compared")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        for (const ProviderResult &p : expected->providers) {
            QVERIFY2(text.contains(p.name), qPrintable(p.name));
            const QString total = ProviderEvaluation::formatTotal(p.total);
            QVERIFY2(text.contains(total), qPrintable(p.name + QLatin1Char(' ') + total));
            // In the ranking, each provider's row starts with its rank and name.
            const QString row = QString::number(p.rank) +
                                (p.tied ? QStringLiteral("= ") : QStringLiteral(" ")) + p.name;
            QVERIFY2(text.contains(row), qPrintable(row));
            for (const TickedRedFlag &flag : p.redFlags)
                QVERIFY2(text.contains(flag.title), qPrintable(flag.title));
        }
        // The ranking lists them best first.
        qsizetype previous = -1;
        const qsizetype ranking = text.indexOf(QStringLiteral("Ranking"));
        for (const ProviderResult &p : expected->providers) {
            const qsizetype at = text.indexOf(p.name, ranking);
            QVERIFY2(at > previous, qPrintable(p.name));
            previous = at;
        }
        // The charts are vector graphics: their titles are text on the page.
        QVERIFY(text.contains(QStringLiteral("Scores per criterion (0–5)")));
        QVERIFY(text.contains(QStringLiteral("Weighted total per provider (0–5)")));
        // The learning log's review under the provider's own spelling, and the readiness check.
        QVERIFY(text.contains(QStringLiteral("Labs on our own retrieval pipeline.")));
        QVERIFY(text.contains(QStringLiteral("Readiness question")));
        // The comparison closes the report, after every provider's own section.
        QVERIFY(text.lastIndexOf(QStringLiteral("Scores side by side")) >
                text.lastIndexOf(expected->providers.last().name + QStringLiteral(" Rank")));
    }

    void aProgramWithoutProviders()
    {
        const QString program = m_dir.filePath(QStringLiteral("empty.upskill"));
        QCOMPARE(runCli({QStringLiteral("new"), program}).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        const ProcessResult result = exportPdf(program, pdf);
        QCOMPARE(result.exitCode, 0);
        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("No providers yet")));
        // A new program has not answered its readiness check.
        QVERIFY(text.contains(QStringLiteral("Finish the readiness check")));
    }

    void refusals()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        const ProcessResult missing =
            exportPdf(m_dir.filePath(QStringLiteral("missing.upskill")), pdf);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("missing.upskill")));
        QVERIFY(!QFileInfo::exists(pdf));
        const ProcessResult noOutput = runCli({QStringLiteral("export"), QStringLiteral("pdf"),
                                               QStringLiteral("providers"), m_program});
        QCOMPARE(noOutput.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cliproviders.moc"
