<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
