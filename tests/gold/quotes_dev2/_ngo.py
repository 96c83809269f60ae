# ruff: noqa: E501
"""Press releases for the second development set (invented): translated statements ("said
through an interpreter"), unnamed speakers kept as described, plural speakers, speakers named
only in the sentence after their quote, and UN and ministry officials named by title.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        5,
        "ngo",
        """
(Valletta, 14 May 2025) – [[1:Authorities in Kestria must stop returning asylum seekers to Ornia, where they face torture]], <<1:Refugee Voices International>> {{1:said}} today in a new report.

The 52-page report is based on interviews with 64 people returned between 2022 and 2024.

“[[2:They put us on a bus at night and drove us to the border. Nobody asked our names,]]” <<2:Yusuf Demir>>, 29, {{2:said}} through an interpreter.

<<3:Demir>> {{3:said}} [[3:he had been beaten in a police station in Ornia for three days]].

“[[4:I showed them the scars. The officer said it was not his problem,]]” <<4:he>> {{4:said}}.

<<5:A 41-year-old woman from Lasra>>, who asked to be identified only as Nadia, {{5:said}} through an interpreter that [[5:her husband had been returned twice]].

“[[6:The second time, he did not call for eight months. I thought he was dead,]]” <<6:she>> {{6:said}}.

“[[7:Every return we documented violates the principle of non-refoulement,]]” {{7:said}} <<7:Teresa Balan>>, Europe director at Refugee Voices International.

<<8:Balan>> {{8:said}} [[8:the organisation had shared its findings with the Kestrian Interior Ministry in March]].

<<9:The ministry>> {{9:said}} in a written reply that [[9:all returns were “lawful and individually assessed”]].

<<10:The UN Special Rapporteur on torture>> {{10:said}} in March that [[10:she had received credible reports of abuse of returnees]].

<<11:Refugee Voices International>> {{11:urged}} [[11:the European Commission to suspend funding for Kestria’s border police]].

<<12:The group>> {{12:said}} [[12:Kestria should let independent monitors observe every return]].
""",
        {
            1: ("indirect", "Refugee Voices International", "org-speaker"),
            2: ("direct", "Yusuf Demir", ""),
            3: ("indirect", "Yusuf Demir", "alias"),
            4: ("direct", "Yusuf Demir", ""),
            5: ("indirect", "Nadia", "alias"),
            6: ("direct", "Nadia", ""),
            7: ("direct", "Teresa Balan", "title-apposition"),
            8: ("indirect", "Teresa Balan", "alias"),
            9: ("mixed", "Kestrian Interior Ministry", "org-speaker, written"),
            10: ("indirect", "UN Special Rapporteur on torture", ""),
            11: ("indirect", "Refugee Voices International", "org-speaker"),
            12: ("indirect", "Refugee Voices International", "org-speaker, alias"),
        },
    ),
    (
        6,
        "ngo",
        """
(Bern, 2 February 2025) – [[1:Police in Velmar have detained at least 140 people for social media posts since January]], <<1:Rights Monitor Asia>> {{1:said}} today.

“[[2:We were told to arrest anyone who had posted about the protests. There was no list, only numbers to reach,]]” <<2:a former senior police official>> {{2:told}} Rights Monitor Asia.

<<3:The official>>, who left the force in 2024, {{3:said}} [[3:commanders were rewarded for exceeding arrest quotas]].

<<4:A 19-year-old student detained in March>> {{4:said}} [[4:she had been held for 11 days without seeing a lawyer]].

“[[5:They kept asking for the password of my phone,]]” <<5:she>> {{5:said}}.

<<6:Two brothers from the town of Hask>> {{6:said}} [[6:police had taken their father from his shop in April]].

“[[7:He is 67. He has never been to a protest,]]” <<7:the brothers>> {{7:said}}.

“[[8:Arresting people for what they post is the mark of a government afraid of its own citizens,]]” {{8:said}} <<8:Arjun Pillai>>, senior Asia researcher at Rights Monitor Asia.

<<9:The Velmari Interior Ministry>> {{9:said}} [[9:all those detained had been charged under the law on public order]].

<<10:Rights Monitor Asia>> {{10:called on}} [[10:the government to release everyone held for peaceful expression]].

“[[11:Nobody should spend a night in a cell for a post on social media,]]” <<11:Pillai>> {{11:said}}.

<<12:Residents of Hask>> {{12:told}} Rights Monitor Asia that [[12:police patrols in the town had doubled since March]].
""",
        {
            1: ("indirect", "Rights Monitor Asia", "org-speaker"),
            2: ("direct", "a former senior police official", ""),
            3: ("indirect", "a former senior police official", "epithet"),
            4: ("indirect", "a 19-year-old student detained in March", ""),
            5: ("direct", "a 19-year-old student detained in March", ""),
            6: ("indirect", "two brothers from the town of Hask", ""),
            7: ("direct", "two brothers from the town of Hask", "epithet"),
            8: ("direct", "Arjun Pillai", "title-apposition"),
            9: ("indirect", "Velmari Interior Ministry", "org-speaker"),
            10: ("indirect", "Rights Monitor Asia", "org-speaker"),
            11: ("direct", "Arjun Pillai", "alias"),
            12: ("indirect", "residents of Hask", ""),
        },
    ),
    (
        7,
        "ngo",
        """
