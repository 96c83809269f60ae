# ruff: noqa: E501
"""Features and interviews for the second development set (invented): several people of one
family, an interview write-up with questions between the answers, a speaker named only in the
next paragraph, and "the company"/"the inspectorate" standing for names given before.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        9,
        "news",
        """
The bakery on Kestrel Street has been in the Oduya family since 1974. Three generations work there now, and they do not agree on much.

“[[1:My father opened it with a loan from his brother and one oven,]]” {{1:says}} <<1:Grace Oduya>>, 58, who runs the shop today.

Her father, Samuel Oduya, now 86, still comes in at five every morning. “[[2:The bread does not know that I am old,]]” <<2:he>> {{2:says}}.

Grace’s son, Michael Oduya, 31, left a job in software to join the business two years ago. <<3:He>> {{3:says}} [[3:the shop needs a website and card payments]].

“[[4:Grandfather thinks the internet is a fashion,]]” <<4:Michael>> {{4:says}}.

“[[5:I said the same about sliced bread, and I was right,]]” <<5:Samuel>> {{5:replies}}.

<<6:Grace>> {{6:says}} [[6:she spends most of her evenings keeping the peace]].

Her younger sister, <<7:Ruth Mensah>>, who left the bakery in 1999 to train as a nurse, {{7:says}} [[7:the arguments are how the family shows affection]].

“[[8:If they stopped fighting about the ovens, I would call a doctor,]]” <<8:she>> {{8:says}}.

<<9:Kestrel Properties>>, which owns the building, {{9:told}} the family in June that [[9:the rent would rise by 40 percent next year]].

<<10:The company>> {{10:said}} [[10:the increase reflected “market conditions”]].

“[[11:Market conditions. We have been the market on this street for fifty years,]]” <<11:Grace>> {{11:says}}.

“[[12:We will stay,]]” <<12:the old man>> {{12:says}}, and goes back to the oven.
""",
        {
            1: ("direct", "Grace Oduya", "present-tense"),
            2: ("direct", "Samuel Oduya", "present-tense"),
            3: ("indirect", "Michael Oduya", "present-tense"),
            4: ("direct", "Michael Oduya", "alias, present-tense"),
            5: ("direct", "Samuel Oduya", "alias, present-tense"),
            6: ("indirect", "Grace Oduya", "alias, present-tense"),
            7: ("indirect", "Ruth Mensah", "present-tense"),
            8: ("direct", "Ruth Mensah", "present-tense"),
            9: ("indirect", "Kestrel Properties", "org-speaker"),
            10: ("mixed", "Kestrel Properties", "org-speaker, alias"),
            11: ("direct", "Grace Oduya", "alias, present-tense"),
            12: ("direct", "Samuel Oduya", "epithet, present-tense"),
        },
    ),
    (
        10,
        "news",
        """
Anneli Sarr has run the Teller Street night shelter for 11 years. This week <<1:she>> {{1:announced}} [[1:she is stepping down in December]]. We spoke in her office, between two deliveries of blankets.

Why now?

“[[2:Because I am tired, and tired people make bad decisions about other people’s lives,]]” <<2:Sarr>> {{2:said}}.

What was the hardest year?

“[[3:2020. We had 90 beds and 200 people at the door every night. I still dream about that door.]]”

<<4:She>> {{4:said}} [[4:the city had promised a second shelter in 2021 and had not built it]].

Asked whether she blamed the mayor, Sarr paused. “[[5:I blame a system where a shelter is always the last line in the budget,]]” <<5:she>> {{5:said}}.

<<6:A spokesperson for Mayor Leon Brandt>> {{6:said}} [[6:the second shelter would open in 2026]].

What will you do next?

“[[7:Sleep. Then probably volunteer here, if the new director will have me.]]”

Her deputy, <<8:Tomasz Rybak>>, who takes over in January, {{8:said}} [[8:he would keep the shelter open during the day as well as at night]].

“[[9:She built this place out of nothing. I just have to not break it,]]” <<9:he>> {{9:said}}.

<<10:Sarr>>, for her part, {{10:said}} [[10:she would miss the night shifts most]].
""",
        {
            1: ("indirect", "Anneli Sarr", ""),
            2: ("direct", "Anneli Sarr", "alias"),
            3: ("direct", "Anneli Sarr", ""),
            4: ("indirect", "Anneli Sarr", ""),
            5: ("direct", "Anneli Sarr", ""),
            6: ("indirect", "a spokesperson for Mayor Leon Brandt", ""),
            7: ("direct", "Anneli Sarr", ""),
            8: ("indirect", "Tomasz Rybak", ""),
            9: ("direct", "Tomasz Rybak", ""),
            10: ("indirect", "Anneli Sarr", "alias"),
        },
    ),
    (
        11,
        "news",
        """
