# ruff: noqa: E501
"""Second held-out set, wire copy (invented): datelines, short paragraphs, "X said on Monday".

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        1,
        "wire",
        """
CALVERA, April 17 (Corvo Wire) – An engine-room fire forced the evacuation of an overnight ferry off the Isterian coast early on Wednesday, and the government ordered the vessel’s two sister ships to stay in port until they have been inspected.

[[1:All 212 passengers and 38 crew were taken off safely by lifeboats and by two fishing trawlers that answered the distress call]], {{1:according to}} <<1:the Isterian Coast Guard>>. Eleven people were treated in hospital for smoke inhalation.

“[[2:Nobody died tonight because the crew did their job and the fishermen did more than theirs,]]” Maritime Affairs Minister <<2:Odalys Ferrant>> {{2:told}} reporters at the port in Calvera.

<<3:She>> {{3:said}} [[3:the ferry’s operator, Isteria Blue Lines (IBL), would have to prove that its remaining ships met every fire-safety requirement before they could sail again]].

The ferry, the 27-year-old “Marisabel”, was about 40 kilometres north of Calvera on its nightly crossing from the island of Orsa when smoke was detected shortly after 2 a.m.

“[[4:First there was a smell like burning tyres, and then all the lights went out,]]” {{4,5:said}} <<4,5:Henrike Saalfeld>>, a schoolteacher from Orsa who was travelling with her two sons. “[[5:The crew were shouting ‘Jackets, jackets, everybody up,’ and we just did what they said. Nobody pushed. Nobody screamed, not even the children.]]”

<<6:IBL>> {{6:said}} in a statement that [[6:the fire had been confined to the engine room and that it was cooperating fully with investigators]]. <<7:The company>> also {{7:said}} [[7:the ship had passed its most recent annual inspection in November]].

Chief engineer <<8:Matthias Ondra>>, 61, who stayed below deck for nearly an hour to shut off the fuel supply, {{8:said}} [[8:he had reported a leaking fuel line twice this year]]. “[[9:I wrote it in the log in February and again in March. Anyone can read the log,]]” <<9:the 61-year-old>> {{9:said}}.

[[10:The fuel line in question had been replaced in March]], <<10:an IBL manager>> {{10:told}} Corvo Wire, speaking on condition of anonymity because he was not authorised to discuss the investigation.

<<11:The Seafarers’ Guild of Isteria>>, which represents most of the ferry’s crew, {{11:wrote}} on social media: “[[11:Two warnings in the log. Zero answers from the office. Who signed this ship off as safe?]]”

<<12:The coast guard>> {{12:said}} [[12:the ferry was being towed to Calvera, where investigators from the national maritime safety board would board it on Thursday]]. Services to Orsa will be covered by a chartered vessel from the mainland until further notice.
""",
        {
            1: ("indirect", "Isterian Coast Guard", "org-speaker"),
            2: ("direct", "Odalys Ferrant", "title-prefix"),
            3: ("indirect", "Odalys Ferrant", ""),
            4: ("direct", "Henrike Saalfeld", ""),
            5: ("direct", "Henrike Saalfeld", "nested"),
            6: ("indirect", "Isteria Blue Lines", "org-speaker, alias"),
            7: ("indirect", "Isteria Blue Lines", "org-speaker"),
            8: ("indirect", "Matthias Ondra", "title-prefix"),
            9: ("direct", "Matthias Ondra", "epithet"),
            10: ("indirect", "an IBL manager", ""),
            11: ("direct", "Seafarers’ Guild of Isteria", "org-speaker, written"),
            12: ("indirect", "Isterian Coast Guard", "org-speaker"),
        },
    ),
    (
        2,
        "wire",
        """
NORVASSA, Nov 3 (Corvo Wire) - Estrelian Prime Minister Jonah Velder lost his parliamentary majority on Monday when the Agrarian Party walked out of his three-party coalition over a plan to end diesel subsidies for farmers.

"[[1:We did not join this government to bankrupt the countryside,]]" Agrarian Party leader <<1,2:Lisbet Hovmand>> {{1,2:told}} a news conference in Norvassa. "[[2:Our four ministers will hand in their resignations tonight.]]"

<<3:Velder>> {{3:said}} [[3:he would not resign and would try to carry on at the head of a minority government]]. "[[4:The country needs a budget, not an election,]]" <<4:he>> {{4:said}} in a televised address on Monday evening.

