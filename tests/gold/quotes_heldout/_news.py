# ruff: noqa: E501
"""Held-out news articles and features (invented): longer paragraphs, present tense, mixed quotes.

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        9,
        "news",
        """
The transfer of striker Kofi Adjei-Brandt from Vellmar Rovers to Sporting Lisandro collapsed in acrimony on Thursday, hours before the window closed, with both clubs blaming the player’s agent and the agent blaming everyone else.

“[[1:We had an agreement on the fee, an agreement on the add-ons and a medical booked for nine o’clock. At half past eight the agent called and asked for another two million,]]” {{1:said}} Rovers chairman <<1:Desmond Achterberg>>. “[[2:I have been in football for 30 years. I have never seen anything like it,]]” <<2:he>> {{2:added}}.

<<3:Luca Benassi>>, who has represented Adjei-Brandt since the player was 16, {{3:said}} [[3:the chairman’s account was “pure fiction” and that the extra money had been requested by Lisandro’s own sporting director]].

That sporting director, <<4:Paulo Sá Leitão>>, {{4:told}} the club’s television channel [[4:he had “never asked anyone for a single euro more”]]. Reached again by phone, <<5:Benassi>> {{5:laughed}}: “[[5:Then somebody is lying, and it isn’t me.]]”

<<6:Adjei-Brandt>> himself {{6:posted}} a photograph of an empty training pitch on social media with the words “[[6:Still here. Still working.]]”

The episode has revived talk about the grip of “super-agents” on the market, and about the league’s long-delayed rules on “bridge” transfers through third clubs.

[[7:The Premier Division’s integrity unit has opened a preliminary inquiry into the failed deal]], {{7:according to}} <<7:two people familiar with the matter>>.

At Rovers’ training ground on Friday morning, <<8:a handful of fans>> {{8:chanted}} “[[8:One more year! One more year!]]” as the striker’s car pulled in. A bedsheet tied to the fence read “[[9:Not for sale]]”.

“[[10:Is he disappointed? Of course he is disappointed,]]” {{10,11:said}} Rovers manager <<10,11:Ines Varkonyi>>. “[[11:But he trained this morning as if nothing had happened, and that tells you everything about the boy.]]”
""",
        {
            1: ("direct", "Desmond Achterberg", "title-prefix"),
            2: ("direct", "Desmond Achterberg", ""),
            3: ("mixed", "Luca Benassi", ""),
            4: ("mixed", "Paulo Sá Leitão", ""),
            5: ("direct", "Luca Benassi", ""),
            6: ("direct", "Kofi Adjei-Brandt", "written"),
            7: ("indirect", "two people familiar with the matter", ""),
            8: ("direct", "a handful of fans", ""),
            9: ("direct", None, ""),
            10: ("direct", "Ines Varkonyi", "title-prefix"),
            11: ("direct", "Ines Varkonyi", "title-prefix"),
        },
    ),
    (
        10,
        "news",
        """
At 5:40 on a Tuesday morning, the queue at the standpipe on Calle Morena is already forty people long. Elvira Santangel is near the front, with four plastic jerrycans and a folding stool.

“[[1:If you come at six, you wait two hours. If you come at seven, you go home with nothing,]]” <<1:she>> {{1:says}}.

Castrena, a city of 900,000 people, has rationed piped water since March, when its main reservoir fell below 20 percent of capacity. [[2:Water now flows to most neighbourhoods for six hours every other day]], {{2:according to}} <<2:the municipal utility>>, Aguas de Castrena (AdC).

<<3:Rafael Quiroga>>, the utility’s director general, {{3:says}} [[3:the schedule is “painful but fair” and will stay in place until the autumn rains]]. “[[4:We are not rationing because we want to. We are rationing because the alternative is a city with no water at all in September,]]” <<4:Quiroga>> {{4:says}}.

Not everyone accepts that. <<5:Dolores Aranda>>, who runs a neighbourhood association in the hillside district of San Telmo, {{5:asks}} [[5:why wealthier districts on the valley floor seem to get longer supply windows]]. <<6:AdC>> {{6:denies}} that [[6:it favours any district]].

