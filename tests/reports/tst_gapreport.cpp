// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapreport.h"
#include "pdfdocument.h"
#include "reportfixture.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>

using namespace Upskill;

class TestGapReport : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    QTemporaryDir m_out;

    // Names that show which list a dimension is in; dimension B has the largest gap, C is
    // blocking, A is the smallest. Six people so that the role group is shown.
    GapAnalysisResult analyse(GapGrouping grouping)
    {
        m_fixture.run(QStringLiteral("UPDATE rubric_dimensions SET name = 'Dimension ' || "
                                     "char(64 + position)"));
        m_fixture.target(QStringLiteral("organisation"), 0, 2, QStringLiteral("nice_to_have"));
        m_fixture.target(QStringLiteral("organisation"), 1, 4);
        m_fixture.target(QStringLiteral("organisation"), 2, 3, QStringLiteral("blocking"));
        for (int i = 0; i < 6; ++i) {
            const qint64 id = m_fixture.person(
                QStringLiteral("Secret Person %1").arg(i), QStringLiteral("frontend"),
                i < 3 ? QStringLiteral("Tiny team") : QStringLiteral("Other team"));
            m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-02-02"),
                             i == 0 ? 1 : 2);
            m_fixture.assess(id, 1, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 1);
            m_fixture.assess(id, 2, QStringLiteral("pre"), QStringLiteral("2026-02-02"),
                             i < 4 ? 2 : 3);
        }
        GapOptions options;
        options.grouping = grouping;
        QString error;
        return GapAnalysis::compute(m_fixture.db(), options, &error).value_or(GapAnalysisResult{});
    }

    static QString plainText(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void listsAreInRankOrder()
    {
        const GapAnalysisResult result = analyse(GapGrouping::Role);
        const QString text = plainText(GapReport::html(result, {}));
        const auto section = [&](const QString &heading, const QString &next) {
            const qsizetype from = text.indexOf(heading);
            const qsizetype to = next.isEmpty() ? text.size() : text.indexOf(next, from + 1);
            return from < 0 || to < 0 ? QString() : text.mid(from, to - from);
        };
        const auto order = [](const QString &part) {
            QList<qsizetype> positions;
            for (const QString &name :
                 {QStringLiteral("Dimension A"), QStringLiteral("Dimension B"),
                  QStringLiteral("Dimension C")})
                positions.append(part.indexOf(name));
            return positions;
        };
        // Largest: B (3.0), C (0.67), A (0.17); most critical: C (2.0)... see the figures.
        const QString largest =
            section(QStringLiteral("Largest gaps"), QStringLiteral("Most common gaps"));
        auto p = order(largest);
        QVERIFY2(p[1] >= 0 && p[1] < p[2] && p[2] < p[0], qPrintable(largest));
        const QString critical =
            section(QStringLiteral("Most critical gaps"), QStringLiteral("Weights:"));
        p = order(critical);
        QVERIFY2(p[1] >= 0 && p[1] < p[2] && p[2] < p[0], qPrintable(critical));
        const QString priority =
            section(QStringLiteral("Curriculum priority"), QStringLiteral("Largest gaps"));
        p = order(priority);
        QVERIFY2(p[1] >= 0 && p[1] < p[2] && p[2] < p[0], qPrintable(priority));
        QVERIFY(priority.contains(QStringLiteral("blocks high-priority AI work")));
        // Dimensions without a target are in no list.
        QVERIFY(!largest.contains(QStringLiteral("Dimension D")));
    }

    void neverShowsPeople_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::newRow("role") << int(GapGrouping::Role);
        QTest::newRow("team") << int(GapGrouping::Team);
        QTest::newRow("cohort") << int(GapGrouping::Cohort);
        QTest::newRow("person") << int(GapGrouping::Person);
    }

    void neverShowsPeople()
    {
        QFETCH(int, grouping);
        const QString html = GapReport::html(analyse(GapGrouping(grouping)), {});
        QVERIFY(!html.contains(QStringLiteral("Secret Person")));
        if (grouping == int(GapGrouping::Team)) {
            // Both teams have three people: every cell is withheld.
            const QString text = plainText(html);
            QVERIFY(text.contains(QStringLiteral("Tiny team")));
            QVERIFY(text.contains(QStringLiteral("—")));
            QVERIFY(!text.contains(QStringLiteral("+2.0")));
        }
    }

    void pdfIsWritten()
    {
        const GapAnalysisResult result = analyse(GapGrouping::Role);
        const QString path = m_out.filePath(QStringLiteral("gap.pdf"));
        QString error;
        QVERIFY2(PdfDocument::write(GapReport::html(result, {}),
                                    {QStringLiteral("Org"), QStringLiteral("Gaps")},
                                    QPageSize(QPageSize::A4), path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Title"));
        QVERIFY(bytes.size() > 2000);
    }

    void pdfFailureKeepsTheOldFile()
    {
        const QString path = m_out.filePath(QStringLiteral("missing-dir/gap.pdf"));
        QString error;
        QVERIFY(!PdfDocument::write(QStringLiteral("<p>x</p>"), {}, QPageSize(QPageSize::A4), path,
                                    &error));
        QVERIFY(error.contains(QStringLiteral("missing-dir")));
        QVERIFY(!QFile::exists(path));
    }

    void gapColoursRiseWithTheGap()
    {
        const double gaps[] = {-1.0, 0.0, 0.3, 0.8, 1.5, 2.5};
        for (double g : gaps) {
            QVERIFY(GapReport::colourForGap(g).isValid());
        }
        QCOMPARE(GapReport::colourForGap(-1.0), GapReport::colourForGap(0.0));
        QVERIFY(GapReport::colourForGap(0.3) != GapReport::colourForGap(0.8));
        QVERIFY(GapReport::colourForGap(2.5).green() < GapReport::colourForGap(0.3).green());
        QCOMPARE(GapReport::formatGap(1.24), QStringLiteral("+1.2"));
        QCOMPARE(GapReport::formatGap(-0.5), QStringLiteral("\u2212") + QStringLiteral("0.5"));
        QCOMPARE(GapReport::formatGap(0.01), QStringLiteral("0.0"));
    }
};

QTEST_MAIN(TestGapReport)
#include "tst_gapreport.moc"
