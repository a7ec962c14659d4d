// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "learningfigures.h"

#include <QFutureWatcher>

class QTableWidget;

namespace Upskill {

class FigureView;

// "Spend": what external learning cost, quarter by quarter of the start dates, as a bar chart
// (copied or saved from its menu for a budget meeting) and as a table split by kind, with the
// entries that give no cost counted so the total is read for what it is.
class LearningSpendPage : public FigurePage
{
    Q_OBJECT
public:
    explicit LearningSpendPage(EditHistory &history, QWidget *parent = nullptr);

    FigureView *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void showOutcome(const FigureOutcome<QList<QuarterSpend>> &outcome);

    FigureView *m_chart;
    QTableWidget *m_table;
};

} // namespace Upskill