Asked later whether he would call a confidence vote himself, <<5:Velder>> shrugged: "[[5:If the opposition wants one, they know where parliament is.]]"

The plan, which the government markets as its "fair fuel transition", would phase out the subsidy over three years. Finance Minister <<6:Ruben Castaldi>>, who drew it up, {{6:said}} [[6:it would save 1.4 billion crowns a year]], while opposition leader <<7:Marit Solberg-Eze>> {{7:called}} [[7:it "a tax on tractors"]].

[[8:A minority cabinet led by Velder would control 71 of the 150 seats in parliament]], {{8:according to}} <<8:the parliamentary press office>>. Any budget would therefore need the votes of at least five opposition members.

<<9:The NFU>>, the country's largest farm lobby, {{9:said}} [[9:convoys of tractors would head for the capital on Thursday]].

"[[10:Farmers are not against climate policy. Farmers are against being the only ones who pay for it,]]" {{10:said}} <<10:Einar Grubbe>>, president of the NFU.

<<11:A senior official in the prime minister's office>> {{11:told}} reporters that [[11:talks with two smaller parties had already begun]]. <<12:Hovmand>> {{12:said}} [[12:that was "wishful thinking"]].

Velder, a former mayor of the port city of Halm, has led the coalition since 2021. The Agrarians have threatened to leave twice in the past eighteen months, but until Monday they had always stayed.

The Estrelian crown fell 0.6 percent against the euro after the announcement. "[[13:Markets will give him a few weeks, not a few months,]]" {{13:said}} <<13:Paola Renzetti>>, an analyst at Brightwater Capital in Lusano.
""",
        {
            1: ("direct", "Lisbet Hovmand", "title-prefix"),
            2: ("direct", "Lisbet Hovmand", "title-prefix"),
            3: ("indirect", "Jonah Velder", ""),
            4: ("direct", "Jonah Velder", ""),
            5: ("direct", "Jonah Velder", ""),
            6: ("indirect", "Ruben Castaldi", "title-prefix"),
            7: ("mixed", "Marit Solberg-Eze", "title-prefix"),
            8: ("indirect", "parliamentary press office", "org-speaker"),
            9: ("indirect", "NFU", "org-speaker"),
            10: ("direct", "Einar Grubbe", "title-apposition"),
            11: ("indirect", "a senior official in the prime minister's office", ""),
            12: ("mixed", "Lisbet Hovmand", "that-pronoun"),
            13: ("direct", "Paola Renzetti", "title-apposition"),
        },
    ),
    (
        3,
        "wire",
        """
TAVRIN, Sept 22 (Corvo Wire) – A rocket carrying Kessaria’s first weather satellite exploded about 90 seconds after lift-off on Saturday, scattering debris over the sea east of the Tavrin launch site.

<<1:The Kessarian Space Agency>> (KSA) {{1:said}} [[1:the rocket had suffered an “anomaly” in its second stage and that nobody had been hurt]].

“[[2:It is a hard day. It is not the last day,]]” {{2,3:said}} <<2,3:Nuray Ekinci>>, director general of the KSA, at a news conference at the launch site. “[[3:Every space programme in history has lost rockets. The ones that succeeded are the ones that kept launching.]]”

<<4:She>> {{4:said}} [[4:an independent review board would report on the cause of the failure within 60 days]].

The satellite, named “Kestrel-1” after a schools competition, cost about 180 million dollars and was meant to give Kessaria its own storm warnings for the first time.

Hundreds of families had gathered on the beach at Tavrin to watch. [[5:The rocket climbed normally for more than a minute before a flash appeared near its upper section]], <<5:witnesses>> {{5:said}}.

“[[6:My daughter turned to me and asked, ‘Is it supposed to do that?’ I didn’t know what to tell her,]]” {{6:said}} <<6:Omid Farrokh>>, a fisherman who had brought his family from the nearby village of Sarrin.

Science Minister <<7:Vilja Korhonen>> {{7:wrote}} on social media that [[7:the government “stands fully behind” the programme and would pay for a second attempt]].

Opposition lawmakers were less forgiving. <<8:Dariusz Malec>>, 58, chairman of parliament’s budget committee, {{8:asked}} [[8:why the agency had turned down an outside safety audit last year]].

