// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariantMap>

#include <memory>

namespace Ui {
class AssessmentDialog;
}

namespace Upskill {

class AssessmentModel;
class EditHistory;
class LevelPicker;

// Records one assessment of one person: the kind, the date, optionally the cohort it belongs
// to, and a level for each dimension still asked, chosen by reading the levels' behavioural
// indicators. Dimensions left unrated are not saved; saving writes all levels as one undo
// step, and a refusal keeps the dialog open with the reason.
class AssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentDialog(EditHistory &history, qint64 participantId, const QString &participantName,
                     QWidget *parent = nullptr);
    ~AssessmentDialog() override;

    QList<LevelPicker *> pickers() const { return m_pickers; }
    void setKind(const QString &kind);
    // The assessments the chosen levels make, one per rated dimension.
    QList<QVariantMap> records() const;
    void accept() override;

private:
    void loadCohorts();
    void buildPickers();

    std::unique_ptr<Ui::AssessmentDialog> m_ui;
    AssessmentModel *m_model;
    qint64 m_participantId;
    QList<LevelPicker *> m_pickers;
};

} // namespace Upskill
