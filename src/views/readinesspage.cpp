// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinesspage.h"

#include "edithistory.h"
#include "programfile.h"
#include "readiness.h"
#include "readinessmodel.h"
#include "tableview.h"
#include "warningbanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace Upskill {

ReadinessPage::ReadinessPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_model(new ReadinessModel(history, this)),
      m_table(new TableView(this)), m_banner(new WarningBanner(this)), m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("readinessPage"));
    auto *hint = new QLabel(tr("Before buying external training, check that the program can use "
                               "it. Training bought without use cases to work on, room to "
                               "experiment, a goal beyond certificates or sound data "
                               "infrastructure is mostly wasted."),
                            this);
    hint->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setProgramModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(true);
    m_table->setEmptyText(tr("The readiness check has no questions."));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);

    watchRefusals(m_model);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReadinessPage::updateVerdict);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReadinessPage::updateVerdict);
    m_model->select();
    m_table->setColumnWidth(ReadinessModel::Question,
                            m_table->fontMetrics().averageCharWidth() * 70);
    m_table->setColumnWidth(ReadinessModel::Answer, m_table->fontMetrics().averageCharWidth() * 20);
}

void ReadinessPage::updateVerdict()
{
    QString error;
    const auto check = Readiness::compute(m_history.file().database(), &error);
    if (!check) {
        m_banner->setMessage(WarningBanner::Level::Caution,
                             tr("The readiness check could not be read: %1").arg(error));
        m_warnings->clear();
        m_warnings->hide();
        return;
    }
    const WarningBanner::Level level = check->premature()     ? WarningBanner::Level::Problem
                                       : check->hasWarnings() ? WarningBanner::Level::Caution
                                                              : WarningBanner::Level::Fine;
    m_banner->setMessage(level, Readiness::headline(*check));
    QStringList lines;
    for (const ReadinessWarning &warning : check->warnings)
        lines.append(QStringLiteral("• ") + Readiness::warningText(warning));
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

void ReadinessPage::focusSearch()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

QByteArray ReadinessPage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void ReadinessPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace Upskill