(Dalmora, 9 September 2025) – <<1:Farmers in the Upper Tessa district>> {{1:say}} [[1:a new dam has cut the river’s flow by half]], and Green Rivers Alliance is calling for an independent review.

“[[2:We planted in March and nothing came up,]]” <<2:she>> {{2:said}}. Amina Yusuf, 34, has farmed two hectares near the village of Kora since 2019.

“[[3:My father grew maize here for forty years. I am the first in the family who cannot,]]” <<3:he>> {{3:said}}. Daniel Okoth, 52, now drives a motorbike taxi in Dalmora.

<<4:The villagers>> {{4:said}} [[4:nobody from the dam company had consulted them]].

<<5:Tessa Hydro>>, the company that built the dam, {{5:said}} [[5:it had held 14 public meetings before construction began]].

“[[6:We release the flow agreed with the government, every day,]]” <<6:the company>> {{6:said}}.

<<7:The two men who run the Kora water committee>> {{7:said}} [[7:the meetings had been held in the district capital, a day’s walk away]].

“[[8:A meeting you cannot reach is not a meeting,]]” <<8:they>> {{8:said}}.

“[[9:Our research found that the operators release less than a third of the agreed flow in the dry season,]]” {{9:said}} <<9:Rosa Ndiaye>>, water researcher at Green Rivers Alliance.

<<10:Green Rivers Alliance>> {{10:urged}} [[10:the government to publish the dam’s operating rules]].

“[[11:The river belongs to everyone downstream,]]” <<11:the alliance>> {{11:said}}.
""",
        {
            1: ("indirect", "farmers in the Upper Tessa district", "present-tense"),
            2: ("direct", "Amina Yusuf", ""),
            3: ("direct", "Daniel Okoth", ""),
            4: ("indirect", "villagers", ""),
            5: ("indirect", "Tessa Hydro", "org-speaker"),
            6: ("direct", "Tessa Hydro", "org-speaker, alias"),
            7: ("indirect", "two men", ""),
            8: ("direct", "two men", ""),
            9: ("direct", "Rosa Ndiaye", "title-apposition"),
            10: ("indirect", "Green Rivers Alliance", "org-speaker"),
            11: ("direct", "Green Rivers Alliance", "org-speaker, alias"),
        },
    ),
    (
        8,
        "ngo",
        """
(Lusar, 20 November 2025) – [[1:The number of people displaced by fighting in the eastern province of Dorn has doubled in three months to 310,000]], <<1:the UN refugee agency>> {{1:said}} today.

“[[2:Families are sleeping in schools, in mosques, under trees,]]” {{2:said}} <<2:Marta Oyelaran>>, the agency’s representative in Lusar.

<<3:The representative>> {{3:said}} [[3:the agency had received 12 percent of the 90 million dollars it had asked donors for]].

<<4:The deputy interior minister>> {{4:told}} a news conference that [[4:the army had secured the main road to Dorn]].

<<5:A spokesperson for the ministry>> {{5:said}} [[5:buses would take families back to their villages “within weeks”]].

“[[6:We will not go back until the soldiers leave the hills,]]” <<6:a displaced teacher from Dorn>> {{6:said}} through an interpreter.

<<7:He>> {{7:said}} [[7:his school had been used as a barracks since August]].

<<8:Aid workers>> {{8:said}} [[8:cholera cases had been reported in two camps]].

<<9:The health ministry>> {{9:said}} [[9:it had confirmed 17 cases and two deaths]].

“[[10:The next three weeks will decide whether this becomes an epidemic,]]” <<10:the ministry’s chief epidemiologist>> {{10:said}}.

<<11:The agency>> {{11:called on}} [[11:donors to release emergency funds before the rains]].
""",
        {
            1: ("indirect", "UN refugee agency", "org-speaker"),
            2: ("direct", "Marta Oyelaran", "title-apposition"),
            3: ("indirect", "Marta Oyelaran", "epithet"),
            4: ("indirect", "deputy interior minister", ""),
            5: ("mixed", "a spokesperson for the ministry", ""),
            6: ("direct", "a displaced teacher from Dorn", ""),
            7: ("indirect", "a displaced teacher from Dorn", ""),
            8: ("indirect", "aid workers", ""),
            9: ("indirect", "health ministry", "org-speaker"),
            10: ("direct", "ministry’s chief epidemiologist", ""),
            11: ("indirect", "UN refugee agency", "org-speaker, alias"),
        },
    ),
]