“[[7:My mother lived through the drought of ’83. She used to say, ‘Water is the only thing you can’t borrow from a neighbour.’ I thought it was just one of her sayings.

“Now I understand it. When everyone is short, nobody can lend,]]” <<7:Santangel>> {{7:says}}, screwing the cap on her last jerrycan.

<<8:Teodora Alcázar>>, a hydrologist at the University of Castrena, {{8:says}} [[8:the city has lost roughly a third of its piped water to leaks for decades]]. “[[9:Fixing pipes is not glamorous. No mayor cuts a ribbon in front of a repaired leak,]]” {{9:says}} <<9:the 52-year-old>>, who has advised three city administrations.

“[[10:But every litre you stop losing is a litre you do not have to find.]]”

Mayor <<11:Jorge Illán>> {{11:wrote}} in a letter to residents last week that [[11:a desalination plant on the coast would be “fast-tracked”]], but did not say how it would be paid for.

Back at the standpipe, the tap coughs and runs dry at 7:15. “[[12:Same time Thursday,]]” <<12:Santangel>> {{12:tells}} the woman behind her.
""",
        {
            1: ("direct", "Elvira Santangel", "present-tense"),
            2: ("indirect", "Aguas de Castrena", "org-speaker"),
            3: ("mixed", "Rafael Quiroga", "title-apposition, present-tense"),
            4: ("direct", "Rafael Quiroga", "present-tense"),
            5: ("indirect", "Dolores Aranda", "indirect-question, present-tense"),
            6: ("indirect", "Aguas de Castrena", "org-speaker, alias, present-tense"),
            7: ("direct", "Elvira Santangel", "nested, present-tense"),
            8: ("indirect", "Teodora Alcázar", "title-apposition, present-tense"),
            9: ("direct", "Teodora Alcázar", "epithet, present-tense"),
            10: ("direct", "Teodora Alcázar", ""),
            11: ("mixed", "Jorge Illán", "title-prefix, written"),
            12: ("direct", "Elvira Santangel", "present-tense"),
        },
    ),
    (
        11,
        "news",
        """
Tens of thousands of students marched through central Arveno on Saturday against a plan to triple university tuition fees, in the largest protest the capital has seen in more than a decade.

[[1:About 38,000 people took part]], {{1:according to}} <<1:police>>. Organisers put the figure at 120,000.

As the march passed the Ministry of Education, <<2:students>> {{2:chanted}} “[[2:Books, not debts!]]” and threw paper aeroplanes over the railings. A banner strung between two lamp posts read “[[3:My degree, my mortgage]]”.

“[[4:They tell us to study hard, and then they post us the bill for the rest of our lives,]]” {{4,5:said}} <<4,5:Ilaria Conte>>, president of the National Union of Arvenian Students (NUAS), which organised the march. “[[5:We are not asking for anything our parents did not get for free.]]”

<<6:NUAS>> {{6:says}} [[6:the average graduate would leave university with debts of more than 40,000 crowns under the plan]].

Education Minister <<7:Federico Alboni>> defended the proposal on Saturday, {{7:saying}} [[7:universities could not survive another decade of frozen funding]]. “[[8:I understand the anger. I don’t accept the slogans,]]” <<8,9:he>> {{8,9:told}} reporters in Berrano. “[[9:Nobody in this government wants poorer students to stay away from university.]]”

The proposal, officially the “Fair Contribution” model, has become known on campuses as the “graduate tax trap”.

The rector of the University of Arveno, <<10:Marta Szilágyi>>, {{10:said}} [[10:she shared many of the students’ concerns]], while <<11:Tomás Ibarra>>, a 20-year-old engineering student from the southern city of Quarno, {{11:said}} [[11:his parents had already taken out a loan to pay his rent]].

[[12:Four people were arrested after a small group threw bottles at officers near the end of the march]], <<12:police>> {{12:said}} in a statement.

