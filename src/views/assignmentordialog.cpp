// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentordialog.h"

#include "mentorshipmodel.h"
#include "programsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int ShownMentors = 50;
constexpr int MentorRole = Qt::UserRole;
} // namespace

AssignMentorDialog::AssignMentorDialog(MentorshipModel *model, qint64 menteeId, qint64 mentorId,
                                       QWidget *parent)
    : QDialog(parent), m_model(model), m_mentee(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_mentors(new QListWidget(this)), m_searchTimer(new QTimer(this)), m_load(new QLabel(this)),
      m_override(new QCheckBox(tr("Assign &beyond capacity"), this)), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QSqlDatabase db = model->database();
    const qint64 cohort = model->cohort();
    const MentorshipPeriod period = model->period();
    const ProgramSettings settings = ProgramSettings::load(db);
    m_capacity = settings.mentorCapacity;
    QString cohortName;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
    query.addBindValue(cohort);
    if (query.exec() && query.next())
        cohortName = query.value(0).toString();
    setWindowTitle(tr("Assign a mentor — %1").arg(cohortName));

    // The cohort's participants, those still without a mentor first.
    query.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.manager, EXISTS (SELECT 1 FROM mentorships m WHERE m.cohort_id = "
        "e.cohort_id AND m.mentee_id = p.id) AS mentored FROM enrollments e JOIN participants p "
        "ON p.id = e.participant_id WHERE e.cohort_id = ? AND e.status <> 'withdrawn' "
        "ORDER BY mentored, p.name, p.id"));
    query.addBindValue(cohort);
    if (query.exec()) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString name = query.value(1).toString();
            m_mentee->addItem(query.value(3).toInt() ? tr("%1 (has a mentor)").arg(name) : name,
                              id);
            m_managers.insert(id, query.value(2).toString());
        }
    }
    if (const int at = m_mentee->findData(menteeId); at >= 0)
        m_mentee->setCurrentIndex(at);

    m_search->setPlaceholderText(tr("Type part of a mentor's name"));
    m_search->setClearButtonEnabled(true);
    m_mentors->setToolTip(tr("Alumni, AI champions and mentors, with the mentees they have "
                             "during this cohort."));
    m_mentors->setMinimumHeight(fontMetrics().height() * 10);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    auto *when = new QLabel(this);
    when->setWordWrap(true);
    if (period.to.isValid())
        when->setText(
            tr("From %1 until %2: the cohort's end plus the follow-up of %3.")
                .arg(QLocale().toString(period.from.isValid() ? period.from : QDate::currentDate(),
                                        QLocale::ShortFormat),
                     QLocale().toString(period.to, QLocale::ShortFormat),
                     tr("%n month(s)", nullptr, settings.mentorshipFollowupMonths)));
    else
        when->setText(tr("The cohort has no end date yet, so the mentorship has none either."));
    m_load->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why this mentor all the same; kept on record"));

    auto *mentorBox = new QVBoxLayout;
    mentorBox->addWidget(m_search);
    mentorBox->addWidget(m_mentors, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("M&entee:"), m_mentee);
    auto *mentorLabel = new QLabel(tr("&Mentor:"), this);
    mentorLabel->setBuddy(m_search);
    form->addRow(mentorLabel, mentorBox);
    form->addRow(QString(), m_load);
    form->addRow(QString(), m_override);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(when);
    if (m_mentee->count() == 0) {
        auto *empty = new QLabel(tr("Nobody is enrolled in this cohort yet."), this);
        layout->addWidget(empty);
    }
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    // Down from the search box goes to the list, as in any search field.
    m_search->installEventFilter(this);
    connect(m_mentee, &QComboBox::currentIndexChanged, this, &AssignMentorDialog::updateState);
    connect(m_mentors, &QListWidget::currentRowChanged, this, &AssignMentorDialog::updateState);
    connect(m_override, &QCheckBox::toggled, this, &AssignMentorDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &AssignMentorDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignMentorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A mentor chosen on the page is found by their name.
    QString preset;
    if (mentorId >= 0) {
        query.prepare(QStringLiteral("SELECT name FROM participants WHERE id = ?"));
        query.addBindValue(mentorId);
        if (query.exec() && query.next())
            preset = query.value(0).toString();
    }
    m_search->setText(preset);
    search(preset);
    chooseMentor(mentorId);
    updateState();
    m_search->setFocus();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

void AssignMentorDialog::search(const QString &text)
{
    m_searchTimer->stop();
    const qint64 chosen = mentor();
    QString error;
    m_found = MentorMatching::findMentors(m_model->database(), m_model->cohort(), m_model->period(),
                                          text, ShownMentors, &error)
                  .value_or(QList<MentorCandidate>());
    const QSignalBlocker blocker(m_mentors);
    m_mentors->clear();
    for (const MentorCandidate &m : std::as_const(m_found)) {
        QStringList tags;
        if (m.alumnus)
            tags.append(tr("alumnus"));
        if (m.champion)
            tags.append(tr("AI champion"));
        tags.append(MentorLoad::describe(m.load, m_capacity));
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(m.name, tags.join(QStringLiteral(", "))),
                                         m_mentors);
        item->setData(MentorRole, m.id);
        if (m.load >= m_capacity)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    if (m_found.isEmpty())
        m_load->setText(error.isEmpty() ? tr("Nobody who can mentor matches “%1”.").arg(text)
                                        : error);
    chooseMentor(chosen);
    updateState();
}

bool AssignMentorDialog::chooseMentor(qint64 mentorId)
{
    for (int row = 0; row < m_mentors->count(); ++row) {
        if (m_mentors->item(row)->data(MentorRole).toLongLong() == mentorId) {
            m_mentors->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 AssignMentorDialog::mentee() const
{
    return m_mentee->currentIndex() >= 0 ? m_mentee->currentData().toLongLong() : -1;
}

qint64 AssignMentorDialog::mentor() const
{
    const QListWidgetItem *item = m_mentors->currentItem();
    return item ? item->data(MentorRole).toLongLong() : -1;
}

const MentorCandidate *AssignMentorDialog::chosenMentor() const
{
    const int row = m_mentors->currentRow();
    return row >= 0 && row < m_found.size() ? &m_found.at(row) : nullptr;
}

bool AssignMentorDialog::mentorIsFull() const
{
    const MentorCandidate *m = chosenMentor();
    return m && m->load >= m_capacity;
}

QString AssignMentorDialog::overrideReason() const
{
    return mentorIsFull() && m_override->isChecked() ? m_reason->text().trimmed() : QString();
}

void AssignMentorDialog::updateState()
{
    const MentorCandidate *m = chosenMentor();
    const bool full = mentorIsFull();
    if (m) {
        QStringList notes{
            full ? tr("%1 already has %2 during this cohort: assigning them goes beyond "
                      "capacity and needs a reason.")
                       .arg(m->name, MentorLoad::describe(m->load, m_capacity))
                 : tr("%1 has %2 during this cohort.")
                       .arg(m->name, MentorLoad::describe(m->load, m_capacity))};
        MenteeNeeds chosen;
        chosen.manager = m_managers.value(mentee());
        if (MentorMatching::isManagerOf(*m, chosen))
            notes.append(tr("They are this mentee's manager; someone outside the reporting "
                            "line is usually the better mentor."));
        m_load->setText(notes.join(QLatin1Char(' ')));
    } else if (!m_found.isEmpty()) {
        m_load->setText(tr("Choose a mentor in the list."));
    }
    m_override->setEnabled(full);
    if (!full)
        m_override->setChecked(false);
    m_reason->setEnabled(full && m_override->isChecked());
    const bool ready =
        m && mentee() >= 0 &&
        (!full || (m_override->isChecked() && !m_reason->text().trimmed().isEmpty()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

bool AssignMentorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_mentors->count() > 0) {
        if (m_searchTimer->isActive())
            search(m_search->text());
        m_mentors->setFocus(Qt::TabFocusReason);
        if (m_mentors->currentRow() < 0)
            m_mentors->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AssignMentorDialog::accept()
{
    if (mentee() < 0 || mentor() < 0)
        return;
    if (m_model->addMentorship(mentor(), mentee(), overrideReason()))
        QDialog::accept();
}

} // namespace Upskill
