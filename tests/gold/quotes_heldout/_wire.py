# ruff: noqa: E501
"""Held-out wire copy (invented): datelines, short paragraphs, "X said on Monday".

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        1,
        "wire",
        """
PORT SILVANE, Feb 9 (Axial News) – Thousands of dockworkers walked off the job at Port Silvane on Monday, halting container traffic at Tarsena’s busiest harbour in a dispute over automation and night-shift pay.

[[1:About 4,200 of its 4,600 members had joined the stoppage by midday]], {{1:according to}} <<1:the Silvane Dock and Harbour Workers’ Union>> (SDHWU), which called the 72-hour strike after talks with the port operators broke down on Friday.

“[[2:Nobody here is against machines. We are against machines that are paid for by cutting the wages of the people who still have to work beside them,]]” {{2,3:said}} <<2,3:Aurelio Mendaña>>, general secretary of the SDHWU, addressing strikers at the main gate. “[[3:If the operators want a long fight, they have picked the right week. Our members were paid on Friday.]]”

<<4:The Port Silvane Authority>>, which runs the harbour on behalf of the state, {{4:said}} [[4:41 vessels were waiting at anchor and that perishable cargo was being diverted to the smaller port of Nerissa]].

Authority chief executive <<5:Ilse Varga>> {{5:told}} reporters [[5:the operators’ offer of an 8 percent rise over two years was “generous by any standard”]]. “[[6:What the union calls automation is a crane that moves boxes faster. We have been buying cranes for a hundred years,]]” <<6:she>> {{6:said}}.

The dispute centres on the operators’ “smart terminal” programme, which would replace most night crews at the container quays with remotely controlled cranes by 2027.

Transport Minister <<7:Bruno Castellane>> {{7:said}} [[7:the government would not step in for now]]. Asked whether the army could be used to unload ships, <<8:he>> {{8:replied}}: “[[8:Nobody is talking about soldiers. Today, nobody.]]”

Strikers hung a banner reading “[[9:Robots don’t pay rent]]” from a stack of empty containers by the gate.

<<10:Marisol Quen>>, who has operated a crane at the port for 19 years, {{10:said}} [[10:she had been told in January that her post would disappear within two years]]. “[[11:They gave me a leaflet about retraining. I am 54. Retraining for what?]]” <<11:Quen>> {{11:asked}}.

[[12:Talks with the operators are due to resume on Thursday]], <<12:the SDHWU>> {{12:said}} late on Monday.
""",
        {
            1: ("indirect", "Silvane Dock and Harbour Workers’ Union", "org-speaker"),
            2: ("direct", "Aurelio Mendaña", "title-apposition"),
            3: ("direct", "Aurelio Mendaña", "title-apposition"),
            4: ("indirect", "Port Silvane Authority", "org-speaker"),
            5: ("mixed", "Ilse Varga", "title-prefix"),
            6: ("direct", "Ilse Varga", ""),
            7: ("indirect", "Bruno Castellane", "title-prefix"),
            8: ("direct", "Bruno Castellane", ""),
            9: ("direct", None, ""),
            10: ("indirect", "Marisol Quen", ""),
            11: ("direct", "Marisol Quen", ""),
            12: ("indirect", "Silvane Dock and Harbour Workers’ Union", "org-speaker, alias"),
        },
    ),
    (
        2,
        "wire",
        """
KORVAN, Aug 23 (Axial News) - Rescue teams were still trying on Wednesday to reach 14 miners trapped nearly 600 metres underground, a day after part of a gallery collapsed at the Dremna copper mine in northern Halvany.

"[[1:We are pumping air into the section where we believe they are sheltering, and twice since midnight we have heard tapping on a pipe,]]" {{1:said}} <<1:Goran Petrik>>, who is leading the rescue for the State Mining Inspectorate.

"[[2:Tapping is good. Tapping means someone down there still has the strength to tap,]]" <<2:he>> {{2:told}} reporters at the pithead.

