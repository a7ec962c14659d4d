// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace Upskill;

// The print preview shows the report's pages and offers saving them as PDF.
class TestReportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryPage()
    {
        QString rows;
        for (int i = 1; i <= 150; ++i)
            rows += QStringLiteral("<tr><td>Item %1</td><td>Owner</td></tr>").arg(i);
        const QString html = QStringLiteral("<html><body><h1>Long list</h1><table width=\"100%\">"
                                            "<thead><tr><th>Item</th><th>Owner</th></tr></thead>"
                                            "%1</table></body></html>")
                                 .arg(rows);
        int pages = 0;
        bool canSave = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            pages = preview->pageCount();
            for (QAction *action : dialog->findChild<QToolBar *>()->actions())
                canSave = canSave || action->text().startsWith(QStringLiteral("Save as PDF"));
            // Look at it: UPSKILL_GRAB=file.png keeps a picture of the dialog.
            if (qEnvironmentVariableIsSet("UPSKILL_GRAB"))
                dialog->grab().save(qEnvironmentVariable("UPSKILL_GRAB"));
            dialog->reject();
        });
        ReportPreview::show(nullptr,
                            {html, {QStringLiteral("Org"), QStringLiteral("Long list")}, {}},
                            QPageSize(QPageSize::A4), QStringLiteral("long.pdf"));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(canSave);
    }
};

QTEST_MAIN(TestReportPreview)
#include "tst_reportpreview.moc"
