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
        <location filename="../src/cli/main.cpp" line="44"/>
        <source>Usage: %1 COMMAND [options] FILE

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="49"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="57"/>
        <source>a command is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="76"/>
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
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="38"/>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../src/io/csvwriter.cpp" line="94"/>
        <location filename="../src/io/csvwriter.cpp" line="154"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/csvwriter.cpp" line="128"/>
        <location filename="../src/io/csvwriter.cpp" line="150"/>
        <source>the file is not open</source>
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
        <location filename="../src/demo/democatalogue.cpp" line="137"/>
        <source>The program has no skill dimensions; the demo needs the default rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/democatalogue.cpp" line="141"/>
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
        <location filename="../src/demo/demoprogram.cpp" line="192"/>
        <source>Saving the demo program failed: %1</source>
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
        <location filename="../src/demo/demowords.cpp" line="216"/>
        <source>Solid overview; the labs were the valuable part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="217"/>
        <source>Too basic for our senior engineers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="218"/>
        <source>Great talks on evaluation and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="219"/>
        <source>Good preparation for the certification exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="220"/>
        <source>Expensive for what it offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="223"/>
        <source>Prompt patterns that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="224"/>
        <source>Evaluating RAG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="225"/>
        <source>Guardrails in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="226"/>
        <source>Cost and latency budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="227"/>
        <source>Lessons from failed experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="228"/>
        <source>AI-assisted code review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="229"/>
        <source>Data quality for model inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="230"/>
        <source>Showcase of alumni projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="238"/>
        <source>All instructors have shipped AI features in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="239"/>
        <source>About a quarter of the curriculum covers failure modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="240"/>
        <source>Labs can run in our own cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="241"/>
        <source>Assessment is a graded project, not a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="242"/>
        <source>Curriculum is updated every quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="243"/>
        <source>Unclear; they promised to follow up in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="247"/>
        <source>Three of eight days are Python basics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="248"/>
        <source>All labs use a single vendor&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="249"/>
        <source>Capstone is a chat interface demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="250"/>
        <source>No support after the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="251"/>
        <source>Success report only counts attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="254"/>
        <source>Seen in the trial session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="255"/>
        <source>According to two reference customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="260"/>
        <source>Agreed with the engineering leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="261"/>
        <source>Budget approved for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="262"/>
        <source>Still being discussed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="90"/>
        <source>Pair programming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="92"/>
        <source>Team areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="108"/>
        <source>Reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="112"/>
        <source>Project showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="30"/>
        <source>Only mentor with production LLM experience in this team&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="70"/>
        <source>Community of practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="75"/>
        <source>AI meetup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="82"/>
        <source>Refresher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="123"/>
        <source>Four workshop days in our own environment, then office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="123"/>
        <source>Per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="125"/>
        <source>Instructors have shipped retrieval and evaluation systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="128"/>
        <source>Self-paced video courses with quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="128"/>
        <source>Per seat per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="129"/>
        <source>Cheap, broad, shallow on LLMOps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="132"/>
        <source>Exam preparation tracks for one cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="132"/>
        <source>Per exam voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="133"/>
        <source>Tied to a single vendor&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="214"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowriter.cpp" line="247"/>
        <source>Pilot cohort: roles and seniority mixed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="36"/>
        <source>Wrote %1 (%2, rows: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="105"/>
        <source>Writes a program, or part of it, to a file other programs read. FORMAT and KIND say what; the output goes to a temporary file first and replaces OUT only when it is complete, so a failed or cancelled export leaves OUT as it was.

FORMAT KIND:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="136"/>
        <source>%1: there is no cohort named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="142"/>
        <source>Export part of a program to a file (FORMAT KIND FILE -o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="149"/>
        <source>The file to write; an existing one is replaced only when the export succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="152"/>
        <source>The program file to export from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="154"/>
        <source>The format to write: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="156"/>
        <source>What to export in that format, such as a table for csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="168"/>
        <source>unknown format &apos;%1&apos;; the formats are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="173"/>
        <source>unknown %1 export &apos;%2&apos;; there are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="183"/>
        <source>--%1 does not apply to &apos;%2 %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="187"/>
        <source>the output file is missing (-o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="197"/>
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
        <location filename="../src/cli/infocommand.cpp" line="41"/>
        <source>%1: counting the rows of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="48"/>
        <source>File:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="49"/>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="50"/>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="50"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="55"/>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="59"/>
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
    <name>PdfDocument</name>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="50"/>
        <source>The page cannot be drawn on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="81"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/pdfdocument.cpp" line="108"/>
        <location filename="../src/reports/pdfdocument.cpp" line="123"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExports</name>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="30"/>
        <source>--by takes role, team or cohort (the export never lists people), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="39"/>
        <source>--role takes one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="51"/>
        <source>Wrote %1 (gap analysis by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="65"/>
        <source>Wrote %1 (launch checklist of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="67"/>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="79"/>
        <source>the roster needs --cohort NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="83"/>
        <source>Wrote %1 (roster of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="95"/>
        <source>Wrote %1 (program report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="104"/>
        <source>the launch checklist of the program, or of --cohort NAME, with a sign-off block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="107"/>
        <source>a cohort&apos;s roster (--cohort NAME): dates, track, instructors, participants with mentors, sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="110"/>
        <source>the program report for leadership: key figures, the four levels&apos; charts, top gaps, completion and advancement per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="121"/>
        <source>The cohort of a checklist or roster; only this cohort (gap, chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="113"/>
        <source>the gap analysis: curriculum priority, the three rankings and a heatmap by role, team or cohort (never by person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="123"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="125"/>
        <source>Heatmap rows: role (default), team or cohort (gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="125"/>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="126"/>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="126"/>
        <source>Only this team (gap, chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="127"/>
        <source>Only this role (gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="127"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pdfexports.cpp" line="142"/>
        <source>no PDF report called &quot;%1&quot;</source>
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
    <name>QObject</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="42"/>
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
        <location filename="../src/storage/rowstore.cpp" line="55"/>
        <source>Unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/rowstore.cpp" line="60"/>
        <source>Unknown column %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
    <name>TableExport</name>
    <message>
        <location filename="../src/io/tableexport.cpp" line="32"/>
        <source>every assessment: person, rubric dimension, kind, level and date, with the cohort it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="49"/>
        <source>every cohort with its track, quarter, dates, status and instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="60"/>
        <source>who is or was in which cohort, with status and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="71"/>
        <source>every person with role, team, manager, seniority and program roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="115"/>
        <source>There is no table &apos;%1&apos; to export; the tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="124"/>
        <location filename="../src/io/tableexport.cpp" line="159"/>
        <source>Reading %1 for the export failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/io/tableexport.cpp" line="153"/>
        <source>The export of %1 was cancelled; %2 was not written.</source>
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
        <location filename="../src/views/advancementpage.cpp" line="88"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="118"/>
        <source>There is no cohort called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="133"/>
        <source>The advancement could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="140"/>
        <source>%n people have a pre assessment and wait for their post assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="143"/>
        <source>No pre and post assessments recorded for this yet. Record them on the Assessments page (bulk entry works per cohort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="146"/>
        <source>Withheld: only %1 with both a pre and a post assessment, and the program shows no figure about fewer than %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="148"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="153"/>
        <source>meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="155"/>
        <source>below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="158"/>
        <source>at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="159"/>
        <source>at least %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="160"/>
        <source>Average advancement &lt;b&gt;%1 levels&lt;/b&gt; over %2 — %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="162"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/advancementpage.cpp" line="167"/>
        <source>%n more people are still waiting for their post assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/advancementpage.cpp" line="179"/>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
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
        <location filename="../src/views/cohortentrypage.cpp" line="46"/>
        <source>Type part of a cohort&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="47"/>
        <source>The cohorts, newest first. Type any part of a cohort&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="57"/>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="199"/>
        <source>%1, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="201"/>
        <source>%1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="202"/>
        <source>%1, ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="220"/>
        <source>Choose a cohort above: its figures are entered here, one cohort at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="222"/>
        <source>There are no cohorts yet. Plan one under Cohorts; its figures are entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortentrypage.cpp" line="272"/>
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
    <name>Upskill::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="50"/>
        <source>Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="59"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="60"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="61"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="62"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="63"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="64"/>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="101"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="102"/>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="104"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="106"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="109"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="113"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="116"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="121"/>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <location filename="../src/app/mainwindow.cpp" line="289"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="123"/>
        <location filename="../src/app/mainwindow.cpp" line="285"/>
        <location filename="../src/app/mainwindow.cpp" line="290"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="126"/>
        <location filename="../src/app/mainwindow.cpp" line="172"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="140"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="146"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="156"/>
        <source>&amp;About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="158"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Gap analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="237"/>
        <source>Advancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="238"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="239"/>
        <source>Year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="272"/>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="285"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="294"/>
        <source>%1 — Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="299"/>
        <source>The file was upgraded to this version&apos;s format; the previous version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="315"/>
        <location filename="../src/app/mainwindow.cpp" line="370"/>
        <source>Cannot open the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="321"/>
        <source>Cannot open the last program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="327"/>
        <source>Cannot open the default program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="334"/>
        <source>New program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="342"/>
        <location filename="../src/app/mainwindow.cpp" line="347"/>
        <location filename="../src/app/mainwindow.cpp" line="352"/>
        <source>Cannot create the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="343"/>
        <source>%1 is the program that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="347"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="360"/>
        <source>Open program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="378"/>
        <source>Save a copy of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="386"/>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="389"/>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="395"/>
        <source>About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="396"/>
        <source>&lt;h3&gt;Upskill Planner %1&lt;/h3&gt;&lt;p&gt;Plans and tracks AI-upskilling programs for software engineers: cohorts, tracks, participants, skills and the results that matter to leadership.&lt;/p&gt;&lt;p&gt;Every change is written to the program file as you make it; Edit → Undo takes changes back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <location filename="../src/models/modulemodel.cpp" line="107"/>
        <source>Only %1 % of this module is hands-on; the program&apos;s minimum is %2 %. Move time from instruction to an exercise on the engineers&apos; own code.</source>
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
        <location filename="../src/views/participantsview.cpp" line="33"/>
        <source>Search by name, email, team or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="35"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="38"/>
        <source>Enrol in &amp;cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="42"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="49"/>
        <source>No participants match. Add engineers with Edit → New participant, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="53"/>
        <source>Not enrolled in any cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="105"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="110"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="122"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="131"/>
        <source>Select a person to see their cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="135"/>
        <source>Cohorts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="145"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="154"/>
        <source>Delete %n participant(s) with their enrollments, assessments and other records?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="158"/>
        <source>Delete %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="171"/>
        <source>Select the people to enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="185"/>
        <source>There is no planned or running cohort to enrol in. Plan one under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="191"/>
        <source>Enrol in cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="192"/>
        <source>Enrol %n selected participant(s) in:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="198"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../src/views/placementpage.cpp" line="113"/>
        <source>The program has no tracks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="130"/>
        <source>The placement could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="135"/>
        <source>%1 has no target levels yet: set them on the Targets page, then the engineers who already reach them are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="142"/>
        <source>Nobody&apos;s latest assessment meets all %n target level(s) of %1 yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="146"/>
        <source>%n engineer(s) already meet %1 of %2 and can test out of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="148"/>
        <source>all %n target level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/placementpage.cpp" line="157"/>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="197"/>
        <source>Mark %n participant(s) as tested out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/placementpage.cpp" line="201"/>
        <source>%n participant(s) marked as tested out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../src/views/presentationwindow.cpp" line="122"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/presentationwindow.cpp" line="124"/>
        <source>← → next and previous · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upskill::ProgramFile</name>
    <message>
        <location filename="../src/storage/programfile.cpp" line="61"/>
        <source>%1 is a folder, not a program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="65"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="69"/>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="73"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="82"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="86"/>
        <source>%1 is not an Upskill Planner program file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="110"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="122"/>
        <source>%1 is damaged or cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="139"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="148"/>
        <source>%1 is an SQLite database of another program, not an Upskill Planner program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="154"/>
        <source>%1 was saved by a newer version of Upskill Planner (file format %2; this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="184"/>
        <source>%1 is damaged and cannot be opened safely: it is shorter than its own header says (%2 of %3 bytes); it may have been cut off while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="199"/>
        <source>%1 is damaged and cannot be opened safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="216"/>
        <source>%1 cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="237"/>
        <location filename="../src/storage/programfile.cpp" line="243"/>
        <source>The backup before upgrading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="315"/>
        <source>the integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="323"/>
        <source>The copy must go to another file than the open program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="339"/>
        <source>The copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="345"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="350"/>
        <source>The copy could not be moved to %1.</source>
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
        <location filename="../src/app/reportactions.cpp" line="35"/>
        <source>Launch &amp;Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="36"/>
        <source>Cohort &amp;Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="37"/>
        <source>&amp;Program Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="38"/>
        <source>Skill &amp;Gap Analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="62"/>
        <source>Select a cohort in the Cohorts area first: the roster is about one cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/reportactions.cpp" line="75"/>
        <source>The report could not be built: %1</source>
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
        <source>Weeks</source>
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
        <location filename="../src/models/trackmodel.cpp" line="49"/>
        <source>Module hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="51"/>
        <source>Hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="81"/>
        <source>This track has no module hours yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/trackmodel.cpp" line="84"/>
        <source>Only %1 % of this track&apos;s time is hands-on; the program asks for at least %2 %. Too much theory is a known reason programs fail.</source>
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
    <name>Upskill::TracksView</name>
    <message>
        <location filename="../src/views/tracksview.cpp" line="24"/>
        <source>Add &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="25"/>
        <source>Remove module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="31"/>
        <source>Filter tracks by name, audience or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="33"/>
        <source>No tracks yet. Use Edit → New track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="40"/>
        <source>This track has no modules yet. Use “Add module”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="90"/>
        <source>Remove %n module(s) from this track?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="91"/>
        <source>Remove %n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="101"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="106"/>
        <source>&amp;New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="117"/>
        <source>Select a track to see its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="126"/>
        <source>Modules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="127"/>
        <source>Modules of %1 — %2 h, %3 hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="138"/>
        <location filename="../src/views/tracksview.cpp" line="153"/>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="145"/>
        <source>New track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="164"/>
        <source>Delete %n track(s) with their modules?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="166"/>
        <source>Delete %n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../src/views/yearcomparisonpage.cpp" line="141"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="47"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="144"/>
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
        <location filename="../src/views/yearcomparisonpage.cpp" line="134"/>
        <source>The comparison could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="141"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="143"/>
        <source>%1: people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="142"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="143"/>
        <source>%1: average level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="142"/>
        <location filename="../src/views/yearcomparisonpage.cpp" line="144"/>
        <source>%1: at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="162"/>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="183"/>
        <source>No dimension has assessments of these kinds from at least %1 people in both %2 and %3. The yearly needs assessment is recorded as kind &quot;annual&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/yearcomparisonpage.cpp" line="188"/>
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
