<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="36"/>
        <source>Usage: %1 COMMAND [options] FILE

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="42"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>a command is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="69"/>
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
        <location filename="../src/cli/commandline.cpp" line="25"/>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultContent</name>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="39"/>
        <source>Could not prepare the default content of the new program file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="51"/>
        <source>Could not add %1 to the new program file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="105"/>
        <source>AI/ML fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="106"/>
        <source>How machine-learning systems learn, predict and fail, and which approach suits which problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="108"/>
        <source>Can describe in plain words what machine learning does
Can point to a spot in their own product where it might help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="111"/>
        <source>Can explain training versus inference and what a metric such as precision says
Has run a pre-trained model on a sample of real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="115"/>
        <source>Has chosen a modelling approach for a real problem and defended it in a review
Has trained and evaluated a model on company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="119"/>
        <source>Has designed an ML system from data collection to monitoring
Coaches colleagues through their first ML work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="122"/>
        <source>LLMs and prompt engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="123"/>
        <source>Working with large language models: prompting them, grounding their answers in our own data and judging the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="126"/>
        <source>Has tried a general-purpose AI chat tool, for example to draft or summarise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="129"/>
        <source>Gets working code or a useful analysis out of a model within a few attempts
Uses examples and a fixed output format in prompts on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="133"/>
        <source>Has built a retrieval-augmented feature or a multi-step prompt pipeline
Checks model answers against a test set instead of by eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="136"/>
        <source>Has set up an evaluation harness the team relies on
Has fine-tuned a model or measurably cut the cost of calling one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="139"/>
        <source>AI-assisted development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="140"/>
        <source>Using AI tools throughout everyday engineering work, from writing code to reviews, tests and documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="142"/>
        <source>Knows which AI coding assistants exist and which ones we allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="144"/>
        <source>Accepts or rejects assistant completions with judgement
Lets an assistant write boilerplate and simple functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="147"/>
        <source>Reaches for AI when reviewing, testing and documenting, not only when typing code
Can show where an assistant saved time in a recent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="151"/>
        <source>Maintains shared prompts, settings or tools for the team&apos;s AI workflow
Has helped another team adopt these practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="154"/>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="201"/>
        <source>Data engineering for AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="155"/>
        <source>Getting data into the shape AI features need: cleaning, pipelines, embeddings and quality checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="157"/>
        <source>Can explain why a model is only as good as the data behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="159"/>
        <source>Has turned a raw export into a clean, documented dataset that an AI feature used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="162"/>
        <source>Owns a scheduled job that delivers data for training or for live predictions
Has added data checks that stop the pipeline on bad input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="166"/>
        <source>Has planned the storage behind AI features, such as a feature store or vector index, for several teams
Owns data contracts that other teams build on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="169"/>
        <source>AI in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="170"/>
        <source>Shipping and operating AI features: deployment, monitoring, cost, reliability and safe fallbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="172"/>
        <source>Knows a model must be deployed, watched and updated like any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="174"/>
        <source>Has put a model or AI feature behind a staging URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="175"/>
        <source>Has an AI feature in production with monitoring and alerts
Has handled an incident or regression caused by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="178"/>
        <source>Has laid out a production AI architecture with tracing, alerting and a fallback path
