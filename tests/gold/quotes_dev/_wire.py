# ruff: noqa: E501
"""Wire copy for the development set (invented): datelines, surnames after a first full mention,
honorifics, epithets, names with particles and several parts.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        1,
        "wire",
        """
SALVERA, May 9 (Meridian Wire) – A court in Salvera on Thursday acquitted human rights lawyer Marisol de la Cruz of insulting the judiciary, ending an eleven-month trial that rights groups had described as an attempt to silence her.

“[[1:Today the court listened to the law and not to the telephone,]]” <<1,2:de la Cruz>> {{1,2:told}} reporters on the steps of the courthouse. “[[2:But I have eleven clients who are still in prison, and they did not get a judge like this one.]]”

<<3:The Salvera prosecutor’s office>> {{3:said}} [[3:it would study the written judgment before deciding whether to appeal]].

The 52-year-old was arrested in March last year after she accused two appeals judges in a radio interview of taking instructions from the Interior Ministry.

Her co-counsel, <<4:Tobias van der Berg>>, {{4:said}} [[4:the acquittal should be “a warning to anyone who thinks critics can be silenced through the courts”]].

“[[5:The file against her was thin from the first day. There was one recording and one angry minister,]]” <<5:Van der Berg>> {{5:said}}.

Interior Minister <<6:Rafael Ortiz Llamas>> {{6:said}} in a statement that [[6:the government respected the independence of the courts]].

<<7:The Salvera Bar Association>> (SBA), which sent observers to every hearing, {{7:said}} [[7:the trial had been marked by “repeated irregularities”]].

<<8:The SBA>> {{8:said}} [[8:it would ask parliament to repeal the insult law before the end of the year]].

Asked whether she would return to her practice, <<9:the lawyer>> {{9:said}}: “[[9:On Monday. My clients have waited long enough.]]”
""",
        {
            1: ("direct", "Marisol de la Cruz", "title-prefix"),
            2: ("direct", "Marisol de la Cruz", ""),
            3: ("indirect", "Salvera prosecutor’s office", "org-speaker"),
            4: ("mixed", "Tobias van der Berg", "title-apposition"),
            5: ("direct", "Tobias van der Berg", ""),
            6: ("indirect", "Rafael Ortiz Llamas", "title-prefix, written"),
            7: ("mixed", "Salvera Bar Association", "org-speaker"),
            8: ("indirect", "Salvera Bar Association", "org-speaker, alias"),
            9: ("direct", "Marisol de la Cruz", "epithet"),
        },
    ),
    (
        2,
        "wire",
        """
SEONGHWA, Feb 21 (Meridian Wire) - [[1:Police in the port city of Seonghwa on Wednesday detained 14 shipyard workers who had occupied a crane for 40 days in a dispute over unpaid wages]], <<1:the Haneul Shipbuilders’ Union>> {{1:said}}.

“[[2:They came at four in the morning with ladders and dogs. Nobody was resisting,]]” {{2:said}} <<2:Kim Min-jun>>, 47, the union’s vice-chairman, who watched the arrests from the shipyard gate.

<<3:Kim>> {{3:said}} [[3:two of the detained workers had been taken to hospital with hypothermia]].

<<4:The Seonghwa police agency>> {{4:said}} in a statement that [[4:officers had acted on a court order and that “minimal force” had been used]].

Labour Ministry spokeswoman <<5:Park Ji-woo>> {{5:told}} a briefing that [[5:the ministry had appointed a mediator to restart talks]].

“[[6:The wages will be paid. The question is only how, and from which account,]]” <<6:Ms Park>> {{6:said}}.

The shipyard’s owner, Daeil Heavy Industries, owes its 3,100 workers about 18 billion won in back pay. <<7:A Daeil spokesman>> {{7:said}} [[7:the company was negotiating with creditors and hoped to pay “within weeks”]].

Opposition lawmaker <<8:Kim Soo-ah>>, who visited the crane on Tuesday, {{8:said}} [[8:she would demand a parliamentary hearing on the police operation]].

“[[9:Forty days on a crane in February. Ask yourself what drives a man to that,]]” <<9:she>> {{9:said}}.

<<10:Mr Kim>>, the union official, {{10:said}} [[10:the occupation had ended but the strike would go on]].

<<11:The HSU>> {{11:said}} [[11:it would hold a rally outside the district court on Friday]].
""",
        {
            1: ("indirect", "Haneul Shipbuilders’ Union", "org-speaker"),
            2: ("direct", "Kim Min-jun", "title-apposition"),
            3: ("indirect", "Kim Min-jun", ""),
            4: ("mixed", "Seonghwa police agency", "org-speaker, written"),
            5: ("indirect", "Park Ji-woo", "title-prefix"),
            6: ("direct", "Park Ji-woo", ""),
            7: ("mixed", "a Daeil spokesman", ""),
            8: ("indirect", "Kim Soo-ah", "title-prefix"),
            9: ("direct", "Kim Soo-ah", ""),
            10: ("indirect", "Kim Min-jun", "title-apposition"),
            11: ("indirect", "Haneul Shipbuilders’ Union", "org-speaker, alias"),
        },
    ),
    (
        3,
        "wire",
        """
