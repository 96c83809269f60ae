# ruff: noqa: E501
"""News articles and features for the development set (invented): present tense, pronouns across
paragraphs, epithets ("the former diplomat", "the 63-year-old"), namesakes, companies and unions.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        9,
        "news",
        """
When Jonas van Aalst left the foreign service in 2019 after 31 years, he thought he would spend his retirement restoring an old sailing boat. Instead, the former diplomat spends most of his days in a rented office above a bakery in Dremmen, helping asylum seekers fill in forms.

“[[1:I negotiated treaties for three decades. These forms are harder,]]” <<1:he>> {{1:says}}, only half joking.

The office, which he runs with his former colleague Miriam Okafor, has helped more than 900 people since it opened.

<<2:Okafor>>, 58, who served as a consul in three countries, {{2:says}} [[2:the hardest cases are families who arrived before the rules changed in 2022]].

“[[3:The law changed, but their children had already started school here. You cannot explain to a ten-year-old that the date on a form decides where she grows up,]]” <<3:she>> {{3:says}}.

<<4:Van Aalst>> {{4:says}} [[4:he has written to the Ministry of Migration four times and received one reply]].

<<5:The ministry>> {{5:said}} in a written response to questions that [[5:every application was assessed “individually and fairly”]].

“[[6:Individually, yes. Fairly, I would like to see the evidence,]]” <<6:the former diplomat>> {{6:says}} drily.

Among those they have helped is Samir Haddad, 34, a pharmacist who fled Qadira in 2021 with his wife and two daughters. <<7:Haddad>> {{7:says}} [[7:he waited 14 months for his first interview]].

“[[8:My daughters learned the language in six months. I am still learning the forms,]]” <<8:the pharmacist>> {{8:says}}.

<<9:Okafor>> {{9:says}} [[9:the office will have to close by the summer unless it finds new funding]].

“[[10:We are two pensioners with a printer. That is not a system,]]” <<10:she>> {{10:says}}.
""",
        {
            1: ("direct", "Jonas van Aalst", "present-tense"),
            2: ("indirect", "Miriam Okafor", "present-tense"),
            3: ("direct", "Miriam Okafor", "present-tense"),
            4: ("indirect", "Jonas van Aalst", "present-tense"),
            5: ("mixed", "Ministry of Migration", "org-speaker, written"),
            6: ("direct", "Jonas van Aalst", "epithet, present-tense"),
            7: ("indirect", "Samir Haddad", "present-tense"),
            8: ("direct", "Samir Haddad", "epithet, present-tense"),
            9: ("indirect", "Miriam Okafor", "present-tense"),
            10: ("direct", "Miriam Okafor", "present-tense"),
        },
    ),
    (
        10,
        "news",
        """
Two candidates named Moreau are running for mayor of Halvik next month, and neither of them is happy about it.

<<1:Daniel Moreau>>, 49, a former police chief running for the centre-right Civic Party, {{1:said}} [[1:voters had told him they were confused by the ballot]].

“[[2:People stop me in the street and ask whether I have changed my mind about the tram. I have not. That was the other Moreau,]]” <<2:he>> {{2:said}}.

<<3:Claire Moreau>>, a 41-year-old architect standing for the Greens, {{3:said}} [[3:she had asked the electoral commission to print the candidates’ photographs on the ballot]].

“[[4:We are not related, we have never met, and we disagree about almost everything,]]” <<4:Ms Moreau>> {{4:said}}.

<<5:Mr Moreau>> {{5:said}} [[5:he had no objection to photographs “as long as they are recent”]].

<<6:The Halvik Electoral Commission>> {{6:said}} [[6:the law did not allow photographs on ballot papers]].

<<7:Faith Holloway>>, who chairs the commission, {{7:said}}: “[[7:We print names, party names and party symbols. That has worked since 1952, and it will work this time.]]”

The third candidate, <<8:Olaf Brenning>> of the Liberal Alliance, {{8:said}} [[8:he was the only candidate voters could not confuse with anyone]].

“[[9:I am thinking of changing my name to Moreau,]]” <<9:the 63-year-old>> {{9:added}}.

<<10:The commission>> {{10:said}} [[10:turnout in the first round was 58 percent]].

<<11:Holloway>> {{11:said}} [[11:the commission would publish a guide with both Moreaus’ party symbols]].
""",
        {
            1: ("indirect", "Daniel Moreau", "title-apposition"),
            2: ("direct", "Daniel Moreau", ""),
            3: ("indirect", "Claire Moreau", "title-apposition"),
            4: ("direct", "Claire Moreau", ""),
            5: ("mixed", "Daniel Moreau", ""),
            6: ("indirect", "Halvik Electoral Commission", "org-speaker"),
            7: ("direct", "Faith Holloway", ""),
            8: ("indirect", "Olaf Brenning", ""),
            9: ("direct", "Olaf Brenning", "epithet"),
            10: ("indirect", "Halvik Electoral Commission", "org-speaker"),
            11: ("indirect", "Faith Holloway", ""),
        },
    ),
    (
        11,
        "news",
        """
