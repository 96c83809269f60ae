# ruff: noqa: E501
"""Held-out NGO press releases (invented): "said Jane Doe, director at Group", calls to action.

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        5,
        "ngo",
        """
Merovia: Do Not Deport Journalist to Kassland

Reporter Faces Arrest on Return, Asylum Decision Ignored Evidence

(Brussels, June 11, 2024) – [[1:The Merovian authorities should halt the deportation of Yusuf Darmak, a Kasslandi journalist whose asylum claim was rejected last week, and reconsider his case in light of clear evidence that he faces arrest if returned]], <<1:Refugee Law Watch>> {{1:said}} today.

[[2:Darmak, 36, who worked for the independent news site Kass Today until it was blocked in 2021, is being held at the Grevel immigration detention centre and could be put on a flight as early as June 18]], {{2:according to}} <<2:Hanne Ostrowski>>, his lawyer.

“[[3:The Asylum Board accepted that Yusuf is a journalist, accepted that his colleagues have been jailed, and then concluded that he personally would be fine. That is not a risk assessment, it is a coin toss,]]” {{3:said}} <<3:Ostrowski>>.

<<4:Darmak>> {{4:told}} Refugee Law Watch by phone from detention:

“[[4:In March 2021 two men came to the office and asked for me by name. My editor told them, ‘He is on leave,’ and they left a card. The next week my editor was arrested.

“I left with one bag. I have not seen my daughter for three years. If they send me back, I will go from the airport to a cell, and everyone in Merovia who has read my file knows it.]]”

<<5:The Merovian Asylum Board>> (MAB) {{5:said}} in its decision that [[5:there was “no individualised evidence” that Darmak himself was of interest to the Kasslandi authorities]]. [[6:The board does not comment on individual cases]], <<6:an MAB spokesperson>> {{6:said}} on Monday. <<7:The MAB>> has {{7:said}} in the past that [[7:it follows country guidance issued by the Interior Ministry]].

Refugee Law Watch’s 2023 report “Sent Back to Silence” documented the cases of 14 Kasslandi journalists detained after being returned from abroad since 2019.

<<8:Refugee Law Watch>> {{8:urged}} [[8:the interior minister, Klara Voss, to use her discretionary power to suspend the removal while a fresh claim is examined]].

“[[9:Merovia cannot claim to defend press freedom abroad while handing a reporter over to the people who shut down his newspaper,]]” {{9:said}} <<9:Dominik Arslanovic>>, Europe director at Refugee Law Watch.
""",
        {
            1: ("indirect", "Refugee Law Watch", "org-speaker"),
            2: ("indirect", "Hanne Ostrowski", "title-apposition"),
            3: ("direct", "Hanne Ostrowski", ""),
            4: ("direct", "Yusuf Darmak", "nested"),
            5: ("mixed", "Merovian Asylum Board", "org-speaker"),
            6: ("indirect", "an MAB spokesperson", ""),
            7: ("indirect", "Merovian Asylum Board", "org-speaker, alias"),
            8: ("indirect", "Refugee Law Watch", "org-speaker"),
            9: ("direct", "Dominik Arslanovic", "title-apposition"),
        },
    ),
    (
        6,
        "ngo",
        """
Solana: Protect Farmworkers From Deadly Heat

(Port Amaro, July 30, 2024) – <<1:The Harvest Rights Alliance>> (HRA) today {{1:called on}} [[1:the government of Solana to adopt binding limits on outdoor work during extreme heat]], after at least nine farmworkers died in the country’s southern greenhouses during a three-week heatwave.

HRA researchers interviewed 58 workers in the provinces of Almira and Teruelo between June and July.

“[[2:Inside the plastic it was 47 degrees by eleven in the morning. The foreman said, ‘Water breaks are at lunch,’ and lunch was at two,]]” {{2:said}} <<2:Rosa>>, 43, who asked that her full name not be used. <<3:She>> {{3:said}} [[3:a co-worker, Amadou Tessin, 29, collapsed between two rows of tomatoes on July 8 and died in hospital the next day]].

