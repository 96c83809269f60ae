# ruff: noqa: E501
"""Held-out gold set 2: fourteen invented documents (people, organisations and towns are made up).

Documents 011-014 are four reports on two incidents: 011_wire and 013_statement on the
Ban Houay Lek church raid in Laos (12 vs 14 detained), 012_news and 014_ngo on the deportation
of Iranian Kurds from Van (7 vs 6 people). Annotated by hand from GUIDELINES.md only.
"""

DOCS = [
    dict(
        name="001_ngo",
        outlet="Caspian Rights Initiative",
        text="""
11 September 2023 Almaty

Karakalpak blogger [[1:deported]] from Almaty despite pending asylum case

Kazakh police [[2:detained]] Karakalpak blogger Azamat Tleubaev, 34, at his rented flat in Almaty on the night of August 29 and [[3:deported]] him to Uzbekistan two days later, the Caspian Rights Initiative said today.

Tleubaev, who ran a popular Telegram channel about social and environmental problems in the Aral Sea region, [[4:fled]] Nukus in 2021 after police [[5:arrested]] two fellow contributors to the channel. He applied for asylum in Kazakhstan the following year. His challenge to the rejection of that claim was still before a court when officers [[6:detained]] him, said his lawyer, Dana Seitkali.

“Azamat called me from the police station and said officers had [[7:beaten]] him and taken his phone,” said his sister, Gulnara Tleubaeva. “If they [[8:send him back]], he will be [[9:jailed]] like the others,” she told the Caspian Rights Initiative on the eve of the flight.

Relatives [[10:lost contact]] with Tleubaev after he landed in Tashkent on August 31, and Uzbek officials have not answered their questions. Tleubaev suffers from asthma and needs daily medication, his sister said.

Tleubaev had written extensively about the unrest that shook Karakalpakstan in the summer of 2022, when the government proposed to strip the region of its constitutional right to secede. Security forces [[11:killed]] at least 21 people when they put down protests in the regional capital, Nukus, in July 2022, according to official figures.

“Kazakhstan has long presented itself as a refuge for critics of neighbouring governments. Azamat’s case shows how little that promise is worth,” said Erlan Zhakupov, director of the Caspian Rights Initiative. “His only offence was to write about the sea that his grandparents fished and the dust storms that now choke his town.”

The Caspian Rights Initiative [[12:urged]] the Kazakh authorities to respect asylum procedures and [[13:called on]] Uzbek officials to tell the family where Tleubaev is and to give him access to a lawyer of his choosing.
""",
        events={
            1: dict(type="forced_return", place="Almaty", country="Kazakhstan", count=1,
                    incident="tleubaev-deportation"),
            2: dict(type="detention", date=("2023-08-29", "2023-08-29", "day"), place="Almaty",
                    country="Kazakhstan", count=1, incident="tleubaev-deportation"),
            3: dict(type="forced_return", date=("2023-08-31", "2023-08-31", "day"), place="Uzbekistan",
                    country="Uzbekistan", count=1, incident="tleubaev-deportation"),
            4: dict(type="flight", date=("2021-01-01", "2021-12-31", "year"), place="Nukus",
                    country="Uzbekistan", count=1, incident="tleubaev-flight-2021"),
            5: dict(type="detention", date=("2021-01-01", "2021-12-31", "year"), count=2,
                    incident="aral-channel-arrests-2021"),
            6: dict(type="detention", incident="tleubaev-deportation"),
            7: dict(type="torture", count=1, incident="tleubaev-deportation"),
            8: dict(type="forced_return", happened=False),
            9: dict(type="imprisonment", happened=False),
            10: dict(type="disappearance", date=("2023-08-31", "2023-08-31", "day"), place="Tashkent",
                     country="Uzbekistan", count=1, incident="tleubaev-deportation"),
            11: dict(type="killing", date=("2022-07-01", "2022-07-31", "month"), place="Nukus",
                     country="Uzbekistan", count=21, incident="karakalpakstan-protests-2022"),
            12: dict(type="statement"),
            13: dict(type="statement"),
        },
    ),
    dict(
        name="002_wire",
        outlet="Meridian Press Agency",
        text="""
March 20, 2023 — Bangkok

Thai police [[1:detain]] six Montagnard asylum seekers

Thai immigration police [[2:detained]] three women, two men and a 10-year-old girl from Vietnam’s Montagnard minority in a [[3:raid]] on a rented house in Bang Bua Thong, north of Bangkok, last Tuesday, a lawyer for the group said.

The six, who are registered as asylum seekers with the UN refugee agency, face [[4:deportation]] to Vietnam, lawyer Somchai Rattanawong told Meridian Press Agency. Both men were [[5:jailed]] in Gia Lai province in 2018 for leading prayers at an unregistered church, he said.

“We [[6:fled]] in 2019 because the police came to our village every week,” one of the women, who gave only her initials, H.L., said by telephone from the immigration detention centre in Bangkok. “We want to go to a country where our children can go to school.”

A spokesman for the Vietnamese embassy in Bangkok said the six had entered Thailand illegally and that Hanoi had requested their [[7:repatriation]]. The immigration bureau said no decision had been taken on the case.

The case recalls that of Montagnard pastor Y Bhim Eban, whom Thai police [[8:arrested]] in Bangkok on March 3 last year. He was [[9:deported]] two weeks later, and a court in Gia Lai [[10:sentenced]] him to seven years in prison that December.

Thailand is not a party to the 1951 Refugee Convention and has no asylum system of its own. Rights groups say several hundred Montagnards live in Bangkok and the surrounding provinces, many of them in cramped rooms they rarely dare to step out of.

The Bangkok office of the UN refugee agency [[11:urged]] the Thai authorities not to [[12:return]] the six and to [[13:release]] the girl into the care of relatives.
""",
        events={
            1: dict(type="detention", count=6, incident="bangbua-montagnards"),
            2: dict(type="detention", date=("2023-03-14", "2023-03-14", "day"), place="Bang Bua Thong",
                    country="Thailand", count=6, incident="bangbua-montagnards"),
            3: dict(type="detention", date=("2023-03-14", "2023-03-14", "day"), place="Bang Bua Thong",
                    country="Thailand", count=6, incident="bangbua-montagnards"),
            4: dict(type="forced_return", happened=False, place="Vietnam", country="Vietnam", count=6),
            5: dict(type="imprisonment", date=("2018-01-01", "2018-12-31", "year"), place="Gia Lai province",
                    country="Vietnam", count=2, incident="gialai-church-2018"),
            6: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"),
                    incident="bangbua-montagnards-flight-2019"),
            7: dict(type="forced_return", happened=False, count=6),
            8: dict(type="detention", date=("2022-03-03", "2022-03-03", "day"), place="Bangkok",
                    country="Thailand", count=1, incident="ybhim-eban-2022"),
            9: dict(type="forced_return", date=("2022-03-17", "2022-03-17", "day"), incident="ybhim-eban-2022"),
            10: dict(type="imprisonment", date=("2022-12-01", "2022-12-31", "month"), place="Gia Lai",
                     country="Vietnam", incident="ybhim-eban-2022"),
            11: dict(type="statement"),
            12: dict(type="forced_return", happened=False, count=6),
            13: dict(type="release", happened=False, count=1),
        },
    ),
    dict(
        name="003_news",
        outlet="The Nile Ledger",
        text="""
7 November 2022 Alexandria

Student who [[1:died]] in police [[2:custody]] was [[3:beaten]], family says

Karim Adel Mansour, a 23-year-old engineering student, [[4:died]] at a police station in Alexandria’s Sidi Gaber district on Thursday, four days after officers [[5:arrested]] him at a café near his university, his family said.

The Interior Ministry said in a statement that Mansour had suffered a sudden drop in blood pressure and that he had not been [[6:mistreated]].

“They [[7:tortured]] my son and then told us his heart had stopped,” his mother, Samia Fathy, told The Nile Ledger. “He went out to buy a charger for his phone. He had never been in trouble with anyone.”

His brother, Youssef, said the family saw burn marks on Mansour’s arms and bruises on his face when they identified the body at the morgue on Friday. The body was returned to the family on Saturday and buried the same evening in the family plot.

Mansour had never taken part in politics, his brother said, but had shared online posts calling for anti-government protests. Lawyers at the Cairo Legal Aid Collective say police have [[8:arrested]] at least 30 people across Alexandria in recent weeks over such posts.

In a separate case, a court in Damanhour on Sunday [[9:sentenced]] the blogger Hoda Sabry, 41, to three years in prison for “spreading false news”. Sabry had been in pretrial [[10:detention]] since her [[11:arrest]] in March. Rights groups say the same charge has been brought against hundreds of critics across Egypt.

The collective wants an independent investigation into Mansour’s [[12:death]] and the suspension of the officers who [[13:arrested]] him. Egypt’s public prosecutor has opened an inquiry but has not said when it will report.

Photo: Relatives of Karim Adel Mansour outside the Sidi Gaber police station, where he [[14:died]].
""",
        events={
            1: dict(type="death", count=1, incident="mansour-death"),
            2: dict(type="detention", count=1, incident="mansour-death"),
            3: dict(type="torture", count=1, incident="mansour-death"),
            4: dict(type="death", date=("2022-11-03", "2022-11-03", "day"), place="Sidi Gaber",
                    country="Egypt", count=1, incident="mansour-death"),
            5: dict(type="detention", date=("2022-10-30", "2022-10-30", "day"), count=1,
                    incident="mansour-death"),
            6: dict(type="torture", happened=False, count=1),
            7: dict(type="torture", count=1, incident="mansour-death"),
            8: dict(type="detention", date=("2022-10-10", "2022-11-07", "range"), place="Alexandria",
                    country="Egypt", count=30),
            9: dict(type="imprisonment", date=("2022-11-06", "2022-11-06", "day"), place="Damanhour",
                    country="Egypt", count=1, incident="sabry-case"),
            10: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), count=1,
                     incident="sabry-case"),
            11: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), count=1,
                     incident="sabry-case"),
            12: dict(type="death", count=1, incident="mansour-death"),
            13: dict(type="detention", count=1, incident="mansour-death"),
            14: dict(type="death", place="Sidi Gaber", country="Egypt", count=1, incident="mansour-death"),
        },
    ),
    dict(
        name="004_statement",
        outlet="Baltic Media Freedom Network and 11 other organisations",
        text="""
February 5, 2024 — Vilnius

Belarus must [[1:free]] four journalists [[2:detained]] in Hrodna

We, the undersigned organisations, condemn the [[3:arrest]] of four journalists of the independent weekly Hrodna Vestnik during a police [[4:raid]] on the paper’s office in Hrodna on January 24. All four remain in [[5:custody]] and have been charged with “facilitating extremist activity”, which carries a penalty of up to six years in prison.

The journalists are the editor, Ales Karpovich, the reporters Yana Shestak and Dzmitry Lapko, and the photographer Inna Vyaltseva. Relatives who were allowed a brief visit said Karpovich and Vyaltseva had been [[6:beaten]] during questioning.

On December 19 the president [[7:signed]] Decree 14, which makes sharing content from media outlets listed as “extremist” punishable by up to six years in prison. Hrodna Vestnik was added to that list in 2022, but its staff kept working from the city, publishing online and through messaging channels.

In 2021 the paper’s former editor, Pavel Sinkevich, was [[8:sentenced]] to four years in a penal colony. He was [[9:released]] in August last year and [[10:left the country]] that same month.

“Journalism is not extremism,” said Lina Varnas, director of the Baltic Media Freedom Network. “These four reporters did nothing but tell their neighbours what was happening in their own city. Their families have been told nothing about when they will see them again.”

We [[11:call on]] the Belarusian authorities to:

- [[12:release]] Ales Karpovich, Yana Shestak, Dzmitry Lapko and Inna Vyaltseva immediately and unconditionally;

- investigate the reported [[13:beating]] of Ales Karpovich and Inna Vyaltseva and bring those responsible to justice;

- end the prosecution of journalists for their work and stop treating independent media as extremist organisations.

Signed: Baltic Media Freedom Network; Reporters’ Solidarity Network (Belarus Desk); Hrodna Human Rights Centre; Open Word Foundation; Nordic Journalists’ Fund; and seven other organisations.
""",
        events={
            1: dict(type="release", happened=False, count=4),
            2: dict(type="detention", place="Hrodna", country="Belarus", count=4, incident="hrodna-vestnik-raid"),
            3: dict(type="detention", date=("2024-01-24", "2024-01-24", "day"), place="Hrodna",
                    country="Belarus", count=4, incident="hrodna-vestnik-raid"),
            4: dict(type="detention", date=("2024-01-24", "2024-01-24", "day"), place="Hrodna",
                    country="Belarus", count=4, incident="hrodna-vestnik-raid"),
            5: dict(type="detention", count=4, incident="hrodna-vestnik-raid"),
            6: dict(type="torture", count=2, incident="hrodna-vestnik-raid"),
            7: dict(type="policy", date=("2023-12-19", "2023-12-19", "day"), incident="belarus-decree-14"),
            8: dict(type="imprisonment", date=("2021-01-01", "2021-12-31", "year"), count=1,
                    incident="sinkevich-case"),
            9: dict(type="release", date=("2023-08-01", "2023-08-31", "month"), incident="sinkevich-case"),
            10: dict(type="flight", date=("2023-08-01", "2023-08-31", "month"), incident="sinkevich-case"),
            11: dict(type="statement"),
            12: dict(type="release", happened=False, count=4),
            13: dict(type="torture", count=2, incident="hrodna-vestnik-raid"),
        },
    ),
    dict(
        name="005_ngo",
        outlet="Central Asia Justice Project",
        text="""
19 June 2023 Warsaw

Tajik activist who [[1:vanished]] in Moscow found in [[2:custody]] in Dushanbe

Tajik opposition supporter Sharif Nazarov, 38, [[3:went missing]] in Moscow on June 2 and was found 11 days later in [[4:custody]] in Dushanbe, the Central Asia Justice Project said today.

Nazarov, a member of the opposition Tajik Reform Front, which the government of Tajikistan labels extremist, had lived in Russia for seven years and worked on building sites. His wife, Madina, said he left their flat in the Lyublino district to buy groceries and never returned.

The group said Nazarov had been [[5:handed over]] to Tajik security officers in Moscow and flown to Dushanbe on a regular passenger flight, citing a source at the airport. His wife learned where he was only when a cousin saw him being led into a courtroom in handcuffs.

“There was no court in Moscow, no hearing, no lawyer,” said Dilnoza Rahimova, the group’s Central Asia researcher. “Russia and Tajikistan have simply stopped pretending that the rules apply to critics.”

In a separate case, Turkish police [[6:detained]] Zarina Kholova, 29, and her two children at an airport in Istanbul on May 30 and [[7:deported]] them to Dushanbe the following day, the group found. Kholova and the children had lived in Turkey for four years. Kholova’s husband, an opposition activist, was [[8:sentenced]] in absentia in Dushanbe in 2019 to 15 years in prison. Relatives say Kholova was [[9:released]] in Dushanbe after questioning by security officers, but she has been told not to leave the city.

The Central Asia Justice Project [[10:called on]] the Tajik authorities to [[11:release]] Nazarov or bring him promptly before a court. Tajik opposition supporters would face [[12:torture]] if [[13:returned]], it warned, and the Turkish authorities must not [[14:deport]] them.
""",
        events={
            1: dict(type="disappearance", place="Moscow", country="Russia", count=1, incident="nazarov-case"),
            2: dict(type="detention", place="Dushanbe", country="Tajikistan", count=1, incident="nazarov-case"),
            3: dict(type="disappearance", date=("2023-06-02", "2023-06-02", "day"), place="Moscow",
                    country="Russia", count=1, incident="nazarov-case"),
            4: dict(type="detention", date=("2023-06-13", "2023-06-13", "day"), place="Dushanbe",
                    country="Tajikistan", count=1, incident="nazarov-case"),
            5: dict(type="forced_return", place="Moscow", country="Russia", count=1, incident="nazarov-case"),
            6: dict(type="detention", date=("2023-05-30", "2023-05-30", "day"), place="Istanbul",
                    country="Turkey", count=3, incident="kholova-case"),
            7: dict(type="forced_return", date=("2023-05-31", "2023-05-31", "day"), place="Dushanbe",
                    country="Tajikistan", count=3, incident="kholova-case"),
            8: dict(type="imprisonment", date=("2019-01-01", "2019-12-31", "year"), place="Dushanbe",
                    country="Tajikistan", count=1, incident="kholova-husband-2019"),
            9: dict(type="release", place="Dushanbe", country="Tajikistan", count=1, incident="kholova-case"),
            10: dict(type="statement"),
            11: dict(type="release", happened=False, count=1),
            12: dict(type="torture", happened=False),
            13: dict(type="forced_return", happened=False),
            14: dict(type="forced_return", happened=False),
        },
    ),
    dict(
        name="006_wire",
        outlet="Pacific Wire Service",
        text="""
May 16, 2022 — Seoul

Dozens of North Koreans [[1:repatriated]] from China, activists say

Chinese authorities have [[2:sent back]] at least 48 North Koreans [[3:caught]] in Jilin province in recent weeks, among them a family of five, two South Korean activist groups said. Bridge of Hope said the family included two children under the age of ten.

The groups, Bridge of Hope and Exodus Network, said the North Koreans were [[4:handed over]] to border guards at the Tumen crossing in late April. Among those [[5:repatriated]] were a former soldier and a woman who had lived in China with her Chinese husband for 15 years, Exodus Network said.

“Those who are [[6:sent back]] are [[7:beaten]] during interrogation, and many are [[8:sent to labour camps]],” said Park Ji-won of Bridge of Hope. Park [[9:escaped]] from North Korea in 2009 and now runs a shelter in Seoul.

About 10 other North Koreans [[10:arrested]] in Shenyang in March remain in [[11:custody]] at a border guard station in Tumen, the groups said. They could be [[12:repatriated]] at any time, Park said.

A South Korean woman whose sister was among the group said she had last heard from her in February, when the sister phoned from a farm near the border. “She was so close. She told me not to worry,” the woman said, asking that her name be withheld.

Chinese officials describe such North Koreans as illegal economic migrants rather than refugees. Border controls on both sides have tightened sharply since the start of the coronavirus pandemic.

South Korea’s Unification Ministry said 14 North Koreans [[13:arrived]] in South Korea last month, among the lowest monthly figures on record.
""",
        events={
            1: dict(type="forced_return", place="China", country="China", count=12,
                    incident="jilin-repatriation-2022"),
            2: dict(type="forced_return", date=("2022-04-18", "2022-05-16", "range"), count=48,
                    incident="jilin-repatriation-2022"),
            3: dict(type="detention", date=("2022-04-18", "2022-05-16", "range"), place="Jilin province",
                    country="China", count=48, incident="jilin-repatriation-2022"),
            4: dict(type="forced_return", date=("2022-04-21", "2022-04-30", "range"), place="Tumen",
                    country="China", incident="jilin-repatriation-2022"),
            5: dict(type="forced_return", incident="jilin-repatriation-2022"),
            6: dict(type="forced_return"),
            7: dict(type="torture"),
            8: dict(type="imprisonment"),
            9: dict(type="flight", date=("2009-01-01", "2009-12-31", "year"), place="North Korea",
                    country="North Korea", count=1, incident="park-jiwon-escape-2009"),
            10: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), place="Shenyang",
                     country="China", count=10, incident="shenyang-arrests-2022"),
            11: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), place="Tumen",
                     country="China", count=10, incident="shenyang-arrests-2022"),
            12: dict(type="forced_return", happened=False),
            13: dict(type="asylum", date=("2022-04-01", "2022-04-30", "month"), place="South Korea",
                     country="South Korea", count=14),
        },
    ),
    dict(
        name="007_news",
        outlet="The Isthmus Herald",
        text="""
2023-10-02

37 political prisoners [[1:freed]] in Nicaragua and [[2:expelled]] to Guatemala

Nicaraguan authorities on Thursday [[3:released]] 37 opposition figures and [[4:expelled]] them to Guatemala, where the government had offered them temporary residence.

Among those [[5:freed]] were two Catholic priests, a student leader and the journalist Ernesto Villalta, who had been serving a 10-year prison [[6:sentence]] for “spreading false news”. Villalta, 54, founded the regional news website El Faro del Sur and was a familiar face on local television for two decades.

“I was [[7:released]] at four in the morning, put on a bus with my hands tied, and only understood what was happening when I saw the plane,” Villalta told The Isthmus Herald by telephone from Guatemala City.

On Friday the National Assembly [[8:approved]] a law stripping the 37 of their nationality and allowing the state to confiscate their property. The government described the group as traitors financed from abroad.

“My brother was not on the list. He is still in La Modelo, and we do not know if he is alive,” said Rosa Gutiérrez, whose brother Julio was [[9:arrested]] in Masaya in September last year. The family [[10:lost contact]] with him in March, when prison visits were suspended, she said.

More than 300 people were [[11:killed]] when police and armed government supporters crushed protests across Nicaragua in 2018. Church leaders, journalists and former allies of the government have since been targeted, and dozens of independent organisations have had their legal status revoked. The United States and the European Union have imposed sanctions on dozens of Nicaraguan officials.

Photo: [[12:Freed]] prisoners [[13:arrive]] at La Aurora airport in Guatemala City on Thursday.
""",
        events={
            1: dict(type="release", place="Nicaragua", country="Nicaragua", count=37,
                    incident="nicaragua-expulsion-2023"),
            2: dict(type="forced_return", place="Guatemala", country="Guatemala", count=37,
                    incident="nicaragua-expulsion-2023"),
            3: dict(type="release", date=("2023-09-28", "2023-09-28", "day"), count=37,
                    incident="nicaragua-expulsion-2023"),
            4: dict(type="forced_return", date=("2023-09-28", "2023-09-28", "day"), place="Guatemala",
                    country="Guatemala", count=37, incident="nicaragua-expulsion-2023"),
            5: dict(type="release", incident="nicaragua-expulsion-2023"),
            6: dict(type="imprisonment", count=1, incident="nicaragua-expulsion-2023"),
            7: dict(type="release", count=1, incident="nicaragua-expulsion-2023"),
            8: dict(type="policy", date=("2023-09-29", "2023-09-29", "day"), incident="nicaragua-nationality-law"),
            9: dict(type="detention", date=("2022-09-01", "2022-09-30", "month"), place="Masaya",
                    country="Nicaragua", count=1, incident="gutierrez-case"),
            10: dict(type="disappearance", date=("2023-03-01", "2023-03-31", "month"), incident="gutierrez-case"),
            11: dict(type="killing", date=("2018-01-01", "2018-12-31", "year"), place="Nicaragua",
                     country="Nicaragua", count=300, incident="nicaragua-protests-2018"),
            12: dict(type="release", date=("2023-09-28", "2023-09-28", "day"), incident="nicaragua-expulsion-2023"),
            13: dict(type="asylum", date=("2023-09-28", "2023-09-28", "day"), place="Guatemala City",
                     country="Guatemala", incident="nicaragua-expulsion-2023"),
        },
    ),
    dict(
        name="008_ngo",
        outlet="Mekong Rights Coalition",
        text="""
15 April 2024 Bangkok

Land rights blogger [[1:jailed]] for eight years after closed trial in Nghe An

A court in Vietnam’s Nghe An province on Thursday [[2:sentenced]] land rights blogger Tran Van Hoa to eight years in prison for “making, storing and spreading propaganda against the state”, the Mekong Rights Coalition said. His family was barred from the half-day trial, and his lawyer saw the case file only shortly before it opened.

Hoa, 52, was [[3:arrested]] at his home in Vinh in March last year. He had posted videos that showed police [[4:beating]] farmers who refused to leave their land in Hung Nguyen district.

During his pretrial [[5:detention]] Hoa was allowed no family visits, and he told his lawyer that guards had [[6:beaten]] him twice in the first weeks.

His wife, who asked to be identified by her initials, N.T.L., said police [[7:detained]] her for several hours after the verdict when she tried to speak to reporters outside the courthouse in Vinh. She was [[8:released]] without charge.

The coalition’s database lists at least 160 people serving prison terms in Vietnam for peaceful expression, most of them on charges of propaganda or “abusing democratic freedoms”.

In a separate case, police in Thai Binh province [[9:arrested]] Facebook user Le Thi Mai, 27, and her younger brother on April 2. Their [[10:whereabouts remain unknown]], their mother said.

“I went to the police station every day for a week. They told me my children were not there,” said the mother, Pham Thi Thu.

The Mekong Rights Coalition [[11:calls on]] the Vietnamese authorities to quash Hoa’s [[12:conviction]], [[13:release]] him immediately and disclose where Le Thi Mai and her brother are being [[14:detained]].
""",
        events={
            1: dict(type="imprisonment", place="Nghe An", country="Vietnam", count=1, incident="tran-van-hoa"),
            2: dict(type="imprisonment", date=("2024-04-11", "2024-04-11", "day"), place="Nghe An province",
                    country="Vietnam", count=1, incident="tran-van-hoa"),
            3: dict(type="detention", date=("2023-03-01", "2023-03-31", "month"), place="Vinh",
                    country="Vietnam", count=1, incident="tran-van-hoa"),
            4: dict(type="torture", place="Hung Nguyen district", country="Vietnam",
                    incident="hung-nguyen-beatings"),
            5: dict(type="detention", count=1, incident="tran-van-hoa"),
            6: dict(type="torture", count=1, incident="tran-van-hoa"),
            7: dict(type="detention", place="Vinh", country="Vietnam", count=1, incident="ntl-detention"),
            8: dict(type="release", incident="ntl-detention"),
            9: dict(type="detention", date=("2024-04-02", "2024-04-02", "day"), place="Thai Binh province",
                    country="Vietnam", count=2, incident="le-thi-mai"),
            10: dict(type="disappearance", incident="le-thi-mai"),
            11: dict(type="statement"),
            12: dict(type="imprisonment", count=1, incident="tran-van-hoa"),
            13: dict(type="release", happened=False, count=1),
            14: dict(type="detention", count=2, incident="le-thi-mai"),
        },
    ),
    dict(
        name="009_wire",
        outlet="Straits Newswire",
        text="""
July 22, 2024 — Kuala Lumpur

114 Myanmar nationals [[1:deported]] from Malaysia despite warnings

Malaysian immigration authorities [[2:deported]] 114 Myanmar nationals, among them 12 women and three children, from the naval base at Lumut on Wednesday, the immigration department said. The group was [[3:handed over]] to Myanmar navy officers on two ships, the department said in a statement. Lumut, on the west coast of peninsular Malaysia, is home to the country’s main naval base, and officials did not say how many of those on board were registered with the UN refugee agency.

Rights groups had warned that some of those on the list were young men avoiding conscription who could be punished as soon as they set foot in Myanmar.

“My son Zaw Min Htet [[4:fled]] Myanmar in 2022 so he would not be forced to fight,” said his mother, who lives in Penang and asked that her name not be used. “If they [[5:arrest]] him at the airport, he will [[6:disappear]].” Her son was among those [[7:deported]] on Wednesday, she said.

A Myanmar man [[8:died]] of a fever at an immigration depot in Kuala Lumpur in May while awaiting [[9:deportation]], according to the Malaysian rights group Suara Rakyat Asia. It was the second [[10:death]] in immigration [[11:custody]] this year, the group said.

Malaysia has not signed the 1951 Refugee Convention, and refugees there have no legal status. More than 100,000 people from Myanmar are registered with the UN refugee agency in the country, and many more are not.

In October 2022, Malaysian authorities [[12:deported]] about 150 Myanmar nationals from Kuala Lumpur, and six former navy officers among them were [[13:arrested]] when they landed in Yangon.
""",
        events={
            1: dict(type="forced_return", place="Malaysia", country="Malaysia", count=114,
                    incident="lumut-deportation-2024"),
            2: dict(type="forced_return", date=("2024-07-17", "2024-07-17", "day"), place="Lumut",
                    country="Malaysia", count=114, incident="lumut-deportation-2024"),
            3: dict(type="forced_return", incident="lumut-deportation-2024"),
            4: dict(type="flight", date=("2022-01-01", "2022-12-31", "year"), place="Myanmar",
                    country="Myanmar", count=1, incident="zaw-min-htet-flight-2022"),
            5: dict(type="detention", happened=False),
            6: dict(type="disappearance", happened=False),
            7: dict(type="forced_return", date=("2024-07-17", "2024-07-17", "day"),
                    incident="lumut-deportation-2024"),
            8: dict(type="death", date=("2024-05-01", "2024-05-31", "month"), place="Kuala Lumpur",
                    country="Malaysia", count=1, incident="kl-depot-death-2024"),
            9: dict(type="forced_return", happened=False, date=("2024-05-01", "2024-05-31", "month"), count=1),
            10: dict(type="death", date=("2024-01-01", "2024-12-31", "year"), incident="kl-depot-death-2024"),
            11: dict(type="detention", date=("2024-01-01", "2024-12-31", "year"), incident="kl-depot-death-2024"),
            12: dict(type="forced_return", date=("2022-10-01", "2022-10-31", "month"), place="Kuala Lumpur",
                     country="Malaysia", count=150, incident="malaysia-deportation-2022"),
            13: dict(type="detention", date=("2022-10-01", "2022-10-31", "month"), place="Yangon",
                     country="Myanmar", count=6, incident="malaysia-deportation-2022"),
        },
    ),
    dict(
        name="010_news",
        outlet="The Zagros Review",
        text="""
January 30, 2023 — Erbil

Kurdish labour activist [[1:executed]] in Iran despite international outcry

Iranian authorities [[2:executed]] Kurdish labour activist Farhad Zandi, 36, in Urmia central prison at dawn on Saturday, his lawyer said. A revolutionary court in Urmia had [[3:sentenced]] him to death in June last year for “armed rebellion against the state” after a trial that lasted less than an hour.

Zandi was [[4:detained]] at a bus station in Piranshahr in April 2021, after he helped organise a strike at a brick factory. A father of two, he had worked at the factory since he was 17 and became a spokesman for its workers after wages went unpaid for five months. His family [[5:lost contact]] with him for 40 days after his [[6:arrest]], his sister said.

“They [[7:tortured]] him until he confessed to things he never did,” his sister, Leila Zandi, told The Zagros Review. “My brother asked for better wages. That was his crime.” His lawyer said he was not allowed to call any witnesses and learned of the final decision only from a prison guard.

On Sunday, security forces [[8:arrested]] Zandi’s father and two of his brothers at the gates of Urmia central prison when they came to collect his body, and later [[9:released]] the father. The authorities have refused to hand over the body, the family said.

Zandi’s cousin, Omid Zandi, [[10:died]] in [[11:custody]] in Mahabad in 2019, days after being [[12:arrested]] at a protest against fuel price rises.

At least 540 people were [[13:executed]] in Iran in 2022, according to the Norway-based group Iran Rights Monitor.

Photo: Farhad Zandi in an undated family photograph. He was [[14:executed]] on Saturday.
""",
        events={
            1: dict(type="killing", place="Iran", country="Iran", count=1, incident="zandi-case"),
            2: dict(type="killing", date=("2023-01-28", "2023-01-28", "day"), place="Urmia", country="Iran",
                    count=1, incident="zandi-case"),
            3: dict(type="imprisonment", date=("2022-06-01", "2022-06-30", "month"), place="Urmia",
                    country="Iran", incident="zandi-case"),
            4: dict(type="detention", date=("2021-04-01", "2021-04-30", "month"), place="Piranshahr",
                    country="Iran", count=1, incident="zandi-case"),
            5: dict(type="disappearance", incident="zandi-case"),
            6: dict(type="detention", incident="zandi-case"),
            7: dict(type="torture", incident="zandi-case"),
            8: dict(type="detention", date=("2023-01-29", "2023-01-29", "day"), place="Urmia", country="Iran",
                    count=3, incident="zandi-family-arrests"),
            9: dict(type="release", date=("2023-01-29", "2023-01-29", "day"), count=1,
                    incident="zandi-family-arrests"),
            10: dict(type="death", date=("2019-01-01", "2019-12-31", "year"), place="Mahabad", country="Iran",
                     count=1, incident="omid-zandi-2019"),
            11: dict(type="detention", date=("2019-01-01", "2019-12-31", "year"), place="Mahabad",
                     country="Iran", count=1, incident="omid-zandi-2019"),
            12: dict(type="detention", date=("2019-01-01", "2019-12-31", "year"), count=1,
                     incident="omid-zandi-2019"),
            13: dict(type="killing", date=("2022-01-01", "2022-12-31", "year"), place="Iran", country="Iran",
                     count=540),
            14: dict(type="killing", date=("2023-01-28", "2023-01-28", "day"), incident="zandi-case"),
        },
    ),
    dict(
        name="011_wire",
        outlet="Asia Pacific Newswire",
        text="""
October 14, 2024 — Bangkok

Hmong pastor [[1:dies]] in Lao police [[2:custody]] after church [[3:raid]]

A Hmong Christian pastor [[4:died]] in police [[5:custody]] in northern Laos on Friday, a church leader and a Bangkok-based rights monitor said.

Police [[6:detained]] the pastor, Tong Pao Yang, 58, and 11 members of his congregation during a prayer service in the village of Ban Houay Lek in Luang Namtha province on October 6, the church leader said. Officers [[7:released]] eight of them two days later after they signed pledges to renounce Christianity, he said, speaking on condition of anonymity for fear of reprisals.

The other four, including the pastor, remained in [[8:custody]] at the district police station in Nalae. Ban Houay Lek lies about 60 kilometres from the Chinese border and can be reached only by a dirt road during the rainy season.

“When we brought him food on Thursday he could not stand. He said they had [[9:beaten]] him on the legs with a stick,” the church leader said.

A police officer reached by telephone said the pastor had suffered from a heart condition and declined to comment further.

Religious groups must register with the authorities under a [[10:decree]] issued in 2019. Laos is a one-party state, and rights groups say members of its small Christian minority face harassment in rural areas, especially among the Hmong.

In an unrelated case in 2019, a court in Luang Prabang [[11:sentenced]] three Hmong men to 12 years in prison for “undermining national unity” after they complained online about land seizures.

The rights monitor, Mekong Faith Monitor, [[12:urged]] the Lao authorities to [[13:release]] the three remaining detainees and to allow an independent autopsy.
""",
        events={
            1: dict(type="death", count=1, incident="nalae-church-raid"),
            2: dict(type="detention", count=1, incident="nalae-church-raid"),
            3: dict(type="detention", incident="nalae-church-raid"),
            4: dict(type="death", date=("2024-10-11", "2024-10-11", "day"), place="Laos", country="Laos",
                    count=1, incident="nalae-church-raid"),
            5: dict(type="detention", date=("2024-10-11", "2024-10-11", "day"), place="Laos", country="Laos",
                    count=1, incident="nalae-church-raid"),
            6: dict(type="detention", date=("2024-10-06", "2024-10-06", "day"), place="Ban Houay Lek",
                    country="Laos", count=12, incident="nalae-church-raid"),
            7: dict(type="release", date=("2024-10-08", "2024-10-08", "day"), count=8,
                    incident="nalae-church-raid"),
            8: dict(type="detention", place="Nalae", country="Laos", count=4, incident="nalae-church-raid"),
            9: dict(type="torture", incident="nalae-church-raid"),
            10: dict(type="policy", date=("2019-01-01", "2019-12-31", "year"), incident="laos-religion-decree-2019"),
            11: dict(type="imprisonment", date=("2019-01-01", "2019-12-31", "year"), place="Luang Prabang",
                     country="Laos", count=3, incident="luang-prabang-2019"),
            12: dict(type="statement"),
            13: dict(type="release", happened=False, count=3),
        },
    ),
    dict(
        name="012_news",
        outlet="Bosphorus Daily",
        text="""
October 16, 2024 — Van

Seven Iranian Kurds [[1:deported]] from Van, one [[2:arrested]] in Iran

Turkish police [[3:detained]] seven Iranian Kurdish asylum seekers, among them a woman and her teenage son, in the eastern city of Van last Wednesday and [[4:deported]] them to Iran on Saturday, lawyers and relatives said.

The group was [[5:handed over]] to Iranian border guards at the Kapıköy crossing, about 100 kilometres east of Van, said their lawyer, Mehmet Aslan. Aslan said all seven had applied for international protection and that their [[6:deportation]] while the applications were pending breached Turkey’s own asylum rules.

One of them, Soran Piri, 31, was [[7:arrested]] by Iranian intelligence officers on the Iranian side of the border, according to his brother, who lives in Germany.

“Soran was [[8:tortured]] in prison in Mahabad for joining protests. He [[9:fled]] to Turkey last year to save his life,” said the brother, Karwan Piri. “Now they have him again.”

Turkey’s interior ministry did not respond to a request for comment. Relatives in Van said the woman and her son had lived in the city for two years and that the boy attended a local school.

The case has revived memories of the [[10:killing]] of the Iranian dissident journalist Ashkan Rezaei, who was [[11:shot dead]] outside his home in Istanbul in November 2021. Turkish prosecutors later charged two Iranian nationals with his [[12:murder]].

Van, close to the Iranian border, is home to thousands of Iranians who have applied for protection in Turkey, many of them Kurds, Baha’is and converts to Christianity.

Photo: The Kapıköy border gate between Turkey and Iran, where the group was [[13:handed over]] on Saturday.
""",
        events={
            1: dict(type="forced_return", place="Van", country="Turkey", count=7, incident="van-iranian-kurds"),
            2: dict(type="detention", place="Iran", country="Iran", count=1, incident="van-iranian-kurds"),
            3: dict(type="detention", date=("2024-10-09", "2024-10-09", "day"), place="Van", country="Turkey",
                    count=7, incident="van-iranian-kurds"),
            4: dict(type="forced_return", date=("2024-10-12", "2024-10-12", "day"), place="Iran",
                    country="Iran", count=7, incident="van-iranian-kurds"),
            5: dict(type="forced_return", place="Kapıköy", country="Turkey", incident="van-iranian-kurds"),
            6: dict(type="forced_return", count=7, incident="van-iranian-kurds"),
            7: dict(type="detention", count=1, incident="van-iranian-kurds"),
            8: dict(type="torture", place="Mahabad", country="Iran", count=1, incident="piri-earlier-case"),
            9: dict(type="flight", date=("2023-01-01", "2023-12-31", "year"), place="Turkey", country="Turkey",
                    incident="piri-earlier-case"),
            10: dict(type="killing", date=("2021-11-01", "2021-11-30", "month"), place="Istanbul",
                     country="Turkey", count=1, incident="rezaei-killing-2021"),
            11: dict(type="killing", date=("2021-11-01", "2021-11-30", "month"), place="Istanbul",
                     country="Turkey", count=1, incident="rezaei-killing-2021"),
            12: dict(type="killing", incident="rezaei-killing-2021"),
            13: dict(type="forced_return", date=("2024-10-12", "2024-10-12", "day"), place="Kapıköy",
                     country="Turkey", incident="van-iranian-kurds"),
        },
    ),
    dict(
        name="013_statement",
        outlet="Mekong Faith Monitor, Asia Religious Freedom Forum and five other organisations",
        text="""
18 October 2024 Bangkok

Joint statement on the [[1:death]] of Hmong pastor Tong Pao Yang in police [[2:custody]] in Laos

We, the undersigned organisations, are appalled by the [[3:death]] in [[4:custody]] of Tong Pao Yang, a 58-year-old Hmong pastor, on 11 October, five days after Lao police [[5:detained]] him and 13 members of his congregation during a prayer service in Ban Houay Lek, Luang Namtha province. The pastor is survived by his wife and seven children.

Police [[6:released]] ten of the 14 on 8 October after they signed pledges to renounce Christianity. Relatives who visited the pastor at the district police station in Nalae on 10 October said he could not stand. He told them that officers had [[7:beaten]] him on the legs with sticks.

The authorities have attributed his [[8:death]] to a heart condition. Three members of the congregation remain in [[9:custody]] in Nalae without charge.

The case recalls the [[10:disappearance]] in Vientiane in December 2019 of the democracy activist Khamsone Vilay, whose [[11:whereabouts remain unknown]].

Christians make up a small minority in Laos, and house churches in the northern provinces have long reported pressure from local officials to give up their faith.

We [[12:call on]] the Lao authorities to:

- [[13:release]] the three remaining members of the congregation immediately and unconditionally;

- allow an independent autopsy and an impartial investigation, with the results made public;

- amend the 2019 [[14:decree]] on religious practice so that congregations can worship without registering.

Signed: Mekong Faith Monitor; Asia Religious Freedom Forum; Lao Diaspora Rights Network; Christian Solidarity Mekong; Southeast Asia Church Watch; and two other organisations.
""",
        events={
            1: dict(type="death", place="Laos", country="Laos", count=1, incident="nalae-church-raid"),
            2: dict(type="detention", place="Laos", country="Laos", count=1, incident="nalae-church-raid"),
            3: dict(type="death", date=("2024-10-11", "2024-10-11", "day"), count=1, incident="nalae-church-raid"),
            4: dict(type="detention", date=("2024-10-11", "2024-10-11", "day"), count=1,
                    incident="nalae-church-raid"),
            5: dict(type="detention", date=("2024-10-06", "2024-10-06", "day"), place="Ban Houay Lek",
                    country="Laos", count=14, incident="nalae-church-raid"),
            6: dict(type="release", date=("2024-10-08", "2024-10-08", "day"), count=10,
                    incident="nalae-church-raid"),
            7: dict(type="torture", incident="nalae-church-raid"),
            8: dict(type="death", incident="nalae-church-raid"),
            9: dict(type="detention", place="Nalae", country="Laos", count=3, incident="nalae-church-raid"),
            10: dict(type="disappearance", date=("2019-12-01", "2019-12-31", "month"), place="Vientiane",
                     country="Laos", count=1, incident="khamsone-vilay-2019"),
            11: dict(type="disappearance", date=("2019-12-01", "2019-12-31", "month"), place="Vientiane",
                     country="Laos", count=1, incident="khamsone-vilay-2019"),
            12: dict(type="statement"),
            13: dict(type="release", happened=False, count=3),
            14: dict(type="policy", date=("2019-01-01", "2019-12-31", "year"), incident="laos-religion-decree-2019"),
        },
    ),
    dict(
        name="014_ngo",
        outlet="Refugee Route Monitor",
        text="""
21 October 2024 London

Six Iranian Kurdish asylum seekers [[1:deported]] from Turkey; one [[2:detained]] in Iran

Turkish police [[3:detained]] six Iranian Kurdish asylum seekers in Van on 9 October and [[4:deported]] them to Iran three days later, the Refugee Route Monitor said today. The six were [[5:handed over]] to Iranian border guards at the Kapıköy crossing on 12 October, although all had applied for international protection.

One of them, Soran Piri, 31, was [[6:arrested]] by Iranian intelligence officers on the Iranian side of the border. Last week his family learned that he is in [[7:custody]] in Urmia.

“Soran was [[8:tortured]] in prison in Mahabad for joining protests. He [[9:fled]] to Turkey last year to save his life,” his brother, Karwan Piri, told the Refugee Route Monitor.

The group, which interviewed relatives of four of the deportees, said the others included a 45-year-old woman and her 16-year-old son. Turkish rules protect applicants for international protection while their claims are being examined. Van is the main entry point for Iranians seeking protection in Turkey, and local lawyers say they are struggling to keep up with the number of cases.

In 2022, the Turkish authorities [[10:deported]] Iranian blogger Hamed Kiani from Istanbul, and a court in Tabriz [[11:sentenced]] him to five years in prison the following year.

“Turkey is [[12:sending back]] people whose only crime was to speak out,” said the group’s director, Helen Marsh. “Every one of these cases was foreseeable, and every one was ignored.”

The Refugee Route Monitor [[13:called on]] the Iranian authorities to [[14:release]] Soran Piri or charge him with a recognisable offence.
""",
        events={
            1: dict(type="forced_return", place="Turkey", country="Turkey", count=6, incident="van-iranian-kurds"),
            2: dict(type="detention", place="Iran", country="Iran", count=1, incident="van-iranian-kurds"),
            3: dict(type="detention", date=("2024-10-09", "2024-10-09", "day"), place="Van", country="Turkey",
                    count=6, incident="van-iranian-kurds"),
            4: dict(type="forced_return", date=("2024-10-12", "2024-10-12", "day"), place="Iran",
                    country="Iran", count=6, incident="van-iranian-kurds"),
            5: dict(type="forced_return", date=("2024-10-12", "2024-10-12", "day"), place="Kapıköy",
                    country="Turkey", count=6, incident="van-iranian-kurds"),
            6: dict(type="detention", count=1, incident="van-iranian-kurds"),
            7: dict(type="detention", date=("2024-10-14", "2024-10-20", "range"), place="Urmia", country="Iran",
                    incident="van-iranian-kurds"),
            8: dict(type="torture", place="Mahabad", country="Iran", count=1, incident="piri-earlier-case"),
            9: dict(type="flight", date=("2023-01-01", "2023-12-31", "year"), place="Turkey", country="Turkey",
                    incident="piri-earlier-case"),
            10: dict(type="forced_return", date=("2022-01-01", "2022-12-31", "year"), place="Istanbul",
                     country="Turkey", count=1, incident="kiani-case"),
            11: dict(type="imprisonment", date=("2023-01-01", "2023-12-31", "year"), place="Tabriz",
                     country="Iran", count=1, incident="kiani-case"),
            12: dict(type="forced_return"),
            13: dict(type="statement"),
            14: dict(type="release", happened=False, count=1),
        },
    ),
]