<<1:Verdana Telecom>>, the largest mobile operator in Estmark, {{1:said}} on Monday [[1:it would cut 1,200 jobs over two years as it moves customer service to automated systems]].

Chief executive <<2:Ines Valtonen-Berg>> {{2:told}} analysts on a conference call that [[2:the cuts were “painful but unavoidable”]].

“[[3:Our customers have already moved to the app. We are following them,]]” <<3:Valtonen-Berg>> {{3:said}}.

<<4:The Communications Workers’ Union>> (CWU) {{4:said}} [[4:it had not been consulted and would ballot its members on strike action]].

CWU general secretary <<5:Piotr Zalewski>> {{5:said}} [[5:the company had made record profits last year]].

“[[6:You do not cut 1,200 jobs when you are making money. You cut them because you can,]]” <<6:Zalewski>> {{6:said}}.

<<7:The union>> {{7:said}} [[7:about 300 of the jobs were in the northern city of Varrik]].

<<8:The Digital Communications Authority>> (DCA), the telecoms regulator, {{8:said}} [[8:it would review whether the automated service met accessibility rules]].

<<9:The chief executive>> {{9:said}} [[9:the company would offer voluntary redundancy first]].

<<10:The company>> {{10:said}} [[10:the cuts would save about 90 million euros a year]].

Shares in Verdana rose 4 percent. <<11:Analysts at Nordhaven Bank>> {{11:said}} [[11:the savings were larger than expected]].
""",
        {
            1: ("indirect", "Verdana Telecom", "org-speaker, title-apposition"),
            2: ("mixed", "Ines Valtonen-Berg", "title-prefix"),
            3: ("direct", "Ines Valtonen-Berg", ""),
            4: ("indirect", "Communications Workers’ Union", "org-speaker"),
            5: ("indirect", "Piotr Zalewski", "title-prefix"),
            6: ("direct", "Piotr Zalewski", ""),
            7: ("indirect", "Communications Workers’ Union", "org-speaker"),
            8: ("indirect", "Digital Communications Authority", "org-speaker, title-apposition"),
            9: ("indirect", "Ines Valtonen-Berg", "epithet"),
            10: ("indirect", "Verdana Telecom", "org-speaker"),
            11: ("indirect", "analysts at Nordhaven Bank", ""),
        },
    ),
    (
        12,
        "news",
        """
<<1:A former city treasurer accused of diverting 4 million crowns from a pension fund>> {{1:told}} a court in Brenna on Tuesday that [[1:he had been “a signature, not a decision-maker”]].

<<2:Luca di Stefano>>, 58, who was Brenna’s treasurer from 2014 to 2021, {{2:said}} [[2:every transfer he signed had been approved by the finance committee]].

“[[3:I was shown a page with a total and a line for my name. I signed hundreds of those pages,]]” <<3:di Stefano>> {{3:said}}.

His lawyer, <<4:Marek Novak>>, {{4:said}} [[4:the prosecution had not produced a single email in which his client gave an instruction]].

“[[5:They have a theory. They do not have a document,]]” <<5:Novak>> {{5:told}} the court.

Prosecutor <<6:Hanna Lindqvist>> {{6:said}} [[6:the defendant had personally approved transfers to a company owned by his brother-in-law]].

“[[7:He was not a signature. He was the person who decided where the signature went,]]” <<7:Lindqvist>> {{7:said}}.

<<8:The lawyer>> {{8:asked}} [[8:why the finance committee’s chairman had not been charged]].

Judge <<9:Helena Marsh>> {{9:said}} [[9:she expected to deliver a verdict in June]].

Outside the courtroom, <<10:the 58-year-old>> {{10:said}}: “[[10:I have been a civil servant my whole life. I will wait for the judge.]]”
""",
        {
            1: ("mixed", "Luca di Stefano", "epithet"),
            2: ("indirect", "Luca di Stefano", "title-apposition"),
            3: ("direct", "Luca di Stefano", ""),
            4: ("indirect", "Marek Novak", "title-apposition"),
            5: ("direct", "Marek Novak", ""),
            6: ("indirect", "Hanna Lindqvist", "title-prefix"),
            7: ("direct", "Hanna Lindqvist", ""),
            8: ("indirect", "Marek Novak", "epithet, indirect-question"),
            9: ("indirect", "Helena Marsh", "title-prefix"),
            10: ("direct", "Luca di Stefano", "epithet"),
        },
    ),
]
