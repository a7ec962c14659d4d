// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariantMap>

#include <memory>

namespace Ui {
class ParticipantDialog;
}

namespace Upskill {

class ParticipantDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ParticipantDialog(QWidget *parent = nullptr);
    ~ParticipantDialog() override;

    QVariantMap values() const;

private:
    void check();
    std::unique_ptr<Ui::ParticipantDialog> m_ui;
};

} // namespace Upskill
