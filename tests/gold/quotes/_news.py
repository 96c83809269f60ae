# ruff: noqa: E501
"""News articles and features (invented): longer paragraphs, present tense, mixed quotes.

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        29,
        "news",
        """
On the night she crossed the frozen Tessel river, Hana Ilves carried two things: a plastic bag holding her mother’s identity card, and a phone number written in ballpoint pen on the inside of her wrist.

“[[1:I wrote it in pen and then I was afraid the ink would run, so I kept my hand in my armpit for six hours,]]” <<1:she>> {{1:says}}, laughing, in the small flat in Nordby where she has lived since 2018.

[[2:About 2,400 Dorvanians have reached Nordby in the past decade]], {{2:according to}} <<2:the city’s refugee council>>. Ilves, now 31, is one of them.

“[[3:The broker said, ‘Walk where the ice is white, never where it is grey.’ I walked behind a man I didn’t know. He was maybe sixty. Halfway across he started to pray, very quietly.

“On the other side, a farmer’s dog found us before the farmer did. I thought, this is it, this is how they catch us. But the farmer brought us tea.

“I still don’t know his name. I think about him more than I think about the broker.]]”

<<4:Human rights groups>> {{4:say}} [[4:those who are caught and returned to Dorvania face months of interrogation and, often, years in a labour camp]].

<<5:Ansel Kroon>>, a researcher at the Nordby-based Dorvania Documentation Centre, {{5:says}} [[5:the centre has recorded 312 cases of forced return since 2015, “and those are only the ones we know about”]].

“[[6:People imagine that once you are across, the story is over,]]” <<6,7:Kroon>> {{6,7:says}}. “[[7:For most of them, the story is only starting. There is the guilt about the family left behind, the phone calls through brokers that cost a fortune, the fear that a cousin will be punished for your escape.]]”

Dorvania’s embassy in Nordby did not respond to questions. <<8:The Dorvanian state news agency>> has {{8:described}} [[8:escapees as “traitors lured by foreign money”]].

Ilves laughs at that. “[[9:Lured by foreign money? I had eleven dollars in my pocket,]]” <<9:she>> {{9:says}}.

She now works as a nurse’s aide and studies in the evenings. Asked what she wants most, she is quiet for a moment. “[[10:To call my mother without a broker,]]” <<10:she>> {{10:says}}.
""",
        {
            1: ("direct", "Hana Ilves", "present-tense"),
            2: ("indirect", "Nordby refugee council", "org-speaker"),
            3: ("direct", "Hana Ilves", "nested"),
            4: ("indirect", "human rights groups", "present-tense"),
            5: ("mixed", "Ansel Kroon", "title-apposition, present-tense"),
            6: ("direct", "Ansel Kroon", "present-tense"),
            7: ("direct", "Ansel Kroon", "present-tense"),
            8: ("mixed", "Dorvanian state news agency", "org-speaker"),
            9: ("direct", "Hana Ilves", "present-tense"),
            10: ("direct", "Hana Ilves", "present-tense"),
        },
    ),
    (
        30,
        "news",
        """
The Westbrook city council voted 7-6 late on Tuesday to cut the public library’s budget by 18 percent, ending a three-hour meeting in which tempers repeatedly flared.

“[[1:We are not closing a single branch. We are asking the library to do what every household in this city has had to do this year,]]” {{1:said}} Council President <<1:Marcus Bell>>, who voted for the cuts.

Councilmember <<2,3:Tanya Ruiz>> {{2:said}} [[2:that was “simply not true”]], {{3:pointing out}} that [[3:the cut would eliminate Sunday hours at all four branches]].

“[[4:Ask a kid who does homework there on Sundays whether that is a closure,]]” <<4:Ruiz>> {{4:said}}. “[[5:Ask their parents,]]” <<5,6:Bell>> {{5,6:shot back}}, “[[6:what they would rather pay for.]]”

Library director <<7:Evelyn Shaw>> {{7:told}} the council [[7:the library would have to eliminate 11 positions, most of them part-time]].

More than 200 residents had signed up to speak. <<8:Omar Haddad>>, a father of three, {{8:urged}} [[8:the council to “find the money somewhere else, anywhere else”]].

