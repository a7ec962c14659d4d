// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerconnection.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace Upskill {

template <typename T> struct FigureOutcome
{
    std::optional<T> value;
    QString error;
    qint64 milliseconds = 0;
};

// Computes figures on a worker thread with a read-only connection of its own, so a query over
// a million assessments never freezes the window; the caller watches the future.
template <typename T>
QFuture<FigureOutcome<T>>
computeInBackground(const QString &path,
                    std::function<std::optional<T>(const QSqlDatabase &, QString *)> work)
{
    return QtConcurrent::run([path, work] {
        FigureOutcome<T> outcome;
        QElapsedTimer timer;
        timer.start();
        ReaderConnection reader(path);
        if (!reader.isOpen()) {
            outcome.error = reader.error();
            return outcome;
        }
        outcome.value = work(reader.database(), &outcome.error);
        outcome.milliseconds = timer.elapsed();
        return outcome;
    });
}

} // namespace Upskill