[[3:The collapse happened at about 4:40 p.m. on Tuesday, shortly after a shift change]], {{3:according to}} <<3:Dremna Copper>>, the mine's operator. <<4:The company>> {{4:said}} in a statement that [[4:it had suspended all work at the mine and was "cooperating fully" with investigators]].

Several hundred relatives waited through the night outside the mine gates. <<5:Vesna Orlic>>, whose husband and son are among the trapped men, {{5:said}} [[5:nobody from the company had spoken to the families until the morning]].

"[[6:It was the television that told us,]]" <<6,7:she>> {{6,7:said}}. "[[7:The television, not his boss.]]"

<<8:The Halvany Miners' Federation>> {{8:said}} [[8:it had warned the inspectorate in March about cracks in the same gallery]], a charge the inspectorate denied.

"[[9:I have worked underground for 31 years and I have never heard the rock make a sound like that,]]" {{9:said}} <<9:Teodor Balan>>, a shift foreman who was among the last men out. "[[10:We ran. I am not ashamed to say it, we ran,]]" <<10:the 58-year-old>> {{10:added}}.

[[11:Drilling a second access shaft could take up to four days]], <<11:an inspectorate official>> {{11:said}}, speaking on condition of anonymity because he was not authorised to talk to the media.

Prime Minister <<12:Ruxandra Velic>> {{12:wrote}} on social media late on Tuesday: "[[12:The whole country is holding its breath with you.]]"
""",
        {
            1: ("direct", "Goran Petrik", "title-apposition"),
            2: ("direct", "Goran Petrik", ""),
            3: ("indirect", "Dremna Copper", "org-speaker"),
            4: ("mixed", "Dremna Copper", "org-speaker"),
            5: ("indirect", "Vesna Orlic", ""),
            6: ("direct", "Vesna Orlic", ""),
            7: ("direct", "Vesna Orlic", ""),
            8: ("indirect", "Halvany Miners' Federation", "org-speaker"),
            9: ("direct", "Teodor Balan", "title-apposition"),
            10: ("direct", "Teodor Balan", "epithet"),
            11: ("indirect", "an inspectorate official", ""),
            12: ("direct", "Ruxandra Velic", "title-prefix, written"),
        },
    ),
    (
        3,
        "wire",
        """
OSTREL, Nov 2 (Axial News) – Health authorities in Valdria declared a measles outbreak in three eastern provinces on Thursday after 318 cases, most of them in unvaccinated children, were confirmed in six weeks.

[[1:Two children, aged 11 months and four years, have died]], {{1:according to}} <<1:the National Institute of Public Health>> (NIPH).

“[[2:Measles is not a mild childhood illness. It is one of the most contagious diseases we know, and it finds every gap in immunity,]]” {{2,3:said}} <<2,3:Dr Leonie Farkas>>, head of the NIPH’s epidemiology unit. “[[3:Right now the gaps are very large.]]”

<<4:The NIPH>> {{4:said}} [[4:coverage with the second dose of the vaccine had fallen to 71 percent in the eastern provinces, far below the 95 percent needed to stop transmission]].

Health Minister <<5:Pavel Dunai>> {{5:announced}} that [[5:a catch-up vaccination campaign would start on Monday in schools and clinics]]. <<6:He>> {{6:urged}} [[6:parents who had missed appointments during the pandemic “not to wait for a letter”]].

Doctors in the region have blamed the fall in coverage partly on so-called “natural immunity” groups that spread on messaging apps during the pandemic.

“[[7:We have eleven children on the ward and two in intensive care. Last winter we had none,]]” {{7:said}} <<7:Miklos Tarr>>, a paediatrician at the regional hospital in Dorogh.

<<8:Agnes Bereny>>, a mother of three in Dorogh, {{8:said}} [[8:she had delayed her youngest son’s jab because she had read online that it could cause autism]], a claim that has been repeatedly disproved. “[[9:Now he has measles, and I read everything again, differently,]]” <<9:she>> {{9:said}}.

