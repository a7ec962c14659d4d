// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracksview.h"

#include "capabilitycoveragepage.h"
#include "trackspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

TracksView::TracksView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_tracks(new TracksPage(history, this)),
      m_coverage(new CapabilityCoveragePage(history, this))
{
    addPage(m_tracks, tr("Tracks and modules"));
    addPage(m_coverage, tr("Capability coverage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString TracksView::title() const
{
    return tr("Tracks");
}

TrackModel *TracksView::model() const
{
    return m_tracks->model();
}

ModuleModel *TracksView::moduleModel() const
{
    return m_tracks->moduleModel();
}

TableView *TracksView::table() const
{
    return m_tracks->table();
}

} // namespace Upskill