Some residents backed the cuts. “[[9:I love the library. I also love not having my property taxes go up again,]]” {{9:said}} <<9:Dolores Kim>>, a retired accountant.

Mayor <<10:Jerome Fitch>>, who can veto the budget, {{10:said}} in a statement on Wednesday that [[10:he would decide “within the week”]].
""",
        {
            1: ("direct", "Marcus Bell", "title-prefix"),
            2: ("mixed", "Tanya Ruiz", "title-prefix, that-pronoun"),
            3: ("indirect", "Tanya Ruiz", "title-prefix"),
            4: ("direct", "Tanya Ruiz", ""),
            5: ("direct", "Marcus Bell", ""),
            6: ("direct", "Marcus Bell", ""),
            7: ("indirect", "Evelyn Shaw", "title-prefix"),
            8: ("mixed", "Omar Haddad", "title-apposition"),
            9: ("direct", "Dolores Kim", "title-apposition"),
            10: ("mixed", "Jerome Fitch", "title-prefix"),
        },
    ),
    (
        31,
        "news",
        """
Former transport minister Viktor Halloran went on trial at the Capital District Court on Monday, accused of taking 3.2 million dollars in bribes from construction firms in exchange for road contracts.

Opening the prosecution’s case, Chief Prosecutor <<1:Ingrid Saar>> {{1:told}} the three judges that [[1:Halloran had “treated the ministry as a private bank” between 2016 and 2019]].

“[[2:Every contract came with a price, and the price was paid in cash, in property and, on one occasion, in a racehorse,]]” <<2:Saar>> {{2:said}}.

Halloran, 61, denies wrongdoing. His lawyer, <<3:Patrick Odum>>, {{3:argued}} that [[3:the case rested on the testimony of two businessmen who had struck deals with prosecutors to stay out of prison themselves]].

“[[4:The prosecution’s star witnesses are men who would swear the moon is made of cheese if it kept them out of a cell,]]” <<4:Odum>> {{4:told}} the court.

<<5:The court>> {{5:stated}} in a procedural ruling that [[5:recordings made by investigators in 2018 were admissible]], rejecting a defence motion to exclude them.

Outside the courthouse, Halloran briefly addressed reporters. “[[6:I have served this country for thirty years. I will be cleared,]]” <<6:he>> {{6:said}}, before being driven away.

The case is the most prominent so far for the National Anti-Corruption Bureau, set up in 2020 under pressure from international lenders. The bureau’s director, <<7:Maya Lindgren>>, {{7:wrote}} in an opinion article last month that [[7:the trial would show “whether anyone in this country is above the law”]].

<<8:A senior official in the prosecutor’s office>>, speaking on condition of anonymity because the case is ongoing, {{8:said}} [[8:investigators had traced more than 40 bank transfers to accounts controlled by Halloran’s relatives]].

[[9:The trial is expected to last until at least June]], <<9:court officials>> {{9:said}}.
""",
        {
            1: ("mixed", "Ingrid Saar", "title-prefix"),
            2: ("direct", "Ingrid Saar", ""),
            3: ("indirect", "Patrick Odum", "title-apposition"),
            4: ("direct", "Patrick Odum", ""),
            5: ("indirect", "Capital District Court", "org-speaker"),
            6: ("direct", "Viktor Halloran", ""),
            7: ("mixed", "Maya Lindgren", "title-apposition, written"),
            8: ("indirect", "a senior official in the prosecutor’s office", ""),
            9: ("indirect", "court officials", ""),
        },
    ),
    (
        32,
        "news",
        """
[[1:Emergency rooms across the southern provinces are treating record numbers of heatstroke patients as temperatures above 44C enter a second week]], <<1:hospital officials>> {{1:say}}.

"[[2:We had 63 heat cases in one shift on Sunday. Last summer, our worst day was 20,]]" {{2:said}} <<2:Dr. Alicia Moreno>>, head of emergency medicine at San Lazaro General Hospital in Teruga.

[[3:Most of them were elderly people living alone]], <<3:she>> {{3:said}}.

<<4:The Health Ministry>> {{4:said}} [[4:at least 38 deaths had been linked to the heat since June 28]], but <<5:doctors>> {{5:warned}} [[5:the true figure was likely far higher because heat is rarely recorded as a cause of death]].

