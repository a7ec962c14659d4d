<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarExportAction</name>
    <message numerus="yes">
        <location filename="../src/views/calendarexportaction.cpp" line="30"/>
        <source>Wrote %n session(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n session of %1 to %2.</numerusform>
            <numerusform>Wrote %n sessions of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
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
    <name>CohortSchedule</name>
    <message numerus="yes">
        <location filename="../src/models/cohortschedule.cpp" line="190"/>
        <source>Generate %n session(s)</source>
        <translation>
            <numerusform>Generate %n session</numerusform>
            <numerusform>Generate %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/cohortschedule.cpp" line="191"/>
        <source>Regenerate the schedule (%n session(s))</source>
        <translation>
            <numerusform>Regenerate the schedule (%n session)</numerusform>
            <numerusform>Regenerate the schedule (%n sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExportAction</name>
    <message numerus="yes">
        <location filename="../src/views/csvexportaction.cpp" line="113"/>
        <source>Wrote %n row(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n row of %1 to %2.</numerusform>
            <numerusform>Wrote %n rows of %1 to %2.</numerusform>
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
    <name>HealthChecks</name>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="139"/>
        <source>; %n module(s) under it</source>
        <translation>
            <numerusform>; %n module under it</numerusform>
            <numerusform>; %n modules under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="183"/>
        <source>%1: %n of %2 participants have no application project, %3 after week 1</source>
        <translation>
            <numerusform>%1: %n of %2 participants has no application project, %3 after week 1</numerusform>
            <numerusform>%1: %n of %2 participants have no application project, %3 after week 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="187"/>
        <source>%1 finished with %n of %2 participants without an application project</source>
        <translation>
            <numerusform>%1 finished with %n of %2 participants without an application project</numerusform>
            <numerusform>%1 finished with %n of %2 participants without an application project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="220"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n manager</numerusform>
            <numerusform>%n managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="221"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="230"/>
        <source>%1 started %n day(s) ago and its participants&apos; managers were not briefed (%2)</source>
        <translation>
            <numerusform>%1 started %n day ago and its participants&apos; managers were not briefed (%2)</numerusform>
            <numerusform>%1 started %n days ago and its participants&apos; managers were not briefed (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="240"/>
        <source>%1 starts in %n day(s) and its participants&apos; managers have not been briefed yet (%2)</source>
        <translation>
            <numerusform>%1 starts in %n day and its participants&apos; managers have not been briefed yet (%2)</numerusform>
            <numerusform>%1 starts in %n days and its participants&apos; managers have not been briefed yet (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="283"/>
        <source>%1: none of its %n graduate(s) came to a community event or refresher in the quarter after it ended on %2</source>
        <translation>
            <numerusform>%1: none of its %n graduate came to a community event or refresher in the quarter after it ended on %2</numerusform>
            <numerusform>%1: none of its %n graduates came to a community event or refresher in the quarter after it ended on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="291"/>
        <source>%1 ended %n day(s) ago and none of its %2 graduates has come to a community event or refresher since</source>
        <translation>
            <numerusform>%1 ended %n day ago and none of its %2 graduates has come to a community event or refresher since</numerusform>
            <numerusform>%1 ended %n days ago and none of its %2 graduates has come to a community event or refresher since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="367"/>
        <source>%1: %n of its %2 participants already meet every target level of %3 and could test out</source>
        <translation>
            <numerusform>%1: %n of its %2 participants already meets every target level of %3 and could test out</numerusform>
            <numerusform>%1: %n of its %2 participants already meet every target level of %3 and could test out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="411"/>
        <source>; %n of %1 participants below plan in two or more weeks</source>
        <translation>
            <numerusform>; %n of %1 participants below plan in two or more weeks</numerusform>
            <numerusform>; %n of %1 participants below plan in two or more weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="442"/>
        <source>%1 mentors %n people at once; the capacity is %2</source>
        <translation>
            <numerusform>%1 mentors %n person at once; the capacity is %2</numerusform>
            <numerusform>%1 mentors %n people at once; the capacity is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="445"/>
        <source> (%n accepted with a recorded override)</source>
        <translation>
            <numerusform> (%n accepted with a recorded override)</numerusform>
            <numerusform> (%n accepted with a recorded override)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="483"/>
        <source>%1: %n engineer(s) enrolled, more than the maximum of %2</source>
        <translation>
            <numerusform>%1: %n engineer enrolled, more than the maximum of %2</numerusform>
            <numerusform>%1: %n engineers enrolled, more than the maximum of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="490"/>
        <source>%1: %n engineer(s) enrolled, fewer than the minimum of %2</source>
        <translation>
            <numerusform>%1: %n engineer enrolled, fewer than the minimum of %2</numerusform>
            <numerusform>%1: %n engineers enrolled, fewer than the minimum of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/healthcommand.cpp" line="24"/>
        <source>Checks the program for the known ways upskilling programs fail (too much theory, no application projects, managers not briefed, no activity after a cohort, placement ignoring assessments, protected time eroding, mentors over capacity, cohort sizes, completion) and prints one warning per line: severity, check, the numbers, and in brackets where to fix it. Each check lists its worst %n warning(s) and counts the rest. The exit code is 0 whether or not there are warnings.</source>
        <translation>
            <numerusform>Checks the program for the known ways upskilling programs fail (too much theory, no application projects, managers not briefed, no activity after a cohort, placement ignoring assessments, protected time eroding, mentors over capacity, cohort sizes, completion) and prints one warning per line: severity, check, the numbers, and in brackets where to fix it. Each check lists its worst %n warning and counts the rest. The exit code is 0 whether or not there are warnings.</numerusform>
            <numerusform>Checks the program for the known ways upskilling programs fail (too much theory, no application projects, managers not briefed, no activity after a cohort, placement ignoring assessments, protected time eroding, mentors over capacity, cohort sizes, completion) and prints one warning per line: severity, check, the numbers, and in brackets where to fix it. Each check lists its worst %n warnings and counts the rest. The exit code is 0 whether or not there are warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message numerus="yes">
        <location filename="../src/cli/icsexport.cpp" line="58"/>
        <source>Wrote %1 (%n session(s) of %2, times in %3).</source>
        <translation>
            <numerusform>Wrote %1 (%n session of %2, times in %3).</numerusform>
            <numerusform>Wrote %1 (%n sessions of %2, times in %3).</numerusform>
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
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="262"/>
        <source>%1: … and %n more problem(s)</source>
        <translation>
            <numerusform>%1: … and %n more problem</numerusform>
            <numerusform>%1: … and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="295"/>
        <source>%1: %n row(s) refused, so nothing was written; fix them, or write the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>%1: %n row refused, so nothing was written; fix it, or write the other rows with --skip-invalid.</numerusform>
            <numerusform>%1: %n rows refused, so nothing was written; fix them, or write the other rows with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="303"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
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
    <name>LearningCharts</name>
    <message numerus="yes">
        <location filename="../src/charts/learningcharts.cpp" line="31"/>
        <source>%n entry(s) without a start date not shown</source>
        <translation>
            <numerusform>%n entry without a start date not shown</numerusform>
            <numerusform>%n entries without a start date not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorLoad</name>
    <message numerus="yes">
        <location filename="../src/reports/mentorload.cpp" line="120"/>
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/mentorload.cpp" line="126"/>
        <source>%1 of %n mentee(s)</source>
        <translation>
            <numerusform>%1 of %n mentee</numerusform>
            <numerusform>%1 of %n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramHealth</name>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="195"/>
        <source>… and %n more “%1” warning(s)</source>
        <translation>
            <numerusform>… and %n more “%1” warning</numerusform>
            <numerusform>… and %n more “%1” warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="200"/>
        <source>No warnings: the program passes all %n health check(s).</source>
        <translation>
            <numerusform>No warnings: the program passes all %n health check.</numerusform>
            <numerusform>No warnings: the program passes all %n health checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="208"/>
        <source>%n warning(s) from %1 of %2 checks</source>
        <translation>
            <numerusform>%n warning from %1 of %2 checks</numerusform>
            <numerusform>%n warnings from %1 of %2 checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderEvaluation</name>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="300"/>
        <source>%n red flag(s): %1</source>
        <translation>
            <numerusform>%n red flag: %1</numerusform>
            <numerusform>%n red flags: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="311"/>
        <source>%1 of %n satisfied</source>
        <translation>
            <numerusform>%1 of %n satisfied</numerusform>
            <numerusform>%1 of %n satisfied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="322"/>
        <source>%1 of 5 over %n rating(s)</source>
        <translation>
            <numerusform>%1 of 5 over %n rating</numerusform>
            <numerusform>%1 of 5 over %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="324"/>
        <source>%n entry(s), none rated</source>
        <translation>
            <numerusform>%n entry, none rated</numerusform>
            <numerusform>%n entries, none rated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderReport</name>
    <message numerus="yes">
        <location filename="../src/reports/providerreport.cpp" line="248"/>
        <source>%n entry(s) about courses by this provider; %1.</source>
        <translation>
            <numerusform>%n entry about courses by this provider; %1.</numerusform>
            <numerusform>%n entries about courses by this provider; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="48"/>
        <source>Buying external training looks premature: %n readiness question(s) answered no.</source>
        <translation>
            <numerusform>Buying external training looks premature: %n readiness question answered no.</numerusform>
            <numerusform>Buying external training looks premature: %n readiness questions answered no.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="53"/>
        <source>%n more not answered yet.</source>
        <translation>
            <numerusform>%n more not answered yet.</numerusform>
            <numerusform>%n more not answered yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="57"/>
        <source>Finish the readiness check before buying external training: %n question(s) not answered yet.</source>
        <translation>
            <numerusform>Finish the readiness check before buying external training: %n question not answered yet.</numerusform>
            <numerusform>Finish the readiness check before buying external training: %n questions not answered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingGroupRules</name>
    <message numerus="yes">
        <location filename="../src/core/readinggrouprules.cpp" line="11"/>
        <source>%n member(s): a reading group needs at least %1 people to keep the discussion going when someone is away. Add members.</source>
        <translation>
            <numerusform>%n member: a reading group needs at least %1 people to keep the discussion going when someone is away. Add members.</numerusform>
            <numerusform>%n members: a reading group needs at least %1 people to keep the discussion going when someone is away. Add members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/readinggrouprules.cpp" line="16"/>
        <source>%n member(s): with more than %1 people not everyone gets to speak in an hour. Split the group in two.</source>
        <translation>
            <numerusform>%n member: with more than %1 people not everyone gets to speak in an hour. Split the group in two.</numerusform>
            <numerusform>%n members: with more than %1 people not everyone gets to speak in an hour. Split the group in two.</numerusform>
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
    <name>ScheduleGenerator</name>
    <message numerus="yes">
        <location filename="../src/core/schedulegenerator.cpp" line="196"/>
        <source>On %n day(s) the sessions run past 18:00. Choose an earlier start time or more weekdays.</source>
        <translation>
            <numerusform>On %n day the sessions run past 18:00. Choose an earlier start time or more weekdays.</numerusform>
            <numerusform>On %n days the sessions run past 18:00. Choose an earlier start time or more weekdays.</numerusform>
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
    <name>SurveyImport</name>
    <message numerus="yes">
        <location filename="../src/io/surveyimport.cpp" line="100"/>
        <source>the cohort has %n session(s) on %1; give the session&apos;s title instead</source>
        <translation>
            <numerusform>the cohort has %n session on %1; give the session&apos;s title instead</numerusform>
            <numerusform>the cohort has %n sessions on %1; give the session&apos;s title instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackPlan</name>
    <message numerus="yes">
        <location filename="../src/core/trackplan.cpp" line="61"/>
        <source>%1 h over %n week(s)</source>
        <translation>
            <numerusform>%1 h over %n week</numerusform>
            <numerusform>%1 h over %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/trackplan.cpp" line="69"/>
        <source>norm about %1 h over %n week(s)</source>
        <translation>
            <numerusform>norm about %1 h over %n week</numerusform>
            <numerusform>norm about %1 h over %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AdvancementPage</name>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="129"/>
        <source>%n people have a pre assessment and wait for their post assessment.</source>
        <translation>
            <numerusform>%n person has a pre assessment and waits for their post assessment.</numerusform>
            <numerusform>%n people have a pre assessment and wait for their post assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="137"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="151"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="156"/>
        <source>%n more people are still waiting for their post assessment.</source>
        <translation>
            <numerusform>%n more person is still waiting for their post assessment.</numerusform>
            <numerusform>%n more people are still waiting for their post assessment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AlumniModel</name>
    <message numerus="yes">
        <location filename="../src/models/alumnimodel.cpp" line="155"/>
        <source>Can take %n more mentee(s) before reaching the program&apos;s mentor capacity.</source>
        <translation>
            <numerusform>Can take %n more mentee before reaching the program&apos;s mentor capacity.</numerusform>
            <numerusform>Can take %n more mentees before reaching the program&apos;s mentor capacity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AlumniPage</name>
    <message numerus="yes">
        <location filename="../src/views/alumnipage.cpp" line="112"/>
        <source>%n alumni</source>
        <translation>
            <numerusform>%n alumnus</numerusform>
            <numerusform>%n alumni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/alumnipage.cpp" line="113"/>
        <source>%1 of %n alumni</source>
        <translation>
            <numerusform>%1 of %n alumnus</numerusform>
            <numerusform>%1 of %n alumni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ApplicationProjectModel</name>
    <message numerus="yes">
        <location filename="../src/models/applicationprojectmodel.cpp" line="169"/>
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>Delete %n project</numerusform>
            <numerusform>Delete %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/applicationprojectmodel.cpp" line="206"/>
        <source>Move %n project(s) to %1</source>
        <translation>
            <numerusform>Move %n project to %1</numerusform>
            <numerusform>Move %n projects to %1</numerusform>
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
    <name>Upskill::AssignMentorDialog</name>
    <message numerus="yes">
        <location filename="../src/views/assignmentordialog.cpp" line="83"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AttendanceModel</name>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="347"/>
        <source>Clear %n attendance mark(s)</source>
        <translation>
            <numerusform>Clear %n attendance mark</numerusform>
            <numerusform>Clear %n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="349"/>
        <source>Mark %n attendance(s) present</source>
        <translation>
            <numerusform>Mark %n attendance present</numerusform>
            <numerusform>Mark %n attendances present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="351"/>
        <source>Mark %n attendance(s) absent</source>
        <translation>
            <numerusform>Mark %n attendance absent</numerusform>
            <numerusform>Mark %n attendances absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="352"/>
        <source>Mark %n attendance(s) excused</source>
        <translation>
            <numerusform>Mark %n attendance excused</numerusform>
            <numerusform>Mark %n attendances excused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AttendancePage</name>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="147"/>
        <source>%1 · %n participant(s)</source>
        <translation>
            <numerusform>%1 · %n participant</numerusform>
            <numerusform>%1 · %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="148"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="149"/>
        <source>%n held so far</source>
        <translation>
            <numerusform>%n held so far</numerusform>
            <numerusform>%n held so far</numerusform>
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
    <name>Upskill::CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../src/views/calendardaydelegate.cpp" line="109"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CalendarGridModel</name>
    <message numerus="yes">
        <location filename="../src/models/calendargridmodel.cpp" line="233"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/calendargridmodel.cpp" line="236"/>
        <source>%n session(s) with a facilitator clash that day.</source>
        <translation>
            <numerusform>%n session with a facilitator clash that day.</numerusform>
            <numerusform>%n sessions with a facilitator clash that day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/views/calendarpage.cpp" line="252"/>
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/calendarpage.cpp" line="255"/>
        <source>%n session(s) clash with another session of the same facilitator (in red; the agenda says why)</source>
        <translation>
            <numerusform>%n session clashes with another session of the same facilitator (in red; the agenda says why)</numerusform>
            <numerusform>%n sessions clash with another session of the same facilitator (in red; the agenda says why)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CapabilityCoverageModel</name>
    <message numerus="yes">
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="100"/>
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="185"/>
        <source>Covered by %n track(s).</source>
        <translation>
            <numerusform>Covered by %n track.</numerusform>
            <numerusform>Covered by %n tracks.</numerusform>
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
    <name>Upskill::CohortPairingDialog</name>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="28"/>
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="113"/>
        <source>%n pairing(s) to add; undo takes them all back at once.</source>
        <translation>
            <numerusform>%n pairing to add; undo takes it back.</numerusform>
            <numerusform>%n pairings to add; undo takes them all back at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="144"/>
        <source>Pair %n mentee(s) with mentors</source>
        <translation>
            <numerusform>Pair %n mentee with mentors</numerusform>
            <numerusform>Pair %n mentees with mentors</numerusform>
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
    <name>Upskill::CommunityAttendeeModel</name>
    <message numerus="yes">
        <location filename="../src/models/communityattendeemodel.cpp" line="117"/>
        <source>Add %n attendee(s)</source>
        <translation>
            <numerusform>Add %n attendee</numerusform>
            <numerusform>Add %n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/communityattendeemodel.cpp" line="131"/>
        <source>Remove %n attendee(s)</source>
        <translation>
            <numerusform>Remove %n attendee</numerusform>
            <numerusform>Remove %n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityEventModel</name>
    <message numerus="yes">
        <location filename="../src/models/communityeventmodel.cpp" line="58"/>
        <source>Delete %n community event(s)</source>
        <translation>
            <numerusform>Delete %n community event</numerusform>
            <numerusform>Delete %n community events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityPage</name>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="227"/>
        <source>%n person(s) came to %1 on %2.</source>
        <translation>
            <numerusform>%n person came to %1 on %2.</numerusform>
            <numerusform>%n people came to %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="253"/>
        <source>%n person(s) added to the event.</source>
        <translation>
            <numerusform>%n person added to the event.</numerusform>
            <numerusform>%n people added to the event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="265"/>
        <source>Remove %n person(s) from the event&apos;s attendance?</source>
        <translation>
            <numerusform>Remove %n person from the event&apos;s attendance?</numerusform>
            <numerusform>Remove %n people from the event&apos;s attendance?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="275"/>
        <source>Delete this event and the attendance of the %n person(s) who came?</source>
        <translation>
            <numerusform>Delete this event and the attendance of the %n person who came?</numerusform>
            <numerusform>Delete this event and the attendance of the %n people who came?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CourseRatingModel</name>
    <message numerus="yes">
        <location filename="../src/models/courseratingmodel.cpp" line="50"/>
        <source>Average of %n rating(s)</source>
        <translation>
            <numerusform>Average of %n rating</numerusform>
            <numerusform>Average of %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/courseratingmodel.cpp" line="53"/>
        <source>%n of the people who took it have not said yet.</source>
        <translation>
            <numerusform>%n of the people who took it has not said yet.</numerusform>
            <numerusform>%n of the people who took it have not said yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CourseRatingsPage</name>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="136"/>
        <source>%n course(s), conference(s) and certification(s) in the learning log</source>
        <translation>
            <numerusform>%n course, conference and certification in the learning log</numerusform>
            <numerusform>%n courses, conferences and certifications in the learning log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="138"/>
        <source>%n rated, best first</source>
        <translation>
            <numerusform>%n rated, best first</numerusform>
            <numerusform>%n rated, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="176"/>
        <source>rated %1 on average by %n person(s)</source>
        <translation>
            <numerusform>rated %1 on average by %n person</numerusform>
            <numerusform>rated %1 on average by %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="178"/>
        <source>%n person(s) took it</source>
        <translation>
            <numerusform>%n person took it</numerusform>
            <numerusform>%n people took it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="220"/>
        <source>%n older review(s) not shown.</source>
        <translation>
            <numerusform>%n older review not shown.</numerusform>
            <numerusform>%n older reviews not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="225"/>
        <source>Also took it: %1 and %n other(s).</source>
        <translation>
            <numerusform>Also took it: %1 and %n other.</numerusform>
            <numerusform>Also took it: %1 and %n others.</numerusform>
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
    <name>Upskill::ExternalLearningModel</name>
    <message numerus="yes">
        <location filename="../src/models/externallearningmodel.cpp" line="257"/>
        <source>Add “%1” for %n person(s)</source>
        <translation>
            <numerusform>Add “%1” for %n person</numerusform>
            <numerusform>Add “%1” for %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/externallearningmodel.cpp" line="262"/>
        <source>Delete %n learning log entry(s)</source>
        <translation>
            <numerusform>Delete %n learning log entry</numerusform>
            <numerusform>Delete %n learning log entries</numerusform>
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
    <name>Upskill::GenerateScheduleDialog</name>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="29"/>
        <source>One session or more per module of “%1” (%n module(s), %2), following the formats&apos; norms: instructor-led workshops of two to three hours, about 30 % instruction and 70 % hands-on. Weekends and the days on the Holidays page are skipped; a week with no day left moves the rest of the schedule on by a week.</source>
        <translation>
            <numerusform>One session or more per module of “%1” (%n module, %2), following the formats&apos; norms: instructor-led workshops of two to three hours, about 30 % instruction and 70 % hands-on. Weekends and the days on the Holidays page are skipped; a week with no day left moves the rest of the schedule on by a week.</numerusform>
            <numerusform>One session or more per module of “%1” (%n modules, %2), following the formats&apos; norms: instructor-led workshops of two to three hours, about 30 % instruction and 70 % hands-on. Weekends and the days on the Holidays page are skipped; a week with no day left moves the rest of the schedule on by a week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="34"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="73"/>
        <source>“%1” has %n session(s) already, none of them added or changed by you: the new schedule replaces them.</source>
        <translation>
            <numerusform>“%1” has %n session already, not added or changed by you: the new schedule replaces it.</numerusform>
            <numerusform>“%1” has %n sessions already, none of them added or changed by you: the new schedule replaces them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="77"/>
        <source>“%1” has %n session(s) already.</source>
        <translation>
            <numerusform>“%1” has %n session already.</numerusform>
            <numerusform>“%1” has %n sessions already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="79"/>
        <source>You added or changed %n of them.</source>
        <translation>
            <numerusform>You added or changed %n of them.</numerusform>
            <numerusform>You added or changed %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="81"/>
        <source>&amp;Keep the %n I added or changed, and replace the others</source>
        <translation>
            <numerusform>&amp;Keep the %n I added or changed, and replace the others</numerusform>
            <numerusform>&amp;Keep the %n I added or changed, and replace the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="83"/>
        <source>Replace &amp;all %n session(s)</source>
        <translation>
            <numerusform>Replace &amp;all %n session</numerusform>
            <numerusform>Replace &amp;all %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="186"/>
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="188"/>
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="191"/>
        <source>What was recorded about the %n session(s) replaced is deleted with them: %1.</source>
        <translation>
            <numerusform>What was recorded about the %n session replaced is deleted with it: %1.</numerusform>
            <numerusform>What was recorded about the %n sessions replaced is deleted with them: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="228"/>
        <source>&amp;Replace with %n session(s)</source>
        <translation>
            <numerusform>&amp;Replace with %n session</numerusform>
            <numerusform>&amp;Replace with %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="229"/>
        <source>&amp;Create %n session(s)</source>
        <translation>
            <numerusform>&amp;Create %n session</numerusform>
            <numerusform>&amp;Create %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::HealthPage</name>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="65"/>
        <source>Each check lists its worst %n warning(s) and counts the rest; tick to list every one.</source>
        <translation>
            <numerusform>Each check lists its worst %n warning and counts the rest; tick to list every one.</numerusform>
            <numerusform>Each check lists its worst %n warnings and counts the rest; tick to list every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="185"/>
        <source>%1 — %n warning(s)</source>
        <translation>
            <numerusform>%1 — %n warning</numerusform>
            <numerusform>%1 — %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="205"/>
        <source>… and %n more; tick “Show all warnings” to list them</source>
        <translation>
            <numerusform>… and %n more; tick “Show all warnings” to list them</numerusform>
            <numerusform>… and %n more; tick “Show all warnings” to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::HolidayModel</name>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="102"/>
        <source>%n session(s) are planned on this day. Move them on the Sessions page, or find them in the Calendar.</source>
        <translation>
            <numerusform>%n session is planned on this day. Move it on the Sessions page, or find it in the Calendar.</numerusform>
            <numerusform>%n sessions are planned on this day. Move them on the Sessions page, or find them in the Calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="195"/>
        <source>Add %n holiday(s)</source>
        <translation>
            <numerusform>Add %n holiday</numerusform>
            <numerusform>Add %n holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="204"/>
        <source>Delete %n holiday(s)</source>
        <translation>
            <numerusform>Delete %n holiday</numerusform>
            <numerusform>Delete %n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::HolidaysPage</name>
    <message numerus="yes">
        <location filename="../src/views/holidayspage.cpp" line="81"/>
        <source>Sessions are planned on %n of them.</source>
        <translation>
            <numerusform>Sessions are planned on %n of them.</numerusform>
            <numerusform>Sessions are planned on %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/holidayspage.cpp" line="116"/>
        <source>Delete %n holiday(s)?</source>
        <translation>
            <numerusform>Delete %n holiday?</numerusform>
            <numerusform>Delete %n holidays?</numerusform>
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
    <name>Upskill::ImportCheckPage</name>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="31"/>
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n new participant</numerusform>
            <numerusform>%n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="33"/>
        <source>%n new assessment(s)</source>
        <translation>
            <numerusform>%n new assessment</numerusform>
            <numerusform>%n new assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="35"/>
        <source>%n new survey response(s)</source>
        <translation>
            <numerusform>%n new survey response</numerusform>
            <numerusform>%n new survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="211"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="213"/>
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n already there (skipped)</numerusform>
            <numerusform>%n already there (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="215"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="218"/>
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n row read:</numerusform>
            <numerusform>%n rows read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="241"/>
        <source>The %n row(s) with problems will be left out; the others are imported.</source>
        <translation>
            <numerusform>The %n row with problems will be left out; the others are imported.</numerusform>
            <numerusform>The %n rows with problems will be left out; the others are imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportColumnsPage</name>
    <message numerus="yes">
        <location filename="../src/views/importcolumnspage.cpp" line="259"/>
        <source>The column “%1” is chosen for %n field(s).</source>
        <translation>
            <numerusform>The column “%1” is chosen for %n field.</numerusform>
            <numerusform>The column “%1” is chosen for %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportFilePage</name>
    <message numerus="yes">
        <location filename="../src/views/importfilepage.cpp" line="232"/>
        <source>Sheet “%1”: %n column(s), named in row %2.</source>
        <translation>
            <numerusform>Sheet “%1”: %n column, named in row %2.</numerusform>
            <numerusform>Sheet “%1”: %n columns, named in row %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importfilepage.cpp" line="235"/>
        <source>%n column(s), named in line %1; %2 text, fields separated by %3.</source>
        <translation>
            <numerusform>%n column, named in line %1; %2 text, fields separated by %3.</numerusform>
            <numerusform>%n columns, named in line %1; %2 text, fields separated by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportRunPage</name>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="29"/>
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="31"/>
        <source>Import %n assessment(s)</source>
        <translation>
            <numerusform>Import %n assessment</numerusform>
            <numerusform>Import %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="33"/>
        <source>Import %n survey response(s)</source>
        <translation>
            <numerusform>Import %n survey response</numerusform>
            <numerusform>Import %n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="42"/>
        <source>%n participant(s) added</source>
        <translation>
            <numerusform>%n participant added</numerusform>
            <numerusform>%n participants added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="44"/>
        <source>%n assessment(s) added</source>
        <translation>
            <numerusform>%n assessment added</numerusform>
            <numerusform>%n assessments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="46"/>
        <source>%n survey response(s) added</source>
        <translation>
            <numerusform>%n survey response added</numerusform>
            <numerusform>%n survey responses added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="153"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="156"/>
        <source>%n already there and left as they were</source>
        <translation>
            <numerusform>%n already there and left as it was</numerusform>
            <numerusform>%n already there and left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="166"/>
        <source>%n row(s) with problems were left out:</source>
        <translation>
            <numerusform>%n row with problems was left out:</numerusform>
            <numerusform>%n rows with problems were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="177"/>
        <source>%n row(s) were refused, so nothing was written.</source>
        <translation>
            <numerusform>%n row was refused, so nothing was written.</numerusform>
            <numerusform>%n rows were refused, so nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::LearningLogPage</name>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="126"/>
        <source>Recorded “%1” for %n person(s).</source>
        <translation>
            <numerusform>Recorded “%1” for %n person.</numerusform>
            <numerusform>Recorded “%1” for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="134"/>
        <source>Delete %n learning log entry(s)?</source>
        <translation>
            <numerusform>Delete %n learning log entry?</numerusform>
            <numerusform>Delete %n learning log entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="210"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::LearningSpendPage</name>
    <message numerus="yes">
        <location filename="../src/views/learningspendpage.cpp" line="120"/>
        <source>%1 spent on %n entry(s)</source>
        <translation>
            <numerusform>%1 spent on %n entry</numerusform>
            <numerusform>%1 spent on %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learningspendpage.cpp" line="124"/>
        <source>%n entry(s) without a cost are not included</source>
        <translation>
            <numerusform>%n entry without a cost is not included</numerusform>
            <numerusform>%n entries without a cost are not included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::MentorshipModel</name>
    <message numerus="yes">
        <location filename="../src/models/mentorshipmodel.cpp" line="210"/>
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/mentorshipmodel.cpp" line="330"/>
        <source>Delete %n mentorship(s)</source>
        <translation>
            <numerusform>Delete %n mentorship</numerusform>
            <numerusform>Delete %n mentorships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::MentorshipPage</name>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="184"/>
        <source>Added %n mentorship(s).</source>
        <translation>
            <numerusform>Added %n mentorship.</numerusform>
            <numerusform>Added %n mentorships.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="320"/>
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="331"/>
        <source>Delete %n mentorship(s)?</source>
        <translation>
            <numerusform>Delete %n mentorship?</numerusform>
            <numerusform>Delete %n mentorships?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::MoveSessionsDialog</name>
    <message numerus="yes">
        <location filename="../src/views/movesessionsdialog.cpp" line="27"/>
        <source>Move %n session(s)</source>
        <translation>
            <numerusform>Move %n session</numerusform>
            <numerusform>Move %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/movesessionsdialog.cpp" line="90"/>
        <source>The first of the %n sessions moves to %1; the others keep their distance to it.</source>
        <translation>
            <numerusform>The first of the %n sessions moves to %1; the others keep their distance to it.</numerusform>
            <numerusform>The first of the %n sessions moves to %1; the others keep their distance to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantsView</name>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="141"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="190"/>
        <source>Delete %n participant(s) with their enrollments, assessments and other records?</source>
        <translation>
            <numerusform>Delete %n participant with their enrollments, assessments and other records?</numerusform>
            <numerusform>Delete %n participants with their enrollments, assessments and other records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="194"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="228"/>
        <source>Enrol %n selected participant(s) in:</source>
        <translation>
            <numerusform>Enrol %n selected participant in:</numerusform>
            <numerusform>Enrol %n selected participants in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="234"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation>
            <numerusform>Enrolled %n participant in %1.</numerusform>
            <numerusform>Enrolled %n participants in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PeopleSearchList</name>
    <message numerus="yes">
        <location filename="../src/views/peoplesearchlist.cpp" line="165"/>
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/peoplesearchlist.cpp" line="167"/>
        <source>%n chosen.</source>
        <translation>
            <numerusform>%n chosen.</numerusform>
            <numerusform>%n chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PersonDataActions</name>
    <message numerus="yes">
        <location filename="../src/views/persondataactions.cpp" line="217"/>
        <source>Their data was removed from %n backup(s) as well.</source>
        <translation>
            <numerusform>Their data was removed from %n backup as well.</numerusform>
            <numerusform>Their data was removed from %n backups as well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PlacementPage</name>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="131"/>
        <source>Nobody&apos;s latest assessment meets all %n target level(s) of %1 yet.</source>
        <translation>
            <numerusform>Nobody&apos;s latest assessment meets the target level of %1 yet.</numerusform>
            <numerusform>Nobody&apos;s latest assessment meets all %n target levels of %1 yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="135"/>
        <source>%n engineer(s) already meet %1 of %2 and can test out of it.</source>
        <translation>
            <numerusform>%n engineer already meets %1 of %2 and can test out of it.</numerusform>
            <numerusform>%n engineers already meet %1 of %2 and can test out of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="137"/>
        <source>all %n target level(s)</source>
        <translation>
            <numerusform>the target level</numerusform>
            <numerusform>all %n target levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="186"/>
        <source>Mark %n participant(s) as tested out</source>
        <translation>
            <numerusform>Mark %n participant as tested out</numerusform>
            <numerusform>Mark %n participants as tested out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="190"/>
        <source>%n participant(s) marked as tested out.</source>
        <translation>
            <numerusform>%n participant marked as tested out.</numerusform>
            <numerusform>%n participants marked as tested out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProductionProjectsPage</name>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="89"/>
        <source>%n project(s) in production</source>
        <translation>
            <numerusform>%n project in production</numerusform>
            <numerusform>%n projects in production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="90"/>
        <source>%n project(s) found</source>
        <translation>
            <numerusform>%n project found</numerusform>
            <numerusform>%n projects found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="96"/>
        <source>Delete %n application project(s)?</source>
        <translation>
            <numerusform>Delete %n application project?</numerusform>
            <numerusform>Delete %n application projects?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProjectBoardPage</name>
    <message numerus="yes">
        <location filename="../src/views/projectboardpage.cpp" line="260"/>
        <source>Delete %n application project(s)?</source>
        <translation>
            <numerusform>Delete %n application project?</numerusform>
            <numerusform>Delete %n application projects?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimeGridModel</name>
    <message numerus="yes">
        <location filename="../src/models/protectedtimegridmodel.cpp" line="245"/>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="246"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimeModel</name>
    <message numerus="yes">
        <location filename="../src/models/protectedtimemodel.cpp" line="46"/>
        <source>Delete %n week(s) of protected time</source>
        <translation>
            <numerusform>Delete %n week of protected time</numerusform>
            <numerusform>Delete %n weeks of protected time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimePage</name>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="251"/>
        <source>Protected hours planned for the %n week(s) selected:</source>
        <translation>
            <numerusform>Protected hours planned for the %n week selected:</numerusform>
            <numerusform>Protected hours planned for the %n weeks selected:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="289"/>
        <source>&amp;Below the plan: %n week(s); raise them with the managers.</source>
        <translation>
            <numerusform>&amp;Below the plan: %n week; raise it with the manager.</numerusform>
            <numerusform>&amp;Below the plan: %n weeks; raise them with the managers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="334"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="340"/>
        <source>%n week(s) below the plan</source>
        <translation>
            <numerusform>%n week below the plan</numerusform>
            <numerusform>%n weeks below the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="347"/>
        <source>Delete %n week(s) of protected time?</source>
        <translation>
            <numerusform>Delete %n week of protected time?</numerusform>
            <numerusform>Delete %n weeks of protected time?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderComparisonModel</name>
    <message numerus="yes">
        <location filename="../src/models/providercomparisonmodel.cpp" line="94"/>
        <source>%n, disqualified</source>
        <translation>
            <numerusform>%n, disqualified</numerusform>
            <numerusform>%n, disqualified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderComparisonPage</name>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="150"/>
        <source>%n provider(s). Every criterion has a weight of 0, so there are no totals: give weights on the Criteria page.</source>
        <translation>
            <numerusform>%n provider. Every criterion has a weight of 0, so there are no totals: give weights on the Criteria page.</numerusform>
            <numerusform>%n providers. Every criterion has a weight of 0, so there are no totals: give weights on the Criteria page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="164"/>
        <source>%n disqualified by a red flag, ranked last.</source>
        <translation>
            <numerusform>%n disqualified by a red flag, ranked last.</numerusform>
            <numerusform>%n disqualified by a red flag, ranked last.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="176"/>
        <source>Learning-log reviews of their courses (%n entry(s) in all); newest first, never who wrote them.</source>
        <translation>
            <numerusform>Learning-log reviews of their courses (%n entry in all); newest first, never who wrote them.</numerusform>
            <numerusform>Learning-log reviews of their courses (%n entries in all); newest first, never who wrote them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderCriteriaPage</name>
    <message numerus="yes">
        <location filename="../src/views/providercriteriapage.cpp" line="96"/>
        <source>Delete %n criterion(s) with the %1 provider scores given on them?</source>
        <translation>
            <numerusform>Delete %n criterion with the %1 provider scores given on it?</numerusform>
            <numerusform>Delete %n criteria with the %1 provider scores given on them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercriteriapage.cpp" line="99"/>
        <source>Delete %n criterion(s)?</source>
        <translation>
            <numerusform>Delete %n criterion?</numerusform>
            <numerusform>Delete %n criteria?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderCriterionModel</name>
    <message numerus="yes">
        <location filename="../src/models/providercriterionmodel.cpp" line="125"/>
        <source>Delete %n criterion(s)</source>
        <translation>
            <numerusform>Delete %n criterion</numerusform>
            <numerusform>Delete %n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderModel</name>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="91"/>
        <source>Delete %n provider(s)</source>
        <translation>
            <numerusform>Delete %n provider</numerusform>
            <numerusform>Delete %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="142"/>
        <source>%n ticked, disqualified</source>
        <translation>
            <numerusform>%n ticked, disqualified</numerusform>
            <numerusform>%n ticked, disqualified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="143"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProvidersPage</name>
    <message numerus="yes">
        <location filename="../src/views/providerspage.cpp" line="126"/>
        <source>Delete %n provider(s) with their scores, red flags and answers?</source>
        <translation>
            <numerusform>Delete %n provider with its scores, red flags and answers?</numerusform>
            <numerusform>Delete %n providers with their scores, red flags and answers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupMemberModel</name>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="93"/>
        <source>Add %n reading group member(s)</source>
        <translation>
            <numerusform>Add %n reading group member</numerusform>
            <numerusform>Add %n reading group members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="122"/>
        <source>Mark %n member(s) as having left</source>
        <translation>
            <numerusform>Mark %n member as having left</numerusform>
            <numerusform>Mark %n members as having left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="128"/>
        <source>Remove %n reading group member(s)</source>
        <translation>
            <numerusform>Remove %n reading group member</numerusform>
            <numerusform>Remove %n reading group members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupModel</name>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmodel.cpp" line="89"/>
        <source>Delete %n reading group(s)</source>
        <translation>
            <numerusform>Delete %n reading group</numerusform>
            <numerusform>Delete %n reading groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmodel.cpp" line="177"/>
        <source>%n past meeting(s) without a written summary.</source>
        <translation>
            <numerusform>%n past meeting without a written summary.</numerusform>
            <numerusform>%n past meetings without a written summary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupsPage</name>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="339"/>
        <source>%n member(s) today.</source>
        <translation>
            <numerusform>%n member today.</numerusform>
            <numerusform>%n members today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="347"/>
        <source>%n meeting(s); every past meeting has its summary.</source>
        <translation>
            <numerusform>%n meeting; every past meeting has its summary.</numerusform>
            <numerusform>%n meetings; every past meeting has its summary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="348"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="349"/>
        <source>%n past meeting(s) still without a written summary</source>
        <translation>
            <numerusform>%n past meeting still without a written summary</numerusform>
            <numerusform>%n past meetings still without a written summary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="389"/>
        <source>Remove %n member(s) from %1? A member who stops coming is better marked with “Has left”, which keeps the meetings they led.</source>
        <translation>
            <numerusform>Remove %n member from %1? A member who stops coming is better marked with “Has left”, which keeps the meetings they led.</numerusform>
            <numerusform>Remove %n members from %1? A member who stops coming is better marked with “Has left”, which keeps the meetings they led.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="400"/>
        <source>Delete %n reading(s) from the list of %1?</source>
        <translation>
            <numerusform>Delete %n reading from the list of %1?</numerusform>
            <numerusform>Delete %n readings from the list of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="409"/>
        <source>Delete %n meeting(s) of %1?</source>
        <translation>
            <numerusform>Delete %n meeting of %1?</numerusform>
            <numerusform>Delete %n meetings of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="420"/>
        <source>Delete %n reading group(s) with their members, reading lists and meetings?</source>
        <translation>
            <numerusform>Delete %n reading group with its members, reading list and meetings?</numerusform>
            <numerusform>Delete %n reading groups with their members, reading lists and meetings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="457"/>
        <source>%n member(s) added to %1.</source>
        <translation>
            <numerusform>%n member added to %1.</numerusform>
            <numerusform>%n members added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="482"/>
        <source>%n meeting(s) planned for %1.</source>
        <translation>
            <numerusform>%n meeting planned for %1.</numerusform>
            <numerusform>%n meetings planned for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingListModel</name>
    <message numerus="yes">
        <location filename="../src/models/readinglistmodel.cpp" line="55"/>
        <source>Delete %n reading(s)</source>
        <translation>
            <numerusform>Delete %n reading</numerusform>
            <numerusform>Delete %n readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingMeetingModel</name>
    <message numerus="yes">
        <location filename="../src/models/readingmeetingmodel.cpp" line="339"/>
        <source>Plan %n reading group meeting(s)</source>
        <translation>
            <numerusform>Plan %n reading group meeting</numerusform>
            <numerusform>Plan %n reading group meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readingmeetingmodel.cpp" line="356"/>
        <source>Delete %n meeting(s)</source>
        <translation>
            <numerusform>Delete %n meeting</numerusform>
            <numerusform>Delete %n meetings</numerusform>
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
    <name>Upskill::SessionModel</name>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="354"/>
        <source>%1 present, %2 absent, %3 excused; %n participant(s) in the cohort.</source>
        <translation>
            <numerusform>%1 present, %2 absent, %3 excused; %n participant in the cohort.</numerusform>
            <numerusform>%1 present, %2 absent, %3 excused; %n participants in the cohort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="500"/>
        <source>Move %n session(s)</source>
        <translation>
            <numerusform>Move %n session</numerusform>
            <numerusform>Move %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="505"/>
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>Delete %n session</numerusform>
            <numerusform>Delete %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SessionsPage</name>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="114"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="116"/>
        <source>%n added or changed by you</source>
        <translation>
            <numerusform>%n added or changed by you</numerusform>
            <numerusform>%n added or changed by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="119"/>
        <source>%n session(s) clash with another session of the same facilitator</source>
        <translation>
            <numerusform>%n session clashes with another session of the same facilitator</numerusform>
            <numerusform>%n sessions clash with another session of the same facilitator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="126"/>
        <source>Delete %n session(s)? Attendance marked at them and survey answers about them go with them.</source>
        <translation>
            <numerusform>Delete %n session? Attendance marked at it and survey answers about it go with it.</numerusform>
            <numerusform>Delete %n sessions? Attendance marked at them and survey answers about them go with them.</numerusform>
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
    <name>Upskill::TracksPage</name>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="115"/>
        <source>Remove %n module(s) from this track?</source>
        <translation>
            <numerusform>Remove %n module from this track?</numerusform>
            <numerusform>Remove %n modules from this track?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="116"/>
        <source>Remove %n module(s)</source>
        <translation>
            <numerusform>Remove %n module</numerusform>
            <numerusform>Remove %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="225"/>
        <source>Delete %n track(s) with their modules?</source>
        <translation>
            <numerusform>Delete %n track with its modules?</numerusform>
            <numerusform>Delete %n tracks with their modules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="227"/>
        <source>Delete %n track(s)</source>
        <translation>
            <numerusform>Delete %n track</numerusform>
            <numerusform>Delete %n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TracksView</name>
    <message numerus="yes">
        <source>Remove %n module(s) from this track?</source>
        <translation type="vanished">
            <numerusform>Remove %n module from this track?</numerusform>
            <numerusform>Remove %n modules from this track?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n module(s)</source>
        <translation type="vanished">
            <numerusform>Remove %n module</numerusform>
            <numerusform>Remove %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n track(s) with their modules?</source>
        <translation type="vanished">
            <numerusform>Delete %n track with its modules?</numerusform>
            <numerusform>Delete %n tracks with their modules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n track(s)</source>
        <translation type="vanished">
            <numerusform>Delete %n track</numerusform>
            <numerusform>Delete %n tracks</numerusform>
        </translation>
    </message>
</context>
</TS>
