// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurepage.h"

#include "edithistory.h"
#include "programfile.h"

#include <QLabel>
#include <QTimer>

namespace Upskill {

FigurePage::FigurePage(EditHistory &history, const QStringList &watchedTables, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_watched(watchedTables),
      m_debounce(new QTimer(this)), m_status(new QLabel(this))
{
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            m_stale = false;
            refresh();
        }
    });
    connect(&history.file(), &ProgramFile::tablesChanged, this, &FigurePage::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
}

void FigurePage::onTablesChanged(const QStringList &tables)
{
    for (const QString &table : tables) {
        if (m_watched.contains(table)) {
            refreshSoon();
            return;
        }
    }
}

void FigurePage::refreshSoon()
{
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

void FigurePage::showEvent(QShowEvent *event)
{
    SkillsPage::showEvent(event);
    if (m_stale)
        m_debounce->start(0);
}

QString FigurePage::programPath() const
{
    return m_history.file().path();
}

void FigurePage::setBusy(bool busy)
{
    if (busy)
        m_status->setText(tr("Computing…"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace Upskill