“[[4:Heatstroke kills quickly, but it is one of the easiest deaths to prevent: shade, water, rest, and an employer who lets people stop,]]” {{4:said}} <<4:Dr Inés Calderón>>, an occupational health physician who reviewed the cases for HRA.

<<5:The Ministry of Labour>> {{5:said}} in a written reply to HRA that [[5:existing rules already required employers to assess heat risks and that inspectors had carried out 1,200 visits to farms since May]]. But <<6:HRA>> {{6:said}} [[6:the rules contain no temperature threshold and no obligation to stop work, leaving protection “entirely to the goodwill of the farm owner”]].

[[7:Most growers already move shifts to start at dawn during the summer]], {{7:according to}} <<7:the Southern Growers’ Federation>>. <<8:The federation>> {{8:warned}} that [[8:a blanket ban on afternoon work would “ruin the season” for smaller farms]].

Workers who protested outside the ministry on Monday carried a long cardboard sign reading “[[9:Shade is a right]]”.

“[[10:Nine people are dead. The government does not need another study; it needs a thermometer and the courage to enforce a number,]]” {{10:said}} <<10:Lucía Ferrer>>, labour rights director at HRA.

“[[11:Every summer will be hotter than the last. The workers know it, the growers know it, and now the ministry has no excuse not to know it.]]”
""",
        {
            1: ("indirect", "Harvest Rights Alliance", "org-speaker"),
            2: ("direct", "Rosa", "nested"),
            3: ("indirect", "Rosa", ""),
            4: ("direct", "Inés Calderón", "title-apposition"),
            5: ("indirect", "Ministry of Labour", "org-speaker, written"),
            6: ("mixed", "Harvest Rights Alliance", "org-speaker, alias"),
            7: ("indirect", "Southern Growers’ Federation", "org-speaker"),
            8: ("mixed", "Southern Growers’ Federation", "org-speaker"),
            9: ("direct", None, ""),
            10: ("direct", "Lucía Ferrer", "title-apposition"),
            11: ("direct", "Lucía Ferrer", ""),
        },
    ),
    (
        7,
        "ngo",
        """
Berevia: Restore Internet Access Before Election Count

(London, 3 March 2025) – [[1:Authorities in Berevia must immediately restore full internet access, which has been cut across the country since voting began on 25 February]], <<1:the Digital Access Defenders Network>> (DADN) {{1:said}} today.

[[2:Mobile data traffic fell by 94 per cent within an hour of polls opening and has not recovered]], {{2:according to}} <<2:NetPulse>>, an independent network measurement project.

‘[[3:Switching off the internet on election day doesn’t stop rumours, it stops the people who correct them. Observers can’t send results, journalists can’t file, and families can’t check that their relatives are safe,]]’ {{3:said}} <<3:Amara Nwosu-Hale>>, East Africa programme lead at DADN.

<<4:Berevia’s Ministry of Communications>> {{4:said}} in a post on its official account that [[4:the restrictions were ‘temporary measures to protect national security and prevent the spread of false results’]]. The shutdown began on the first day of the government’s so-called ‘digital calm’ period around the vote.

‘[[5:We received a written instruction from the regulator on the evening of 24 February and we are legally obliged to comply,]]’ <<5:Telvera>>, the country’s largest mobile operator, {{5:said}} in a statement.

Asked about that statement, the director general of the Berevia Communications Authority (BCA), <<6:Joseph Mwangaza>>, {{6:said}} [[6:that was ‘a fabrication by companies protecting their profits’]]. <<7:The BCA>> later {{7:said}} [[7:access would be restored ‘once the results are certified’]].

Journalist <<8:Fatuma Nderitu>> {{8:posted}} on social media using a satellite connection: ‘[[8:Day six. Still no internet in Lindoro. I’m writing this from a hotel roof with a borrowed dish. Tell the world we voted.]]’

<<9:DADN>> {{9:urged}} [[9:the regional election observer mission and Berevia’s international partners to press publicly for access to be restored]].

