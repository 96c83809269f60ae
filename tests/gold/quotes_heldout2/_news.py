# ruff: noqa: E501
"""Second held-out set, news articles and features (invented): courtroom, present-tense features, gestures.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        9,
        "news",
        """
The former mayor of Alderbrook, <<1:Viktor Sandell>>, {{1:told}} a jury on Tuesday that [[1:he had “never taken a single coin” from the developers who built the city’s new harbour district]], on his first day in the witness box.

Sandell, 66, is accused of accepting 2.3 million crowns in payments disguised as “consultancy fees” from Orrin Land Partners between 2016 and 2021. He denies all nine charges.

“[[2:I was the mayor. Everybody wanted something from the mayor. That does not mean the mayor gave it to them,]]” <<2:Sandell>> {{2:said}}, turning at one point to face the jurors.

[[3:The payments were routed through a company registered to Sandell’s brother-in-law]], {{3:according to}} <<3:prosecutors>>.

Under cross-examination, prosecutor <<4:Hanna Lindeberg>> {{4:asked}}: “[[4:If it was consultancy, Mr Sandell, can you name a single report your brother-in-law wrote?]]”

<<5:Sandell>> {{5:replied}} after a long pause: “[[5:Not by its title, no.]]”

Lindeberg then read out a text message that <<6:Sandell>> {{6:sent}} to a developer in May 2018: “[[6:Tell our friends the harbour vote is Thursday. They know what to do.]]”

<<7:The former mayor>> {{7:said}} [[7:“our friends” meant the members of his own party on the city council]].

“[[8:Did they know what to do? They knew how to vote. That is politics, not corruption,]]” <<8:he>> {{8:said}}.

His wife, Ulrika, sat in the front row of the public gallery throughout the day. Asked by reporters during a break whether she expected an acquittal, <<9:she>> shook her head: “[[9:I expect nothing any more. Thirty years he gave this town.]]”

Outside the courthouse, a handful of protesters held up a sign reading “[[10:Harbour for the people, not the pockets]]”.

Defence lawyer <<11:Mattias Krogh>> {{11:said}} [[11:the prosecution’s case rested on “guesswork and one clumsy text message”]], while <<12:Lindeberg>> {{12:told}} the court that [[12:the jury would hear next week from the developer who received it]].

“[[13:Nine days of evidence, and not one witness who saw money change hands,]]” <<13:Krogh>> {{13:told}} reporters on the courthouse steps. The trial is expected to last until the end of October.
""",
        {
            1: ("mixed", "Viktor Sandell", "title-apposition"),
            2: ("direct", "Viktor Sandell", ""),
            3: ("indirect", "prosecutors", ""),
            4: ("direct", "Hanna Lindeberg", "title-prefix"),
            5: ("direct", "Viktor Sandell", ""),
            6: ("direct", "Viktor Sandell", "written"),
            7: ("mixed", "Viktor Sandell", "epithet"),
            8: ("direct", "Viktor Sandell", ""),
            9: ("direct", "Ulrika Sandell", ""),
            10: ("direct", None, ""),
            11: ("mixed", "Mattias Krogh", "title-prefix"),
            12: ("indirect", "Hanna Lindeberg", ""),
            13: ("direct", "Mattias Krogh", ""),
        },
    ),
    (
        10,
        "news",
        """
In the mountain village of Kellmoor, the post office opens at nine, and by five past nine Agathe Brunner has already been asked about three parcels, one pension and a goat.

“[[1:The goat was a joke. Mostly,]]” <<1:Brunner>> {{1:says}}, sliding a bundle of envelopes into a wooden rack her father built in 1971.

For 41 years the Kellmoor post office has been the only public counter of any kind within 30 kilometres. On March 31, it will close.

[[2:Fewer than 40 customers a day use the branch, which loses about 60,000 crowns a year]], {{2:according to}} <<2:Alpine Post>>, the state-owned postal company, which plans to shut 140 rural branches by 2027. <<3:The company>> {{3:says}} [[3:villagers will be served by a “mobile counter” that will visit twice a week]].

“[[4:Twice a week, for two hours, in a van in the car park. In January. At 1,400 metres,]]” <<4:Brunner>> {{4:says}}. <<5:She>> shrugs: “[[5:I am sure it is a very nice van.]]”

Brunner, 63, took over the counter from her father in 1983. Many of her customers are older than she is. Ferdinand Aschauer, 88, comes in every Thursday to collect his pension in cash.

“[[6:My son says, ‘Papa, get a bank card.’ I say, ‘Which bank? The nearest bank is in Lenzach, and the bus goes twice a day.’

“Here Agathe knows me. If I don’t come on a Thursday, she telephones my neighbour. Will a van telephone my neighbour?]]” {{6:asks}} <<6:Aschauer>>.

