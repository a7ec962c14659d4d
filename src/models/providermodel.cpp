// SPDX-License-Identifier: GPL-3.0-or-later
#include "providermodel.h"

#include "edithistory.h"
#include "logging.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("providers");
// Readable on light and dark palettes alike, without asking for the application's palette.
const QColor Red(198, 40, 40);
} // namespace

ProviderModel::ProviderModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, Table,
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("name"), ColumnKind::Text, tr("Provider"), {}, true},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Type"), Term::ProviderKind, true},
           {QStringLiteral("engagement_format"), ColumnKind::Text, tr("Engagement format")},
           {QStringLiteral("price_model"), ColumnKind::Text, tr("Price model")},
           {QStringLiteral("cost"), ColumnKind::Real, tr("Cost")},
           {QStringLiteral("contact"), ColumnKind::Text, tr("Contact")},
           {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")},
           {QStringLiteral("status"), ColumnKind::Choice, tr("Status"), Term::ProviderStatus,
            true}},
          parent)
{
    setWatchedTables({}, {QStringLiteral("provider_scores"), QStringLiteral("provider_criteria"),
                          QStringLiteral("provider_red_flags"), QStringLiteral("red_flags"),
                          QStringLiteral("provider_answers"), QStringLiteral("signing_questions")});
    setSort(Name, Qt::AscendingOrder);
}

QStringList ProviderModel::searchFields() const
{
    return {QStringLiteral("name"), QStringLiteral("engagement_format"), QStringLiteral("contact"),
            QStringLiteral("notes")};
}

QString ProviderModel::nameProblem(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM providers WHERE name = ? AND id <> ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return tr("Another provider is already called “%1”.").arg(name.trimmed());
    return {};
}

QString ProviderModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Name)
        return nameProblem(value.toString(), idAt(row));
    if (column == Cost && !value.isNull() && value.toDouble() < 0)
        return tr("Cost cannot be negative.");
    return {};
}

QString ProviderModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    return nameProblem(values.value(QStringLiteral("name")).toString(), -1);
}

bool ProviderModel::addProvider(const QString &name, qint64 *id)
{
    QString chosen = name.trimmed();
    if (chosen.isEmpty()) {
        chosen = tr("New provider");
        for (int n = 2; !nameProblem(chosen, -1).isEmpty(); ++n)
            chosen = tr("New provider %1").arg(n);
    }
    // The type is required; the workshop is what the evaluation is mostly about, and it is
    // the first thing a coordinator corrects if wrong.
    return addRecord({{QStringLiteral("name"), chosen},
                      {QStringLiteral("kind"), QStringLiteral("boutique_workshop")}},
                     tr("Add provider"), id);
}

bool ProviderModel::removeProviders(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n provider(s)", nullptr, int(ids.size())));
}

const ProviderResult *ProviderModel::evaluation(qint64 id) const
{
    const auto it = m_results.constFind(id);
    return it == m_results.cend() ? nullptr : &*it;
}

QVariant ProviderModel::computedHeader(int computedColumn) const
{
    switch (computedColumn + tableColumnCount()) {
    case Total:
        return tr("Total");
    case Rank:
        return tr("Rank");
    default:
        return tr("Red flags");
    }
}

QVariant ProviderModel::computedData(int row, int computedColumn, int role) const
{
    const ProviderResult *p = evaluation(idAt(row));
    const int column = computedColumn + tableColumnCount();
    if (role == Qt::TextAlignmentRole)
        return int((column == RedFlags ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (!p)
        return {};
    if (role == Qt::EditRole) {
        // What the view sorts and a test compares: the plain figures.
        switch (column) {
        case Total:
            return p->total ? QVariant(*p->total) : QVariant();
        case Rank:
            return p->rank > 0 ? QVariant(p->rank) : QVariant();
        default:
            return int(p->redFlags.size());
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case Total:
        return p->total ? locale.toString(*p->total, 'f', 2) : QStringLiteral("—");
    case Rank:
        return ProviderEvaluation::formatRank(*p);
    default:
        if (p->redFlags.isEmpty())
            return QString();
        return p->disqualified ? tr("%n ticked, disqualified", nullptr, int(p->redFlags.size()))
                               : tr("%n ticked", nullptr, int(p->redFlags.size()));
    }
}

QVariant ProviderModel::cellHint(int row, int column, int role) const
{
    if (column < Total)
        return {};
    const ProviderResult *p = evaluation(idAt(row));
    if (!p)
        return {};
    const bool flagged = !p->redFlags.isEmpty();
    if (role == Qt::ForegroundRole &&
        ((column == RedFlags && flagged) || (column == Rank && p->disqualified)))
        return Red;
    if (role == Qt::FontRole && column == RedFlags && flagged) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == WarningRole && column == RedFlags && p->disqualified)
        return ProviderEvaluation::redFlagSummary(*p);
    if (role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Total:
        if (!p->total)
            return tr("Every criterion has a weight of 0: give weights on the Criteria page.");
        return tr("%1; %2 of %3 criteria scored (the others count 0).")
            .arg(ProviderEvaluation::formatTotal(p->total))
            .arg(p->scored)
            .arg(m_criteria);
    case Rank:
        if (p->disqualified)
            return tr("Ranked after every provider without a disqualifying red flag.");
        return p->tied ? tr("Shares the rank: the same total as another provider.") : QVariant();
    default:
        return flagged ? ProviderEvaluation::redFlagSummary(*p) : QVariant();
    }
}

void ProviderModel::refreshComputed()
{
    QString error;
    const auto result =
        ProviderEvaluation::compute(database(), &error, ProviderEvaluation::Reviews::Skip);
    m_results.clear();
    if (!result) {
        qCWarning(ModelsLog) << "provider totals:" << error;
        return;
    }
    m_criteria = int(result->criteria.size());
    m_questions = result->questionCount;
    for (const ProviderResult &p : result->providers)
        m_results.insert(p.id, p);
}

} // namespace Upskill
