// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven as a coordinator would: a file with problems, the columns matched
// and remembered, the check, leaving out refused rows, the import as one undo step, and
// Cancel. With UPSKILL_SHOTS_DIR set, every page is saved there as a PNG to look at.
#include "demoprogram.h"
#include "edithistory.h"
#include "importcheckpage.h"
#include "importcolumnspage.h"
#include "importfilepage.h"
#include "importrunpage.h"
#include "importwizard.h"
#include "programfile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Upskill;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;

    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    qint64 participants() const
    {
        QSqlQuery query(m_file->database());
        return query.exec(QStringLiteral("SELECT count(*) FROM participants")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    static void shoot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPSKILL_SHOTS_DIR");
        if (folder.isEmpty())
            return;
        QTest::qWait(50);
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // A participants file the way an HR export comes: the header's names are HR's, one row
    // has no email, one an unknown role, one person is already in the program.
    QByteArray participantsWithProblems() const
    {
        QByteArray csv = "sep=;\r\nEmployee ID;E-mail Address;Full name;Department;Line "
                         "manager;Job role;Level\r\n";
        csv += "1001;nina.new@example.org;Nina Neumann;Platform;Ola Ostrom;Backend "
               "engineer;Senior\r\n";
        csv += "1002;;Paul Missing;Data;Ola Ostrom;Data;Mid\r\n";
        csv += "1003;rita.role@example.org;Rita Role;Data;Ola Ostrom;Astronaut;Junior\r\n";
        csv += "1004;sam.second@example.org;Sam Second;Frontend;Tia Tan;Frontend;Staff\r\n";
        QSqlQuery existing(m_file->database());
        existing.exec(QStringLiteral("SELECT email FROM participants ORDER BY id LIMIT 1"));
        existing.next();
        csv += "1005;" + existing.value(0).toString().toUpper().toUtf8() +
               ";Someone Known;Platform;Ola Ostrom;Platform;Senior\r\n";
        return csv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Remembered mappings go to a settings file of the test's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("w%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 60;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }

    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void importWithProblemsLeftOut()
    {
        const QString path = write(participantsWithProblems(), QStringLiteral("hr-export.csv"));
        const qint64 before = participants();
        ImportWizard wizard(*m_history, ImportKind::Participants);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Import participants"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *filePage = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
        QVERIFY(!filePage->isComplete());
        shoot(&wizard, QStringLiteral("1-file-empty"));
        filePage->setFile(path);
        QVERIFY(filePage->isComplete());
        QCOMPARE(wizard.setup().headers.size(), 7);
        QCOMPARE(wizard.setup().previewRows.size(), 5);
        QCOMPARE(wizard.setup().previewLines.first(), 3); // after the sep= line and the header
        shoot(&wizard, QStringLiteral("1-file"));

        wizard.next();
        auto *columns = qobject_cast<ImportColumnsPage *>(wizard.currentPage());
        QVERIFY(columns);
        const ColumnMapping mapping = columns->mapping();
        QCOMPARE(mapping.value(QStringLiteral("email")), 1);
        QCOMPARE(mapping.value(QStringLiteral("name")), 2);
        QCOMPARE(mapping.value(QStringLiteral("team")), 3);
        QCOMPARE(mapping.value(QStringLiteral("manager")), 4);
        QCOMPARE(mapping.value(QStringLiteral("role")), 5);
        QCOMPARE(mapping.value(QStringLiteral("seniority")), 6);
        QVERIFY(columns->isComplete());
        shoot(&wizard, QStringLiteral("2-columns"));
        // Without an email column the wizard cannot go on.
        QComboBox *email = columns->columnChoice(QStringLiteral("email"));
        email->setCurrentIndex(0);
        QVERIFY(!columns->isComplete());
        email->setCurrentIndex(email->findData(1));
        QVERIFY(columns->isComplete());

        wizard.next();
        auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
        QVERIFY(check);
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), 20000);
        QVERIFY2(check->result().error.isEmpty(), qPrintable(check->result().error));
        QCOMPARE(check->result().rows, 5);
        QCOMPARE(check->result().inserted, 2);
        QCOMPARE(check->result().skipped, 1);
        QCOMPARE(check->result().refused, 2);
        QCOMPARE(check->result().refusedLines, (QList<qint64>{4, 5}));
        QVERIFY(!check->isComplete());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        shoot(&wizard, QStringLiteral("3-check"));
        check->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(check->isComplete());
        QCOMPARE(participants(), before);

        wizard.next();
        auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning() && run->isComplete(), 20000);
        QVERIFY2(run->result().ok, qPrintable(run->result().error));
        QCOMPARE(run->result().inserted, 2);
        QCOMPARE(participants(), before + 2);
        QVERIFY(wizard.imported());
        shoot(&wizard, QStringLiteral("4-done"));

        // The import is one step of the history.
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(m_history->stack()->undoText(), QStringLiteral("Import 2 participant(s)"));
        m_history->stack()->undo();
        QCOMPARE(participants(), before);
        m_history->stack()->redo();
        QCOMPARE(participants(), before + 2);
        wizard.accept();

        // The next file with these columns gets the columns chosen this time.
        ImportWizard again(*m_history, ImportKind::Participants);
        auto *againFile = qobject_cast<ImportFilePage *>(again.page(ImportWizard::FilePage));
        againFile->setFile(path);
        again.show();
        again.next();
        auto *againColumns = qobject_cast<ImportColumnsPage *>(again.currentPage());
        QCOMPARE(againColumns->mapping(), mapping);
    }

    void unreadableFileSaysWhy()
    {
        const QString path =
            write(QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16), QStringLiteral("x.csv"));
        ImportWizard wizard(*m_history, ImportKind::Participants);
        wizard.show();
        auto *filePage = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
        filePage->setFile(path);
        QVERIFY(!filePage->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(&wizard, QStringLiteral("1-file-not-text"));
    }

    void assessmentsFromASurveyExport()
    {
        QSqlQuery people(m_file->database());
        people.exec(QStringLiteral("SELECT email FROM participants ORDER BY id LIMIT 3"));
        QByteArray csv = "ID,Start time,Completion time,Email,Name,AI/ML fundamentals,LLMs and "
                         "prompt engineering,AI-assisted development,Data engineering for AI,AI "
                         "in production\n";
        int id = 1;
        while (people.next()) {
            csv += QByteArray::number(id++) + ",3/2/2026 9:00,3/2/2026 9:12," +
                   people.value(0).toString().toUtf8() + ",Someone,2,3,Proficient,1,5\n";
        }
        const QString path = write(csv, QStringLiteral("forms.csv"));
        ImportWizard wizard(*m_history, ImportKind::Assessments);
        wizard.show();
        qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))->setFile(path);
        wizard.next();
        auto *columns = qobject_cast<ImportColumnsPage *>(wizard.currentPage());
        // A survey export has no kind column: one kind for every row is needed.
        QVERIFY(!columns->isComplete());
        auto *kind = columns->findChildren<QComboBox *>().value(0);
        for (QComboBox *combo : columns->findChildren<QComboBox *>()) {
            if (combo->findData(QStringLiteral("self")) >= 0)
                kind = combo;
        }
        kind->setCurrentIndex(kind->findData(QStringLiteral("self")));
        QVERIFY(columns->isComplete());
        shoot(&wizard, QStringLiteral("2-columns-assessments"));
        wizard.next();
        auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), 20000);
        QVERIFY2(check->result().error.isEmpty(), qPrintable(check->result().error));
        // "5" in AI in production is out of range on every row.
        QCOMPARE(check->result().refused, 3);
        QCOMPARE(check->result().problems.first().columnName, QStringLiteral("AI in production"));
        shoot(&wizard, QStringLiteral("3-check-assessments"));
    }

    void cancelWritesNothing()
    {
        QByteArray csv = "email,name\n";
        for (int i = 0; i < 60000; ++i)
            csv += "bulk" + QByteArray::number(i) + "@example.org,Bulk " + QByteArray::number(i) +
                   "\n";
        const QString path = write(csv, QStringLiteral("bulk.csv"));
        const qint64 before = participants();
        ImportWizard wizard(*m_history, ImportKind::Participants);
        wizard.show();
        qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))->setFile(path);
        wizard.next();
        wizard.next();
        auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), 60000);
        QCOMPARE(check->result().inserted, 60000);
        wizard.next();
        auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
        QVERIFY(run->isRunning());
        shoot(&wizard, QStringLiteral("4-running"));
        run->cancelImport();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning() && run->isComplete(), 60000);
        QVERIFY(run->result().cancelled);
        QCOMPARE(participants(), before);
        QCOMPARE(m_history->stack()->count(), 0);
        QVERIFY(!wizard.imported());
        shoot(&wizard, QStringLiteral("4-cancelled"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
