# ruff: noqa: E501
"""Wire copy (invented): short paragraphs, datelines, "X said on Tuesday".

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        1,
        "wire",
        """
KESTRA, March 4 (Meridian Wire) – An appeals court in Kestra on Tuesday upheld the seven-year prison sentence handed to investigative reporter Dara Velen, whose articles on state timber contracts led to her arrest on charges of “economic espionage” in 2022.

“[[1:This verdict was written before the hearing began,]]” {{1,2:said}} <<1,2:Ilan Moraes>>, Velen’s lawyer, outside the courthouse. “[[2:We will take the case to the Supreme Court, and if that fails, to every international body that will listen.]]”

<<3:The three-judge panel>> {{3:said}} in its ruling that [[3:the lower court had weighed the evidence correctly and that the sentence was proportionate]].

Velen, 38, raised a fist as guards led her out of the courtroom. “[[4:She is calm. She told me, ‘They can lock up the reporter but not the reporting,’ and she meant every word.]]” <<4:he>> {{4:added}}.

<<5:The Ministry of Justice>> {{5:said}} in a statement that [[5:the case had “nothing to do with journalism” and that Velen had received a fair trial]].

<<6:Lotte Brandvik>>, who heads the Europe desk of the press freedom group Open Newsroom Project, {{6:called}} [[6:the ruling “a message to every reporter in the country”]].

<<7:One Western diplomat>> who attended the hearing, speaking on condition of anonymity, {{7:told}} Meridian Wire that [[7:several governments would raise the case at the next session of the regional rights council]].

Velen’s brother, <<8:Tomas Velen>>, {{8:wrote}} on social media shortly after the ruling: “[[8:Seven years for asking where the forests went.]]”
""",
        {
            1: ("direct", "Ilan Moraes", "title-apposition"),
            2: ("direct", "Ilan Moraes", "title-apposition"),
            3: ("indirect", "Kestra Court of Appeal", "org-speaker"),
            4: ("direct", "Ilan Moraes", "nested"),
            5: ("mixed", "Ministry of Justice", "org-speaker"),
            6: ("mixed", "Lotte Brandvik", "title-apposition"),
            7: ("indirect", "one Western diplomat", ""),
            8: ("direct", "Tomas Velen", "written"),
        },
    ),
    (
        2,
        "wire",
        """
BARRANO, Oct 12 (Meridian Wire) - [[1:At least 46 people have died and more than 11,000 have been forced from their homes after three days of torrential rain in the Sava delta]], {{1:according to}} <<1:the National Disaster Management Agency>>.

Agency spokesman <<2:Rui Anders>> {{2:told}} reporters in Barrano on Thursday that [[2:the toll was likely to rise as rescue teams reached villages cut off since Monday]].

"[[3:Some of these communities we simply cannot reach by boat. The current is too strong,]]" <<3:Anders>> {{3:said}}.

In the village of Ostre, where the river broke through an embankment before dawn on Tuesday, <<4:residents>> {{4:said}} [[4:the water had reached the rooftops within an hour]].

"[[5:I put my mother on the roof and then I went back for the goats. That was a mistake,]]" {{5,6:said}} <<5,6:Petra Hallin>>, 52, who spent the night on the roof of the village school. "[[6:The goats are gone. My mother is fine. I'm fine. The house is - I don't know what the house is now.]]"

Prime Minister <<7:Ivo Sarkany>> {{7:said}} [[7:the government would release 200 million lev in emergency funds and that the army had been deployed to the worst-hit districts]].

But opposition lawmaker <<8:Mara Kuzic>> {{8:said}} [[8:warnings about the state of the embankments had been "ignored for a decade"]].

"[[9:Every engineer in this country knew. The reports are in a drawer at the ministry,]]" <<9,10:she>> {{9,10:told}} parliament. "[[10:Someone should ask who closed the drawer.]]"

<<11:The agency>> {{11:said}} [[11:schools in four districts would remain closed until at least Monday]].
""",
        {
            1: ("indirect", "National Disaster Management Agency", "org-speaker"),
            2: ("indirect", "Rui Anders", "title-prefix"),
            3: ("direct", "Rui Anders", ""),
            4: ("indirect", "residents", ""),
            5: ("direct", "Petra Hallin", ""),
            6: ("direct", "Petra Hallin", ""),
            7: ("indirect", "Ivo Sarkany", "title-prefix"),
            8: ("mixed", "Mara Kuzic", "title-prefix"),
            9: ("direct", "Mara Kuzic", ""),
            10: ("direct", "Mara Kuzic", ""),
            11: ("indirect", "National Disaster Management Agency", "org-speaker"),
        },
    ),
    (
        3,
        "wire",
        """