“[[13:This is the beginning,]]” <<13:Conte>> {{13:said}} as the crowd began to disperse.
""",
        {
            1: ("indirect", "police", ""),
            2: ("direct", "students", ""),
            3: ("direct", None, ""),
            4: ("direct", "Ilaria Conte", "title-apposition"),
            5: ("direct", "Ilaria Conte", "title-apposition"),
            6: ("indirect", "National Union of Arvenian Students", "org-speaker, alias, present-tense"),
            7: ("indirect", "Federico Alboni", "title-prefix"),
            8: ("direct", "Federico Alboni", ""),
            9: ("direct", "Federico Alboni", ""),
            10: ("indirect", "Marta Szilágyi", "title-prefix"),
            11: ("indirect", "Tomás Ibarra", ""),
            12: ("indirect", "police", ""),
            13: ("direct", "Ilaria Conte", ""),
        },
    ),
    (
        12,
        "news",
        """
Anselm Kirchhof lifts the lid of a hive and lets the smoke drift over the frames. Where there should be a carpet of bees, there are a few hundred, moving slowly.

“[[1:Last May this box was so heavy I needed my son to lift it,]]” <<1,2:Kirchhof>> {{1,2:says}}. “[[2:Now look. This is a hospice.]]”

Kirchhof, 67, has kept bees in the hills above Morsbach for four decades. This spring he lost 31 of his 44 colonies, and he blames a class of insecticides sprayed on the rapeseed fields below.

He is not alone. [[3:Beekeepers in the Morsbach district lost an average of 58 percent of their colonies over the winter, against a long-term average of about 15 percent]], {{3:according to}} <<3:the Regional Beekeepers’ Association>> (RBA). <<4:The RBA>> {{4:calls on}} [[4:the state to ban the chemicals within three kilometres of registered apiaries]].

Down in the valley, <<5:Gerda Wohlfahrt>>, who farms 300 hectares of rapeseed and wheat, {{5:says}} [[5:that is unfair]]. “[[6:We spray by the rules, at night, when the bees are in the hive. Nobody has shown me it is our spray and not the mites or the weather,]]” <<6:she>> {{6:says}}.

<<7:Dr Jonas Emmerich>>, an entomologist at the State Institute for Bee Research, {{7:says}} [[7:both sides are partly right]]. [[8:Varroa mites weaken a colony and pesticide residues can finish it off]], <<8:he>> {{8:says}}.

<<9:The state Ministry of Agriculture>> {{9:said}} in an emailed statement that [[9:it was “following the research closely” and had no plans to change the rules before next season]]. Supermarket honey with so-called “bee-friendly” labels, meanwhile, sells at a premium of up to 40 percent.

<<10:Kirchhof>> has {{10:asked}} the ministry whether [[10:the district could pay for independent residue tests on dead bees]]. He has not had an answer.

“[[11:I am not a scientist. I am a man with 13 boxes of bees,]]” <<11,12:he>> {{11,12:says}}, closing the hive. “[[12:In forty years I have never had to count them on my fingers.]]”
""",
        {
            1: ("direct", "Anselm Kirchhof", "present-tense"),
            2: ("direct", "Anselm Kirchhof", "present-tense"),
            3: ("indirect", "Regional Beekeepers’ Association", "org-speaker"),
            4: ("indirect", "Regional Beekeepers’ Association", "org-speaker, alias, present-tense"),
            5: ("indirect", "Gerda Wohlfahrt", "that-pronoun, present-tense"),
            6: ("direct", "Gerda Wohlfahrt", "present-tense"),
            7: ("indirect", "Jonas Emmerich", "title-apposition, present-tense"),
            8: ("indirect", "Jonas Emmerich", "present-tense"),
            9: ("mixed", "Ministry of Agriculture", "org-speaker, written"),
            10: ("indirect", "Anselm Kirchhof", "indirect-question"),
            11: ("direct", "Anselm Kirchhof", "present-tense"),
            12: ("direct", "Anselm Kirchhof", "present-tense"),
        },
    ),
]