Opposition lawmaker <<10:Csaba Rendl>> {{10:asked}} [[10:why the ministry had cut funding for school nurses in last year’s budget]]. [[11:The cuts had not affected vaccination services]], <<11:a ministry spokeswoman>> {{11:said}}.

<<12:The NIPH>> {{12:said}} [[12:it expected the number of cases to keep rising until at least January]].
""",
        {
            1: ("indirect", "National Institute of Public Health", "org-speaker"),
            2: ("direct", "Leonie Farkas", "title-apposition"),
            3: ("direct", "Leonie Farkas", "title-apposition"),
            4: ("indirect", "National Institute of Public Health", "org-speaker, alias"),
            5: ("indirect", "Pavel Dunai", "title-prefix"),
            6: ("mixed", "Pavel Dunai", ""),
            7: ("direct", "Miklos Tarr", "title-apposition"),
            8: ("indirect", "Agnes Bereny", ""),
            9: ("direct", "Agnes Bereny", ""),
            10: ("indirect", "Csaba Rendl", "title-prefix, indirect-question"),
            11: ("indirect", "a ministry spokeswoman", ""),
            12: ("indirect", "National Institute of Public Health", "org-speaker, alias"),
        },
    ),
    (
        4,
        "wire",
        """
TALMARA, April 17 (Axial News) – The Supreme Court of Orvania on Wednesday recognised the Yaneri people’s collective title to 86,000 hectares of forest in the Ushka valley, cancelling logging concessions granted in 2019 under the government’s “Green Frontier” development plan.

“[[1:Ancestral possession, once proven, is not a favour the State grants. It is a right the State is bound to recognise,]]” <<1:the judgment>> {{1:said}}.

Writing for the majority, Justice <<2:Amara Qolla>> {{2:said}} [[2:the concessions had been granted without the free, prior and informed consent the constitution requires]]. In a dissent joined by one other judge, Justice <<3:Ferran Obispo>> {{3:wrote}} [[3:the majority had “rewritten a century of property law in a single afternoon”]].

“[[4:Our grandparents were buried in this forest before there was a ministry of anything,]]” {{4,5:said}} <<4,5:Eliseo Wankar>>, president of the Yaneri Council of Elders, speaking by phone from the valley. “[[5:Today the court wrote down what we have always known.]]”

[[6:Three timber companies hold concessions in the valley worth an estimated 140 million dollars]], {{6:according to}} <<6:the Canopy Accounts Initiative>>, an environmental monitoring group.

One of them, <<7:Valtor Timber>>, {{7:said}} in a statement that [[7:it would “respect the decision of the court” and seek compensation from the state]].

Natural Resources Minister <<8:Octavio Ruelas>> {{8:told}} reporters [[8:the government would comply with the ruling but feared it could “freeze investment” in other regions]].

<<9:Isabel Carrizo>>, a lawyer with the Indigenous Legal Defence Office, which represented the community, {{9:said}} [[9:it was the first time the court had applied the constitution’s indigenous rights chapter to a dispute over forest land]]. “[[10:It took eleven years. Two of the elders who filed the case did not live to hear this,]]” <<10:she>> {{10:said}}.
""",
        {
            1: ("direct", "Supreme Court of Orvania", "org-speaker, document-speaker"),
            2: ("indirect", "Amara Qolla", "title-prefix"),
            3: ("mixed", "Ferran Obispo", "title-prefix, written"),
            4: ("direct", "Eliseo Wankar", "title-apposition"),
            5: ("direct", "Eliseo Wankar", "title-apposition"),
            6: ("indirect", "Canopy Accounts Initiative", "org-speaker"),
            7: ("mixed", "Valtor Timber", "org-speaker"),
            8: ("mixed", "Octavio Ruelas", "title-prefix"),
            9: ("indirect", "Isabel Carrizo", "title-apposition"),
            10: ("direct", "Isabel Carrizo", ""),
        },
    ),
]