LUSEN, June 18 (Meridian Wire) – The Central Bank of Arvenia left its benchmark rate unchanged at 5.25 percent on Wednesday, and Governor <<1:Helene Strand>> {{1:said}} [[1:the bank was in “no hurry” to cut borrowing costs while services inflation remained sticky]].

“[[2:We have made progress, but the last mile is always the hardest,]]” <<2,3:Strand>> {{2,3:told}} a news conference. “[[3:Cutting too early and having to reverse course would cost us far more credibility than waiting a few more months.]]”

In its statement, <<4:the bank>> {{4:noted}} that [[4:core inflation had eased to 3.1 percent in May from 3.6 percent in April but that wage growth remained “well above levels consistent with the target”]].

Two of the seven members of the monetary policy committee voted for a quarter-point cut, as shown in the “vote record” that the bank began publishing last year.

Economists had broadly expected the hold. “[[5:The tone was more hawkish than the market had priced in, but it is hard to argue with the data,]]” {{5:said}} <<5:Jonas Ferreira>>, chief economist at Halden Bank.

<<6:Ferreira>> {{6:pointed out}} that [[6:the central bank had surprised markets twice last year and was keen to avoid a third]].

Finance Minister <<7,8:Kasimir Olde>>, who has publicly {{8:urged}} [[8:the bank to ease policy to support a slowing economy]], {{7:said}} [[7:he respected the decision]].

“[[9:The bank is independent, and it should be. That does not mean I cannot have an opinion,]]” <<9:he>> {{9:added}}, speaking to reporters in parliament.

The Arvenian mark firmed 0.4 percent against the dollar after the announcement.
""",
        {
            1: ("mixed", "Helene Strand", "title-prefix"),
            2: ("direct", "Helene Strand", ""),
            3: ("direct", "Helene Strand", ""),
            4: ("mixed", "Central Bank of Arvenia", "org-speaker"),
            5: ("direct", "Jonas Ferreira", "title-apposition"),
            6: ("indirect", "Jonas Ferreira", ""),
            7: ("indirect", "Kasimir Olde", "title-prefix"),
            8: ("indirect", "Kasimir Olde", "title-prefix"),
            9: ("direct", "Kasimir Olde", ""),
        },
    ),
    (
        4,
        "wire",
        """
PORT ELLIS, May 26 (Meridian Wire) - Deportivo Alcara coach <<1:Andrei Volkan>> {{1:said}} [[1:his side had "earned the right to be called champions" after they came from two goals down to beat Northgate United 3-2 in the Continental Cup final on Saturday]].

"[[2:At halftime I didn't shout. I just told them, 'Forty-five minutes, and then you can be tired for a month,']]" <<2,3:Volkan>> {{2,3:told}} reporters. "[[3:They listened. Mostly they listened to Rafa, to be honest.]]"

Winger <<4:Rafael Osei>>, who scored twice in the last 12 minutes, {{4:said}} [[4:he had not slept the night before the match]].

"[[5:My little brother called me at 3 a.m. to ask if I was nervous. I said no. I was lying,]]" <<5:he>> {{5:said}}, laughing.

Northgate manager Glen Harrow was less expansive. "[[6:We were the better team for an hour. Football doesn't care about that,]]" <<6:he>> {{6:said}}, before leaving the press room after two questions.

Asked whether he would stay on next season, <<7:Harrow>> {{7:replied}}: "[[7:Ask the owner.]]"

<<8:The Continental Football Federation>> {{8:said}} [[8:it had opened disciplinary proceedings after flares were thrown onto the pitch early in the second half]].

A banner unfurled in the away end before kickoff read "[[9:Twenty-one years is long enough]]". Alcara last won a continental trophy in 2003.
""",
        {
            1: ("mixed", "Andrei Volkan", "title-prefix"),
            2: ("direct", "Andrei Volkan", "nested"),
            3: ("direct", "Andrei Volkan", ""),
            4: ("indirect", "Rafael Osei", "title-prefix"),
            5: ("direct", "Rafael Osei", ""),
            6: ("direct", "Glen Harrow", ""),
            7: ("direct", "Glen Harrow", ""),
            8: ("indirect", "Continental Football Federation", "org-speaker"),
            9: ("direct", None, ""),
        },
    ),
    (
        5,
        "wire",
        """