"[[6:When an 80-year-old with heart disease dies in a heatwave, the certificate says 'cardiac arrest.' It doesn't say 'it was 46 degrees in his apartment and he couldn't afford to run the fan,']]" {{6:said}} <<6:Moreno>>.

<<7:The ministry>> {{7:urged}} [[7:people to stay indoors between 11 a.m. and 5 p.m. and to check on elderly neighbors]].

Climate scientist <<8,9:Joaquin Barra>> of the National Meteorological Institute {{8:said}} [[8:the heatwave was "exactly the kind of event our models have been warning about for 20 years"]] and {{9:noted}} that [[9:nine of the ten hottest summers on record in the country had occurred since 2010]].

"[[10:What am I supposed to do, close?]]" {{10,11:asked}} <<10,11:Paco Iglesias>>, 58, who sells cold drinks from a cart near the cathedral in Teruga's old town. "[[11:This is my best week of the year. It is also killing me.]]"
""",
        {
            1: ("indirect", "hospital officials", "present-tense"),
            2: ("direct", "Alicia Moreno", "title-apposition"),
            3: ("indirect", "Alicia Moreno", ""),
            4: ("indirect", "Ministry of Health", "org-speaker"),
            5: ("indirect", "doctors", ""),
            6: ("direct", "Alicia Moreno", "nested"),
            7: ("indirect", "Ministry of Health", "org-speaker"),
            8: ("mixed", "Joaquin Barra", "title-prefix"),
            9: ("indirect", "Joaquin Barra", "title-prefix"),
            10: ("direct", "Paco Iglesias", ""),
            11: ("direct", "Paco Iglesias", ""),
        },
    ),
    (
        33,
        "news",
        """
<<1:Ledgerly>>, the payments startup once valued at 4 billion dollars, {{1:said}} on Thursday [[1:it would cut about 420 jobs, or 30 percent of its workforce]], as the company struggles to reach profitability two years after its last funding round.

In a memo to staff that was later posted on the company’s blog, chief executive <<2:Noah Whitfield>> {{2:wrote}}: “[[2:I hired too fast, for a world that did not arrive. That is my mistake, not yours, and I am sorry that you are the ones paying for it.]]”

<<3:Whitfield>> {{3:wrote}} that [[3:departing employees would receive 16 weeks of pay and keep their health insurance until the end of the year]].

<<4:Two employees who were laid off>>, and who asked not to be named because they were negotiating severance terms, {{4:said}} [[4:they had learned of the cuts when their access to company systems was revoked at 7 a.m.]]

“[[5:My laptop logged me out mid-sentence. Then the email came. It had a link to a FAQ,]]” <<5:one of them>> {{5:said}}.

“[[6:This is the third round of cuts in eighteen months. At some point the market stops reading it as discipline and starts reading it as distress,]]” {{6:said}} <<6:Keiko Tanabe>>, a fintech analyst at Harwood Research.

<<7:Tanabe>> {{7:noted}} [[7:the company had not disclosed revenue figures since 2021]].

On an internal chat channel, <<8:one engineer>> {{8:posted}} a single line, which was later seen by this newspaper: “[[8:Move fast and break people.]]”

<<9:Whitfield>> {{9:insisted}} in the memo that [[9:Ledgerly had “more than enough cash to reach profitability”]].
""",
        {
            1: ("indirect", "Ledgerly", "org-speaker"),
            2: ("direct", "Noah Whitfield", "title-prefix, written"),
            3: ("indirect", "Noah Whitfield", "written"),
            4: ("indirect", "two employees who were laid off", ""),
            5: ("direct", "one of two employees who were laid off", ""),
            6: ("direct", "Keiko Tanabe", "title-apposition"),
            7: ("indirect", "Keiko Tanabe", ""),
            8: ("direct", "one engineer", "written"),
            9: ("mixed", "Noah Whitfield", "written"),
        },
    ),
    (
        34,
        "news",
        """
[[1:World indoor champion Kemi Adeyinka has been provisionally suspended after testing positive for a banned stimulant]], <<1:the Athletics Integrity Board>> {{1:announced}} on Friday.

<<2:The 26-year-old>> {{2:said}} in a statement posted on social media that [[2:she had ‘never knowingly taken any prohibited substance’ and would fight to clear her name]].

