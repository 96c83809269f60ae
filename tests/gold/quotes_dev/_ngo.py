# ruff: noqa: E501
"""NGO press releases for the development set (invented): "said X, director at Group", acronyms,
"the group", honorifics, two people with one surname, unnamed witnesses.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        5,
        "ngo",
        """
Marvania: Release Detained Journalist

Reporter Held Incommunicado for Three Weeks

(Lindholm, 4 March 2025) – [[1:The authorities in Marvania must immediately release the journalist Tomas Okonkwo-Reyes, who has been held incommunicado since 12 February]], <<1:Frontline Press Defence>> (FPD) {{1:said}} today.

“[[2:Tomas Okonkwo-Reyes has been punished for doing his job. Every day he spends in detention is a day his family does not know whether he is alive,]]” {{2:said}} <<2:Dr Amara Osei>>, FPD’s Africa director.

Okonkwo-Reyes, 39, a reporter for the independent weekly Marvan Ledger, was arrested at his home in the capital by men in plain clothes. His wife, <<3:Grace Okonkwo-Reyes>>, {{3:told}} FPD that [[3:the men had taken his laptop, two phones and a box of notebooks]].

“[[4:They did not show a warrant. They said he would be back by the evening,]]” <<4:she>> {{4:said}}.

<<5:The Marvanian Ministry of Information>> {{5:said}} in a statement on 15 February that [[5:the journalist was being questioned about “activities that threaten national security”]].

<<6:Dr Osei>> {{6:said}} [[6:the ministry’s statement was “an admission that he is in state custody”]].

“[[7:If he is being questioned, let his lawyer sit in the room,]]” <<7:Osei>> {{7:said}}.

The editor of the Marvan Ledger, <<8:Felix Mbatha>>, {{8:said}} [[8:the paper had published 14 articles by Okonkwo-Reyes on land sales to foreign mining firms in the past year]].

<<9:Mbatha>> {{9:said}} [[9:he believed the arrest was linked to that reporting]].

<<10:FPD>> {{10:calls on}} [[10:the authorities to disclose the journalist’s whereabouts immediately and to allow him access to a lawyer of his choice]].
""",
        {
            1: ("indirect", "Frontline Press Defence", "org-speaker"),
            2: ("direct", "Amara Osei", "title-apposition"),
            3: ("indirect", "Grace Okonkwo-Reyes", "title-apposition"),
            4: ("direct", "Grace Okonkwo-Reyes", ""),
            5: ("mixed", "Marvanian Ministry of Information", "org-speaker, written"),
            6: ("mixed", "Amara Osei", ""),
            7: ("direct", "Amara Osei", ""),
            8: ("indirect", "Felix Mbatha", "title-apposition"),
            9: ("indirect", "Felix Mbatha", ""),
            10: ("indirect", "Frontline Press Defence", "org-speaker, alias, present-tense"),
        },
    ),
    (
        6,
        "ngo",
        """
Corvania: Police Fired on Peaceful Protesters

Independent Investigation Needed Into 17 Deaths

(Harlow, 19 November 2024) – [[1:Security forces in Corvania used live ammunition against peaceful protesters in at least four cities last week, killing at least 17 people]], <<1:Civic Rights Monitor>> {{1:said}} today after analysing more than 60 videos and interviewing 34 witnesses.

“[[2:The evidence is overwhelming. Police fired into crowds that posed no threat to anyone,]]” {{2,3:said}} <<2,3:Ana Lucía Ferreira Gómez>>, Americas director at Civic Rights Monitor. “[[3:The government must order an independent investigation now, before evidence disappears.]]”

In the city of San Telmo, <<4:a 23-year-old student>> who was shot in the leg {{4:told}} the group that [[4:officers had fired “without warning and without stopping”]].

“[[5:I saw a boy of maybe fifteen fall next to me. I tried to lift him and they kept shooting,]]” <<5:the student>> {{5:said}}.

<<6:Ferreira Gómez>> {{6:said}} [[6:several of the videos showed officers firing from rooftops]].

<<7:The Corvanian Interior Ministry>> {{7:said}} in a statement that [[7:officers had “acted with restraint in the face of violent rioters”]].

<<8:The ministry>> {{8:said}} [[8:two police officers had been injured by stones]].

<<9:The group>> {{9:urged}} [[9:the United Nations Human Rights Council to set up a fact-finding mission]].

<<10:Ferreira Gómez>> {{10:added}}: “[[10:The families deserve the truth, and they deserve it from someone other than the people who pulled the trigger.]]”
""",
        {
            1: ("indirect", "Civic Rights Monitor", "org-speaker"),
            2: ("direct", "Ana Lucía Ferreira Gómez", "title-apposition"),
            3: ("direct", "Ana Lucía Ferreira Gómez", "title-apposition"),
            4: ("mixed", "a 23-year-old student", ""),
            5: ("direct", "a 23-year-old student", ""),
            6: ("indirect", "Ana Lucía Ferreira Gómez", ""),
            7: ("mixed", "Corvanian Interior Ministry", "org-speaker, written"),
            8: ("indirect", "Corvanian Interior Ministry", "org-speaker"),
            9: ("indirect", "Civic Rights Monitor", "org-speaker"),
            10: ("direct", "Ana Lucía Ferreira Gómez", ""),
        },
    ),
    (
        7,
        "ngo",
        """
