// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

namespace Upskill {

class CapabilityCoveragePage;
class ModuleModel;
class TableView;
class TrackModel;
class TracksPage;

// The Tracks area: the curriculum (tracks, their modules and how each track stands against
// its norm and the hands-on minimum) and the capability areas the tracks cover, on two pages.
class TracksView : public PagedAreaView
{
    Q_OBJECT
public:
    enum Page { Curriculum, Coverage };

    explicit TracksView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    TracksPage *tracksPage() const { return m_tracks; }
    CapabilityCoveragePage *coveragePage() const { return m_coverage; }
    // The curriculum page's models and table, as the window and its tests reach them.
    TrackModel *model() const;
    ModuleModel *moduleModel() const;
    TableView *table() const;

private:
    TracksPage *m_tracks;
    CapabilityCoveragePage *m_coverage;
};

} // namespace Upskill