“[[9:Is 180 million dollars the price of a lesson? For that money you expect to learn something before the launch, not after it,]]” <<9:the 58-year-old>> {{9:told}} reporters in the capital.

<<10:KSA>> {{10:said}} [[10:the next launch, planned for late next year, would go ahead as scheduled]].

[[11:Debris had fallen inside a closed maritime zone and posed no risk to shipping]], <<11:the Kessarian Navy>> {{11:said}}. <<12:Analysts>> {{12:said}} [[12:the failure was likely to delay the weather programme by at least a year]].
""",
        {
            1: ("mixed", "Kessarian Space Agency", "org-speaker"),
            2: ("direct", "Nuray Ekinci", "title-apposition"),
            3: ("direct", "Nuray Ekinci", "title-apposition"),
            4: ("indirect", "Nuray Ekinci", ""),
            5: ("indirect", "witnesses", ""),
            6: ("direct", "Omid Farrokh", "nested"),
            7: ("mixed", "Vilja Korhonen", "title-prefix, written"),
            8: ("indirect", "Dariusz Malec", "title-apposition, indirect-question"),
            9: ("direct", "Dariusz Malec", "epithet"),
            10: ("indirect", "Kessarian Space Agency", "org-speaker, alias"),
            11: ("indirect", "Kessarian Navy", "org-speaker"),
            12: ("indirect", "analysts", ""),
        },
    ),
    (
        4,
        "wire",
        """
VARANO, June 12 (Corvo Wire) – [[1:Tens of thousands of secondary school students in Belmoria will have to re-sit their final mathematics exam after the paper was leaked online the night before the test]], <<1:the education ministry>> {{1:said}} on Wednesday.

“[[2:I know this is unfair on students who did nothing wrong. But a result that half the country suspects is worth nothing,]]” Education Minister <<2:Corin Astley>> {{2:said}} in a televised statement.

[[3:Photographs of the paper began circulating in messaging groups shortly before midnight on Monday]], {{3:according to}} <<3:the ministry>>. Students quickly nicknamed the leaked copy the “midnight edition”, and by morning it had been shared tens of thousands of times.

<<4:Police>> {{4:said}} [[4:two people, including an employee of the company that prints the papers, had been detained for questioning]].

<<5:A ministry official>>, who declined to be named because the investigation was continuing, {{5:said}} [[5:the leak had been traced to a printing plant in the northern city of Orvo]].

Several hundred students gathered outside the ministry on Wednesday afternoon. <<6:They>> {{6:chanted}} “[[6:We studied, you leaked!]]” and held up placards, one of which read “[[7:Re-sit the minister]]”.

“[[8:I have a driving test booked for the 26th. Now I have to choose between my licence and my exam,]]” {{8,9:said}} <<8,9:Kamila Dušek>>, 18, from Varano. “[[9:Who pays for the second test?]]”

<<10:The Belmorian Teachers’ Union>> {{10:said}} [[10:it had warned the ministry two years ago that exam papers were being printed with “less security than lottery tickets”]].

“[[11:We wrote to them. We have the letter. They wrote back to say the matter was ‘under review’,]]” {{11:said}} <<11:Agnieszka Frey>>, the union’s general secretary.

Opposition lawmaker <<12:Piotr Zelan>> {{12:wrote}} on social media that [[12:Astley should resign before the end of the week]]. “[[13:He has had two years of warnings and one night of excuses,]]” <<13:Zelan>> {{13:wrote}}.

The new exam will be held on June 26. Results for the other subjects are not affected. About 84,000 candidates sat the original paper on Tuesday morning, many of them in sports halls hired for the day.
""",
        {
            1: ("indirect", "Belmorian Ministry of Education", "org-speaker"),
            2: ("direct", "Corin Astley", "title-prefix"),
            3: ("indirect", "Belmorian Ministry of Education", "org-speaker"),
            4: ("indirect", "police", ""),
            5: ("indirect", "a ministry official", ""),
            6: ("direct", "several hundred students", ""),
            7: ("direct", None, ""),
            8: ("direct", "Kamila Dušek", ""),
            9: ("direct", "Kamila Dušek", ""),
            10: ("mixed", "Belmorian Teachers’ Union", "org-speaker"),
            11: ("direct", "Agnieszka Frey", "title-apposition, nested"),
            12: ("indirect", "Piotr Zelan", "title-prefix, written"),
            13: ("direct", "Piotr Zelan", "written"),
        },
    ),
]