‘[[10:The count is the moment when transparency matters most,]]’ {{10,11:said}} <<10,11:Nwosu-Hale>>. ‘[[11:If the authorities are confident in the result, they have nothing to lose by letting people watch it.]]’
""",
        {
            1: ("indirect", "Digital Access Defenders Network", "org-speaker"),
            2: ("indirect", "NetPulse", "org-speaker"),
            3: ("direct", "Amara Nwosu-Hale", "title-apposition"),
            4: ("mixed", "Berevian Ministry of Communications", "org-speaker, written"),
            5: ("direct", "Telvera", "org-speaker, written"),
            6: ("mixed", "Joseph Mwangaza", "title-prefix, that-pronoun"),
            7: ("mixed", "Berevia Communications Authority", "org-speaker, alias"),
            8: ("direct", "Fatuma Nderitu", "title-prefix, written"),
            9: ("indirect", "Digital Access Defenders Network", "org-speaker, alias"),
            10: ("direct", "Amara Nwosu-Hale", ""),
            11: ("direct", "Amara Nwosu-Hale", ""),
        },
    ),
    (
        8,
        "ngo",
        """
Estavia: Stop Forced Evictions for Tessar Dam

Lenders Should Suspend Funding Until Families Are Compensated

(Geneva, 14 October 2024) – [[1:Estavian authorities have forcibly evicted at least 1,300 families from villages along the Olm river since August to clear land for the Tessar hydropower dam, in many cases without notice or compensation]], <<1:the Housing Rights Observatory>> {{1:said}} in a report released today.

The 48-page report, “The River Came for Our Houses First,” is based on interviews with 71 evicted residents, local officials and engineers.

“[[2:They came at six in the morning with two bulldozers and a list. If your name was on the list, you had one hour,]]” {{2,3:said}} <<2,3:Mariam Oduya>>, 61, from the village of Seleth. “[[3:I asked the officer, ‘Where do we go?’ He said, ‘That is not my department.’]]”

<<4:Ruslan Tebe>>, a 47-year-old farmer from Kush who refused to sign a compensation form, {{4:recalled}}:

“[[4:The form said the land was worth 2,000 dravs a hectare. The company sold the same land to its contractors for ten times that. I said I would not sign until I saw a valuation.

“Three days later the police came. They took my tractor ‘as security’, they said. My son filmed it on his phone, so they took the phone too.]]”

<<5:The Olm Hydro Consortium>>, which is building the dam, {{5:said}} in a letter to the Observatory that [[5:all resettlement was carried out by the Estavian government and that the consortium “had no role in the removal of residents”]].

The Ministry of Energy did not respond to questions sent on 1 October. In a public notice posted in Seleth in July, <<6:the ministry>> {{6:stated}} that [[6:every household would be offered “fair replacement land” before work began]].

<<7:The Observatory>> {{7:asked}} [[7:why the consortium’s lenders, among them the Eastern Development Bank, had not suspended payments]]. <<8,9:Nadia Esfandi>>, Eurasia researcher at the Housing Rights Observatory, {{8:said}} [[8:the bank could not “hide behind the borrower”]], {{9:noting}} that [[9:its own safeguard policy bars it from financing projects that involve forced evictions]]. <<10:A spokesperson for the Eastern Development Bank>> {{10:said}} [[10:the bank was “reviewing the findings carefully”]].

“[[11:A dam that makes clean electricity by putting 1,300 families on the street is not clean,]]” <<11:Esfandi>> {{11:said}}.
""",
        {
            1: ("indirect", "Housing Rights Observatory", "org-speaker"),
            2: ("direct", "Mariam Oduya", ""),
            3: ("direct", "Mariam Oduya", "nested"),
            4: ("direct", "Ruslan Tebe", "nested"),
            5: ("mixed", "Olm Hydro Consortium", "org-speaker, written"),
            6: ("mixed", "Ministry of Energy", "org-speaker, written"),
            7: ("indirect", "Housing Rights Observatory", "org-speaker, alias, indirect-question"),
            8: ("mixed", "Nadia Esfandi", "title-apposition"),
            9: ("indirect", "Nadia Esfandi", "title-apposition"),
            10: ("mixed", "a spokesperson for the Eastern Development Bank", ""),
            11: ("direct", "Nadia Esfandi", ""),
        },
    ),
]
