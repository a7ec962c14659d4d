// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "yearcomparison.h"

#include <QFutureWatcher>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace Upskill {

// The yearly needs assessment: one year's levels against another's, per dimension.
class YearComparisonPage : public FigurePage
{
    Q_OBJECT
public:
    explicit YearComparisonPage(EditHistory &history, QWidget *parent = nullptr);

    void setYears(int earlier, int later);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void showOutcome(const FigureOutcome<YearComparisonResult> &outcome);
    void suggestYears();

    QSpinBox *m_earlier;
    QSpinBox *m_later;
    QComboBox *m_kinds;
    QTableWidget *m_table;
    bool m_yearsChosen = false;
};

} // namespace Upskill