TARVAS, Feb 9 (Meridian Wire) – <<1:Velorian authorities>> {{1:said}} on Friday [[1:they had closed the Nell Bridge crossing with Samaria indefinitely]], stranding hundreds of lorries on both sides of the river and shutting the so-called “green corridor” used for farm exports.

<<2:The Interior Ministry>> {{2:said}} in a statement that [[2:the closure was a “temporary security measure” following the discovery of weapons in a cargo container on Wednesday]].

[[3:The crossing would reopen “when conditions allow”]], <<3:the ministry>> {{3:said}}, without giving a date.

Samarian Foreign Minister <<4:Odile Marchetti>> {{4:told}} reporters in Samar that [[4:her government had not been informed in advance and had summoned the Velorian ambassador]].

“[[5:You do not close a border by press release,]]” <<5:Marchetti>> {{5:said}}.

The head of the national hauliers’ association, <<6:Bruno Teller>>, {{6:said}} [[6:about 900 trucks were waiting on the Velorian side alone, some of them carrying fruit and other perishable goods]]. <<7:He>> {{7:urged}} [[7:both governments to open a humanitarian lane for food and medicine]].

[[8:The queue stretches back 14 kilometres]], {{8:according to}} <<8:the regional traffic authority>>.

A driver stuck near the bridge, who gave only his first name, <<9:Emil>>, {{9:said}} [[9:he had been sleeping in his cab for three nights]].

“[[10:Nobody tells us anything. The police say ask the customs, the customs say ask Tarvas,]]” <<10:he>> {{10:said}}.
""",
        {
            1: ("indirect", "Velorian authorities", "org-speaker"),
            2: ("mixed", "Velorian Interior Ministry", "org-speaker"),
            3: ("mixed", "Velorian Interior Ministry", "org-speaker"),
            4: ("indirect", "Odile Marchetti", "title-prefix"),
            5: ("direct", "Odile Marchetti", ""),
            6: ("indirect", "Bruno Teller", "title-apposition"),
            7: ("indirect", "Bruno Teller", ""),
            8: ("indirect", "regional traffic authority", "org-speaker"),
            9: ("indirect", "Emil", ""),
            10: ("direct", "Emil", ""),
        },
    ),
    (
        6,
        "wire",
        """
MIRABEL, Sept 3 (Meridian Wire) – Opposition leader <<1:Samuel Achterberg>> {{1:said}} on Sunday [[1:he would not accept the provisional results of the presidential election]], which gave incumbent Clara Ibsen 54.2 percent of the vote.

“[[2:We have evidence of ballot stuffing in at least nine provinces. We will present it to the courts and to the people,]]” <<2:Achterberg>> {{2:told}} supporters at his campaign headquarters.

<<3:The Independent Electoral Commission>> {{3:said}} [[3:the count had been “transparent and verifiable”]]. Ibsen’s campaign chief, <<4:Farid Nassar>>, {{4:accused}} [[4:the opposition of “preparing the ground for unrest”]].

<<5:Observers from the Regional Democracy Mission>> {{5:said}} in a preliminary report that [[5:voting had been largely orderly but that they had “serious concerns” about the tabulation process in three provinces]].

“[[6:Orderly is not the same as fair,]]” {{6,7:said}} <<6,7:Lena Morrow>>, who heads the mission. “[[7:We want to see the polling-station tallies published, all of them, before anyone declares victory.]]”

Ibsen did not address the fraud allegations when she appeared on the balcony of the presidential palace late on Saturday. “[[8:The people have spoken. I invite Mr Achterberg to listen,]]” <<8:she>> {{8:said}}.

<<9:Police>> {{9:said}} [[9:about 2,000 people had gathered outside the commission’s offices on Sunday evening]]; <<10:organisers>> {{10:said}} [[10:more than 15,000 had turned out]].
""",
        {
            1: ("indirect", "Samuel Achterberg", "title-prefix"),
            2: ("direct", "Samuel Achterberg", ""),
            3: ("mixed", "Independent Electoral Commission", "org-speaker"),
            4: ("mixed", "Farid Nassar", "title-apposition"),
            5: ("mixed", "Regional Democracy Mission", "org-speaker"),
            6: ("direct", "Lena Morrow", "title-apposition"),
            7: ("direct", "Lena Morrow", "title-apposition"),
            8: ("direct", "Clara Ibsen", ""),
            9: ("indirect", "police", "org-speaker"),
            10: ("indirect", "organisers", ""),
        },
    ),
    (
        7,
        "wire",
        """