“[[7:I have drawn this pension for 23 years. I intend to draw it for another ten,]]” <<7:the 88-year-old>> {{7:adds}}.

Mayor <<8:Silvia Rautenberg>> {{8:asked}} the company in a letter in January whether [[8:the municipality could take over the branch]]. <<9:Alpine Post>> {{9:replied}} that [[9:it would “look carefully” at the request]]. She has heard nothing since.

“[[10:Look carefully? They have had three months to look,]]” <<10:Rautenberg>> {{10:says}}.

<<11:The PTU>>, which represents counter staff, {{11:says}} [[11:the closures will cost about 300 jobs]]. Across the road, a poster for the regional tourism board’s “Alive All Year” campaign is peeling off the bus shelter.

Someone has taped a handwritten note to the post office door: “[[12:Closed by people who have never been here]]”.

At five o’clock Brunner locks up and counts the days on the calendar behind the counter. “[[13:Thirty-nine more,]]” <<13:she>> {{13:says}}.

“[[14:Then somebody else can count the goats.]]”
""",
        {
            1: ("direct", "Agathe Brunner", "present-tense"),
            2: ("indirect", "Alpine Post", "org-speaker"),
            3: ("mixed", "Alpine Post", "org-speaker, present-tense"),
            4: ("direct", "Agathe Brunner", "present-tense"),
            5: ("direct", "Agathe Brunner", ""),
            6: ("direct", "Ferdinand Aschauer", "nested, present-tense"),
            7: ("direct", "Ferdinand Aschauer", "epithet, present-tense"),
            8: ("indirect", "Silvia Rautenberg", "title-prefix, indirect-question, written"),
            9: ("mixed", "Alpine Post", "org-speaker"),
            10: ("direct", "Silvia Rautenberg", "present-tense"),
            11: ("indirect", "PTU", "org-speaker, present-tense"),
            12: ("direct", None, ""),
            13: ("direct", "Agathe Brunner", "present-tense"),
            14: ("direct", "Agathe Brunner", ""),
        },
    ),
    (
        11,
        "news",
        """
Health officials in Lorreth closed the cardiac ward of the city’s only children’s hospital on Friday after mould was found behind the walls of two operating theatres, forcing the transfer of 23 young patients to hospitals as far as 200 kilometres away.

“[[1:We could not guarantee that the air in those theatres was safe, and when you cannot guarantee that, you stop,]]” {{1:said}} <<1:Dr Anneliese Korvink>>, medical director of St Brigid’s Children’s Hospital.

[[2:Maintenance workers had found the mould on Wednesday while replacing an air-conditioning unit]], <<2:she>> {{2:said}}.

[[3:Eleven of the children were moved to Halden General Hospital, 190 kilometres to the north]], {{3:according to}} <<3:the Lorreth Health Trust>>, which runs St Brigid’s. <<4:The trust>> {{4:said}} [[4:it had “no record” of formal complaints about damp in the cardiac unit]]. [[5:Repairs would take at least six weeks]], <<5:it>> {{5:said}}.

<<6:Several parents>> {{6:said}} [[6:they had been given less than two hours’ notice of the transfers]].

“[[7:They told us to pack her things because an ambulance was waiting. I asked where she was going, and nobody could tell me,]]” {{7:said}} <<7:Tomasz Brennan>>, 41, whose seven-year-old daughter had heart surgery on Monday.

<<8:Two nurses on the ward>>, who spoke on condition of anonymity because they were not authorised to talk to the press, {{8:said}} [[8:staff had reported damp patches in the theatres for more than a year]]. “[[9:We put buckets under the ceiling tiles. Everybody saw the buckets,]]” <<9:they>> {{9:said}}.

<<10:A senior official at the trust>> {{10:told}} reporters [[10:the building had been on a list for replacement since 2015 but had never been funded]]. The hospital, a 1970s concrete block known to staff as “the Biscuit Tin”, was last renovated in 1998.

Health Secretary <<11:Gideon Marwick>> {{11:wrote}} on social media that [[11:he had ordered an “urgent review” of maintenance on every children’s ward in the region]]. <<12:Cerys Penhallow>>, health spokeswoman for the Liberal Reform party, {{12:said}} [[12:that was “too little, and about nine years too late”]].

Until the ward reopens, children who need heart surgery will be sent to Halden or to the university hospital in Marsk, more than three hours away by road.