‘[[3:I’ve been tested 31 times in the last two years. I’ve never missed a test. I’m asking people to wait for the facts before they judge me,]]’ <<3:she>> {{3:wrote}}.

Her coach, <<4:Graham Pryce>>, {{4:suggested}} [[4:a contaminated supplement could be to blame]]. ‘[[5:We have sent every tub and every bottle in her kitchen to the lab,]]’ <<5:he>> {{5:told}} Sports Radio North.

The board’s head of investigations, <<6,7:Lars Nyberg>>, {{6:said}} [[6:the stimulant was ‘a known contaminant in some supplements’]] but {{7:stressed}} that [[7:athletes were strictly liable for whatever was found in their bodies]].

‘[[8:Strict liability can feel harsh. It is also the only rule that is fair to the athletes who are clean,]]’ <<8,9:Nyberg>> {{8,9:said}}. ‘[[9:If we had to prove intent, we would lose nine cases out of ten.]]’

<<10,11:The national athletics federation>> {{10:said}} [[10:it respected the process]] and {{11:asked}} [[11:the public not to speculate while the case was pending]].

Adeyinka, who won the 60 metres title in March and was nicknamed ‘the Harbour Comet’ by the athletics press, faces a ban of up to four years if the violation is confirmed.
""",
        {
            1: ("indirect", "Athletics Integrity Board", "org-speaker"),
            2: ("mixed", "Kemi Adeyinka", "epithet, written"),
            3: ("direct", "Kemi Adeyinka", "written"),
            4: ("indirect", "Graham Pryce", "title-apposition"),
            5: ("direct", "Graham Pryce", ""),
            6: ("mixed", "Lars Nyberg", "title-apposition"),
            7: ("indirect", "Lars Nyberg", "title-apposition"),
            8: ("direct", "Lars Nyberg", ""),
            9: ("direct", "Lars Nyberg", ""),
            10: ("indirect", "national athletics federation", "org-speaker"),
            11: ("indirect", "national athletics federation", "org-speaker"),
        },
    ),
    (
        35,
        "news",
        """
The government’s plan to build a 2.1-gigawatt hydroelectric dam on the upper Ombra river would flood about 40,000 hectares of forest, including the ancestral land of four Indigenous communities. The project, known in official documents as “Ombra II”, was first proposed in 2009.

Energy Minister <<1:Paulo Neves>> {{1:called}} [[1:the Ombra dam “the single most important investment in our energy independence in fifty years”]] when he presented the project to parliament on Wednesday.

<<2,3:He>> {{2:said}} [[2:it would supply electricity to 3 million homes and create 12,000 construction jobs]], and {{3:promised}} that [[3:affected communities would receive “fair and generous” compensation]].

<<4:Joana Marupi>>, a leader of the Tuyeré people, {{4:described}} [[4:the compensation offer as “money for our graves”]].

“[[5:They say ‘fair and generous’ as if there were a price for the place where my grandmother is buried. There is no price,]]” <<5:she>> {{5:said}} in a telephone interview.

<<6:Environmental groups>> {{6:argued}} that [[6:emissions from rotting vegetation in the reservoir could make the dam “dirtier than a gas plant” for its first two decades]].

<<7:Rafael Souto>>, an ecologist at the Federal University of Ombra who reviewed the project’s impact assessment, {{7:said}} [[7:the study had underestimated methane emissions “by at least half”]].

<<8:Neves>> {{8:dismissed}} [[8:the criticism as “ideological”]]. “[[9:Every energy project has opponents. If we listened only to them, we would still be cooking on wood,]]” <<9:he>> {{9:told}} lawmakers.

Outside parliament, <<10:a few dozen protesters>> {{10:chanted}} “[[10:Let the river run]]” as the minister’s car left.
""",
        {
            1: ("mixed", "Paulo Neves", "title-prefix"),
            2: ("indirect", "Paulo Neves", ""),
            3: ("mixed", "Paulo Neves", ""),
            4: ("mixed", "Joana Marupi", "title-apposition"),
            5: ("direct", "Joana Marupi", "nested"),
            6: ("mixed", "environmental groups", ""),
            7: ("mixed", "Rafael Souto", "title-apposition"),
            8: ("mixed", "Paulo Neves", ""),
            9: ("direct", "Paulo Neves", ""),
            10: ("direct", "a few dozen protesters", ""),
        },
    ),
    (
        36,
        "news",
        """
