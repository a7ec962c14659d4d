// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyspage.h"

#include "edithistory.h"
#include "programfile.h"
#include "surveyresponsemodel.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>

namespace Upskill {

SurveysPage::SurveysPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new SurveyResponseModel(history), QStringLiteral("survey_responses"),
                      parent),
      m_responses(static_cast<SurveyResponseModel *>(table()->model())),
      m_kind(new QComboBox(this)), m_add(new QPushButton(tr("&Add response"), this))
{
    setObjectName(QStringLiteral("surveysPage"));
    m_kind->addItem(tr("All surveys"), QString());
    for (const Choice &kind : Vocabulary::choices(Term::SurveyKind))
        m_kind->addItem(kind.label, kind.key);
    auto *kindLabel = new QLabel(tr("&Survey:"), this);
    kindLabel->setBuddy(m_kind);

    auto *kinds = new QMenu(m_add);
    for (const Choice &kind : Vocabulary::choices(Term::SurveyKind))
        kinds->addAction(kind.label, this, [this, key = kind.key] { addResponse(key); });
    m_add->setMenu(kinds);
    m_add->setToolTip(tr("Records one answer to the survey you choose; leave the participant "
                         "empty to keep it anonymous."));

    toolBar()->addSpacing(12);
    toolBar()->addWidget(kindLabel);
    toolBar()->addWidget(m_kind);
    toolBar()->addStretch(1);
    toolBar()->addWidget(m_add);
    addRemoveButton();

    // The date goes next to the survey it answers, and the comment last, where the table
    // gives it the room the scores leave.
    QHeaderView *header = table()->horizontalHeader();
    header->moveSection(header->visualIndex(SurveyResponseModel::RespondedOn),
                        header->visualIndex(SurveyResponseModel::Kind) + 1);
    table()->horizontalHeader()->setSortIndicator(SurveyResponseModel::RespondedOn,
                                                  Qt::DescendingOrder);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_responses->setKind(m_kind->currentData().toString()); });
}

QString SurveysPage::title()
{
    return tr("Surveys");
}

QString SurveysPage::addActionText() const
{
    return tr("&New survey response");
}

void SurveysPage::addItem()
{
    QString kind = m_kind->currentData().toString();
    if (kind.isEmpty() && table()->currentIndex().isValid())
        kind = m_responses->kindAt(table()->currentIndex().row());
    if (kind.isEmpty())
        kind = m_responses->sessionCount() > 0 ? QStringLiteral("session")
                                               : QStringLiteral("end_of_program");
    addResponse(kind);
}

void SurveysPage::addResponse(const QString &kind)
{
    // Answers come in session by session: the next one is about the session of the last.
    qint64 session = -1;
    if (const QModelIndex current = table()->currentIndex();
        current.isValid() && m_responses->kindAt(current.row()) == kind)
        session = m_responses->sessionAt(current.row());
    qint64 id = -1;
    if (!m_responses->addResponse(kind, session, &id))
        return;
    // A response added under another filter would vanish at once; the filter follows it.
    if (!m_kind->currentData().toString().isEmpty() && m_kind->currentData().toString() != kind)
        m_kind->setCurrentIndex(0);
    table()->showId(id);
    table()->edit(table()->currentIndex().siblingAtColumn(SurveyResponseModel::Satisfaction));
}

void SurveysPage::showCohort(qint64 cohortId)
{
    m_responses->setCohort(cohortId);
}

QString SurveysPage::cohortEmptyText() const
{
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        return tr("No answers to the survey “%1” for this cohort yet. “Add response” records "
                  "one; choose “All surveys” to see the others.")
            .arg(Vocabulary::label(Term::SurveyKind, kind));
    return tr("No survey responses for this cohort yet. Use “Add response” for each answer that "
              "comes in: after a session, at the end of the program, or from a mentor or a "
              "manager. Leave the participant empty to keep an answer anonymous.");
}

QString SurveysPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    int responses = 0;
    int anonymous = 0;
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral("SELECT count(*), count(*) - count(participant_id) FROM "
                                 "survey_responses WHERE cohort_id = ?"));
    query.addBindValue(cohort());
    if (query.exec() && query.next()) {
        responses = query.value(0).toInt();
        anonymous = query.value(1).toInt();
    }
    QString line = tr("%1 · %2 · %n session(s)", nullptr, m_responses->sessionCount())
                       .arg(facts.name, endPhrase(facts));
    if (responses > 0)
        line += QStringLiteral(" · ") + tr("%n response(s)", nullptr, responses) +
                QStringLiteral(", ") + tr("%n anonymous", nullptr, anonymous);
    return line;
}

QString SurveysPage::removeQuestion(int count) const
{
    return tr("Delete %n survey response(s)?", nullptr, count);
}

bool SurveysPage::removeRows(const QList<qint64> &ids)
{
    return m_responses->removeResponses(ids);
}

} // namespace Upskill