SORREL BASIN, Nov 21 (Meridian Wire) – [[1:Rescuers were drilling a ventilation shaft on Thursday to reach 14 miners trapped 400 metres underground after a tunnel collapsed at the Karvik copper mine]], <<1:officials>> {{1:said}}.

“[[2:We have had knocking on the pipe twice since midnight. That tells us at least some of them are alive,]]” {{2:said}} <<2:Ulla Brenner>>, head of the regional mine rescue service.

<<3:A rescue official>> who asked not to be named because he was not authorised to speak to the media {{3:said}} [[3:the drilling could take four more days]].

The mine’s operator, <<4:Borealis Metals>>, {{4:said}} in a statement [[4:it was “cooperating fully” with the authorities]].

Relatives have gathered at the mine gate since Tuesday. One of them, <<5:Dana Rusu>>, whose husband Mihai has worked at Karvik for 19 years, {{5:said}} [[5:the family had raised concerns about cracks in the tunnel last year]].

“[[6:He came home and said, ‘The roof is talking.’ That’s what the old miners call it when the rock makes noise. He said it three times in October,]]” <<6:she>> {{6:said}}.

Labour Inspector General <<7:Piet Mulder>> {{7:told}} state radio that [[7:the mine had passed a safety inspection in August]]. <<8:He>> {{8:stressed}} that [[8:the priority now was getting the men out]].

A hand-painted sign at the mine gate read: “[[9:Bring them up.]]”
""",
        {
            1: ("indirect", "officials", ""),
            2: ("direct", "Ulla Brenner", "title-apposition"),
            3: ("indirect", "a rescue official", ""),
            4: ("mixed", "Borealis Metals", "org-speaker"),
            5: ("indirect", "Dana Rusu", ""),
            6: ("direct", "Dana Rusu", "nested"),
            7: ("indirect", "Piet Mulder", "title-prefix"),
            8: ("indirect", "Piet Mulder", ""),
            9: ("direct", None, ""),
        },
    ),
    (
        8,
        "wire",
        """
VALLORE, April 2 (Meridian Wire) – Trade talks between the Meridional Economic Area and Colvara ended on Tuesday without agreement on farm tariffs, with each side blaming the other for the deadlock.

« [[1:We came with an offer on beef and dairy that went further than anything we have ever put on the table]] », {{1,2:said}} <<1,2:Anouk Delvaux>>, the Area’s chief negotiator. « [[2:Colvara did not move a centimetre.]] »

Colvara’s trade minister, <<3:Rafael Iturbe>>, {{3:told}} reporters [[3:the offer was « cosmetic » and that his government would not accept quotas below 80,000 tonnes]].

« [[4:They talk about a centimetre. I would say they moved a millimetre, and then asked for a kilometre]] », <<4:Iturbe>> {{4:said}}.

<<5:The Area’s executive commission>> {{5:said}} in a statement that [[5:talks would resume « at technical level » in May]].

Colvaran farmers’ federation president <<6:Ines Barros>> {{6:warned}} that [[6:any deal allowing tariff-free dairy imports would « finish off » thousands of small producers]]. « [[7:My grandfather used to say, “The cow does not care about borders.” The customs officer does]] », <<7:Barros>> {{7:added}}.

Asked whether the talks could collapse entirely, <<8:Delvaux>> {{8:replied}}: « [[8:Nothing collapses in trade. Things just get slower and more expensive.]] »

<<9:Analysts>> {{9:said}} [[9:the failure made it unlikely that a deal could be ratified before Colvara’s elections in October]].
""",
        {
            1: ("direct", "Anouk Delvaux", "title-apposition"),
            2: ("direct", "Anouk Delvaux", "title-apposition"),
            3: ("mixed", "Rafael Iturbe", "title-apposition"),
            4: ("direct", "Rafael Iturbe", ""),
            5: ("mixed", "Executive Commission of the Meridional Economic Area", "org-speaker"),
            6: ("mixed", "Ines Barros", "title-prefix"),
            7: ("direct", "Ines Barros", "nested"),
            8: ("direct", "Anouk Delvaux", ""),
            9: ("indirect", "analysts", ""),
        },
    ),
    (
        9,
        "wire",
        """
HALDEN, Jan 15 (Meridian Wire) - [[1:The national medicines regulator on Monday approved the first vaccine against Tesca fever, a mosquito-borne disease that killed more than 3,000 people in the country last year]], <<1:the Health Ministry>> {{1:said}}.

