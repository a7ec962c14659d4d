<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="6"/>
        <source>Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="11"/>
        <source>Choose the level whose behaviours best describe the person today. Dimensions left unrated are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="19"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="28"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="35"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="40"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="67"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessmentdialog.ui" line="73"/>
        <source>Optional, saved with every level of this assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentImport</name>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="48"/>
        <source>The kind of assessment is missing: map a column to it or choose one kind (self, pre, post, manager or annual) for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="53"/>
        <source>The date of the assessments is missing: map a column to it or give one date for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="64"/>
        <source>The rubric cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="105"/>
        <source>level %1 is out of range; the levels are 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="114"/>
        <source>&quot;%1&quot; is not a level; write 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="115"/>
        <source>&quot;%1&quot; is not a level; write 1 to 4 or the level&apos;s name (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="126"/>
        <source>the email is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="132"/>
        <source>no participant has the email %1; import the participants first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="141"/>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="149"/>
        <source>the kind of assessment is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="174"/>
        <source>the rubric dimension is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="177"/>
        <source>there is no rubric dimension named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="179"/>
        <source>the level is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/assessmentimport.cpp" line="186"/>
        <source>the row has no level for any rubric dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/storage/backups.cpp" line="118"/>
        <source>Daily, on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="120"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="122"/>
        <source>Before upgrading the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="124"/>
        <source>Before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="126"/>
        <source>Damaged file, kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="180"/>
        <location filename="../src/storage/backups.cpp" line="191"/>
        <location filename="../src/storage/backups.cpp" line="296"/>
        <location filename="../src/storage/backups.cpp" line="307"/>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="184"/>
        <location filename="../src/storage/backups.cpp" line="309"/>
        <source>it is not an Upskill Planner program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="205"/>
        <location filename="../src/storage/backups.cpp" line="353"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="219"/>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="226"/>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="298"/>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="313"/>
        <source>it was saved by a newer version of Upskill Planner (file format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="315"/>
        <source>it holds no program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="326"/>
        <source>the integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="361"/>
        <source>%1 could not be copied to %2 before restoring; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="380"/>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="409"/>
        <source>The backup %1 could not be copied beside %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="419"/>
        <source>%1 cannot be removed, so the backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/backups.cpp" line="430"/>
        <source>%1 could not be replaced by the backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourCharts</name>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="37"/>
        <source>No follow-up figures in this selection yet. After a cohort completes, enter them month by month on the Follow-up data page of this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="45"/>
        <source>Work with AI tools (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="47"/>
        <source>Experiments per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="49"/>
        <source>AI-related commits per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="51"/>
        <source>Rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="64"/>
        <source>%1 in the six months after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="79"/>
        <source>The selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="80"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="87"/>
        <source>Lines for the latest %1 of %2 cohorts; &quot;All cohorts&quot; covers every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="101"/>
        <location filename="../src/charts/behaviourcharts.cpp" line="127"/>
        <source>Months after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="110"/>
        <source>Experiments and AI-related commits per person, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="118"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="119"/>
        <source>AI-related commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="123"/>
        <source>some months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/behaviourcharts.cpp" line="126"/>
        <source>Per person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourReport</name>
    <message>
        <location filename="../src/reports/behaviourfigures.cpp" line="118"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/behaviourfigures.cpp" line="170"/>
        <source>AI tool usage (% of work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/behaviourfigures.cpp" line="172"/>
        <source>AI experiments per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/behaviourfigures.cpp" line="174"/>
        <source>AI-related commits per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/behaviourfigures.cpp" line="176"/>
        <source>Manager&apos;s rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAssessmentDialog</name>
    <message>
        <location filename="../ui/bulkassessmentdialog.ui" line="6"/>
        <source>Bulk entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkassessmentdialog.ui" line="13"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkassessmentdialog.ui" line="22"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkassessmentdialog.ui" line="29"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkassessmentdialog.ui" line="41"/>
        <source>Type 1–4 to rate a cell and move to the next one; Delete or Backspace clears it; arrows move. F2 or a double-click opens the list of levels. Empty cells are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="79"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="95"/>
        <source>The cohort was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="125"/>
        <source>The session on “%1” of %2 has a start the export cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="140"/>
        <source>Module: %1 (week %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="141"/>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="144"/>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="153"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/calendarexport.cpp" line="174"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportAction</name>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="18"/>
        <source>Cohort sessions as &amp;iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/calendarexportaction.cpp" line="30"/>
        <source>Wrote %n session(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="38"/>
        <source>Export sessions as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="41"/>
        <source>Select a cohort in Cohorts first: its sessions are what goes into the calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="56"/>
        <source>%1 has no sessions yet. Plan its sessions first, then export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="60"/>
        <source>Export the sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="63"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarexportaction.cpp" line="70"/>
        <source>%1 is the program file itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainFigure</name>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="25"/>
        <source>sessions %1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="30"/>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/chainfigure.cpp" line="32"/>
        <source>withheld: fewer than %n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="44"/>
        <source>AI tools in %1 % of work by month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="61"/>
        <source>%1 hours saved, %2 AI features shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="80"/>
        <source>1 · Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="82"/>
        <source>2 · Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="85"/>
        <source>3 · Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="86"/>
        <source>4 · Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/chainfigure.cpp" line="95"/>
        <source>From satisfaction to business impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <location filename="../src/charts/chartbuilder.cpp" line="205"/>
        <source>Withheld to protect individuals (under %1 people, or recoverable from the total): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExports</name>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="29"/>
        <source>%1: there is no track named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="43"/>
        <source>--%1 takes a quarter such as 2026-Q3, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="56"/>
        <source>%1 as a picture (.png or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="64"/>
        <source>Only this cohort (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="64"/>
        <location filename="../src/cli/chartexports.cpp" line="68"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="65"/>
        <source>Only people of this team (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="66"/>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="67"/>
        <source>Only cohorts of this track (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="70"/>
        <source>Only cohorts from this quarter on, e.g. 2026-Q1 (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="71"/>
        <location filename="../src/cli/chartexports.cpp" line="73"/>
        <source>QUARTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="72"/>
        <source>Only cohorts up to this quarter (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="75"/>
        <source>The picture&apos;s size in pixels, default 1600x900 (chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="76"/>
        <source>WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="86"/>
        <source>no chart called &quot;%1&quot;; the charts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="92"/>
        <source>the output of a chart must end in .png or .svg, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="101"/>
        <source>--size takes WIDTHxHEIGHT in pixels, such as 1920x1080, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/chartexports.cpp" line="126"/>
        <source>Wrote %1 (%2, %3 × %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistReport</name>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="31"/>
        <source>The cohort does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="69"/>
        <source>Program launch checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="70"/>
        <source>Launch checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="79"/>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="81"/>
        <source> · runs %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="85"/>
        <source>As of %1: %2 of %3 done, %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="92"/>
        <source>This checklist has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="101"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="101"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="101"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="111"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="114"/>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="124"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="126"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="126"/>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="131"/>
        <source>Name and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/checklistreport.cpp" line="131"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <location filename="../src/storage/checklisttemplate.cpp" line="23"/>
        <source>The checklist template cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/checklisttemplate.cpp" line="53"/>
        <source>The cohort of this checklist no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>Usage: %1 COMMAND [options] FILE

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="55"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="63"/>
        <source>a command is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="82"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../ui/cohortdialog.ui" line="6"/>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="19"/>
        <source>e.g. 2027-Q1 Foundational A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="24"/>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="33"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="44"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="51"/>
        <location filename="../ui/cohortdialog.ui" line="63"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="56"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="68"/>
        <source>&amp;Instructors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cohortdialog.ui" line="77"/>
        <source>&amp;Pilot cohort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortSchedule</name>
    <message numerus="yes">
        <location filename="../src/models/cohortschedule.cpp" line="190"/>
        <source>Generate %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/cohortschedule.cpp" line="191"/>
        <source>Regenerate the schedule (%n session(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="38"/>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportAction</name>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="45"/>
        <source>Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="74"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="75"/>
        <location filename="../src/views/csvexportaction.cpp" line="144"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="83"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="89"/>
        <source>Writing %1: %2 rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/csvexportaction.cpp" line="113"/>
        <source>Wrote %n row(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/csvexportaction.cpp" line="121"/>
        <source>The export of %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExports</name>
    <message>
        <location filename="../src/cli/csvexports.cpp" line="24"/>
        <source>The cohort: of a checklist, roster or calendar (pdf, ics); only its rows (csv, gap, chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/csvexports.cpp" line="26"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/csvexports.cpp" line="28"/>
        <source>Start the CSV with a UTF-8 byte order mark, so Excel shows accents and other non-English letters correctly (csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/csvexports.cpp" line="44"/>
        <source>--cohort does not apply to &apos;csv %1&apos;: it is not kept per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/csvexports.cpp" line="52"/>
        <source>Wrote %1 (%2, rows: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/io/csvreader.cpp" line="39"/>
        <source>there is no encoding called &quot;%1&quot;; the encodings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="48"/>
        <source>this is not a text file (it contains NUL bytes); if it is a spreadsheet, save it as CSV or choose the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="135"/>
        <source>the text is not valid %1 here; choose the file&apos;s encoding (Windows-1252 is common for files saved by older versions of Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="142"/>
        <source>the file contains a NUL character here, so it is not a text file; if it is a spreadsheet, save it as CSV or choose the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="161"/>
        <source>the file ends in the middle of a character; it is not valid %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="168"/>
        <source>reading stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="212"/>
        <source>this record has more than %1 fields; is it really a CSV file with &quot;%2&quot; between the fields?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="245"/>
        <source>the field that starts here is longer than %1 characters; is a quote not closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="258"/>
        <source>the quoted field that starts here is never closed; a quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvreader.cpp" line="360"/>
        <source>text follows the closing quote of a quoted field; put the whole field in quotes and write a quote inside it as two quotes (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../src/io/csvwriter.cpp" line="94"/>
        <location filename="../src/io/csvwriter.cpp" line="156"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvwriter.cpp" line="130"/>
        <location filename="../src/io/csvwriter.cpp" line="152"/>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <location filename="../src/reports/curriculum.cpp" line="84"/>
        <source>The track was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/curriculum.cpp" line="117"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/curriculum.cpp" line="119"/>
        <source>There are no tracks yet, so no capability area is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/curriculum.cpp" line="121"/>
        <source>No track covers %1, so engineers leave the program without it: tick it for a track whose modules teach it, or add modules that do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/curriculum.cpp" line="124"/>
        <source>No track covers %1, so engineers leave the program without them: tick each for a track whose modules teach it, or add modules that do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="100"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="102"/>
        <source>Level 1 · Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="104"/>
        <source>Level 2 · Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="106"/>
        <source>Level 3 · Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="108"/>
        <source>Level 4 · Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/dashboardfigures.cpp" line="110"/>
        <source>The chain, satisfaction to impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFilter</name>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="56"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="58"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="60"/>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="64"/>
        <source>A deleted track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="69"/>
        <source>A deleted cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="69"/>
        <source>Cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="72"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/dashboardfilter.cpp" line="74"/>
        <location filename="../src/reports/dashboardfilter.cpp" line="76"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultContent</name>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="32"/>
        <source>Could not prepare the default content of the new program file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="44"/>
        <source>Could not add %1 to the new program file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="98"/>
        <source>AI/ML fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="99"/>
        <source>How machine-learning systems learn, predict and fail, and which approach suits which problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="101"/>
        <source>Can describe in plain words what machine learning does
Can point to a spot in their own product where it might help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="104"/>
        <source>Can explain training versus inference and what a metric such as precision says
Has run a pre-trained model on a sample of real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="108"/>
        <source>Has chosen a modelling approach for a real problem and defended it in a review
Has trained and evaluated a model on company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="112"/>
        <source>Has designed an ML system from data collection to monitoring
Coaches colleagues through their first ML work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="115"/>
        <source>LLMs and prompt engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="116"/>
        <source>Working with large language models: prompting them, grounding their answers in our own data and judging the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="119"/>
        <source>Has tried a general-purpose AI chat tool, for example to draft or summarise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="122"/>
        <source>Gets working code or a useful analysis out of a model within a few attempts
Uses examples and a fixed output format in prompts on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="126"/>
        <source>Has built a retrieval-augmented feature or a multi-step prompt pipeline
Checks model answers against a test set instead of by eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="129"/>
        <source>Has set up an evaluation harness the team relies on
Has fine-tuned a model or measurably cut the cost of calling one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="132"/>
        <source>AI-assisted development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="133"/>
        <source>Using AI tools throughout everyday engineering work, from writing code to reviews, tests and documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="135"/>
        <source>Knows which AI coding assistants exist and which ones we allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="137"/>
        <source>Accepts or rejects assistant completions with judgement
Lets an assistant write boilerplate and simple functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="140"/>
        <source>Reaches for AI when reviewing, testing and documenting, not only when typing code
Can show where an assistant saved time in a recent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="144"/>
        <source>Maintains shared prompts, settings or tools for the team&apos;s AI workflow
Has helped another team adopt these practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="147"/>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="193"/>
        <source>Data engineering for AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="148"/>
        <source>Getting data into the shape AI features need: cleaning, pipelines, embeddings and quality checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="150"/>
        <source>Can explain why a model is only as good as the data behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="152"/>
        <source>Has turned a raw export into a clean, documented dataset that an AI feature used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="155"/>
        <source>Owns a scheduled job that delivers data for training or for live predictions
Has added data checks that stop the pipeline on bad input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="159"/>
        <source>Has planned the storage behind AI features, such as a feature store or vector index, for several teams
Owns data contracts that other teams build on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="162"/>
        <source>AI in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="163"/>
        <source>Shipping and operating AI features: deployment, monitoring, cost, reliability and safe fallbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="165"/>
        <source>Knows a model must be deployed, watched and updated like any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="167"/>
        <source>Has put a model or AI feature behind a staging URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="168"/>
        <source>Has an AI feature in production with monitoring and alerts
Has handled an incident or regression caused by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="171"/>
        <source>Has laid out a production AI architecture with tracing, alerting and a fallback path
Sets the team&apos;s standards for operating models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="195"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="196"/>
        <source>Engineering managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="197"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="198"/>
        <source>Platform team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="199"/>
        <source>AI champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="200"/>
        <source>Program sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="204"/>
        <source>Run the baseline skills assessment on the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="207"/>
        <source>Brief the participants&apos; managers on the program and what it asks of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="211"/>
        <source>Agree five hours of protected learning time a week with stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="215"/>
        <source>Confirm the instructors and send them the session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="218"/>
        <source>Give every participant a mentor, with no more than three mentees each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="222"/>
        <source>Collect candidate application projects from real team problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="226"/>
        <source>Block the protected time in participants&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="229"/>
        <source>Send the welcome note with the schedule and setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="233"/>
        <source>Reserve rooms or video links for every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="236"/>
        <source>Prepare lab environments with access to AI tools inside our own stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="240"/>
        <source>Open a chat channel for the cohort and its mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="243"/>
        <source>Create a knowledge-base space for notes, reading summaries and demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="247"/>
        <source>Make sure every participant has a licence for the approved coding assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="252"/>
        <source>Book the end-of-cohort showcase and invite the managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="255"/>
        <source>Set up the log where participants record external courses and conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="259"/>
        <source>Get the session and end-of-program surveys ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="262"/>
        <source>Plan the closing assessment on the same rubric as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="266"/>
        <source>Agree how AI tool usage, experiments and AI-related commits will be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="271"/>
        <source>Schedule monthly behaviour check-ins for the six months after the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="275"/>
        <source>Schedule quarterly reviews of business impact for the following year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="279"/>
        <source>Put the quarterly review of completion rate and program metrics in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="284"/>
        <source>Plan the community-of-practice meetings that alumni join afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="288"/>
        <source>Offer graduates refresher or advanced sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="293"/>
        <source>Practitioner instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="294"/>
        <source>The instructors have run AI systems in production themselves and can tell first-hand stories of debugging them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="298"/>
        <source>Adapts to our stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="299"/>
        <source>The course is fitted to our cloud, data stores and deployment pipelines rather than taught from a fixed syllabus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="303"/>
        <source>Depth on evaluation and LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="304"/>
        <source>Evaluating and operating models is core material, not a closing chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="307"/>
        <source>Hands-on keyboard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="308"/>
        <source>Most of the time goes to writing and debugging code on projects of realistic size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="312"/>
        <source>Data pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="313"/>
        <source>Data contracts, chunking, embeddings and validation, worked through on messy data like ours rather than tidy samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="317"/>
        <source>Model lifecycle and LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="318"/>
        <source>Evaluation frameworks, prompt versioning, cost tracking, fallback routing and noticing when a model&apos;s quality slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="322"/>
        <source>Reliability, latency and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="323"/>
        <source>Latency budgets, caching, rate limits and asynchronous work, shown on real systems rather than slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="326"/>
        <source>Security and guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="327"/>
        <source>Defending against prompt injection and data leaks and limiting what retrieval can expose, in every module instead of a separate compliance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="332"/>
        <source>Open-source alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="333"/>
        <source>Open models and tools are taught next to commercial APIs, so we are not tied to one vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="339"/>
        <source>Syllabus heavy on basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="340"/>
        <source>Around half of the time goes to introductory Python or linear algebra, which senior engineers do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="342"/>
        <source>Only one API vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="343"/>
        <source>Everything is built on a single vendor&apos;s API and open-source options never come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="346"/>
        <source>Toy final project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="347"/>
        <source>The final project is a simple chat page instead of a system with data, evaluation and deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="349"/>
        <source>No support after the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="350"/>
        <source>Nothing continues once the sessions end: no office hours, follow-up or further learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="352"/>
        <source>Success measured by attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="353"/>
        <source>The provider reports how many people turned up and finished, not what they built or whether they can reason about a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="359"/>
        <source>Have your instructors built and run AI systems in production, or are they full-time trainers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="361"/>
        <source>How many hours of the course go to debugging and to what happens when AI systems fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="364"/>
        <source>Will the exercises run on our own infrastructure, behind our security controls?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="367"/>
        <source>How do you check what participants can actually do, other than with multiple-choice tests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="369"/>
        <source>When was the material last revised, and how do you keep it current as tools and models move on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="374"/>
        <source>Are there concrete AI use cases waiting for participants once the training ends?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="377"/>
        <source>Is our technical environment open enough for engineers to experiment with AI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="380"/>
        <source>Is the goal real capability, rather than a stack of completion certificates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="383"/>
        <source>Is our data infrastructure in good enough shape to build AI features on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubric.cpp" line="28"/>
        <location filename="../src/storage/defaultcontent.cpp" line="389"/>
        <source>Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubric.cpp" line="28"/>
        <location filename="../src/storage/defaultcontent.cpp" line="389"/>
        <source>Practicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubric.cpp" line="29"/>
        <location filename="../src/storage/defaultcontent.cpp" line="390"/>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubric.cpp" line="29"/>
        <location filename="../src/storage/defaultcontent.cpp" line="390"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="408"/>
        <source>the rubric dimension &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="414"/>
        <source>level %1 of the rubric dimension &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="432"/>
        <source>the %1 target for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="450"/>
        <source>the foundational track&apos;s target levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="471"/>
        <source>the checklist item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="506"/>
        <source>the provider criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="513"/>
        <source>the red flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="520"/>
        <source>the question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="527"/>
        <source>the readiness question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="541"/>
        <source>the program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="45"/>
        <source>AI foundations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="46"/>
        <source>Every engineer, whatever the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="47"/>
        <source>What AI and ML are; how LLMs work; prompting; AI in the development workflow; data quality and bias; ethics; when AI is the wrong tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="50"/>
        <source>A short proposal, presented to the cohort, for an AI application in the participant&apos;s own team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="56"/>
        <source>AI concepts and the landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="57"/>
        <source>Supervised and unsupervised learning; training versus inference; the vocabulary used in the rest of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="60"/>
        <source>Label a sample of your team&apos;s data with a pre-trained classifier, then list three problems in your area where AI could help and choose one as your application project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="65"/>
        <source>Large language models and prompting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="66"/>
        <source>Tokens, context windows and what a transformer does; zero-shot, few-shot, step-by-step and structured-output prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="69"/>
        <source>Write prompts that generate, review and document code, then one prompt that settles an open ticket from your backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="73"/>
        <source>AI in the development workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="74"/>
        <source>Working with code assistants and knowing when to say no; generating tests, including property-based ones; drafting docs and decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="78"/>
        <source>Work a full day with an AI assistant in your own repository and write down what helped, what got in the way and what you would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="82"/>
        <source>Quality, ethics and when to use AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="83"/>
        <source>How training data shapes behaviour and bias; fairness, transparency and privacy; choosing between AI and a conventional solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="86"/>
        <source>Review a model&apos;s output for bias and quality problems, then pitch your AI idea for your team to the cohort in five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="91"/>
        <source>AI application development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="92"/>
        <source>Backend and full-stack engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="93"/>
        <source>Retrieval-augmented generation; agents and tool calling; integrating model APIs; parsing structured output; streaming; error handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="96"/>
        <source>An AI-backed feature in the team&apos;s own product, deployed at least to staging and checked against an evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="103"/>
        <source>Model APIs and structured output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="104"/>
        <source>Calling hosted and open models; schemas and validated JSON output; streaming responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="106"/>
        <source>Wrap a model call in a small service in your team&apos;s stack that returns validated, typed results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="109"/>
        <source>Retrieval-augmented generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="110"/>
        <source>Chunking, embeddings, vector search, assembling the prompt, citing sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="113"/>
        <source>Index part of your team&apos;s documentation and answer real questions from it, with the sources shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="116"/>
        <source>Evaluating AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="117"/>
        <source>Test sets, automatic and model-graded checks, catching regressions when a prompt or model changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="119"/>
        <source>Collect at least twenty test cases for your retrieval feature and run them in your CI pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="122"/>
        <source>Agents and tool use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="123"/>
        <source>Function calling, planning loops, limiting what an agent may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="125"/>
        <source>Let a model call two of your internal APIs, with an allow-list and a cap on the number of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="128"/>
        <source>Failures, security and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="129"/>
        <source>Timeouts, retries, rate limits, fallbacks, caching, defending against prompt injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="131"/>
        <source>Break your feature on purpose with a slow model, bad input and a hostile prompt, then add the handling it lacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="135"/>
        <source>Capstone: ship the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="136"/>
        <source>Hardening, deploying to staging, preparing the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="137"/>
        <source>Deploy your AI feature to staging and present it together with its evaluation results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="141"/>
        <source>AI-powered user experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="142"/>
        <source>Frontend engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="143"/>
        <source>Streaming interfaces; designing for AI interaction; inference in the client; progressive disclosure; loading, error and empty states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="146"/>
        <source>A UI component in the team&apos;s product that uses AI and behaves well while waiting, when something fails and when there is nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="153"/>
        <source>Designing for unpredictable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="154"/>
        <source>Why model answers vary; setting user expectations; interaction patterns for AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="156"/>
        <source>Sketch three interaction designs for an AI feature in your product and review them with the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="159"/>
        <source>Streaming interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="160"/>
        <source>Token streaming, rendering partial answers, cancelling, server-sent events and WebSockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="162"/>
        <source>Build a component that shows a streamed answer as it arrives and can be stopped half-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="165"/>
        <source>Loading, error and empty states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="166"/>
        <source>Latency budgets, placeholders, failures, refusals, answers that find nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="169"/>
        <source>Give your streaming component a complete set of states and write a test for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="173"/>
        <source>Progressive disclosure and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="174"/>
        <source>Showing sources and confidence, letting users correct or undo, collecting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="177"/>
        <source>Show the sources behind an AI answer in your product and add a way for users to rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="180"/>
        <source>Inference in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="181"/>
        <source>Small models on the client, WebGPU and WebAssembly runtimes, privacy and performance trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="183"/>
        <source>Run a small model in the browser for one feature and measure load time and response time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="186"/>
        <source>Capstone: an AI-enhanced component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="187"/>
        <source>Accessibility, quick usability tests, the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="188"/>
        <source>Finish your component, try it out with two users and present what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="194"/>
        <source>Data and platform engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="195"/>
        <source>Pipelines for training data; feature stores; vector databases; embedding pipelines; monitoring data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="197"/>
        <source>A pipeline that takes real company data all the way to the input an AI application consumes, with quality checks on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="204"/>
        <source>What models need from data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="205"/>
        <source>Training versus inference data, data contracts, working with messy enterprise data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="208"/>
        <source>Profile a real dataset your team owns and write a data contract for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="211"/>
        <source>Pipelines for training and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="212"/>
        <source>Batch and streaming ingestion, reproducible runs, versioned datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="214"/>
        <source>Build a pipeline that produces a versioned dataset from a real source and gives the same result when run twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="218"/>
        <source>Embeddings and vector databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="219"/>
        <source>Chunking strategies, embedding models, indexing, re-embedding when the data changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="222"/>
        <source>Chunk and embed a collection of your documents and load it into a vector store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="226"/>
        <source>Feature stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="227"/>
        <source>Offline and online features, keeping training and serving consistent, freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="230"/>
        <source>Define three features for a model and serve identical values offline and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="234"/>
        <source>Data quality and access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="235"/>
        <source>Validation, drift detection, lineage, personal data, permissions in retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="238"/>
        <source>Add validation and drift alerts to your pipeline and make retrieval return only what the asking user may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="242"/>
        <source>Capstone: an end-to-end pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="243"/>
        <source>Orchestration, monitoring, handing over to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="244"/>
        <source>Run your pipeline end to end for an AI application and present its design and its quality checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="248"/>
        <source>AI platform engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="249"/>
        <source>Platform and infrastructure engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="250"/>
        <source>Serving models; managing GPUs; keeping cost down; observability; A/B tests for AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="252"/>
        <source>A running model endpoint on our infrastructure that scales itself, is watched by dashboards and alerts, and reports what it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="259"/>
        <source>Serving models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="260"/>
        <source>Hosted APIs versus models we run ourselves, inference servers, batching, model registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="262"/>
        <source>Serve an open model behind an internal endpoint in our own environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="265"/>
        <source>GPUs and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="266"/>
        <source>Scheduling GPUs, quantisation, autoscaling, planning capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="268"/>
        <source>Configure autoscaling for your endpoint and find its limits with a load test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="272"/>
        <source>Observability for AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="273"/>
        <source>Latency, token and error metrics, tracing prompts, noticing when answer quality drifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="275"/>
        <source>Add dashboards and alerts for latency, errors and token use to your endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="279"/>
        <source>Controlling cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="280"/>
        <source>Cost per request, caching including semantic caching, routing between models, budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="283"/>
        <source>Put a cache and a cost report in front of the endpoint and measure what it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="287"/>
        <source>Safe rollouts and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="288"/>
        <source>A/B tests for models and prompts, canary releases, fallbacks, guardrails at the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="290"/>
        <source>Send part of the traffic to a second model version, with an automatic fallback to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="293"/>
        <source>Capstone: production-ready serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="294"/>
        <source>Runbooks, failover, security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="295"/>
        <source>Demonstrate your serving setup live: scale it under load and show its dashboards and cost report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="299"/>
        <source>AI product management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="300"/>
        <source>Tech leads and engineering managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="301"/>
        <source>Scoping AI products; how to evaluate them; talking to stakeholders; assessing risk; go/no-go criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="303"/>
        <source>A specification for an AI feature that a team could build from, including how it will be judged and how it will be rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="310"/>
        <source>Finding and scoping AI opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="311"/>
        <source>Where AI fits and where it does not, estimating value, build or buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="313"/>
        <source>Rate three candidate AI features from your roadmap on value, feasibility and risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="317"/>
        <source>How to evaluate an AI feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="318"/>
        <source>Defining quality, building test sets, human and model-based review, acceptance thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="320"/>
        <source>Write the evaluation plan for your chosen feature, with its test set and pass marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="324"/>
        <source>Risk, safety and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="325"/>
        <source>Bias, privacy, attacks such as prompt injection, legal obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="327"/>
        <source>Hold a risk workshop on your feature with an engineer and someone from security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="331"/>
        <source>Explaining uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="332"/>
        <source>Describing probabilistic behaviour to stakeholders, setting expectations, reporting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="334"/>
        <source>Write a one-page brief for stakeholders on what the feature will and will not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="338"/>
        <source>Deciding on a launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="339"/>
        <source>Go/no-go criteria, staged rollout, success metrics, watching a feature after launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="342"/>
        <source>Set the go/no-go criteria and the launch metrics for your feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="345"/>
        <source>Capstone: the feature specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="346"/>
        <source>Bringing the specification together, reviewing it with engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="348"/>
        <source>Walk the cohort through your finished specification and answer their questions on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="394"/>
        <source>the track &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="399"/>
        <source>the role %1 of the track &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="405"/>
        <source>the capability %1 of the track &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="419"/>
        <source>the module &quot;%1&quot; of the track &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCatalogue</name>
    <message>
        <location filename="../src/demo/democatalogue.cpp" line="22"/>
        <source>Reading %1 for the demo program failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/democatalogue.cpp" line="139"/>
        <source>The program has no skill dimensions; the demo needs the default rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/democatalogue.cpp" line="143"/>
        <source>The program needs at least one foundational and one specialized track for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../src/cli/democommand.cpp" line="38"/>
        <source>Create a realistic demo program (--engineers N, --seed S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="45"/>
        <source>How many engineers the program has (1 to %1; default 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="50"/>
        <source>Seed of the random choices: the same seed gives the same program (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="53"/>
        <source>Creates a program file with a realistic demo program: engineers in teams, four quarters of cohorts up to the current one and one planned, with assessments, sessions, attendance, surveys, projects, mentors, protected time, follow-up metrics, community events and providers. Prints what it wrote and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="58"/>
        <source>The program file to create; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="70"/>
        <source>--engineers must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="78"/>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="89"/>
        <source><byte value="xd"/>Generating the demo program: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="111"/>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="116"/>
        <source>Created %1: the demo program of %2 (engineers: %3, seed: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="121"/>
        <source>Elapsed: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoHolidays</name>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="13"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="14"/>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="15"/>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="16"/>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="17"/>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="18"/>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="19"/>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoholidays.cpp" line="20"/>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgram</name>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="45"/>
        <source>Reading the indexes of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="57"/>
        <source>Preparing the index %1 for the demo data failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="74"/>
        <source>Building the index %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="94"/>
        <source>The number of engineers must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="98"/>
        <source>The demo program needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="107"/>
        <source>The demo program goes into a new program file only; this one already has participants or cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="120"/>
        <source>Generating the demo program was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="144"/>
        <source>Writing the demo program failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="193"/>
        <source>Saving the demo program failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProviderTexts</name>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="13"/>
        <source>Yes: both lead instructors ran retrieval systems in production until last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="16"/>
        <source>Full-time trainers; one guest speaker has shipped an AI feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="18"/>
        <source>&quot;Years of industry experience&quot;, but no systems named; CVs requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="21"/>
        <source>About 10 of 40 hours: broken retrieval, timeouts and bad output, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="24"/>
        <source>One optional video on troubleshooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="25"/>
        <source>Failures are &quot;woven through the labs&quot;; no hours given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="28"/>
        <source>Yes: the labs run in our own cloud account from setup scripts they send a week ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="31"/>
        <source>No: only in their hosted notebooks, with their API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="33"/>
        <source>Possible for enterprise customers; the price is to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="36"/>
        <source>A capstone on our own code, reviewed with our leads against a rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="38"/>
        <source>Multiple-choice quizzes after each module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="39"/>
        <source>A practical assessment is planned; they will send an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="42"/>
        <source>Revised this quarter; every module is reviewed each quarter against new models and tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="45"/>
        <source>Last revised two years ago; updated &quot;as needed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="46"/>
        <source>Updated &quot;continuously&quot;, but they could not show a change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="51"/>
        <source>Answered in writing, with examples from past courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="52"/>
        <source>The answer did not address the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="53"/>
        <source>They promised to answer in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="59"/>
        <source>Three of eight days are Python basics and linear algebra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="62"/>
        <source>Every lab calls one vendor&apos;s API; open models never come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="65"/>
        <source>The capstone is a chat page over one PDF, without evaluation or deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="69"/>
        <source>Nothing after the last session: no office hours, no follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="72"/>
        <source>Their sample success report counts attendance and completions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="77"/>
        <source>Seen in the syllabus they sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="82"/>
        <source>The instructors walked us through systems they ran in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="84"/>
        <source>Trainers by profession; no production work named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="86"/>
        <source>Offered to build the labs on our cloud and data stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="88"/>
        <source>Fixed syllabus in their own sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="90"/>
        <source>Two full days on evaluation sets and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="91"/>
        <source>Evaluation gets one closing slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="93"/>
        <source>About 70 % of the trial session was writing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="94"/>
        <source>Mostly lectures and recorded videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="96"/>
        <source>Labs use messy data like ours, with validation and chunking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="98"/>
        <source>Only tidy sample datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="100"/>
        <source>Covers prompt versioning, cost tracking and fallback routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="102"/>
        <source>Deployment stops at a notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="104"/>
        <source>Latency budgets and caching worked through on a real service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="106"/>
        <source>Cost and latency are not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="108"/>
        <source>Prompt injection is tried in every module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="109"/>
        <source>Security is a separate optional video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="111"/>
        <source>Open models run next to the commercial APIs in the labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="113"/>
        <source>Only one vendor&apos;s models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="118"/>
        <source>Seen in the trial session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprovidertexts.cpp" line="119"/>
        <source>According to two reference customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTable</name>
    <message>
        <location filename="../src/demo/demotable.cpp" line="68"/>
        <source>The demo program cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demotable.cpp" line="83"/>
        <source>Writing demo data to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../src/demo/demowords.cpp" line="95"/>
        <source>Working on our own codebase made it stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="96"/>
        <source>The hands-on labs were the best part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="97"/>
        <source>I shipped my first AI feature two weeks after the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="98"/>
        <source>Pair programming with people from other teams was great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="99"/>
        <source>Evaluation techniques were eye-opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="100"/>
        <source>Protected time was respected; that made all the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="101"/>
        <source>My mentor helped me get unstuck quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="102"/>
        <source>Great balance between theory and practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="106"/>
        <source>Good content, but the pace in week 2 was too fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="107"/>
        <source>More examples from our own stack would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="108"/>
        <source>Useful, though sprint work ate into my learning time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="109"/>
        <source>The reading group was uneven; some weeks were great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="110"/>
        <source>Would like more on deploying to production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="114"/>
        <source>Too much theory, not enough keyboard time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="115"/>
        <source>I could rarely use my protected hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="116"/>
        <source>The exercises did not match the work my team does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="120"/>
        <source>Summarise incident timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="121"/>
        <source>Classify support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="122"/>
        <source>Semantic search over internal docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="123"/>
        <source>Generate test cases from specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="124"/>
        <source>Explain failing builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="125"/>
        <source>Draft release notes from merged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="126"/>
        <source>Detect anomalies in payment flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="127"/>
        <source>Extract fields from uploaded documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="128"/>
        <source>Code review assistant for style issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="129"/>
        <source>Forecast capacity for the on-call rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="130"/>
        <source>Answer product questions in the help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="131"/>
        <source>Route alerts to the right team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="132"/>
        <source>Translate error messages for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="133"/>
        <source>Evaluate prompt changes before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="134"/>
        <source>Clean product catalogue descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="135"/>
        <source>Suggest SQL for analytics questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="139"/>
        <source>The team spends hours each week on this by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="140"/>
        <source>Customers wait too long for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="141"/>
        <source>New joiners cannot find what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="142"/>
        <source>Errors are found late, after release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="143"/>
        <source>On-call engineers lose time triaging noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="144"/>
        <source>The data is inconsistent across sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="147"/>
        <source>Release week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="148"/>
        <source>Covered on-call for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="149"/>
        <source>Planning workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="150"/>
        <source>Customer escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="154"/>
        <source>Uses AI tools daily in code reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="155"/>
        <source>Proposed an AI feature in sprint planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="156"/>
        <source>Helps teammates with prompt design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="157"/>
        <source>Built an evaluation set for the team&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="158"/>
        <source>Little change visible yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="162"/>
        <source>Always available when I was stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="163"/>
        <source>Great at pointing me to the right examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="164"/>
        <source>We met less often than planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="165"/>
        <source>Helped me scope my project realistically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="169"/>
        <source>Mentoring two people is the right load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="170"/>
        <source>I learned as much as my mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="171"/>
        <source>Would like a short guide for mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="172"/>
        <source>Hard to find time during release weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="176"/>
        <source>The team now prototypes AI ideas without waiting for specialists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="178"/>
        <source>Worth the protected time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="179"/>
        <source>Projects were relevant to our roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="180"/>
        <source>Please brief managers earlier next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="184"/>
        <source>Ticket triage time measured before and after rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="185"/>
        <source>Feature flags show adoption by customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="186"/>
        <source>Finance confirmed the reduced vendor spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="187"/>
        <source>Defect rate from the quality dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="188"/>
        <source>Team estimates from the quarterly review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="192"/>
        <source>Building applications with large language models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="193"/>
        <source>Practical retrieval-augmented generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="194"/>
        <source>Evaluating LLM systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="195"/>
        <source>Machine learning for software engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="196"/>
        <source>Data pipelines for AI workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="199"/>
        <source>Applied AI engineering summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="200"/>
        <source>MLOps community day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="201"/>
        <source>European data and AI conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="205"/>
        <source>Cloud machine learning engineer certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="206"/>
        <source>Generative AI developer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="207"/>
        <source>Data engineering associate certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="217"/>
        <source>Solid overview; the labs were the valuable part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="218"/>
        <source>Too basic for our senior engineers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="219"/>
        <source>Great talks on evaluation and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="220"/>
        <source>Good preparation for the certification exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="221"/>
        <source>Expensive for what it offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="224"/>
        <source>Prompt patterns that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="225"/>
        <source>Evaluating RAG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="226"/>
        <source>Guardrails in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="227"/>
        <source>Cost and latency budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="228"/>
        <source>Lessons from failed experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="229"/>
        <source>AI-assisted code review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="230"/>
        <source>Data quality for model inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="231"/>
        <source>Showcase of alumni projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="239"/>
        <source>Agreed with the engineering leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="240"/>
        <source>Budget approved for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="241"/>
        <source>Still being discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="245"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="245"/>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="246"/>
        <source>Agents and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="246"/>
        <source>LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="247"/>
        <source>Guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="247"/>
        <source>Data for AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="248"/>
        <source>Prompt design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="253"/>
        <source>A practical survey of retrieval-augmented generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="254"/>
        <source>Evaluating LLM features before and after launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="255"/>
        <source>Guardrails for assistants that call tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="256"/>
        <source>Cost and latency budgets for model calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="257"/>
        <source>Fine-tuning or retrieval: choosing between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="258"/>
        <source>Monitoring models beyond accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="259"/>
        <source>Data contracts for machine learning pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="260"/>
        <source>Red-teaming your own assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="261"/>
        <source>Embeddings explained for application engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="262"/>
        <source>Prompt patterns and their failure modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="263"/>
        <source>Testing non-deterministic code paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="264"/>
        <source>Incident review: a chatbot that leaked its instructions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="71"/>
        <source>Team areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="72"/>
        <source>Moved from its usual slot: the guest speaker could only come then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="35"/>
        <source>Only mentor with production LLM experience in this team&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="75"/>
        <source>Community of practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="80"/>
        <source>AI meetup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="87"/>
        <source>Refresher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="133"/>
        <source>Four workshop days in our own environment, then office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="134"/>
        <source>Per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="137"/>
        <source>Instructors have shipped retrieval and evaluation systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="146"/>
        <source>Self-paced video courses with quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="147"/>
        <source>Per seat per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="150"/>
        <source>Cheap, broad, shallow on LLMOps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="159"/>
        <source>Exam preparation tracks for one cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="160"/>
        <source>Per exam voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="163"/>
        <source>Tied to a single vendor&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="264"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="328"/>
        <source>%1 reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="350"/>
        <source>Alumni paper club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="367"/>
        <source>Annual AI summit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowriter.cpp" line="274"/>
        <source>Pilot cohort: roles and seniority mixed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="107"/>
        <source>Writes a program, or part of it, to a file other programs read. FORMAT and KIND say what; the output goes to a temporary file first and replaces OUT only when it is complete, so a failed or cancelled export leaves OUT as it was.

FORMAT KIND:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="138"/>
        <source>%1: there is no cohort named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="144"/>
        <source>Export part of a program to a file (FORMAT KIND FILE -o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="151"/>
        <source>The file to write; an existing one is replaced only when the export succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="154"/>
        <source>The program file to export from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="161"/>
        <source>&apos;%1&apos; takes no KIND: export %1 FILE -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="163"/>
        <source>The format to write: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="166"/>
        <source>What to export in that format, such as a table for csv (ics takes none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="178"/>
        <source>unknown format &apos;%1&apos;; the formats are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="183"/>
        <source>unknown %1 export &apos;%2&apos;; there are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="193"/>
        <source>--%1 does not apply to &apos;%2 %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="197"/>
        <source>the output file is missing (-o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="209"/>
        <source>%1 is the program file itself; write the export to another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <location filename="../src/charts/figurerenderer.cpp" line="157"/>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/figurerenderer.cpp" line="163"/>
        <source>An image of %1 × %2 pixels cannot be made: use 100 to 10,000 pixels each way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/figurerenderer.cpp" line="172"/>
        <location filename="../src/charts/figurerenderer.cpp" line="184"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <location filename="../src/reports/gapanalysis.cpp" line="160"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapanalysis.cpp" line="162"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapanalysis.cpp" line="164"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapanalysis.cpp" line="166"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapanalysis.cpp" line="250"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapReport</name>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="41"/>
        <location filename="../src/reports/gapreport.cpp" line="160"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="51"/>
        <source>No dimension can be ranked: too few people were assessed, or no targets are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="87"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="90"/>
        <source>Current level: each person&apos;s latest assessment of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="91"/>
        <source>Current level: each person&apos;s latest assessment of kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="93"/>
        <source> from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="97"/>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="99"/>
        <source> up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="105"/>
        <source>%1 of %2 engineers below target, %3 levels short on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="113"/>
        <source>the organisation&apos;s roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="116"/>
        <source>; blocks high-priority AI work for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="135"/>
        <location filename="../src/reports/gapreport.cpp" line="283"/>
        <source>Skill gap analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="140"/>
        <source>Generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/gapreport.cpp" line="146"/>
        <source>%n engineer(s) with a current assessment and a target. Figures about fewer than %1 people are withheld to protect individuals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="152"/>
        <source>Curriculum priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="154"/>
        <source>Dimensions with engineers below target, ordered by their average place in the three rankings below. The next cohorts should cover them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="160"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="171"/>
        <source>Withheld: %1 were assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="173"/>
        <source>Nobody is below target in any dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="176"/>
        <source>Largest gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="178"/>
        <source>Average shortfall (levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="180"/>
        <source>Most common gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="182"/>
        <source>Engineers below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="184"/>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="190"/>
        <source>Most critical gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="191"/>
        <source>Shortfall weighted by criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="194"/>
        <source>Weights: blocks a high-priority AI project ×3, important ×2, nice to have ×1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="201"/>
        <source>Heatmap by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="203"/>
        <source>Average gap between the latest assessed level and the target, in levels: + means short of the target, 0 or − means met. Greyed cells cover fewer than %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="214"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="230"/>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/gapreport.cpp" line="250"/>
        <source>%n more group(s) not listed here; filter the analysis to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="271"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="273"/>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/gapreport.cpp" line="279"/>
        <source>cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateScheduleDialog</name>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="14"/>
        <source>Generate the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="29"/>
        <source>&amp;First week starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="49"/>
        <source>Weekdays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="59"/>
        <source>Sessions &amp;start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="72"/>
        <source>&amp;Location or link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="82"/>
        <source>A room, or the link of a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="89"/>
        <source>Besides the workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="98"/>
        <source>&amp;Pair programming, 90 minutes in the weeks with hands-on time beyond the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="108"/>
        <source>&amp;Reading group, an hour every two weeks, led by the participants in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="118"/>
        <source>Pr&amp;esentations, and the showcase at the end, for modules with presentation hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="132"/>
        <source>The sessions already planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generatescheduledialog.ui" line="165"/>
        <source>The sessions that will be created:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChecks</name>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="69"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="129"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="135"/>
        <source>%1: %2 % of its %3 h is hands-on, under the minimum of %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="139"/>
        <source>; %n module(s) under it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="146"/>
        <source>%1, week %2, “%3”: %4 % of its %5 h is hands-on, under the minimum of %6 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="183"/>
        <source>%1: %n of %2 participants have no application project, %3 after week 1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="187"/>
        <source>%1 finished with %n of %2 participants without an application project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="195"/>
        <source>Application projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="220"/>
        <source>%n manager(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="221"/>
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="227"/>
        <source>%1 is running and its participants&apos; managers were not briefed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="230"/>
        <source>%1 started %n day(s) ago and its participants&apos; managers were not briefed (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="236"/>
        <source>%1 starts today and its participants&apos; managers were not briefed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="240"/>
        <source>%1 starts in %n day(s) and its participants&apos; managers have not been briefed yet (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="283"/>
        <source>%1: none of its %n graduate(s) came to a community event or refresher in the quarter after it ended on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="291"/>
        <source>%1 ended %n day(s) ago and none of its %2 graduates has come to a community event or refresher since</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="367"/>
        <source>%1: %n of its %2 participants already meet every target level of %3 and could test out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="373"/>
        <source>Skills › Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="407"/>
        <source>%1: %2 % of the planned protected hours used (target %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="411"/>
        <source>; %n of %1 participants below plan in two or more weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="419"/>
        <source>Protected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="442"/>
        <source>%1 mentors %n people at once; the capacity is %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="445"/>
        <source> (%n accepted with a recorded override)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="451"/>
        <source>Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="483"/>
        <source>%1: %n engineer(s) enrolled, more than the maximum of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/healthchecks.cpp" line="490"/>
        <source>%1: %n engineer(s) enrolled, fewer than the minimum of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="533"/>
        <source>%1: %2 of %3 participants completed (%4 %, target %5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="542"/>
        <source>Effectiveness › Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="543"/>
        <source>The program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/healthchecks.cpp" line="545"/>
        <source>The program: %1 % of the enrollments in completed cohorts were completed (%2 of %3, target %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="17"/>
        <source>List the program-health warnings, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/healthcommand.cpp" line="24"/>
        <source>Checks the program for the known ways upskilling programs fail (too much theory, no application projects, managers not briefed, no activity after a cohort, placement ignoring assessments, protected time eroding, mentors over capacity, cohort sizes, completion) and prints one warning per line: severity, check, the numbers, and in brackets where to fix it. Each check lists its worst %n warning(s) and counts the rest. The exit code is 0 whether or not there are warnings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="32"/>
        <source>The program file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="34"/>
        <source>List every warning instead of the worst of each check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="36"/>
        <source>Check the program as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="38"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="51"/>
        <source>--date &apos;%1&apos; is not a date like 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="63"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommand.cpp" line="73"/>
        <source> (--all lists them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="12"/>
        <source>a cohort&apos;s sessions for calendar programs (--cohort NAME; --time-zone ZONE, the computer&apos;s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="19"/>
        <source>The cohort whose sessions to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="20"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="22"/>
        <source>The time zone the sessions&apos; times are in, such as Europe/Berlin (ics; the computer&apos;s by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="24"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="36"/>
        <source>the calendar needs --cohort NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="44"/>
        <source>--time-zone takes a zone such as Europe/Berlin or America/New_York, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/icsexport.cpp" line="53"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/icsexport.cpp" line="58"/>
        <source>Wrote %1 (%n session(s) of %2, times in %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactCharts</name>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="14"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/impactcharts.cpp" line="40"/>
        <source>from %n report(s) by cohorts and teams</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="51"/>
        <source>No business-impact reports in this selection yet. Enter them quarter by quarter after a cohort completes, on the Impact data page of this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="58"/>
        <source>Hours saved per quarter after completion, and in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="61"/>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="62"/>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="69"/>
        <source>The impact reports in this selection give no hours saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="74"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="75"/>
        <location filename="../src/charts/impactcharts.cpp" line="95"/>
        <location filename="../src/charts/impactcharts.cpp" line="119"/>
        <location filename="../src/charts/impactcharts.cpp" line="141"/>
        <source>Quarter after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="83"/>
        <source>AI features shipped per quarter after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="87"/>
        <source>AI features shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="89"/>
        <source>The impact reports in this selection give no features shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="94"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="103"/>
        <source>Cost reduction and revenue impact per quarter after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="108"/>
        <source>Cost reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="109"/>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="112"/>
        <source>The impact reports in this selection give no cost or revenue figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="118"/>
        <source>Amount (program currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="127"/>
        <source>Quality improvement per quarter after completion (average %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="132"/>
        <source>Quality improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="134"/>
        <source>The impact reports in this selection give no quality figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/impactcharts.cpp" line="140"/>
        <source>Improvement (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="90"/>
        <source>AI features shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="92"/>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="94"/>
        <source>Quality improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="96"/>
        <source>Cost reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="98"/>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="107"/>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="109"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="111"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/impactfigures.cpp" line="115"/>
        <source>in the program&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="46"/>
        <source>--map wants FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="61"/>
        <source>--map: there is no field &quot;%1&quot;; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="79"/>
        <source>--map: the file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="103"/>
        <source>Import participants, assessments or surveys from CSV or XLSX (KIND FILE --from DATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="113"/>
        <source>The CSV file or Excel workbook (.xlsx) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="117"/>
        <source>Check every row and print what would happen, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="120"/>
        <source>What to do with a row for someone already in the program or earlier in the file (the same email): skip it (the default) or update what is there with the file&apos;s non-empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="126"/>
        <source>Write the valid rows even when others are refused; the refused rows are listed. Without it nothing is written while any row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="130"/>
        <source>The CSV file&apos;s encoding instead of the detected one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="134"/>
        <source>The CSV file&apos;s delimiter instead of the detected one: comma, semicolon, tab, pipe or the character itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="138"/>
        <source>The workbook&apos;s sheet to import instead of the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="142"/>
        <source>For rows without a kind of their own: the kind of assessment (self, pre, post, manager, annual) or of survey (session, end_of_program, mentor, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="146"/>
        <source>For rows without a cohort of their own: its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="149"/>
        <source>For rows without a date of their own: YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="153"/>
        <source>Take FIELD from the column COLUMN (its header or number) instead of the column matched by name, or from no column with FIELD=; may be given several times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="159"/>
        <source>Imports rows of a CSV file or an Excel workbook into a program. Columns are matched to the program&apos;s fields by their headers (Email, E-mail address, Name, Team, a rubric dimension&apos;s name, ...). Duplicates are found by email. The import is one transaction: if any row is refused, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="163"/>
        <source>The program file to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="165"/>
        <source>What the rows are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="175"/>
        <source>unknown kind &apos;%1&apos;; the kinds are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="180"/>
        <source>the file to import is missing (--from DATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="186"/>
        <source>--on-duplicate is skip or update, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="193"/>
        <source>unknown encoding &apos;%1&apos;; the encodings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="199"/>
        <source>--delimiter is comma, semicolon, tab, pipe or one character, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="217"/>
        <source>%1 is the program file itself; import from a CSV file or a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="247"/>
        <source>Importing… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="262"/>
        <source>%1: … and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="272"/>
        <source>Checked %1 for %2 (%3; nothing written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="273"/>
        <source>Imported %1 into %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="274"/>
        <source>Did not import %1 into %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="278"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="279"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="280"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="282"/>
        <source>  read as: %1, %2-separated (--encoding and --delimiter change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="285"/>
        <source>  sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="287"/>
        <source>  columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="288"/>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="289"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="290"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="291"/>
        <source>skipped (duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="292"/>
        <source>refused (with problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="295"/>
        <source>%1: %n row(s) refused, so nothing was written; fix them, or write the other rows with --skip-invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="301"/>
        <source>The refused rows were not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommand.cpp" line="303"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../src/io/importfields.cpp" line="156"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="158"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="160"/>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="181"/>
        <location filename="../src/io/importfields.cpp" line="195"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="182"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="183"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="184"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="185"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="186"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="187"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="188"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="189"/>
        <source>AI champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="190"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="191"/>
        <source>Alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="192"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="195"/>
        <location filename="../src/io/importfields.cpp" line="224"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="196"/>
        <source>Kind of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="197"/>
        <location filename="../src/io/importfields.cpp" line="219"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="197"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="206"/>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="213"/>
        <source>Dimension (one per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="214"/>
        <source>Level (one per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="218"/>
        <source>Kind of survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="220"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="221"/>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="222"/>
        <source>Would recommend (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="223"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="225"/>
        <source>Email (empty: anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="325"/>
        <source>a level: a column per rubric dimension, or Dimension and Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importfields.cpp" line="330"/>
        <source>an answer: Satisfaction, Would recommend or Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <location filename="../src/io/importtarget.cpp" line="77"/>
        <location filename="../src/io/importtarget.cpp" line="104"/>
        <source>The program file cannot be read for the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="89"/>
        <location filename="../src/io/participantimport.cpp" line="70"/>
        <source>The program&apos;s participants cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="117"/>
        <source>The program&apos;s cohorts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="128"/>
        <source>There is no cohort named &quot;%1&quot; in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="143"/>
        <source>there is no cohort named &quot;%1&quot; in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="156"/>
        <source>the program file refused this row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importtarget.cpp" line="176"/>
        <source>The import cannot keep track of the rows it has read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../src/io/importvalues.cpp" line="96"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="98"/>
        <source>seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="100"/>
        <source>kind of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="102"/>
        <source>kind of survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="104"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="187"/>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31 (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="213"/>
        <source>&quot;%1&quot; is neither yes nor no; write yes or no (or 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="224"/>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="231"/>
        <source>%1 is out of range; it must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/importvalues.cpp" line="281"/>
        <source>&quot;%1&quot; is not a %2 the program knows; the choices are: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="15"/>
        <source>Show the file format, a full integrity check and the rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="21"/>
        <source>Shows a program file&apos;s format version, the result of a full integrity check and how many rows each table holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="23"/>
        <source>The program file to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="43"/>
        <source>%1: counting the rows of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="50"/>
        <source>File:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="51"/>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="52"/>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="52"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="57"/>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="61"/>
        <source>%1 failed the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeCharts</name>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="24"/>
        <source>≤ −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="26"/>
        <source>≥ +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="34"/>
        <source>Nobody in this selection has both a pre and a post assessment yet. Record them in Skills → Assessments (the bulk entry takes a whole cohort at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/knowledgecharts.cpp" line="43"/>
        <source>Withheld: fewer than %n people assessed before and after.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/knowledgecharts.cpp" line="45"/>
        <source>Average advancement %1 levels over %n people (target %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="53"/>
        <source>Skill level before and after, per dimension (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="60"/>
        <source>Before (pre assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="61"/>
        <source>After (post assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="65"/>
        <source>%1 (withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="78"/>
        <source>Average level (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="88"/>
        <source>How far people advanced (people per levels gained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="95"/>
        <location filename="../src/charts/knowledgecharts.cpp" line="110"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/knowledgecharts.cpp" line="111"/>
        <source>Levels gained (post − pre, average over dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="13"/>
        <source>Key figures against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="46"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="49"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="52"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="54"/>
        <source>Close to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="56"/>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="65"/>
        <source>over %n enrollment(s) in completed cohorts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="67"/>
        <source>over %n people with pre and post</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="69"/>
        <source>over %n graduate(s) who contributed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="73"/>
        <source>over %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="75"/>
        <source>over %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="85"/>
        <source>Of everyone enrolled in a completed cohort, the share who completed it. Withdrawals count as not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="89"/>
        <source>The average change from the pre to the post assessment, in rubric levels, over every person and dimension assessed both times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="93"/>
        <source>The median number of days from completing a track to the first AI-related commit or experiment. Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="97"/>
        <source>The average of mentor satisfaction (1–5) from mentorships and mentor surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="101"/>
        <source>The average answer (1–5) of managers asked about the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="104"/>
        <source>Hours of protected learning time used, of the hours planned, in weeks where the hours used were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/kpitiles.cpp" line="108"/>
        <source>From the end-of-program question &quot;would you recommend it?&quot; (0–10): the share answering 9 or 10 minus the share answering 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/kpitiles.cpp" line="114"/>
        <source>Withheld: it would be about fewer than %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../src/reports/kpis.cpp" line="268"/>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="270"/>
        <source>Skill advancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="272"/>
        <source>Time to first AI contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="274"/>
        <source>Mentor satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="276"/>
        <source>Manager satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="278"/>
        <source>Protected learning time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="280"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="291"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="293"/>
        <source>%1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/kpis.cpp" line="295"/>
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="298"/>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="311"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/kpis.cpp" line="311"/>
        <source>Target at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningCharts</name>
    <message>
        <location filename="../src/charts/learningcharts.cpp" line="14"/>
        <source>External learning spend per quarter (program currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/learningcharts.cpp" line="16"/>
        <location filename="../src/charts/learningcharts.cpp" line="41"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/learningcharts.cpp" line="29"/>
        <source>%1 in total, by the quarter each started in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/learningcharts.cpp" line="31"/>
        <source>%n entry(s) without a start date not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/learningcharts.cpp" line="34"/>
        <source>No spend to show yet. Record courses, conferences and certifications with their start date and cost in the learning log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/learningcharts.cpp" line="42"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRowsCommand</name>
    <message>
        <location filename="../src/models/linkrowscommand.cpp" line="34"/>
        <location filename="../src/models/linkrowscommand.cpp" line="82"/>
        <source>Unknown column %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorLoad</name>
    <message>
        <location filename="../src/reports/mentorload.cpp" line="32"/>
        <source>The cohort no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentorload.cpp" line="118"/>
        <source>%1 already mentors %2 during this cohort, and a mentor takes at most %3. Choose another mentor, or assign beyond capacity and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/mentorload.cpp" line="120"/>
        <source>%n mentee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/mentorload.cpp" line="126"/>
        <source>%1 of %n mentee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorMatching</name>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="22"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="80"/>
        <source>cannot mentor themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="82"/>
        <source>is %1&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="84"/>
        <source>already has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="110"/>
        <source>%1 (%2 vs gap %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="115"/>
        <source>Covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="117"/>
        <source>Partly covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="118"/>
        <source>partly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="121"/>
        <source>No assessed gaps to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="122"/>
        <source>Not above the mentee in their gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="125"/>
        <source>alumnus and AI champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="127"/>
        <source>alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="129"/>
        <source>AI champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/mentormatching.cpp" line="515"/>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <location filename="../src/cli/newcommand.cpp" line="11"/>
        <source>Create a program file with the default content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/newcommand.cpp" line="17"/>
        <source>Creates a program file with the default content: the settings, the skill rubric, the tracks with their modules, the launch-checklist template and the provider-evaluation criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/newcommand.cpp" line="20"/>
        <source>The program file to create; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/newcommand.cpp" line="29"/>
        <source>Created %1 (file format %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../ui/participantdialog.ui" line="6"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="22"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="28"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="33"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="42"/>
        <source>&amp;Seniority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="51"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="60"/>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="69"/>
        <source>Available as a &amp;mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/participantdialog.ui" line="74"/>
        <source>AI &amp;champion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <location filename="../src/io/participantimport.cpp" line="107"/>
        <source>the email is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/participantimport.cpp" line="109"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/participantimport.cpp" line="173"/>
        <source>the name is missing; someone new to the program needs one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="53"/>
        <source>The page cannot be drawn on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="84"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="111"/>
        <location filename="../src/reports/pdfdocument.cpp" line="126"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExports</name>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="32"/>
        <source>--by takes role, team or cohort (the export never lists people), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="41"/>
        <source>--role takes one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="53"/>
        <source>Wrote %1 (gap analysis by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="67"/>
        <source>Wrote %1 (launch checklist of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="69"/>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="81"/>
        <source>the roster needs --cohort NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="85"/>
        <source>Wrote %1 (roster of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="97"/>
        <source>Wrote %1 (program report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="108"/>
        <source>Wrote %1 (training providers compared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="117"/>
        <source>the launch checklist of the program, or of --cohort NAME, with a sign-off block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="120"/>
        <source>a cohort&apos;s roster (--cohort NAME): dates, track, instructors, participants with mentors, sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="123"/>
        <source>the program report for leadership: key figures, the four levels&apos; charts, top gaps, completion and advancement per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="129"/>
        <source>the training providers compared for the decision: ranking, scores per criterion with charts, red flags, answers, reviews and the readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="137"/>
        <source>The cohort of a checklist or roster; only this cohort (gap, chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="126"/>
        <source>the gap analysis: curriculum priority, the three rankings and a heatmap by role, team or cohort (never by person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="139"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="141"/>
        <source>Heatmap rows: role (default), team or cohort (gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="141"/>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="142"/>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="142"/>
        <source>Only this team (gap, chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="143"/>
        <source>Only this role (gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="143"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="160"/>
        <source>no PDF report called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="30"/>
        <source>the output file is missing (-o OUT.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="40"/>
        <source>%1 is the program file itself; write the export to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="47"/>
        <source>Wrote %1: the data of %2, rows per part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="57"/>
        <source>-o does not apply to &apos;person erase&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="72"/>
        <source>Erased %1 (%2) from %3. Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="75"/>
        <source>  only their participant record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="78"/>
        <source>Their name was cleared in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="83"/>
        <source>Other participants are also called %1 (%2), so fields that name someone by name (manager, facilitator, instructors, checklist owner) were left as they are; check them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="88"/>
        <source>Backups cleaned: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="92"/>
        <source>Free text that still contains their name or email (check and edit it by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="97"/>
        <source>A backup could not be cleaned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="100"/>
        <source>%1: the person was erased, but the file could not be compacted, so parts of their data may remain in unused space of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="105"/>
        <source>%1: the person was erased from the program, but not from every backup (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="115"/>
        <source>Export all data about one person, or erase them (export|erase FILE --email E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="121"/>
        <source>The person, by their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="124"/>
        <source>The JSON file to write (export); an existing one is replaced only when the export succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="129"/>
        <source>A person&apos;s request about their data.

export writes everything the program holds about them to a JSON file: their record and their rows of every table (enrollments, assessments, attendance, survey answers given by name, mentorships, projects, protected time, learning log, community events, follow-up figures, reading groups).

erase removes them from every table in one transaction, clears their name where other records name them (manager, facilitator, instructor, checklist owner) unless someone else has the same name, deletes the survey answers they gave by name (anonymous answers stay), compacts the file so nothing of them remains in unused space, and erases them from the file&apos;s backups too. It cannot be undone; export their data first if they asked for it. It needs the file to itself: close it in Upskill Planner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="141"/>
        <source>The program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="142"/>
        <source>export or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="152"/>
        <source>unknown action &apos;%1&apos;; the actions are: export, erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/personcommand.cpp" line="154"/>
        <source>the person is missing (--email E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="66"/>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="67"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="68"/>
        <source>Session attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="70"/>
        <source>Survey answers given by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="71"/>
        <source>Mentorships as mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="72"/>
        <source>Mentorships as mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="74"/>
        <source>Application projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="76"/>
        <source>Protected learning time (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="78"/>
        <source>External learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="80"/>
        <source>Community events attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="82"/>
        <source>Follow-up figures (behaviour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="84"/>
        <source>Reading group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="86"/>
        <source>Reading group meetings they led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="116"/>
        <source>People who have them as manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="117"/>
        <source>Sessions they facilitate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="119"/>
        <source>Cohorts they instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="120"/>
        <source>Checklist items they own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="123"/>
        <source>Checklist template items they own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="256"/>
        <source>%1: the participants cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="261"/>
        <source>%1: there is no participant with the email address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="360"/>
        <source>%1 cannot be changed now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="366"/>
        <source>%1: %2 was not erased, nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="424"/>
        <source>%1 still refers to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/personerasure.cpp" line="465"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <location filename="../src/io/personexport.cpp" line="192"/>
        <source>%1: the participants cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/personexport.cpp" line="197"/>
        <source>%1: there is no participant with the email address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/personexport.cpp" line="241"/>
        <source>%1: the %2 of %3 cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/personexport.cpp" line="287"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <location filename="../src/reports/placement.cpp" line="55"/>
        <source>The track does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramHealth</name>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="64"/>
        <source>The check “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="98"/>
        <source>Too much theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="100"/>
        <source>Disconnected from real work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="102"/>
        <source>No manager buy-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="104"/>
        <source>One and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="106"/>
        <source>Ignoring starting points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="108"/>
        <source>Protected time eroding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="110"/>
        <source>Mentors over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="112"/>
        <source>Cohort size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="114"/>
        <source>Completion below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="123"/>
        <source>Engineers learn AI by building with it. Move hours from instruction to exercises on their own code until the hands-on share reaches the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="126"/>
        <source>Each participant should pick a real problem of their team in week 1. Ask those without one and their managers for a candidate, then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="129"/>
        <source>Without their managers&apos; support people lose their learning time to sprint work. Brief the managers before the start, then tick it in the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="132"/>
        <source>Skills fade without practice after the last session. Invite the graduates to the next community-of-practice meeting or plan a refresher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="135"/>
        <source>People whose assessments already meet the foundational track&apos;s targets can test out of it and move on to a specialized track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="138"/>
        <source>Learning time taken for other work rarely comes back. Raise the weeks below plan with the participants&apos; managers while the cohort runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="141"/>
        <source>A mentor with too many mentees has time for none. Pair some mentees with another mentor, for example an alumnus of an earlier cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="144"/>
        <source>Groups that are too small lose momentum, too large ones lose the hands-on help. Move people between cohorts of the same track or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="147"/>
        <source>Look at why people withdrew: workload, missing protected time or a track that did not fit them. The roster shows who did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="157"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="159"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="161"/>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="170"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="172"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="174"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="183"/>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programhealth.cpp" line="188"/>
        <source>%1: %2 — %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="195"/>
        <source>… and %n more “%1” warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="200"/>
        <source>No warnings: the program passes all %n health check(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/programhealth.cpp" line="208"/>
        <source>%n warning(s) from %1 of %2 checks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramImport</name>
    <message>
        <location filename="../src/io/programimport.cpp" line="53"/>
        <source>%1 is empty: the first row must name the columns, e.g. Email, Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="91"/>
        <source>No file is open for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="97"/>
        <source>%1: no column is chosen for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="147"/>
        <source>The program file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="193"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="194"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="177"/>
        <location filename="../src/io/programimport.cpp" line="203"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/programimport.cpp" line="216"/>
        <source>The import could not be saved in the program file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramLock</name>
    <message>
        <location filename="../src/storage/programlock.cpp" line="24"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programlock.cpp" line="76"/>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programlock.cpp" line="82"/>
        <source>No lock file can be created beside %1 (the folder %2 is read-only); the file can only be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programlock.cpp" line="88"/>
        <source>The lock file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programlock.cpp" line="120"/>
        <source>%1 is open in another window (%2). Close it there to edit it here, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programlock.cpp" line="123"/>
        <source>%1 is open in Upskill Planner on another computer (%2). Close it there to edit it here, or open it read-only. If that computer no longer has it open (it crashed or was switched off), delete %3 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramReport</name>
    <message>
        <location filename="../src/reports/programreport.cpp" line="168"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="169"/>
        <source>Figures about fewer than %1 people are withheld to protect individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="171"/>
        <location filename="../src/reports/programreport.cpp" line="296"/>
        <source>AI upskilling program report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="176"/>
        <source>engineers in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="177"/>
        <source>%1 have completed a track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="51"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="58"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="62"/>
        <source>close to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="66"/>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="185"/>
        <source>Cohorts: %1 running, %2 completed, %3 planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="193"/>
        <source>Effectiveness on four levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="215"/>
        <source>No survey answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="217"/>
        <source>End-of-program satisfaction %1 of 5 over %2 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="220"/>
        <source>1. Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="223"/>
        <source>No pre and post assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="225"/>
        <source>Average advancement %1 levels over %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="228"/>
        <source>2. Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="229"/>
        <source>3. Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="230"/>
        <source>No follow-up figures after completion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="231"/>
        <source>4. Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="232"/>
        <source>No business-impact reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="234"/>
        <source>Top skill gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="238"/>
        <source>Withheld: too few people have been assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="239"/>
        <source>Nobody is below target in any dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="241"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="241"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="241"/>
        <source>Why it comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="253"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="255"/>
        <source>No cohorts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="257"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="257"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="257"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="257"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="258"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="258"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="258"/>
        <source>Advancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="276"/>
        <source>%1 older or cancelled cohorts are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/programreport.cpp" line="278"/>
        <source>Completion: completed of everyone enrolled, for completed cohorts. Advancement: average change from the pre to the post assessment in levels, shown for cohorts with at least %1 people assessed both times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTracking</name>
    <message>
        <location filename="../src/reports/projecttracking.cpp" line="50"/>
        <source>The cohort no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedTime</name>
    <message>
        <location filename="../src/reports/protectedtime.cpp" line="186"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCharts</name>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="18"/>
        <source>No providers yet. Add them on the Providers page and score each on its Scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="21"/>
        <source>The scorecard has no criteria. Add them on the Criteria page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="30"/>
        <source>The %1 best ranked of %2 providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="39"/>
        <source>%1 (disqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="46"/>
        <source>Scores per criterion (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="68"/>
        <source>Best ranked on top of each group; a criterion not scored shows no bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="72"/>
        <source>Score (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="85"/>
        <source>Weighted total per provider (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="90"/>
        <source>Every criterion has a weight of 0, so there are no totals. Give the criteria that matter a weight on the Criteria page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="95"/>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="99"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="104"/>
        <source>Σ weight × score ÷ Σ weight; a criterion not scored counts 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/providercharts.cpp" line="107"/>
        <source>Weighted total (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEvaluation</name>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="278"/>
        <source>%1 of 5 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="287"/>
        <source>%1 (disqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="289"/>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="300"/>
        <source>%n red flag(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="303"/>
        <source> — disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="311"/>
        <source>%1 of %n satisfied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="313"/>
        <source>, %1 not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerevaluation.cpp" line="320"/>
        <source>not in the learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="322"/>
        <source>%1 of 5 over %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerevaluation.cpp" line="324"/>
        <source>%n entry(s), none rated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderReport</name>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="50"/>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="51"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="52"/>
        <source>not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="81"/>
        <source>The readiness check has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="82"/>
        <source>Readiness question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="83"/>
        <location filename="../src/reports/providerreport.cpp" line="232"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="83"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="88"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="89"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="90"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="100"/>
        <location filename="../src/reports/providerreport.cpp" line="164"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="100"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="101"/>
        <location filename="../src/reports/providerreport.cpp" line="161"/>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="102"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="102"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="103"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="103"/>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="112"/>
        <source>%1, disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="123"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="136"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="136"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="186"/>
        <source>Rank %1 · %2 · %3 of %4 criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="200"/>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="202"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="204"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="219"/>
        <source>(disqualifies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="227"/>
        <source>No red flags ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="231"/>
        <source>Question before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="232"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="238"/>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="247"/>
        <source>Learning log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/providerreport.cpp" line="248"/>
        <source>%n entry(s) about courses by this provider; %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="259"/>
        <source> (%1 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="280"/>
        <source>Training providers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="327"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="328"/>
        <source>Weighted total: Σ weight × score ÷ Σ weight, scores 0–5; a criterion not scored counts 0. A provider with a disqualifying red flag ranks after all others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="334"/>
        <source>Is the program ready to buy training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="338"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="340"/>
        <source>No providers yet: add them in the Providers area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="344"/>
        <source>Every criterion has a weight of 0, so there are no totals or ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="347"/>
        <source>The providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/providerreport.cpp" line="354"/>
        <source>Scores side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="61"/>
        <source>Upskill Planner programs (*.upskill);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderConnection</name>
    <message>
        <location filename="../src/storage/readerconnection.cpp" line="23"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../src/reports/readiness.cpp" line="46"/>
        <source>The readiness check has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="48"/>
        <source>Buying external training looks premature: %n readiness question(s) answered no.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="53"/>
        <source>%n more not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reports/readiness.cpp" line="57"/>
        <source>Finish the readiness check before buying external training: %n question(s) not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reports/readiness.cpp" line="60"/>
        <source>Ready: every readiness question is answered yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/readiness.cpp" line="65"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/readiness.cpp" line="66"/>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingGroupRules</name>
    <message numerus="yes">
        <location filename="../src/core/readinggrouprules.cpp" line="11"/>
        <source>%n member(s): a reading group needs at least %1 people to keep the discussion going when someone is away. Add members.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/readinggrouprules.cpp" line="16"/>
        <source>%n member(s): with more than %1 people not everyone gets to speak in an hour. Split the group in two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/readinggrouprules.cpp" line="59"/>
        <source>“%1” is not a link: a link has no spaces. Paste the address of the page or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/readinggrouprules.cpp" line="64"/>
        <source>“%1” is not a link. Paste the address of the page or file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../src/views/reportpreview.cpp" line="33"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/reportpreview.cpp" line="34"/>
        <source>Save these pages as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/reportpreview.cpp" line="37"/>
        <location filename="../src/views/reportpreview.cpp" line="45"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/reportpreview.cpp" line="40"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterReport</name>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="28"/>
        <source>The cohort does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="84"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="89"/>
        <source>Runs %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="91"/>
        <source>Instructors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="93"/>
        <source>Showcase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="94"/>
        <source>Managers briefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="94"/>
        <source>Managers not briefed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="95"/>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="96"/>
        <location filename="../src/reports/rosterreport.cpp" line="152"/>
        <source>Cohort roster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="101"/>
        <source>Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="103"/>
        <source>Nobody is enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="122"/>
        <source>Sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="124"/>
        <source>No sessions are scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="127"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="127"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="127"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="127"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/rosterreport.cpp" line="127"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <location filename="../src/models/keyedrowscommand.cpp" line="84"/>
        <location filename="../src/storage/rowstore.cpp" line="55"/>
        <source>Unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/importundocommand.cpp" line="48"/>
        <location filename="../src/models/keyedrowscommand.cpp" line="98"/>
        <location filename="../src/storage/rowstore.cpp" line="60"/>
        <source>Unknown column %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/keyedrowscommand.cpp" line="104"/>
        <location filename="../src/storage/rowstore.cpp" line="135"/>
        <source>No key given for a change in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rowstore.cpp" line="156"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/rowstore.cpp" line="258"/>
        <source>%n record(s) in %1 still use this; delete or change them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <location filename="../src/models/rubric.cpp" line="23"/>
        <source>%1 %2</source>
        <comment>rubric level number and its label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="24"/>
        <source>%n engineer(s) enrolled: fewer than the program&apos;s minimum of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="28"/>
        <source>%n engineer(s) enrolled: more than the program&apos;s maximum of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="43"/>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/rules.cpp" line="50"/>
        <source>fewer than %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SatisfactionCharts</name>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="26"/>
        <source>%1 (withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="39"/>
        <source>Withheld: under %1 answers, or recoverable from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="47"/>
        <source>No survey answers in this selection yet. Enter session and end-of-program surveys on the Surveys page of this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="55"/>
        <source>Satisfaction session by session (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="56"/>
        <source>Session satisfaction over time (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="63"/>
        <location filename="../src/charts/satisfactioncharts.cpp" line="96"/>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/satisfactioncharts.cpp" line="75"/>
        <source>Average over all sessions: %1 from %n answer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="83"/>
        <source>Rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="84"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="84"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="94"/>
        <source>End-of-program satisfaction per cohort (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="110"/>
        <source>No end-of-program survey answers in this selection yet. Enter them on the Surveys page of this area once a cohort completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="116"/>
        <source>The latest %1 of %2 cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="122"/>
        <source>Average rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="133"/>
        <source>Net Promoter Score per cohort (−100 to +100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="135"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="148"/>
        <source>No answers to &quot;would you recommend it?&quot; in this selection yet. They come with the end-of-program survey, entered on the Surveys page of this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/satisfactioncharts.cpp" line="156"/>
        <source>Overall %1 from %n answer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/satisfactioncharts.cpp" line="164"/>
        <source>NPS (promoters minus detractors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionReport</name>
    <message>
        <location filename="../src/reports/satisfactionfigures.cpp" line="62"/>
        <source>%1 · %2</source>
        <comment>session date and title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/satisfactionfigures.cpp" line="100"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="62"/>
        <source>Choose the date of the first week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="71"/>
        <source>Choose at least one weekday for the sessions; weekends are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="75"/>
        <source>The cohort&apos;s track has no modules yet. Add its modules under Tracks; the schedule is made from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="80"/>
        <source>Choose the time the sessions start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="101"/>
        <source>From %1 on, %2 weeks in a row have no usable day (every chosen weekday is a holiday). Check the holidays or the weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="140"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="145"/>
        <source>Pair programming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="150"/>
        <source>Showcase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="151"/>
        <source>Presentations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="166"/>
        <source>Reading group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/schedulegenerator.cpp" line="192"/>
        <source>No chosen weekday in the week from %1 is free (holidays): the schedule goes on a week later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/schedulegenerator.cpp" line="196"/>
        <source>On %n day(s) the sessions run past 18:00. Choose an earlier start time or more weekdays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <location filename="../src/core/scheduletext.cpp" line="24"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scheduletext.cpp" line="36"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scheduletext.cpp" line="38"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scheduletext.cpp" line="39"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionClashes</name>
    <message>
        <location filename="../src/reports/sessionclashes.cpp" line="385"/>
        <source>%1 also lead “%2” (%3) on %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/sessionclashes.cpp" line="386"/>
        <source>%1 also leads “%2” (%3) on %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="25"/>
        <source>Another participant already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="27"/>
        <source>The name is already taken; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="28"/>
        <source>This value is already used (%1 must be unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="31"/>
        <source>Other records still refer to this one, or it refers to a record that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="34"/>
        <source>The value is not allowed here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="36"/>
        <source>A required value is missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="38"/>
        <source>The program file is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqlerrors.cpp" line="41"/>
        <source>The program file is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../src/storage/sqliteconnection.cpp" line="24"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageWarnings</name>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="21"/>
        <location filename="../src/storage/storagewarnings.cpp" line="22"/>
        <source>OneDrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="23"/>
        <location filename="../src/storage/storagewarnings.cpp" line="24"/>
        <source>Dropbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="25"/>
        <location filename="../src/storage/storagewarnings.cpp" line="26"/>
        <location filename="../src/storage/storagewarnings.cpp" line="27"/>
        <location filename="../src/storage/storagewarnings.cpp" line="28"/>
        <source>Google Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="29"/>
        <location filename="../src/storage/storagewarnings.cpp" line="30"/>
        <location filename="../src/storage/storagewarnings.cpp" line="31"/>
        <source>iCloud Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="32"/>
        <location filename="../src/storage/storagewarnings.cpp" line="33"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="34"/>
        <source>Nextcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="35"/>
        <source>ownCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="36"/>
        <source>pCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="37"/>
        <source>MEGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="39"/>
        <source>a cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="79"/>
        <source>%1 is on a network share. SQLite files there can be damaged when the connection drops or two computers write at once. Keep the program file in a folder on this computer; to share one program between coordinators, use the shared-server setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/storagewarnings.cpp" line="90"/>
        <source>%1 is in a folder that %2 synchronises. A sync service can copy the file while it is being written or bring back an older copy, which damages an SQLite program file. Keep the program file in a folder that is not synchronised (its backups are kept beside it); to share one program between coordinators, use the shared-server setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message numerus="yes">
        <location filename="../src/core/suppression.cpp" line="48"/>
        <source>withheld: fewer than %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/suppression.cpp" line="50"/>
        <source>withheld: with the total it would reveal a group of fewer than %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="34"/>
        <source>The kind of survey is missing: map a column to it or choose one kind (session, end of program, mentor or manager) for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="97"/>
        <source>the cohort has no session with the title or date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/io/surveyimport.cpp" line="100"/>
        <source>the cohort has %n session(s) on %1; give the session&apos;s title instead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="115"/>
        <source>the kind of survey is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="123"/>
        <source>a session is found within its cohort, and the cohort is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="128"/>
        <source>an answer to the survey after a session needs the session (its title or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="164"/>
        <source>no participant has the email %1; leave the email out to import the answer anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/surveyimport.cpp" line="170"/>
        <source>the response is empty: no satisfaction, recommendation or comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../src/io/tableexport.cpp" line="44"/>
        <source>every assessment: person, rubric dimension, kind, level and date, with the cohort it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="61"/>
        <source>who was present, absent or excused at each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="71"/>
        <source>the monthly follow-up after a cohort: AI tool usage, experiments, AI commits and the manager&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="82"/>
        <source>the launch checklists, the program&apos;s first, then each cohort&apos;s: section, item, owner, due date and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="93"/>
        <source>every cohort with its track, quarter, dates, status and instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="103"/>
        <source>who came to which community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="111"/>
        <source>community-of-practice meetings, meetups, summits and refreshers with how many came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="118"/>
        <source>who is or was in which cohort, with status and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="129"/>
        <source>business impact per cohort or team in the quarters after: features, hours saved, quality, cost, revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="140"/>
        <source>external courses, conferences and certifications with cost, rating and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="150"/>
        <source>who mentors whom, in which cohort and until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="161"/>
        <source>each track&apos;s modules by week with instruction, hands-on and presentation hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="175"/>
        <source>every person with role, team, manager, seniority and program roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="181"/>
        <source>the application projects: problem, status, showcase and follow-through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="192"/>
        <source>protected learning time per person and week: planned, used and why it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="202"/>
        <source>training providers under evaluation with status, cost and how many red flags are ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="212"/>
        <source>every scheduled session with its module, format, facilitator, place and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="231"/>
        <source>survey answers (without who gave them): satisfaction, would-recommend score and comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="242"/>
        <source>the tracks with audience, topics, capstone, hours and weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="306"/>
        <source>There is no table &apos;%1&apos; to export; the tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="313"/>
        <source>The %1 export cannot be limited to one cohort; leave the cohort out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="329"/>
        <location filename="../src/io/tableexport.cpp" line="365"/>
        <source>Reading %1 for the export failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="359"/>
        <source>The export of %1 was cancelled; %2 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../src/io/tablereader.cpp" line="17"/>
        <source>%1 is a folder, not a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="22"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="31"/>
        <location filename="../src/io/tablereader.cpp" line="44"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="37"/>
        <source>%1 is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="66"/>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="67"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="69"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tablereader.cpp" line="69"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackPlan</name>
    <message>
        <location filename="../src/core/trackplan.cpp" line="60"/>
        <source>no modules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/trackplan.cpp" line="61"/>
        <source>%1 h over %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="68"/>
        <source>advanced tracks have no norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/trackplan.cpp" line="69"/>
        <source>norm about %1 h over %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="76"/>
        <source>Only %1 % of this track&apos;s time is hands-on; the program asks for at least %2 %. Too much theory is a known reason programs fail: move time from instruction to exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="86"/>
        <source>%1 h a week is more than the %2 h of protected learning time engineers have: spread the modules over more weeks or shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="94"/>
        <source>No modules yet (%1). Use “Add module” to plan the track week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="98"/>
        <source> · no hours entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="99"/>
        <source> · hands-on %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="101"/>
        <source> — below the %1 % minimum: move time from instruction to exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/trackplan.cpp" line="105"/>
        <source> · %1 h a week — more than the %2 h of protected learning time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AdvancementPage</name>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="36"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="46"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="46"/>
        <source>People with pre and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="47"/>
        <source>Before (average level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="47"/>
        <source>After (average level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="48"/>
        <source>Advancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="79"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="107"/>
        <source>There is no cohort called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="122"/>
        <source>The advancement could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="129"/>
        <source>%n people have a pre assessment and wait for their post assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="132"/>
        <source>No pre and post assessments recorded for this yet. Record them on the Assessments page (bulk entry works per cohort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="135"/>
        <source>Withheld: only %1 with both a pre and a post assessment, and the program shows no figure about fewer than %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="137"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="142"/>
        <source>meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="144"/>
        <source>below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="147"/>
        <source>at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="148"/>
        <source>at least %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="149"/>
        <source>Average advancement &lt;b&gt;%1 levels&lt;/b&gt; over %2 — %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="151"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="156"/>
        <source>%n more people are still waiting for their post assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="168"/>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AgendaModel</name>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="153"/>
        <source>Clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="155"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="186"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="188"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="190"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="192"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="194"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="196"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/agendamodel.cpp" line="198"/>
        <source>Location or link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AlumniModel</name>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="152"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/alumnimodel.cpp" line="155"/>
        <source>Can take %n more mentee(s) before reaching the program&apos;s mentor capacity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="158"/>
        <source>At the program&apos;s mentor capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="174"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="176"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="178"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="180"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="182"/>
        <source>Completed cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="184"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="186"/>
        <source>Community events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/alumnimodel.cpp" line="188"/>
        <source>Mentees now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AlumniPage</name>
    <message>
        <location filename="../src/views/alumnipage.cpp" line="26"/>
        <source>Find by name, team or cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/alumnipage.cpp" line="29"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/alumnipage.cpp" line="38"/>
        <source>Everyone who has completed a cohort: the community to invite to meetups and the summit, and the mentors of the next cohorts (Projects › Mentorship suggests them by their skills).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/alumnipage.cpp" line="98"/>
        <source>No one has completed a cohort yet. When a cohort ends and its participants are marked completed on its roster, they are listed here as the program&apos;s alumni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/alumnipage.cpp" line="102"/>
        <source>No alumnus matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/alumnipage.cpp" line="112"/>
        <source>%n alumni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/alumnipage.cpp" line="113"/>
        <source>%1 of %n alumni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ApplicationProjectModel</name>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="20"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="23"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="27"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="28"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="29"/>
        <source>Team problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="30"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="32"/>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="33"/>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="34"/>
        <source>Follow-through days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="89"/>
        <source>Follow-through time is a number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="91"/>
        <source>Follow-through time is a number of days; enter 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="100"/>
        <source>Rename project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="102"/>
        <source>Change status of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="104"/>
        <source>Change showcase date of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="106"/>
        <source>Change follow-through time of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="121"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="124"/>
        <source>Days of work time granted after the showcase to take the project further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="142"/>
        <source>Choose a cohort first: every project belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="146"/>
        <source>A project needs a title: a few words on the team problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="164"/>
        <source>Add project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/applicationprojectmodel.cpp" line="169"/>
        <source>Delete %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="175"/>
        <source>“%1” is not a project status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/applicationprojectmodel.cpp" line="205"/>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/applicationprojectmodel.cpp" line="206"/>
        <source>Move %n project(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AreaView</name>
    <message>
        <location filename="../src/views/areaview.cpp" line="34"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/areaview.cpp" line="46"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/areaview.cpp" line="47"/>
        <source>You can take this back with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentDialog</name>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="23"/>
        <source>Record assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="28"/>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="46"/>
        <source>No cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="72"/>
        <source>The rubric has no dimensions that are still asked. Add or restore one on the Rubric page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="105"/>
        <source>Choose a level for at least one dimension; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentdialog.cpp" line="111"/>
        <source>Record %n assessment level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/assessmentdialog.cpp" line="113"/>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentGridModel</name>
    <message>
        <location filename="../src/models/assessmentgridmodel.cpp" line="91"/>
        <source>Not rated: type 1–4 or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentgridmodel.cpp" line="93"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentModel</name>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="13"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="14"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="15"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="17"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="18"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="19"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="20"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="21"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="43"/>
        <location filename="../src/models/assessmentmodel.cpp" line="55"/>
        <source>An assessment needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="51"/>
        <source>An assessment needs a participant, a dimension, a kind and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/assessmentmodel.cpp" line="70"/>
        <source>No level was chosen, so there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AssessmentsPage</name>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="35"/>
        <location filename="../src/views/assessmentspage.cpp" line="166"/>
        <source>&amp;Record assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="36"/>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="40"/>
        <source>&amp;Bulk entry for a cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="41"/>
        <source>Rate everyone in a cohort at once, from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="43"/>
        <source>Find a participant by name, email, team or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="59"/>
        <source>Nobody matches. Clear the search, or add engineers under Participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="79"/>
        <source>The latest level of each kind. Self and manager ratings are shown side by side and never averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="84"/>
        <source>No assessments yet. Use “Record assessment…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="92"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="109"/>
        <source>Pick a participant to see their assessments.

To rate a whole cohort at once, use “Bulk entry for a cohort…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="183"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="199"/>
        <source>Skills of %1 — the latest level of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="214"/>
        <source>Pick the participant to assess first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="223"/>
        <source>Recorded the assessment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="241"/>
        <source>There is no cohort to rate yet; plan one under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="256"/>
        <source>Bulk entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="256"/>
        <source>Rate the participants of cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="263"/>
        <source>Saved %n rating(s) for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/assessmentspage.cpp" line="270"/>
        <source>Select the assessments to delete in the history first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="274"/>
        <source>Delete %n assessment level(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assessmentspage.cpp" line="276"/>
        <source>Delete %n assessment level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::AssignMentorDialog</name>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="32"/>
        <source>Assign &amp;beyond capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="46"/>
        <source>Assign a mentor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="59"/>
        <source>%1 (has a mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="67"/>
        <source>Type part of a mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="69"/>
        <source>Alumni, AI champions and mentors, with the mentees they have during this cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="79"/>
        <source>From %1 until %2: the cohort&apos;s end plus the follow-up of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/assignmentordialog.cpp" line="83"/>
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="85"/>
        <source>The cohort has no end date yet, so the mentorship has none either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="87"/>
        <source>Why this mentor all the same; kept on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="93"/>
        <source>M&amp;entee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="94"/>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="99"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="104"/>
        <source>Nobody is enrolled in this cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="149"/>
        <source>alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="151"/>
        <source>AI champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="153"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="160"/>
        <source>Nobody who can mentor matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="211"/>
        <source>%1 already has %2 during this cohort: assigning them goes beyond capacity and needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="214"/>
        <source>%1 has %2 during this cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="219"/>
        <source>They are this mentee&apos;s manager; someone outside the reporting line is usually the better mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/assignmentordialog.cpp" line="223"/>
        <source>Choose a mentor in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AttendanceGridView</name>
    <message>
        <location filename="../src/views/attendancegridview.cpp" line="99"/>
        <source>Everyone %1 at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancegridview.cpp" line="100"/>
        <source>%1 at every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancegridview.cpp" line="109"/>
        <source>Clear this session&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancegridview.cpp" line="109"/>
        <source>Clear this person&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AttendanceModel</name>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="47"/>
        <source>Nothing marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="48"/>
        <source>%1 present, %2 absent, %3 excused. Excused absences do not count against the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="65"/>
        <source>P</source>
        <comment>short for present; also the key that marks it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="67"/>
        <source>A</source>
        <comment>short for absent; also the key that marks it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="69"/>
        <source>E</source>
        <comment>short for excused; also the key that marks it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="247"/>
        <source>“%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="290"/>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="292"/>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="304"/>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="335"/>
        <source>“%1” is not an attendance mark: use present, absent or excused, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="347"/>
        <source>Clear %n attendance mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="349"/>
        <source>Mark %n attendance(s) present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="351"/>
        <source>Mark %n attendance(s) absent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/attendancemodel.cpp" line="352"/>
        <source>Mark %n attendance(s) excused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="381"/>
        <source>Clear the mark of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="382"/>
        <source>Mark %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="415"/>
        <location filename="../src/models/attendancemodel.cpp" line="445"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="417"/>
        <source>Each person&apos;s share of the sessions marked for them that they were present at; excused absences do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="430"/>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="447"/>
        <source>Each session&apos;s share of the people marked for it who were present; excused absences do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/attendancemodel.cpp" line="455"/>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::AttendancePage</name>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="31"/>
        <source>Type P for present, A for absent or E for excused, Delete to clear. Click a session&apos;s date or a person&apos;s name to select all of it, or drag over cells, then mark them at once; right-click a date or a name for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="41"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="46"/>
        <source>Mark selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="48"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="49"/>
        <source>&amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="50"/>
        <source>&amp;Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="51"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="56"/>
        <source>Clears the marks of the selected cells (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="57"/>
        <source>Marks the selected cells (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="129"/>
        <source>Choose a cohort above to take its attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="130"/>
        <source>There are no cohorts yet. Plan one under Cohorts, then its sessions on the Sessions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="140"/>
        <source>“%1” has no sessions yet. Plan them on the Sessions page (“Generate schedule…”); their attendance is taken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="144"/>
        <source>Nobody is enrolled in “%1” yet. Enrol participants under Cohorts; their attendance is taken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="147"/>
        <source>%1 · %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="148"/>
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/attendancepage.cpp" line="149"/>
        <source>%n held so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/attendancepage.cpp" line="153"/>
        <source>attended %1 % of the marked sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::BehaviourMetricModel</name>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="19"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="23"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="24"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="25"/>
        <source>AI tool usage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="26"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="27"/>
        <source>AI commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="28"/>
        <source>Manager rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="29"/>
        <source>Manager observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="70"/>
        <source>Change follow-up month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="72"/>
        <source>Change AI tool usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="74"/>
        <source>Change experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="76"/>
        <source>Change AI-related commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="78"/>
        <source>Change manager rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="80"/>
        <source>Change manager observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="91"/>
        <source>%1, month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="102"/>
        <source>follow-up months go from 1 to %1 after completion, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="107"/>
        <source>AI tool usage is a share of the work from 0 to 100 %, not %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="110"/>
        <source>the number of experiments cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="112"/>
        <source>the number of AI-related commits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="114"/>
        <source>the manager&apos;s rating goes from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="136"/>
        <source>there are figures for month %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="137"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="146"/>
        <source>Follow-up figures need a participant, a cohort and a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="150"/>
        <source>New follow-up figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="161"/>
        <source>The month after the cohort&apos;s completion, 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="163"/>
        <source>The share of their work done with AI tools that month, 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="165"/>
        <source>AI experiments they ran that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="167"/>
        <source>Their commits that month that build or change AI features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="169"/>
        <source>How their manager rates their use of AI at work, from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="218"/>
        <source>Choose a cohort first: follow-up figures belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="223"/>
        <source>Month %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/behaviourmetricmodel.cpp" line="235"/>
        <source>The participants of this cohort could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/behaviourmetricmodel.cpp" line="247"/>
        <source>Add follow-up month %1 for %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/behaviourmetricmodel.cpp" line="255"/>
        <source>Delete %n row(s) of follow-up figures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::BulkAssessmentDialog</name>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="23"/>
        <source>Bulk entry — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="42"/>
        <source>Nobody is in this cohort (withdrawn people are left out); enrol participants under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="45"/>
        <source>The rubric has no dimensions that are still asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="75"/>
        <source>Nothing rated yet. Participants in this cohort: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="76"/>
        <source>Ratings to save: %1 (of %2 cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="78"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="78"/>
        <source>&amp;Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="88"/>
        <source>Rate at least one cell; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/bulkassessmentdialog.cpp" line="93"/>
        <source>Record %n rating(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/bulkassessmentdialog.cpp" line="96"/>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::BulkWeekDialog</name>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="30"/>
        <source>Protected time for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="32"/>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="39"/>
        <location filename="../src/views/bulkweekdialog.cpp" line="74"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="41"/>
        <source>&amp;Fill in for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="43"/>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="45"/>
        <source>Everyone &amp;used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="47"/>
        <source>time &amp;taken for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="61"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="61"/>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="61"/>
        <source>Time taken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="73"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="75"/>
        <source>Hours used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="78"/>
        <source>Time taken for, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="85"/>
        <source>The time taken for other work is kept only where someone used less than planned. “not recorded” leaves a person&apos;s week as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/bulkweekdialog.cpp" line="110"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CalendarDayDelegate</name>
    <message>
        <location filename="../src/views/calendardaydelegate.cpp" line="71"/>
        <source>%1 ⚠ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/calendardaydelegate.cpp" line="109"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CalendarGridModel</name>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="186"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="203"/>
        <source>Holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="207"/>
        <source>No sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="207"/>
        <source>Counting the sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="212"/>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="222"/>
        <source>clashes with another session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="228"/>
        <source>— clashes with another session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/calendargridmodel.cpp" line="233"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/calendargridmodel.cpp" line="236"/>
        <source>%n session(s) with a facilitator clash that day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="257"/>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calendargridmodel.cpp" line="259"/>
        <source>Week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CalendarPage</name>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="27"/>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="28"/>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="28"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="30"/>
        <source>Only &amp;clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="35"/>
        <source>The quarter before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="36"/>
        <source>The quarter after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="37"/>
        <source>The quarter of today, with today selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="42"/>
        <source>Find a cohort, facilitator, session or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="44"/>
        <source>Only the sessions whose facilitator leads another session at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="83"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="166"/>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="227"/>
        <source>&amp;Agenda of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="228"/>
        <source>&amp;Agenda from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="232"/>
        <source>&amp;Agenda of the quarter — select days above to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="242"/>
        <source>The sessions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="244"/>
        <source>Counting the sessions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="247"/>
        <source>No sessions in %1. Plan a cohort&apos;s sessions on the Sessions page (“Generate schedule…”); they show here with every other cohort&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="250"/>
        <source>No sessions in %1 match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/calendarpage.cpp" line="252"/>
        <source>%1: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/calendarpage.cpp" line="255"/>
        <source>%n session(s) clash with another session of the same facilitator (in red; the agenda says why)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="259"/>
        <source>no facilitator has two sessions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/calendarpage.cpp" line="261"/>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CapabilityCoverageModel</name>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="99"/>
        <source>Tracks covering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="100"/>
        <source>%n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="109"/>
        <source>No track covers “%1”: a gap in the curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="130"/>
        <source>%1 covers “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="130"/>
        <source>%1 does not cover “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="150"/>
        <source>Cover “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="151"/>
        <source>Remove “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="181"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="184"/>
        <source>No track covers this area yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/capabilitycoveragemodel.cpp" line="185"/>
        <source>Covered by %n track(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CapabilityCoveragePage</name>
    <message>
        <location filename="../src/views/capabilitycoveragepage.cpp" line="36"/>
        <source>Capability coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/capabilitycoveragepage.cpp" line="39"/>
        <source>Tick the capability areas each track&apos;s modules teach (Space ticks the box that has the focus). Engineers should meet all four somewhere in the program; an area no track covers is a gap in the curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/capabilitycoveragepage.cpp" line="69"/>
        <source>Every capability area is covered by at least one track.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ChecklistItemModel</name>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="21"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="22"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="23"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="25"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="26"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="27"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="28"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="29"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="30"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="31"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="141"/>
        <source>“%1” is not a section of the launch checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="146"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="150"/>
        <source>Add checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/checklistitemmodel.cpp" line="155"/>
        <source>Delete %n checklist item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="183"/>
        <source>Move checklist item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="184"/>
        <source>Move checklist item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="190"/>
        <source>This checklist has items already; the template only fills an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="209"/>
        <source>The checklist template has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="216"/>
        <source>Create checklist from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="222"/>
        <source>Tick the item first; the day it was done is recorded then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="224"/>
        <source>A done item keeps the day it was done; untick it to clear the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="231"/>
        <source>Mark checklist item not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="231"/>
        <source>Mark checklist item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/checklistitemmodel.cpp" line="263"/>
        <source>Overdue: due %1 and not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ChecklistsView</name>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="81"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="81"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="82"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="82"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="83"/>
        <source>Create from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="93"/>
        <source>Type part of a cohort&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="94"/>
        <source>The program&apos;s own checklist, then the cohorts, newest first. Type any part of a cohort&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="109"/>
        <source>Adds an item at the end of the section you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="110"/>
        <source>Fills this checklist with the items of the launch-checklist template; a cohort&apos;s due dates count from its start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="125"/>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="185"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="190"/>
        <source>&amp;New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="216"/>
        <source>Program checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="338"/>
        <source>Program launch checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="339"/>
        <source>The program&apos;s own launch checklist has no items yet. Use “Create from template” for the default items, or “Add item” to write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="347"/>
        <source>Launch checklist of %1 · starts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="350"/>
        <source>Launch checklist of %1 · no start date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="353"/>
        <source>This cohort has no launch checklist yet. Use “Create from template” for the default items, due relative to the cohort&apos;s start, or “Add item” to write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="361"/>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/checklistsview.cpp" line="362"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="364"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="430"/>
        <source>Delete %n checklist item(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/checklistsview.cpp" line="451"/>
        <source>Created the checklist from the template: %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CohortDialog</name>
    <message>
        <location filename="../src/views/cohortdialog.cpp" line="77"/>
        <source>Give the cohort a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortdialog.cpp" line="79"/>
        <source>Add a track first: every cohort follows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortdialog.cpp" line="81"/>
        <source>Write the quarter like 2027-Q1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CohortEntryPage</name>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="52"/>
        <source>Type part of a cohort&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="53"/>
        <source>The cohorts, newest first. Type any part of a cohort&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="63"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="212"/>
        <source>%1, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="214"/>
        <source>%1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="215"/>
        <source>%1, ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="233"/>
        <source>Choose a cohort above: its figures are entered here, one cohort at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="235"/>
        <source>There are no cohorts yet. Plan one under Cohorts; its figures are entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="285"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CohortModel</name>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="18"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="19"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="20"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="21"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="22"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="23"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="25"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="26"/>
        <source>Instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="27"/>
        <source>Managers briefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="28"/>
        <source>Briefed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="29"/>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="30"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="69"/>
        <location filename="../src/models/cohortmodel.cpp" line="89"/>
        <source>&quot;%1&quot; is not a quarter; write it like 2026-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="141"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="143"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="145"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="161"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="162"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/cohortmodel.cpp" line="163"/>
        <source>%1 · %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/cohortmodel.cpp" line="199"/>
        <source>%n launch checklist item(s) overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="202"/>
        <source>This cohort has no launch checklist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="203"/>
        <source>%1 of %2 launch checklist items done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CohortPairingDialog</name>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="23"/>
        <source>Pair the whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="25"/>
        <source>A mentor for everyone in the cohort who has none yet, chosen by how well their latest levels cover the mentee&apos;s largest gaps. Nobody gets more than %1; managers never mentor their own people. Change a mentor in the list if you know better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="28"/>
        <source>%n mentee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="33"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="33"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="33"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="54"/>
        <source>Mentor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="61"/>
        <source>No mentor for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="75"/>
        <source>&amp;Accept pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="94"/>
        <source>Left without a mentor for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpairingdialog.cpp" line="95"/>
        <source>No mentor with room left; assign one beyond capacity from the page if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="113"/>
        <source>%n pairing(s) to add; undo takes them all back at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortpairingdialog.cpp" line="144"/>
        <source>Pair %n mentee(s) with mentors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CohortPicker</name>
    <message>
        <location filename="../src/views/cohortpicker.cpp" line="29"/>
        <source>Type part of a cohort&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortpicker.cpp" line="30"/>
        <source>The cohorts, newest first. Type any part of a cohort&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CohortsView</name>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="31"/>
        <source>&amp;Enrol participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="32"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="33"/>
        <source>Remove from cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="35"/>
        <source>Filter cohorts by name, instructor or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="37"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="43"/>
        <source>Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="45"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="49"/>
        <source>No cohorts here yet. Use Edit → New cohort to plan one, or clear the filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="66"/>
        <source>Nobody is enrolled in this cohort yet. Use “Enrol participants…” to add engineers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="135"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="140"/>
        <source>&amp;New cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="154"/>
        <source>All quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="168"/>
        <source>%Ln cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="170"/>
        <source>%n outside the size range</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="184"/>
        <source>Select a cohort to see its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="193"/>
        <source>Roster of %1 — %2 enrolled, %3 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="202"/>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="211"/>
        <source>Delete %n cohort(s) with their rosters, sessions and checklists?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="214"/>
        <source>Delete %n cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="235"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="244"/>
        <source>Withdraw %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="247"/>
        <location filename="../src/views/cohortsview.cpp" line="249"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="259"/>
        <source>Remove %n enrollment(s) from this cohort? Withdrawing keeps the record; removing deletes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="263"/>
        <source>Remove %n enrollment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityAttendeeModel</name>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="79"/>
        <source>Alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="81"/>
        <source>Has completed a cohort of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="95"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="99"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="101"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityattendeemodel.cpp" line="103"/>
        <source>Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/communityattendeemodel.cpp" line="117"/>
        <source>Add %n attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/communityattendeemodel.cpp" line="131"/>
        <source>Remove %n attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityEventModel</name>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="16"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="17"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="18"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="19"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="53"/>
        <source>Add community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/communityeventmodel.cpp" line="58"/>
        <source>Delete %n community event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="64"/>
        <source>Rename community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="66"/>
        <source>Change date of community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/communityeventmodel.cpp" line="77"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityPage</name>
    <message>
        <location filename="../src/views/communitypage.cpp" line="40"/>
        <source>&amp;Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="41"/>
        <source>&amp;Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="42"/>
        <source>Add &amp;people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="43"/>
        <source>Remove &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="47"/>
        <source>Part of an event&apos;s title or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="49"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="56"/>
        <source>Adds an event of the kind you choose, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="68"/>
        <source>No community events yet. Use “Add event” for a community-of-practice meeting, a meetup, the summit or a refresher, then add who came. Events after the cohorts keep alumni learning instead of one-and-done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="91"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="93"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="167"/>
        <source>&amp;New community event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="217"/>
        <source>Choose an event to see who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="226"/>
        <source>Nobody recorded at %1 on %2 yet. “Add people…” records who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="227"/>
        <source>%n person(s) came to %1 on %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="236"/>
        <source>Who came to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="237"/>
        <source>&amp;Find the people who came; choose as many as you like, one search after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="239"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="253"/>
        <source>%n person(s) added to the event.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="265"/>
        <source>Remove %n person(s) from the event&apos;s attendance?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/communitypage.cpp" line="275"/>
        <source>Delete this event and the attendance of the %n person(s) who came?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/communitypage.cpp" line="277"/>
        <source>Delete this event?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CommunityQuartersPanel</name>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="38"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="38"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="38"/>
        <source>Community of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="39"/>
        <source>Meetups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="39"/>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="39"/>
        <source>Refreshers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="40"/>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="40"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="40"/>
        <source>Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="42"/>
        <source>People at events, each person counted once per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="44"/>
        <source>Different people who came to at least one event of the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="46"/>
        <source>Of those, people who had completed a cohort by the event: alumni who stay engaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="80"/>
        <source>The figures per quarter could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="98"/>
        <source>Per quarter: no community events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/communityquarterspanel.cpp" line="99"/>
        <source>Per quarter, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CourseRatingModel</name>
    <message numerus="yes">
        <location filename="../src/models/courseratingmodel.cpp" line="50"/>
        <source>Average of %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="51"/>
        <source>Nobody has rated it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/courseratingmodel.cpp" line="53"/>
        <source>%n of the people who took it have not said yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="72"/>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="76"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="90"/>
        <source>The average rating from 1 to 5, and how many rated it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="92"/>
        <source>How many different people took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="94"/>
        <source>How many would recommend it, of those who said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="96"/>
        <source>The average cost per person, in the program&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="105"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="107"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="109"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="111"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="113"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="115"/>
        <source>Took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="117"/>
        <source>Recommend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/courseratingmodel.cpp" line="119"/>
        <source>Cost per person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CourseRatingsPage</name>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="52"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="66"/>
        <source>Choose a course to read what people wrote about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="76"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="115"/>
        <source>The ratings could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="134"/>
        <source>Nothing to rank yet. Courses, conferences and certifications appear here once they are in the learning log; the ones people rated come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="136"/>
        <source>%n course(s), conference(s) and certification(s) in the learning log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="138"/>
        <source>%n rated, best first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="172"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="176"/>
        <source>rated %1 on average by %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="178"/>
        <source>%n person(s) took it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="180"/>
        <source>%1 of %2 recommend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="182"/>
        <source>about %1 per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="208"/>
        <source>recommends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="208"/>
        <source>does not recommend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="210"/>
        <source>presented it to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="220"/>
        <source>%n older review(s) not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="222"/>
        <source>No written reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/courseratingspage.cpp" line="225"/>
        <source>Also took it: %1 and %n other(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="227"/>
        <location filename="../src/views/courseratingspage.cpp" line="230"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/courseratingspage.cpp" line="230"/>
        <source>Also took it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::CsvExportDialog</name>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="44"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="46"/>
        <source>UTF-8 with a byte order mark, for &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="49"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="58"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="74"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="81"/>
        <source>Excel needs this mark to show accents and other non-English letters correctly. Leave it off for other programs and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="87"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="90"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="95"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="125"/>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="175"/>
        <source>Only the rows of one cohort: its people, sessions, assessments... Type any part of its name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="177"/>
        <source>This table is not kept per cohort: it is exported whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="191"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="205"/>
        <source>%1 is the program file itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="207"/>
        <source>%1 is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="209"/>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/csvexportdialog.cpp" line="217"/>
        <source>%1 exists. Replace it? It is replaced only when the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::DailyBackup</name>
    <message>
        <location filename="../src/views/dailybackup.cpp" line="34"/>
        <source>Today&apos;s backup was saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::DashboardFilterBar</name>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="58"/>
        <source>&amp;Quarters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="59"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="60"/>
        <source>T&amp;rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="61"/>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="62"/>
        <source>Te&amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="63"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="64"/>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="94"/>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="96"/>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="98"/>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="101"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardfilterbar.cpp" line="104"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::DashboardPage</name>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="45"/>
        <location filename="../src/views/dashboardpage.cpp" line="64"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="65"/>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="87"/>
        <source>Showing: %1 · computed in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="97"/>
        <source>How the key figures are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="104"/>
        <source>What the latest reports rest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="107"/>
        <source>quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/dashboardpage.cpp" line="112"/>
        <source>The chain shows every cohort in the selection together. To follow one cohort from its sessions to its business impact, choose it under Cohort above; for a quarter, choose the same quarter twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::EffectivenessView</name>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="31"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="31"/>
        <source>1 Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="32"/>
        <source>2 Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="32"/>
        <source>3 Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="33"/>
        <source>4 Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="33"/>
        <source>The chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="41"/>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="42"/>
        <source>Follow-up data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="43"/>
        <source>Impact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="45"/>
        <source>&amp;Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="46"/>
        <source>The targets the key figures are judged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="47"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="48"/>
        <source>Show the dashboards full screen, one chart at a time (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="55"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="74"/>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/effectivenessview.cpp" line="114"/>
        <source>The dashboards are still being computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::EnrolDialog</name>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="23"/>
        <source>Enrol in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="25"/>
        <source>Search by name, email or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="29"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="30"/>
        <source>People not yet in this cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="78"/>
        <source>Nobody matches; everyone found may already be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/enroldialog.cpp" line="79"/>
        <source>Showing the first %1 matches; type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/enroldialog.cpp" line="80"/>
        <source>%n match(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::EnrollmentModel</name>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="17"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="18"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="21"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="27"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="29"/>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="30"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="31"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="33"/>
        <source>First AI contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="34"/>
        <source>Capstone (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="69"/>
        <source>The capstone rating goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="75"/>
        <source>%1 is before the enrollment date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/enrollmentmodel.cpp" line="105"/>
        <source>Enrol %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="112"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="125"/>
        <source>Can test out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="127"/>
        <source>Their latest assessed levels already meet every target level of %1: they could skip it. Set Placement to &quot;Tested out&quot; to record that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ExternalLearningModel</name>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="19"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="22"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="23"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="24"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="25"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="26"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="27"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="28"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="29"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="30"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="31"/>
        <source>Recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="32"/>
        <source>Presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="47"/>
        <source>Who took it. Type part of a name, email or team and choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="49"/>
        <source>What it cost, per person, in the program&apos;s currency; empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="51"/>
        <source>How good it was, from 1 (poor) to 5 (excellent); empty until they finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="53"/>
        <source>Whether they would recommend it to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="55"/>
        <source>Whether they presented what they learned to their team afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="134"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="134"/>
        <source>“%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="147"/>
        <source>every entry belongs to a person; choose who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="148"/>
        <source>nobody in the program matches “%1”. Type part of a name, email or team and choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="156"/>
        <source>the rating goes from 1 (poor) to 5 (excellent), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="158"/>
        <source>the cost cannot be negative (%1); leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="176"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="185"/>
        <source>A new entry needs the title of the course, conference or certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="187"/>
        <source>“%1”: say whether it is a course, a conference or a certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="194"/>
        <location filename="../src/models/externallearningmodel.cpp" line="199"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="206"/>
        <source>Change who took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="208"/>
        <source>Change rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="210"/>
        <source>Change recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="212"/>
        <source>Change presented to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="229"/>
        <source>Finished on %1; the presentation to the team has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/externallearningmodel.cpp" line="239"/>
        <source>Choose who took it: every entry belongs to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/externallearningmodel.cpp" line="257"/>
        <source>Add “%1” for %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/externallearningmodel.cpp" line="262"/>
        <source>Delete %n learning log entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::FigurePage</name>
    <message>
        <location filename="../src/views/figurepage.cpp" line="58"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::FigureView</name>
    <message>
        <location filename="../src/views/figureview.cpp" line="25"/>
        <source>Copy, save or present this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="40"/>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="41"/>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="43"/>
        <source>P&amp;resent from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="60"/>
        <source>Copied &quot;%1&quot; as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="67"/>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="67"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="69"/>
        <location filename="../src/views/figureview.cpp" line="76"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/figureview.cpp" line="79"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::FollowUpPage</name>
    <message>
        <location filename="../src/views/followuppage.cpp" line="19"/>
        <source>&amp;Add month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="22"/>
        <source>Adds the rows of one month after completion for everyone who completed the cohort, to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="34"/>
        <source>Behaviour follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="39"/>
        <source>&amp;Add follow-up month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="45"/>
        <source>Choose a cohort first: follow-up figures belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="51"/>
        <source>Add follow-up month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="52"/>
        <source>Add the rows of which month after completion? (1–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="66"/>
        <source>Added month %1 for %n person(s); fill in their figures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="71"/>
        <source>Nobody has completed %1 yet; follow-up figures are for the people who completed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="75"/>
        <source>Everyone who completed %1 has a row for month %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="91"/>
        <source>Nobody has completed this cohort yet. Behaviour is followed up monthly for six months after completion, for the people who completed it; mark their enrollments completed under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="94"/>
        <source>No follow-up figures for this cohort yet. Add month 1 with “Add month…”: it adds a row for each of the %n people who completed the cohort, to fill in with their AI tool usage, experiments, AI-related commits and their manager&apos;s rating and observation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="105"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="106"/>
        <source>%n person(s) completed it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="107"/>
        <source>nobody has completed it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="115"/>
        <source>follow-up: month 1 ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="118"/>
        <source>follow-up: %1 of %2 months past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/followuppage.cpp" line="122"/>
        <source>follow-up: all %1 months past</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/followuppage.cpp" line="130"/>
        <source>Delete %n row(s) of follow-up figures?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::GapAnalysisPage</name>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="40"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="79"/>
        <location filename="../src/views/gapanalysispage.cpp" line="361"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="84"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="85"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="86"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="87"/>
        <source>What the heatmap&apos;s rows are. Per person is for you alone: it is never part of an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="89"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="94"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="97"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="103"/>
        <source>Current: self, pre, post or annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="105"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="106"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="107"/>
        <source>Which assessments count as a person&apos;s current level: the latest one of these kinds. Self and manager ratings are never mixed into one figure unless you choose &quot;Any kind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="119"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="120"/>
        <source>Assess&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="122"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="125"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="126"/>
        <source>&amp;Up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="128"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="169"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="170"/>
        <source>under ½ level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="171"/>
        <source>under 1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="172"/>
        <source>1–2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="173"/>
        <source>2 levels or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="178"/>
        <source>Gap to target: %1 · — withheld (too few people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="293"/>
        <source>The gap analysis could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="310"/>
        <source>The rubric has no dimensions in use. Add one on the Rubric page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="312"/>
        <source>Nobody matching these filters has a current assessment with a target. Record assessments on the Assessments page, or set targets on the Targets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/gapanalysispage.cpp" line="315"/>
        <source>Only %n engineer(s) match: the figures are withheld because fewer than %1 people would be described.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/gapanalysispage.cpp" line="320"/>
        <source>%n engineer(s) with a current assessment and a target · computed in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="335"/>
        <location filename="../src/views/gapanalysispage.cpp" line="342"/>
        <source>Export the gap analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="336"/>
        <source>The export is for sharing, so it never lists people: it will group the heatmap by role. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="343"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="354"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/gapanalysispage.cpp" line="365"/>
        <source>Gap analysis saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::GapHeatmapModel</name>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="103"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="105"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="105"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="109"/>
        <source>People in the group with a current assessment and a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="154"/>
        <source>%1 · %2: nobody assessed with a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="156"/>
        <source>%1 · %2: withheld, %3 were assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/gapheatmapmodel.cpp" line="158"/>
        <source>%1 · %2
%n people assessed, %3 below target
Average level %4, average gap %5 levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="180"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="194"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="205"/>
        <source>Not assessed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="207"/>
        <source>Level %1; no target for a %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gapheatmapmodel.cpp" line="211"/>
        <source>Level %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::GapRankingModel</name>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="18"/>
        <source>Curriculum priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="20"/>
        <source>Largest gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="22"/>
        <source>Most common gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="24"/>
        <source>Most critical gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="67"/>
        <source>%1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="105"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="107"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="111"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="113"/>
        <source>Average shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="115"/>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/gaprankingmodel.cpp" line="117"/>
        <source>Weighted shortfall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::GenerateScheduleDialog</name>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="24"/>
        <source>Generate the schedule — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="29"/>
        <source>One session or more per module of “%1” (%n module(s), %2), following the formats&apos; norms: instructor-led workshops of two to three hours, about 30 % instruction and 70 % hands-on. Weekends and the days on the Holidays page are skipped; a week with no day left moves the rest of the schedule on by a week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="34"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="73"/>
        <source>“%1” has %n session(s) already, none of them added or changed by you: the new schedule replaces them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="77"/>
        <source>“%1” has %n session(s) already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="79"/>
        <source>You added or changed %n of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="81"/>
        <source>&amp;Keep the %n I added or changed, and replace the others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="83"/>
        <source>Replace &amp;all %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="89"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="89"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="89"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="89"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="90"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="90"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="90"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="186"/>
        <source>%n attendance mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="188"/>
        <source>%n survey answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="191"/>
        <source>What was recorded about the %n session(s) replaced is deleted with them: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="196"/>
        <source>Edit → Undo brings back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="209"/>
        <source>The last session, on %1, comes after the cohort&apos;s end date (%2). Start earlier, choose more weekdays, or change the end date under Cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="215"/>
        <source>The first week starts before the cohort does (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/generatescheduledialog.cpp" line="219"/>
        <source>The cohort has no instructor yet, so the sessions have no facilitator; add the instructors under Cohorts first to have them filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="228"/>
        <source>&amp;Replace with %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/generatescheduledialog.cpp" line="229"/>
        <source>&amp;Create %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::HealthPage</name>
    <message>
        <location filename="../src/views/healthpage.cpp" line="54"/>
        <source>Show &amp;all warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="55"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="55"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="65"/>
        <source>Each check lists its worst %n warning(s) and counts the rest; tick to list every one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="68"/>
        <source>Check the program again now. The list also refreshes by itself a moment after you change what the checks read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="70"/>
        <source>Show where the selected warning is fixed (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="73"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="73"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="73"/>
        <source>Where to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="156"/>
        <source>The health checks could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="163"/>
        <source>As of %1 · checked in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="177"/>
        <source>%1 — no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="179"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="185"/>
        <source>%1 — %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="199"/>
        <source>%1
Double-click to go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/healthpage.cpp" line="205"/>
        <source>… and %n more; tick “Show all warnings” to list them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="264"/>
        <source>The checks look at tracks, cohorts, projects, mentors, protected time and the community each time this page opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="268"/>
        <source>Nothing to fix. The checks run again by themselves a moment after you change the program; select a check to read what it looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/healthpage.cpp" line="280"/>
        <source>Where to fix it: %1 (double-click the warning or press Go to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::HealthView</name>
    <message>
        <location filename="../src/views/healthview.cpp" line="22"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::HolidayModel</name>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="25"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="26"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="77"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="77"/>
        <source>Sessions that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="102"/>
        <source>%n session(s) are planned on this day. Move them on the Sessions page, or find them in the Calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="118"/>
        <location filename="../src/models/holidaymodel.cpp" line="134"/>
        <source>%1 is already on the list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="129"/>
        <source>A holiday needs its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="141"/>
        <source>Change holiday date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="183"/>
        <source>New holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/holidaymodel.cpp" line="183"/>
        <source>Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="195"/>
        <source>Add %n holiday(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/holidaymodel.cpp" line="204"/>
        <source>Delete %n holiday(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::HolidaysPage</name>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="19"/>
        <source>&amp;Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="20"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="23"/>
        <source>Find a holiday by name or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="34"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="62"/>
        <source>&amp;New holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="78"/>
        <source>Generated schedules skip these days; a week without a free weekday moves the rest of a schedule on by a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/holidayspage.cpp" line="81"/>
        <source>Sessions are planned on %n of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="85"/>
        <source>No holidays yet. Add the days your organisation is closed — public holidays, a company-wide break — and generated schedules leave them free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/holidayspage.cpp" line="87"/>
        <source>No holiday matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/holidayspage.cpp" line="116"/>
        <source>Delete %n holiday(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImpactDataPage</name>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="18"/>
        <location filename="../src/views/impactdatapage.cpp" line="57"/>
        <source>Add &amp;quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="21"/>
        <source>Adds the first quarter after completion this cohort has no figures for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="35"/>
        <source>Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="40"/>
        <source>&amp;New quarter of business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="57"/>
        <source>Add &amp;quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="67"/>
        <source>No business-impact figures for this cohort yet. “Add quarter” adds quarter 1 after completion: fill in the AI features shipped, hours saved, quality improvement, cost reduction and revenue impact, with a note on the evidence behind them. Impact is followed up every quarter for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="76"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="85"/>
        <source>follow-up: quarter 1 ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="88"/>
        <source>follow-up: %1 of %2 quarters past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/impactdatapage.cpp" line="92"/>
        <source>follow-up: all %1 quarters past</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/impactdatapage.cpp" line="100"/>
        <source>Delete %n quarter(s) of business-impact figures?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImpactMetricModel</name>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="16"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="17"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="19"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="20"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="21"/>
        <source>AI features shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="22"/>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="24"/>
        <source>Quality improvement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="25"/>
        <source>Cost reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="26"/>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="27"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="59"/>
        <source>Change quarter after completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="61"/>
        <source>Change AI features shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="63"/>
        <source>Change hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="65"/>
        <source>Change quality improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="67"/>
        <source>Change cost reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="69"/>
        <source>Change revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="71"/>
        <source>Change evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="84"/>
        <source>impact is followed up in quarters 1 to %1 after completion, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="88"/>
        <source>the number of AI features shipped cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="90"/>
        <source>hours saved cannot be negative; %1 h would be time lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="113"/>
        <source>this cohort has figures for quarter %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="116"/>
        <source>Quarter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="126"/>
        <source>Business-impact figures need the quarter after completion they are about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="129"/>
        <source>Business-impact figures belong to a cohort or a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="132"/>
        <source>New business-impact figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="157"/>
        <source>The quarter after the cohort&apos;s completion, 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="159"/>
        <source>Features with AI in them that reached production in the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="161"/>
        <source>Working hours saved in the quarter by the AI work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="163"/>
        <source>How much quality improved, in per cent (fewer defects, incidents or review findings); negative when it got worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="166"/>
        <source>Costs saved in the quarter; negative when costs rose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="168"/>
        <source>Revenue the AI work brought in the quarter; negative when it cost revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="203"/>
        <source>Choose a cohort first: business-impact figures belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="208"/>
        <source>This cohort has figures for all four quarters of the year after completion already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/impactmetricmodel.cpp" line="214"/>
        <source>Add business impact of quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/impactmetricmodel.cpp" line="220"/>
        <source>Delete %n quarter(s) of business-impact figures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportCheckPage</name>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="31"/>
        <source>%n new participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="33"/>
        <source>%n new assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="35"/>
        <source>%n new survey response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="47"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="48"/>
        <source>Every row is checked against the program before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="66"/>
        <source>No problems: every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="76"/>
        <source>&amp;Skip them and keep what the program has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="77"/>
        <source>&amp;Update them with the file&apos;s filled-in cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="87"/>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="130"/>
        <source>People already in the program, and people listed twice in the file (the same email, capitals ignored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="134"/>
        <source>Assessments already recorded (the same person, dimension, kind and date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="138"/>
        <source>Answers already recorded (the same person and survey; anonymous answers are always added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="169"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="211"/>
        <source>%n to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="213"/>
        <source>%n already there (skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="215"/>
        <source>%n row(s) with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="218"/>
        <source>%n row(s) read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="229"/>
        <source>The first %1 of %2 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="234"/>
        <source>Nothing is imported while a row has a problem: correct the file and go Back to read it again, or leave those rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="238"/>
        <source>Without the rows with problems there is nothing left to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcheckpage.cpp" line="239"/>
        <source>There is nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcheckpage.cpp" line="241"/>
        <source>The %n row(s) with problems will be left out; the others are imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportColumnsPage</name>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="34"/>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="42"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="43"/>
        <source>Choose the column each field is read from. Fields marked * are needed; the others may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="48"/>
        <source>Match by &amp;name again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="66"/>
        <source>For rows that leave them empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="71"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="76"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="78"/>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="100"/>
        <source>The first &amp;rows, field by field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="113"/>
        <source>The columns are matched by their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="138"/>
        <source>These are the columns you chose for a file with the same columns last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="142"/>
        <source>The columns are matched by their names; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="159"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="171"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="188"/>
        <location filename="../src/views/importcolumnspage.cpp" line="193"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="233"/>
        <source>the kind of survey (a column, or one for every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="234"/>
        <source>the kind of assessment (a column, or one for every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="237"/>
        <source>the date (a column, or one for every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="251"/>
        <source>Every needed field has a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importcolumnspage.cpp" line="253"/>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importcolumnspage.cpp" line="259"/>
        <source>The column “%1” is chosen for %n field(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportFilePage</name>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="32"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="34"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="36"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="38"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="49"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="50"/>
        <source>A CSV file or an Excel workbook (.xlsx), as HR tools, Microsoft Forms and Google Forms export them. The first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="59"/>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="67"/>
        <location filename="../src/views/importfilepage.cpp" line="71"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="80"/>
        <source>&amp;What to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="81"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="84"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="85"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="86"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="99"/>
        <source>The first &amp;rows as they are read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="138"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="139"/>
        <source>CSV files and Excel workbooks (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="175"/>
        <source>Choose a CSV file or an Excel workbook with Browse, or type its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="219"/>
        <source>Detected: %1 with byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="220"/>
        <location filename="../src/views/importfilepage.cpp" line="221"/>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importfilepage.cpp" line="232"/>
        <source>Sheet “%1”: %n column(s), named in row %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importfilepage.cpp" line="235"/>
        <source>%n column(s), named in line %1; %2 text, fields separated by %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="242"/>
        <source>Further down the file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importfilepage.cpp" line="245"/>
        <source>There are no rows below the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ImportProblemModel</name>
    <message>
        <location filename="../src/models/importproblemmodel.cpp" line="41"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/importproblemmodel.cpp" line="58"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/importproblemmodel.cpp" line="58"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/importproblemmodel.cpp" line="60"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/importproblemmodel.cpp" line="62"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ImportRunPage</name>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="29"/>
        <source>Import %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="31"/>
        <source>Import %n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="33"/>
        <source>Import %n survey response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="42"/>
        <source>%n participant(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="44"/>
        <source>%n assessment(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="46"/>
        <source>%n survey response(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="58"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="59"/>
        <source>The rows are written in one go: until the import is complete the program stays as it was, and cancelling writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="65"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="116"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="129"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="153"/>
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="156"/>
        <source>%n already there and left as they were</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="158"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="162"/>
        <source>Edit → Undo takes the whole import back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="166"/>
        <source>%n row(s) with problems were left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/importrunpage.cpp" line="174"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/importrunpage.cpp" line="177"/>
        <source>%n row(s) were refused, so nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ImportWizard</name>
    <message>
        <location filename="../src/views/importwizard.cpp" line="23"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importwizard.cpp" line="36"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importwizard.cpp" line="48"/>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importwizard.cpp" line="51"/>
        <source>Import assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/importwizard.cpp" line="54"/>
        <source>Import survey responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::KpiTargetsDialog</name>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="34"/>
        <source>Targets of the key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="36"/>
        <location filename="../src/views/kpitargetsdialog.cpp" line="41"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="37"/>
        <source> levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="38"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="39"/>
        <location filename="../src/views/kpitargetsdialog.cpp" line="40"/>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="44"/>
        <source>A key figure is green on its target, amber when close to it and red when well short. The targets are kept in the program file, so everyone who opens it judges by the same ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="50"/>
        <source>&amp;Completion rate at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="51"/>
        <source>Skill &amp;advancement at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="52"/>
        <source>&amp;First AI contribution within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="53"/>
        <source>&amp;Mentor satisfaction at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="54"/>
        <source>Mana&amp;ger satisfaction at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="55"/>
        <source>&amp;Protected time used at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="56"/>
        <source>&amp;Net Promoter Score at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/kpitargetsdialog.cpp" line="79"/>
        <source>Change key figure targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LearningEntryDialog</name>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="56"/>
        <source>&amp;Finished on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="59"/>
        <source>Record external learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="64"/>
        <source>e.g. Evaluating LLM systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="71"/>
        <source>per person; empty when not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="78"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="79"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="80"/>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="82"/>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="83"/>
        <source>Rating, review and recommendation are added in the table once they have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="93"/>
        <source>&amp;Who took it (one entry each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="106"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="135"/>
        <source>Choose who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningentrydialog.cpp" line="136"/>
        <source>Give its title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LearningLogPage</name>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="30"/>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="31"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="34"/>
        <source>Title, provider, review or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="36"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="39"/>
        <source>Records a course, conference or certification for one or more people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="43"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="45"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="98"/>
        <source>&amp;New learning log entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="126"/>
        <source>Recorded “%1” for %n person(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="134"/>
        <source>Delete %n learning log entry(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="201"/>
        <source>Nothing in the learning log matches. Clear the search or choose “All kinds” to see every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="203"/>
        <source>No external learning recorded yet. Use “Add entry…” when someone takes a course, goes to a conference or earns a certification: who, what, when and what it cost. Their rating, review and recommendation follow here once they have finished, so others can pick the best courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learninglogpage.cpp" line="210"/>
        <source>%n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/learninglogpage.cpp" line="211"/>
        <source>%1 spent in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LearningSpendPage</name>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="38"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="38"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="38"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="39"/>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="39"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="39"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="40"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="40"/>
        <source>No cost given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="42"/>
        <source>Entries of the quarter without a cost: the spend does not include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="83"/>
        <source>The spend could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="100"/>
        <source>No start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningspendpage.cpp" line="119"/>
        <source>No external learning recorded yet; its spend per quarter appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learningspendpage.cpp" line="120"/>
        <source>%1 spent on %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/learningspendpage.cpp" line="124"/>
        <source>%n entry(s) without a cost are not included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::LearningView</name>
    <message>
        <location filename="../src/views/learningview.cpp" line="24"/>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="25"/>
        <source>Course ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="26"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="27"/>
        <source>Reading groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="28"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="29"/>
        <source>Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/learningview.cpp" line="36"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LevelPicker</name>
    <message>
        <location filename="../src/views/levelpicker.cpp" line="34"/>
        <source>No indicators described yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/levelpicker.cpp" line="79"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/levelpicker.cpp" line="80"/>
        <source>Leave this dimension unrated; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LevelTableModel</name>
    <message>
        <location filename="../src/models/leveltablemodel.cpp" line="151"/>
        <source>“%1” is not a level of the rubric; levels go from 1 (aware) to 4 (expert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/leveltablemodel.cpp" line="168"/>
        <source>A level is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::LookupEdit</name>
    <message>
        <location filename="../src/views/lookupedit.cpp" line="32"/>
        <source>Type part of a name, email or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/lookupedit.cpp" line="33"/>
        <source>Type part of a cohort&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/lookupedit.cpp" line="95"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="69"/>
        <source>Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="78"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="79"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="80"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="81"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="82"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="83"/>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="84"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="85"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="86"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="87"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="88"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="133"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="135"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="138"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="144"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="146"/>
        <source>&amp;Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="147"/>
        <source>&amp;Assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="148"/>
        <source>&amp;Survey Responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="153"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="161"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="168"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="169"/>
        <location filename="../src/app/mainwindow.cpp" line="505"/>
        <location filename="../src/app/mainwindow.cpp" line="512"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="171"/>
        <location filename="../src/app/mainwindow.cpp" line="508"/>
        <location filename="../src/app/mainwindow.cpp" line="513"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="174"/>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="179"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="188"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="194"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="210"/>
        <source>&amp;About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="212"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="389"/>
        <source>Gap analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="390"/>
        <source>Advancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="392"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="393"/>
        <source>Year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="476"/>
        <source>Program file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="478"/>
        <source>You can open it read-only to look at it; changes are made in the window that has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="480"/>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="495"/>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="505"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="508"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="520"/>
        <source>%1 (read-only) — Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="521"/>
        <source>%1 — Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="523"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="528"/>
        <source>⚠ Risky folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="534"/>
        <source>The file was upgraded to this version&apos;s format; the previous version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="544"/>
        <source>Today&apos;s backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="558"/>
        <location filename="../src/app/mainwindow.cpp" line="613"/>
        <location filename="../src/app/mainwindow.cpp" line="658"/>
        <source>Cannot open the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="564"/>
        <source>Cannot open the last program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="570"/>
        <source>Cannot open the default program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="577"/>
        <source>New program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="585"/>
        <location filename="../src/app/mainwindow.cpp" line="590"/>
        <location filename="../src/app/mainwindow.cpp" line="595"/>
        <source>Cannot create the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="586"/>
        <source>%1 is the program that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="590"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="603"/>
        <source>Open program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="621"/>
        <source>Save a copy of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="629"/>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="632"/>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="688"/>
        <source>Import finished; Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="721"/>
        <source>About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="722"/>
        <source>&lt;h3&gt;Upskill Planner %1&lt;/h3&gt;&lt;p&gt;Plans and tracks AI-upskilling programs for software engineers: cohorts, tracks, participants, skills and the results that matter to leadership.&lt;/p&gt;&lt;p&gt;Every change is written to the program file as you make it; Edit → Undo takes changes back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::MentorshipModel</name>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="17"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="18"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="19"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="20"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="21"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="22"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="25"/>
        <source>Beyond capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="29"/>
        <source>Why beyond capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="31"/>
        <source>Mentor satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="32"/>
        <source>Mentee feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="119"/>
        <source>Mentor&apos;s load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="141"/>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="143"/>
        <source>Mentees this mentor has at the same time as this one, this one included; a mentor takes at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="151"/>
        <source>Assigned beyond the mentor&apos;s capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="156"/>
        <source>How satisfied the mentor is with the mentorship, from 1 (very dissatisfied) to 5 (very satisfied); the dashboards&apos; mentor satisfaction counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="166"/>
        <source>Mentor satisfaction goes from 1 (very dissatisfied) to 5 (very satisfied), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="185"/>
        <source>This mentor was assigned beyond capacity; the reason stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="207"/>
        <source>%1 already mentors %2 at some time in these dates, and a mentor takes at most %3. Keep the dates within the mentor&apos;s free time, or remove this pairing and assign the mentor again beyond capacity with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/mentorshipmodel.cpp" line="210"/>
        <source>%n mentee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="218"/>
        <source>Change mentorship start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="220"/>
        <source>Change mentorship end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="222"/>
        <source>Change reason for going beyond capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="224"/>
        <source>Change mentor satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="226"/>
        <source>Change mentee feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="237"/>
        <source>Pair %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="254"/>
        <source>Choose a cohort first: a mentorship belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="283"/>
        <source>A mentor or mentee of this pairing no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="287"/>
        <source>%1 cannot mentor themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/mentorshipmodel.cpp" line="291"/>
        <source>%1 already has a mentor in this cohort; remove that pairing first to choose another mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/mentorshipmodel.cpp" line="330"/>
        <source>Delete %n mentorship(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::MentorshipPage</name>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="36"/>
        <source>Pair with this &amp;mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="37"/>
        <location filename="../src/views/mentorshippage.cpp" line="168"/>
        <source>&amp;Pair the whole cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="41"/>
        <source>&amp;Assign mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="42"/>
        <source>Pairs a mentor of your choice with a participant; beyond the mentor&apos;s capacity only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="44"/>
        <source>Proposes a mentor for everyone without one, within every mentor&apos;s capacity, for you to accept or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="59"/>
        <source>Alumni, AI champions and mentors with room left, best match for the mentee&apos;s largest gaps first. Double-click to pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="99"/>
        <source>Paired %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="126"/>
        <source>Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="131"/>
        <source>&amp;New mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="145"/>
        <source>Choose a cohort first: a mentorship belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="157"/>
        <source>Finding mentors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="174"/>
        <source>The pairing could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="179"/>
        <location filename="../src/views/mentorshippage.cpp" line="253"/>
        <source>Everyone in this cohort has a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="184"/>
        <source>Added %n mentorship(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="226"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="233"/>
        <source>&amp;Without a mentor: nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="234"/>
        <source>&amp;Without a mentor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="254"/>
        <source>Choose someone without a mentor to see the mentors suggested for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="258"/>
        <source>Finding mentors for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="273"/>
        <source>No suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="278"/>
        <source>Nobody can take %1: every alumnus, champion and mentor is at capacity or is their manager. “Assign mentor” can go beyond capacity with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="283"/>
        <source>&amp;Suggested mentors for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="285"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="294"/>
        <source>No mentorships in this cohort yet. “Pair the whole cohort” proposes a mentor for everyone at once; or choose someone under “Without a mentor” to see the mentors suggested for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="316"/>
        <source>%1 · %2 · %3 of %4 participants have a mentor · at most %5 per mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="320"/>
        <source>%n mentee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/mentorshippage.cpp" line="324"/>
        <source>new mentorships run until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/mentorshippage.cpp" line="331"/>
        <source>Delete %n mentorship(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ModuleModel</name>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="17"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="18"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="19"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="20"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="21"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="22"/>
        <source>Hands-on exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="23"/>
        <source>Instruction h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="24"/>
        <source>Hands-on h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="25"/>
        <source>Presentation h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="26"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="53"/>
        <source>New module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="55"/>
        <source>Add module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="61"/>
        <source>The week must be 1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="64"/>
        <source>Hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="77"/>
        <source>Total h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="77"/>
        <source>Hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modulemodel.cpp" line="112"/>
        <source>Only %1 % of this module is hands-on; the program&apos;s minimum is %2 %. Move time from instruction to an exercise on the engineers&apos; own code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::MoveSessionsDialog</name>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="24"/>
        <source>&amp;Start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/movesessionsdialog.cpp" line="27"/>
        <source>Move %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="34"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="35"/>
        <source>7 moves the sessions a week later, -7 a week earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="42"/>
        <source>New &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="42"/>
        <source>First session on &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="43"/>
        <source>Or move &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="46"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="89"/>
        <source>The session moves to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/movesessionsdialog.cpp" line="90"/>
        <source>The first of the %n sessions moves to %1; the others keep their distance to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/movesessionsdialog.cpp" line="95"/>
        <source>That is at the weekend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantDialog</name>
    <message>
        <location filename="../src/views/participantdialog.cpp" line="34"/>
        <source>Enter the engineer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantdialog.cpp" line="36"/>
        <source>Enter a valid email address; it identifies the person in imports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantModel</name>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="13"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="15"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="16"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="17"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="18"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="19"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="21"/>
        <source>AI champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="22"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="23"/>
        <source>Alumnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="24"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="44"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantmodel.cpp" line="50"/>
        <source>%1 already belongs to %2; every participant needs their own email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantSkillSummaryModel</name>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="106"/>
        <source>No %1 assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="115"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="134"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="136"/>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="138"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="140"/>
        <source>Pre-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="142"/>
        <source>Post-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/participantskillsummarymodel.cpp" line="144"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ParticipantsView</name>
    <message>
        <location filename="../src/views/participantsview.cpp" line="37"/>
        <source>Search by name, email, team or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="39"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="42"/>
        <source>Enrol in &amp;cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="46"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="53"/>
        <source>No participants match. Add engineers with Edit → New participant, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="57"/>
        <source>Not enrolled in any cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="114"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="119"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="141"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="167"/>
        <source>Select a person to see their cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="171"/>
        <source>Cohorts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="181"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="190"/>
        <source>Delete %n participant(s) with their enrollments, assessments and other records?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="194"/>
        <source>Delete %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="207"/>
        <source>Select the people to enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="221"/>
        <source>There is no planned or running cohort to enrol in. Plan one under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="227"/>
        <source>Enrol in cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="228"/>
        <source>Enrol %n selected participant(s) in:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="234"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PeopleSearchList</name>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="24"/>
        <source>Search by name, email or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="61"/>
        <source>&amp;Only people of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="113"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="163"/>
        <source>Nobody matches; the people already there are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/peoplesearchlist.cpp" line="164"/>
        <source>Showing the first %1 matches; type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/peoplesearchlist.cpp" line="165"/>
        <source>%n match(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/peoplesearchlist.cpp" line="167"/>
        <source>%n chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PersonDataActions</name>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="41"/>
        <source>E&amp;xport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="42"/>
        <source>&amp;Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="44"/>
        <source>Write everything the program holds about this person to a file, for their request to see their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="46"/>
        <source>Remove this person and all their data from the program and its backups, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="70"/>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="77"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="84"/>
        <source>%1 is the program file itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="94"/>
        <source>Wrote the data of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="105"/>
        <source>This person is no longer in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="112"/>
        <source>Removed with them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="113"/>
        <source>
  • only their participant record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="117"/>
        <source>Other participants are also called %1, so fields that name someone by name (manager, facilitator, instructors, checklist owner) are left as they are; check them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="123"/>
        <source>Their name is cleared where other records name them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="127"/>
        <source>Survey answers they gave anonymously stay, as nobody can tell they are theirs. The backups in %1 are cleaned too, and the undo history is cleared.

This cannot be undone. If they asked for their data, export it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="136"/>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="154"/>
        <source>Erase %1 (%2) and everything about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="157"/>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="159"/>
        <source>E&amp;xport their data first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="185"/>
        <source>Erasing %1 and compacting the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="215"/>
        <source>%1 was erased from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/persondataactions.cpp" line="217"/>
        <source>Their data was removed from %n backup(s) as well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="221"/>
        <source>The file could not be compacted completely yet; it is when the program is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="224"/>
        <source>A backup could not be cleaned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/persondataactions.cpp" line="226"/>
        <source>Free text still contains their name or email; check and edit it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::PlacementPage</name>
    <message>
        <location filename="../src/views/placementpage.cpp" line="32"/>
        <source>Mark as &amp;tested out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="35"/>
        <source>Current: self, pre, post or annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="37"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Enrolled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="41"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="49"/>
        <source>Sets the placement of the selected people&apos;s enrollment in this track to &quot;tested out&quot;. People not enrolled need not join at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="52"/>
        <source>T&amp;rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="54"/>
        <source>Assess&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="102"/>
        <source>The program has no tracks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="119"/>
        <source>The placement could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="124"/>
        <source>%1 has no target levels yet: set them on the Targets page, then the engineers who already reach them are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="131"/>
        <source>Nobody&apos;s latest assessment meets all %n target level(s) of %1 yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="135"/>
        <source>%n engineer(s) already meet %1 of %2 and can test out of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="137"/>
        <source>all %n target level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="146"/>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="186"/>
        <source>Mark %n participant(s) as tested out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="190"/>
        <source>%n participant(s) marked as tested out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::PlanMeetingsDialog</name>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="25"/>
        <source>Plan meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="31"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="31"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="40"/>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="41"/>
        <source>&amp;First meeting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="42"/>
        <source>Every two weeks. The facilitator&apos;s role passes to the next member in the group&apos;s order, skipping anyone who has left by then; each meeting takes the next reading nobody has discussed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="49"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="87"/>
        <source>nobody: no member is in the group that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/planmeetingsdialog.cpp" line="89"/>
        <source>to be chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::PresentationWindow</name>
    <message>
        <location filename="../src/views/presentationwindow.cpp" line="22"/>
        <source>Presentation — Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/presentationwindow.cpp" line="127"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/presentationwindow.cpp" line="129"/>
        <source>← → next and previous · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProductionProjectsPage</name>
    <message>
        <location filename="../src/views/productionprojectspage.cpp" line="23"/>
        <source>Find by title, problem or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/productionprojectspage.cpp" line="25"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/productionprojectspage.cpp" line="37"/>
        <source>No application project has reached production yet. When one does, move its card to “In production” on the board of its cohort; it is listed here with every other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/productionprojectspage.cpp" line="67"/>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="89"/>
        <source>%n project(s) in production</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="90"/>
        <source>%n project(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/productionprojectspage.cpp" line="96"/>
        <source>Delete %n application project(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProgramFile</name>
    <message>
        <location filename="../src/storage/programfile.cpp" line="64"/>
        <source>%1 is open read-only, so changes cannot be saved. To edit it, close it in the window that has it open and open it again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="83"/>
        <source>%1 is a folder, not a program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="87"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="91"/>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="95"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="104"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="108"/>
        <source>%1 is not an Upskill Planner program file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="160"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="172"/>
        <source>%1 is damaged or cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="189"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="198"/>
        <source>%1 is an SQLite database of another program, not an Upskill Planner program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="204"/>
        <source>%1 was saved by a newer version of Upskill Planner (file format %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="218"/>
        <source>%1 is in the format of an older version (%2) and must be upgraded before it can be read, which cannot be done read-only. Open it for editing once, where it is not open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="228"/>
        <source>%1 must be upgraded to this version&apos;s format first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="259"/>
        <source>%1 is damaged and cannot be opened safely: it is shorter than its own header says (%2 of %3 bytes); it may have been cut off while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="274"/>
        <source>%1 is damaged and cannot be opened safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="296"/>
        <source>%1 cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="313"/>
        <source>The backup before upgrading %1 failed, so it was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="420"/>
        <source>The copy could not be moved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="384"/>
        <source>the integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="392"/>
        <source>The copy must go to another file than the open program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="408"/>
        <source>The copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProgramTableModel</name>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="215"/>
        <source>%1 needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="223"/>
        <source>%1: &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="231"/>
        <source>%1: &quot;%2&quot; is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="243"/>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="256"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="264"/>
        <location filename="../src/models/programtablemodel.cpp" line="283"/>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="290"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="347"/>
        <source>Record %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/programtablemodel.cpp" line="354"/>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProjectBoard</name>
    <message>
        <location filename="../src/views/projectboard.cpp" line="42"/>
        <source>Recorded in the first week: a real problem of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="44"/>
        <source>Being built during the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="46"/>
        <source>Shown at the cohort&apos;s showcase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="48"/>
        <source>In use by the team: the program-wide list shows these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="49"/>
        <source>Stopped; worth knowing why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="99"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="154"/>
        <source>Drag a card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="210"/>
        <source>&amp;%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="355"/>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="362"/>
        <source>Move &amp;left	Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="364"/>
        <source>Move &amp;right	Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboard.cpp" line="367"/>
        <source>&amp;Edit in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProjectBoardPage</name>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="39"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="40"/>
        <source>Records the team problem a participant brings to the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="52"/>
        <source>Double-click someone, or press Enter, to record their project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="53"/>
        <source>Record &amp;their project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="111"/>
        <source>Application projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="116"/>
        <source>&amp;New application project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="130"/>
        <source>Choose a cohort first: every project belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="141"/>
        <source>Recorded “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="178"/>
        <source>Without a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="196"/>
        <source>Nobody is enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="197"/>
        <source>Everyone has a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="199"/>
        <source>&amp;Without a project after week 1: %1
Follow up with them and their managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="203"/>
        <source>&amp;Still to record a project: %1
Due by %2, the end of the first week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="208"/>
        <source>&amp;Still to record a project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="214"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="216"/>
        <source>manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="227"/>
        <source>No application projects in this cohort yet. In the first week each participant brings a real problem of their team: record it with “New project”, or double-click a name under “Without a project”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectboardpage.cpp" line="251"/>
        <source>%1 · %2 · %3 of %4 participants have a project · %5 in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/projectboardpage.cpp" line="260"/>
        <source>Delete %n application project(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProjectDialog</name>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="26"/>
        <source>New application project — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="37"/>
        <source>%1 (has a project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="46"/>
        <source>A few words, e.g. “Summarise incident reports”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="47"/>
        <source>The real problem of the team this takes on, and how the team will know it helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="53"/>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="54"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="55"/>
        <source>Team &amp;problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="56"/>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/projectdialog.cpp" line="59"/>
        <source>Nobody is enrolled in this cohort yet. Enrol its participants under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProjectsView</name>
    <message>
        <location filename="../src/views/projectsview.cpp" line="30"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimeGridModel</name>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="206"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="218"/>
        <source>%1, week of %2: nothing recorded yet. Type the hours used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="220"/>
        <source>%1, week of %2: %3 hours planned, hours used not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="222"/>
        <source>%1, week of %2: %3 of %4 hours used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="227"/>
        <source>Below the plan, no reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="228"/>
        <source>Below the plan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="231"/>
        <source>Raise it with %1, their manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="242"/>
        <source>No hours used recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="244"/>
        <source>%1 of %2 hours used over %3; %4 below the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/protectedtimegridmodel.cpp" line="245"/>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="246"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="267"/>
        <source>Under the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="292"/>
        <source>Below the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="318"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="320"/>
        <source>Hours used over hours planned, in the weeks recorded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="325"/>
        <source>Week %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="329"/>
        <source>The week starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="336"/>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="340"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="342"/>
        <source>manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="356"/>
        <source>“%1” is not a number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="360"/>
        <source>Hours in a week go from 0 to 80, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="377"/>
        <source>%1, week %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="385"/>
        <source>Change hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="435"/>
        <source>Clear reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="436"/>
        <source>Set reason to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="451"/>
        <source>Change hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="462"/>
        <source>Clear hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="469"/>
        <source>%1 is not one of this cohort&apos;s weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="483"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimegridmodel.cpp" line="496"/>
        <source>Enter protected time for the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimeModel</name>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="16"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="19"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="23"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="24"/>
        <source>Hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="25"/>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="26"/>
        <source>Time taken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="27"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/protectedtimemodel.cpp" line="46"/>
        <source>Delete %n week(s) of protected time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="55"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="74"/>
        <source>Clear reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="83"/>
        <source>Hours in a week go from 0 to 80, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="86"/>
        <source>Hours planned cannot be empty; enter 0 for a week without protected time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="94"/>
        <source>Change hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="96"/>
        <source>Change hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="98"/>
        <source>Change reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="100"/>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="116"/>
        <source>Below the plan: %1 of %2 hours used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/protectedtimemodel.cpp" line="119"/>
        <source>Below the plan without a reason: choose what the time went to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProtectedTimePage</name>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="59"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="59"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="59"/>
        <location filename="../src/views/protectedtimepage.cpp" line="60"/>
        <location filename="../src/views/protectedtimepage.cpp" line="62"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="59"/>
        <source>Time taken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="59"/>
        <location filename="../src/views/protectedtimepage.cpp" line="62"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="60"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="60"/>
        <location filename="../src/views/protectedtimepage.cpp" line="62"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="60"/>
        <location filename="../src/views/protectedtimepage.cpp" line="62"/>
        <source>Weeks below plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="67"/>
        <location filename="../src/views/protectedtimepage.cpp" line="146"/>
        <source>&amp;Bulk entry for a week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="68"/>
        <source>Enters the hours of a whole week for everyone in the cohort at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="92"/>
        <source>Weeks below the plan, newest first: raise them with the manager. Double-click one to find it in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="96"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="97"/>
        <source>By manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="141"/>
        <source>Protected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="179"/>
        <source>Choose a cohort first: protected time is entered per cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="184"/>
        <source>This cohort has no dates yet, so it has no weeks. Set its start and end under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="186"/>
        <source>Nobody is enrolled in this cohort yet. Enrol its participants under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="192"/>
        <source>Protected time entered for the week of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="227"/>
        <source>Time &amp;taken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="232"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="234"/>
        <source>Hours &amp;planned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="235"/>
        <source>&amp;Clear hours used	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="237"/>
        <source>&amp;Bulk entry for this week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="250"/>
        <source>Hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="251"/>
        <source>Protected hours planned for the %n week(s) selected:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="276"/>
        <source>%1 of %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="277"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="283"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="288"/>
        <source>&amp;Below the plan: no week so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="289"/>
        <source>&amp;Below the plan: %n week(s); raise them with the managers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="303"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="313"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="314"/>
        <source>(no manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="320"/>
        <source>This cohort has no dates yet, so it has no weeks. Set its start and end under Cohorts; its weeks then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="322"/>
        <source>No protected time recorded for this cohort yet. Type the hours each participant used into the grid above, or enter a whole week at once with “Bulk entry for a week”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="333"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="334"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/protectedtimepage.cpp" line="337"/>
        <source>%1 of the planned hours used (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="340"/>
        <source>%n week(s) below the plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/protectedtimepage.cpp" line="347"/>
        <source>Delete %n week(s) of protected time?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderAnswerModel</name>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="36"/>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="38"/>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="39"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="53"/>
        <source>Verdict: &quot;%1&quot; is not one of satisfied, not satisfied or not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="63"/>
        <source>Judge the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="71"/>
        <source>Change the provider&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="147"/>
        <source>Question before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="149"/>
        <source>The provider&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/provideranswermodel.cpp" line="151"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderComparisonModel</name>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="57"/>
        <source>%1 of %2 criteria scored; the others count 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="63"/>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="93"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providercomparisonmodel.cpp" line="94"/>
        <source>%n, disqualified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="128"/>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="130"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="132"/>
        <source>Red flags ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="134"/>
        <source>Questions before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="136"/>
        <source>Learning log (average rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="147"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="174"/>
        <source>Not scored: counts as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="192"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="198"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercomparisonmodel.cpp" line="198"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderComparisonPage</name>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="66"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="78"/>
        <source>The comparison as a report for the decision meeting: print it or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="80"/>
        <source>Scores per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="81"/>
        <source>Weighted totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="82"/>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="138"/>
        <source>The comparison could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="147"/>
        <source>No providers yet. Add them on the Providers page and score each on its scorecard; they are compared here side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="150"/>
        <source>%n provider(s). Every criterion has a weight of 0, so there are no totals: give weights on the Criteria page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="159"/>
        <source>Every provider is disqualified by a red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="160"/>
        <source>Best ranked: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="164"/>
        <source>%n disqualified by a red flag, ranked last.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="173"/>
        <source>The learning log has no entries about courses by these providers. When participants log a course, conference or certification with the provider&apos;s name, their ratings and reviews show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercomparisonpage.cpp" line="176"/>
        <source>Learning-log reviews of their courses (%n entry(s) in all); newest first, never who wrote them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/providercomparisonpage.cpp" line="216"/>
        <source>The provider report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderCriteriaPage</name>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="20"/>
        <source>&amp;Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="21"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="21"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="22"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="28"/>
        <source>The scorecard has no criteria. Use “Add criterion”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="34"/>
        <source>Each provider scores 0–5 on every criterion. Its total is the average of its scores weighted by these weights; a criterion not scored counts 0, and a weight of 0 leaves a criterion out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="68"/>
        <source>&amp;New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercriteriapage.cpp" line="96"/>
        <source>Delete %n criterion(s) with the %1 provider scores given on them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providercriteriapage.cpp" line="99"/>
        <source>Delete %n criterion(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="129"/>
        <source>The weights add up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providercriteriapage.cpp" line="130"/>
        <source>Every weight is 0, so no provider has a total. Give the criteria that matter a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderCriterionModel</name>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="20"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="21"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="22"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="23"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="25"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="26"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="44"/>
        <source>Another criterion is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="53"/>
        <location filename="../src/models/providercriterionmodel.cpp" line="62"/>
        <source>A weight cannot be negative; 0 leaves the criterion out of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="70"/>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="72"/>
        <source>New criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="85"/>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="112"/>
        <source>Move criterion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="112"/>
        <source>Move criterion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providercriterionmodel.cpp" line="125"/>
        <source>Delete %n criterion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="130"/>
        <source>Share of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="156"/>
        <source>Weight 0: scored, but left out of every provider&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providercriterionmodel.cpp" line="160"/>
        <source>The part of a provider&apos;s total that this criterion decides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderDetailPanel</name>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="31"/>
        <source>Select a provider above to score it, tick its red flags and record its answers to the questions before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="46"/>
        <source>Type 0–5 to score the current criterion and move to the next; Delete clears the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="54"/>
        <source>&amp;Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="55"/>
        <source>Red &amp;flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="56"/>
        <source>&amp;Questions before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="135"/>
        <source>This provider is not in the list (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="145"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="146"/>
        <source>rank %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="150"/>
        <source>no total: every criterion has a weight of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="152"/>
        <source>%1 of %2 criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerdetailpanel.cpp" line="154"/>
        <source>questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderModel</name>
    <message>
        <location filename="../src/models/providermodel.cpp" line="23"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="24"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="25"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="26"/>
        <source>Engagement format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="27"/>
        <source>Price model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="28"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="29"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="30"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="54"/>
        <source>Another provider is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="63"/>
        <source>Cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="78"/>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="80"/>
        <source>New provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="86"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="91"/>
        <source>Delete %n provider(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="104"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="106"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="108"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="142"/>
        <source>%n ticked, disqualified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/providermodel.cpp" line="143"/>
        <source>%n ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="170"/>
        <source>Every criterion has a weight of 0: give weights on the Criteria page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="171"/>
        <source>%1; %2 of %3 criteria scored (the others count 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="177"/>
        <source>Ranked after every provider without a disqualifying red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providermodel.cpp" line="178"/>
        <source>Shares the rank: the same total as another provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderRedFlagModel</name>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="52"/>
        <source>Tick the red flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="53"/>
        <source>Untick the red flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="61"/>
        <source>Tick “%1” first: only a ticked red flag can disqualify a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="67"/>
        <source>Let %1 disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="68"/>
        <source>Stop %1 disqualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="107"/>
        <source>A disqualified provider ranks after every other, whatever its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="109"/>
        <source>Tick the red flag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="111"/>
        <source>What you saw in the proposal or the trial that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="132"/>
        <source>Change the evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="162"/>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="164"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerredflagmodel.cpp" line="166"/>
        <source>Disqualifies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderReviewModel</name>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="57"/>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="61"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="61"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="74"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="76"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="80"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="82"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerreviewmodel.cpp" line="84"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProviderScoreModel</name>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="39"/>
        <source>0 — not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="41"/>
        <source>1 — weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="43"/>
        <source>2 — below what we need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="45"/>
        <source>3 — adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="47"/>
        <source>4 — strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="49"/>
        <source>5 — excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="51"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="66"/>
        <source>A score is a whole number from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="73"/>
        <source>Clear the score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="74"/>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="87"/>
        <source>Not scored: counts as 0 in the total. Type 0–5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="90"/>
        <source>Give a score first; the note says what it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="92"/>
        <source>Weight 0: left out of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="147"/>
        <source>Score: &quot;%1&quot; is not a whole number from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="154"/>
        <source>Give %1 a score first; the note says what it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="163"/>
        <source>Change the note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="183"/>
        <source>0 not at all … 5 excellent. Type a digit to score the current criterion and move on; Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="189"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="191"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="193"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="195"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/providerscoremodel.cpp" line="197"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProvidersPage</name>
    <message>
        <location filename="../src/views/providerspage.cpp" line="28"/>
        <source>&amp;Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerspage.cpp" line="29"/>
        <source>&amp;Delete provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerspage.cpp" line="34"/>
        <source>Find a provider by name, format, contact or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerspage.cpp" line="36"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerspage.cpp" line="41"/>
        <source>No providers yet. Use “Add provider” for each training provider you are considering; then score it on its scorecard below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providerspage.cpp" line="107"/>
        <source>&amp;New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/providerspage.cpp" line="126"/>
        <source>Delete %n provider(s) with their scores, red flags and answers?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ProvidersView</name>
    <message>
        <location filename="../src/views/providersview.cpp" line="24"/>
        <source>Show the &amp;readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providersview.cpp" line="26"/>
        <location filename="../src/views/providersview.cpp" line="51"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providersview.cpp" line="27"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providersview.cpp" line="28"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/providersview.cpp" line="29"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadinessModel</name>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="16"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="17"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="18"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="19"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="28"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="30"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="31"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="72"/>
        <source>Answer: &quot;%1&quot; is not yes, no or not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="86"/>
        <source>Answer a readiness question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="104"/>
        <source>Answered no: buying external training now is likely to be wasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinessmodel.cpp" line="106"/>
        <source>Not answered yet: nobody has checked this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadinessPage</name>
    <message>
        <location filename="../src/views/readinesspage.cpp" line="22"/>
        <source>Before buying external training, check that the program can use it. Training bought without use cases to work on, room to experiment, a goal beyond certificates or sound data infrastructure is mostly wasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinesspage.cpp" line="35"/>
        <source>The readiness check has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinesspage.cpp" line="59"/>
        <source>The readiness check could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupMemberModel</name>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="32"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="33"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="35"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="36"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="37"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="38"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="52"/>
        <source>The day the member left. From then on the facilitator&apos;s role passes them by; the meetings they led keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="55"/>
        <source>The next planned meeting this member leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="68"/>
        <source>Choose a reading group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="93"/>
        <source>Add %n reading group member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="112"/>
        <source>%1 joined on %2 and cannot leave before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="122"/>
        <source>Mark %n member(s) as having left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmembermodel.cpp" line="128"/>
        <source>Remove %n reading group member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="167"/>
        <source>%1 cannot leave the group (%2) before joining it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="177"/>
        <source>Change the day a member joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="179"/>
        <source>Change the day a member left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="185"/>
        <source>Move member up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="185"/>
        <source>Move member down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="192"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="194"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="196"/>
        <source>Meetings led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmembermodel.cpp" line="198"/>
        <source>Next turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupModel</name>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="15"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="16"/>
        <source>Reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="19"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="20"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="36"/>
        <source>Members today; a reading group works with %1 to %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="40"/>
        <source>Past meetings with a written summary, of all past meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="45"/>
        <source>The cohort the group reads with; empty for a group of its own, such as alumni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="77"/>
        <source>Reading group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="80"/>
        <source>New reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="84"/>
        <source>Add reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmodel.cpp" line="89"/>
        <source>Delete %n reading group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="103"/>
        <source>%1: no cohort is called “%2”. Type part of a cohort&apos;s name and choose from the list, or leave it empty for a group of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="111"/>
        <source>Rename reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="113"/>
        <source>Change cohort of a reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="135"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="137"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="139"/>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="141"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinggroupmodel.cpp" line="163"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinggroupmodel.cpp" line="177"/>
        <source>%n past meeting(s) without a written summary.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingGroupsPage</name>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="48"/>
        <source>&amp;New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="49"/>
        <source>Delete &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="51"/>
        <source>&amp;Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="52"/>
        <source>Has &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="53"/>
        <location filename="../src/views/readinggroupspage.cpp" line="58"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="54"/>
        <location filename="../src/views/readinggroupspage.cpp" line="59"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="55"/>
        <location filename="../src/views/readinggroupspage.cpp" line="60"/>
        <location filename="../src/views/readinggroupspage.cpp" line="63"/>
        <source>Remove &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="56"/>
        <source>A&amp;dd reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="57"/>
        <source>&amp;Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="61"/>
        <source>&amp;Plan meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="62"/>
        <source>&amp;Open summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="68"/>
        <source>Part of a group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="70"/>
        <source>Starts a reading group: 4 to 6 people who read and discuss together every two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="82"/>
        <source>No reading groups yet. Use “New group” to start one: 4 to 6 people who read and discuss together every two weeks, each meeting led by the next member in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="92"/>
        <source>No members yet. Use “Add members…” to choose 4 to 6 people; the order here is the order in which they lead the meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="95"/>
        <source>Nothing on the reading list yet. “Add reading” adds a title and a link; planned meetings take the readings in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="98"/>
        <source>No meetings yet. “Plan meetings…” schedules them every two weeks, each led by the next member in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="100"/>
        <source>Adds the next meetings every two weeks, with the facilitator&apos;s role passing to the next member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="102"/>
        <source>The selected members leave the group today: they no longer lead meetings, and the meetings they led keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="105"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="134"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="138"/>
        <source>&amp;Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="141"/>
        <source>Mee&amp;tings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="256"/>
        <source>&amp;New reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="329"/>
        <source>Choose a reading group on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="336"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="339"/>
        <source>%n member(s) today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="347"/>
        <source>%n meeting(s); every past meeting has its summary.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="348"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="349"/>
        <source>%n past meeting(s) still without a written summary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="389"/>
        <source>Remove %n member(s) from %1? A member who stops coming is better marked with “Has left”, which keeps the meetings they led.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="400"/>
        <source>Delete %n reading(s) from the list of %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="409"/>
        <source>Delete %n meeting(s) of %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="418"/>
        <source>Delete the reading group %1 with its members, reading list and meetings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="420"/>
        <source>Delete %n reading group(s) with their members, reading lists and meetings?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="437"/>
        <source>Add members to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="438"/>
        <source>&amp;Find the people who join the group (4 to 6 in all). They lead the meetings in the order they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="440"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="457"/>
        <source>%n member(s) added to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/readinggroupspage.cpp" line="482"/>
        <source>%n meeting(s) planned for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/readinggroupspage.cpp" line="493"/>
        <source>%1 could not be opened: no program on this computer opens such links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingListModel</name>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="14"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="15"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="16"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="17"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="18"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="29"/>
        <source>Where to find the text: a web address or a shared file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="31"/>
        <source>The meeting that discusses this reading; choose the reading on the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="40"/>
        <source>Choose a reading group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="45"/>
        <source>New reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="50"/>
        <source>Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readinglistmodel.cpp" line="55"/>
        <source>Delete %n reading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="65"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="71"/>
        <source>Change reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="73"/>
        <source>Change link of a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="79"/>
        <source>Move reading up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="79"/>
        <source>Move reading down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readinglistmodel.cpp" line="84"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReadingMeetingModel</name>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="29"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="30"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="34"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="35"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="36"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="37"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="115"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="116"/>
        <source>No reading chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="130"/>
        <source>The member who leads the discussion and writes the summary afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="132"/>
        <source>What the meeting discusses, from the group&apos;s reading list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="134"/>
        <source>The link to the meeting&apos;s written summary, once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="168"/>
        <source>The meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="168"/>
        <source>A meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="175"/>
        <source>the facilitator must be one of the group&apos;s members; add them to the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="178"/>
        <source>the reading must be one of the group&apos;s readings; add it to the reading list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="189"/>
        <source>Change meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="191"/>
        <source>Change facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="193"/>
        <source>Change reading of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="195"/>
        <source>Change summary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="214"/>
        <source>No written summary yet. Paste the link here once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="215"/>
        <source>No written summary yet: %1 led this meeting. Paste the link here once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="222"/>
        <source>Nobody leads this meeting yet; choose one of the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="228"/>
        <source>%1 left the group on %2; choose another facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="230"/>
        <source>%1 joins the group only on %2; choose another facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="271"/>
        <source>Choose a reading group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="275"/>
        <source>Plan between 1 and 52 meetings, from a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="281"/>
        <source>This group has no members yet. Add them first: the facilitator&apos;s role passes from one member to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/readingmeetingmodel.cpp" line="291"/>
        <source>The group has a meeting on %1 already; plan the next ones from a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readingmeetingmodel.cpp" line="339"/>
        <source>Plan %n reading group meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/readingmeetingmodel.cpp" line="356"/>
        <source>Delete %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::RecentFiles</name>
    <message>
        <location filename="../src/app/recentfiles.cpp" line="42"/>
        <source>No recent program files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/recentfiles.cpp" line="44"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ReportActions</name>
    <message>
        <location filename="../src/app/reportactions.cpp" line="37"/>
        <source>Launch &amp;Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="38"/>
        <source>Cohort &amp;Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="39"/>
        <source>&amp;Program Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="40"/>
        <source>Skill &amp;Gap Analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="41"/>
        <source>Training Pro&amp;viders Compared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="65"/>
        <source>Select a cohort in the Cohorts area first: the roster is about one cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="78"/>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::RestoreBackupDialog</name>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="38"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="39"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="42"/>
        <location filename="../src/views/restorebackupdialog.cpp" line="220"/>
        <location filename="../src/views/restorebackupdialog.cpp" line="234"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="46"/>
        <source>Choose the state to go back to. The program file as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="49"/>
        <source>Backups of %1 are kept in %2: one each day the file is opened (the last %3), and one before every upgrade to a new file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="63"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="69"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="73"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="81"/>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="136"/>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="138"/>
        <source>%1 — cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="142"/>
        <source>File format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="149"/>
        <source>There are no backups of this program yet. One is made each day the file is opened and before it is upgraded to a new format; &quot;Back up now&quot; makes one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="193"/>
        <source>Go back to the state of %1?

The program then holds participants: %2, cohorts: %3, assessments: %4. Changes made since are kept only in the backup of the file as it is now, which is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="219"/>
        <source>Checking the backup and restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/restorebackupdialog.cpp" line="238"/>
        <source>Restored %1 from the backup. The file as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::RoleTargetModel</name>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="13"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="14"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="15"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="16"/>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="17"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="46"/>
        <source>%1 already has a target for “%2”; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="74"/>
        <source>%1 already has a target for every dimension; change the existing ones instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roletargetmodel.cpp" line="83"/>
        <source>Add role target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::RubricDimensionModel</name>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="19"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="20"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="21"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="22"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="23"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="36"/>
        <source>Another dimension is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="58"/>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="60"/>
        <source>New dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="81"/>
        <source>Add dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="109"/>
        <source>Move dimension up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="109"/>
        <source>Move dimension down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="125"/>
        <source>Retire %n dimension(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="126"/>
        <source>Restore %n dimension(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="147"/>
        <source>“%1” cannot be deleted: %n assessment(s) use it. Retire it instead; a retired dimension keeps its assessments but is no longer asked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/rubricdimensionmodel.cpp" line="154"/>
        <source>Delete %n dimension(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/rubricdimensionmodel.cpp" line="169"/>
        <source>Retired: its assessments are kept, but it is no longer asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::RubricLevelModel</name>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="11"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="12"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="13"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="14"/>
        <source>Behavioural indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="40"/>
        <source>Change the indicators of level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/rubriclevelmodel.cpp" line="41"/>
        <source>Change the label of level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::RubricPage</name>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="23"/>
        <source>&amp;Add dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="24"/>
        <location filename="../src/views/rubricpage.cpp" line="136"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="24"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="25"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="32"/>
        <source>The rubric has no dimensions yet. Use “Add dimension”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="33"/>
        <source>A retired dimension keeps its assessments but is no longer asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="45"/>
        <location filename="../src/views/rubricpage.cpp" line="115"/>
        <source>Select a dimension to see its levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="56"/>
        <source>Dimensions are asked in this order. Each has four levels described by what a person does, not by a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="106"/>
        <source>&amp;New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="122"/>
        <source>Levels of %1 (retired: kept with its assessments, no longer asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="123"/>
        <source>Levels of %1 — describe each level by what a person does, one behaviour per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="135"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="156"/>
        <source>Delete this dimension with its levels and the targets that use it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="184"/>
        <source>Retired: its assessments are kept, and it is no longer asked in new assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/rubricpage.cpp" line="186"/>
        <source>Restored: it is asked again in new assessments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ScheduleView</name>
    <message>
        <location filename="../src/views/scheduleview.cpp" line="21"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/scheduleview.cpp" line="22"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/scheduleview.cpp" line="23"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/scheduleview.cpp" line="24"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/scheduleview.cpp" line="46"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::SessionModel</name>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="26"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="27"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="30"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="31"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="33"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="34"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="35"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="36"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="37"/>
        <source>Location or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="38"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="39"/>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="113"/>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="146"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="148"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="150"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="206"/>
        <source>No module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="240"/>
        <source>%1: “%2” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="249"/>
        <source>%1: “%2” is not a time of day (use 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="258"/>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="286"/>
        <source>The module of the cohort&apos;s track the session belongs to; a reading group usually belongs to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="289"/>
        <source>In minutes: a workshop takes 2–3 hours, pair programming 90 minutes, a reading group an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="292"/>
        <source>Who leads the session. A facilitator with another session at the same time is marked with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="295"/>
        <source>Ticked when you added or changed the session yourself. Regenerating the schedule can keep these and replace only the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="298"/>
        <source>The share of the marked participants who were present; excused absences do not count. Attendance is marked on the Attendance page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="312"/>
        <source>The session “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="322"/>
        <source>This day is on the list of holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="323"/>
        <source>This day is a holiday: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="325"/>
        <source>This day is a %1, at the weekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="328"/>
        <source>This is before the cohort starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="331"/>
        <source>This is after the cohort ends (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="353"/>
        <source>No attendance marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="354"/>
        <source>%1 present, %2 absent, %3 excused; %n participant(s) in the cohort.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="372"/>
        <source>a session lasts from 1 minute to 24 hours (1440 minutes), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="378"/>
        <source>the module must be one of the cohort&apos;s track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="385"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="397"/>
        <source>New session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="406"/>
        <source>Change module of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="408"/>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="410"/>
        <source>Change session duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="412"/>
        <source>Change session format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="414"/>
        <source>Change facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="416"/>
        <source>Change session location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="418"/>
        <source>Change session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="420"/>
        <source>Change “changed by you”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="449"/>
        <source>Choose a cohort first: every session belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="459"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/sessionmodel.cpp" line="480"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="500"/>
        <source>Move %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/sessionmodel.cpp" line="505"/>
        <source>Delete %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SessionsPage</name>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="21"/>
        <source>&amp;Generate schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="22"/>
        <source>&amp;Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="22"/>
        <source>Mo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="27"/>
        <source>Plans the cohort&apos;s sessions from its track&apos;s modules: workshops, pair programming, a reading group every two weeks and the showcase, on the weekdays you choose, skipping the holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="30"/>
        <source>Adds a session after the cohort&apos;s last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="31"/>
        <source>Moves the selected sessions by a number of days or to another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="60"/>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="95"/>
        <source>No sessions for this cohort yet. “Generate schedule…” plans them from the track&apos;s modules on the weekdays you choose; “Add session” adds one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/sessionspage.cpp" line="112"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="114"/>
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="116"/>
        <source>%n added or changed by you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="119"/>
        <source>%n session(s) clash with another session of the same facilitator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/sessionspage.cpp" line="126"/>
        <source>Delete %n session(s)? Attendance marked at them and survey answers about them go with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SkillsView</name>
    <message>
        <location filename="../src/views/skillsview.cpp" line="17"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/skillsview.cpp" line="18"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/skillsview.cpp" line="19"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/skillsview.cpp" line="26"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::SurveyResponseModel</name>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="22"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="23"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="24"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="28"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="29"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="30"/>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="31"/>
        <source>Recommend (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="32"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="33"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="96"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="147"/>
        <location filename="../src/models/surveyresponsemodel.cpp" line="152"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="152"/>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="171"/>
        <source>The session an answer to the survey after a session is about; only this cohort&apos;s sessions can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="174"/>
        <source>Who answered; empty keeps the answer anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="176"/>
        <source>From 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="178"/>
        <source>How likely they are to recommend the program to a colleague, from 0 (not at all likely) to 10 (extremely likely): the Net Promoter Score question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="192"/>
        <source>Nobody is linked to this answer; it counts only in the cohort&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="200"/>
        <source>Change survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="202"/>
        <source>Change session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="204"/>
        <source>Change participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="206"/>
        <source>Change satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="208"/>
        <source>Change would-recommend score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="210"/>
        <source>Change comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="212"/>
        <source>Change answer date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="223"/>
        <source>The response of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="224"/>
        <source>A response without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="233"/>
        <source>satisfaction goes from 1 (very dissatisfied) to 5 (very satisfied), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="236"/>
        <source>“would recommend” goes from 0 (not at all likely) to 10 (extremely likely), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="240"/>
        <source>the session must be one of this cohort&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="242"/>
        <source>the participant must be someone in this cohort or one of its mentors; leave it empty for an anonymous answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="251"/>
        <source>an answer to the survey after a session needs its session; choose the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="254"/>
        <source>an answer to the survey after a session needs its session; change the survey first to leave the session out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="258"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="266"/>
        <source>A survey response needs its survey: after a session, end of program, mentor or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="270"/>
        <source>An answer to the survey after a session needs its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="278"/>
        <source>New response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="302"/>
        <source>Choose a cohort first: every response belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="312"/>
        <source>This cohort has no sessions yet, and an answer to the survey after a session needs one. Plan its sessions first, or record an end-of-program, mentor or manager response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/surveyresponsemodel.cpp" line="319"/>
        <source>Add survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/surveyresponsemodel.cpp" line="324"/>
        <source>Delete %n survey response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::SurveysPage</name>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="24"/>
        <source>&amp;Add response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="27"/>
        <source>All surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="30"/>
        <source>&amp;Survey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="37"/>
        <source>Records one answer to the survey you choose; leave the participant empty to keep it anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="61"/>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="66"/>
        <source>&amp;New survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="106"/>
        <source>No answers to the survey “%1” for this cohort yet. “Add response” records one; choose “All surveys” to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/surveyspage.cpp" line="109"/>
        <source>No survey responses for this cohort yet. Use “Add response” for each answer that comes in: after a session, at the end of the program, or from a mentor or a manager. Leave the participant empty to keep an answer anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="127"/>
        <source>%1 · %2 · %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="130"/>
        <source>%n response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="131"/>
        <source>%n anonymous</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/surveyspage.cpp" line="137"/>
        <source>Delete %n survey response(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TargetsPage</name>
    <message>
        <location filename="../src/views/targetspage.cpp" line="40"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="43"/>
        <source>&amp;Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="44"/>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="45"/>
        <source>Add &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="46"/>
        <source>Delete level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="50"/>
        <source>No targets for this role yet. “Add target” sets the level it needs in a dimension; without its own targets a role is measured against the organisation-wide default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="55"/>
        <source>No levels for this track yet. “Add level” says which level a track brings its participants to; placement compares assessed levels with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="60"/>
        <source>Required level per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="61"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="72"/>
        <source>Level each track brings its participants to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="73"/>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="127"/>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="135"/>
        <source>&amp;New role target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/targetspage.cpp" line="162"/>
        <source>There is no track yet; add one under Tracks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="182"/>
        <source>Delete %n role target(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="184"/>
        <source>Delete %n role target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="191"/>
        <source>Delete %n track level(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/targetspage.cpp" line="193"/>
        <source>Delete %n track level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TrackModel</name>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="16"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="17"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="18"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="19"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="20"/>
        <source>Key topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="21"/>
        <source>Capstone project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="22"/>
        <source>Planned hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="23"/>
        <source>Planned weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="49"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="51"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="93"/>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="24"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="39"/>
        <source>Hours and weeks cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="47"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="53"/>
        <source>Hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="87"/>
        <source>This track has no module hours yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::TrackTargetModel</name>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="11"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="12"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="13"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="14"/>
        <source>Level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="45"/>
        <source>%1 already has a level for “%2”; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="73"/>
        <source>%1 already has a level for every dimension; change the existing ones instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/tracktargetmodel.cpp" line="81"/>
        <source>Add track level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::TracksPage</name>
    <message>
        <location filename="../src/views/trackspage.cpp" line="26"/>
        <source>Add &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="27"/>
        <source>&amp;Remove module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="37"/>
        <source>Filter tracks by name, audience or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="39"/>
        <source>No tracks yet. Use Edit → New track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="47"/>
        <source>This track has no modules yet. Use “Add module”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="62"/>
        <source>Remove the selected modules from this track</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="115"/>
        <source>Remove %n module(s) from this track?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="116"/>
        <source>Remove %n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="126"/>
        <source>&amp;New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="138"/>
        <source>Select a track to see its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="142"/>
        <source>Modules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="191"/>
        <location filename="../src/views/trackspage.cpp" line="208"/>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/trackspage.cpp" line="198"/>
        <source>New track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="225"/>
        <source>Delete %n track(s) with their modules?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/trackspage.cpp" line="227"/>
        <source>Delete %n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::TracksView</name>
    <message>
        <location filename="../src/views/tracksview.cpp" line="16"/>
        <source>Tracks and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="17"/>
        <source>Capability coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="24"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::YearComparisonPage</name>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="40"/>
        <source>Annual needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="41"/>
        <source>Current: self, pre, post or annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="42"/>
        <source>Self-assessment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="43"/>
        <source>Manager rating only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="46"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="130"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="47"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="133"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="61"/>
        <source>Compare &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="62"/>
        <source>with &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="63"/>
        <source>Assess&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="123"/>
        <source>The comparison could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="130"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="132"/>
        <source>%1: people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="131"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="132"/>
        <source>%1: average level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="131"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="133"/>
        <source>%1: at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="151"/>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="172"/>
        <source>No dimension has assessments of these kinds from at least %1 people in both %2 and %3. The yearly needs assessment is recorded as kind &quot;annual&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="177"/>
        <source>Each person&apos;s latest assessment of the year counts; change is in levels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="51"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="93"/>
        <source>the program FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="98"/>
        <source>%1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="99"/>
        <source>expected %1, but only &apos;%2&apos; was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="104"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="11"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="11"/>
        <source>Frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="12"/>
        <source>Full-stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="12"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="13"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="13"/>
        <source>Tech lead / manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="14"/>
        <location filename="../src/core/vocabulary.cpp" line="73"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="16"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="17"/>
        <source>Mid-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="18"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="19"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="20"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="22"/>
        <source>Foundational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="23"/>
        <source>Specialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="24"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="26"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="27"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="28"/>
        <location filename="../src/core/vocabulary.cpp" line="33"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="29"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="31"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="32"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="34"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="36"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="36"/>
        <source>Tested out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="38"/>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="39"/>
        <source>Pre-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="40"/>
        <source>Post-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="41"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="42"/>
        <source>Annual needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="44"/>
        <source>Blocks a high-priority AI project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="45"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="46"/>
        <source>Nice to have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="48"/>
        <source>Instructor-led workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="49"/>
        <source>Pair programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="50"/>
        <source>Reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="51"/>
        <source>External course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="52"/>
        <location filename="../src/core/vocabulary.cpp" line="61"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="53"/>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="54"/>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="56"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="57"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="58"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="60"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="62"/>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="64"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="65"/>
        <source>Prototyping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="66"/>
        <source>Showcased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="67"/>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="68"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="70"/>
        <source>Sprint work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="71"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="72"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="75"/>
        <source>Community of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="76"/>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="77"/>
        <source>Annual summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="78"/>
        <source>Refresher module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="80"/>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="81"/>
        <source>End of program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="82"/>
        <source>Mentor survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="83"/>
        <source>Manager survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="85"/>
        <source>Broad e-learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="86"/>
        <source>Vendor cloud certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="87"/>
        <source>Boutique engineering workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="88"/>
        <source>Immersive bootcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="90"/>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="91"/>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="92"/>
        <source>Contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="93"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="95"/>
        <source>Pre-launch preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="96"/>
        <source>Program infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="97"/>
        <source>Measurement and sustainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="99"/>
        <source>Data pipelines and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="100"/>
        <source>Model lifecycle and LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="101"/>
        <source>Reliability, latency and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="102"/>
        <source>Security and guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="104"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="105"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="106"/>
        <source>Steady state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="107"/>
        <source>Advanced programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="109"/>
        <source>Deciding criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="110"/>
        <source>Capability coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="111"/>
        <source>Open-source alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/vocabulary.cpp" line="113"/>
        <source>Organisation-wide default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriterConnection</name>
    <message>
        <location filename="../src/storage/writerconnection.cpp" line="23"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/writerconnection.cpp" line="36"/>
        <source>%1 cannot be prepared for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="144"/>
        <source>the workbook is damaged: %1 cannot be read (%2 at line %3 of its XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="155"/>
        <source>this is not an Excel workbook: it has no %1; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="161"/>
        <location filename="../src/io/xlsxreader.cpp" line="167"/>
        <source>the workbook is damaged: %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="177"/>
        <source>the workbook cannot be opened; it may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="185"/>
        <source>OpenDocument spreadsheets (.ods) cannot be imported; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="193"/>
        <location filename="../src/io/xlsxreader.cpp" line="264"/>
        <source>the workbook is damaged: the sheet &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="198"/>
        <source>the workbook is damaged: the sheet &quot;%1&quot; cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="227"/>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="242"/>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="378"/>
        <source>the sheet has more columns than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/xlsxreader.cpp" line="405"/>
        <location filename="../src/io/xlsxreader.cpp" line="419"/>
        <source>the sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="30"/>
        <source>Plan and track AI-upskilling programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>The program file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
