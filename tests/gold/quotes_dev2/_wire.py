# ruff: noqa: E501
"""Wire copy for the second development set (invented): court reporting, a live blog with
timestamps, UN and government statements with officials named by title only, and an acronym
used before it is defined.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        1,
        "wire",
        """
KORVALA, March 4 (Meridian Wire) - [[1:A former customs chief lied to investigators for two years to hide bribes from smugglers]], <<1:prosecutors>> {{1:told}} a court in Korvala on Tuesday.

Tomas Rendl, 61, who ran the customs service at the port of Varn until 2021, denies the charges.

“[[2:The defendant did not simply look away. He set the prices,]]” <<2:Prosecutor Dalia Veres>> {{2:said}} in her opening statement.

<<3:Veres>> {{3:told}} the three judges that [[3:Rendl had received at least 1.4 million dollars through accounts held by his brother-in-law]].

Rendl’s lawyer, <<4:Marco Ilic>>, {{4:said}} [[4:the prosecution’s case rested on the word of a smuggler seeking a lighter sentence]].

“[[5:This is a man who has been promised his freedom in exchange for a story,]]” <<5:the defence lawyer>> {{5:said}}.

<<6:A former port inspector>>, who testified behind a screen, {{6:said}} [[6:he had been told which containers were not to be opened]].

“[[7:Everyone knew. There was a list on his desk, and the list was never wrong,]]” <<7:the witness>> {{7:said}}.

Presiding <<8:Judge Anka Sorel>> {{8:asked}} [[8:the witness whether he had ever seen money change hands]].

“[[9:Once. In an envelope, in the car park,]]” <<9:he>> {{9:replied}}.

<<10:The judge>> {{10:said}} [[10:the trial would resume on Thursday, when Rendl is expected to testify]].

Outside the courtroom, <<11:Rendl>> {{11:told}} reporters: “[[11:I have nothing to hide. I will answer every question.]]”
""",
        {
            1: ("indirect", "prosecutors", ""),
            2: ("direct", "Dalia Veres", "title-prefix"),
            3: ("indirect", "Dalia Veres", ""),
            4: ("indirect", "Marco Ilic", ""),
            5: ("direct", "Marco Ilic", "epithet"),
            6: ("indirect", "a former port inspector", ""),
            7: ("direct", "a former port inspector", "epithet"),
            8: ("indirect", "Anka Sorel", "title-prefix, indirect-question"),
            9: ("direct", "a former port inspector", ""),
            10: ("indirect", "Anka Sorel", "epithet"),
            11: ("direct", "Tomas Rendl", ""),
        },
    ),
    (
        2,
        "wire",
        """
LIVE: Floods in the Ostra valley

14:05 — [[1:At least 12 people have been rescued from rooftops in the town of Melk]], <<1:the regional fire service>> {{1:said}}.

14:20 — <<2:Governor Ilse Marr>> {{2:told}} local radio that [[2:she had asked the army for helicopters]].

14:38 — “[[3:The water came up through the floor in twenty minutes. We grabbed the children and went to the attic,]]” <<3:a resident of Melk>> {{3:told}} Ostra Radio.

14:52 — <<4:The weather service>> {{4:warned}} that [[4:another 80 millimetres of rain could fall overnight]].

15:10 — <<5:Marr>> {{5:said}} [[5:two people were missing in Melk]].

“[[6:We are searching every street. I will not speculate about numbers,]]” <<6:she>> {{6:said}}.

15:45 — <<7:Residents>> {{7:said}} [[7:the warning sirens had not sounded]].

16:02 — <<8:A spokesperson for the interior ministry>> {{8:said}} [[8:the sirens in Melk had been switched off for maintenance]].

16:30 — <<9:The two men>>, brothers who run a bakery on Melk’s main square, {{9:said}} [[9:they had handed out 400 loaves since the morning]].

17:15 — <<10:Marr>> {{10:said}} [[10:the army had sent three helicopters and 200 soldiers]].

17:40 — “[[11:This valley floods every ten years, and every ten years they promise us a dam,]]” {{11:said}} <<11:Pavel Rusnak>>, 70, who has lived in Melk all his life.
""",
        {
            1: ("indirect", "regional fire service", "org-speaker"),
            2: ("indirect", "Ilse Marr", "title-prefix"),
            3: ("direct", "a resident of Melk", ""),
            4: ("indirect", "weather service", "org-speaker"),
            5: ("indirect", "Ilse Marr", "alias"),
            6: ("direct", "Ilse Marr", ""),
            7: ("indirect", "residents", ""),
            8: ("indirect", "a spokesperson for the interior ministry", ""),
            9: ("indirect", "two men", ""),
            10: ("indirect", "Ilse Marr", "alias"),
            11: ("direct", "Pavel Rusnak", ""),
        },
    ),
    (
        3,
        "wire",
        """
