// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningentrydialog.h"

#include "peoplesearchlist.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {

// What the log already holds, most frequent first, for the completers: the same course is
// then typed the same way and counts as one in the ranking.
QStringList known(const QSqlDatabase &db, const QString &column)
{
    QStringList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT min(%1) FROM external_learning WHERE %1 <> '' GROUP BY "
                                  "%1 COLLATE NOCASE ORDER BY count(*) DESC LIMIT 500")
                       .arg(column))) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

QCompleter *completerFor(const QStringList &values, QObject *parent)
{
    auto *completer = new QCompleter(values, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

LearningEntryDialog::LearningEntryDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_people(new PeopleSearchList(db, this)),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_provider(new QLineEdit(this)),
      m_start(new QDateEdit(QDate::currentDate(), this)),
      m_finished(new QCheckBox(tr("&Finished on:"), this)),
      m_end(new QDateEdit(QDate::currentDate(), this)), m_cost(new QLineEdit(this))
{
    setWindowTitle(tr("Record external learning"));
    for (const Choice &kind : Vocabulary::choices(Term::LearningKind))
        m_kind->addItem(kind.label, kind.key);
    // Column names are fixed here, never typed by anyone.
    m_title->setCompleter(completerFor(known(db, QStringLiteral("title")), this));
    m_title->setPlaceholderText(tr("e.g. Evaluating LLM systems"));
    m_provider->setCompleter(completerFor(known(db, QStringLiteral("provider")), this));
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_end->setEnabled(false);
    m_cost->setPlaceholderText(tr("per person; empty when not known"));
    auto *validator = new QDoubleValidator(0, 1e9, 2, m_cost);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_cost->setValidator(validator);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Started on:"), m_start);
    form->addRow(m_finished, m_end);
    form->addRow(tr("&Cost:"), m_cost);
    auto *note = new QLabel(tr("Rating, review and recommendation are added in the table once "
                               "they have finished."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(note);
    right->addStretch(1);

    auto *peopleLabel = new QLabel(tr("&Who took it (one entry each):"), this);
    peopleLabel->setBuddy(m_people->searchField());
    auto *left = new QVBoxLayout;
    left->addWidget(peopleLabel);
    left->addWidget(m_people, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &PeopleSearchList::chosenChanged, this, &LearningEntryDialog::updateButton);
    connect(m_title, &QLineEdit::textChanged, this, &LearningEntryDialog::updateButton);
    connect(m_title, &QLineEdit::editingFinished, this, &LearningEntryDialog::suggestProvider);
    connect(m_finished, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    // The end cannot come before the start, so the calendar does not offer it.
    connect(m_start, &QDateEdit::dateChanged, this,
            [this](const QDate &start) { m_end->setMinimumDate(start); });
    m_end->setMinimumDate(m_start->date());
    updateButton();
    resize(820, 520);
}

void LearningEntryDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void LearningEntryDialog::updateButton()
{
    m_add->setEnabled(m_people->chosenCount() > 0 && !m_title->text().trimmed().isEmpty());
    m_add->setToolTip(m_people->chosenCount() == 0          ? tr("Choose who took it.")
                      : m_title->text().trimmed().isEmpty() ? tr("Give its title.")
                                                            : QString());
}

void LearningEntryDialog::suggestProvider()
{
    // A course already in the log comes with the provider it was taken from.
    if (!m_provider->text().trimmed().isEmpty() || m_title->text().trimmed().isEmpty())
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT provider, kind FROM external_learning WHERE title = ? "
                                 "COLLATE NOCASE AND provider <> '' GROUP BY provider, kind "
                                 "ORDER BY count(*) DESC LIMIT 1"));
    query.addBindValue(m_title->text().trimmed());
    if (query.exec() && query.next()) {
        m_provider->setText(query.value(0).toString());
        setKind(query.value(1).toString());
    }
}

QList<qint64> LearningEntryDialog::participantIds() const
{
    return m_people->chosenIds();
}

QVariantMap LearningEntryDialog::values() const
{
    const QString cost = m_cost->text().trimmed();
    return {{QStringLiteral("kind"), m_kind->currentData().toString()},
            {QStringLiteral("title"), m_title->text().trimmed()},
            {QStringLiteral("provider"), m_provider->text().trimmed()},
            {QStringLiteral("start_date"), m_start->date()},
            {QStringLiteral("end_date"),
             m_finished->isChecked() ? QVariant(m_end->date()) : QVariant(QString())},
            // The validator accepts the locale's number format; the model reads it the same way.
            {QStringLiteral("cost"),
             cost.isEmpty() ? QVariant(QString()) : QVariant(QLocale().toDouble(cost))}};
}

} // namespace Upskill
