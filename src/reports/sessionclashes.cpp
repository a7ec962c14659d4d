// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionclashes.h"

#include "scheduletext.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Upskill {

namespace {

// A session as the search needs it.
struct Timed
{
    qint64 id = 0;
    // Seconds since the epoch; stored times have no zone, so all are read the same way.
    qint64 start = 0;
    qint64 end = 0;
    int field = 0;        // its facilitator field, in Fields
    bool subject = false; // its clashes are wanted
};

// The distinct facilitator fields of a search, each split into people once: a large program
// repeats the same few hundred fields over tens of thousands of sessions. People are numbered
// by their case-folded names, so comparing them is comparing numbers.
class Fields
{
public:
    int add(const QString &field)
    {
        const auto found = m_index.constFind(field);
        if (found != m_index.constEnd())
            return found.value();
        const int index = int(m_names.size());
        m_index.insert(field, index);
        const QStringList names = SessionClashes::people(field);
        QList<int> keys;
        keys.reserve(names.size());
        for (const QString &name : names) {
            const QString key = name.toCaseFolded();
            auto person = m_people.constFind(key);
            if (person == m_people.constEnd())
                person = m_people.insert(key, int(m_people.size()));
            keys.append(person.value());
        }
        m_names.append(names);
        m_keys.append(keys);
        return index;
    }
    const QStringList &names(int field) const { return m_names.at(field); }
    const QList<int> &keys(int field) const { return m_keys.at(field); }

private:
    QHash<QString, int> m_index;
    QHash<QString, int> m_people;
    QList<QStringList> m_names;
    QList<QList<int>> m_keys;
};

// One person leading two overlapping sessions; indexes into the rows read.
struct SharedPerson
{
    int session;
    int other;
    int person;
};

// Appends the sessions of cohorts that are not cancelled, with a facilitator, that match
// `where`; `subject` is an SQL condition marking those whose clashes are wanted.
bool readSessions(const QSqlDatabase &db, const QString &subject, const QVariantList &subjectValues,
                  const QString &where, const QVariantList &whereValues, Fields &fields,
                  std::vector<Timed> &rows, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The unary + keeps the facilitator index out of it: the range of starts is what narrows.
    const QString sql =
        QStringLiteral("SELECT s.id, CAST(strftime('%s', s.starts_at) AS INTEGER), "
                       "s.duration_minutes, s.facilitator, %1 FROM sessions s JOIN cohorts c ON "
                       "c.id = s.cohort_id WHERE c.status <> 'cancelled' AND +s.facilitator <> '' "
                       "AND (%2)")
            .arg(subject, where);
    if (!query.prepare(sql)) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return false;
    }
    for (const QVariant &value : subjectValues + whereValues)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return false;
    }
    while (query.next()) {
        Timed row;
        row.id = query.value(0).toLongLong();
        row.start = query.value(1).toLongLong();
        row.end = row.start + 60 * query.value(2).toLongLong();
        row.field = fields.add(query.value(3).toString());
        row.subject = query.value(4).toBool();
        if (!fields.keys(row.field).isEmpty())
            rows.push_back(row);
    }
    return true;
}

// Every person two overlapping sessions share, once for each subject among the two, in the
// order of the subject's start, then the other's.
std::vector<SharedPerson> sharedPeople(const std::vector<Timed> &rows, const Fields &fields)
{
    struct Entry
    {
        int person;
        qint64 start;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(rows.size() + rows.size() / 4);
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int person : fields.keys(rows[r].field))
            entries.push_back({person, rows[r].start, r});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.person, a.start, a.row) < std::tie(b.person, b.start, b.row);
    });
    // Per person in order of start, a session overlaps the later ones that start before it ends.
    std::vector<SharedPerson> shared;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Timed &first = rows[entries[i].row];
        for (size_t j = i + 1; j < entries.size() && entries[j].person == entries[i].person &&
                               entries[j].start < first.end;
             ++j) {
            const Timed &second = rows[entries[j].row];
            if (second.end <= first.start)
                continue;
            if (first.subject)
                shared.push_back({entries[i].row, entries[j].row, entries[i].person});
            if (second.subject)
                shared.push_back({entries[j].row, entries[i].row, entries[i].person});
        }
    }
    std::sort(shared.begin(), shared.end(), [&rows](const SharedPerson &a, const SharedPerson &b) {
        const Timed &as = rows[a.session];
        const Timed &bs = rows[b.session];
        const Timed &ao = rows[a.other];
        const Timed &bo = rows[b.other];
        return std::tie(as.start, as.id, ao.start, ao.id, a.person) <
               std::tie(bs.start, bs.id, bo.start, bo.id, b.person);
    });
    return shared;
}

