// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

namespace Upskill {

class HealthPage;

// The Health area: the program's known failure modes as live warnings (HealthPage). It adds
// nothing with New and deletes nothing; Find goes to the list. Double-clicking a warning asks
// the window to show where it is fixed.
class HealthView : public AreaView
{
    Q_OBJECT
public:
    explicit HealthView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override { return {}; }
    void addItem() override {}
    void removeSelected() override {}
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    HealthPage *page() const { return m_page; }

Q_SIGNALS:
    // Where a warning is fixed. area is a HealthWarning::area key: "tracks" (id: a track),
    // "cohorts", "projects", "protected_time", "placement" (id: a cohort), "mentorship" (id:
    // the mentor, a participant) or "effectiveness" (id 0: the program's key figures).
    void fixRequested(const QString &area, qint64 id);

private:
    HealthPage *m_page;
};

} // namespace Upskill