MONTVALE — Nurses at three public hospitals in Montvale walked off the job at 7 a.m. on Monday, the first strike by the province’s nurses in 22 years.

«[[1:We did not want to be here. We were pushed here by a government that thinks overtime is a staffing plan]]», {{1:said}} <<1:Chantal Roy>>, president of the Provincial Nurses’ Federation, on a picket line outside Sainte-Claire Hospital.

<<2:The federation>> {{2:says}} [[2:nurses in the province worked an average of 14 hours of mandatory overtime a week last year]].

Health Minister <<3,4:Denis Gagnon>> {{3:told}} reporters in the provincial capital that [[3:the strike was «irresponsible»]] and {{4:said}} [[4:the government’s offer of a 9 percent raise over three years «remains on the table»]].

«[[5:Nobody is asking nurses to work for free. We are asking them to come back to the table instead of walking out on their patients]]», <<5:Gagnon>> {{5:said}}.

Under provincial law, essential services must be maintained during a strike. <<6:The federation>> {{6:said}} [[6:emergency rooms, intensive care units and maternity wards were fully staffed]], but <<7:a spokesperson for Sainte-Claire Hospital>> {{7:said}} [[7:about 140 non-urgent surgeries had been postponed]].

On the picket line, <<8:Mélanie Caron>>, an intensive-care nurse with 17 years’ experience, {{8:said}} [[8:she had not had a full weekend off since March]]. «[[9:My daughter asked me, “Maman, why do you live at the hospital?” What do you answer to that?]]» <<9:she>> {{9:asked}}.

The federation’s campaign, «Soigner sans s’épuiser», has been running since January. Passing drivers honked in support. One hand-lettered placard read «[[10:Exhausted nurses make mistakes]]».
""",
        {
            1: ("direct", "Chantal Roy", "title-apposition"),
            2: ("indirect", "Provincial Nurses’ Federation", "org-speaker, present-tense"),
            3: ("mixed", "Denis Gagnon", "title-prefix"),
            4: ("mixed", "Denis Gagnon", "title-prefix"),
            5: ("direct", "Denis Gagnon", ""),
            6: ("indirect", "Provincial Nurses’ Federation", "org-speaker"),
            7: ("indirect", "a spokesperson for Sainte-Claire Hospital", ""),
            8: ("indirect", "Mélanie Caron", "title-apposition"),
            9: ("direct", "Mélanie Caron", "nested"),
            10: ("direct", None, ""),
        },
    ),
    (
        37,
        "news",
        """
[[1:Arland and Corvinia exchanged 14 prisoners on Sunday at a remote border post in a swap brokered by the government of Santerre]], {{1:according to}} <<1:officials from both countries>>.

Among those freed by Corvinia was Thomas Brandt, a 58-year-old agricultural engineer who had been held for three years on spying charges.

[[2:Brandt was in good health and would be flown home on Monday]], {{2:according to}} <<2:a senior Arlandic official>> who briefed reporters on condition of anonymity.

<<3:The official>> {{3:said}} [[3:negotiations had lasted 11 months and had nearly collapsed twice, most recently in August]].

“[[4:There were moments when we thought we were one phone call away from a deal, and moments when we thought we would never see Thomas again,]]” <<4:the official>> {{4:said}}.

<<5:Corvinia’s Foreign Ministry>> {{5:said}} in a statement that [[5:the exchange had been carried out “on humanitarian grounds” and thanked Santerre for its “tireless mediation”]].

Brandt’s wife, <<6:Ilse Brandt>>, {{6:told}} the Arlandic broadcaster RTA that [[6:she had spoken to her husband briefly by phone]]. “[[7:He said, ‘I am coming home, put the kettle on.’ Three years, and that is what he says,]]” <<7:she>> {{7:said}}.

Not everyone welcomed the deal. Opposition lawmaker <<8:Konrad Weiss>> {{8:argued}} that [[8:releasing five Corvinian intelligence officers convicted in Arland would “reward hostage-taking”]].

