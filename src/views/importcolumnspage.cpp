// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcolumnspage.h"

#include "edithistory.h"
#include "importpreviewmodel.h"
#include "importvalues.h"
#include "importwizard.h"
#include "programfile.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTableView>

namespace Upskill {

namespace {

// A column in a list: its header and, to tell similar headers apart, its first value.
QString choiceText(const QString &header, const QString &sample)
{
    QString value = sample.simplified();
    if (value.size() > 28)
        value = value.left(27) + QChar(0x2026);
    return value.isEmpty() ? header : ImportColumnsPage::tr("%1 (e.g. %2)").arg(header, value);
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column each field is read from. Fields marked * are needed; "
                   "the others may stay empty."));

    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    auto *again = new QPushButton(tr("Match by &name again"), this);
    auto *originRow = new QHBoxLayout;
    originRow->addWidget(m_origin, 1);
    originRow->addWidget(again);

    // The fields in two columns, so a rubric of five dimensions fits without scrolling.
    m_formHost = new QWidget;
    m_form = new QGridLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    m_form->setColumnStretch(3, 1);
    m_form->setColumnMinimumWidth(2, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_defaults = new QGroupBox(tr("For rows that leave them empty"), this);
    m_defaultKind = new QComboBox(m_defaults);
    m_defaultCohort = new QComboBox(m_defaults);
    m_defaultCohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_defaultCohort->setMinimumContentsLength(16);
    m_useDate = new QCheckBox(tr("&Date:"), m_defaults);
    m_date = new QDateEdit(QDate::currentDate(), m_defaults);
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    m_date->setMinimumWidth(m_date->sizeHint().width() + 24);
    auto *kindLabel = new QLabel(tr("&Kind:"), m_defaults);
    kindLabel->setBuddy(m_defaultKind);
    auto *cohortLabel = new QLabel(tr("C&ohort:"), m_defaults);
    cohortLabel->setBuddy(m_defaultCohort);
    auto *defaultsRow = new QHBoxLayout(m_defaults);
    defaultsRow->addWidget(kindLabel);
    defaultsRow->addWidget(m_defaultKind, 1);
    defaultsRow->addSpacing(12);
    defaultsRow->addWidget(cohortLabel);
    defaultsRow->addWidget(m_defaultCohort, 2);
    defaultsRow->addSpacing(12);
    defaultsRow->addWidget(m_useDate);
    defaultsRow->addWidget(m_date);

    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_model = new ImportPreviewModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("importColumnsPreview"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize());
    auto *previewLabel = new QLabel(tr("The first &rows, field by field:"), this);
    previewLabel->setBuddy(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(originRow);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_defaults);
    layout->addWidget(m_missing);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);

    connect(again, &QPushButton::clicked, this, [this] {
        applyMapping(m_wizard->setup().automatic);
        m_origin->setText(tr("The columns are matched by their names."));
    });
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    for (QObject *sender :
         {static_cast<QObject *>(m_defaultKind), static_cast<QObject *>(m_defaultCohort)})
        connect(qobject_cast<QComboBox *>(sender), &QComboBox::currentIndexChanged, this,
                &ImportColumnsPage::updateState);
    connect(m_useDate, &QCheckBox::toggled, this, &ImportColumnsPage::updateState);
}

void ImportColumnsPage::initializePage()
{
    const ImportSetup &setup = m_wizard->setup();
    const QString builtFor = ImportFields::kindName(setup.options.kind) + QLatin1Char('\n') +
                             setup.headers.join(QLatin1Char('\n'));
    if (builtFor == m_builtFor) {
        updateState();
        return;
    }
    m_builtFor = builtFor;
    rebuild();
    const QHash<QString, QString> remembered =
        m_wizard->settings().mapping(setup.options.kind, setup.headers);
    if (!remembered.isEmpty()) {
        applyMapping(ImportSettings::toColumns(remembered, setup.headers));
        m_origin->setText(tr("These are the columns you chose for a file with the same columns "
                             "last time."));
    } else {
        applyMapping(setup.automatic);
        m_origin->setText(tr("The columns are matched by their names; change any that is "
                             "wrong."));
    }
}

