// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectboard.h"

#include "applicationprojectmodel.h"
#include "projectcolumnmodel.h"
#include "vocabulary.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Upskill {

namespace {

// The accent of each status on its cards and header: the stages of the flow from grey to
// green, dropped in a muted red.
QColor accentOf(const QString &status)
{
    if (status == QLatin1String("idea"))
        return QColor(120, 130, 145);
    if (status == QLatin1String("prototyping"))
        return QColor(40, 120, 200);
    if (status == QLatin1String("showcased"))
        return QColor(150, 90, 200);
    if (status == QLatin1String("in_production"))
        return QColor(40, 150, 80);
    return QColor(190, 80, 70);
}

QString stageHelp(const QString &status)
{
    if (status == QLatin1String("idea"))
        return ProjectBoard::tr("Recorded in the first week: a real problem of the team.");
    if (status == QLatin1String("prototyping"))
        return ProjectBoard::tr("Being built during the cohort.");
    if (status == QLatin1String("showcased"))
        return ProjectBoard::tr("Shown at the cohort's showcase.");
    if (status == QLatin1String("in_production"))
        return ProjectBoard::tr("In use by the team: the program-wide list shows these.");
    return ProjectBoard::tr("Stopped; worth knowing why.");
}

// A card: the title on top, the person and the team below, a stripe in the column's colour.
class CardDelegate : public QStyledItemDelegate
{
public:
    CardDelegate(const QColor &accent, QObject *parent)
        : QStyledItemDelegate(parent), m_accent(accent)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {metrics.averageCharWidth() * 24, metrics.height() * 2 + metrics.leading() + 18};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
        QPainterPath path;
        path.addRoundedRect(card, 4, 4);
        painter->fillPath(path, selected ? palette.highlight() : palette.base());
        painter->setPen(QPen(selected ? palette.highlight().color() : palette.color(QPalette::Mid),
                             option.state & QStyle::State_HasFocus ? 2 : 1));
        painter->drawPath(path);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
        painter->fillPath(stripe, m_accent);

        const QRect text = option.rect.adjusted(14, 6, -8, -6);
        const QColor ink = selected ? palette.highlightedText().color() : palette.text().color();
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(
            QRect(text.left(), text.top(), text.width(), boldMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        const QString person =
            index.siblingAtColumn(ApplicationProjectModel::Participant).data().toString();
        const QString team = index.siblingAtColumn(ApplicationProjectModel::Team).data().toString();
        const QString line =
            team.isEmpty() ? person : ProjectBoard::tr("%1 · %2").arg(person, team);
        painter->setFont(option.font);
        QColor secondary = ink;
        secondary.setAlphaF(0.7);
        painter->setPen(secondary);
        const QFontMetrics metrics(option.font);
        painter->drawText(
            QRect(text.left(), text.bottom() - metrics.height(), text.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(line, Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    QColor m_accent;
};

// A column that says what to do while it has no cards.
class ColumnView : public QListView
{
public:
    using QListView::QListView;
    QString emptyText;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 12, -8, -8),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyText);
    }
};

} // namespace

ProjectBoard::ProjectBoard(ApplicationProjectModel *projects, QWidget *parent)
    : QWidget(parent), m_projects(projects)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QList<Choice> statuses = Vocabulary::choices(Term::ProjectStatus);
    for (int column = 0; column < statuses.size(); ++column) {
        const Choice &status = statuses.at(column);
        auto *model = new ProjectColumnModel(projects, status.key, this);
        auto *header = new QLabel(this);
        header->setToolTip(stageHelp(status.key));
        header->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; border-bottom: 3px "
                                             "solid %1; padding: 2px 4px; }")
                                  .arg(accentOf(status.key).name()));
        auto *view = new ColumnView(this);
        view->emptyText = tr("Drag a card here");
        view->setObjectName(QStringLiteral("boardColumn_%1").arg(status.key));
        view->setAccessibleName(status.label);
        view->setModel(model);
        view->setModelColumn(ApplicationProjectModel::Title);
        view->setItemDelegate(new CardDelegate(accentOf(status.key), view));
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSpacing(2);
        view->setUniformItemSizes(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
        view->installEventFilter(this);
        header->setBuddy(view);

        auto *columnLayout = new QVBoxLayout;
        columnLayout->setSpacing(2);
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        layout->addLayout(columnLayout, 1);
        m_headers.append(header);
        m_views.append(view);
        m_models.append(model);

        connect(view, &QListView::customContextMenuRequested, this,
                [this, column](const QPoint &position) { showContextMenu(column, position); });
        connect(view, &QListView::activated, this, [this, model](const QModelIndex &index) {
            Q_EMIT projectActivated(model->idAt(index.row()));
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, column, model](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    m_lastColumn = column;
                    Q_EMIT currentProjectChanged(model->idAt(current.row()));
                });
        connect(
            model, &ProjectColumnModel::dropped, this,
            [this, key = status.key](const QList<qint64> &ids) { followMoved(ids, key, true); });
        connect(model, &QAbstractItemModel::modelReset, this, &ProjectBoard::updateHeaders);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ProjectBoard::updateHeaders);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ProjectBoard::updateHeaders);
    }
    updateHeaders();
}

