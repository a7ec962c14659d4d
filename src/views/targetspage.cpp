// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetspage.h"

#include "areaview.h"
#include "programfile.h"
#include "roletargetmodel.h"
#include "rowstore.h"
#include "tableview.h"
#include "tracktargetmodel.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {
QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

TargetsPage::TargetsPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_roleTargets(new RoleTargetModel(history, this)),
      m_trackTargets(new TrackTargetModel(history, this)), m_roleTable(new TableView(this)),
      m_trackTable(new TableView(this)), m_role(new QComboBox(this)), m_track(new QComboBox(this))
{
    setObjectName(QStringLiteral("targets"));
    m_role->addItem(tr("All roles"), QString());
    for (const Choice &c : Vocabulary::choices(Term::TargetRole))
        m_role->addItem(c.label, c.key);
    auto *addRole = new QPushButton(tr("&Add target"), this);
    auto *removeRole = new QPushButton(tr("Delete target"), this);
    auto *addTrack = new QPushButton(tr("Add &level"), this);
    auto *removeTrack = new QPushButton(tr("Delete level"), this);

    m_roleTable->setProgramModel(m_roleTargets);
    m_roleTable->horizontalHeader()->setSortIndicator(RoleTargetModel::Role, Qt::AscendingOrder);
    m_roleTable->setEmptyText(tr("No targets for this role yet. “Add target” sets the level it "
                                 "needs in a dimension; without its own targets a role is "
                                 "measured against the organisation-wide default."));
    m_trackTable->setProgramModel(m_trackTargets);
    m_trackTable->horizontalHeader()->setSortIndicator(TrackTargetModel::Track, Qt::AscendingOrder);
    m_trackTable->setEmptyText(tr("No levels for this track yet. “Add level” says which level a "
                                  "track brings its participants to; placement compares "
                                  "assessed levels with it."));

    auto *roleBar = new QHBoxLayout;
    roleBar->addWidget(titleLabel(tr("Required level per role"), this), 1);
    roleBar->addWidget(new QLabel(tr("Role:"), this));
    roleBar->addWidget(m_role);
    roleBar->addWidget(addRole);
    roleBar->addWidget(removeRole);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(roleBar);
    topLayout->addWidget(m_roleTable, 1);

    auto *trackBar = new QHBoxLayout;
    trackBar->addWidget(titleLabel(tr("Level each track brings its participants to"), this), 1);
    trackBar->addWidget(new QLabel(tr("Track:"), this));
    trackBar->addWidget(m_track);
    trackBar->addWidget(addTrack);
    trackBar->addWidget(removeTrack);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(trackBar);
    bottomLayout->addWidget(m_trackTable, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    watchRefusals(m_roleTargets);
    watchRefusals(m_trackTargets);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_roleTargets->setRole(m_role->currentData().toString());
        m_roleTargets->select();
    });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        m_trackTargets->setTrack(
            m_track->currentData().isValid() ? m_track->currentData().toLongLong() : -1);
        m_trackTargets->select();
    });
    connect(m_trackTargets, &QAbstractItemModel::modelReset, this, &TargetsPage::reloadTracks);
    connect(addRole, &QPushButton::clicked, this, &TargetsPage::addItem);
    connect(removeRole, &QPushButton::clicked, this, &TargetsPage::removeRoleTargets);
    connect(addTrack, &QPushButton::clicked, this, &TargetsPage::addTrackTarget);
    connect(removeTrack, &QPushButton::clicked, this, &TargetsPage::removeTrackTargets);

    m_roleTargets->select();
    m_trackTargets->select();
}

void TargetsPage::reloadTracks()
{
    // Tracks can be added or renamed in the Tracks area; the filter follows.
    QSqlQuery query(m_trackTargets->database());
    query.exec(QStringLiteral("SELECT id, name FROM tracks ORDER BY position, name"));
    QList<QPair<qint64, QString>> tracks;
    while (query.next())
        tracks.append({query.value(0).toLongLong(), query.value(1).toString()});
    QList<QPair<qint64, QString>> shown;
    for (int i = 1; i < m_track->count(); ++i)
        shown.append({m_track->itemData(i).toLongLong(), m_track->itemText(i)});
    if (shown == tracks && m_track->count() > 0)
        return;
    const QVariant current = m_track->currentData();
    const QSignalBlocker blocker(m_track);
    m_track->clear();
    m_track->addItem(tr("All tracks"), QVariant());
    for (const auto &[id, name] : tracks)
        m_track->addItem(name, id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(current)));
}

QString TargetsPage::addActionText() const
{
    return tr("&New role target");
}

void TargetsPage::addItem()
{
    // Under "All roles" a new target is the organisation-wide default.
    QString role = m_role->currentData().toString();
    if (role.isEmpty())
        role = QStringLiteral("organisation");
    qint64 id = -1;
    if (m_roleTargets->addTarget(role, &id))
        m_roleTable->showId(id);
}

void TargetsPage::addTrackTarget()
{
    qint64 track = m_track->currentData().isValid() ? m_track->currentData().toLongLong() : -1;
    if (track < 0) {
        // Under "All tracks": the track of the selected row, else the first track.
        if (const qint64 row = m_trackTable->currentId(); row >= 0)
            track = RowStore(m_trackTargets->file())
                        .value(QStringLiteral("track_targets"), row, QStringLiteral("track_id"))
                        .toLongLong();
        else if (m_track->count() > 1)
            track = m_track->itemData(1).toLongLong();
    }
    if (track < 0) {
        Q_EMIT problem(tr("There is no track yet; add one under Tracks first."));
        return;
    }
    qint64 id = -1;
    if (m_trackTargets->addTarget(track, &id))
        m_trackTable->showId(id);
}

void TargetsPage::removeSelected()
{
    if (m_trackTable->hasFocus())
        removeTrackTargets();
    else
        removeRoleTargets();
}

void TargetsPage::removeRoleTargets()
{
    const QList<qint64> ids = m_roleTable->selectedIds();
    if (ids.isEmpty() ||
        !AreaView::confirmDelete(this, tr("Delete %n role target(s)?", nullptr, int(ids.size()))))
        return;
    m_roleTargets->removeIds(ids, tr("Delete %n role target(s)", nullptr, int(ids.size())));
}

void TargetsPage::removeTrackTargets()
{
    const QList<qint64> ids = m_trackTable->selectedIds();
    if (ids.isEmpty() ||
        !AreaView::confirmDelete(this, tr("Delete %n track level(s)?", nullptr, int(ids.size()))))
        return;
    m_trackTargets->removeIds(ids, tr("Delete %n track level(s)", nullptr, int(ids.size())));
}

void TargetsPage::focusSearch()
{
    m_role->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Upskill
