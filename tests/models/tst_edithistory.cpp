// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithistory.h"
#include "programfile.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestEditHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int count(ProgramFile &file, const QString &table)
    {
        QSqlQuery query(file.database());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        query.next();
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void failedAddLeavesNothingAndNoUndoEntry()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("h1.upskill")),
                                      ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(file, qPrintable(error));
        EditHistory history(*file);
        QSignalSpy failed(&history, &EditHistory::editFailed);
        // The third row repeats the first email: none of the three may stay.
        const QList<QVariantMap> rows{{{QStringLiteral("name"), QStringLiteral("A")},
                                       {QStringLiteral("email"), QStringLiteral("a@x.org")}},
                                      {{QStringLiteral("name"), QStringLiteral("B")},
                                       {QStringLiteral("email"), QStringLiteral("b@x.org")}},
                                      {{QStringLiteral("name"), QStringLiteral("C")},
                                       {QStringLiteral("email"), QStringLiteral("A@x.org")}}};
        QVERIFY(!history.addRows(QStringLiteral("participants"), rows, QStringLiteral("Add")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("email")));
        QCOMPARE(count(*file, QStringLiteral("participants")), 0);
        QCOMPARE(history.stack()->count(), 0);
    }

    void undoRedoRoundTrip()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("h2.upskill")),
                                      ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(file, qPrintable(error));
        EditHistory history(*file);
        QList<qint64> ids;
        QVERIFY(history.addRows(QStringLiteral("participants"),
                                {{{QStringLiteral("name"), QStringLiteral("A")},
                                  {QStringLiteral("email"), QStringLiteral("a@x.org")}}},
                                QStringLiteral("Add"), &ids));
        QCOMPARE(ids.size(), 1);
        QVERIFY(history.editField(QStringLiteral("participants"), ids[0], QStringLiteral("team"),
                                  QStringLiteral("Search"), QStringLiteral("Team")));
        QVERIFY(history.removeRows(QStringLiteral("participants"), ids, QStringLiteral("Delete")));
        QCOMPARE(count(*file, QStringLiteral("participants")), 0);
        history.stack()->undo(); // delete
        history.stack()->undo(); // team
        QSqlQuery query(file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT team FROM participants")) && query.next());
        QCOMPARE(query.value(0).toString(), QString());
        query.finish();
        history.stack()->undo(); // add
        QCOMPARE(count(*file, QStringLiteral("participants")), 0);
        history.stack()->redo();
        history.stack()->redo();
        QVERIFY(query.exec(QStringLiteral("SELECT id, team FROM participants")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), ids[0]); // same id after redo
        QCOMPARE(query.value(1).toString(), QStringLiteral("Search"));
    }
};

QTEST_GUILESS_MAIN(TestEditHistory)
#include "tst_edithistory.moc"