"[[2:This is the day we have been waiting for since the outbreak of 2019,]]" Health Minister <<2,3:Adaeze Okafor>> {{2,3:said}} at a news conference. "[[3:But a vaccine in a fridge in Halden does not save anyone in the river provinces. Distribution is now everything.]]"

<<4:The Medicines Evaluation Board>> {{4:said}} [[4:the two-dose vaccine had shown 78 percent efficacy against severe disease in trials involving 22,000 people]].

The board's chair, <<5:Dr Yusuf Benali>>, {{5:cautioned}} that [[5:protection against mild infection was "considerably lower" and that long-term data was still being collected]].

"[[6:We are not saying this ends Tesca. We are saying it changes the odds,]]" <<6:Benali>> {{6:said}}.

The manufacturer, <<7:Oriel Biologics>>, {{7:said}} [[7:it could deliver 4 million doses by June]], but <<8:public health experts>> {{8:questioned}} whether [[8:cold-chain storage in rural clinics was adequate]].

"[[9:Half the clinics I visited last year did not have a working fridge,]]" {{9:said}} <<9:Lucia Ferro>>, an epidemiologist at the University of Halden who was not involved in the trials.

"[[10:The question nobody wants to ask is, 'Who gets it first?' Because there will not be enough for everyone this year.]]" <<10:Ferro>> {{10:added}}.
""",
        {
            1: ("indirect", "Ministry of Health", "org-speaker"),
            2: ("direct", "Adaeze Okafor", "title-prefix"),
            3: ("direct", "Adaeze Okafor", "title-prefix"),
            4: ("indirect", "Medicines Evaluation Board", "org-speaker"),
            5: ("mixed", "Yusuf Benali", "title-apposition"),
            6: ("direct", "Yusuf Benali", ""),
            7: ("indirect", "Oriel Biologics", "org-speaker"),
            8: ("indirect", "public health experts", ""),
            9: ("direct", "Lucia Ferro", "title-apposition"),
            10: ("direct", "Lucia Ferro", "nested"),
        },
    ),
    (
        10,
        "wire",
        """
CASSEL, July 8 (Meridian Wire) – Tens of thousands of people marched through Cassel on Saturday against a proposed “foreign agents” law that would allow the government to dissolve civic organisations receiving money from abroad.

<<1:Marchers>> {{1:chanted}} “[[1:We are not agents]]” and carried placards reading “[[2:Civil society is not a crime]]”.

<<3:Police>> {{3:said}} [[3:about 30,000 people took part]]; <<4:organisers>> {{4:said}} [[4:the figure was closer to 100,000]].

“[[5:This law is copied word for word from the playbook of every regime that ever wanted to silence its critics,]]” <<5:Milan Horvat>>, director of the Cassel Legal Aid Centre, {{5:told}} the crowd from a stage in Liberty Square.

Horvat’s centre receives about a third of its funding from foundations abroad. <<6:He>> {{6:said}} [[6:the centre would have to close within months if the law passed]].

The governing party’s parliamentary leader, <<7:Zoltan Mercer>>, {{7:insisted}} [[7:the bill was about “transparency, not punishment”]].

“[[8:If you have nothing to hide, registering costs you one form. Is that really a dictatorship?]]” <<8:Mercer>> {{8:asked}} in a television interview.

The human rights commissioner of the Council of Regional Democracies, <<9:Agnes Lind>>, {{9:urged}} [[9:lawmakers to withdraw the bill or at least send it for review by independent legal experts]].

By evening the crowd had thinned. Someone had spray-painted “[[10:Who funds you?]]” across the steps of the parliament building, and <<11:police>> {{11:said}} [[11:three people had been detained for vandalism]].
""",
        {
            1: ("direct", "marchers", ""),
            2: ("direct", None, ""),
            3: ("indirect", "police", "org-speaker"),
            4: ("indirect", "organisers", ""),
            5: ("direct", "Milan Horvat", "title-apposition"),
            6: ("indirect", "Milan Horvat", ""),
            7: ("mixed", "Zoltan Mercer", "title-apposition"),
            8: ("direct", "Zoltan Mercer", ""),
            9: ("indirect", "Agnes Lind", "title-apposition"),
            10: ("direct", None, ""),
            11: ("indirect", "police", "org-speaker"),
        },
    ),
    (
        11,
        "wire",
        """
FERNHAVEN, Aug 30 (Meridian Wire) - [[1:Pilots at budget carrier SkyLark Air will walk out for 48 hours from Friday after talks over pay and rosters broke down]], <<1:their union>> {{1:said}} on Wednesday.