void ImportColumnsPage::rebuild()
{
    const ImportSetup &setup = m_wizard->setup();
    while (QLayoutItem *item = m_form->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choices.clear();
    const int rows = int(setup.fields.size() + 1) / 2;
    int index = 0;
    for (const ImportField &field : setup.fields) {
        auto *choice = new QComboBox(m_formHost);
        choice->addItem(tr("— not imported —"), -1);
        for (int i = 0; i < setup.headers.size(); ++i) {
            const QString sample =
                setup.previewRows.isEmpty() ? QString() : setup.previewRows.first().value(i);
            choice->addItem(choiceText(setup.headers.at(i), sample), i);
        }
        choice->setObjectName(QStringLiteral("column:") + field.key);
        // Long headers must not widen the page; the list itself shows them in full.
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(12);
        connect(choice, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::updateState);
        auto *label =
            new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, m_formHost);
        label->setBuddy(choice);
        const int row = index % rows;
        const int pair = index / rows;
        m_form->addWidget(label, row, pair * 3);
        m_form->addWidget(choice, row, pair * 3 + 1);
        m_choices.insert(field.key, choice);
        ++index;
    }
    // A gap between the two columns of fields.
    m_form->setColumnMinimumWidth(2, 16);

    const ImportKind kind = setup.options.kind;
    m_defaults->setVisible(kind != ImportKind::Participants);
    const QSignalBlocker kindBlocker(m_defaultKind);
    const QSignalBlocker cohortBlocker(m_defaultCohort);
    m_defaultKind->clear();
    m_defaultKind->addItem(tr("— none —"), QString());
    for (const Choice &choice :
         Vocabulary::choices(kind == ImportKind::Surveys ? Term::SurveyKind : Term::AssessmentKind))
        m_defaultKind->addItem(choice.label, choice.key);
    m_defaultCohort->clear();
    m_defaultCohort->addItem(tr("— none —"), QString());
    QSqlQuery cohorts(m_wizard->history().file().database());
    cohorts.setForwardOnly(true);
    if (cohorts.exec(QStringLiteral("SELECT name FROM cohorts ORDER BY quarter DESC, name"))) {
        while (cohorts.next())
            m_defaultCohort->addItem(cohorts.value(0).toString(), cohorts.value(0).toString());
    }
    m_useDate->setVisible(kind == ImportKind::Assessments || kind == ImportKind::Surveys);
}

void ImportColumnsPage::applyMapping(const ColumnMapping &mapping)
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QSignalBlocker blocker(*it);
        const int index = (*it)->findData(mapping.value(it.key(), -1));
        (*it)->setCurrentIndex(index < 0 ? 0 : index);
    }
    updateState();
}

ColumnMapping ImportColumnsPage::mapping() const
{
    ColumnMapping result;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const int column = (*it)->currentData().toInt();
        if (column >= 0)
            result.insert(it.key(), column);
    }
    return result;
}

QStringList ImportColumnsPage::stillNeeded() const
{
    const ImportSetup &setup = m_wizard->setup();
    const ColumnMapping chosen = mapping();
    QStringList missing = ImportFields::missingRequired(setup.options.kind, setup.fields, chosen);
    const ImportKind kind = setup.options.kind;
    if (kind != ImportKind::Participants && !chosen.contains(QStringLiteral("kind")) &&
        m_defaultKind->currentData().toString().isEmpty())
        missing.append(kind == ImportKind::Surveys
                           ? tr("the kind of survey (a column, or one for every row)")
                           : tr("the kind of assessment (a column, or one for every row)"));
    if (kind == ImportKind::Assessments && !chosen.contains(QStringLiteral("date")) &&
        !m_useDate->isChecked())
        missing.append(tr("the date (a column, or one for every row)"));
    return missing;
}

void ImportColumnsPage::updateState()
{
    const ImportSetup &setup = m_wizard->setup();
    const ColumnMapping chosen = mapping();
    // A column read twice is allowed (a name and a notes column may be the same), but it
    // usually is a slip; the list says so.
    QHash<int, int> uses;
    for (const int column : chosen)
        ++uses[column];
    const QStringList missing = stillNeeded();
    QString text = missing.isEmpty() ? tr("Every needed field has a column.")
                                     : QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                           .arg(tr("Still needed: %1.")
                                                    .arg(missing.join(QStringLiteral("; ")))
                                                    .toHtmlEscaped());
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > 1) {
            text += QLatin1Char(' ') +
                    tr("The column “%1” is chosen for %n field(s).", nullptr, it.value())
                        .arg(setup.headers.value(it.key()))
                        .toHtmlEscaped();
        }
    }
    m_missing->setText(text);

    QStringList headers;
    QList<int> columns;
    for (const ImportField &field : setup.fields) {
        if (chosen.contains(field.key)) {
            headers.append(field.label);
            columns.append(chosen.value(field.key));
        }
    }
    QList<QStringList> rows;
    for (const QStringList &source : setup.previewRows) {
        QStringList row;
        for (const int column : std::as_const(columns))
            row.append(ImportValues::clean(source.value(column)));
        rows.append(row);
    }
    m_model->setContent(headers, rows, setup.previewLines);
    m_preview->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return stillNeeded().isEmpty();
}

bool ImportColumnsPage::validatePage()
{
    ImportOptions &options = m_wizard->setup().options;
    options.mapping = mapping();
    options.useMapping = true;
    options.defaultKind = m_defaultKind->currentData().toString();
    options.defaultCohort = m_defaultCohort->currentData().toString();
    options.defaultDate = m_useDate->isChecked() ? m_date->date() : QDate();
    return true;
}

} // namespace Upskill
