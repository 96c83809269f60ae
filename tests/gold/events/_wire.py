# ruff: noqa: E501
"""Wire-agency copy (012_wire … 022_wire): short paragraphs, attribution in every paragraph.

Everything here is invented (people, organisations, outlets, quotations, events); only the
places are real. 013_wire and 017_wire are a deliberate pair (first report and follow-up on the
same case, incidents ``wire-sok-vanna-2023`` and its background ``wire-sok-vanna-2018-case``).
"""

DOCS = [
    dict(
        name="012_wire",
        outlet="Levant Press Service",
        text="""
August 17, 2021 — Mersin

Two migrants [[1:die]], four [[2:missing]] as boat intercepted off Turkey’s Mersin

MERSIN, Turkey (Levant Press Service) – Turkish coast guard boats intercepted a wooden fishing vessel carrying 57 people off Mersin province on Sunday, and 51 of them were [[3:detained]] once they were brought ashore, the provincial governor’s office said.

Two men [[4:died]] before the coast guard reached the vessel and four other passengers [[5:went missing]] in the water, the office said in a written statement.

The passengers, most of them Syrians, told officers they had [[6:left]] Syria from a beach near the port of Tartus on Friday night, according to the statement.

A coast guard official, who asked not to be named because he was not authorised to speak to reporters, said the boat’s engine had failed and it had drifted for more than a day before a fishing crew raised the alarm.

The [[7:detained]] migrants were taken to a removal centre in the province, where migration officials will decide whether they can apply for protection, the governor’s office said.

“People who have just survived a shipwreck must not be [[8:sent back]] to a country where they face [[9:torture]] or conscription,” said Elif Karaman, a lawyer with the Istanbul-based Refugee Solidarity Platform.

The platform [[10:urged]] the governor’s office to let lawyers visit the centre and to give every passenger access to asylum procedures.

A spokesman for the provincial migration directorate said all procedures would follow Turkish law and that nobody would be [[11:deported]] while an application was pending.

Turkey hosts about 3.7 million Syrians under temporary protection, according to government figures. Officials say more than 450,000 have gone back voluntarily to areas of northern Syria controlled by Turkey and allied groups.

The interior ministry said in July that coast guard units had [[12:apprehended]] more than 28,000 irregular migrants at sea this year.

In July last year, eight people, including three children, [[13:died]] when a boat carrying migrants sank off the coast of Muğla province, the ministry said at the time.
""",
        events={
            1: dict(type="death", place="Mersin", country="Turkey", count=2, incident="wire-mersin-boat"),
            2: dict(type="disappearance", place="Mersin", country="Turkey", count=4, incident="wire-mersin-boat"),
            3: dict(type="detention", date=("2021-08-15", "2021-08-15", "day"), place="Mersin province",
                    country="Turkey", count=51, incident="wire-mersin-boat"),
            4: dict(type="death", count=2, incident="wire-mersin-boat"),
            5: dict(type="disappearance", count=4, incident="wire-mersin-boat"),
            6: dict(type="flight", date=("2021-08-13", "2021-08-13", "day"), place="Tartus", country="Syria",
                    incident="wire-mersin-boat"),
            7: dict(type="detention", incident="wire-mersin-boat"),
            8: dict(type="forced_return", happened=False),
            9: dict(type="torture", happened=False),
            10: dict(type="statement"),
            11: dict(type="forced_return", happened=False),
            12: dict(type="detention", date=("2021-01-01", "2021-12-31", "year"), count=28000),
            13: dict(type="death", date=("2020-07-01", "2020-07-31", "month"), place="Muğla province",
                     country="Turkey", count=8, incident="wire-mugla-sinking-2020"),
        },
    ),
    dict(
        name="013_wire",
        outlet="Meridian Wire Service",
        text="""
March 9, 2023 — Bangkok

Thai police [[1:detain]] Cambodian activist couple; rights groups fear [[2:deportation]]

BANGKOK (Meridian Wire Service) – Thai immigration police [[3:arrested]] two Cambodians, an opposition activist and his wife, at their apartment in Bangkok’s Bang Kapi district on Tuesday, the couple’s lawyer and a rights group said.

Sok Vanna, 41, a former provincial organiser for the opposition Khmer National Alliance, [[4:fled]] Cambodia in 2019, according to the Bangkok-based group Mekong Rights Monitor.

A court in Phnom Penh had [[5:sentenced]] him in absentia a year earlier to seven years in prison for incitement, the group said.

Police Lieutenant Colonel Anurak Sriwong, a spokesman for the Immigration Bureau, confirmed that the two were in [[6:custody]] at the bureau’s detention centre in Sathorn district and said they had overstayed their visas.

“Their case will be handled strictly according to Thai law,” Anurak said, declining to say whether the couple would be [[7:deported]].

Kanya Thongdee, the couple’s lawyer, said both hold UN refugee cards and had been waiting for [[8:resettlement]] to a third country.

“If they are [[9:sent back]], he will be [[10:jailed]] the moment he lands,” Kanya told Meridian by phone. “His wife could be [[11:arrested]] too.”

Mekong Rights Monitor [[12:urged]] Thai authorities to [[13:free]] the two and to grant them [[14:safe passage]] to a third country.

“Thailand has a choice: protect people who came here for safety, or act as a delivery service for neighbouring governments,” said the group’s director, Pimchanok Rattana.

The group says Thailand has repeatedly [[15:handed over]] dissidents to neighbouring states. In November 2022, Thai police [[16:handed over]] two Lao activists to the authorities in Vientiane, the capital of Laos, according to the group.

The [[17:whereabouts]] of one of them, Bounmy Keo, remain unknown, the group said.

Cambodia’s government spokesman, Phay Sovann, said Sok Vanna was “a [[18:convicted]] criminal, not a politician.”

“Thailand knows what to do with fugitives,” he told reporters in Phnom Penh.

Thailand’s foreign ministry said in a statement that the kingdom “does not [[19:return]] anyone to a place where they would face danger.”
""",
        events={
            1: dict(type="detention", count=2, incident="wire-sok-vanna-2023"),
            2: dict(type="forced_return", happened=False, count=2),
            3: dict(type="detention", date=("2023-03-07", "2023-03-07", "day"), place="Bang Kapi district",
                    country="Thailand", count=2, incident="wire-sok-vanna-2023"),
            4: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"), place="Cambodia", country="Cambodia",
                    count=1, incident="wire-sok-vanna-2018-case"),
            5: dict(type="imprisonment", date=("2018-01-01", "2018-12-31", "year"), place="Phnom Penh",
                    country="Cambodia", incident="wire-sok-vanna-2018-case"),
            6: dict(type="detention", place="Sathorn district", country="Thailand", count=2,
                    incident="wire-sok-vanna-2023"),
            7: dict(type="forced_return", happened=False, count=2),
            8: dict(type="asylum", happened=False, count=2),
            9: dict(type="forced_return", happened=False),
            10: dict(type="imprisonment", happened=False),
            11: dict(type="detention", happened=False, count=1),
            12: dict(type="statement"),
            13: dict(type="release", happened=False, count=2),
            14: dict(type="asylum", happened=False, count=2),
            15: dict(type="forced_return"),
            16: dict(type="forced_return", date=("2022-11-01", "2022-11-30", "month"), place="Vientiane",
                     country="Laos", count=2, incident="wire-lao-activists-2022"),
            17: dict(type="disappearance", count=1, incident="wire-lao-activists-2022"),
            18: dict(type="imprisonment", count=1, incident="wire-sok-vanna-2018-case"),
            19: dict(type="forced_return", happened=False),
        },
    ),
    dict(
        name="014_wire",
        outlet="Orient Press Agency",
        text="""
June 20, 2019 — Dubai

Iran [[1:hangs]] three men in Shiraz, one [[2:arrested]] at 17, rights groups say

DUBAI (Orient Press Agency) – Iran [[3:executed]] three men at Adelabad prison in the southern city of Shiraz on Wednesday, including one who was 17 at the time of his alleged crime, two rights groups said.

The men had been [[4:convicted]] in separate criminal cases, said Iran Justice Watch, a group based in Oslo.

One of them, Amir Hosseinzadeh, was [[5:arrested]] in Shiraz in 2014, days after a fight in which a 20-year-old man was [[6:stabbed to death]], the group said.

His family said he had been [[7:beaten]] by interrogators until he confessed, and that a court had ignored his retraction, according to the group.

“Iran has [[8:hanged]] a man for something he is said to have done as a child, in flagrant breach of its international obligations,” said Kaveh Rostami, the group’s director.

A second group, the Iran Rights Collective, said the other two men were Afghan nationals and that their families had not been told of the [[9:executions]] in advance.

The provincial judiciary said in a statement that the three had received “the punishment set by law” after the victims’ families [[10:demanded]] retribution, and that all three men were adults when they were [[11:sentenced]].

The statement did not comment on Hosseinzadeh’s age at the time of his [[12:arrest]].

Iran Justice Watch [[13:urged]] the authorities to stop using the death penalty against people who were under 18 at the time of the offence. At least 90 juvenile offenders are on death row in Iran, the group estimates.

Iran [[14:executed]] at least 250 people last year, more than any other country except China, according to the group’s annual report.

In January, authorities in Kermanshah [[15:hanged]] a man who was 16 at the time of his alleged offence, the group said.
""",
        events={
            1: dict(type="killing", place="Shiraz", country="Iran", count=3, incident="wire-shiraz-executions"),
            2: dict(type="detention", place="Shiraz", country="Iran", count=1, incident="wire-shiraz-executions"),
            3: dict(type="killing", date=("2019-06-19", "2019-06-19", "day"), place="Adelabad prison",
                    country="Iran", count=3, incident="wire-shiraz-executions"),
            4: dict(type="imprisonment", incident="wire-shiraz-executions"),
            5: dict(type="detention", date=("2014-01-01", "2014-12-31", "year"), place="Shiraz", country="Iran",
                    count=1, incident="wire-shiraz-executions"),
            6: dict(type="killing", date=("2014-01-01", "2014-12-31", "year"), count=1,
                    incident="wire-shiraz-2014-stabbing"),
            7: dict(type="torture", incident="wire-shiraz-executions"),
            8: dict(type="killing", count=1, incident="wire-shiraz-executions"),
            9: dict(type="killing", count=2, incident="wire-shiraz-executions"),
            10: dict(type="statement"),
            11: dict(type="imprisonment", count=3, incident="wire-shiraz-executions"),
            12: dict(type="detention", count=1, incident="wire-shiraz-executions"),
            13: dict(type="statement"),
            14: dict(type="killing", date=("2018-01-01", "2018-12-31", "year"), place="Iran", country="Iran",
                     count=250),
            15: dict(type="killing", date=("2019-01-01", "2019-01-31", "month"), place="Kermanshah",
                     country="Iran", count=1, incident="wire-kermanshah-execution-2019"),
        },
    ),
    dict(
        name="015_wire",
        outlet="Atlas News Agency",
        text="""
February 5, 2020 — Cairo

Egyptian court [[1:jails]] video blogger for five years; two reporters [[2:freed]]

CAIRO (Atlas News Agency) – A criminal court in Cairo on Tuesday [[3:sentenced]] video blogger Karim Fathy to five years in prison for spreading false news, his lawyer said.

Fathy, 29, was [[4:arrested]] at his family’s home in Alexandria in May last year after posting videos that mocked rising food prices, according to the lawyer, Mona Abdelrahman.

Abdelrahman said Fathy told the court he had been [[5:beaten]] and denied family visits during his first weeks in [[6:custody]].

“Karim did nothing but talk about the price of bread. The verdict was expected, but it is still a shock,” she told Atlas by phone. She said he would appeal.

Separately, two reporters for the independent news website Al-Masar were [[7:released]] on bail late on Monday, their editor said.

The two had been in pretrial [[8:detention]] since early September, said Hisham Saber, the website’s editor-in-chief.

Police [[9:arrested]] them at the website’s office in Cairo’s Dokki district and confiscated their phones, he said.

“We are relieved, but their [[10:detention]] was unjust from the first day,” Saber said.

Egypt’s State Information Service did not respond to a request for comment. Officials have long said there are no political prisoners in Egypt and that everyone in prison has been [[11:convicted]] by an independent court.

The Press Freedom Network, a Paris-based group, [[12:called for]] the [[13:release]] of all 22 journalists it says are [[14:jailed]] in Egypt, including Fathy.

Lawyers say prosecutors often add [[15:detained]] critics to new cases on the day they are due to be [[16:freed]], a practice known as “rotation” that can keep people behind bars for years.

Rights groups estimate that about 60,000 people are in [[17:detention]] in Egypt on political grounds. The government rejects that figure.
""",
        events={
            1: dict(type="imprisonment", count=1, incident="wire-karim-fathy"),
            2: dict(type="release", count=2, incident="wire-al-masar-reporters"),
            3: dict(type="imprisonment", date=("2020-02-04", "2020-02-04", "day"), place="Cairo", country="Egypt",
                    count=1, incident="wire-karim-fathy"),
            4: dict(type="detention", date=("2019-05-01", "2019-05-31", "month"), place="Alexandria",
                    country="Egypt", count=1, incident="wire-karim-fathy"),
            5: dict(type="torture", count=1, incident="wire-karim-fathy"),
            6: dict(type="detention", count=1, incident="wire-karim-fathy"),
            7: dict(type="release", date=("2020-02-03", "2020-02-03", "day"), count=2,
                    incident="wire-al-masar-reporters"),
            8: dict(type="detention", date=("2019-09-01", "2019-09-10", "range"), count=2,
                    incident="wire-al-masar-reporters"),
            9: dict(type="detention", place="Dokki district", country="Egypt", incident="wire-al-masar-reporters"),
            10: dict(type="detention", incident="wire-al-masar-reporters"),
            11: dict(type="imprisonment", place="Egypt", country="Egypt"),
            12: dict(type="statement"),
            13: dict(type="release", happened=False, place="Egypt", country="Egypt", count=22),
            14: dict(type="imprisonment", place="Egypt", country="Egypt", count=22),
            15: dict(type="detention"),
            16: dict(type="release", happened=False),
            17: dict(type="detention", place="Egypt", country="Egypt", count=60000),
        },
    ),
    dict(
        name="016_wire",
        outlet="Meridian Wire Service",
        text="""
May 25, 2022 — Mexico City

Remains in Veracruz grave identified as brothers from Tuxpan, prosecutors say

MEXICO CITY (Meridian Wire Service) – Forensic experts have identified remains found in a clandestine grave in Veracruz state as those of two brothers who [[1:disappeared]] in the port city of Tuxpan in March, state prosecutors said on Tuesday.

The two brothers, Luis Ortega, 19, and Daniel Ortega, 23, were [[2:detained]] by municipal police officers outside the car wash where they worked on March 12, their mother said.

The family [[3:lost contact]] with them that evening, she said.

Prosecutors said the remains were found on May 6 at a ranch near the town of Álamo, about 50 km west of Tuxpan, after a tip passed on by a search collective.

The Veracruz attorney general’s office said four municipal police officers had been [[4:arrested]] in connection with the case.

Investigators believe the brothers were [[5:shot dead]] hours after they were [[6:detained]], the office said in a statement.

“The police [[7:arrested]] my sons in front of their co-workers, and then they told me they had no record of them,” said Rosa Cruz, who joined the Madres de Tuxpan search collective after her sons [[8:vanished]].

“I searched for them for two months. At least now I can bury them,” she told reporters outside the prosecutors’ office in Xalapa.

Mexico’s national registry lists more than 100,000 people as [[9:missing]].

Rights groups say local police are often involved in [[10:disappearances]], either working for criminal groups or handing people they stop over to them.

In April, the Latin American Forensic Network [[11:urged]] Mexican authorities to speed up the identification of more than 50,000 unidentified bodies held in morgues and common graves.

In November last year, six men [[12:vanished]] after being stopped at a police checkpoint near Papantla, also in Veracruz, and have not been found, prosecutors said.
""",
        events={
            1: dict(type="disappearance", date=("2022-03-01", "2022-03-31", "month"), place="Tuxpan",
                    country="Mexico", count=2, incident="wire-tuxpan-brothers"),
            2: dict(type="detention", date=("2022-03-12", "2022-03-12", "day"), count=2,
                    incident="wire-tuxpan-brothers"),
            3: dict(type="disappearance", date=("2022-03-12", "2022-03-12", "day"), incident="wire-tuxpan-brothers"),
            4: dict(type="detention", count=4, incident="wire-tuxpan-brothers"),
            5: dict(type="killing", incident="wire-tuxpan-brothers"),
            6: dict(type="detention", incident="wire-tuxpan-brothers"),
            7: dict(type="detention", incident="wire-tuxpan-brothers"),
            8: dict(type="disappearance", incident="wire-tuxpan-brothers"),
            9: dict(type="disappearance", place="Mexico", country="Mexico", count=100000),
            10: dict(type="disappearance"),
            11: dict(type="statement", date=("2022-04-01", "2022-04-30", "month")),
            12: dict(type="disappearance", date=("2021-11-01", "2021-11-30", "month"), place="Papantla",
                     country="Mexico", count=6, incident="wire-papantla-six-2021"),
        },
    ),
    dict(
        name="017_wire",
        outlet="Meridian Wire Service",
        text="""
March 14, 2023 — Phnom Penh

Cambodian activist [[1:deported]] from Thailand; wife [[2:freed]] in Bangkok

PHNOM PENH (Meridian Wire Service) – Thai authorities [[3:deported]] Cambodian opposition activist Sok Vanna to Phnom Penh on Sunday, five days after his [[4:arrest]] in Bangkok, his party and Cambodian police said.

Police [[5:arrested]] him as soon as he stepped off the plane at Phnom Penh International Airport, national police spokesman Chhay Rithy said.

Chhay Rithy said Sok Vanna was [[6:sent to Prey Sar prison]] on Monday to serve the seven-year [[7:sentence]] he received in 2018 for incitement.

His wife, Chea Sreymom, was [[8:released]] from the Immigration Bureau’s detention centre in Bangkok on Monday and remains in Thailand, her lawyer, Kanya Thongdee, said.

“They [[9:handed over]] a recognised refugee to the very government he [[10:fled]],” said Ly Sopheap, a spokeswoman for the exiled Khmer National Alliance, speaking from Paris.

“This is what happens to anyone who criticises Phnom Penh,” she said.

Thailand’s Immigration Bureau said in a statement that the [[11:deportation]] was “a routine immigration matter” and had followed Thai law.

The Asia Refugee Rights Network, a coalition of aid groups, said it had asked Thai officials for access to Sok Vanna in the days before he was [[12:sent back]], but received no reply.

The network [[13:called on]] Cambodia to [[14:release]] him.

Reached by telephone, Chea Sreymom said she had not been allowed to speak to her husband before he was [[15:deported]].

“I don’t know when I will see him again,” she said. She said she had applied for [[16:resettlement]] in Canada with the help of her lawyer.

Mekong Rights Monitor, a Bangkok-based group, says Thailand has forcibly [[17:returned]] at least six Cambodian dissidents, most of whom were [[18:jailed]] on arrival.
""",
        events={
            1: dict(type="forced_return", place="Thailand", country="Thailand", count=1, incident="wire-sok-vanna-2023"),
            2: dict(type="release", place="Bangkok", country="Thailand", count=1, incident="wire-sok-vanna-2023"),
            3: dict(type="forced_return", date=("2023-03-12", "2023-03-12", "day"), place="Phnom Penh",
                    country="Cambodia", count=1, incident="wire-sok-vanna-2023"),
            4: dict(type="detention", date=("2023-03-07", "2023-03-07", "day"), place="Bangkok", country="Thailand",
                    count=1, incident="wire-sok-vanna-2023"),
            5: dict(type="detention", place="Phnom Penh International Airport", country="Cambodia",
                    incident="wire-sok-vanna-2023"),
            6: dict(type="imprisonment", date=("2023-03-13", "2023-03-13", "day"), place="Prey Sar prison",
                    country="Cambodia", count=1, incident="wire-sok-vanna-2023"),
            7: dict(type="imprisonment", date=("2018-01-01", "2018-12-31", "year"), count=1, incident="wire-sok-vanna-2018-case"),
            8: dict(type="release", date=("2023-03-13", "2023-03-13", "day"), place="Bangkok", country="Thailand",
                    count=1, incident="wire-sok-vanna-2023"),
            9: dict(type="forced_return", count=1, incident="wire-sok-vanna-2023"),
            10: dict(type="flight", count=1, incident="wire-sok-vanna-2018-case"),
            11: dict(type="forced_return", incident="wire-sok-vanna-2023"),
            12: dict(type="forced_return", count=1, incident="wire-sok-vanna-2023"),
            13: dict(type="statement"),
            14: dict(type="release", happened=False),
            15: dict(type="forced_return", count=1, incident="wire-sok-vanna-2023"),
            16: dict(type="asylum", happened=False, place="Canada", country="Canada"),
            17: dict(type="forced_return", count=6),
            18: dict(type="imprisonment"),
        },
    ),
    dict(
        name="018_wire",
        outlet="Atlas News Agency",
        text="""
November 29, 2021 — Vilnius

[[1:Jailed]] Belarusian activist [[2:dies]] in prison colony, rights group says

VILNIUS (Atlas News Agency) – Belarusian opposition activist Andrei Kavalchuk [[3:died]] in a prison colony in the Vitebsk region on Saturday, the exiled rights group Nasha Volya said on Monday.

Kavalchuk, 52, a former factory engineer from Grodno, was [[4:jailed]] for four years in June for insulting the president and organising protests, the group said.

His wife, Tatsiana, said he had complained of chest pains for weeks and had been refused a transfer to hospital.

“They [[5:killed]] him slowly, by refusing him a doctor,” she told Atlas by phone from Warsaw.

The prison department of the Interior Ministry said in a statement that Kavalchuk had [[6:died]] of heart failure despite receiving “all necessary medical care.” It denied that he had been [[7:mistreated]].

Nasha Volya says more than 800 people are currently [[8:imprisoned]] in Belarus on politically motivated charges.

On Friday, a court in Grodno [[9:sentenced]] journalist Alena Sidarovich to three years in a penal colony over her coverage of last year’s protests, her employer, the Poland-based broadcaster Vilnaya Khvalya, said.

Sidarovich was [[10:detained]] in April at the broadcaster’s unofficial office in Grodno, where police also seized laptops and cameras, the broadcaster said.

Twelve protesters were [[11:released]] under a presidential pardon on Sunday after writing letters asking for clemency, state media reported.

“Pardoning a dozen people while [[12:arresting]] dozens more every week is not a gesture of goodwill,” said Nasha Volya spokeswoman Iryna Hlebava.

A coalition of 14 European press freedom and rights groups [[13:called for]] an independent investigation into Kavalchuk’s [[14:death]] and for the [[15:release]] of all political prisoners in Belarus.
""",
        events={
            1: dict(type="imprisonment", count=1, incident="wire-kavalchuk"),
            2: dict(type="death", count=1, incident="wire-kavalchuk"),
            3: dict(type="death", date=("2021-11-27", "2021-11-27", "day"), place="Vitebsk region", country="Belarus",
                    count=1, incident="wire-kavalchuk"),
            4: dict(type="imprisonment", date=("2021-06-01", "2021-06-30", "month"), count=1, incident="wire-kavalchuk"),
            5: dict(type="killing", incident="wire-kavalchuk"),
            6: dict(type="death", count=1, incident="wire-kavalchuk"),
            7: dict(type="torture", happened=False),
            8: dict(type="imprisonment", place="Belarus", country="Belarus", count=800),
            9: dict(type="imprisonment", date=("2021-11-26", "2021-11-26", "day"), place="Grodno", country="Belarus",
                    count=1, incident="wire-sidarovich"),
            10: dict(type="detention", date=("2021-04-01", "2021-04-30", "month"), place="Grodno", country="Belarus",
                     count=1, incident="wire-sidarovich"),
            11: dict(type="release", date=("2021-11-28", "2021-11-28", "day"), count=12,
                     incident="wire-belarus-pardon-2021"),
            12: dict(type="detention", count=12),
            13: dict(type="statement"),
            14: dict(type="death", count=1, incident="wire-kavalchuk"),
            15: dict(type="release", happened=False, place="Belarus", country="Belarus"),
        },
    ),
    dict(
        name="019_wire",
        outlet="Meridian Wire Service",
        text="""
September 11, 2019 — Rome

Eight migrants [[1:die]], five [[2:missing]] as boat capsizes off Lampedusa

ROME (Meridian Wire Service) – Eight people [[3:died]] and five others were [[4:missing]] after a small boat carrying migrants from Libya capsized near the Italian island of Lampedusa early on Tuesday, the coast guard said.

Twenty-two people, among them four children and a pregnant woman, were pulled from the water and taken to the island’s reception centre, a coast guard spokesman said.

Survivors told aid workers they had [[5:left]] the Libyan port of Zuwara on Sunday night with about 40 people on board, said Chiara Lodi of the Italian charity Onda Libera.

Several survivors said they had been [[6:caught]] at sea by the Libyan coast guard in July and [[7:returned]] to a detention centre in Tripoli, where guards [[8:beat]] them, Lodi said.

“These people were [[9:fleeing]] war and poverty. Europe’s answer cannot be more [[10:forced returns]] to Libya,” Lodi said.

Italy’s interior ministry said the survivors would be identified and that those without grounds for protection would be [[11:repatriated]].

Charity rescue ships have been kept away from Italian ports since a [[12:decree]] adopted in June allowed authorities to fine captains up to 50,000 euros for entering Italian waters without permission.

The charity ship Stella Maris, carrying 31 people it rescued off Libya last week, has been waiting for a port for five days, its operator said.

The Missing Migrants Observatory, a research group based in Berlin, says more than 600 people have [[13:died]] on the central Mediterranean route this year.

The observatory [[14:called on]] European governments to resume state-run rescue patrols.
""",
        events={
            1: dict(type="death", place="Lampedusa", country="Italy", count=8, incident="wire-lampedusa-capsizing"),
            2: dict(type="disappearance", place="Lampedusa", country="Italy", count=5,
                    incident="wire-lampedusa-capsizing"),
            3: dict(type="death", date=("2019-09-10", "2019-09-10", "day"), place="Lampedusa", country="Italy",
                    count=8, incident="wire-lampedusa-capsizing"),
            4: dict(type="disappearance", date=("2019-09-10", "2019-09-10", "day"), place="Lampedusa",
                    country="Italy", count=5, incident="wire-lampedusa-capsizing"),
            5: dict(type="flight", date=("2019-09-08", "2019-09-08", "day"), place="Zuwara", country="Libya",
                    count=40, incident="wire-lampedusa-capsizing"),
            6: dict(type="detention", date=("2019-07-01", "2019-07-31", "month"),
                    incident="wire-lampedusa-survivors-july"),
            7: dict(type="forced_return", date=("2019-07-01", "2019-07-31", "month"), place="Tripoli",
                    country="Libya", incident="wire-lampedusa-survivors-july"),
            8: dict(type="torture", date=("2019-07-01", "2019-07-31", "month"), place="Tripoli", country="Libya",
                    incident="wire-lampedusa-survivors-july"),
            9: dict(type="flight", incident="wire-lampedusa-capsizing"),
            10: dict(type="forced_return", happened=False, place="Libya", country="Libya"),
            11: dict(type="forced_return", happened=False),
            12: dict(type="policy", date=("2019-06-01", "2019-06-30", "month"), incident="wire-italy-rescue-decree-2019"),
            13: dict(type="death", date=("2019-01-01", "2019-12-31", "year"), count=600),
            14: dict(type="statement"),
        },
    ),
    dict(
        name="020_wire",
        outlet="Atlas News Agency",
        text="""
April 18, 2018 — Moscow

Russia [[1:deports]] Tajik opposition supporter despite European court request

MOSCOW (Atlas News Agency) – Russia [[2:deported]] a Tajik opposition supporter to Dushanbe on Monday, ignoring a request from the European Court of Human Rights, his lawyer said on Tuesday.

Farrukh Nazarov, 34, a member of the exiled opposition movement Vatan, had lived in Russia for five years and worked as a builder in Yekaterinburg, the lawyer, Olga Surkova, said.

Police [[3:rounded up]] about 40 migrant workers at a market in Yekaterinburg on March 30 in what officials called a routine document check, and Nazarov was among them, Surkova said.

A district court ruled on April 2 that he had broken migration rules, and he was moved to a temporary holding centre for foreign nationals, she said.

The European Court of Human Rights had [[4:urged]] Russia not to [[5:expel]] Nazarov while it examined his complaint that he would face [[6:torture]] in Tajikistan, Surkova said.

“He was put on a plane in handcuffs, and his [[7:whereabouts]] have been unknown since he landed in Dushanbe,” Surkova told Atlas by phone.

Tajikistan’s prosecutor general’s office said in a statement that Nazarov had been [[8:detained]] at the airport on suspicion of extremism and was being questioned.

A regional interior ministry spokeswoman said the [[9:expulsion]] was lawful and that Russia was not bound by the court’s request.

Under a government [[10:regulation]] that took effect in January, police in Russian regions can hold foreign nationals for up to 90 days while courts review their cases, Surkova said.

Rights groups say Russia has [[11:deported]] dozens of Central Asian dissidents, several of whom were later [[12:jailed]] at home.

In 2016, a Tajik opposition activist [[13:disappeared]] in Moscow, according to the rights group Central Asia Exile Watch.

He resurfaced in a jail in Dushanbe, where a court later [[14:sentenced]] him to 18 years for treason, the group said.
""",
        events={
            1: dict(type="forced_return", place="Russia", country="Russia", count=1, incident="wire-nazarov-deportation"),
            2: dict(type="forced_return", date=("2018-04-16", "2018-04-16", "day"), place="Dushanbe",
                    country="Tajikistan", count=1, incident="wire-nazarov-deportation"),
            3: dict(type="detention", date=("2018-03-30", "2018-03-30", "day"), place="Yekaterinburg",
                    country="Russia", count=40, incident="wire-nazarov-deportation"),
            4: dict(type="statement"),
            5: dict(type="forced_return", happened=False, count=1),
            6: dict(type="torture", happened=False, place="Tajikistan", country="Tajikistan", count=1),
            7: dict(type="disappearance", place="Dushanbe", country="Tajikistan", incident="wire-nazarov-deportation"),
            8: dict(type="detention", count=1, incident="wire-nazarov-deportation"),
            9: dict(type="forced_return", incident="wire-nazarov-deportation"),
            10: dict(type="policy", date=("2018-01-01", "2018-01-31", "month"), incident="wire-russia-holding-rule-2018"),
            11: dict(type="forced_return", place="Russia", country="Russia", count=12),
            12: dict(type="imprisonment"),
            13: dict(type="disappearance", date=("2016-01-01", "2016-12-31", "year"), place="Moscow",
                     country="Russia", count=1, incident="wire-tajik-activist-2016"),
            14: dict(type="imprisonment", place="Dushanbe", country="Tajikistan", incident="wire-tajik-activist-2016"),
        },
    ),
    dict(
        name="021_wire",
        outlet="Orient Press Agency",
        text="""
August 4, 2022 — Yangon

Teacher [[1:dies]] days after army [[2:arrest]], family says he was [[3:beaten]]

YANGON (Orient Press Agency) – A 38-year-old schoolteacher [[4:died]] at a military interrogation centre in Mandalay on Monday, two days after soldiers [[5:arrested]] him at his home in the city’s Chanmyathazi township, his family and a rights group said.

The teacher, Thant Sin, had taught mathematics at a state high school until he joined a strike by civil servants after the military seized power in Myanmar in February 2021, according to the Political Prisoners Support Network (PPSN).

“When they gave us his body, there were bruises all over his chest and back. They [[6:beat]] him until he [[7:died]],” his sister, Khin Thida, told Orient Press Agency by phone.

A spokesman for the military government said in a statement carried by state television that the teacher had [[8:died]] of a heart attack, and denied that he had been [[9:mistreated]].

The PPSN says more than 12,000 people remain in [[10:detention]] for opposing the military, and that at least 70 have [[11:died]] during interrogation since the takeover.

On Tuesday, a military court inside Yangon’s Insein prison [[12:sentenced]] four student activists to death and a fifth to 20 years, their lawyer said.

The five were [[13:arrested]] in Yangon’s Hlaing Tharyar township in April last year and accused of bombing a military-owned shop, the lawyer said.

In March, a 19-year-old student [[14:died]] in [[15:custody]] in Monywa, in Sagaing region, the group said.

The PPSN [[16:urged]] the military to [[17:free]] all political prisoners and to allow independent doctors to examine Thant Sin’s body.
""",
        events={
            1: dict(type="death", count=1, incident="wire-mandalay-teacher"),
            2: dict(type="detention", count=1, incident="wire-mandalay-teacher"),
            3: dict(type="torture", count=1, incident="wire-mandalay-teacher"),
            4: dict(type="death", date=("2022-08-01", "2022-08-01", "day"), place="Mandalay", country="Myanmar",
                    count=1, incident="wire-mandalay-teacher"),
            5: dict(type="detention", date=("2022-07-30", "2022-07-30", "day"), place="Chanmyathazi township",
                    country="Myanmar", count=1, incident="wire-mandalay-teacher"),
            6: dict(type="torture", incident="wire-mandalay-teacher"),
            7: dict(type="death", incident="wire-mandalay-teacher"),
            8: dict(type="death", count=1, incident="wire-mandalay-teacher"),
            9: dict(type="torture", happened=False, count=1),
            10: dict(type="detention", count=12000),
            11: dict(type="death", count=70),
            12: dict(type="imprisonment", date=("2022-08-02", "2022-08-02", "day"), place="Insein prison",
                     country="Myanmar", count=5, incident="wire-insein-students"),
            13: dict(type="detention", date=("2021-04-01", "2021-04-30", "month"), place="Hlaing Tharyar township",
                     country="Myanmar", count=5, incident="wire-insein-students"),
            14: dict(type="death", date=("2022-03-01", "2022-03-31", "month"), place="Monywa", country="Myanmar",
                     count=1, incident="wire-monywa-student-2022"),
            15: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), place="Monywa", country="Myanmar",
                     count=1, incident="wire-monywa-student-2022"),
            16: dict(type="statement"),
            17: dict(type="release", happened=False),
        },
    ),
    dict(
        name="022_wire",
        outlet="Hemisphere News Agency",
        text="""
March 21, 2019 — San José

Nicaragua [[1:frees]] 50 [[2:jailed]] protesters, moves most to [[3:house arrest]]

SAN JOSÉ, Costa Rica (Hemisphere News Agency) – Nicaragua [[4:released]] 50 people from La Modelo prison near Managua on Wednesday, the Interior Ministry said.

The 50, among them 11 women and two teenagers, had been [[5:arrested]] in connection with last year’s protests, according to the ministry.

Most were sent home under [[6:house arrest]] rather than [[7:freed]] outright, said Gonzalo Ruiz, a lawyer for several of the prisoners.

Deputy Interior Minister Marlon Cruz said the [[8:releases]] were “a gesture to strengthen dialogue” with the opposition.

Relatives waited outside the prison gates on Wednesday as buses carried the prisoners away, a Hemisphere News Agency reporter saw.

The government says it has [[9:freed]] more than 100 prisoners in recent weeks. The opposition resumed talks with the government last month.

Opposition negotiators said the [[10:release]] of everyone still held remained a condition for any agreement.

The opposition Civic Unity Alliance [[11:demanded]] the [[12:release]] of more than 700 people it says remain [[13:jailed]] for political reasons.

Government officials deny holding political prisoners and say those [[14:convicted]] committed crimes such as arson and terrorism.

In Costa Rica, which hosts more than 30,000 Nicaraguans, migration officials said on Tuesday they had [[15:granted asylum]] to about 1,200 people this year.

Among those waiting for a decision is Ernesto Blandón, a 27-year-old student leader who [[16:crossed the border]] on foot in September.

He said he had spent four months in [[17:detention]] at El Chipote jail in Managua, where guards [[18:beat]] him with cables.

He was [[19:released]] without charge in August, he said.

“If I am [[20:sent back]], they will [[21:kill]] me,” Blandón told Hemisphere News Agency at a church shelter in San José.
""",
        events={
            1: dict(type="release", place="Nicaragua", country="Nicaragua", count=50,
                    incident="wire-nicaragua-50-release"),
            2: dict(type="imprisonment", place="Nicaragua", country="Nicaragua", count=50,
                    incident="wire-nicaragua-50-release"),
            3: dict(type="detention", place="Nicaragua", country="Nicaragua", incident="wire-nicaragua-50-release"),
            4: dict(type="release", date=("2019-03-20", "2019-03-20", "day"), place="La Modelo prison",
                    country="Nicaragua", count=50, incident="wire-nicaragua-50-release"),
            5: dict(type="detention", date=("2018-01-01", "2018-12-31", "year"), count=50,
                    incident="wire-nicaragua-50-release"),
            6: dict(type="detention", incident="wire-nicaragua-50-release"),
            7: dict(type="release", happened=False),
            8: dict(type="release", incident="wire-nicaragua-50-release"),
            9: dict(type="release", date=("2019-02-21", "2019-03-21", "range"), count=100),
            10: dict(type="release", happened=False),
            11: dict(type="statement"),
            12: dict(type="release", happened=False, count=700),
            13: dict(type="imprisonment", count=700),
            14: dict(type="imprisonment"),
            15: dict(type="asylum", date=("2019-01-01", "2019-12-31", "year"), place="Costa Rica",
                     country="Costa Rica", count=1200),
            16: dict(type="flight", date=("2018-09-01", "2018-09-30", "month"), count=1, incident="wire-blandon"),
            17: dict(type="detention", place="El Chipote jail", country="Nicaragua", incident="wire-blandon"),
            18: dict(type="torture", place="El Chipote jail", country="Nicaragua", incident="wire-blandon"),
            19: dict(type="release", date=("2018-08-01", "2018-08-31", "month"), incident="wire-blandon"),
            20: dict(type="forced_return", happened=False, count=1),
            21: dict(type="killing", happened=False, count=1),
        },
    ),
]
