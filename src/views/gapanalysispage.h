// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "gapanalysis.h"

#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableView;

namespace Upskill {

class GapHeatmapModel;
class GapRankingModel;

// The gap analysis: a heatmap of people, roles, teams or cohorts against the rubric's
// dimensions, the three rankings and the curriculum priority, with filters for the people and
// for which assessments count as current. Exports the shareable version as PDF.
class GapAnalysisPage : public FigurePage
{
    Q_OBJECT
public:
    explicit GapAnalysisPage(EditHistory &history, QWidget *parent = nullptr);

    GapOptions options() const;
    GapHeatmapModel *heatmap() const { return m_heatmap; }
    GapRankingModel *ranking(int which) const { return m_rankings.value(which); }
    QComboBox *groupingBox() const { return m_grouping; }
    const std::optional<GapAnalysisResult> &result() const { return m_result; }
    // Writes the shareable PDF (never per person) to path; false with a message on failure.
    bool exportPdf(const QString &path, QString *error);
    // The same on a worker thread; exported() tells when it is written.
    void exportInBackground(const QString &path);

    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

Q_SIGNALS:
    // A new result is showing (tests and the status bar listen).
    void resultShown();
    void exported(bool ok);

protected:
    void refresh() override;

private:
    struct Computed
    {
        GapAnalysisResult result;
        qint64 personCount = 0;
    };
    void loadFilterChoices();
    void showComputed();
    void chooseExportFile();

    QComboBox *m_grouping;
    QComboBox *m_role;
    QComboBox *m_team;
    QComboBox *m_cohort;
    QComboBox *m_kinds;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QTableView *m_heatmapView;
    GapHeatmapModel *m_heatmap;
    QList<GapRankingModel *> m_rankings;
    QFutureWatcher<FigureOutcome<Computed>> m_watcher;
    std::optional<GapAnalysisResult> m_result;
    GapOptions m_runningOptions;
    bool m_rerun = false;
};

} // namespace Upskill