GENEVA, June 12 (Meridian Wire) - [[1:Sarnia must release the 43 journalists it holds in pre-trial detention]], <<1:the UN Special Rapporteur on freedom of expression>> {{1:said}} on Wednesday.

<<2:The Special Rapporteur>> {{2:said}} [[2:many of the journalists had been held for more than a year without charge]].

“[[3:Journalism is not terrorism, and a press card is not a weapon,]]” <<3:the expert>> {{3:said}} in a statement.

<<4:Sarnia’s foreign minister>> {{4:said}} [[4:the detainees were accused of “financing extremism”, not of journalism]].

“[[5:These are criminal cases before independent courts,]]” <<5:the minister>> {{5:told}} reporters in the capital, Tarnov.

<<6:A spokesperson for the ministry>> {{6:said}} later that [[6:consular visits would be allowed “in due course”]].

<<7:The UN High Commissioner for Human Rights>> {{7:urged}} [[7:Sarnia to allow independent monitors into its prisons]].

<<8:A senior Western diplomat in Tarnov>>, who spoke on condition of anonymity, {{8:said}} [[8:at least three embassies had raised the cases privately]].

“[[9:They listen politely and change nothing,]]” <<9:the diplomat>> {{9:said}}.

<<10:The Special Rapporteur>> {{10:said}} [[10:she would present a report on the cases to the Human Rights Council in September]].
""",
        {
            1: ("indirect", "UN Special Rapporteur on freedom of expression", ""),
            2: ("indirect", "UN Special Rapporteur on freedom of expression", "alias"),
            3: ("direct", "UN Special Rapporteur on freedom of expression", "epithet, written"),
            4: ("mixed", "Sarnia’s foreign minister", ""),
            5: ("direct", "Sarnia’s foreign minister", "epithet"),
            6: ("mixed", "a spokesperson for the ministry", ""),
            7: ("indirect", "UN High Commissioner for Human Rights", ""),
            8: ("indirect", "a senior Western diplomat in Tarnov", ""),
            9: ("direct", "a senior Western diplomat in Tarnov", "epithet"),
            10: ("indirect", "UN Special Rapporteur on freedom of expression", "alias"),
        },
    ),
    (
        4,
        "wire",
        """
PORT ELDA, Oct 2 (Meridian Wire) - <<1:The NCPA>> {{1:said}} on Monday [[1:it would close four beaches on the Elda coast after tests found high levels of bacteria]].

The National Coastal Protection Agency (NCPA) took the samples last week after fishermen reported dead fish near the outfall of the Elda treatment plant.

<<2:The agency>> {{2:said}} [[2:the plant had released untreated sewage during storms on at least six occasions]].

“[[3:We are not talking about a one-off accident,]]” <<3:NCPA director Helene Varga>> {{3:said}}.

<<4:Elda Water>>, the company that runs the plant, {{4:said}} [[4:it had followed its permit]].

“[[5:The permit allows overflows in extreme weather. September was extreme weather,]]” <<5:the company>> {{5:said}} in a statement.

<<6:The FWU>> {{6:said}} [[6:its members had lost a month of income]]. The Fishers’ and Watermen’s Union (FWU) represents about 900 boats on the Elda coast.

“[[7:Nobody buys fish from a beach with a red flag on it,]]” {{7:said}} <<7:Ole Brandt>>, the union’s chairman.

<<8:The union>> {{8:called on}} [[8:Elda Water to pay compensation]].

<<9:Varga>> {{9:said}} [[9:the agency would decide within two weeks whether to fine the company]].

<<10:The agency>> {{10:added}} that [[10:the beaches could reopen by November if new tests were clean]].
""",
        {
            1: ("indirect", "National Coastal Protection Agency", "org-speaker, alias"),
            2: ("indirect", "National Coastal Protection Agency", "org-speaker, alias"),
            3: ("direct", "Helene Varga", "title-prefix"),
            4: ("indirect", "Elda Water", "org-speaker"),
            5: ("direct", "Elda Water", "org-speaker, alias, written"),
            6: ("indirect", "Fishers’ and Watermen’s Union", "org-speaker, alias"),
            7: ("direct", "Ole Brandt", "title-apposition"),
            8: ("indirect", "Fishers’ and Watermen’s Union", "org-speaker, alias"),
            9: ("indirect", "Helene Varga", "alias"),
            10: ("indirect", "National Coastal Protection Agency", "org-speaker, alias"),
        },
    ),
]
