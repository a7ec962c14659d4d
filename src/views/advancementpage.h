// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advancement.h"
#include "figurejob.h"
#include "figurepage.h"

#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Upskill {

// Knowledge gain of a cohort (or of every cohort): pre against post per dimension and the
// average advancement against the program's target of at least one level.
class AdvancementPage : public FigurePage
{
    Q_OBJECT
public:
    explicit AdvancementPage(EditHistory &history, QWidget *parent = nullptr);

    void setCohort(qint64 cohortId);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void loadCohorts();
    void showOutcome(const FigureOutcome<AdvancementResult> &outcome);

    QComboBox *m_cohort;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Upskill