(Lindholm, 2 April 2025) – <<1:A coalition of 11 humanitarian organisations>> today {{1:warned}} that [[1:food aid to the Kessel Valley will run out within three weeks unless the warring parties allow convoys through the Varna checkpoint]].

“[[2:We have trucks loaded and waiting. What we do not have is a signature,]]” {{2:said}} <<2:Elena Alvarez>>, country director of the Ridgeway Relief Council (RRC), which coordinates the coalition.

<<3:Ms. Alvarez>> {{3:said}} [[3:more than 40 trucks had been turned back at the checkpoint since January]].

<<4:The RRC>> {{4:said}} [[4:at least 260,000 people in the valley depend entirely on aid]].

<<5:Rustam Nazarov>>, a nurse at the only functioning clinic in the valley, {{5:said}} [[5:staff were treating children for severe malnutrition every day]].

“[[6:Last week a mother walked for two days to reach us. Her son weighed less than when he was born,]]” <<6:he>> {{6:said}} by telephone.

<<7:The Kessel Valley Defence Forces>>, which control the checkpoint, {{7:said}} [[7:convoys were being searched for weapons]].

{{8:According to}} <<8:the World Food Agency>> (WFA), [[8:the price of flour in the valley has risen sixfold since October]].

<<9:The WFA>> {{9:said}} [[9:it had enough stock for two months if access was restored]].

Paediatrician <<10:Marco Alvarez>>, who led a medical team into the valley in March, {{10:said}} [[10:he had seen children too weak to cry]].

“[[11:That silence is the worst sound in a clinic,]]” <<11:he>> {{11:said}}.

<<12:Ms. Alvarez>> {{12:said}} [[12:the coalition would brief the Security Council next week]].
""",
        {
            1: ("indirect", "a coalition of 11 humanitarian organisations", ""),
            2: ("direct", "Elena Alvarez", "title-apposition"),
            3: ("indirect", "Elena Alvarez", ""),
            4: ("indirect", "Ridgeway Relief Council", "org-speaker, alias"),
            5: ("indirect", "Rustam Nazarov", "title-apposition"),
            6: ("direct", "Rustam Nazarov", ""),
            7: ("indirect", "Kessel Valley Defence Forces", "org-speaker"),
            8: ("indirect", "World Food Agency", "org-speaker"),
            9: ("indirect", "World Food Agency", "org-speaker, alias"),
            10: ("indirect", "Marco Alvarez", "title-prefix"),
            11: ("direct", "Marco Alvarez", ""),
            12: ("indirect", "Elena Alvarez", ""),
        },
    ),
    (
        8,
        "ngo",
        """
Delvan: Garment Workers Locked In, Forced Into 14-Hour Shifts

(Harlow, 30 September 2024) – [[1:Garment workers at three factories supplying international fashion brands in the Delvan export zone were locked inside during a fire drill and routinely made to work 14-hour shifts]], <<1:Fair Threads International>> {{1:said}} in a report published today.

The report, “Sewn Shut”, is based on interviews with 72 workers conducted between March and July.

“[[2:Brands have audited these factories dozens of times and found nothing. Workers told us within ten minutes what was wrong,]]” {{2:said}} <<2:Precious Ndlovu>>, a senior researcher at Fair Threads International.

<<3:Bright Asante>>, 54, who has worked as a machinist at the Kora Apparel factory for 11 years, {{3:said}} [[3:supervisors docked a day’s pay for every ten minutes a worker was late]].

“[[4:I have never been late. Not once in eleven years. But I have seen women cry at the gate because the bus broke down,]]” <<4:the 54-year-old>> {{4:said}}.

<<5:A 31-year-old worker>> at the same factory, who asked not to be named, {{5:said}} [[5:the fire exits had been padlocked during a fire drill in May]].

“[[6:They counted us, they blew a whistle, and nobody could get out. It was only a drill, but I thought, what if it was real?]]” <<6:she>> {{6:said}}.

<<7:Kora Apparel>> {{7:said}} in an email to Fair Threads International that [[7:it complied with all national labour laws and had “never locked a door during working hours”]].

<<8:Ndlovu>> {{8:said}} [[8:the company’s reply did not address the drill]].

<<9:The group>> {{9:called on}} [[9:the brands to publish the names of all their suppliers in the zone and to pay for independent inspections]].

<<10:Asante>> {{10:said}} [[10:she would keep working at the factory because she had no other choice]].
""",
        {
            1: ("indirect", "Fair Threads International", "org-speaker, written"),
            2: ("direct", "Precious Ndlovu", "title-apposition"),
            3: ("indirect", "Bright Asante", ""),
            4: ("direct", "Bright Asante", "epithet"),
            5: ("indirect", "a 31-year-old worker at the same factory", ""),
            6: ("direct", "a 31-year-old worker at the same factory", ""),
            7: ("mixed", "Kora Apparel", "org-speaker, written"),
            8: ("indirect", "Precious Ndlovu", ""),
            9: ("indirect", "Fair Threads International", "org-speaker"),
            10: ("indirect", "Bright Asante", ""),
        },
    ),
]
