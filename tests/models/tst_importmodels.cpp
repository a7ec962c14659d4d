// SPDX-License-Identifier: GPL-3.0-or-later
// What the import wizard stands on outside its widgets: the preview and problem models, the
// import on a worker thread, and the import as one undoable step.
#include "edithistory.h"
#include "importjob.h"
#include "importpreviewmodel.h"
#include "importproblemmodel.h"
#include "importundocommand.h"
#include "programfile.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestImportModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("data%1.csv").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    QStringList people() const
    {
        QSqlQuery query(m_file->database());
        query.exec(QStringLiteral("SELECT email || ' ' || name || ' ' || team FROM participants "
                                  "ORDER BY email"));
        QStringList result;
        while (query.next())
            result.append(query.value(0).toString());
        return result;
    }

    ImportResult runJob(const QString &path, const ImportOptions &options, ProgramImport::Mode mode)
    {
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(m_file->path(), path, options, mode);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ImportResult>();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("m%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO participants (name, email, team) VALUES "
                                          "('Ada', 'ada@example.org', 'Core')")));
    }

    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void previewModel()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent({"Email", "Name"}, {{"a@example.org", "two\nlines"}, {"b@example.org"}},
                         {2, 4});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toLongLong(), 4);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("two↵lines"));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("two\nlines"));
        QCOMPARE(model.index(1, 1).data().toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void problemModel()
    {
        ImportProblemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProblems(
            {{731, 2, QStringLiteral("the email is missing"), QStringLiteral("Email")},
             {0, 0, QStringLiteral("whole file"), {}}},
            TableReader::Format::Xlsx);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(ImportProblemModel::Line, Qt::Horizontal).toString(),
                 QStringLiteral("Row"));
        QCOMPARE(model.index(0, ImportProblemModel::Line).data().toLongLong(), 731);
        QCOMPARE(model.index(0, ImportProblemModel::Field).data().toString(),
                 QStringLiteral("B (Email)"));
        QCOMPARE(model.index(1, ImportProblemModel::Line).data(), QVariant());
        model.setProblems(model.problems(), TableReader::Format::Csv);
        QCOMPARE(model.index(0, ImportProblemModel::Field).data().toString(),
                 QStringLiteral("2 (Email)"));
        QCOMPARE(model.headerData(ImportProblemModel::Line, Qt::Horizontal).toString(),
                 QStringLiteral("Line"));
    }

    void jobOnAWorkerThread()
    {
        const QString path = write("email,name,team\nada@example.org,Ada L.,Platform\n"
                                   "bo@example.org,Bo,Data\n");
        ImportOptions options;
        options.duplicates = ImportOptions::Duplicates::Update;
        const ImportResult checked = runJob(path, options, ProgramImport::Mode::Check);
        QVERIFY2(checked.ok, qPrintable(checked.error));
        QCOMPARE(checked.inserted, 1);
        QCOMPARE(checked.updated, 1);
        QCOMPARE(people(), QStringList{"ada@example.org Ada Core"});

        const ImportResult written = runJob(path, options, ProgramImport::Mode::Write);
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(people(),
                 (QStringList{"ada@example.org Ada L. Platform", "bo@example.org Bo Data"}));

        // One step of the history: undo puts Ada back and removes Bo, redo repeats both.
        QSignalSpy changed(m_file.get(), &ProgramFile::tablesChanged);
        ImportUndoCommand::push(*m_history, written.changes, QStringLiteral("Import"));
        QCOMPARE(m_history->stack()->count(), 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().first().toStringList().contains(QStringLiteral("participants")));
        m_history->stack()->undo();
        QCOMPARE(people(), QStringList{"ada@example.org Ada Core"});
        m_history->stack()->redo();
        QCOMPARE(people(),
                 (QStringList{"ada@example.org Ada L. Platform", "bo@example.org Bo Data"}));
        m_history->stack()->undo();
        QCOMPARE(people(), QStringList{"ada@example.org Ada Core"});
    }

    void undoBringsBackWhatHangsOffImportedRows()
    {
        const ImportResult written =
            runJob(write("email,name\nbo@example.org,Bo\n"), {}, ProgramImport::Mode::Write);
        QVERIFY(written.ok);
        ImportUndoCommand::push(*m_history, written.changes, QStringLiteral("Import"));
        // Someone assesses Bo after the import; undoing the import takes the assessment with
        // Bo, and redo brings both back.
        QSqlQuery query(m_file->database());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO assessments (participant_id, dimension_id, kind, level, "
                     "assessed_on) SELECT p.id, d.id, 'self', 2, '2026-01-01' FROM participants "
                     "p, rubric_dimensions d WHERE p.email = 'bo@example.org' LIMIT 1")),
                 qPrintable(query.lastError().text()));
        m_history->stack()->undo();
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM assessments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        m_history->stack()->redo();
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM assessments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void nothingToUndoAddsNoStep()
    {
        ImportUndoCommand::push(*m_history, {QStringLiteral("participants"), {}, {}},
                                QStringLiteral("Import"));
        QCOMPARE(m_history->stack()->count(), 0);
    }

    void jobReportsAFileItCannotRead()
    {
        const ImportResult result =
            runJob(m_dir.filePath(QStringLiteral("missing.csv")), {}, ProgramImport::Mode::Write);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "tst_importmodels.moc"
