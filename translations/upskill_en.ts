<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChainFigure</name>
    <message numerus="yes">
        <location filename="../src/charts/chainfigure.cpp" line="32"/>
        <source>withheld: fewer than %n answers</source>
        <translation>
            <numerusform>withheld: fewer than %n answer</numerusform>
            <numerusform>withheld: fewer than %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReport</name>
    <message numerus="yes">
        <location filename="../src/reports/gapreport.cpp" line="146"/>
        <source>%n engineer(s) with a current assessment and a target. Figures about fewer than %1 people are withheld to protect individuals.</source>
        <translation>
            <numerusform>%n engineer with a current assessment and a target. Figures about fewer than %1 people are withheld to protect individuals.</numerusform>
            <numerusform>%n engineers with a current assessment and a target. Figures about fewer than %1 people are withheld to protect individuals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/gapreport.cpp" line="250"/>
        <source>%n more group(s) not listed here; filter the analysis to see them.</source>
        <translation>
            <numerusform>%n more group not listed here; filter the analysis to see it.</numerusform>
            <numerusform>%n more groups not listed here; filter the analysis to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactCharts</name>
    <message numerus="yes">
        <location filename="../src/charts/impactcharts.cpp" line="40"/>
        <source>from %n report(s) by cohorts and teams</source>
        <translation>
            <numerusform>from %n report by cohorts and teams</numerusform>
            <numerusform>from %n reports by cohorts and teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeCharts</name>
    <message numerus="yes">
        <location filename="../src/charts/knowledgecharts.cpp" line="43"/>
        <source>Withheld: fewer than %n people assessed before and after.</source>
        <translation>
            <numerusform>Withheld: fewer than %n person assessed before and after.</numerusform>
            <numerusform>Withheld: fewer than %n people assessed before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/knowledgecharts.cpp" line="45"/>
        <source>Average advancement %1 levels over %n people (target %2).</source>
        <translation>
            <numerusform>Average advancement %1 levels over %n person (target %2).</numerusform>
            <numerusform>Average advancement %1 levels over %n people (target %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="65"/>
        <source>over %n enrollment(s) in completed cohorts</source>
        <translation>
            <numerusform>over %n enrollment in completed cohorts</numerusform>
            <numerusform>over %n enrollments in completed cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="67"/>
        <source>over %n people with pre and post</source>
        <translation>
            <numerusform>over %n person with pre and post</numerusform>
            <numerusform>over %n people with pre and post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="69"/>
        <source>over %n graduate(s) who contributed</source>
        <translation>
            <numerusform>over %n graduate who contributed</numerusform>
            <numerusform>over %n graduates who contributed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="73"/>
        <source>over %n answer(s)</source>
        <translation>
            <numerusform>over %n answer</numerusform>
            <numerusform>over %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="75"/>
        <source>over %n participant(s)</source>
        <translation>
            <numerusform>over %n participant</numerusform>
            <numerusform>over %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="114"/>
        <source>Withheld: it would be about fewer than %n people.</source>
        <translation>
            <numerusform>Withheld: it would be about fewer than %n person.</numerusform>
            <numerusform>Withheld: it would be about fewer than %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message numerus="yes">
        <location filename="../src/reports/kpis.cpp" line="295"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message numerus="yes">
        <location filename="../src/storage/rowstore.cpp" line="258"/>
        <source>%n record(s) in %1 still use this; delete or change them first.</source>
        <translation>
            <numerusform>%n record in %1 still uses this; delete or change it first.</numerusform>
            <numerusform>%n records in %1 still use this; delete or change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="24"/>
        <source>%n engineer(s) enrolled: fewer than the program&apos;s minimum of %1.</source>
        <translation>
            <numerusform>%n engineer enrolled: fewer than the program&apos;s minimum of %1.</numerusform>
            <numerusform>%n engineers enrolled: fewer than the program&apos;s minimum of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="28"/>
        <source>%n engineer(s) enrolled: more than the program&apos;s maximum of %1.</source>
        <translation>
            <numerusform>%n engineer enrolled: more than the program&apos;s maximum of %1.</numerusform>
            <numerusform>%n engineers enrolled: more than the program&apos;s maximum of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="50"/>
        <source>fewer than %n people</source>
        <translation>
            <numerusform>fewer than %n person</numerusform>
            <numerusform>fewer than %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SatisfactionCharts</name>
    <message numerus="yes">
        <location filename="../src/charts/satisfactioncharts.cpp" line="75"/>
        <source>Average over all sessions: %1 from %n answer(s).</source>
        <translation>
            <numerusform>Average over all sessions: %1 from %n answer.</numerusform>
            <numerusform>Average over all sessions: %1 from %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/satisfactioncharts.cpp" line="156"/>
        <source>Overall %1 from %n answer(s).</source>
        <translation>
            <numerusform>Overall %1 from %n answer.</numerusform>
            <numerusform>Overall %1 from %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message numerus="yes">
        <location filename="../src/core/suppression.cpp" line="48"/>
        <source>withheld: fewer than %n people</source>
        <translation>
            <numerusform>withheld: fewer than %n person</numerusform>
            <numerusform>withheld: fewer than %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/suppression.cpp" line="50"/>
        <source>withheld: with the total it would reveal a group of fewer than %n people</source>
        <translation>
            <numerusform>withheld: with the total it would reveal a group of fewer than %n person</numerusform>
            <numerusform>withheld: with the total it would reveal a group of fewer than %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AdvancementPage</name>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="140"/>
        <source>%n people have a pre assessment and wait for their post assessment.</source>
        <translation>
            <numerusform>%n person has a pre assessment and waits for their post assessment.</numerusform>
            <numerusform>%n people have a pre assessment and wait for their post assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="148"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="162"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="167"/>
        <source>%n more people are still waiting for their post assessment.</source>
        <translation>
            <numerusform>%n more person is still waiting for their post assessment.</numerusform>
            <numerusform>%n more people are still waiting for their post assessment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentDialog</name>
    <message numerus="yes">
        <location filename="../src/views/assessmentdialog.cpp" line="111"/>
        <source>Record %n assessment level(s)</source>
        <translation>
            <numerusform>Record %n assessment level</numerusform>
            <numerusform>Record %n assessment levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentsPage</name>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="183"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="263"/>
        <source>Saved %n rating(s) for %1.</source>
        <translation>
            <numerusform>Saved %n rating for %1.</numerusform>
            <numerusform>Saved %n ratings for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="274"/>
        <source>Delete %n assessment level(s)?</source>
        <translation>
            <numerusform>Delete %n assessment level?</numerusform>
            <numerusform>Delete %n assessment levels?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="276"/>
        <source>Delete %n assessment level(s)</source>
        <translation>
            <numerusform>Delete %n assessment level</numerusform>
            <numerusform>Delete %n assessment levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::BehaviourMetricModel</name>
    <message numerus="yes">
        <location filename="../src/models/behaviourmetricmodel.cpp" line="247"/>
        <source>Add follow-up month %1 for %n person(s)</source>
        <translation>
            <numerusform>Add follow-up month %1 for %n person</numerusform>
            <numerusform>Add follow-up month %1 for %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/behaviourmetricmodel.cpp" line="255"/>
        <source>Delete %n row(s) of follow-up figures</source>
        <translation>
            <numerusform>Delete %n row of follow-up figures</numerusform>
            <numerusform>Delete %n rows of follow-up figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::BulkAssessmentDialog</name>
    <message numerus="yes">
        <location filename="../src/views/bulkassessmentdialog.cpp" line="93"/>
        <source>Record %n rating(s) for %1</source>
        <translation>
            <numerusform>Record %n rating for %1</numerusform>
            <numerusform>Record %n ratings for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ChecklistItemModel</name>
    <message numerus="yes">
        <location filename="../src/models/checklistitemmodel.cpp" line="155"/>
        <source>Delete %n checklist item(s)</source>
        <translation>
            <numerusform>Delete %n checklist item</numerusform>
            <numerusform>Delete %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ChecklistsView</name>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="364"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="430"/>
        <source>Delete %n checklist item(s)?</source>
        <translation>
            <numerusform>Delete %n checklist item?</numerusform>
            <numerusform>Delete %n checklist items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="451"/>
        <source>Created the checklist from the template: %n item(s).</source>
        <translation>
            <numerusform>Created the checklist from the template: %n item.</numerusform>
            <numerusform>Created the checklist from the template: %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CohortModel</name>
    <message numerus="yes">
        <location filename="../src/models/cohortmodel.cpp" line="163"/>
        <source>%1 · %n overdue</source>
        <translation>
            <numerusform>%1 · %n overdue</numerusform>
            <numerusform>%1 · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/cohortmodel.cpp" line="199"/>
        <source>%n launch checklist item(s) overdue.</source>
        <translation>
            <numerusform>%n launch checklist item overdue.</numerusform>
            <numerusform>%n launch checklist items overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CohortsView</name>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="168"/>
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln cohort</numerusform>
            <numerusform>%Ln cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="170"/>
        <source>%n outside the size range</source>
        <translation>
            <numerusform>%n outside the size range</numerusform>
            <numerusform>%n outside the size range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="211"/>
        <source>Delete %n cohort(s) with their rosters, sessions and checklists?</source>
        <translation>
            <numerusform>Delete %n cohort with its roster, sessions and checklists?</numerusform>
            <numerusform>Delete %n cohorts with their rosters, sessions and checklists?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="214"/>
        <source>Delete %n cohort(s)</source>
        <translation>
            <numerusform>Delete %n cohort</numerusform>
            <numerusform>Delete %n cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="235"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation>
            <numerusform>Enrolled %n participant in %1.</numerusform>
            <numerusform>Enrolled %n participants in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="244"/>
        <source>Withdraw %n participant(s)</source>
        <translation>
            <numerusform>Withdraw %n participant</numerusform>
            <numerusform>Withdraw %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="259"/>
        <source>Remove %n enrollment(s) from this cohort? Withdrawing keeps the record; removing deletes it.</source>
        <translation>
            <numerusform>Remove %n enrollment from this cohort? Withdrawing keeps the record; removing deletes it.</numerusform>
            <numerusform>Remove %n enrollments from this cohort? Withdrawing keeps the records; removing deletes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="263"/>
        <source>Remove %n enrollment(s)</source>
        <translation>
            <numerusform>Remove %n enrollment</numerusform>
            <numerusform>Remove %n enrollments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::EnrolDialog</name>
    <message numerus="yes">
        <location filename="../src/views/enroldialog.cpp" line="80"/>
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::EnrollmentModel</name>
    <message numerus="yes">
        <location filename="../src/models/enrollmentmodel.cpp" line="105"/>
        <source>Enrol %n participant(s)</source>
        <translation>
            <numerusform>Enrol %n participant</numerusform>
            <numerusform>Enrol %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::FollowUpPage</name>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="66"/>
        <source>Added month %1 for %n person(s); fill in their figures.</source>
        <translation>
            <numerusform>Added month %1 for %n person; fill in their figures.</numerusform>
            <numerusform>Added month %1 for %n people; fill in their figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="94"/>
        <source>No follow-up figures for this cohort yet. Add month 1 with “Add month…”: it adds a row for each of the %n people who completed the cohort, to fill in with their AI tool usage, experiments, AI-related commits and their manager&apos;s rating and observation.</source>
        <translation>
            <numerusform>No follow-up figures for this cohort yet. Add month 1 with “Add month…”: it adds a row for the %n person who completed the cohort, to fill in with their AI tool usage, experiments, AI-related commits and their manager&apos;s rating and observation.</numerusform>
            <numerusform>No follow-up figures for this cohort yet. Add month 1 with “Add month…”: it adds a row for each of the %n people who completed the cohort, to fill in with their AI tool usage, experiments, AI-related commits and their manager&apos;s rating and observation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="106"/>
        <source>%n person(s) completed it</source>
        <translation>
            <numerusform>%n person completed it</numerusform>
            <numerusform>%n people completed it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="130"/>
        <source>Delete %n row(s) of follow-up figures?</source>
        <translation>
            <numerusform>Delete %n row of follow-up figures?</numerusform>
            <numerusform>Delete %n rows of follow-up figures?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::GapAnalysisPage</name>
    <message numerus="yes">
        <location filename="../src/views/gapanalysispage.cpp" line="315"/>
        <source>Only %n engineer(s) match: the figures are withheld because fewer than %1 people would be described.</source>
        <translation>
            <numerusform>Only %n engineer matches: the figures are withheld because fewer than %1 people would be described.</numerusform>
            <numerusform>Only %n engineers match: the figures are withheld because fewer than %1 people would be described.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/gapanalysispage.cpp" line="320"/>
        <source>%n engineer(s) with a current assessment and a target · computed in %1 ms</source>
        <translation>
            <numerusform>%n engineer with a current assessment and a target · computed in %1 ms</numerusform>
            <numerusform>%n engineers with a current assessment and a target · computed in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::GapHeatmapModel</name>
    <message numerus="yes">
        <location filename="../src/models/gapheatmapmodel.cpp" line="158"/>
        <source>%1 · %2
%n people assessed, %3 below target
Average level %4, average gap %5 levels</source>
        <translation>
            <numerusform>%1 · %2
%n person assessed, %3 below target
Average level %4, average gap %5 levels</numerusform>
            <numerusform>%1 · %2
%n people assessed, %3 below target
Average level %4, average gap %5 levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImpactDataPage</name>
    <message numerus="yes">
        <location filename="../src/views/impactdatapage.cpp" line="100"/>
        <source>Delete %n quarter(s) of business-impact figures?</source>
        <translation>
            <numerusform>Delete %n quarter of business-impact figures?</numerusform>
            <numerusform>Delete %n quarters of business-impact figures?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImpactMetricModel</name>
    <message numerus="yes">
        <location filename="../src/models/impactmetricmodel.cpp" line="220"/>
        <source>Delete %n quarter(s) of business-impact figures</source>
        <translation>
            <numerusform>Delete %n quarter of business-impact figures</numerusform>
            <numerusform>Delete %n quarters of business-impact figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantsView</name>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="122"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="154"/>
        <source>Delete %n participant(s) with their enrollments, assessments and other records?</source>
        <translation>
            <numerusform>Delete %n participant with their enrollments, assessments and other records?</numerusform>
            <numerusform>Delete %n participants with their enrollments, assessments and other records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="158"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="192"/>
        <source>Enrol %n selected participant(s) in:</source>
        <translation>
            <numerusform>Enrol %n selected participant in:</numerusform>
            <numerusform>Enrol %n selected participants in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="198"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation>
            <numerusform>Enrolled %n participant in %1.</numerusform>
            <numerusform>Enrolled %n participants in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PlacementPage</name>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="142"/>
        <source>Nobody&apos;s latest assessment meets all %n target level(s) of %1 yet.</source>
        <translation>
            <numerusform>Nobody&apos;s latest assessment meets the target level of %1 yet.</numerusform>
            <numerusform>Nobody&apos;s latest assessment meets all %n target levels of %1 yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="146"/>
        <source>%n engineer(s) already meet %1 of %2 and can test out of it.</source>
        <translation>
            <numerusform>%n engineer already meets %1 of %2 and can test out of it.</numerusform>
            <numerusform>%n engineers already meet %1 of %2 and can test out of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="148"/>
        <source>all %n target level(s)</source>
        <translation>
            <numerusform>the target level</numerusform>
            <numerusform>all %n target levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="197"/>
        <source>Mark %n participant(s) as tested out</source>
        <translation>
            <numerusform>Mark %n participant as tested out</numerusform>
            <numerusform>Mark %n participants as tested out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="201"/>
        <source>%n participant(s) marked as tested out.</source>
        <translation>
            <numerusform>%n participant marked as tested out.</numerusform>
            <numerusform>%n participants marked as tested out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::RubricDimensionModel</name>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="125"/>
        <source>Retire %n dimension(s)</source>
        <translation>
            <numerusform>Retire %n dimension</numerusform>
            <numerusform>Retire %n dimensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="126"/>
        <source>Restore %n dimension(s)</source>
        <translation>
            <numerusform>Restore %n dimension</numerusform>
            <numerusform>Restore %n dimensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="147"/>
        <source>“%1” cannot be deleted: %n assessment(s) use it. Retire it instead; a retired dimension keeps its assessments but is no longer asked.</source>
        <translation>
            <numerusform>“%1” cannot be deleted: %n assessment uses it. Retire it instead; a retired dimension keeps its assessments but is no longer asked.</numerusform>
            <numerusform>“%1” cannot be deleted: %n assessments use it. Retire it instead; a retired dimension keeps its assessments but is no longer asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="154"/>
        <source>Delete %n dimension(s)</source>
        <translation>
            <numerusform>Delete %n dimension</numerusform>
            <numerusform>Delete %n dimensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SurveyResponseModel</name>
    <message numerus="yes">
        <location filename="../src/models/surveyresponsemodel.cpp" line="324"/>
        <source>Delete %n survey response(s)</source>
        <translation>
            <numerusform>Delete %n survey response</numerusform>
            <numerusform>Delete %n survey responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SurveysPage</name>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="127"/>
        <source>%1 · %2 · %n session(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n session</numerusform>
            <numerusform>%1 · %2 · %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="130"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="131"/>
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonymous</numerusform>
            <numerusform>%n anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="137"/>
        <source>Delete %n survey response(s)?</source>
        <translation>
            <numerusform>Delete %n survey response?</numerusform>
            <numerusform>Delete %n survey responses?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TargetsPage</name>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="182"/>
        <source>Delete %n role target(s)?</source>
        <translation>
            <numerusform>Delete %n role target?</numerusform>
            <numerusform>Delete %n role targets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="184"/>
        <source>Delete %n role target(s)</source>
        <translation>
            <numerusform>Delete %n role target</numerusform>
            <numerusform>Delete %n role targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="191"/>
        <source>Delete %n track level(s)?</source>
        <translation>
            <numerusform>Delete %n track level?</numerusform>
            <numerusform>Delete %n track levels?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="193"/>
        <source>Delete %n track level(s)</source>
        <translation>
            <numerusform>Delete %n track level</numerusform>
            <numerusform>Delete %n track levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TracksView</name>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="90"/>
        <source>Remove %n module(s) from this track?</source>
        <translation>
            <numerusform>Remove %n module from this track?</numerusform>
            <numerusform>Remove %n modules from this track?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="91"/>
        <source>Remove %n module(s)</source>
        <translation>
            <numerusform>Remove %n module</numerusform>
            <numerusform>Remove %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="164"/>
        <source>Delete %n track(s) with their modules?</source>
        <translation>
            <numerusform>Delete %n track with its modules?</numerusform>
            <numerusform>Delete %n tracks with their modules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="166"/>
        <source>Delete %n track(s)</source>
        <translation>
            <numerusform>Delete %n track</numerusform>
            <numerusform>Delete %n tracks</numerusform>
        </translation>
    </message>
</context>
</TS>