void ProjectBoard::updateHeaders()
{
    const QList<Choice> statuses = Vocabulary::choices(Term::ProjectStatus);
    for (int column = 0; column < m_headers.size(); ++column) {
        // The mnemonic jumps to the column: Alt+1 for the first, and so on.
        m_headers[column]->setText(tr("&%1 %2 · %3")
                                       .arg(column + 1)
                                       .arg(statuses.at(column).label)
                                       .arg(m_models.at(column)->rowCount()));
    }
}

int ProjectBoard::columnOf(const QString &status) const
{
    for (int column = 0; column < m_models.size(); ++column) {
        if (m_models.at(column)->status() == status)
            return column;
    }
    return -1;
}

int ProjectBoard::activeColumn() const
{
    for (int column = 0; column < m_views.size(); ++column) {
        if (m_views.at(column)->hasFocus())
            return column;
    }
    return m_lastColumn;
}

QList<qint64> ProjectBoard::selectedIds() const
{
    const int column = activeColumn();
    QList<qint64> ids;
    const QListView *view = m_views.value(column);
    if (!view)
        return ids;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        ids.append(m_models.at(column)->idAt(index.row()));
    return ids;
}

qint64 ProjectBoard::currentId() const
{
    const int column = activeColumn();
    const QModelIndex current = m_views.at(column)->currentIndex();
    return current.isValid() ? m_models.at(column)->idAt(current.row()) : -1;
}

void ProjectBoard::selectProject(qint64 id, bool focus)
{
    for (int column = 0; column < m_models.size(); ++column) {
        ProjectColumnModel *model = m_models.at(column);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) != id)
                continue;
            QListView *view = m_views.at(column);
            const QModelIndex index = model->index(row, ApplicationProjectModel::Title);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            view->scrollTo(index);
            m_lastColumn = column;
            if (focus)
                view->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ProjectBoard::moveAndFollow(const QList<qint64> &ids, const QString &status)
{
    if (ids.isEmpty() || status.isEmpty())
        return;
    const bool hadFocus =
        m_views.value(activeColumn()) && m_views.value(activeColumn())->hasFocus();
    if (!m_projects->moveProjects(ids, status))
        return;
    followMoved(ids, status, hadFocus);
}

void ProjectBoard::followMoved(const QList<qint64> &ids, const QString &status, bool focus)
{
    // The cards stay selected in their new column, so the next Ctrl+Right moves them on.
    const int column = columnOf(status);
    QListView *view = m_views.value(column);
    if (!view || ids.isEmpty())
        return;
    selectProject(ids.first(), focus);
    ProjectColumnModel *model = m_models.at(column);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (ids.contains(model->idAt(row)))
            view->selectionModel()->select(model->index(row, ApplicationProjectModel::Title),
                                           QItemSelectionModel::Select);
    }
}

bool ProjectBoard::moveSelected(int delta)
{
    const QList<qint64> ids = selectedIds();
    const QString status =
        ApplicationProjectModel::neighbourStatus(m_models.at(activeColumn())->status(), delta);
    if (ids.isEmpty() || status.isEmpty())
        return false;
    moveAndFollow(ids, status);
    return true;
}

bool ProjectBoard::moveSelectedTo(const QString &status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    moveAndFollow(ids, status);
    return true;
}

bool ProjectBoard::eventFilter(QObject *watched, QEvent *event)
{
    const int column = int(m_views.indexOf(static_cast<QListView *>(watched)));
    if (column >= 0 && event->type() == QEvent::FocusIn)
        m_lastColumn = column;
    if (column >= 0 && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier &&
            (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            m_lastColumn = column;
            moveSelected(key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
        // Left and Right alone step between the columns, as the eye reads the board.
        if (key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const int next = column + (key->key() == Qt::Key_Right ? 1 : -1);
            if (QListView *view = m_views.value(next)) {
                view->setFocus(Qt::TabFocusReason);
                if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, ApplicationProjectModel::Title));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectBoard::showContextMenu(int column, const QPoint &position)
{
    QListView *view = m_views.at(column);
    m_lastColumn = column;
    if (!view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    QMenu *moveMenu = menu.addMenu(tr("&Move to"));
    const QList<Choice> statuses = Vocabulary::choices(Term::ProjectStatus);
    for (int i = 0; i < statuses.size(); ++i) {
        QAction *action = moveMenu->addAction(
            statuses.at(i).label, this, [this, key = statuses.at(i).key] { moveSelectedTo(key); });
        action->setEnabled(i != column);
    }
    menu.addAction(tr("Move &left\tCtrl+Left"), this, [this] { moveSelected(-1); })
        ->setEnabled(column > 0);
    menu.addAction(tr("Move &right\tCtrl+Right"), this, [this] { moveSelected(1); })
        ->setEnabled(column < m_views.size() - 1);
    menu.addSeparator();
    menu.addAction(tr("&Edit in the table"), this, [this, view, column] {
        Q_EMIT projectActivated(m_models.at(column)->idAt(view->currentIndex().row()));
    });
    menu.exec(view->viewport()->mapToGlobal(position));
}

} // namespace Upskill
