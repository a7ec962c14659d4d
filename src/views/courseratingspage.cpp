// SPDX-License-Identifier: GPL-3.0-or-later
#include "courseratingspage.h"

#include "courseratingmodel.h"
#include "edithistory.h"
#include "programfile.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Upskill {

namespace {
// The kind's key on the Kind column, for the filter.
class KindFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString kind;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        if (kind.isEmpty())
            return true;
        return static_cast<const CourseRatingModel *>(sourceModel())->course(row).kind == kind;
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

CourseRatingsPage::CourseRatingsPage(EditHistory &history, QWidget *parent)
    : FigurePage(history, {QStringLiteral("external_learning"), QStringLiteral("participants")},
                 parent),
      m_model(new CourseRatingModel(this)), m_proxy(new KindFilter(this)),
      m_kind(new QComboBox(this)), m_table(new QTableView(this)), m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("courseRatingsPage"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const Choice &kind : Vocabulary::choices(Term::LearningKind))
        m_kind->addItem(kind.label, kind.key);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Choose a course to read what people wrote about it."));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    // The list wide enough for all its columns; the reviews read well in a third.
    m_splitter->setSizes({980, 380});

    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(statusLabel());
    layout->addWidget(m_splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<KindFilter *>(m_proxy)->kind = m_kind->currentData().toString();
        m_proxy->invalidate();
        showDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CourseRatingsPage::showDetails);
}

QString CourseRatingsPage::statusText() const
{
    return statusLabel()->text();
}

void CourseRatingsPage::refresh()
{
    if (deferWhileComputing())
        return;
    computeThen<QList<CourseRating>>(
        [](const QSqlDatabase &db, QString *error) {
            return LearningFigures::courseRatings(db, error);
        },
        [this](const FigureOutcome<QList<CourseRating>> &outcome) { showOutcome(outcome); });
}

void CourseRatingsPage::showOutcome(const FigureOutcome<QList<CourseRating>> &outcome)
{
    if (!outcome.value) {
        statusLabel()->setText(tr("The ratings could not be computed: %1").arg(outcome.error));
        return;
    }
    // The course that was chosen stays chosen when the list is recomputed.
    QString title;
    QString provider;
    if (const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        current.isValid()) {
        title = m_model->course(current.row()).title;
        provider = m_model->course(current.row()).provider;
    }
    m_model->setCourses(*outcome.value);
    int rated = 0;
    for (const CourseRating &c : *outcome.value) {
        if (c.averageRating)
            ++rated;
    }
    statusLabel()->setText(
        outcome.value->isEmpty()
            ? tr("Nothing to rank yet. Courses, conferences and certifications appear here once "
                 "they are in the learning log; the ones people rated come first.")
            : tr("%n course(s), conference(s) and certification(s) in the learning log", nullptr,
                 int(outcome.value->size())) +
                  QStringLiteral(" · ") + tr("%n rated, best first", nullptr, rated));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, qBound(40, m_table->columnWidth(column) + 12, 280));
    int row = 0;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const CourseRating &c = m_model->course(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        if (c.title == title && c.provider == provider) {
            row = i;
            break;
        }
    }
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(row);
    showDetails();
    Q_EMIT resultShown();
}

void CourseRatingsPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const CourseRating &c = m_model->course(current.row());
    QString error;
    const auto reviews =
        LearningFigures::reviews(m_history.file().database(), c.kind, c.title, c.provider, &error);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(escaped(c.title),
                 escaped(c.provider.isEmpty()
                             ? Vocabulary::label(Term::LearningKind, c.kind)
                             : tr("%1 · %2").arg(Vocabulary::label(Term::LearningKind, c.kind),
                                                 c.provider)));
    QStringList facts;
    if (c.averageRating)
        facts.append(tr("rated %1 on average by %n person(s)", nullptr, c.ratings)
                         .arg(CourseRatingModel::stars(*c.averageRating)));
    facts.append(tr("%n person(s) took it", nullptr, c.people));
    if (c.opinions > 0)
        facts.append(tr("%1 of %2 recommend it").arg(c.recommend).arg(c.opinions));
    if (c.averageCost)
        facts.append(tr("about %1 per person").arg(QLocale().toString(*c.averageCost, 'f', 0)));
    html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    if (!reviews) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(error));
    } else {
        // A course thousands took shows its latest reviews and a count of the rest.
        constexpr int MaxReviews = 30;
        constexpr int MaxNames = 12;
        QStringList without;
        int shown = 0;
        int more = 0;
        for (const CourseReview &r : *reviews) {
            if (r.review.isEmpty()) {
                without.append(r.person);
                continue;
            }
            if (shown == MaxReviews) {
                ++more;
                continue;
            }
            ++shown;
            QStringList about;
            if (r.rating)
                about.append(QString(*r.rating, QChar(0x2605)) +
                             QString(5 - *r.rating, QChar(0x2606)));
            if (r.recommended)
                about.append(*r.recommended ? tr("recommends it") : tr("does not recommend it"));
            if (r.presented)
                about.append(tr("presented it to the team"));
            const QDate when = r.endDate.isValid() ? r.endDate : r.startDate;
            if (when.isValid())
                about.append(QLocale().toString(when, QLocale::ShortFormat));
            html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                        .arg(escaped(r.person), escaped(about.join(QStringLiteral(" · "))),
                             escaped(r.review));
        }
        if (more > 0)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(escaped(tr("%n older review(s) not shown.", nullptr, more)));
        if (reviews->isEmpty() || without.size() == reviews->size())
            html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("No written reviews yet.")));
        if (without.size() > MaxNames)
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Also took it: %1 and %n other(s).", nullptr,
                                        int(without.size()) - MaxNames)
                                         .arg(without.mid(0, MaxNames).join(tr(", ")))));
        else if (!without.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Also took it: %1.").arg(without.join(tr(", ")))));
    }
    m_details->setHtml(html);
}

} // namespace Upskill