“[[9:We do not comment on the internal debates of other countries,]]” {{9:said}} Corvinian Foreign Ministry spokeswoman <<9:Alina Petrescu>>.
""",
        {
            1: ("indirect", "officials from both countries", ""),
            2: ("indirect", "a senior Arlandic official", ""),
            3: ("indirect", "a senior Arlandic official", ""),
            4: ("direct", "a senior Arlandic official", ""),
            5: ("mixed", "Corvinian Foreign Ministry", "org-speaker"),
            6: ("indirect", "Ilse Brandt", "title-apposition"),
            7: ("direct", "Ilse Brandt", "nested"),
            8: ("mixed", "Konrad Weiss", "title-prefix"),
            9: ("direct", "Alina Petrescu", "title-prefix"),
        },
    ),
    (
        38,
        "news",
        """
[[1:The Ashford school district will close Hillcrest Elementary at the end of the school year]], superintendent <<1:Linda Marsh>> {{1:told}} parents in a letter on Friday.

<<2:Marsh>> {{2:wrote}} that [[2:enrollment at the 70-year-old school had fallen by almost half since 2015 and that repairing its roof and heating system would cost an estimated 6.8 million dollars]].

At a packed meeting in the school gym on Monday evening, parents were not persuaded. “[[3:Six point eight million for a roof? Have they been to Hillcrest? It is a one-story building,]]” {{3:said}} <<3:Ben Adler>>, who has two children at the school.

Another parent, <<4:Sunita Rao>>, {{4:asked}} [[4:why the district had spent 2 million dollars last year renovating its own administrative offices]].

<<5:Marsh>>, who attended the meeting, {{5:said}} [[5:the two projects were paid for from different budgets]]. “[[6:I understand the anger. I went to a school that closed, too. But I cannot ask taxpayers to pour money into a building for 180 students when Lakeview, a mile away, has 200 empty seats,]]” <<6:she>> {{6:said}}.

Board member <<7:Gary Dunn>>, the only one to vote against the closure, {{7:pointed out}} that [[7:the district’s own projections showed the neighborhood’s school-age population rising again after 2026]].

The district calls the consolidation part of its “Schools for Tomorrow” plan. Taped to the gym doors was a poster in a child’s handwriting: “[[8:Hillcrest is my second home.]]”

<<9:Adler>> {{9:told}} reporters after the meeting [[9:parents had hired a lawyer and were considering asking a court to block the closure]].
""",
        {
            1: ("indirect", "Linda Marsh", "title-prefix, written"),
            2: ("indirect", "Linda Marsh", "written"),
            3: ("direct", "Ben Adler", ""),
            4: ("indirect", "Sunita Rao", "title-apposition, indirect-question"),
            5: ("indirect", "Linda Marsh", ""),
            6: ("direct", "Linda Marsh", ""),
            7: ("indirect", "Gary Dunn", "title-prefix"),
            8: ("direct", None, ""),
            9: ("indirect", "Ben Adler", ""),
        },
    ),
    (
        39,
        "news",
        """
[[1:The National Museum of Valdoria will return 23 bronze sculptures taken from the kingdom of Essu during a colonial military expedition in 1897]], <<1:the museum's director>> {{1:said}} on Wednesday.

"[[2:These objects were not collected. They were taken, at gunpoint, and we have known that for a very long time,]]" {{2:said}} the director, <<2:Henrik Aalto>>.

