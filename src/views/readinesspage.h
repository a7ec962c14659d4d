// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;

namespace Upskill {

class EditHistory;
class ReadinessModel;
class TableView;
class WarningBanner;

// When to invest: the program's readiness check before buying external training, answered
// yes, no or not yet with a note, and the verdict on top — red when buying now is premature.
class ReadinessPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit ReadinessPage(EditHistory &history, QWidget *parent = nullptr);

    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ReadinessModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    WarningBanner *banner() const { return m_banner; }
    QLabel *warningList() const { return m_warnings; }

private:
    void updateVerdict();

    EditHistory &m_history;
    ReadinessModel *m_model;
    TableView *m_table;
    WarningBanner *m_banner;
    QLabel *m_warnings;
};

} // namespace Upskill
