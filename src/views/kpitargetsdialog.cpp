// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitargetsdialog.h"

#include "edithistory.h"
#include "programfile.h"
#include "programsettings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace Upskill {

namespace {

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, double step,
                     const QString &suffix, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setValue(value);
    return box;
}

} // namespace

KpiTargetsDialog::KpiTargetsDialog(EditHistory &history, QWidget *parent)
    : QDialog(parent), m_history(history)
{
    setWindowTitle(tr("Targets of the key figures"));
    const ProgramSettings s = ProgramSettings::load(history.file().database());
    m_completion = spin(this, 0, 100, 0, 1, tr(" %"), s.completionTargetPct);
    m_advancement = spin(this, 0, 3, 2, 0.25, tr(" levels"), s.advancementTargetLevels);
    m_days = spin(this, 0, 365, 0, 5, tr(" days"), s.firstContributionTargetDays);
    m_mentor = spin(this, 1, 5, 1, 0.1, tr(" of 5"), s.mentorSatisfactionTarget);
    m_manager = spin(this, 1, 5, 1, 0.1, tr(" of 5"), s.managerSatisfactionTarget);
    m_protectedTime = spin(this, 0, 100, 0, 5, tr(" %"), s.protectedTimeTargetPct);
    m_nps = spin(this, -100, 100, 0, 5, QString(), s.npsTarget);

    auto *intro = new QLabel(tr("A key figure is green on its target, amber when close to it and "
                                "red when well short. The targets are kept in the program file, "
                                "so everyone who opens it judges by the same ones."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Completion rate at least:"), m_completion);
    form->addRow(tr("Skill &advancement at least:"), m_advancement);
    form->addRow(tr("&First AI contribution within:"), m_days);
    form->addRow(tr("&Mentor satisfaction at least:"), m_mentor);
    form->addRow(tr("Mana&ger satisfaction at least:"), m_manager);
    form->addRow(tr("&Protected time used at least:"), m_protectedTime);
    form->addRow(tr("&Net Promoter Score at least:"), m_nps);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void KpiTargetsDialog::accept()
{
    const QString table = QStringLiteral("program_settings");
    const QList<FieldChange> changes = {
        {table, 1, QStringLiteral("completion_target_pct"), m_completion->value()},
        {table, 1, QStringLiteral("advancement_target_levels"), m_advancement->value()},
        {table, 1, QStringLiteral("first_contribution_target_days"), m_days->value()},
        {table, 1, QStringLiteral("mentor_satisfaction_target"), m_mentor->value()},
        {table, 1, QStringLiteral("manager_satisfaction_target"), m_manager->value()},
        {table, 1, QStringLiteral("protected_time_target_pct"), m_protectedTime->value()},
        {table, 1, QStringLiteral("nps_target"), m_nps->value()},
    };
    // A refused change is reported by the history; the dialog stays open to correct it.
    if (m_history.editFields(changes, tr("Change key figure targets")))
        QDialog::accept();
}

} // namespace Upskill
