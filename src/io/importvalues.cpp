// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalues.h"

#include "importfields.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace Upskill {

namespace {

std::optional<bool> dayFirstOverride;

bool localeWritesDayFirst()
{
    if (dayFirstOverride)
        return *dayFirstOverride;
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return day < 0 || month < 0 || day < month;
}

int fullYear(int year, qsizetype digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

bool plausible(const QDate &date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2200;
}

struct Words
{
    const char *key;
    QList<const char *> words;
};

// Words that name a choice inside a longer text, checked in this order: "full stack" before
// "stack", "principal" before anything that a principal's title also contains.
const QList<Words> &wordsFor(Term term)
{
    static const QList<Words> none;
    static const QList<Words> roles = {
        {"fullstack", {"full stack", "fullstack"}},
        {"backend", {"backend", "back end", "server"}},
        {"frontend", {"frontend", "front end", "ui", "web", "mobile"}},
        {"data", {"data", "ml", "machine learning", "analytics"}},
        {"platform", {"platform", "infrastructure", "infra", "devops", "sre", "cloud"}},
        {"lead", {"lead", "manager", "management", "head", "director", "em"}},
    };
    static const QList<Words> seniorities = {
        {"principal", {"principal", "distinguished", "fellow"}},
        {"staff", {"staff"}},
        {"senior", {"senior", "sr"}},
        {"junior", {"junior", "jr", "entry", "graduate", "intern"}},
        {"mid", {"mid", "middle", "intermediate", "medior", "regular"}},
    };
    static const QList<Words> assessmentKinds = {
        {"self", {"self"}},
        {"pre", {"pre", "before", "baseline", "start"}},
        {"post", {"post", "after", "end", "final"}},
        {"manager", {"manager"}},
        {"annual", {"annual", "yearly", "needs"}},
    };
    static const QList<Words> surveyKinds = {
        {"mentor", {"mentor", "mentoring"}},
        {"manager", {"manager"}},
        {"session", {"session", "workshop", "lesson"}},
        {"end_of_program", {"end", "program", "programme", "final", "course"}},
    };
    switch (term) {
    case Term::Role:
        return roles;
    case Term::Seniority:
        return seniorities;
    case Term::AssessmentKind:
        return assessmentKinds;
    case Term::SurveyKind:
        return surveyKinds;
    default:
        return none;
    }
}

QString termName(Term term)
{
    switch (term) {
    case Term::Role:
        return ImportValues::tr("role");
    case Term::Seniority:
        return ImportValues::tr("seniority");
    case Term::AssessmentKind:
        return ImportValues::tr("kind of assessment");
    case Term::SurveyKind:
        return ImportValues::tr("kind of survey");
    default:
        return ImportValues::tr("value");
    }
}

} // namespace

QString ImportValues::clean(const QString &field)
{
    if (field.size() >= 2 && field.front() == QLatin1Char('\'')) {
        switch (field.at(1).unicode()) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case u'\t':
        case u'\r':
            return field.mid(1).trimmed();
        default:
            break;
        }
    }
    return field.trimmed();
}

void ImportValues::setDayFirst(bool dayFirst)
{
    dayFirstOverride = dayFirst;
}

bool ImportValues::parseDate(const QString &input, QDate *date, QString *error)
{
    QString text = input.trimmed();
    // A time after the date (ISO's T, or a space before hh:mm) does not change the day.
    if (text.size() > 10 && text.at(10) == QLatin1Char('T'))
        text.truncate(10);
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0 && text.indexOf(QLatin1Char(':'), space) > space)
        text.truncate(space);
    text = text.trimmed();

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    QDate result;
    if (const auto m = iso.match(text); m.hasMatch()) {
        result = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m = numeric.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        const int year = fullYear(m.captured(4).toInt(), m.captured(4).size());
        // Dots and dashes are day first everywhere; a slash is the locale's order unless only
        // one reading is a date (13/1 or 1/13).
        bool dayFirst = m.captured(2) != QLatin1String("/") || localeWritesDayFirst();
        if (m.captured(2) == QLatin1String("/")) {
            if (first > 12 && second <= 12)
                dayFirst = true;
            else if (second > 12 && first <= 12)
                dayFirst = false;
        }
        result = dayFirst ? QDate(year, second, first) : QDate(year, first, second);
    } else if (serial.match(text).hasMatch()) {
        // A spreadsheet's day number that lost its date format on the way to CSV.
        const qint64 days = qint64(text.toDouble());
        if (days > 60)
            result = QDate(1899, 12, 30).addDays(days);
    } else {
        const QLocale english = QLocale::c();
        const QString formats[] = {QStringLiteral("d MMM yyyy"),  QStringLiteral("d MMMM yyyy"),
                                   QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy"),
                                   QStringLiteral("MMM d yyyy"),  QStringLiteral("MMMM d yyyy"),
                                   QStringLiteral("d. MMMM yyyy")};
        QString simplified = text.simplified();
        for (const QString &format : formats) {
            result = english.toDate(simplified, format);
            if (result.isValid())
                break;
            result = QLocale().toDate(simplified, format);
            if (result.isValid())
                break;
        }
    }
    if (!plausible(result)) {
        *error = tr("\"%1\" is not a date; write it as 2026-03-31 (year-month-day)").arg(input);
        return false;
    }
    *date = result;
    return true;
}

