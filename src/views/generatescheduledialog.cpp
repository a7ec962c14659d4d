// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatescheduledialog.h"
#include "ui_generatescheduledialog.h"

#include "edithistory.h"
#include "programfile.h"
#include "scheduletext.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace Upskill {

GenerateScheduleDialog::GenerateScheduleDialog(EditHistory &history, qint64 cohortId,
                                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GenerateScheduleDialog>()), m_history(history),
      m_inputs(CohortSchedule::load(history.file().database(), cohortId))
{
    m_ui->setupUi(this);
    const QLocale locale;
    setWindowTitle(tr("Generate the schedule — %1").arg(m_inputs.name));
    int weeks = 0;
    for (const ScheduleModule &module : std::as_const(m_inputs.modules))
        weeks = std::max(weeks, module.week);
    m_ui->introLabel->setText(
        tr("One session or more per module of “%1” (%n module(s), %2), following the formats' "
           "norms: instructor-led workshops of two to three hours, about 30 % instruction and "
           "70 % hands-on. Weekends and the days on the Holidays page are skipped; a week with "
           "no day left moves the rest of the schedule on by a week.",
           nullptr, int(m_inputs.modules.size()))
            .arg(m_inputs.track, tr("%n week(s)", nullptr, weeks)));

    // The working days of the locale, from its first day of the week.
    const QList<Qt::DayOfWeek> working = locale.weekdays();
    QList<int> chosen = m_inputs.usualWeekdays;
    if (chosen.isEmpty())
        chosen = {Qt::Tuesday, Qt::Thursday};
    for (int i = 0; i < 7; ++i) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        if (!working.contains(Qt::DayOfWeek(day)))
            continue;
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setProperty("weekday", day);
        box->setToolTip(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(chosen.contains(day));
        m_ui->weekdaysLayout->addWidget(box);
        m_weekdays.append(box);
        connect(box, &QCheckBox::toggled, this, &GenerateScheduleDialog::update);
    }
    m_ui->weekdaysLayout->addStretch(1);
    if (!m_weekdays.isEmpty())
        setTabOrder(m_ui->startDate, m_weekdays.first());

    QDate start = m_inputs.start;
    if (!start.isValid()) {
        // Without a start date: the next Monday.
        start = QDate::currentDate().addDays(1);
        while (start.dayOfWeek() != Qt::Monday)
            start = start.addDays(1);
    }
    m_ui->startDate->setDate(start);
    m_ui->startTime->setDisplayFormat(ScheduleText::timeFormat());
    m_ui->startTime->setTime(m_inputs.usualTime.isValid() ? m_inputs.usualTime : QTime(10, 0));
    m_ui->location->setText(m_inputs.usualLocation);

    const int replacedIfKept = m_inputs.sessions - m_inputs.edited;
    m_ui->regenerateBox->setVisible(m_inputs.sessions > 0);
    m_ui->existingLabel->setText(
        m_inputs.edited == 0
            ? tr("“%1” has %n session(s) already, none of them added or changed by you: the new "
                 "schedule replaces them.",
                 nullptr, m_inputs.sessions)
                  .arg(m_inputs.name)
            : tr("“%1” has %n session(s) already.", nullptr, m_inputs.sessions).arg(m_inputs.name) +
                  QLatin1Char(' ') +
                  tr("You added or changed %n of them.", nullptr, m_inputs.edited));
    m_ui->keepEdited->setText(
        tr("&Keep the %n I added or changed, and replace the others", nullptr, m_inputs.edited) +
        (replacedIfKept > 0 ? QStringLiteral(" (%1)").arg(replacedIfKept) : QString()));
    m_ui->replaceAll->setText(tr("Replace &all %n session(s)", nullptr, m_inputs.sessions));
    m_ui->keepEdited->setVisible(m_inputs.edited > 0);
    m_ui->replaceAll->setVisible(m_inputs.edited > 0);
    if (m_inputs.edited == 0)
        m_ui->replaceAll->setChecked(true);

    const QStringList headers{tr("Week"),   tr("Date"),    tr("Time"),       tr("Duration"),
                              tr("Format"), tr("Session"), tr("Facilitator")};
    m_ui->preview->setColumnCount(int(headers.size()));
    m_ui->preview->setHorizontalHeaderLabels(headers);
    m_ui->preview->verticalHeader()->setVisible(false);
    m_ui->preview->horizontalHeader()->setStretchLastSection(true);
    m_ui->notesLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->startDate, &QDateEdit::dateChanged, this, &GenerateScheduleDialog::update);
    connect(m_ui->startTime, &QTimeEdit::timeChanged, this, &GenerateScheduleDialog::update);
    connect(m_ui->location, &QLineEdit::textChanged, this, &GenerateScheduleDialog::update);
    for (QCheckBox *box : {m_ui->pairProgramming, m_ui->readingGroup, m_ui->presentations})
        connect(box, &QCheckBox::toggled, this, &GenerateScheduleDialog::update);
    connect(m_ui->keepEdited, &QRadioButton::toggled, this, &GenerateScheduleDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GenerateScheduleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

GenerateScheduleDialog::~GenerateScheduleDialog() = default;

QDateEdit *GenerateScheduleDialog::startDate() const
{
    return m_ui->startDate;
}

QCheckBox *GenerateScheduleDialog::pairProgrammingBox() const
{
    return m_ui->pairProgramming;
}

QCheckBox *GenerateScheduleDialog::readingGroupBox() const
{
    return m_ui->readingGroup;
}

QCheckBox *GenerateScheduleDialog::presentationsBox() const
{
    return m_ui->presentations;
}

QGroupBox *GenerateScheduleDialog::regenerateBox() const
{
    return m_ui->regenerateBox;
}

QRadioButton *GenerateScheduleDialog::keepEditedButton() const
{
    return m_ui->keepEdited;
}

QLabel *GenerateScheduleDialog::existingLabel() const
{
    return m_ui->existingLabel;
}

QTableWidget *GenerateScheduleDialog::preview() const
{
    return m_ui->preview;
}

ScheduleOptions GenerateScheduleDialog::options() const
{
    ScheduleOptions options;
    options.start = m_ui->startDate->date();
    for (const QCheckBox *box : m_weekdays) {
        if (box->isChecked())
            options.weekdays.append(box->property("weekday").toInt());
    }
    options.workingDays.clear();
    for (const Qt::DayOfWeek day : QLocale().weekdays())
        options.workingDays.append(int(day));
    const QTime time = m_ui->startTime->time();
    options.startTime = QTime(time.hour(), time.minute());
    options.pairProgramming = m_ui->pairProgramming->isChecked();
    options.readingGroup = m_ui->readingGroup->isChecked();
    options.presentations = m_ui->presentations->isChecked();
    options.holidays = m_inputs.holidays;
    options.facilitator = m_inputs.instructors;
    options.readingGroupFacilitators = m_inputs.participants;
    options.location = m_ui->location->text().trimmed();
    return options;
}

void GenerateScheduleDialog::update()
{
    const bool keep = m_inputs.edited > 0 && m_ui->keepEdited->isChecked();
    m_result = ScheduleGenerator::generate(m_inputs.modules, options());
    const QSqlDatabase db = m_history.file().database();
    m_planned = keep ? CohortSchedule::withoutKept(db, m_inputs.cohortId, m_result.sessions)
                     : m_result.sessions;
    fillPreview();

    if (m_inputs.sessions > 0) {
        const ScheduleReplacement loss = CohortSchedule::replacement(db, m_inputs.cohortId, keep);
        QStringList recorded;
        if (loss.attendanceMarks > 0)
            recorded.append(tr("%n attendance mark(s)", nullptr, loss.attendanceMarks));
        if (loss.surveyAnswers > 0)
            recorded.append(tr("%n survey answer(s)", nullptr, loss.surveyAnswers));
        QString text;
        if (!recorded.isEmpty())
            text = tr("What was recorded about the %n session(s) replaced is deleted with them: "
                      "%1.",
                      nullptr, loss.sessions)
                       .arg(recorded.join(QStringLiteral(", "))) +
                   QLatin1Char(' ');
        text += tr("Edit → Undo brings back what was there.");
        m_ui->lossLabel->setText(text);
    }

    QStringList notes;
    const QLocale locale;
    if (!m_result.error.isEmpty()) {
        notes.append(m_result.error);
    } else {
        notes += m_result.notes;
        if (!m_result.sessions.isEmpty()) {
            const QDate last = m_result.sessions.last().start.date();
            if (m_inputs.end.isValid() && last > m_inputs.end)
                notes.append(tr("The last session, on %1, comes after the cohort's end date (%2). "
                                "Start earlier, choose more weekdays, or change the end date "
                                "under Cohorts.")
                                 .arg(locale.toString(last, QLocale::ShortFormat),
                                      locale.toString(m_inputs.end, QLocale::ShortFormat)));
            if (m_inputs.start.isValid() && m_ui->startDate->date() < m_inputs.start)
                notes.append(tr("The first week starts before the cohort does (%1).")
                                 .arg(locale.toString(m_inputs.start, QLocale::ShortFormat)));
        }
        if (m_inputs.instructors.isEmpty())
            notes.append(tr("The cohort has no instructor yet, so the sessions have no "
                            "facilitator; add the instructors under Cohorts first to have them "
                            "filled in."));
    }
    m_ui->notesLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->notesLabel->setVisible(!notes.isEmpty());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const int count = int(m_planned.size());
    ok->setText(m_inputs.sessions > 0 ? tr("&Replace with %n session(s)", nullptr, count)
                                      : tr("&Create %n session(s)", nullptr, count));
    ok->setEnabled(m_result.error.isEmpty() && (count > 0 || m_inputs.sessions > 0));
}

void GenerateScheduleDialog::fillPreview()
{
    QTableWidget *table = m_ui->preview;
    table->setRowCount(int(m_planned.size()));
    for (int row = 0; row < m_planned.size(); ++row) {
        const PlannedSession &s = m_planned.at(row);
        const QStringList cells{QString::number(s.week),
                                ScheduleText::day(s.start.date()),
                                ScheduleText::timeRange(s.start, s.minutes),
                                ScheduleText::duration(s.minutes),
                                Vocabulary::label(Term::SessionFormat, s.format),
                                s.title,
                                s.facilitator};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            if (column == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    table->resizeColumnsToContents();
    table->scrollToTop();
}

void GenerateScheduleDialog::accept()
{
    const bool keep = m_inputs.edited > 0 && m_ui->keepEdited->isChecked();
    if (!m_result.error.isEmpty())
        return;
    // The same sessions the preview shows: withoutKept() is applied again on writing.
    if (!CohortSchedule::write(m_history, m_inputs.cohortId, m_result.sessions, keep))
        return;
    QDialog::accept();
}

} // namespace Upskill