<<2:The Fernhaven Pilots' Association>> (FPA) {{2:said}} [[2:more than 90 percent of its members at the airline had backed strike action in a ballot that closed on Monday]].

"[[3:Our members are flying 900 hours a year and being told to be grateful,]]" FPA president <<3,4:Colm Reddy>> {{3,4:said}} in a statement. "[[4:Nobody takes this step lightly. Passengers deserve an apology from management, not from pilots.]]"

<<5,6:SkyLark>> {{5:called}} [[5:the strike "unjustified and unnecessary"]] and {{6:said}} [[6:it would try to run about 40 percent of its schedule using contract crews]].

"[[7:We have offered an 11 percent increase over two years. That is more than any other carrier in the region,]]" {{7:said}} <<7:Birgit Haas>>, SkyLark's chief operating officer, in an interview.

<<8:Haas>> {{8:claimed}} [[8:the union had rejected the offer without putting it to a vote of members]], a charge the FPA denied.

<<9,10:The Civil Aviation Authority>> {{9:said}} [[9:passengers whose flights were cancelled were entitled to a full refund or rebooking]] and {{10:urged}} [[10:travellers to check their flight status before going to the airport]].

At Fernhaven airport, <<11:Ana Silva>>, a teacher travelling to her sister's wedding, {{11:said}} [[11:she had already booked a train as a backup]]. "[[12:I don't trust either side to sort this out by Friday,]]" <<12:she>> {{12:said}}.
""",
        {
            1: ("indirect", "Fernhaven Pilots' Association", "org-speaker, alias"),
            2: ("indirect", "Fernhaven Pilots' Association", "org-speaker"),
            3: ("direct", "Colm Reddy", "title-prefix"),
            4: ("direct", "Colm Reddy", "title-prefix"),
            5: ("mixed", "SkyLark Air", "org-speaker"),
            6: ("indirect", "SkyLark Air", "org-speaker"),
            7: ("direct", "Birgit Haas", "title-apposition"),
            8: ("indirect", "Birgit Haas", ""),
            9: ("indirect", "Civil Aviation Authority", "org-speaker"),
            10: ("indirect", "Civil Aviation Authority", "org-speaker"),
            11: ("indirect", "Ana Silva", "title-apposition"),
            12: ("direct", "Ana Silva", ""),
        },
    ),
    (
        12,
        "wire",
        """
PINE HOLLOW, Aug 14 (Meridian Wire) – [[1:About 6,000 people were ordered to leave their homes on Monday as a wildfire driven by strong winds spread across more than 12,000 hectares of forest in the hills north of Pine Hollow]], <<1:fire officials>> {{1:said}}.

“[[2:The wind turned on us at about four in the afternoon. In forty minutes the fire moved further than it had in the previous two days,]]” {{2:said}} regional fire chief <<2:Marguerite Olsen>>.

<<3:Olsen>> {{3:said}} [[3:some 900 firefighters, 14 aircraft and army engineers were tackling the blaze]], but <<4:she>> {{4:warned}} that [[4:temperatures above 40 degrees Celsius forecast for Tuesday would make it “extremely difficult” to hold the fire lines]].

At an evacuation centre in a school gym, retired postman <<5:Hugo Lindqvist>>, 74, {{5:said}} [[5:police had knocked on his door just after 5 p.m. and given him ten minutes to leave]].

“[[6:I took my pills, my wife’s photograph and the cat. I forgot my shoes,]]” <<6:he>> {{6:said}}, pointing at the borrowed sandals on his feet.

Environment Minister <<7:Sara Quist>> {{7:said}} [[7:the fire was “exactly what the scientists told us would happen”]].

“[[8:We can argue about the causes later. Tonight I want everyone to follow the instructions of the emergency services,]]” <<8:she>> {{8:told}} public broadcaster NRT.

<<9:Police>> {{9:said}} [[9:they had arrested a 35-year-old man on suspicion of starting a separate, smaller fire near the town of Ekby on Sunday]].

One volunteer firefighter, <<10:Jonas Eklund>>, {{10:wrote}} on social media late on Monday: “[[10:Fourteen hours on the line. No sleep. Please, just leave when they tell you.]]”
""",
        {
            1: ("indirect", "fire officials", ""),
            2: ("direct", "Marguerite Olsen", "title-prefix"),
            3: ("indirect", "Marguerite Olsen", ""),
            4: ("mixed", "Marguerite Olsen", ""),
            5: ("indirect", "Hugo Lindqvist", "title-prefix"),
            6: ("direct", "Hugo Lindqvist", ""),
            7: ("mixed", "Sara Quist", "title-prefix"),
            8: ("direct", "Sara Quist", ""),
            9: ("indirect", "police", "org-speaker"),
            10: ("direct", "Jonas Eklund", "written"),
        },
    ),
    (
        13,
        "wire",
        """