“[[1:The first thing you notice is the silence. No trucks, no horns, nothing,]]” <<1:she>> {{1:says}}.

Leila Farouk, 51, has driven a bus through the centre of Averno for 22 years. Since March, when the city closed 40 streets to private cars, her route has become 11 minutes faster.

“[[2:I used to spend half my shift in traffic. Now I spend it driving,]]” <<2:the 51-year-old>> {{2:says}}.

Not everyone is pleased. “[[3:My sales are down by a third. People who came by car do not come by bus,]]” {{3:said}} <<3:a shoe shop owner on Via Corta>>, who did not want to be named.

<<4:Shopkeepers>> {{4:say}} [[4:deliveries now have to be made before 7 a.m.]]

“[[5:Every city that has done this heard the same complaints in the first year, and saw the same shops thriving in the third,]]” <<5:he>> {{5:says}}. Marco Bellandi is the city’s transport councillor, and the plan is his.

<<6:Bellandi>> {{6:said}} [[6:air pollution in the centre had fallen by a quarter since March]].

<<7:The Averno Chamber of Commerce>> {{7:said}} [[7:it would publish its own figures in the autumn]].

“[[8:Figures will not pay my rent,]]” <<8:the shoe shop owner>> {{8:said}}.

<<9:Farouk>>, for her part, {{9:says}} [[9:she has started to recognise her passengers]].

“[[10:They get on, they say good morning. They did not do that when we were stuck for an hour,]]” <<10:she>> {{10:says}}.
""",
        {
            1: ("direct", "Leila Farouk", "present-tense"),
            2: ("direct", "Leila Farouk", "epithet, present-tense"),
            3: ("direct", "a shoe shop owner on Via Corta", ""),
            4: ("indirect", "shopkeepers", "present-tense"),
            5: ("direct", "Marco Bellandi", "present-tense"),
            6: ("indirect", "Marco Bellandi", "alias"),
            7: ("indirect", "Averno Chamber of Commerce", "org-speaker"),
            8: ("direct", "a shoe shop owner on Via Corta", "epithet"),
            9: ("indirect", "Leila Farouk", "alias, present-tense"),
            10: ("direct", "Leila Farouk", "present-tense"),
        },
    ),
    (
        12,
        "news",
        """
<<1:Two men who worked at the Dunmore quarry>> {{1:say}} [[1:they were told to keep working after a crack appeared in the quarry wall]].

“[[2:The foreman said the crack had been there for years. Two days later the wall came down,]]” <<2:the two men>> {{2:said}} in a joint interview.

Nobody was hurt in the collapse on May 4, but a digger was buried. <<3:Basalt Holdings>>, which owns the quarry, {{3:said}} [[3:it had inspected the wall twice in April]].

“[[4:Safety is our first priority at every site,]]” <<4:the company>> {{4:said}} in a statement.

<<5:The MSI>> {{5:said}} [[5:it had opened an investigation]]. The Mine Safety Inspectorate (MSI) can close quarries and fine their owners.

<<6:The inspectorate>> {{6:said}} [[6:it had received two complaints about the Dunmore site last year]].

“[[7:When two experienced workers say they were ignored, we take that very seriously,]]” {{7:said}} <<7:Rhona Keel>>, the MSI’s chief inspector.

<<8:Keel>> {{8:said}} [[8:the quarry would stay closed until engineers had checked every face]].

<<9:Local residents>> {{9:said}} [[9:blasting had cracked the walls of several houses in Dunmore village]].

“[[10:We have complained for ten years. Now someone will listen, maybe,]]” {{10:said}} <<10:Agnes Whyte>>, who lives 300 metres from the quarry.

<<11:The company>> {{11:said}} [[11:it would cooperate fully with the inspectorate]].
""",
        {
            1: ("indirect", "two men", "present-tense"),
            2: ("direct", "two men", "epithet"),
            3: ("indirect", "Basalt Holdings", "org-speaker"),
            4: ("direct", "Basalt Holdings", "org-speaker, alias, written"),
            5: ("indirect", "Mine Safety Inspectorate", "org-speaker, alias"),
            6: ("indirect", "Mine Safety Inspectorate", "org-speaker, alias"),
            7: ("direct", "Rhona Keel", "title-apposition"),
            8: ("indirect", "Rhona Keel", "alias"),
            9: ("indirect", "local residents", ""),
            10: ("direct", "Agnes Whyte", ""),
            11: ("indirect", "Basalt Holdings", "org-speaker, alias"),
        },
    ),
]