AL-QARIM, Sept 3 (Meridian Wire) – Abdul Rahman al-Hashimi, a former ambassador to Vellmark who was detained for eight months after criticising the government’s handling of a water crisis, was released on bail on Monday.

“[[1:I am tired, but I am not broken,]]” <<1,2:al-Hashimi>> {{1,2:told}} Meridian Wire by telephone from his home in the capital. “[[2:I said what millions of people say in their kitchens every night.]]”

<<3:The 61-year-old>> {{3:said}} [[3:he had been held in a cell without windows for the first two months and questioned about his contacts with foreign journalists]].

<<4:The public prosecutor’s office>> {{4:said}} [[4:the former diplomat remained under investigation for “spreading false news” and was barred from leaving the country]].

His daughter, <<5:Layla al-Hashimi>>, a doctor in Vellmark, {{5:said}} [[5:the family had not been allowed to send him medicine for his heart condition]].

“[[6:My father is not a danger to anyone. He is a man who wrote two newspaper columns,]]” <<6:she>> {{6:said}}.

<<7:The former diplomat>> {{7:said}} [[7:he intended to keep writing about the water crisis]].

<<8,9:The Gulf Centre for Civic Rights>> (GCCR) {{8:called}} [[8:the bail decision “a first step”]] and {{9:urged}} [[9:the authorities to drop all charges against him]].

“[[10:Bail is not freedom. He should never have spent a single night in a cell,]]” {{10:said}} <<10:Nadia Farouk>>, the GCCR’s research director.

<<11:Mr al-Hashimi>> {{11:said}} [[11:his first visit would be to his mother’s grave]].
""",
        {
            1: ("direct", "Abdul Rahman al-Hashimi", ""),
            2: ("direct", "Abdul Rahman al-Hashimi", ""),
            3: ("indirect", "Abdul Rahman al-Hashimi", "epithet"),
            4: ("mixed", "public prosecutor’s office", "org-speaker"),
            5: ("indirect", "Layla al-Hashimi", "title-apposition"),
            6: ("direct", "Layla al-Hashimi", ""),
            7: ("indirect", "Abdul Rahman al-Hashimi", "epithet"),
            8: ("mixed", "Gulf Centre for Civic Rights", "org-speaker"),
            9: ("indirect", "Gulf Centre for Civic Rights", "org-speaker"),
            10: ("direct", "Nadia Farouk", "title-apposition"),
            11: ("indirect", "Abdul Rahman al-Hashimi", ""),
        },
    ),
    (
        4,
        "wire",
        """
LAO THANH, July 14 (Meridian Wire) – [[1:At least 23 people have been killed and nine are missing after flash floods swept through mountain villages in northern Lao Thanh province]], <<1:the National Disaster Committee>> {{1:said}} on Sunday.

<<2:Nguyen Thi Lan>>, deputy head of the provincial disaster committee, {{2:said}} [[2:rescuers had reached all but three of the affected villages]].

“[[3:The road to Ban Khe has gone into the river. We are sending food by motorbike and on foot,]]” <<3:Lan>> {{3:said}}.

<<4:Tran Van Duc>>, a rice farmer in Ban Khe, {{4:said}} [[4:the water rose so quickly that his neighbours had no time to reach the school on the hill]].

“[[5:My wife carried our grandson on her back. I carried nothing. There was no time to carry anything,]]” <<5:the 67-year-old>> {{5:said}}.

Committee spokeswoman <<6:Hoang Mai Anh>> {{6:said}} [[6:the army had sent two helicopters and 400 soldiers to the province]].

<<7:She>> {{7:said}} [[7:the death toll was likely to rise]].

<<8:The national weather service>> {{8:warned}} that [[8:more heavy rain was expected in the region until Wednesday]].

“[[9:We ask people in the valleys not to go back to their houses yet,]]” <<9:the spokeswoman>> {{9:said}}.

<<10:Duc>>, who lost his house and two buffaloes, {{10:said}} [[10:he would rebuild on higher ground]].
""",
        {
            1: ("indirect", "National Disaster Committee", "org-speaker"),
            2: ("indirect", "Nguyen Thi Lan", "title-apposition"),
            3: ("direct", "Nguyen Thi Lan", ""),
            4: ("indirect", "Tran Van Duc", "title-apposition"),
            5: ("direct", "Tran Van Duc", "epithet"),
            6: ("indirect", "Hoang Mai Anh", "title-prefix"),
            7: ("indirect", "Hoang Mai Anh", ""),
            8: ("indirect", "national weather service", "org-speaker"),
            9: ("direct", "Hoang Mai Anh", "epithet"),
            10: ("indirect", "Tran Van Duc", ""),
        },
    ),
]
