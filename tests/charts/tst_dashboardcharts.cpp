// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreportfigures.h"
#include "dashboardfigures.h"
#include "demoprogram.h"
#include "figurerenderer.h"
#include "programfile.h"
#include "programreport.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Upskill;

// The dashboards' figures as pictures: every level of a demo program drawn, exported as PNG
// and SVG of the size asked for, empty states that say what is missing, and the program
// report's charts drawn into the PDF as vector graphics.
class TestDashboardCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_demo;
    std::unique_ptr<ProgramFile> m_empty;
    EffectivenessFigures m_demoFigures;
    EffectivenessFigures m_emptyFigures;

    static int countNonBackground(const QImage &image)
    {
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int count = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                count += image.pixel(x, y) != background;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_demo, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 180;
        options.today = QDate(2026, 11, 21);
        QVERIFY2(DemoProgram::generate(*m_demo, options, {}, &error), qPrintable(error));
        auto figures = Effectiveness::compute(m_demo->database(), {}, &error);
        QVERIFY2(figures, qPrintable(error));
        m_demoFigures = *figures;

        m_empty = ProgramFile::open(m_dir.filePath(QStringLiteral("empty.upskill")),
                                    ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_empty, qPrintable(error));
        figures = Effectiveness::compute(m_empty->database(), {}, &error);
        QVERIFY2(figures, qPrintable(error));
        m_emptyFigures = *figures;
    }

    void levels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("figures");
        QTest::newRow("kpis") << QStringLiteral("kpis") << 1;
        QTest::newRow("satisfaction") << QStringLiteral("satisfaction") << 3;
        QTest::newRow("knowledge") << QStringLiteral("knowledge") << 2;
        QTest::newRow("behaviour") << QStringLiteral("behaviour") << 3;
        QTest::newRow("impact") << QStringLiteral("impact") << 4;
        QTest::newRow("chain") << QStringLiteral("chain") << 1;
    }

    // With the demo's data every level draws charts, not empty states, and every figure has
    // a title that says what it shows.
    void levels()
    {
        QFETCH(QString, key);
        QFETCH(int, figures);
        const auto level = DashboardFigures::parseLevel(key);
        QVERIFY(level);
        QCOMPARE(DashboardFigures::levelKey(*level), key);
        const QList<DashboardFigure> list = DashboardFigures::figures(m_demoFigures, *level);
        QCOMPARE(list.size(), figures);
        for (const DashboardFigure &figure : list) {
            QVERIFY2(!figure.isEmpty(),
                     qPrintable(figure.key + QLatin1String(": ") + figure.emptyText));
            QVERIFY(!figure.title.isEmpty());
            QVERIFY(figure.makeChart || figure.paint);
            // byKey finds each one again, for the program report.
            const auto found = DashboardFigures::byKey(m_demoFigures, figure.key);
            QVERIFY(found);
            QCOMPARE(found->title, figure.title);
        }
        const QImage image =
            FigureRenderer::image(DashboardFigures::overview(m_demoFigures, *level),
                                  QSize(800, 450), ChartStyle::print());
        QCOMPARE(image.size(), QSize(800, 450));
        // Something was drawn: at least 3 % of the sampled pixels are not background.
        QVERIFY2(countNonBackground(image) > 0.03 * (200 * 113),
                 qPrintable(QString::number(countNonBackground(image))));
    }

    // A new program has no measurements: each chart says which data is missing and where it
    // is entered, instead of drawing empty axes.
    void emptyStatesSayWhatIsMissing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("where");
        QTest::newRow("sessions") << QStringLiteral("satisfaction-sessions")
                                  << QStringLiteral("Surveys");
        QTest::newRow("nps") << QStringLiteral("satisfaction-nps") << QStringLiteral("Surveys");
        QTest::newRow("knowledge")
            << QStringLiteral("knowledge-pre-post") << QStringLiteral("Assessments");
        QTest::newRow("behaviour")
            << QStringLiteral("behaviour-tool-usage") << QStringLiteral("Follow-up data");
        QTest::newRow("impact") << QStringLiteral("impact-hours-saved")
                                << QStringLiteral("Impact data");
    }

    void emptyStatesSayWhatIsMissing()
    {
        QFETCH(QString, key);
        QFETCH(QString, where);
        const auto figure = DashboardFigures::byKey(m_emptyFigures, key);
        QVERIFY(figure);
        QVERIFY(figure->isEmpty());
        QVERIFY2(figure->emptyText.contains(where), qPrintable(figure->emptyText));
        // The empty state is drawn as text, so an exported picture says it too.
        const QImage image = FigureRenderer::image(*figure, QSize(640, 360), ChartStyle::print());
        QVERIFY(countNonBackground(image) > 0);
    }

    void exportWritesPictureOfTheSizeAsked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("size");
        QTest::newRow("png default") << QStringLiteral("nps.png") << QSize(1600, 900);
        QTest::newRow("png projector") << QStringLiteral("nps-hd.png") << QSize(1920, 1080);
        QTest::newRow("svg") << QStringLiteral("nps.svg") << QSize(1600, 900);
    }

    void exportWritesPictureOfTheSizeAsked()
    {
        QFETCH(QString, file);
        QFETCH(QSize, size);
        const auto figure =
            DashboardFigures::byKey(m_demoFigures, QStringLiteral("satisfaction-nps"));
        QVERIFY(figure);
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY2(FigureRenderer::save(*figure, path, size, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        if (file.endsWith(QLatin1String(".png"))) {
            QImageReader reader(path);
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), size);
            const QImage image = reader.read();
            QVERIFY(countNonBackground(image) > 0.02 * (size.width() / 4) * (size.height() / 4));
        } else {
            QSvgRenderer svg(path);
            QVERIFY(svg.isValid());
            QCOMPARE(svg.viewBox().size(), size);
            // The chart's words are text in the SVG, not pixels: a vector picture.
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray data = in.readAll();
            QVERIFY(data.contains("<text") || data.contains("<path"));
            QVERIFY(!data.contains("<image"));
        }
    }

    // On screen the charts take the application's palette: a dark one gives a dark picture
    // with light text; exports and PDFs always use the light print style.
    void followsTheApplicationPalette()
    {
        const auto figure =
            DashboardFigures::byKey(m_demoFigures, QStringLiteral("satisfaction-nps"));
        QVERIFY(figure);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        const ChartStyle night = ChartStyle::forPalette(dark);
        QVERIFY(night.isDark());
        QVERIFY(!ChartStyle::print().isDark());
        const QImage image = FigureRenderer::image(*figure, QSize(800, 450), night);
        // Look at it: UPSKILL_GRAB=file.png keeps the picture.
        if (qEnvironmentVariableIsSet("UPSKILL_GRAB"))
            image.save(qEnvironmentVariable("UPSKILL_GRAB"));
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), QColor(0x1e, 0x1e, 0x1e));
        // Light text is drawn: some pixels are much lighter than the background.
        int light = 0;
        for (int y = 0; y < 60; ++y) {
            for (int x = 0; x < 400; ++x)
                light += image.pixelColor(x, y).lightness() > 180;
        }
        QVERIFY(light > 50);
        // Series colours stay apart from the background in both styles.
        QVERIFY(qAbs(night.series(0).lightness() - night.background().lightness()) > 60);
        QVERIFY(qAbs(ChartStyle::print().series(0).lightness() - 255) > 60);
    }

    // Copy puts both a picture and the SVG on the clipboard, for slides and documents.
    void clipboardDataHasPictureAndSvg()
    {
        const auto figure = DashboardFigures::byKey(m_demoFigures, QStringLiteral("kpis"));
        QVERIFY(figure);
        std::unique_ptr<QMimeData> data(FigureRenderer::mimeData(*figure, QSize(800, 450)));
        QVERIFY(data->hasImage());
        QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(800, 450));
        QVERIFY(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }

    void exportRefusesBadRequests()
    {
        const auto figure = DashboardFigures::byKey(m_demoFigures, QStringLiteral("kpis"));
        QVERIFY(figure);
        QString error;
        QVERIFY(!FigureRenderer::save(*figure, m_dir.filePath(QStringLiteral("chart.jpg")),
                                      QSize(800, 450), &error));
        QVERIFY(error.contains(QLatin1String(".png or .svg")));
        QVERIFY(!FigureRenderer::save(*figure, m_dir.filePath(QStringLiteral("tiny.png")),
                                      QSize(10, 10), &error));
        // A folder that does not exist: the error names the file.
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/kpis.png"));
        QVERIFY(!FigureRenderer::save(*figure, missing, QSize(800, 450), &error));
        QVERIFY(error.contains(missing));
        QVERIFY(!QFile::exists(missing));
    }

    // The program report names each level's charts and the PDF draws them as vector
    // graphics: the charts' titles are text in the PDF and there is no raster image.
    void programReportDrawsTheChartsAsVectors()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(
            ProgramReport::exportPdf(m_demo->database(), path, &error, &ChartReportFigures::create),
            qPrintable(error));
        const auto figures =
            ProgramReport::compute(m_demo->database(), QDate(2026, 11, 21), &error);
        QVERIFY(figures);
        const auto charts = ChartReportFigures::create(figures->effectiveness);
        const QString html = ProgramReport::html(*figures, charts.get());
        for (const QString &key :
             {QStringLiteral("satisfaction-nps"), QStringLiteral("knowledge-pre-post"),
              QStringLiteral("behaviour-tool-usage"), QStringLiteral("impact-hours-saved")})
            QVERIFY2(html.contains(QStringLiteral("figure:") + key), qPrintable(key));
        // Without charts the report names no figures at all.
        QVERIFY(!ProgramReport::html(*figures).contains(QLatin1String("figure:")));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray data = pdf.readAll();
        QVERIFY(data.startsWith("%PDF"));
        QVERIFY(!data.contains("/Subtype /Image"));
    }
};

int main(int argc, char *argv[])
{
    // Qt Charts needs a QApplication, even to draw into an image.
    QApplication app(argc, argv);
    TestDashboardCharts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboardcharts.moc"
