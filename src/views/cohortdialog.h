// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <QVariantMap>

#include <memory>

namespace Ui {
class CohortDialog;
}

namespace Upskill {

// Asks for what a new cohort needs (name, track, quarter, dates) and proposes sensible values:
// the next quarter, a start on its first Monday and an end after the track's weeks.
class CohortDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CohortDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~CohortDialog() override;

    QVariantMap values() const;

private:
    void proposeDates();
    void proposeName();
    void check();

    std::unique_ptr<Ui::CohortDialog> m_ui;
    QString m_proposedName;
};

} // namespace Upskill