// The clashes of the subjects, one per pair of sessions with the people they share, and what
// the reason names of the other session.
QList<SessionClash> toClashes(const QSqlDatabase &db, const std::vector<Timed> &rows,
                              const Fields &fields, const std::vector<SharedPerson> &shared)
{
    QList<SessionClash> clashes;
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    const bool prepared = lookup.prepare(
        QStringLiteral("SELECT s.cohort_id, c.name, s.title, s.format, s.starts_at, "
                       "s.duration_minutes FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
                       "WHERE s.id = ?"));
    QHash<qint64, SessionClash> others; // the other session's part, looked up once each
    for (size_t i = 0; i < shared.size();) {
        const SharedPerson &pair = shared[i];
        QList<int> persons;
        for (; i < shared.size() && shared[i].session == pair.session &&
               shared[i].other == pair.other;
             ++i)
            persons.append(shared[i].person);

        const Timed &session = rows[pair.session];
        const qint64 otherId = rows[pair.other].id;
        auto other = others.find(otherId);
        if (other == others.end()) {
            SessionClash details;
            lookup.bindValue(0, otherId);
            if (prepared && lookup.exec() && lookup.next()) {
                details.otherCohortId = lookup.value(0).toLongLong();
                details.otherCohort = lookup.value(1).toString();
                details.otherTitle = lookup.value(2).toString();
                details.otherFormat = lookup.value(3).toString();
                details.otherStart = QDateTime::fromString(lookup.value(4).toString(), Qt::ISODate);
                details.otherMinutes = lookup.value(5).toInt();
            }
            lookup.finish();
            other = others.insert(otherId, details);
        }
        SessionClash clash = other.value();
        clash.sessionId = session.id;
        clash.otherId = otherId;
        const QStringList &names = fields.names(session.field);
        const QList<int> &keys = fields.keys(session.field);
        for (int k = 0; k < keys.size(); ++k) {
            if (persons.contains(keys.at(k)))
                clash.people.append(names.at(k));
        }
        clashes.append(clash);
    }
    return clashes;
}

// A LIKE pattern that holds every facilitator field naming person, and a few more. SQLite's
// LIKE ignores the case of ASCII letters only, so any other character matches any one
// character; spaces match any run of characters, as a field may space a name differently.
QString likePattern(const QString &person)
{
    QString pattern(QLatin1Char('%'));
    for (qsizetype i = 0; i < person.size(); ++i) {
        const QChar c = person.at(i);
        if (c == u'\\' || c == u'%' || c == u'_') {
            pattern += QLatin1Char('\\');
            pattern += c;
        } else if (c == u' ') {
            pattern += QLatin1Char('%');
        } else if (c.unicode() >= 0x80) {
            pattern += QLatin1Char('_');
            if (c.isHighSurrogate())
                ++i; // one character, two halves
        } else {
            pattern += c;
        }
    }
    return pattern + QLatin1Char('%');
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The clashes of the sessions `condition` picks (by one bound value): first those sessions,
// whose days and people then narrow the search to the sessions of those days that may name
// one of their people.
QList<SessionClash> around(const QSqlDatabase &db, const QString &condition, const QVariant &value)
{
    Fields fields;
    std::vector<Timed> subjects;
    if (!readSessions(db, QStringLiteral("1"), {}, condition, {value}, fields, subjects, nullptr) ||
        subjects.empty())
        return {};

    QSet<qint64> subjectIds;
    QList<QDate> days;
    QStringList patterns;
    QSet<QString> named;
    for (const Timed &subject : subjects) {
        subjectIds.insert(subject.id);
        days.append(QDateTime::fromSecsSinceEpoch(subject.start, QTimeZone::utc()).date());
        for (const QString &person : fields.names(subject.field)) {
            if (!named.contains(person.toCaseFolded())) {
                named.insert(person.toCaseFolded());
                patterns.append(likePattern(person));
            }
        }
    }
    std::sort(days.begin(), days.end());
    // Dates as text bound a stored start whatever the separator before its time; from the day
    // before each session's to the day after.
    QStringList ranges;
    QVariantList values;
    for (qsizetype i = 0; i < days.size();) {
        const QDate first = days.at(i);
        QDate last = first;
        for (; i < days.size() && days.at(i) <= last.addDays(2); ++i)
            last = days.at(i);
        ranges.append(QStringLiteral("(s.starts_at >= ? AND s.starts_at < ?)"));
        values << isoDay(first.addDays(-1)) << isoDay(last.addDays(2));
    }
    QString where = ranges.join(QStringLiteral(" OR "));
    // A cohort's few people; a list far longer than that is cheaper to leave to the C++.
    if (patterns.size() <= 64) {
        QStringList likes;
        for (const QString &pattern : std::as_const(patterns)) {
            likes.append(QStringLiteral("s.facilitator LIKE ? ESCAPE '\\'"));
            values.append(pattern);
        }
        where = QStringLiteral("(%1) AND (%2)").arg(where, likes.join(QStringLiteral(" OR ")));
    }

    Fields candidateFields;
    std::vector<Timed> rows;
    if (!readSessions(db, QStringLiteral("0"), {}, where, values, candidateFields, rows, nullptr))
        return {};
    for (Timed &row : rows)
        row.subject = subjectIds.contains(row.id);
    return toClashes(db, rows, candidateFields, sharedPeople(rows, candidateFields));
}

// The sessions that start between from and to and those around them that may clash with them.
bool readRange(const QSqlDatabase &db, const QDate &from, const QDate &to, Fields &fields,
               std::vector<Timed> &rows, QString *error)
{
    return readSessions(db, QStringLiteral("s.starts_at >= ? AND s.starts_at < ?"),
                        {isoDay(from), isoDay(to.addDays(1))},
                        QStringLiteral("s.starts_at >= ? AND s.starts_at < ?"),
                        {isoDay(from.addDays(-1)), isoDay(to.addDays(2))}, fields, rows, error);
}

} // namespace

