// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoschedule.h"

#include "demowords.h"
#include "schedulegenerator.h"

#include <QTime>

#include <algorithm>

namespace Upskill {

namespace {

// The weekly patterns: two days each, the first with most of the week's sessions. An
// instructor can run a cohort in each at once: Monday and Wednesday mornings, Tuesday and
// Thursday mornings, Wednesday and Friday afternoons.
struct Pattern
{
    QList<int> weekdays;
    QTime start;
};

const Pattern &pattern(int index)
{
    static const Pattern patterns[DemoSchedule::PatternCount] = {
        {{Qt::Monday, Qt::Wednesday}, QTime(9, 0)},
        {{Qt::Tuesday, Qt::Thursday}, QTime(10, 0)},
        {{Qt::Wednesday, Qt::Friday}, QTime(13, 0)},
    };
    return patterns[index];
}

QStringList instructorsOf(const DemoCohort &cohort)
{
    QStringList names;
    for (const QString &name : cohort.instructors.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

int minuteOfDay(const DemoSession &session)
{
    return session.start.mid(11, 2).toInt() * 60 + session.start.mid(14, 2).toInt();
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

DemoSchedule::DemoSchedule(const DemoCatalogue &catalogue, const QSet<QDate> &holidays)
    : m_catalogue(catalogue), m_holidays(holidays)
{}

bool DemoSchedule::isFree(const QString &instructor, int pattern, const DemoCohort &cohort) const
{
    const auto it = m_bookings.constFind(instructor);
    if (it == m_bookings.constEnd())
        return true;
    return std::none_of(it->cbegin(), it->cend(), [&](const Booking &booking) {
        return booking.pattern == pattern && booking.first <= cohort.end &&
               cohort.start <= booking.last;
    });
}

int DemoSchedule::choose(int index, DemoCohort &cohort, const QStringList &instructors)
{
    if (index >= int(m_placements.size()))
        m_placements.resize(index + 1);
    Placement &placement = m_placements[index];
    placement.track = cohort.track;
    placement.quarter = cohort.quarter;
    placement.start = cohort.start;
    placement.end = cohort.end;
    const QStringList planned = instructorsOf(cohort);
    const QString lead = planned.value(0);

    // The planned lead in the first pattern of the rotation that is free and keeps every day
    // before 18:00, else in the first free one; else one of the next colleagues who is free, as
    // a coordinator would ask round; else an instructor hired for it.
    const auto freePattern = [&](const QString &who, bool clean) {
        for (int k = 0; k < PatternCount; ++k) {
            placement.pattern = (index + k) % PatternCount;
            if (isFree(who, placement.pattern, cohort) && (!clean || generated(placement).clean))
                return placement.pattern;
        }
        return -1;
    };
    QString chosenLead = lead;
    int chosenPattern = freePattern(lead, true);
    if (chosenPattern < 0)
        chosenPattern = freePattern(lead, false);
    const qsizetype pool = instructors.size() + m_hired.size();
    const qsizetype first = std::max<qsizetype>(0, instructors.indexOf(lead));
    for (qsizetype i = 1; chosenPattern < 0 && i <= std::min<qsizetype>(AskedColleagues, pool - 1);
         ++i) {
        const qsizetype at = (first + i) % pool;
        chosenLead =
            at < instructors.size() ? instructors.at(at) : m_hired.at(at - instructors.size());
        chosenPattern = freePattern(chosenLead, false);
    }
    if (chosenPattern < 0) {
        chosenLead = hire(instructors);
        chosenPattern = freePattern(chosenLead, true);
        if (chosenPattern < 0)
            chosenPattern = freePattern(chosenLead, false);
    }
    placement.pattern = chosenPattern;
    // A second instructor stays only where free as well.
    QStringList chosen{chosenLead};
    for (const QString &name : planned.mid(1)) {
        if (!chosen.contains(name) && isFree(name, chosenPattern, cohort))
            chosen.append(name);
    }
    cohort.instructors = chosen.join(QStringLiteral(", "));
    placement.instructors = int(chosen.size());

    // Once a quarter a cohort that shares an instructor with one running at the same time in
    // another pattern has a session moved onto that one's time; rather a cohort led by two,
    // whose clash only a list of facilitators reveals.
    for (const QString &name : std::as_const(chosen)) {
        for (const Booking &booking : m_bookings.value(name)) {
            const Placement &other = m_placements[booking.cohort];
            const QDate from = std::max(booking.first, cohort.start);
            if (other.quarter != cohort.quarter || booking.pattern == chosenPattern ||
                from.daysTo(std::min(booking.last, cohort.end)) < 7)
                continue;
            const int current = m_partners.value(cohort.quarter, -1);
            if (current < 0 || (m_placements[current].instructors < 2 && chosen.size() > 1)) {
                m_partnerOf.remove(current);
                m_partners.insert(cohort.quarter, index);
                m_partnerOf.insert(index, booking.cohort);
            }
        }
    }
    // Cohorts come quarter by quarter, so a booking over before the quarter of this one began
    // (at most 92 days before its start) can never matter again: a large program's instructors
    // keep a few bookings each instead of a year's.
    const QDate past = cohort.start.addDays(-92);
    for (const QString &name : std::as_const(chosen)) {
        QList<Booking> &bookings = m_bookings[name];
        bookings.removeIf([&past](const Booking &b) { return b.last < past; });
        bookings.append({chosenPattern, cohort.start, cohort.end, index});
    }
    return chosenPattern;
}

QString DemoSchedule::hire(const QStringList &instructors)
{
    if (m_known.isEmpty()) {
        for (const QString &name : instructors)
            m_known.insert(name);
    }
    // Names from the demo's word lists in a fixed order, not drawn: the random choices after
    // this stay as they were. Past every combination they get a number.
    const QList<QString> &firstNames = DemoWords::words(DemoWords::List::FirstName);
    const QList<QString> &lastNames = DemoWords::words(DemoWords::List::LastName);
    const qsizetype combinations = firstNames.size() * lastNames.size();
    for (;; ++m_hireCount) {
        const qsizetype n = m_hireCount % combinations;
        QString name = firstNames.at((n * 7 + 3) % firstNames.size()) + QLatin1Char(' ') +
                       lastNames.at((n / firstNames.size() + n * 11) % lastNames.size());
        if (m_hireCount >= combinations)
            name += QLatin1Char(' ') + QString::number(m_hireCount / combinations + 1);
        if (m_known.contains(name) || m_bookings.contains(name))
            continue;
        ++m_hireCount;
        m_known.insert(name);
        m_hired.append(name);
        return name;
    }
}

QList<DemoSession> DemoSchedule::sessions(int index)
{
    const Placement &placement = m_placements.at(index);
    QList<DemoSession> ours = generated(placement).sessions;
    const int partner = m_partnerOf.value(index, -1);
    if (partner >= 0)
        moveOnto(ours, placement, generated(m_placements.at(partner)).sessions);
    return ours;
}

QDate DemoSchedule::showcase(int index)
{
    const QList<DemoSession> &sessions = generated(m_placements.at(index)).sessions;
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        if (it->format == QLatin1String("showcase"))
            return it->day;
    }
    return {};
}

const DemoSchedule::Generated &DemoSchedule::generated(const Placement &placement)
{
    const quint64 key = (quint64(placement.track) * PatternCount + quint64(placement.pattern))
                            << 32 |
                        quint32(placement.start.toJulianDay());
    auto found = m_generated.constFind(key);
    if (found != m_generated.constEnd())
        return found.value();

    QList<ScheduleModule> modules;
    for (const DemoModule &module : m_catalogue.tracks.at(placement.track).modules)
        modules.append({module.id, module.week, module.title, module.instructionHours,
                        module.handsOnHours, module.presentationHours});
    ScheduleOptions options;
    options.start = placement.start;
    options.weekdays = pattern(placement.pattern).weekdays;
    options.startTime = pattern(placement.pattern).start;
    options.holidays = m_holidays;
    const ScheduleResult result = ScheduleGenerator::generate(modules, options);
    // The generator's notes say a day runs past 18:00 or a week was skipped.
    Generated entry{{}, result.notes.isEmpty()};
    for (const PlannedSession &planned : result.sessions) {
        const QDate day = planned.start.date();
        entry.sessions.append({planned.moduleId, planned.format, planned.title, day,
                               day.toString(Qt::ISODate) + QLatin1Char('T') +
                                   planned.start.time().toString(QStringLiteral("HH:mm:ss")),
                               planned.minutes});
    }
    return m_generated.insert(key, entry).value();
}

bool DemoSchedule::moveOnto(QList<DemoSession> &ours, const Placement &placement,
                            const QList<DemoSession> &theirs) const
{
    const QString workshop = QStringLiteral("workshop");
    for (const DemoSession &target : theirs) {
        if (target.format != workshop || target.day < placement.start || target.day > placement.end)
            continue;
        const int from = minuteOfDay(target);
        for (DemoSession &candidate : ours) {
            if (candidate.format != workshop || mondayOf(candidate.day) != mondayOf(target.day))
                continue;
            const int to = from + candidate.minutes;
            const bool free = std::none_of(ours.cbegin(), ours.cend(), [&](const DemoSession &s) {
                return &s != &candidate && s.day == target.day && minuteOfDay(s) < to &&
                       from < minuteOfDay(s) + s.minutes;
            });
            if (!free)
                continue;
            candidate.day = target.day;
            candidate.start = target.start;
            candidate.moved = true;
            return true;
        }
    }
    return false;
}

} // namespace Upskill