“[[13:How does a children’s heart unit end up with buckets on the floor? Somebody decided this could wait,]]” <<13:the 41-year-old>> {{13:said}}.
""",
        {
            1: ("direct", "Anneliese Korvink", "title-apposition"),
            2: ("indirect", "Anneliese Korvink", ""),
            3: ("indirect", "Lorreth Health Trust", "org-speaker"),
            4: ("mixed", "Lorreth Health Trust", "org-speaker"),
            5: ("indirect", "Lorreth Health Trust", "org-speaker"),
            6: ("indirect", "several parents", ""),
            7: ("direct", "Tomasz Brennan", ""),
            8: ("indirect", "two nurses on the ward", ""),
            9: ("direct", "two nurses on the ward", ""),
            10: ("indirect", "a senior official at the trust", ""),
            11: ("mixed", "Gideon Marwick", "title-prefix, written"),
            12: ("mixed", "Cerys Penhallow", "title-apposition, that-pronoun"),
            13: ("direct", "Tomasz Brennan", "epithet"),
        },
    ),
    (
        12,
        "news",
        """
The path to the Alvar glacier used to end at the ice. Now it ends at a signpost, and the ice lies another 40 minutes on, grey and pitted, at the head of a valley of loose rock.

“[[1:When I started, in 1994, you stepped off the bus and put your crampons on,]]” {{1,2:says}} <<1,2:Nicanor Quilapán>>, who has guided visitors here for three decades. “[[2:Now the tourists walk an hour and a half over rubble to touch something that looks like a dirty car park. Some of them cry. I am not joking.]]”

[[3:Only four guides are still licensed to take groups onto the glacier, down from 31 in 2005]], {{3:according to}} <<3:the Alvar Provincial Tourism Office>>. Quilapán, 57, is one of them.

<<4:Dr Mireille Sandoval-Kerr>>, a glaciologist at the University of Puerto Lenta who has measured the glacier since 2002, {{4:says}} [[4:its tongue has retreated 1.3 kilometres in two decades and lost about a third of its thickness]]. “[[5:People ask me when it will disappear. I tell them that is the wrong question. The question is what we decide to do before then,]]” <<5:she>> {{5:says}}.

<<6:The Alvar Valley Guides’ Cooperative>> (AVGC) has {{6:asked}} [[6:the provincial government to pay its members to retrain as park rangers]]. [[7:Only about 2,000 visitors reached the ice last season, against 26,000 in 2010]], <<7:AVGC>> {{7:says}}.

In the village of Lenta, a hand-painted board outside the guides’ hut still reads «[[8:Glaciar – 15 minutos]]». Someone has crossed out the “15” and written “40” beneath it.

<<9:Valentina Quilapán>>, his 24-year-old daughter, who trained as a guide before moving to the coast, {{9:wrote}} on social media last month: “[[9:My father taught me to read the ice before I could read books. What do I teach my children to read, the rocks?]]”

In March, the province’s tourism minister, <<10:Hernán Otxoa>>, {{10:said}} [[10:the valley would be marketed as a “climate witness” destination]].

Quilapán snorts when he hears the phrase. “[[11:A climate witness. So now we sell tickets to the funeral,]]” <<11:he>> {{11:says}}.

<<12:Sandoval-Kerr>> {{12:says}} [[12:the idea is less cynical than it sounds, because visitors who see the retreat “go home and vote differently”]].

Up on the ice, Quilapán crouches beside a dark band in the wall of a crevasse. <<13:He>> points at it: “[[13:That is the summer of 2019. You can read it like the rings of a tree.]]”

“[[14:Come and read it while you can.]]”
""",
        {
            1: ("direct", "Nicanor Quilapán", "present-tense"),
            2: ("direct", "Nicanor Quilapán", "present-tense"),
            3: ("indirect", "Alvar Provincial Tourism Office", "org-speaker"),
            4: ("indirect", "Mireille Sandoval-Kerr", "title-apposition, present-tense"),
            5: ("direct", "Mireille Sandoval-Kerr", "present-tense"),
            6: ("indirect", "Alvar Valley Guides’ Cooperative", "org-speaker"),
            7: ("indirect", "Alvar Valley Guides’ Cooperative", "org-speaker, alias, present-tense"),
            8: ("direct", None, "foreign-language, mixed-typography"),
            9: ("direct", "Valentina Quilapán", "written"),
            10: ("mixed", "Hernán Otxoa", "title-apposition"),
            11: ("direct", "Nicanor Quilapán", "present-tense"),
            12: ("mixed", "Mireille Sandoval-Kerr", "present-tense"),
            13: ("direct", "Nicanor Quilapán", ""),
            14: ("direct", "Nicanor Quilapán", ""),
        },
    ),
]
