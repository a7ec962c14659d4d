// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantskillsummarymodel.h"

#include "programfile.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

ParticipantSkillSummaryModel::ParticipantSkillSummaryModel(ProgramFile &file, QObject *parent)
    : QAbstractTableModel(parent), m_file(file)
{
    connect(&file, &ProgramFile::tablesChanged, this,
            &ParticipantSkillSummaryModel::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this,
            [this](const QString &table) { onTablesChanged({table}); });
    reload();
}

QString ParticipantSkillSummaryModel::kindOf(int column)
{
    switch (column) {
    case Self:
        return QStringLiteral("self");
    case Manager:
        return QStringLiteral("manager");
    case Pre:
        return QStringLiteral("pre");
    case Post:
        return QStringLiteral("post");
    case Annual:
        return QStringLiteral("annual");
    }
    return {};
}

void ParticipantSkillSummaryModel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    reload();
}

void ParticipantSkillSummaryModel::onTablesChanged(const QStringList &tables)
{
    for (const char *watched : {"assessments", "rubric_dimensions", "rubric_levels"}) {
        if (tables.contains(QLatin1String(watched))) {
            reload();
            return;
        }
    }
}

void ParticipantSkillSummaryModel::reload()
{
    beginResetModel();
    m_dimensions = Rubric::load(m_file.database(), true);
    m_latest.clear();
    if (m_participantId >= 0) {
        // A person has a few dozen assessments; read in date order (the assessments_latest
        // index), the last one of each dimension and kind wins, and the id breaks a tie.
        QSqlQuery query(m_file.database());
        query.prepare(
            QStringLiteral("SELECT dimension_id, kind, level, assessed_on, note FROM assessments "
                           "WHERE participant_id = ? ORDER BY dimension_id, assessed_on, id"));
        query.addBindValue(m_participantId);
        if (query.exec()) {
            while (query.next())
                m_latest.insert({query.value(0).toLongLong(), query.value(1).toString()},
                                {query.value(2).toInt(),
                                 QDate::fromString(query.value(3).toString(), Qt::ISODate),
                                 query.value(4).toString()});
        }
    }
    endResetModel();
}

int ParticipantSkillSummaryModel::rowCount(const QModelIndex &parent) const
{
    // Without a participant there is nothing to summarise; the view shows its empty text.
    return (parent.isValid() || m_participantId < 0) ? 0 : int(m_dimensions.size());
}

int ParticipantSkillSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantSkillSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RubricDimension &dimension = m_dimensions.at(index.row());
    if (index.column() == Dimension) {
        if (role == Qt::DisplayRole)
            return dimension.name;
        if (role == Qt::ToolTipRole)
            return dimension.description;
        return {};
    }
    const QString kind = kindOf(index.column());
    const auto it = m_latest.constFind({dimension.id, kind});
    if (it == m_latest.cend())
        return role == Qt::ToolTipRole
                   ? QVariant(tr("No %1 assessment yet.")
                                  .arg(Vocabulary::label(Term::AssessmentKind, kind).toLower()))
                   : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return dimension.levelText(it->level);
    case Qt::EditRole:
        return it->level;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 on %2")
                          .arg(Vocabulary::label(Term::AssessmentKind, kind),
                               QLocale().toString(it->date, QLocale::ShortFormat));
        if (!it->note.isEmpty())
            tip += QLatin1Char('\n') + it->note;
        return tip;
    }
    }
    return {};
}

QVariant ParticipantSkillSummaryModel::headerData(int section, Qt::Orientation orientation,
                                                  int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dimension:
        return tr("Dimension");
    case Self:
        return tr("Self");
    case Manager:
        return tr("Manager");
    case Pre:
        return tr("Pre-program");
    case Post:
        return tr("Post-program");
    case Annual:
        return tr("Annual");
    }
    return {};
}

} // namespace Upskill