bool ImportValues::parseBool(const QString &input, bool *value, QString *error)
{
    static const QStringList yes = {
        QStringLiteral("1"), QStringLiteral("yes"),  QStringLiteral("y"),   QStringLiteral("true"),
        QStringLiteral("x"), QStringLiteral("✓"),    QStringLiteral("✔"),   QStringLiteral("ja"),
        QStringLiteral("j"), QStringLiteral("wahr"), QStringLiteral("oui"), QStringLiteral("on")};
    static const QStringList no = {
        QStringLiteral("0"),      QStringLiteral("no"),  QStringLiteral("n"),
        QStringLiteral("false"),  QStringLiteral("-"),   QStringLiteral("nein"),
        QStringLiteral("falsch"), QStringLiteral("non"), QStringLiteral("off")};
    const QString text = input.trimmed().toLower();
    if (yes.contains(text)) {
        *value = true;
        return true;
    }
    if (no.contains(text)) {
        *value = false;
        return true;
    }
    *error = tr("\"%1\" is neither yes nor no; write yes or no (or 1 or 0)").arg(input);
    return false;
}

bool ImportValues::parseInteger(const QString &input, int min, int max, int *value, QString *error)
{
    static const QRegularExpression number(
        QStringLiteral("^(?:level\\s*|stufe\\s*)?(-?\\d+)(?:[.,]0+)?(?:$|[^\\d.,])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = number.match(input.trimmed());
    if (!m.hasMatch()) {
        *error = tr("\"%1\" is not a number from %2 to %3").arg(input).arg(min).arg(max);
        return false;
    }
    bool ok = false;
    const int result = m.captured(1).toInt(&ok);
    if (!ok || result < min || result > max) {
        *error =
            tr("%1 is out of range; it must be from %2 to %3").arg(m.captured(1)).arg(min).arg(max);
        return false;
    }
    *value = result;
    return true;
}

bool ImportValues::parseSatisfaction(const QString &input, int *value, QString *error)
{
    // The usual five-point scale, most specific wording first.
    static const QList<QPair<const char *, int>> scale = {
        {"very dissatisfied", 1}, {"very unsatisfied", 1}, {"dissatisfied", 2},
        {"unsatisfied", 2},       {"neither", 3},          {"neutral", 3},
        {"very satisfied", 5},    {"satisfied", 4},        {"sehr unzufrieden", 1},
        {"unzufrieden", 2},       {"sehr zufrieden", 5},   {"zufrieden", 4}};
    const QString words = ImportFields::normalized(input);
    for (const auto &[phrase, level] : scale) {
        if (words.startsWith(QLatin1String(phrase))) {
            *value = level;
            return true;
        }
    }
    // "★★★★☆": the filled stars.
    if (!input.isEmpty() && input.trimmed().front() == QChar(0x2605)) {
        *value = int(input.count(QChar(0x2605)));
        if (*value >= 1 && *value <= 5)
            return true;
    }
    return parseInteger(input, 1, 5, value, error);
}

bool ImportValues::parseChoice(Term term, const QString &input, QString *key, QString *error)
{
    const QString exact = Vocabulary::keyFor(term, input);
    if (!exact.isEmpty()) {
        *key = exact;
        return true;
    }
    const QString words = QLatin1Char(' ') + ImportFields::normalized(input) + QLatin1Char(' ');
    for (const Words &choice : wordsFor(term)) {
        for (const char *word : choice.words) {
            if (words.contains(QLatin1Char(' ') + QLatin1String(word) + QLatin1Char(' '))) {
                *key = QString::fromLatin1(choice.key);
                return true;
            }
        }
    }
    QStringList labels;
    for (const Choice &choice : Vocabulary::choices(term))
        labels.append(choice.label);
    *error = tr("\"%1\" is not a %2 the program knows; the choices are: %3")
                 .arg(input, termName(term), labels.join(QStringLiteral(", ")));
    return false;
}

} // namespace Upskill
