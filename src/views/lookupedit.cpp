// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTimer>

namespace Upskill {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// The name alone, which choosing puts into the field; the list shows more.
constexpr int NameRole = Qt::UserRole + 2;
constexpr int PageSize = 25;

QString likePattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}
} // namespace

LookupEdit::LookupEdit(const QSqlDatabase &db, Kind kind, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_kind(kind), m_matches(new QStandardItemModel(this)),
      m_completer(new QCompleter(this)), m_pause(new QTimer(this))
{
    setPlaceholderText(kind == Kind::Participant ? tr("Type part of a name, email or team")
                                                 : tr("Type part of a cohort's name"));
    setClearButtonEnabled(true);
    // The list is already filtered by SQL; the completer only shows it.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &LookupEdit::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_id = -1;
        m_pause->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_id = index.data(IdRole).toLongLong();
                setText(index.data(NameRole).toString());
                Q_EMIT chosen(m_id);
            });
}

void LookupEdit::setCurrent(qint64 id, const QString &text)
{
    m_id = id;
    setText(text);
}

void LookupEdit::searchNow()
{
    m_pause->stop();
    search();
}

void LookupEdit::search()
{
    const QString text = this->text().trimmed();
    m_matches->clear();
    if (text.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QSqlQuery query(m_db);
    if (m_kind == Kind::Participant)
        query.prepare(QStringLiteral(
            "SELECT id, name, team, email FROM participants WHERE name LIKE :p ESCAPE '\\' OR "
            "email LIKE :p ESCAPE '\\' OR team LIKE :p ESCAPE '\\' ORDER BY name, id LIMIT :n"));
    else
        query.prepare(QStringLiteral("SELECT id, name FROM cohorts WHERE name LIKE :p ESCAPE '\\' "
                                     "ORDER BY start_date DESC, name LIMIT :n"));
    query.bindValue(QStringLiteral(":p"), likePattern(text));
    query.bindValue(QStringLiteral(":n"), PageSize);
    if (!query.exec())
        return;
    while (query.next()) {
        const QString name = query.value(1).toString();
        auto *item = new QStandardItem;
        // The list says enough to tell two people of the same name apart; choosing one
        // puts the name alone into the field.
        item->setData(
            m_kind == Kind::Participant
                ? tr("%1 · %2 · %3").arg(name, query.value(2).toString(), query.value(3).toString())
                : name,
            Qt::DisplayRole);
        item->setData(name, NameRole);
        item->setData(query.value(0).toLongLong(), IdRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

qint64 LookupEdit::currentId() const
{
    if (m_id >= 0)
        return m_id;
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return -1;
    QSqlQuery query(m_db);
    // An exact email names one person; a name only when nobody else has it.
    if (m_kind == Kind::Participant)
        query.prepare(QStringLiteral(
            "SELECT id FROM participants WHERE email = :t COLLATE NOCASE UNION ALL "
            "SELECT min(id) FROM participants WHERE name = :t COLLATE NOCASE HAVING count(*) = 1 "
            "LIMIT 1"));
    else
        query.prepare(QStringLiteral("SELECT id FROM cohorts WHERE name = :t COLLATE NOCASE"));
    query.bindValue(QStringLiteral(":t"), text);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace Upskill