ASHCOMBE, June 30 (Meridian Wire) – Two-time major champion <<1:Nadia Petrovic>> {{1:said}} on Sunday [[1:she would retire from professional tennis after next month’s Ashcombe Open]], ending a 17-year career in which she won 31 titles.

‘[[2:My body has been sending me letters for two years. This spring it stopped writing and started shouting,]]’ <<2:the 34-year-old>> {{2:told}} a news conference.

‘[[3:I always said I’d stop when I didn’t enjoy the travel any more. I still love the tennis. I don’t love the airports,]]’ <<3:she>> {{3:added}}.

Her long-time coach, <<4:Hamid Rezaei>>, {{4:said}} [[4:the decision had been made after a shoulder injury flared up again during the spring clay-court events]].

‘[[5:She came to me in Corvo and said, “Hamid, I think that’s it,” and I knew she meant it because she didn’t cry,]]’ {{5,6:said}} <<5,6:Rezaei>>. ‘[[6:Nadia cries when she wins, not when she decides.]]’

Women’s Tennis Circuit chief executive <<7,8:Paula Grant>> {{7:called}} [[7:Petrovic ‘one of the great competitors of her generation’]] and {{8:said}} [[8:the circuit would hold a tribute at the season-ending finals]].

Petrovic’s great rival, <<9:Elin Haug>>, {{9:posted}} on social media: ‘[[9:Nobody made me work harder. Enjoy the next chapter, Nads.]]’

Asked what she would do first, Petrovic smiled. ‘[[10:Sleep,]]’ <<10,11:she>> {{10,11:replied}}. ‘[[11:Then maybe learn to cook something that isn’t pasta.]]’
""",
        {
            1: ("indirect", "Nadia Petrovic", "title-prefix"),
            2: ("direct", "Nadia Petrovic", "epithet"),
            3: ("direct", "Nadia Petrovic", ""),
            4: ("indirect", "Hamid Rezaei", "title-apposition"),
            5: ("direct", "Hamid Rezaei", "nested"),
            6: ("direct", "Hamid Rezaei", ""),
            7: ("mixed", "Paula Grant", "title-prefix"),
            8: ("indirect", "Paula Grant", "title-prefix"),
            9: ("direct", "Elin Haug", "written"),
            10: ("direct", "Nadia Petrovic", ""),
            11: ("direct", "Nadia Petrovic", ""),
        },
    ),
    (
        14,
        "wire",
        """
PORT SEVERIN, Dec 2 (Meridian Wire) – <<1:Mediators>> {{1:said}} on Saturday that [[1:the warring parties in the Halvar region had agreed to a 72-hour humanitarian pause starting at midnight, the first break in the fighting since March]].

The chief mediator, former foreign minister <<2:Teodor Vance>>, {{2:said}} in a statement read to reporters: “[[2:Both delegations have committed to allowing aid convoys to reach Halvar city and the camps to its south without obstruction.

“The pause is not a ceasefire. It is a test. If it holds, we will ask for more.

“I want to thank the families who have waited, and I ask them to wait a little longer.]]”

The government delegation’s spokesman, <<3:Adel Haskins>>, {{3:said}} [[3:the army would “respect the pause as long as the other side does”]].

“[[4:We have heard promises before,]]” {{4,5:said}} <<4,5:Ysolde Karr>>, a spokeswoman for the Halvar Liberation Front, reached by telephone. “[[5:We will believe it when the trucks arrive.]]”

<<6:The United Relief Agency>> {{6:said}} [[6:it had 140 trucks of food, medicine and fuel ready to move from the border as soon as the pause took effect]] under a plan it calls “Operation Open Road”.

[[7:At least 1,200 civilians have been killed in Halvar since March]], {{7:according to}} <<7:the agency>>. <<8:It>> has repeatedly {{8:warned}} that [[8:parts of the city are at risk of famine]].