Sets the team&apos;s standards for operating models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="202"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="203"/>
        <source>Engineering managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="204"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="205"/>
        <source>Platform team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="206"/>
        <source>AI champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="207"/>
        <source>Program sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="211"/>
        <source>Run the baseline skills assessment on the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="214"/>
        <source>Brief the participants&apos; managers on the program and what it asks of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="218"/>
        <source>Agree five hours of protected learning time a week with stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="222"/>
        <source>Confirm the instructors and send them the session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="225"/>
        <source>Give every participant a mentor, with no more than three mentees each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="229"/>
        <source>Collect candidate application projects from real team problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="233"/>
        <source>Block the protected time in participants&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="236"/>
        <source>Send the welcome note with the schedule and setup instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="240"/>
        <source>Reserve rooms or video links for every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="243"/>
        <source>Prepare lab environments with access to AI tools inside our own stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="247"/>
        <source>Open a chat channel for the cohort and its mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="250"/>
        <source>Create a knowledge-base space for notes, reading summaries and demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="254"/>
        <source>Make sure every participant has a licence for the approved coding assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="259"/>
        <source>Book the end-of-cohort showcase and invite the managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="262"/>
        <source>Set up the log where participants record external courses and conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="266"/>
        <source>Get the session and end-of-program surveys ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="269"/>
        <source>Plan the closing assessment on the same rubric as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="273"/>
        <source>Agree how AI tool usage, experiments and AI-related commits will be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="278"/>
        <source>Schedule monthly behaviour check-ins for the six months after the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="282"/>
        <source>Schedule quarterly reviews of business impact for the following year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="286"/>
        <source>Put the quarterly review of completion rate and program metrics in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="291"/>
        <source>Plan the community-of-practice meetings that alumni join afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="295"/>
        <source>Offer graduates refresher or advanced sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="300"/>
        <source>Practitioner instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="301"/>
        <source>The instructors have run AI systems in production themselves and can tell first-hand stories of debugging them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="305"/>
        <source>Adapts to our stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="306"/>
        <source>The course is fitted to our cloud, data stores and deployment pipelines rather than taught from a fixed syllabus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="310"/>
        <source>Depth on evaluation and LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="311"/>
        <source>Evaluating and operating models is core material, not a closing chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="314"/>
        <source>Hands-on keyboard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="315"/>
        <source>Most of the time goes to writing and debugging code on projects of realistic size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="319"/>
        <source>Data pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="320"/>
        <source>Data contracts, chunking, embeddings and validation, worked through on messy data like ours rather than tidy samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="324"/>
        <source>Model lifecycle and LLMOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="325"/>
        <source>Evaluation frameworks, prompt versioning, cost tracking, fallback routing and noticing when a model&apos;s quality slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="329"/>
        <source>Reliability, latency and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="330"/>
        <source>Latency budgets, caching, rate limits and asynchronous work, shown on real systems rather than slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="333"/>
        <source>Security and guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="334"/>
        <source>Defending against prompt injection and data leaks and limiting what retrieval can expose, in every module instead of a separate compliance session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="339"/>
        <source>Open-source alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="340"/>
        <source>Open models and tools are taught next to commercial APIs, so we are not tied to one vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="346"/>
        <source>Syllabus heavy on basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="347"/>
        <source>Around half of the time goes to introductory Python or linear algebra, which senior engineers do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="349"/>
        <source>Only one API vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="350"/>
        <source>Everything is built on a single vendor&apos;s API and open-source options never come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="353"/>
        <source>Toy final project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="354"/>
        <source>The final project is a simple chat page instead of a system with data, evaluation and deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="356"/>
        <source>No support after the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="357"/>
        <source>Nothing continues once the sessions end: no office hours, follow-up or further learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="359"/>
        <source>Success measured by attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="360"/>
        <source>The provider reports how many people turned up and finished, not what they built or whether they can reason about a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="366"/>
        <source>Have your instructors built and run AI systems in production, or are they full-time trainers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="368"/>
        <source>How many hours of the course go to debugging and to what happens when AI systems fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="371"/>
        <source>Will the exercises run on our own infrastructure, behind our security controls?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="374"/>
        <source>How do you check what participants can actually do, other than with multiple-choice tests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="376"/>
        <source>When was the material last revised, and how do you keep it current as tools and models move on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="381"/>
        <source>Are there concrete AI use cases waiting for participants once the training ends?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="384"/>
        <source>Is our technical environment open enough for engineers to experiment with AI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="387"/>
        <source>Is the goal real capability, rather than a stack of completion certificates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="390"/>
        <source>Is our data infrastructure in good enough shape to build AI features on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="396"/>
        <source>Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="396"/>
        <source>Practicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="397"/>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="397"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="415"/>
        <source>the rubric dimension &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="421"/>
        <source>level %1 of the rubric dimension &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="439"/>
        <source>the %1 target for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="464"/>
        <source>the checklist item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="499"/>
        <source>the provider criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="506"/>
        <source>the red flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="513"/>
        <source>the question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="520"/>
        <source>the readiness question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontent.cpp" line="534"/>
        <source>the program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="53"/>
        <source>AI foundations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="54"/>
        <source>Every engineer, whatever the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="55"/>
        <source>What AI and ML are; how LLMs work; prompting; AI in the development workflow; data quality and bias; ethics; when AI is the wrong tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="58"/>
        <source>A short proposal, presented to the cohort, for an AI application in the participant&apos;s own team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="64"/>
        <source>AI concepts and the landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="65"/>
        <source>Supervised and unsupervised learning; training versus inference; the vocabulary used in the rest of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="68"/>
        <source>Label a sample of your team&apos;s data with a pre-trained classifier, then list three problems in your area where AI could help and choose one as your application project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="73"/>
        <source>Large language models and prompting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="74"/>
        <source>Tokens, context windows and what a transformer does; zero-shot, few-shot, step-by-step and structured-output prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="77"/>
        <source>Write prompts that generate, review and document code, then one prompt that settles an open ticket from your backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="81"/>
        <source>AI in the development workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="82"/>
        <source>Working with code assistants and knowing when to say no; generating tests, including property-based ones; drafting docs and decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="86"/>
        <source>Work a full day with an AI assistant in your own repository and write down what helped, what got in the way and what you would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="90"/>
        <source>Quality, ethics and when to use AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="91"/>
        <source>How training data shapes behaviour and bias; fairness, transparency and privacy; choosing between AI and a conventional solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="94"/>
        <source>Review a model&apos;s output for bias and quality problems, then pitch your AI idea for your team to the cohort in five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="99"/>
        <source>AI application development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="100"/>
        <source>Backend and full-stack engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="101"/>
        <source>Retrieval-augmented generation; agents and tool calling; integrating model APIs; parsing structured output; streaming; error handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="104"/>
        <source>An AI-backed feature in the team&apos;s own product, deployed at least to staging and checked against an evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="111"/>
        <source>Model APIs and structured output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="112"/>
        <source>Calling hosted and open models; schemas and validated JSON output; streaming responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="114"/>
        <source>Wrap a model call in a small service in your team&apos;s stack that returns validated, typed results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="117"/>
        <source>Retrieval-augmented generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="118"/>
        <source>Chunking, embeddings, vector search, assembling the prompt, citing sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="121"/>
        <source>Index part of your team&apos;s documentation and answer real questions from it, with the sources shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="124"/>
        <source>Evaluating AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="125"/>
        <source>Test sets, automatic and model-graded checks, catching regressions when a prompt or model changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="127"/>
        <source>Collect at least twenty test cases for your retrieval feature and run them in your CI pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="130"/>
        <source>Agents and tool use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="131"/>
        <source>Function calling, planning loops, limiting what an agent may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="133"/>
        <source>Let a model call two of your internal APIs, with an allow-list and a cap on the number of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="136"/>
        <source>Failures, security and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="137"/>
        <source>Timeouts, retries, rate limits, fallbacks, caching, defending against prompt injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="139"/>
        <source>Break your feature on purpose with a slow model, bad input and a hostile prompt, then add the handling it lacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="143"/>
        <source>Capstone: ship the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="144"/>
        <source>Hardening, deploying to staging, preparing the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="145"/>
        <source>Deploy your AI feature to staging and present it together with its evaluation results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="149"/>
        <source>AI-powered user experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="150"/>
        <source>Frontend engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="151"/>
        <source>Streaming interfaces; designing for AI interaction; inference in the client; progressive disclosure; loading, error and empty states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="154"/>
        <source>A UI component in the team&apos;s product that uses AI and behaves well while waiting, when something fails and when there is nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="161"/>
        <source>Designing for unpredictable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="162"/>
        <source>Why model answers vary; setting user expectations; interaction patterns for AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="164"/>
        <source>Sketch three interaction designs for an AI feature in your product and review them with the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="167"/>
        <source>Streaming interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="168"/>
        <source>Token streaming, rendering partial answers, cancelling, server-sent events and WebSockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="170"/>
        <source>Build a component that shows a streamed answer as it arrives and can be stopped half-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="173"/>
        <source>Loading, error and empty states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="174"/>
        <source>Latency budgets, placeholders, failures, refusals, answers that find nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="177"/>
        <source>Give your streaming component a complete set of states and write a test for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="181"/>
        <source>Progressive disclosure and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="182"/>
        <source>Showing sources and confidence, letting users correct or undo, collecting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="185"/>
        <source>Show the sources behind an AI answer in your product and add a way for users to rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="188"/>
        <source>Inference in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="189"/>
        <source>Small models on the client, WebGPU and WebAssembly runtimes, privacy and performance trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="191"/>
        <source>Run a small model in the browser for one feature and measure load time and response time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="194"/>
        <source>Capstone: an AI-enhanced component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="195"/>
        <source>Accessibility, quick usability tests, the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="196"/>
        <source>Finish your component, try it out with two users and present what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="202"/>
        <source>Data and platform engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="203"/>
        <source>Pipelines for training data; feature stores; vector databases; embedding pipelines; monitoring data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="205"/>
        <source>A pipeline that takes real company data all the way to the input an AI application consumes, with quality checks on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="212"/>
        <source>What models need from data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="213"/>
        <source>Training versus inference data, data contracts, working with messy enterprise data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="216"/>
        <source>Profile a real dataset your team owns and write a data contract for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="219"/>
        <source>Pipelines for training and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="220"/>
        <source>Batch and streaming ingestion, reproducible runs, versioned datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="222"/>
        <source>Build a pipeline that produces a versioned dataset from a real source and gives the same result when run twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="226"/>
        <source>Embeddings and vector databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="227"/>
        <source>Chunking strategies, embedding models, indexing, re-embedding when the data changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="230"/>
        <source>Chunk and embed a collection of your documents and load it into a vector store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="234"/>
        <source>Feature stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="235"/>
        <source>Offline and online features, keeping training and serving consistent, freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="238"/>
        <source>Define three features for a model and serve identical values offline and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="242"/>
        <source>Data quality and access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="243"/>
        <source>Validation, drift detection, lineage, personal data, permissions in retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="246"/>
        <source>Add validation and drift alerts to your pipeline and make retrieval return only what the asking user may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="250"/>
        <source>Capstone: an end-to-end pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="251"/>
        <source>Orchestration, monitoring, handing over to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="252"/>
        <source>Run your pipeline end to end for an AI application and present its design and its quality checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="256"/>
        <source>AI platform engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="257"/>
        <source>Platform and infrastructure engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="258"/>
        <source>Serving models; managing GPUs; keeping cost down; observability; A/B tests for AI features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="260"/>
        <source>A running model endpoint on our infrastructure that scales itself, is watched by dashboards and alerts, and reports what it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="267"/>
        <source>Serving models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="268"/>
        <source>Hosted APIs versus models we run ourselves, inference servers, batching, model registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="270"/>
        <source>Serve an open model behind an internal endpoint in our own environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="273"/>
        <source>GPUs and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="274"/>
        <source>Scheduling GPUs, quantisation, autoscaling, planning capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="276"/>
        <source>Configure autoscaling for your endpoint and find its limits with a load test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="280"/>
        <source>Observability for AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="281"/>
        <source>Latency, token and error metrics, tracing prompts, noticing when answer quality drifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="283"/>
        <source>Add dashboards and alerts for latency, errors and token use to your endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="287"/>
        <source>Controlling cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="288"/>
        <source>Cost per request, caching including semantic caching, routing between models, budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="291"/>
        <source>Put a cache and a cost report in front of the endpoint and measure what it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="295"/>
        <source>Safe rollouts and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="296"/>
        <source>A/B tests for models and prompts, canary releases, fallbacks, guardrails at the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="298"/>
        <source>Send part of the traffic to a second model version, with an automatic fallback to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="301"/>
        <source>Capstone: production-ready serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="302"/>
        <source>Runbooks, failover, security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="303"/>
        <source>Demonstrate your serving setup live: scale it under load and show its dashboards and cost report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="307"/>
        <source>AI product management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="308"/>
        <source>Tech leads and engineering managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="309"/>
        <source>Scoping AI products; how to evaluate them; talking to stakeholders; assessing risk; go/no-go criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="311"/>
        <source>A specification for an AI feature that a team could build from, including how it will be judged and how it will be rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="318"/>
        <source>Finding and scoping AI opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="319"/>
        <source>Where AI fits and where it does not, estimating value, build or buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="321"/>
        <source>Rate three candidate AI features from your roadmap on value, feasibility and risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="325"/>
        <source>How to evaluate an AI feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="326"/>
        <source>Defining quality, building test sets, human and model-based review, acceptance thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="328"/>
        <source>Write the evaluation plan for your chosen feature, with its test set and pass marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="332"/>
        <source>Risk, safety and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="333"/>
        <source>Bias, privacy, attacks such as prompt injection, legal obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="335"/>
        <source>Hold a risk workshop on your feature with an engineer and someone from security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="339"/>
        <source>Explaining uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="340"/>
        <source>Describing probabilistic behaviour to stakeholders, setting expectations, reporting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="342"/>
        <source>Write a one-page brief for stakeholders on what the feature will and will not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="346"/>
        <source>Deciding on a launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="347"/>
        <source>Go/no-go criteria, staged rollout, success metrics, watching a feature after launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="350"/>
        <source>Set the go/no-go criteria and the launch metrics for your feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="353"/>
        <source>Capstone: the feature specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="354"/>
        <source>Bringing the specification together, reviewing it with engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="356"/>
        <source>Walk the cohort through your finished specification and answer their questions on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="402"/>
        <source>the track &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="407"/>
        <source>the role %1 of the track &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="413"/>
        <source>the capability %1 of the track &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/defaultcontenttexts.cpp" line="427"/>
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
        <location filename="../src/demo/democatalogue.cpp" line="134"/>
        <source>The program has no skill dimensions; the demo needs the default rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/democatalogue.cpp" line="138"/>
        <source>The program needs at least one foundational and one specialized track for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../src/cli/democommand.cpp" line="39"/>
        <source>Create a realistic demo program (--engineers N, --seed S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="46"/>
        <source>How many engineers the program has (1 to %1; default 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="51"/>
        <source>Seed of the random choices: the same seed gives the same program (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="54"/>
        <source>Creates a program file with a realistic demo program: engineers in teams, four quarters of cohorts up to the current one and one planned, with assessments, sessions, attendance, surveys, projects, mentors, protected time, follow-up metrics, community events and providers. Prints what it wrote and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="59"/>
        <source>The program file to create; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="71"/>
        <source>--engineers must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="79"/>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="95"/>
        <source><byte value="xd"/>Generating the demo program: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="109"/>
        <source>%1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="114"/>
        <source>Created %1: the demo program of %2 (engineers: %3, seed: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/democommand.cpp" line="127"/>
        <source>Elapsed: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgram</name>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="73"/>
        <source>Reading the indexes of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="85"/>
        <source>Preparing the index %1 for the demo data failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="98"/>
        <source>Building the index %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="118"/>
        <source>The number of engineers must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="122"/>
        <source>The demo program needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="138"/>
        <source>Generating the demo program was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="163"/>
        <source>Writing the demo program failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogram.cpp" line="201"/>
        <source>Saving the demo program failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTable</name>
    <message>
        <location filename="../src/demo/demotable.cpp" line="31"/>
        <source>The demo program cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demotable.cpp" line="55"/>
        <source>Writing demo data to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../src/demo/demowords.cpp" line="62"/>
        <source>Working on our own codebase made it stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="63"/>
        <source>The hands-on labs were the best part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="64"/>
        <source>I shipped my first AI feature two weeks after the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="65"/>
        <source>Pair programming with people from other teams was great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="66"/>
        <source>Evaluation techniques were eye-opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="67"/>
        <source>Protected time was respected; that made all the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="68"/>
        <source>My mentor helped me get unstuck quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="69"/>
        <source>Great balance between theory and practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="73"/>
        <source>Good content, but the pace in week 2 was too fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="74"/>
        <source>More examples from our own stack would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="75"/>
        <source>Useful, though sprint work ate into my learning time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="76"/>
        <source>The reading group was uneven; some weeks were great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="77"/>
        <source>Would like more on deploying to production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="81"/>
        <source>Too much theory, not enough keyboard time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="82"/>
        <source>I could rarely use my protected hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="83"/>
        <source>The exercises did not match the work my team does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="87"/>
        <source>Summarise incident timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="88"/>
        <source>Classify support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="89"/>
        <source>Semantic search over internal docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="90"/>
        <source>Generate test cases from specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="91"/>
        <source>Explain failing builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="92"/>
        <source>Draft release notes from merged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="93"/>
        <source>Detect anomalies in payment flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="94"/>
        <source>Extract fields from uploaded documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="95"/>
        <source>Code review assistant for style issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="96"/>
        <source>Forecast capacity for the on-call rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="97"/>
        <source>Answer product questions in the help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="98"/>
        <source>Route alerts to the right team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="99"/>
        <source>Translate error messages for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="100"/>
        <source>Evaluate prompt changes before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="101"/>
        <source>Clean product catalogue descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="102"/>
        <source>Suggest SQL for analytics questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="106"/>
        <source>The team spends hours each week on this by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="107"/>
        <source>Customers wait too long for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="108"/>
        <source>New joiners cannot find what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="109"/>
        <source>Errors are found late, after release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="110"/>
        <source>On-call engineers lose time triaging noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="111"/>
        <source>The data is inconsistent across sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="115"/>
        <source>Release week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="116"/>
        <source>Covered on-call for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="117"/>
        <source>Planning workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="118"/>
        <source>Customer escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="122"/>
        <source>Uses AI tools daily in code reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="123"/>
        <source>Proposed an AI feature in sprint planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="124"/>
        <source>Helps teammates with prompt design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="125"/>
        <source>Built an evaluation set for the team&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="126"/>
        <source>Little change visible yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="130"/>
        <source>Always available when I was stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="131"/>
        <source>Great at pointing me to the right examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="132"/>
        <source>We met less often than planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="133"/>
        <source>Helped me scope my project realistically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="137"/>
        <source>Mentoring two people is the right load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="138"/>
        <source>I learned as much as my mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="139"/>
        <source>Would like a short guide for mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="140"/>
        <source>Hard to find time during release weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="144"/>
        <source>The team now prototypes AI ideas without waiting for specialists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="145"/>
        <source>Worth the protected time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="146"/>
        <source>Projects were relevant to our roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="147"/>
        <source>Please brief managers earlier next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="151"/>
        <source>Ticket triage time measured before and after rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="152"/>
        <source>Feature flags show adoption by customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="153"/>
        <source>Finance confirmed the reduced vendor spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="154"/>
        <source>Defect rate from the quality dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="155"/>
        <source>Team estimates from the quarterly review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="159"/>
        <source>Building applications with large language models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="160"/>
        <source>Practical retrieval-augmented generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="161"/>
        <source>Evaluating LLM systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="162"/>
        <source>Machine learning for software engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="163"/>
        <source>Data pipelines for AI workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="167"/>
        <source>Applied AI engineering summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="168"/>
        <source>MLOps community day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="169"/>
        <source>European data and AI conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="173"/>
        <source>Cloud machine learning engineer certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="174"/>
        <source>Generative AI developer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="175"/>
        <source>Data engineering associate certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="183"/>
        <source>Solid overview; the labs were the valuable part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="184"/>
        <source>Too basic for our senior engineers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="185"/>
        <source>Great talks on evaluation and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="186"/>
        <source>Good preparation for the certification exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="187"/>
        <source>Expensive for what it offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="191"/>
        <source>Prompt patterns that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="192"/>
        <source>Evaluating RAG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="193"/>
        <source>Guardrails in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="194"/>
        <source>Cost and latency budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="195"/>
        <source>Lessons from failed experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="196"/>
        <source>AI-assisted code review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="197"/>
        <source>Data quality for model inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="198"/>
        <source>Showcase of alumni projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="206"/>
        <source>All instructors have shipped AI features in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="207"/>
        <source>About a quarter of the curriculum covers failure modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="208"/>
        <source>Labs can run in our own cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="209"/>
        <source>Assessment is a graded project, not a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="210"/>
        <source>Curriculum is updated every quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="211"/>
        <source>Unclear; they promised to follow up in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="215"/>
        <source>Three of eight days are Python basics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="216"/>
        <source>All labs use a single vendor&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="217"/>
        <source>Capstone is a chat interface demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="218"/>
        <source>No support after the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="219"/>
        <source>Success report only counts attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="223"/>
        <source>Seen in the trial session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="224"/>
        <source>According to two reference customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="228"/>
        <source>Agreed with the engineering leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="229"/>
        <source>Budget approved for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowords.cpp" line="230"/>
        <source>Still being discussed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="89"/>
        <source>Pair programming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="91"/>
        <source>Team areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="107"/>
        <source>Reading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoactivity.cpp" line="111"/>
        <source>Project showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="28"/>
        <source>Only mentor with production LLM experience in this team&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="66"/>
        <source>Community of practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="72"/>
        <source>AI meetup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="78"/>
        <source>Refresher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="120"/>
        <source>Four workshop days in our own environment, then office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="120"/>
        <source>Per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="122"/>
        <source>Instructors have shipped retrieval and evaluation systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="125"/>
        <source>Self-paced video courses with quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="125"/>
        <source>Per seat per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="126"/>
        <source>Cheap, broad, shallow on LLMOps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="129"/>
        <source>Exam preparation tracks for one cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="129"/>
        <source>Per exam voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="130"/>
        <source>Tied to a single vendor&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demoprogramwide.cpp" line="203"/>
        <source>Program coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/demo/demowriter.cpp" line="255"/>
        <source>Pilot cohort: roles and seniority mixed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="17"/>
        <source>Show the file format, a full integrity check and the rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="23"/>
        <source>Shows a program file&apos;s format version, the result of a full integrity check and how many rows each table holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="25"/>
        <source>The program file to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="43"/>
        <source>%1: counting the rows of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="51"/>
        <source>File:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="52"/>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="53"/>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="53"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="58"/>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/infocommand.cpp" line="71"/>
        <source>%1 failed the integrity check.</source>
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
        <location filename="../src/cli/newcommand.cpp" line="28"/>
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
    <name>QObject</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="33"/>
        <source>Upskill Planner programs (*.upskill);;All files (*)</source>
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
        <location filename="../src/storage/rowstore.cpp" line="129"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/rowstore.cpp" line="220"/>
        <source>%n record(s) in %1 still use this; delete or change them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Upskill::AreaView</name>
    <message>
        <location filename="../src/views/areaview.cpp" line="34"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/areaview.cpp" line="41"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/areaview.cpp" line="42"/>
        <source>You can take this back with Edit → Undo.</source>
        <translation type="unfinished"></translation>
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
    <name>Upskill::CohortModel</name>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="17"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="18"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="19"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="20"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="21"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="22"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="24"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="25"/>
        <source>Instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="26"/>
        <source>Managers briefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="27"/>
        <source>Briefed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="28"/>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="29"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="67"/>
        <location filename="../src/models/cohortmodel.cpp" line="87"/>
        <source>&quot;%1&quot; is not a quarter; write it like 2026-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="96"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/cohortmodel.cpp" line="96"/>
        <source>Withdrawn</source>
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
        <location filename="../src/views/cohortsview.cpp" line="58"/>
        <source>Nobody is enrolled in this cohort yet. Use “Enrol participants…” to add engineers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="121"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="126"/>
        <source>&amp;New cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="140"/>
        <source>All quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="154"/>
        <source>%n cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="156"/>
        <source>%n outside the size range</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="170"/>
        <source>Select a cohort to see its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="179"/>
        <source>Roster of %1 — %2 enrolled, %3 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="188"/>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="197"/>
        <source>Delete %n cohort(s) with their rosters, sessions and checklists?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="200"/>
        <source>Delete %n cohort(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="221"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="230"/>
        <source>Withdraw %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/cohortsview.cpp" line="233"/>
        <location filename="../src/views/cohortsview.cpp" line="235"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="245"/>
        <source>Remove %n enrollment(s) from this cohort? Withdrawing keeps the record; removing deletes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/cohortsview.cpp" line="249"/>
        <source>Remove %n enrollment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../src/models/enrollmentmodel.cpp" line="16"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="17"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="20"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="26"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="28"/>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="29"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="30"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="32"/>
        <source>First AI contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="33"/>
        <source>Capstone (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="64"/>
        <source>The capstone rating goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/enrollmentmodel.cpp" line="70"/>
        <source>%1 is before the enrollment date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/enrollmentmodel.cpp" line="100"/>
        <source>Enrol %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upskill::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="41"/>
        <source>Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="50"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="51"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="52"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="90"/>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="92"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="94"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="97"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="100"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="104"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="105"/>
        <location filename="../src/app/mainwindow.cpp" line="239"/>
        <location filename="../src/app/mainwindow.cpp" line="246"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="107"/>
        <location filename="../src/app/mainwindow.cpp" line="242"/>
        <location filename="../src/app/mainwindow.cpp" line="247"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="110"/>
        <location filename="../src/app/mainwindow.cpp" line="154"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="115"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="124"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="140"/>
        <source>&amp;About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="239"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="242"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="251"/>
        <source>%1 — Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="256"/>
        <source>The file was upgraded to this version&apos;s format; the previous version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="270"/>
        <location filename="../src/app/mainwindow.cpp" line="326"/>
        <source>Cannot open the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="276"/>
        <source>Cannot open the last program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <source>Cannot open the default program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="290"/>
        <source>New program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="298"/>
        <location filename="../src/app/mainwindow.cpp" line="303"/>
        <location filename="../src/app/mainwindow.cpp" line="308"/>
        <source>Cannot create the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="299"/>
        <source>%1 is the program that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="303"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="316"/>
        <source>Open program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="334"/>
        <source>Save a copy of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="342"/>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="345"/>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="351"/>
        <source>About Upskill Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="352"/>
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
        <location filename="../src/views/participantsview.cpp" line="103"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="108"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="120"/>
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="129"/>
        <source>Select a person to see their cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="133"/>
        <source>Cohorts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="143"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="152"/>
        <source>Delete %n participant(s) with their enrollments, assessments and other records?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="156"/>
        <source>Delete %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="169"/>
        <source>Select the people to enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="183"/>
        <source>There is no planned or running cohort to enrol in. Plan one under Cohorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/participantsview.cpp" line="189"/>
        <source>Enrol in cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="190"/>
        <source>Enrol %n selected participant(s) in:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/participantsview.cpp" line="196"/>
        <source>Enrolled %n participant(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../src/storage/programfile.cpp" line="165"/>
        <source>%1 is damaged and cannot be opened safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="189"/>
        <source>%1 cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="210"/>
        <location filename="../src/storage/programfile.cpp" line="216"/>
        <source>The backup before upgrading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="288"/>
        <source>the integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="296"/>
        <source>The copy must go to another file than the open program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="312"/>
        <source>The copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="318"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/programfile.cpp" line="323"/>
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
        <location filename="../src/models/programtablemodel.cpp" line="326"/>
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
    <name>Upskill::TracksView</name>
    <message>
        <location filename="../src/views/tracksview.cpp" line="23"/>
        <source>Add &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="24"/>
        <source>Remove module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="28"/>
        <source>No tracks yet. Use Edit → New track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="31"/>
        <source>This track has no modules yet. Use “Add module”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="70"/>
        <source>Remove %n module(s) from this track?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="71"/>
        <source>Remove %n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="81"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="86"/>
        <source>&amp;New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="97"/>
        <source>Select a track to see its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="106"/>
        <source>Modules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="107"/>
        <source>Modules of %1 — %2 h, %3 hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="118"/>
        <location filename="../src/views/tracksview.cpp" line="133"/>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/views/tracksview.cpp" line="125"/>
        <source>New track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="144"/>
        <source>Delete %n track(s) with their modules?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/views/tracksview.cpp" line="146"/>
        <source>Delete %n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbParser</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="39"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="72"/>
        <source>the program FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="74"/>
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
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Plan and track AI-upskilling programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="36"/>
        <source>The program file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