<<3:Aalto>> {{3:said}} [[3:the museum's board had voted unanimously to transfer ownership to the government of Essu]]. <<4:He>> {{4:explained}} that [[4:some of the bronzes would remain on loan in Valdoria for up to three years while a new museum was completed in the Essuan capital]].

Essu's culture minister, <<5,6:Adaku Nwankwo>>, {{5:called}} [[5:the decision "a good first step"]] and {{6:added}}: "[[6:There are thousands more in basements across Europe. We have the lists.]]"

Not everyone in Valdoria agreed. <<7,8:Pieter Vos>>, a member of parliament for the nationalist Homeland Party, {{7:claimed}} that [[7:the museum was "rewriting history to please activists"]] and {{8:said}} [[8:he would ask the culture minister to block the transfer]].

"[[9:What he calls rewriting, I call reading the museum's own archive. The receipts are in there - except there are no receipts,]]" <<9:Aalto>> {{9:said}} when asked about the comments.

For Osaro Idemudia, a descendant of the royal family of Essu who has campaigned for the return of the bronzes for two decades, the announcement was personal. "[[10:My grandfather told me, 'They took the ancestors to a cold place.' I would like to tell my grandchildren that they came home,]]" <<10:he>> {{10:said}}.
""",
        {
            1: ("indirect", "Henrik Aalto", "epithet"),
            2: ("direct", "Henrik Aalto", "title-prefix"),
            3: ("indirect", "Henrik Aalto", ""),
            4: ("indirect", "Henrik Aalto", ""),
            5: ("mixed", "Adaku Nwankwo", "title-apposition"),
            6: ("direct", "Adaku Nwankwo", "title-apposition"),
            7: ("mixed", "Pieter Vos", "title-apposition"),
            8: ("indirect", "Pieter Vos", "title-apposition"),
            9: ("direct", "Henrik Aalto", ""),
            10: ("direct", "Osaro Idemudia", "nested"),
        },
    ),
    (
        40,
        "news",
        """
The two candidates for mayor of Ellerbach clashed over housing, transport and the city’s debts in „Das Duell“, their only televised debate, on Sunday evening.

Incumbent mayor <<1:Frieda Lorenz>> {{1:argued}} that [[1:her administration had built more affordable flats than any before it]]. „[[2:We have built 4,200 homes in five years. My opponent has built a lot of slogans]]“, <<2:she>> {{2:said}}.

Her challenger, <<3,4:Malte Sommer>> of the Citizens’ List, {{3:claimed}} that [[3:the city’s debt had doubled under Lorenz]] and {{4:accused}} [[4:her of „governing by press release“]].

„[[5:Frau Lorenz likes to say ‚We are building.‘ She never counts the families who have left Ellerbach because they cannot pay the rent]]“, <<5:Sommer>> {{5:said}}.

„[[6:Mr Sommer, where would the money come from?]]“ {{6:asked}} the moderator, <<6:Ines Wolter>>. <<7:Sommer>> {{7:replied}} that [[7:he would sell the city’s stake in the regional airport]].

<<8:The city’s finance department>> {{8:said}} after the debate that [[8:the debt had risen by 38 percent since 2019, not doubled]].

„[[9:I liked that they didn’t shout at each other. I didn’t like that neither of them talked about the buses]]“, {{9,10:said}} <<9,10:Gül Aydın>>, 67, who watched the debate in a café in the old town. „[[10:My bus comes when it feels like it. Put that in your newspaper.]]“

[[11:Lorenz leads Sommer by 46 percent to 41]], {{11:according to}} <<11:the Ellerbach Social Research Institute>>, which published its latest poll on Friday.
""",
        {
            1: ("indirect", "Frieda Lorenz", "title-prefix"),
            2: ("direct", "Frieda Lorenz", ""),
            3: ("indirect", "Malte Sommer", "title-apposition"),
            4: ("mixed", "Malte Sommer", "title-apposition"),
            5: ("direct", "Malte Sommer", "nested"),
            6: ("direct", "Ines Wolter", "title-prefix"),
            7: ("indirect", "Malte Sommer", ""),
            8: ("indirect", "Ellerbach finance department", "org-speaker"),
            9: ("direct", "Gül Aydın", ""),
            10: ("direct", "Gül Aydın", ""),
            11: ("indirect", "Ellerbach Social Research Institute", "org-speaker"),
        },
    ),
    (
        41,
        "news",
        """
<<1:Fishermen in the harbour town of Stormhaven>> {{1:say}} [[1:a planned offshore wind farm will destroy the fishing grounds their families have worked for generations]].

‘[[2:They’re putting 90 turbines on the Fairlie Bank. That’s where the cod come to spawn. You can’t fish around a turbine, it’s an exclusion zone,]]’ {{2:said}} <<2:Dougie Rennie>>, who has skippered the trawler Marianne for 28 years.

The developer, <<3,4:Northwind Renewables>>, {{3:says}} [[3:it has carried out three years of environmental surveys]] and {{4:insists}} that [[4:fishing will be allowed between the turbines in most conditions]].

‘[[5:We want to coexist with the fishing community. We’ve offered a compensation fund and we’re paying for new gear that works around the cables,]]’ {{5:said}} <<5:Harriet Lowe>>, the company’s head of stakeholder relations.

<<6:Rennie>> {{6:dismissed}} [[6:the fund as ‘hush money’]]. ‘[[7:You can’t buy a spawning ground,]]’ <<7:he>> {{7:said}}.

Marine scientist <<8:Dr Fiona Carrick>> of the Stormhaven Marine Institute {{8:said}} [[8:evidence from existing wind farms was ‘genuinely mixed’]]. ‘[[9:Some fish seem to like the turbine foundations – they behave like artificial reefs. The problem is that we know very little about how spawning cod react to them,]]’ <<9:she>> {{9:explained}}.

The energy secretary, <<10:Alan Moffat>>, {{10:wrote}} in a letter to the local council that [[10:the project was ‘of national importance’ and would power 600,000 homes]].

A painted board outside the harbour office reads ‘[[11:No fish, no Stormhaven]]’.
""",
        {
            1: ("indirect", "fishermen in the harbour town of Stormhaven", "present-tense"),
            2: ("direct", "Dougie Rennie", "title-apposition"),
            3: ("indirect", "Northwind Renewables", "org-speaker, present-tense"),
            4: ("indirect", "Northwind Renewables", "org-speaker, present-tense"),
            5: ("direct", "Harriet Lowe", "title-apposition"),
            6: ("mixed", "Dougie Rennie", ""),
            7: ("direct", "Dougie Rennie", ""),
            8: ("mixed", "Fiona Carrick", "title-prefix"),
            9: ("direct", "Fiona Carrick", ""),
            10: ("mixed", "Alan Moffat", "title-apposition, written"),
            11: ("direct", None, ""),
        },
    ),
    (
        42,
        "news",
        """
A former police commander accused of ordering the killing of 41 civilians in the village of Drava in 1999 sat motionless on Tuesday as the first witness in his trial described the morning the shooting began.

<<1:The witness>>, identified in court only as Witness D-7 for her protection, {{1:told}} the Special Tribunal for the Northern Provinces that [[1:police officers had separated the men from the women and children in the village square shortly after dawn]].

Speaking through an interpreter, <<2:she>> {{2:said}}: “[[2:My father was standing next to the well. An officer pointed at him and said, ‘That one, and that one, and that one.’ My father looked at me. He did not say anything. He just looked.

“They took the men behind the school. We heard the shots. We counted them, my mother and I. We stopped counting at thirty.

“I was fourteen years old.]]”

The accused, <<3:Dragan Voss>>, 67, who commanded the regional police special unit at the time, has {{3:denied}} that [[3:he gave any order to harm civilians]].

Under cross-examination, defence lawyer <<4:Miriam Castell>> {{4:asked}} the witness: “[[4:You were fourteen, you were terrified, and it was twenty-four years ago. How can you be sure the man giving orders was my client?]]”

“[[5:Because he came to our house the week before and drank my mother’s coffee,]]” <<5:the witness>> {{5:replied}}.

Presiding judge <<6:Amelie Strauss>> {{6:noted}} for the record that [[6:the witness had identified the accused by name in a statement given to investigators in 2001]].

Outside the court, <<7:Luka Petrin>>, whose brother and uncle were among those killed, {{7:said}} [[7:the families had waited “a lifetime” for the trial]]. “[[8:Some of the mothers did not live to see this day. We are here for them too,]]” <<8:he>> {{8:said}}.

[[9:The trial, expected to last 18 months, resumes on Thursday]], {{9:according to}} <<9:a tribunal spokesperson>>.
""",
        {
            1: ("indirect", "Witness D-7", "alias"),
            2: ("direct", "Witness D-7", "nested"),
            3: ("indirect", "Dragan Voss", "title-apposition"),
            4: ("direct", "Miriam Castell", "title-prefix"),
            5: ("direct", "Witness D-7", "alias"),
            6: ("indirect", "Amelie Strauss", "title-prefix"),
            7: ("mixed", "Luka Petrin", ""),
            8: ("direct", "Luka Petrin", ""),
            9: ("indirect", "a tribunal spokesperson", ""),
        },
    ),
]
