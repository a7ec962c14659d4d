// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Upskill {

class EditHistory;
class ProviderAnswerModel;
class ProviderModel;
class ProviderRedFlagModel;
class ProviderScoreModel;
class WarningBanner;

// The provider selected in the list: its total, rank and ticked red flags on top (the flags in
// a red banner that no tab hides), and below on tabs its scorecard, its red flags and its
// answers to the questions before signing. On the scorecard a digit 0–5 scores the current
// criterion and moves on; Delete clears the score.
class ProviderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Scorecard, RedFlags, Questions };

    ProviderDetailPanel(EditHistory &history, ProviderModel &providers, QWidget *parent = nullptr);

    // -1: nothing selected.
    void setProvider(qint64 providerId);
    qint64 provider() const { return m_provider; }

    QTabWidget *tabs() const { return m_tabs; }
    ProviderScoreModel *scoreModel() const { return m_scores; }
    ProviderRedFlagModel *redFlagModel() const { return m_flags; }
    ProviderAnswerModel *answerModel() const { return m_answers; }
    QTableView *scoreTable() const { return m_scoreTable; }
    QTableView *redFlagTable() const { return m_flagTable; }
    QTableView *answerTable() const { return m_answerTable; }
    QLabel *summaryLabel() const { return m_summary; }
    WarningBanner *redFlagBanner() const { return m_banner; }

Q_SIGNALS:
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    QTableView *makeTable(QAbstractItemModel *model);

    ProviderModel &m_providers;
    qint64 m_provider = -1;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_summary;
    WarningBanner *m_banner;
    QTabWidget *m_tabs;
    ProviderScoreModel *m_scores;
    ProviderRedFlagModel *m_flags;
    ProviderAnswerModel *m_answers;
    QTableView *m_scoreTable;
    QTableView *m_flagTable;
    QTableView *m_answerTable;
};

} // namespace Upskill
