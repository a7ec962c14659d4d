// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "communityfigures.h"
#include "figurejob.h"
#include "figurepage.h"

#include <QFutureWatcher>

class QTableWidget;

namespace Upskill {

// The community quarter by quarter: how many events of each kind, how many people came and
// how many of them were alumni — the check that the program is not one-and-done. Computed on
// a worker thread, as a large organisation's events have hundreds of thousands of attendances.
class CommunityQuartersPanel : public FigurePage
{
    Q_OBJECT
public:
    explicit CommunityQuartersPanel(EditHistory &history, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString statusText() const;

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void showOutcome(const FigureOutcome<QList<CommunityQuarter>> &outcome);

    QTableWidget *m_table;
};

} // namespace Upskill