<<9:A teacher in Halvar city>>, reached by text message, {{9:wrote}}: “[[9:We heard about the pause on the radio. The shelling has not stopped yet. It is 11 pm.]]”
""",
        {
            1: ("indirect", "mediators", ""),
            2: ("direct", "Teodor Vance", "title-prefix"),
            3: ("mixed", "Adel Haskins", "title-apposition"),
            4: ("direct", "Ysolde Karr", "title-apposition"),
            5: ("direct", "Ysolde Karr", "title-apposition"),
            6: ("indirect", "United Relief Agency", "org-speaker"),
            7: ("indirect", "United Relief Agency", "org-speaker"),
            8: ("indirect", "United Relief Agency", "org-speaker"),
            9: ("direct", "a teacher in Halvar city", "written"),
        },
    ),
    (
        15,
        "wire",
        """
KALTENFELD, Oct 7 (Meridian Wire) – [[1:Chattr, the messaging and social media company, must pay a fine of 48 million euros for storing the precise location data of millions of users without valid consent]], <<1:the Federal Data Protection Office>> {{1:said}} on Thursday.

„[[2:Location data reveals where people sleep, where they pray and which doctor they visit. It is among the most sensitive information there is]]“, {{2:said}} the office’s president, <<2:Renate Vogler>>.

<<3:Vogler>> {{3:said}} [[3:investigators had found that the company’s app continued to record users’ positions every few minutes even after they had switched off the feature in their settings]].

<<4:Chattr>> {{4:said}} [[4:it would appeal]]. „[[5:We strongly disagree with the office’s interpretation of the law and believe our consent process was clear and lawful]]“, <<5:a company spokesperson>> {{5:said}} in an emailed statement.

<<6:Tobias Krämer>> of the Federal Consumer Alliance {{6:said}} [[6:the penalty was „overdue“ but still „small change“ for a company of Chattr’s size]].

„[[7:When I asked them in 2021 why the app needed my location at three in the morning, they wrote back: ‚For a better experience.‘ That was the whole answer]]“, <<7:Krämer>> {{7:said}}.

<<8:The office>> {{8:noted}} that [[8:it had received more than 2,300 complaints about the app since 2020]].
""",
        {
            1: ("indirect", "Federal Data Protection Office", "org-speaker"),
            2: ("direct", "Renate Vogler", "title-apposition"),
            3: ("indirect", "Renate Vogler", ""),
            4: ("indirect", "Chattr", "org-speaker"),
            5: ("direct", "a company spokesperson", ""),
            6: ("mixed", "Tobias Krämer", "title-apposition"),
            7: ("direct", "Tobias Krämer", "nested"),
            8: ("indirect", "Federal Data Protection Office", "org-speaker"),
        },
    ),
    (
        43,
        "wire",
        """
LAKESHORE, March 11 (Meridian Wire) – <<1:The Global Health Authority>> (GHA) {{1:said}} on Monday [[1:an outbreak of Marrow fever in the Bessa region was now a public health emergency of regional concern]], its second-highest level of alert.

“[[2:This is not the moment for panic, but it is very much the moment for money and for people,]]” GHA Director-General <<2:Dr Tunde Alabi>> {{2:told}} a briefing.

[[3:There have been 412 suspected cases and 58 deaths since January]], {{3:according to}} <<3:the GHA>>, most of them in the districts along the Bessa river.

Bessa’s health minister, <<4:Aminata Koné>>, {{4:said}} in a statement issued in French that [[4:the situation was « sous contrôle »]]. « [[5:Nos équipes sont sur le terrain jour et nuit]] », <<5:she>> {{5:said}} – our teams are on the ground day and night.

<<6:A doctor at the main hospital in Bessa city>>, who asked not to be named, {{6:told}} Meridian Wire by telephone: "[[6:We have two isolation rooms. We have nineteen patients.]]"

Neighbouring <<7:Tarvenia>> {{7:said}} [[7:it was stepping up screening at border crossings but would not close them]].

<<8,9:Alabi>> {{8:urged}} [[8:governments not to impose travel bans]], {{9:arguing}} that [[9:such bans “push outbreaks underground” by discouraging people from reporting symptoms]].
""",
        {
            1: ("indirect", "Global Health Authority", "org-speaker, mixed-typography"),
            2: ("direct", "Tunde Alabi", "title-prefix"),
            3: ("indirect", "Global Health Authority", "org-speaker, alias"),
            4: ("mixed", "Aminata Koné", "title-apposition, foreign-language"),
            5: ("direct", "Aminata Koné", "foreign-language"),
            6: ("direct", "a doctor at the main hospital in Bessa city", "mixed-typography"),
            7: ("indirect", "Tarvenia", "org-speaker"),
            8: ("indirect", "Tunde Alabi", ""),
            9: ("mixed", "Tunde Alabi", ""),
        },
    ),
]
