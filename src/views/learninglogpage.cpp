// SPDX-License-Identifier: GPL-3.0-or-later
#include "learninglogpage.h"

#include "areaview.h"
#include "edithistory.h"
#include "externallearningmodel.h"
#include "learningentrydialog.h"
#include "lookupdelegate.h"
#include "programfile.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Upskill {

LearningLogPage::LearningLogPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_model(new ExternalLearningModel(history, this)),
      m_table(new TableView(this)), m_find(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_info(new QLabel(this)), m_add(new QPushButton(tr("&Add entry…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("learningLogPage"));
    m_find->setPlaceholderText(tr("Title, provider, review or person"));
    m_find->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), QString());
    for (const Choice &kind : Vocabulary::choices(Term::LearningKind))
        m_kind->addItem(kind.label, kind.key);
    m_add->setToolTip(tr("Records a course, conference or certification for one or more people."));
    m_remove->setEnabled(false);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *bar = new QHBoxLayout;
    bar->addWidget(findLabel);
    bar->addWidget(m_find, 1);
    bar->addSpacing(12);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);

    m_table->setProgramModel(m_model);
    m_table->setItemDelegateForColumn(
        ExternalLearningModel::Participant,
        new LookupDelegate(history.file().database(), LookupEdit::Kind::Participant, m_table));
    // The review is the long text: last, where the table gives it the room left over.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(ExternalLearningModel::Review), header->count() - 1);
    header->setSortIndicator(ExternalLearningModel::StartDate, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);

    watchRefusals(m_model);
    // Searching a large log runs after a pause in typing, not on every key.
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(pause, &QTimer::timeout, this, [this] { m_model->setFind(m_find->text()); });
    connect(m_find, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_add, &QPushButton::clicked, this, &LearningLogPage::addItem);
    connect(m_remove, &QPushButton::clicked, this, &LearningLogPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        sizeColumnsOnce();
        m_remove->setEnabled(false);
        // Cleared first: restoring the sort order selects again, which resets the model.
        if (!m_pendingLayout.isEmpty() && m_model->rowCount() > 0)
            m_table->horizontalHeader()->restoreState(std::exchange(m_pendingLayout, {}));
        updateTexts();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LearningLogPage::updateTexts);
    m_model->select();
}

QString LearningLogPage::addActionText() const
{
    return tr("&New learning log entry…");
}

void LearningLogPage::addItem()
{
    LearningEntryDialog dialog(m_history.file().database(), this);
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        dialog.setKind(kind);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addEntries(dialog.participantIds(), dialog.values());
}

bool LearningLogPage::addEntries(const QList<qint64> &participantIds, const QVariantMap &values)
{
    QList<qint64> ids;
    if (!m_model->addEntries(participantIds, values, &ids))
        return false;
    // A filter that hides the new entries would make them look lost.
    if (!m_kind->currentData().toString().isEmpty() &&
        m_kind->currentData().toString() != values.value(QStringLiteral("kind")).toString())
        m_kind->setCurrentIndex(0);
    if (!m_find->text().isEmpty()) {
        m_find->clear();
        m_model->setFind(QString());
    }
    if (!ids.isEmpty())
        m_table->showId(ids.first());
    Q_EMIT statusMessage(tr("Recorded “%1” for %n person(s).", nullptr, int(ids.size()))
                             .arg(values.value(QStringLiteral("title")).toString()));
    return true;
}

void LearningLogPage::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty() || !AreaView::confirmDelete(this, tr("Delete %n learning log entry(s)?",
                                                           nullptr, int(ids.size()))))
        return;
    m_model->removeEntries(ids);
}

void LearningLogPage::focusSearch()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

QByteArray LearningLogPage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void LearningLogPage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    // The table sizes its columns to its first rows; the widths the user left win over that.
    m_pendingLayout = state;
    if (m_model->rowCount() > 0)
        m_table->horizontalHeader()->restoreState(std::exchange(m_pendingLayout, {}));
}

void LearningLogPage::sizeColumnsOnce()
{
    // Once, when the first entries show; later the widths the user leaves stay. The review
    // takes what the figures leave.
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    const int letter = m_table->fontMetrics().averageCharWidth();
    const QDate sample(2026, 12, 28);
    const int date =
        m_table->fontMetrics().horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat));
    using L = ExternalLearningModel;
    const QList<QPair<int, int>> widths = {
        {L::Participant, letter * 20}, {L::Kind, letter * 14},    {L::Title, letter * 38},
        {L::Provider, letter * 22},    {L::StartDate, date + 28}, {L::EndDate, date + 16},
        {L::Cost, letter * 9}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // The short columns as wide as their headers, with room for the sort indicator.
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (int column : {L::Rating, L::Recommended, L::Presented})
        m_table->setColumnWidth(
            column,
            header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                letter * 5);
}

QString LearningLogPage::infoText() const
{
    return m_info->text();
}

void LearningLogPage::updateTexts()
{
    const qint64 shown = m_model->matchingRowCount();
    const bool filtered =
        !m_find->text().trimmed().isEmpty() || !m_kind->currentData().toString().isEmpty();
    if (shown == 0) {
        m_info->clear();
        m_table->setEmptyText(
            filtered ? tr("Nothing in the learning log matches. Clear the search or choose “All "
                          "kinds” to see every entry.")
                     : tr("No external learning recorded yet. Use “Add entry…” when someone "
                          "takes a course, goes to a conference or earns a certification: who, "
                          "what, when and what it cost. Their rating, review and recommendation "
                          "follow here once they have finished, so others can pick the best "
                          "courses."));
    } else {
        m_info->setText(
            tr("%n entry(s)", nullptr, int(shown)) + QStringLiteral(" · ") +
            tr("%1 spent in total").arg(QLocale().toString(m_model->matchingCost(), 'f', 0)));
    }
    m_info->setVisible(shown > 0);
}

} // namespace Upskill
