// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibench.h"

#include "mainwindow.h"
#include "participantmodel.h"
#include "participantsview.h"
#include "tableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>

#include <memory>

namespace Upskill {

namespace {

// Says when a widget has been painted, so a timing ends when the pixels are there, not
// when the code that asked for them returned.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintWatch() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }
    void reset() { m_painted = false; }
    // Processes events until painted (and condition holds), at most timeoutMs.
    bool wait(const std::function<bool()> &condition = {}, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!(m_painted && (!condition || condition()))) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return true;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    bool m_painted = false;
};

constexpr int ParticipantsArea = 2;

} // namespace

double GuiBench::peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QList<BenchResult> GuiBench::run(const QString &path, int runs)
{
    QList<BenchResult> results;
    QList<double> firstPaint;
    QList<double> firstRows;
    QString error;
    // Open → first paint of the window, then → first rows of the participants view; a fresh
    // window each run, as on starting the application.
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        if (!window->openProgram(path, ProgramFile::Mode::OpenExisting, &error)) {
            results.append({QStringLiteral("open → first paint"), -1, error, {}});
            return results;
        }
        PaintWatch windowPaint(window.get());
        window->show();
        if (!windowPaint.wait()) {
            results.append({QStringLiteral("open → first paint"),
                            -1,
                            QStringLiteral("the window was never painted"),
                            {}});
            return results;
        }
        firstPaint.append(timer.nsecsElapsed() / 1e6);
        ParticipantsView *view = window->participantsView();
        PaintWatch rowsPaint(view->table()->viewport());
        window->showArea(ParticipantsArea);
        if (!rowsPaint.wait([view] { return view->model()->rowCount() > 0; })) {
            results.append({QStringLiteral("open → participants' first rows"),
                            -1,
                            QStringLiteral("no rows were shown"),
                            {}});
            return results;
        }
        firstRows.append(timer.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents();
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    results.append({QStringLiteral("open → main window first paint"), median(firstPaint), {}, {}});
    results.append(
        {QStringLiteral("open → participants view first rows"), median(firstRows), {}, {}});

    // One window for the rest, as a coordinator would work.
    MainWindow window;
    window.resize(1280, 800);
    if (!window.openProgram(path, ProgramFile::Mode::OpenExisting, &error)) {
        results.append({QStringLiteral("participant search"), -1, error, {}});
        return results;
    }
    window.show();
    window.showArea(ParticipantsArea);
    ParticipantsView *view = window.participantsView();
    auto *search = view->findChild<QLineEdit *>();
    PaintWatch viewport(view->table()->viewport());
    viewport.wait([view] { return view->model()->rowCount() > 0; });

    // A name fragment typed into the filter → the matching rows painted. The fragments are
    // common name parts, so each search finds rows.
    const QStringList fragments = {
        QStringLiteral("ana"), QStringLiteral("son"), QStringLiteral("li"), QStringLiteral("mar"),
        QStringLiteral("ez"),  QStringLiteral("ro"),  QStringLiteral("ia")};
    QList<double> searches;
    for (int i = 0; i < std::max(runs, 5); ++i) {
        const QString fragment = fragments.at(i % fragments.size());
        QElapsedTimer timer;
        timer.start();
        viewport.reset();
        search->setText(fragment);
        view->applySearchNow();
        if (!viewport.wait())
            break;
        searches.append(timer.nsecsElapsed() / 1e6);
        search->clear();
        view->applySearchNow();
        viewport.reset();
        viewport.wait();
    }
    results.append({QStringLiteral("participant search (type → rows shown)"),
                    searches.isEmpty() ? -1 : median(searches),
                    QStringLiteral("%1 fragments").arg(searches.size()),
                    {}});

    // Top to bottom: Ctrl+End in the table until the last row shows. Each press shows the last
    // row fetched so far and the view fetches the next batch, as holding the key would.
    TableView *table = view->table();
    table->setFocus();
    const auto atBottom = [table] {
        return !table->model()->canFetchMore(QModelIndex()) &&
               table->verticalScrollBar()->value() == table->verticalScrollBar()->maximum();
    };
    QElapsedTimer timer;
    timer.start();
    bool scrolled = false;
    for (int press = 0; press < 100000 && !scrolled; ++press) {
        viewport.reset();
        QKeyEvent end(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::sendEvent(table, &end);
        if (!viewport.wait({}, 10000))
            break;
        scrolled = atBottom();
    }
    results.append({QStringLiteral("scroll participants top → bottom"),
                    scrolled ? timer.nsecsElapsed() / 1e6 : -1,
                    QStringLiteral("%1 rows").arg(table->model()->rowCount()),
                    {}});
    results.append({QStringLiteral("peak memory, participants open and scrolled"),
                    peakResidentMiB(),
                    QStringLiteral("VmHWM"),
                    {},
                    QStringLiteral("MiB")});
    return results;
}

} // namespace Upskill