QStringList SessionClashes::people(const QString &facilitator)
{
    QStringList result;
    QSet<QString> seen;
    const auto add = [&](const QStringList &words) {
        const QString name = words.join(QLatin1Char(' '));
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            result.append(name);
        }
    };
    QString text = facilitator;
    for (const QChar separator : {u';', u'&', u'/', u'\n'})
        text.replace(separator, QLatin1Char(','));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // "and" as a word of its own separates too: "Emma Smith and Julia Murphy".
        QStringList words;
        for (const QString &word : part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
                add(words);
                words.clear();
            } else {
                words.append(word);
            }
        }
        add(words);
    }
    return result;
}

std::optional<QList<SessionClash>>
SessionClashes::inRange(const QSqlDatabase &db, const QDate &from, const QDate &to, QString *error)
{
    Fields fields;
    std::vector<Timed> rows;
    if (!readRange(db, from, to, fields, rows, error))
        return std::nullopt;
    return toClashes(db, rows, fields, sharedPeople(rows, fields));
}

std::optional<QSet<qint64>> SessionClashes::clashingInRange(const QSqlDatabase &db,
                                                            const QDate &from, const QDate &to,
                                                            QString *error)
{
    Fields fields;
    std::vector<Timed> rows;
    if (!readRange(db, from, to, fields, rows, error))
        return std::nullopt;
    QSet<qint64> clashing;
    for (const SharedPerson &pair : sharedPeople(rows, fields))
        clashing.insert(rows[pair.session].id);
    return clashing;
}

QList<SessionClash> SessionClashes::ofCohort(const QSqlDatabase &db, qint64 cohortId)
{
    return around(db, QStringLiteral("s.cohort_id = ?"), cohortId);
}

QList<SessionClash> SessionClashes::ofSession(const QSqlDatabase &db, qint64 sessionId)
{
    return around(db, QStringLiteral("s.id = ?"), sessionId);
}

QString SessionClashes::reason(const SessionClash &clash)
{
    const QString title = clash.otherTitle.isEmpty()
                              ? Vocabulary::label(Term::SessionFormat, clash.otherFormat)
                              : clash.otherTitle;
    const QString who = QLocale().createSeparatedList(clash.people);
    const QString text = clash.people.size() > 1 ? tr("%1 also lead “%2” (%3) on %4, %5.")
                                                 : tr("%1 also leads “%2” (%3) on %4, %5.");
    return text.arg(who, title, clash.otherCohort, ScheduleText::day(clash.otherStart.date()),
                    ScheduleText::timeRange(clash.otherStart, clash.otherMinutes));
}

QString SessionClashes::reasons(const QList<SessionClash> &clashes)
{
    QStringList lines;
    for (const SessionClash &clash : clashes)
        lines.append(reason(clash));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Upskill
