# ruff: noqa: E501
"""Multi-document development gold (documents 001-024): six main incidents, each told by several reports.

Every person, organisation, outlet, quotation and event is invented; only the places (and state
bodies) are real. Labels all start with "d-".

Main incidents:

* d-nakuru-activists — four environmental activists seized in Nakuru, Kenya (5 Nov 2024), held nine
  days, beaten, freed on bail (14 Nov 2024), acquitted (7 Mar 2025): 001 ngo (original), 002 wire
  (echoes 001), 005 news (mention), 008 news, 011 wire (mention), 015 statement, 021 news (follow-up).
* d-eldoret-blogger — look-alike, same country, type and week: cartoonist Elvis Kipchumba Sang
  abducted in Eldoret (7 Nov 2024), beaten, found near Kapsabet (11 Nov): 005 news, 008 news
  (mention), 011 wire, 015 statement, 021 news (mention).
* d-barquisimeto-radio — SEBIN raid on Radio Crepuscular in Barquisimeto, Venezuela (14 Jan 2025), three
  or four workers detained, two freed (17 Jan), two sentenced (11 Jun 2025): 003 wire, 006 ngo, 010
  statement (Public Ministry), 013 news, 018 news (mention), 020 statement, 023 wire (follow-up).
* d-maracaibo-journalist — look-alike, same country, type and week: reporter Ricardo Nava Fuenmayor
  detained in Maracaibo (16 Jan 2025), two days without news, freed pending trial (April 2025): 006
  ngo, 010 statement, 013 news (mention), 018 news, 020 statement, 023 wire (mention).
* d-enfeh-shipwreck — boat from Qalamoun sinks off Enfeh, Lebanon (19 Aug 2023): 12 / 14 / 16 dead,
  Syrian survivors detained and deported, two arrested in Syria: 004 wire, 007 ngo, 012 news,
  017 statement, 024 ngo (follow-up four months later).
* d-assamaka-expulsion — Algeria expels 612 / "more than 600" / 648 people to Point Zero near
  Assamaka, Niger (3 Mar 2024), two then three die: 009 ngo, 014 wire (echoes 009), 016 news,
  019 statement, 022 wire (follow-up two months later).

Look-alikes kept apart: d-akkar-boat-interception (second boat stopped off Akkar the same night:
004, 007, 012) and d-assamaka-official-convoy (487 Nigeriens repatriated 9 Mar 2024: 014, 016, 022).
Background labels: d-kitengela-2023-detention (001, 015), d-sang-2022-detention (005, 011),
d-venezuela-2017-hatred-law (003, 006, 020), d-carora-2021-detention (006, 020),
d-minyeh-2021-boat-deaths (007, 017), d-point-zero-2023-deaths (009, 016, 019).
"""

import calendar


def d(iso):
    return (iso, iso, "day")


def m(y, mo):
    return (f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}", "month")


def y(year):
    return (f"{year}-01-01", f"{year}-12-31", "year")


def r(start, end):
    return (start, end, "range")


KE, VE, LB, SY, DZ, NE = "Kenya", "Venezuela", "Lebanon", "Syria", "Algeria", "Niger"

NAKURU = "d-nakuru-activists"
ELDORET = "d-eldoret-blogger"
KITENGELA = "d-kitengela-2023-detention"
SANG_2022 = "d-sang-2022-detention"
BARQ = "d-barquisimeto-radio"
MARA = "d-maracaibo-journalist"
HATE_LAW = "d-venezuela-2017-hatred-law"
CARORA = "d-carora-2021-detention"
ENFEH = "d-enfeh-shipwreck"
AKKAR = "d-akkar-boat-interception"
MINYEH = "d-minyeh-2021-boat-deaths"
ASSAMAKA = "d-assamaka-expulsion"
CONVOY = "d-assamaka-official-convoy"
POINT_ZERO = "d-point-zero-2023-deaths"


DOCS = [
    # ------------------------------------------------------------------ d-nakuru-activists
    dict(
        name="001_ngo",
        outlet="Haki Mashinani Watch",
        text="""
7 November 2024 Nairobi

Kenya: Four Nakuru environmental activists [[1:missing]] since Tuesday

Four members of the Gioto Clean Air Campaign have been [[2:missing]] since men in plain clothes forced them into an unmarked car in Nakuru town on Tuesday evening, Haki Mashinani Watch said today. The police must say at once what has happened to them.

Collins Kiprono Rotich, 27, Faith Wanjiru Ndegwa, 24, Samuel Odhiambo Akello, 31, and Halima Noor Bashir, 22, were leaving a café in the centre of Nakuru shortly after 7 p.m. on 5 November when four men [[3:seized]] them and pushed them into a grey Subaru. Witnesses said one of the men showed a police identity card before the car drove off towards the Nairobi highway.

Their relatives [[4:lost contact]] with all four that night, and none of their phones has been switched on since.

Relatives say officers at the town's main police station told them that the police had not [[5:arrested]] anyone from the group.

“Collins, Faith, Samuel and Halima were campaigning peacefully against the burning of rubbish at the Gioto dumpsite. Nobody should [[6:vanish]] for speaking about the air their children breathe,” said Wambui Njoroge-Kamau, programme director at Haki Mashinani Watch. “If the four are in police [[7:custody]], they must be brought before a court within 24 hours, as the Constitution requires, or [[8:released]].”

The four had organised a sit-in outside the Nakuru County offices on 1 November against the dumpsite, where residents say burning waste sends toxic smoke over the estates of London and Kaptembwo. On 3 November, Rotich wrote on X that a man on a motorbike had followed him home.

The case bears the marks of earlier [[9:abductions]] of young critics in Kenya. In August 2023, three members of a youth group in Kitengela were [[10:seized]] outside their office and [[11:held]] for 11 days before the police [[12:released]] them without charge.

Haki Mashinani Watch has recorded 61 cases this year in which people were taken away by men believed to be security officers; at least nine of those taken are still [[13:missing]].

Haki Mashinani Watch [[14:calls on]] the Inspector General of Police to disclose without delay whether the four are in [[15:custody]], to [[16:release]] them if they are [[17:held]] without charge and to open an independent investigation into their [[18:disappearance]].
""",
        events={
            1: dict(type="disappearance", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            2: dict(type="disappearance", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            3: dict(type="detention", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            4: dict(type="disappearance", date=d("2024-11-05"), count=4, incident=NAKURU),
            5: dict(type="detention", happened=False),
            6: dict(type="disappearance", happened=False),
            7: dict(type="detention", happened=False, count=4),
            8: dict(type="release", happened=False, count=4),
            9: dict(type="detention", place="Kenya", country=KE),
            10: dict(type="detention", date=m(2023, 8), place="Kitengela", country=KE, count=3, incident=KITENGELA),
            11: dict(type="detention", date=m(2023, 8), place="Kitengela", country=KE, count=3, incident=KITENGELA),
            12: dict(type="release", date=m(2023, 8), place="Kitengela", country=KE, count=3, incident=KITENGELA),
            13: dict(type="disappearance", date=y(2024), count=9),
            14: dict(type="statement"),
            15: dict(type="detention", happened=False, count=4),
            16: dict(type="release", happened=False, count=4),
            17: dict(type="detention", happened=False, count=4),
            18: dict(type="disappearance", count=4, incident=NAKURU),
        },
    ),
    dict(
        name="002_wire",
        outlet="Equator Wire Agency",
        text="""
November 8, 2024 — Nairobi

Four Kenyan anti-pollution activists [[1:missing]] in Nakuru, rights group says

NAIROBI, Nov 8 (EWA) - Four members of the Gioto Clean Air Campaign have been [[2:missing]] since men in plain clothes forced them into an unmarked car in Nakuru town on Tuesday evening, Haki Mashinani Watch said on Thursday.

Collins Kiprono Rotich, 27, Faith Wanjiru Ndegwa, 24, Samuel Odhiambo Akello, 31, and Halima Noor Bashir, 22, were leaving a café in the centre of Nakuru shortly after 7 p.m. on 5 November when four men [[3:seized]] them and pushed them into a grey Subaru, the Nairobi-based group said.

Witnesses said one of the men showed a police identity card, according to the group.

A spokesperson for the National Police Service, Muthoni Gichuru, said the service had no record of the four being [[4:arrested]]. Officers in Nakuru were looking into the matter, she said.

“Nobody should [[5:vanish]] for speaking about the air their children breathe,” said Wambui Njoroge-Kamau, programme director at Haki Mashinani Watch.

The four had organised a sit-in outside the Nakuru County offices on 1 November against the Gioto dumpsite, where residents say burning waste sends toxic smoke over the estates of London and Kaptembwo.

Nakuru, about 160 km north-west of Nairobi, is Kenya's fourth-largest city.

Kenyan rights groups say dozens of government critics have been [[6:abducted]] this year by men they believe to be security officers. The government denies that its agencies carry out [[7:abductions]].

Haki Mashinani Watch [[8:called on]] the police to say whether the four are in [[9:custody]] and to [[10:release]] them if they are [[11:held]] without charge.
""",
        events={
            1: dict(type="disappearance", place="Nakuru", country=KE, count=4, incident=NAKURU),
            2: dict(type="disappearance", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            3: dict(type="detention", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            4: dict(type="detention", happened=False, count=4),
            5: dict(type="disappearance", happened=False),
            6: dict(type="detention", date=y(2024), count=12),
            7: dict(type="detention", happened=False),
            8: dict(type="statement"),
            9: dict(type="detention", happened=False, count=4),
            10: dict(type="release", happened=False, count=4),
            11: dict(type="detention", happened=False, count=4),
        },
    ),
    # ------------------------------------------------------------------ d-eldoret-blogger
    dict(
        name="005_news",
        outlet="Rift Valley Courier",
        text="""
13 November 2024 Eldoret

Eldoret cartoonist found by roadside four days after [[1:abduction]]

By Jeptoo Kibet

Elvis Kipchumba Sang, the cartoonist whose drawings of county officials have made him one of the best-known satirists in western Kenya, was found on Monday lying beside a road near Kapsabet, in Nandi County, with two broken fingers and bruises across his back.

Armed men had [[2:abducted]] Sang from his rented house in Langas, an estate on the southern edge of Eldoret, shortly before midnight on Thursday.

His wife, Mercy Jelagat, said four men, two of them carrying rifles, broke down the door, [[3:beat]] her husband in front of their three-year-old daughter and drove him away in a white Land Cruiser.

Speaking from a hospital bed, Sang told the Courier that his captors kept him blindfolded in a cell, [[4:beat]] him with rubber batons and questioned him about who paid for his cartoons.

“They said they would [[5:kill]] me if I drew the governor again,” he said.

Officers at the local police station refused to record his [[6:disappearance]] when his wife went to report it, she said.

The county police commander, Peter Kiplagat, said officers had not [[7:arrested]] Sang and that detectives were investigating the incident.

Sang, 29, who signs his work “Chief Kiboko”, was briefly [[8:detained]] in Eldoret in March 2022 over a cartoon of a local MP and [[9:released]] the following day without charge.

Four environmental activists who [[10:disappeared]] in Nakuru on 5 November have still not been found. Rights groups say there is no sign that the two cases are linked, but that both fit a pattern of [[11:abductions]] of young government critics that has grown this year.

The North Rift Advocates Association [[12:demanded]] an independent investigation and [[13:urged]] the police to protect Sang and his family.

Sang said he did not know whether he would keep drawing. “My daughter saw them [[14:beat]] me,” he said. “How do I explain that to her?”
""",
        events={
            1: dict(type="detention", place="Eldoret", country=KE, count=1, incident=ELDORET),
            2: dict(type="detention", date=d("2024-11-07"), place="Langas", country=KE, count=1, incident=ELDORET),
            3: dict(type="torture", count=1, incident=ELDORET),
            4: dict(type="torture", count=1, incident=ELDORET),
            5: dict(type="killing", happened=False),
            6: dict(type="disappearance", incident=ELDORET),
            7: dict(type="detention", happened=False, count=1),
            8: dict(type="detention", date=m(2022, 3), place="Eldoret", country=KE, count=1, incident=SANG_2022),
            9: dict(type="release", date=m(2022, 3), place="Eldoret", country=KE, count=1, incident=SANG_2022),
            10: dict(type="disappearance", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            11: dict(type="detention", date=y(2024)),
            12: dict(type="statement"),
            13: dict(type="statement"),
            14: dict(type="torture", incident=ELDORET),
        },
    ),
    dict(
        name="008_news",
        outlet="Nairobi Sentinel",
        text="""
15 November 2024 Nakuru

Nakuru activists [[1:freed]] on bail after nine days in police [[2:custody]]

By Wanjiku Mathenge

Four environmental activists who [[3:went missing]] in Nakuru on 5 November reappeared on Thursday in a Nakuru courtroom, where a magistrate [[4:released]] them on a cash bail of 50,000 shillings each.

Police told the court that the four had been [[5:arrested]] on suspicion of incitement to violence. Prosecutors asked to [[6:detain]] them for 14 more days while officers examined their phones, but magistrate Ruth Wafula refused.

Wafula said the police had given no reason for keeping the activists for nine days without bringing them before a judge, as Kenya's Constitution requires.

Outside the courtroom, Samuel Odhiambo Akello said the four had been [[7:held]] at a police post in Gilgil, 40 km from Nakuru, and that officers had [[8:beaten]] three of them during interrogation.

“They [[9:beat]] us and kept asking who was paying us,” said Faith Wanjiru Ndegwa, showing reporters bruises on her arms. “They wanted us to say that an opposition politician was behind our protest.”

Halima Noor Bashir, the youngest of the group, was not [[10:beaten]] but spent six days alone in a cell, her lawyer said.

The four are charged with incitement to violence and unlawful assembly and could be [[11:jailed]] for up to five years if [[12:convicted]]. The case returns to court on 28 January.

In a separate case, Elvis Kipchumba Sang, a cartoonist [[13:abducted]] from his home in Eldoret on 7 November, was found on Monday with broken fingers near Kapsabet. Police have denied [[14:detaining]] him.

Haki Mashinani Watch, which first reported the activists' [[15:disappearance]], [[16:called for]] the charges to be dropped and for an inquiry into their alleged [[17:torture]].
""",
        events={
            1: dict(type="release", place="Nakuru", country=KE, incident=NAKURU),
            2: dict(type="detention", place="Nakuru", country=KE, incident=NAKURU),
            3: dict(type="disappearance", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            4: dict(type="release", date=d("2024-11-14"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            5: dict(type="detention", count=4, incident=NAKURU),
            6: dict(type="detention", happened=False),
            7: dict(type="detention", place="Gilgil", country=KE, count=4, incident=NAKURU),
            8: dict(type="torture", place="Gilgil", country=KE, count=3, incident=NAKURU),
            9: dict(type="torture", incident=NAKURU),
            10: dict(type="torture", happened=False, count=1),
            11: dict(type="imprisonment", happened=False, count=4),
            12: dict(type="imprisonment", happened=False, count=4),
            13: dict(type="detention", date=d("2024-11-07"), place="Eldoret", country=KE, count=1, incident=ELDORET),
            14: dict(type="detention", happened=False),
            15: dict(type="disappearance", incident=NAKURU),
            16: dict(type="statement"),
            17: dict(type="torture", incident=NAKURU),
        },
    ),
    dict(
        name="011_wire",
        outlet="Equator Wire Agency",
        text="""
November 14, 2024 — Nairobi

Kenyan cartoonist says captors [[1:beat]] him for days

NAIROBI, Nov 14 (EWA) - A Kenyan cartoonist who was [[2:abducted]] in the western city of Eldoret last week says his captors [[3:beat]] him repeatedly and asked who paid for his work.

Elvis Kipchumba Sang, 29, whose drawings of local politicians are followed by more than 300,000 people on Facebook, was found on Monday beside a road near Kapsabet, about 40 km south of Eldoret.

He told Equator Wire Agency by telephone that he had been kept blindfolded in a windowless room and [[4:beaten]] with batons.

“Every few hours they came in, [[5:beat]] me and asked the same question: who is paying you?” Sang said.

Police in Uasin Gishu County said they were investigating and that no officer had been involved.

Sang, who was briefly [[6:arrested]] in 2022 over a cartoon of a member of parliament, said he would not stop drawing.

Rights groups in Kenya say more than 70 people have been [[7:abducted]] by suspected security agents this year, many of them young people who criticised the government online.

Earlier this month, four environmental activists [[8:went missing]] in the city of Nakuru. Their families said on Wednesday that they still had no news of them.

The North Rift Advocates Association [[9:urged]] the Inspector General of Police to identify the officers behind Sang's [[10:abduction]].
""",
        events={
            1: dict(type="torture", count=1, incident=ELDORET),
            2: dict(type="detention", date=r("2024-11-07", "2024-11-13"), place="Eldoret", country=KE, count=1,
                    incident=ELDORET),
            3: dict(type="torture", date=r("2024-11-07", "2024-11-13"), count=1, incident=ELDORET),
            4: dict(type="torture", incident=ELDORET),
            5: dict(type="torture", count=1, incident=ELDORET),
            6: dict(type="detention", date=y(2022), count=1, incident=SANG_2022),
            7: dict(type="detention", date=y(2024), place="Kenya", country=KE, count=70),
            8: dict(type="disappearance", date=m(2024, 11), place="Nakuru", country=KE, count=4, incident=NAKURU),
            9: dict(type="statement"),
            10: dict(type="detention", count=1, incident=ELDORET),
        },
    ),
    dict(
        name="015_statement",
        outlet="UN Special Procedures",
        text="""
26 November 2024 Geneva

Kenya: UN experts alarmed by [[1:abductions]] of young activists and critics

A group of UN independent experts said they were alarmed by a pattern of [[2:abductions]] of young activists and online critics in Kenya and [[3:urged]] the Government to end the practice immediately.

The experts cited the case of four members of the Gioto Clean Air Campaign, who were [[4:seized]] by plain-clothes officers in Nakuru on 5 November and [[5:held]] incommunicado for nine days before being brought before a court.

Three of the four have said they were [[6:beaten]] during interrogation. All four were [[7:released]] on bail on 14 November and face charges of incitement to violence.

The experts also raised the case of cartoonist Elvis Kipchumba Sang, whom armed men [[8:abducted]] from his home in Eldoret on 7 November. He was found four days later beside a road in Nandi County with two broken fingers. He has said that his captors [[9:beat]] him for days.

“The families of these young people did not know for days whether their loved ones were alive,” the experts said. “Secrecy of this kind has no place in a State governed by the rule of law.”

The experts noted that they had already written to the Government about three youth activists from Kitengela who were [[10:detained]] without charge for 11 days in August 2023.

The Government has told the experts that the police are investigating the cases and that no security agency was involved.

The experts [[11:called on]] the authorities to drop the charges against the four activists, to investigate the alleged [[12:torture]] of Mr. Sang and to guarantee that nobody is [[13:detained]] outside the protection of the law.

The statement was endorsed by Adaeze Okonkwo-Brandt, Special Rapporteur on the situation of human rights defenders; Mateus Carvalho Lindqvist, member of the Working Group on Enforced or Involuntary Disappearances; and Hye-jin Calloway, Special Rapporteur on the rights to freedom of peaceful assembly and of association.
""",
        events={
            1: dict(type="detention", place="Kenya", country=KE),
            2: dict(type="detention", place="Kenya", country=KE),
            3: dict(type="statement"),
            4: dict(type="detention", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            5: dict(type="detention", date=d("2024-11-05"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            6: dict(type="torture", count=3, incident=NAKURU),
            7: dict(type="release", date=d("2024-11-14"), count=4, incident=NAKURU),
            8: dict(type="detention", date=d("2024-11-07"), place="Eldoret", country=KE, count=1, incident=ELDORET),
            9: dict(type="torture", incident=ELDORET),
            10: dict(type="detention", date=m(2023, 8), place="Kitengela", country=KE, count=3, incident=KITENGELA),
            11: dict(type="statement"),
            12: dict(type="torture", count=1, incident=ELDORET),
            13: dict(type="detention", happened=False),
        },
    ),
    dict(
        name="021_news",
        outlet="Nairobi Sentinel",
        text="""
10 March 2025 Nakuru

Court [[1:acquits]] Nakuru anti-dumpsite activists

By Wanjiku Mathenge

A Nakuru magistrate on Friday [[2:acquitted]] four environmental activists of incitement to violence, ruling that the prosecution had produced no evidence that they had encouraged anyone to break the law.

Collins Kiprono Rotich, Faith Wanjiru Ndegwa, Samuel Odhiambo Akello and Halima Noor Bashir, members of the Gioto Clean Air Campaign, were [[3:arrested]] in November after a protest against the town's main dumpsite and [[4:held]] for nine days before they were charged.

For most of that time their families did not know where they were, and rights groups described the case as an enforced [[5:disappearance]].

In her ruling, magistrate Ruth Wafula said the police had not explained why the four were not brought before a court within 24 hours of their [[6:arrest]], as Kenya's Constitution requires.

Speaking outside the court, Akello said he would sue the state over the [[7:beatings]] that he and two others suffered at the police post in Gilgil.

“We were taken off the street like criminals and [[8:beaten]] for asking for clean air,” he said. “Today the court has said what we knew: we did nothing wrong.”

The prosecution has 14 days to challenge the ruling. The Office of the Director of Public Prosecutions said it was studying the judgment.

No one has been charged over the [[9:abduction]] of Elvis Kipchumba Sang, a cartoonist taken from his home in Eldoret in November and found four days later beside a road with broken fingers.

Haki Mashinani Watch says 82 people were [[10:abducted]] in Kenya in 2024 and that 11 of them are still [[11:missing]].

The group [[12:urged]] prosecutors to accept the ruling and [[13:called for]] the officers who [[14:held]] the four to be identified and prosecuted.
""",
        events={
            1: dict(type="release", place="Nakuru", country=KE, incident=NAKURU),
            2: dict(type="release", date=d("2025-03-07"), place="Nakuru", country=KE, count=4, incident=NAKURU),
            3: dict(type="detention", date=m(2024, 11), count=4, incident=NAKURU),
            4: dict(type="detention", date=m(2024, 11), count=4, incident=NAKURU),
            5: dict(type="disappearance", incident=NAKURU),
            6: dict(type="detention", count=4, incident=NAKURU),
            7: dict(type="torture", place="Gilgil", country=KE, count=3, incident=NAKURU),
            8: dict(type="torture", incident=NAKURU),
            9: dict(type="detention", date=m(2024, 11), place="Eldoret", country=KE, count=1, incident=ELDORET),
            10: dict(type="detention", date=y(2024), place="Kenya", country=KE, count=82),
            11: dict(type="disappearance", date=y(2024), place="Kenya", country=KE, count=11),
            12: dict(type="statement"),
            13: dict(type="statement"),
            14: dict(type="detention", count=4, incident=NAKURU),
        },
    ),
    # ------------------------------------------------------------------ d-barquisimeto-radio / d-maracaibo-journalist
    dict(
        name="003_wire",
        outlet="Andes Press Agency",
        text="""
January 15, 2025 — Caracas

Venezuelan intelligence agents [[1:detain]] three journalists in radio station [[2:raid]]

CARACAS, Jan 15 (APA) - Venezuelan intelligence agents [[3:raided]] a community radio station in the western city of Barquisimeto on Tuesday and [[4:detained]] three journalists, accusing them of inciting hatred, colleagues and a press association said.

Officers of the Bolivarian National Intelligence Service (SEBIN) arrived at the studios of Radio Crepuscular 101.5 FM shortly after its morning call-in programme ended, seized computers and a transmitter and led the station's director, Yorman Castillo Pérez, reporter Daniela Urdaneta Colmenares and presenter Luis Ángel Mendoza Ríos out to their vehicles, witnesses said.

On Monday's programme, listeners had complained about power cuts of up to 12 hours a day in Lara state and criticised the state governor.

The Lara Press Workers' Association said the three were being [[5:held]] at SEBIN's regional headquarters and had not been allowed to see lawyers.

“They came for the people who gave the microphone to the listeners,” said Carmen Pernalete, the association's secretary general. “Castillo, Urdaneta and Mendoza must be [[6:released]] immediately.”

Venezuela's Communications Ministry did not answer questions sent by the agency.

Under a [[7:law]] adopted in 2017, “incitement to hatred” is punishable by up to 20 years in prison. Rights groups say it has been used to [[8:jail]] dozens of journalists, activists and social media users.

Press freedom groups recorded a sharp rise in [[9:arrests]] of journalists in Venezuela last year.
""",
        events={
            1: dict(type="detention", count=3, incident=BARQ),
            2: dict(type="detention", count=3, incident=BARQ),
            3: dict(type="detention", date=d("2025-01-14"), place="Barquisimeto", country=VE, count=3, incident=BARQ),
            4: dict(type="detention", date=d("2025-01-14"), place="Barquisimeto", country=VE, count=3, incident=BARQ),
            5: dict(type="detention", count=3, incident=BARQ),
            6: dict(type="release", happened=False, count=3),
            7: dict(type="policy", date=y(2017), incident=HATE_LAW),
            8: dict(type="imprisonment", count=12),
            9: dict(type="detention", date=y(2024), place="Venezuela", country=VE),
        },
    ),
    dict(
        name="006_ngo",
        outlet="Observatorio Prensa en Riesgo",
        text="""
17 January 2025 Caracas

Venezuela: Four radio workers [[1:detained]] in Barquisimeto, journalist [[2:missing]] in Maracaibo

The Observatorio Prensa en Riesgo (OPR) condemns the [[3:detention]] of four workers of the community station Radio Crepuscular 101.5 FM, whom officers of the Bolivarian National Intelligence Service (SEBIN) took from the station's studios in Barquisimeto, Lara state, on 14 January.

Besides the three journalists named in earlier reports — director Yorman Castillo Pérez, reporter Daniela Urdaneta Colmenares and presenter Luis Ángel Mendoza Ríos — SEBIN officers also [[4:detained]] the station's sound technician, Jhonny Alvarado, 23, who was in the control room at the time.

All four are accused of “incitement to hatred” under the 2017 [[5:law]] against hatred, which carries up to 20 years in prison. OPR has learned that they were questioned for more than 12 hours without lawyers.

Relatives told OPR that Mendoza, who suffers from high blood pressure, was denied his medication during the first day of his [[6:detention]].

In a separate case, Ricardo Nava Fuenmayor, a freelance journalist who reports on electricity and fuel shortages in Zulia state for the news site El Lago Digital, has been [[7:missing]] since police officers took him from his home in Maracaibo on the night of 16 January.

Neighbours saw at least six officers of the Zulia state police lead him to an unmarked van. His family has since visited four police stations and the local SEBIN office; all of them denied that he was in their [[8:custody]].

“Ricardo's [[9:disappearance]] and the [[10:raid]] on Radio Crepuscular send the same message to every journalist in the country: report on the blackouts and you will be next,” said OPR's director, Maribel Quintero.

In August 2021, police in Carora, also in Lara state, [[11:detained]] two reporters of a local newspaper for 48 hours after they photographed a queue at a petrol station.

OPR documented the [[12:arrest]] of 37 press workers in Venezuela in 2024, the highest figure in five years.

OPR [[13:demands]] the immediate [[14:release]] of the four Radio Crepuscular workers and [[15:calls on]] the authorities to disclose where Ricardo Nava Fuenmayor is and to [[16:release]] him if he is [[17:held]] for his reporting.
""",
        events={
            1: dict(type="detention", place="Barquisimeto", country=VE, count=4, incident=BARQ),
            2: dict(type="disappearance", place="Maracaibo", country=VE, count=1, incident=MARA),
            3: dict(type="detention", date=d("2025-01-14"), place="Barquisimeto", country=VE, count=4, incident=BARQ),
            4: dict(type="detention", count=1, incident=BARQ),
            5: dict(type="policy", date=y(2017), incident=HATE_LAW),
            6: dict(type="detention", count=1, incident=BARQ),
            7: dict(type="disappearance", date=d("2025-01-16"), place="Maracaibo", country=VE, count=1, incident=MARA),
            8: dict(type="detention", happened=False),
            9: dict(type="disappearance", count=1, incident=MARA),
            10: dict(type="detention", incident=BARQ),
            11: dict(type="detention", date=m(2021, 8), place="Carora", country=VE, count=2, incident=CARORA),
            12: dict(type="detention", date=y(2024), place="Venezuela", country=VE, count=37),
            13: dict(type="statement"),
            14: dict(type="release", happened=False, count=4),
            15: dict(type="statement"),
            16: dict(type="release", happened=False, count=1),
            17: dict(type="detention", happened=False, count=1),
        },
    ),
    dict(
        name="010_statement",
        outlet="Public Ministry of Venezuela",
        text="""
20 January 2025 Caracas

Communiqué of the Public Ministry on proceedings in the states of Lara and Zulia

The Public Ministry informs the public that on 14 January 2025, officials of the Bolivarian National Intelligence Service [[1:apprehended]] four citizens at the premises of a radio station in the city of Barquisimeto, Lara state, in flagrante commission of the offence of incitement to hatred.

The citizens Y.C.P., D.U.C., L.A.M.R. and J.A. were brought before a control court in Barquisimeto on 17 January, which kept Y.C.P. and L.A.M.R. in [[2:custody]] and [[3:released]] D.U.C. and J.A. under an obligation to report to the court every 30 days.

Likewise, on 16 January 2025, officials of the Zulia State Police Corps [[4:apprehended]] the citizen R.N.F. in the city of Maracaibo on the instructions of a competent court, for the alleged offences of incitement to hatred and the dissemination of false information.

On 18 January, R.N.F. was brought before a court, which ruled that he remain in [[5:custody]] while the investigation continues.

The Public Ministry rejects as false the version circulated by certain organisations according to which the citizen R.N.F. had [[6:disappeared]]. His family was duly notified through the competent channels.

No person is [[7:detained]] in the Bolivarian Republic of Venezuela for practising journalism. Freedom of expression is guaranteed by the Constitution, but it does not protect messages that incite hatred, violence or intolerance.

The Public Ministry [[8:urges]] media outlets and organisations to verify their information with the competent bodies before publishing it.
""",
        events={
            1: dict(type="detention", date=d("2025-01-14"), place="Barquisimeto", country=VE, count=4, incident=BARQ),
            2: dict(type="detention", date=d("2025-01-17"), place="Barquisimeto", country=VE, count=2, incident=BARQ),
            3: dict(type="release", date=d("2025-01-17"), place="Barquisimeto", country=VE, count=2, incident=BARQ),
            4: dict(type="detention", date=d("2025-01-16"), place="Maracaibo", country=VE, count=1, incident=MARA),
            5: dict(type="detention", date=d("2025-01-18"), count=1, incident=MARA),
            6: dict(type="disappearance", happened=False, count=1),
            7: dict(type="detention", happened=False, place="Bolivarian Republic of Venezuela", country=VE),
            8: dict(type="statement"),
        },
    ),
    dict(
        name="013_news",
        outlet="Orinoco Review",
        text="""
24 January 2025 Barquisimeto

In Barquisimeto, a silenced station and a city that misses its call-in show

By Andrés Villasmil

The red “On Air” light above the studio door at Radio Crepuscular has been dark since intelligence agents [[1:raided]] the station in mid-January, [[2:seizing]] its transmitter and three of its journalists.

For four years, the station's morning programme, “La Voz del Barrio”, let residents of Barquisimeto's poorer western parishes call in with complaints about water, rubbish and, above all, electricity.

On the morning of January 13, a caller from the Juan de Villegas parish said her street had gone 14 hours without power and blamed the state governor. The next day, SEBIN agents [[3:detained]] the presenter, Luis Ángel Mendoza Ríos, the director, Yorman Castillo Pérez, and reporter Daniela Urdaneta Colmenares, as well as a sound technician.

Urdaneta, 28, was [[4:released]] on January 17 and must report to a court every month. Sitting in her mother's kitchen, she said she had been questioned for hours about who paid the station's bills.

“They never touched me, but they made sure I could hear them shouting at Luis Ángel in the next room,” she said. “When they brought him out, he could barely walk.”

Mendoza's wife, Yusmely Rodríguez, said SEBIN officers [[5:beat]] her husband during his first night in [[6:custody]] and withheld his blood-pressure pills.

SEBIN did not respond to questions. The Public Ministry said in a statement that the four had been [[7:apprehended]] “in flagrante” and that no journalist is [[8:detained]] in Venezuela for practising journalism.

Castillo and Mendoza were moved on Monday to SEBIN's headquarters in Caracas, known as El Helicoide.

Police in Maracaibo, the capital of neighbouring Zulia state, [[9:arrested]] the freelance journalist Ricardo Nava Fuenmayor on January 16 after he reported on blackouts there.

At a bakery across the street from the studio, the owner, who asked not to be named, said people were now afraid to complain. “The radio was the only place where anyone listened to us,” he said.

The Lara Press Workers' Association has [[10:called for]] the two men's [[11:release]].
""",
        events={
            1: dict(type="detention", date=r("2025-01-11", "2025-01-20"), count=3, incident=BARQ),
            2: dict(type="detention", date=r("2025-01-11", "2025-01-20"), count=3, incident=BARQ),
            3: dict(type="detention", date=d("2025-01-14"), count=4, incident=BARQ),
            4: dict(type="release", date=d("2025-01-17"), count=1, incident=BARQ),
            5: dict(type="torture", count=1, incident=BARQ),
            6: dict(type="detention", count=1, incident=BARQ),
            7: dict(type="detention", count=4, incident=BARQ),
            8: dict(type="detention", happened=False, place="Venezuela", country=VE),
            9: dict(type="detention", date=d("2025-01-16"), place="Maracaibo", country=VE, count=1, incident=MARA),
            10: dict(type="statement"),
            11: dict(type="release", happened=False, count=2),
        },
    ),
    dict(
        name="018_news",
        outlet="The Maracaibo Observer",
        text="""
22 January 2025 Maracaibo

Maracaibo reporter's mother recounts two days without news after his [[1:arrest]]

By Karina Añez

For two days after police [[2:detained]] Ricardo Nava Fuenmayor at his home in the Santa Lucía neighbourhood last Thursday, his mother went to every police station in the city, and at each one officers told her they had no record of him.

“I thought they had [[3:killed]] him,” said Nelly Fuenmayor, 64. “Nobody would tell me whether my son was alive.”

Nava, 37, reappeared on Saturday, when he was brought before a judge who ruled that he remain in [[4:custody]] while prosecutors investigate him for incitement to hatred and spreading false information.

The Observatorio Prensa en Riesgo, a Caracas-based group that had reported him [[5:missing]], said the two days without news amounted to an enforced [[6:disappearance]] under international law.

The Public Ministry has denied that Nava [[7:disappeared]], saying his relatives were kept informed.

Nava had spent months reporting for El Lago Digital on the blackouts that leave parts of Maracaibo without power for up to 16 hours a day and on the queues at petrol stations across Zulia state.

His lawyer, Gustavo Chirinos, said Nava had not been [[8:mistreated]] but was being [[9:held]] in an overcrowded cell at the state police headquarters in Maracaibo with about 30 other men.

Nava is the second journalist [[10:arrested]] in western Venezuela this month. On January 14, intelligence agents [[11:detained]] four workers of a community radio station in Barquisimeto, in neighbouring Lara state.

Two of the four radio workers remain in [[12:custody]] in Caracas.

Nelly Fuenmayor [[13:appealed]] to the authorities to let her see her son.
""",
        events={
            1: dict(type="detention", place="Maracaibo", country=VE, count=1, incident=MARA),
            2: dict(type="detention", date=d("2025-01-16"), place="Santa Lucía", country=VE, count=1, incident=MARA),
            3: dict(type="killing", happened=False),
            4: dict(type="detention", date=d("2025-01-18"), count=1, incident=MARA),
            5: dict(type="disappearance", incident=MARA),
            6: dict(type="disappearance", incident=MARA),
            7: dict(type="disappearance", happened=False, count=1),
            8: dict(type="torture", happened=False, count=1),
            9: dict(type="detention", place="Maracaibo", country=VE, count=1, incident=MARA),
            10: dict(type="detention", date=m(2025, 1), place="western Venezuela", country=VE, count=1, incident=MARA),
            11: dict(type="detention", date=d("2025-01-14"), place="Barquisimeto", country=VE, count=4, incident=BARQ),
            12: dict(type="detention", place="Caracas", country=VE, count=2, incident=BARQ),
            13: dict(type="statement"),
        },
    ),
    dict(
        name="020_statement",
        outlet="Americas Press Freedom Coalition",
        text="""
5 February 2025 Bogotá

Joint statement: Venezuela's crackdown on journalists who cover the blackouts

The undersigned organisations condemn the continued [[1:detention]] of Yorman Castillo Pérez and Luis Ángel Mendoza Ríos, the director and a presenter of the community station Radio Crepuscular 101.5 FM in Barquisimeto, Lara state.

SEBIN officers [[2:raided]] the station on 14 January and [[3:arrested]] four of its workers after a call-in programme in which listeners complained about power cuts. Two of them, reporter Daniela Urdaneta Colmenares and technician Jhonny Alvarado, were [[4:released]] on 17 January under reporting conditions.

Castillo and Mendoza were moved on 20 January to SEBIN's headquarters in Caracas, where their lawyers have been allowed to see them only once. Mendoza's family says he was [[5:beaten]] during his first night in [[6:custody]].

The organisations are equally alarmed by the case of Ricardo Nava Fuenmayor, a freelance reporter who was [[7:arrested]] at his home in Maracaibo on 16 January. For two days his family did not know where he was. The authorities acknowledged his [[8:detention]] only when he was brought before a judge.

Nava is accused of incitement to hatred and spreading false information and remains in [[9:custody]] at the state police headquarters in Maracaibo, where his lawyer says he shares a cell with about 30 other men.

These cases follow a familiar pattern. In August 2021, two reporters of a newspaper in Carora, also in Lara state, were [[10:detained]] for 48 hours after photographing a queue at a petrol station.

All of them are accused under the 2017 [[11:law]] against hatred. Rights groups say it has been used to [[12:imprison]] dozens of critics.

We [[13:call on]] the Venezuelan authorities to [[14:release]] Castillo, Mendoza and Nava immediately and unconditionally, to drop the charges against all five and to stop using criminal law against journalists.

Signed: Americas Press Freedom Coalition; Observatorio Prensa en Riesgo; Lara Press Workers' Association; Andean Journalists' Network; Reporters' Legal Defence Fund.
""",
        events={
            1: dict(type="detention", place="Barquisimeto", country=VE, count=2, incident=BARQ),
            2: dict(type="detention", date=d("2025-01-14"), count=4, incident=BARQ),
            3: dict(type="detention", date=d("2025-01-14"), count=4, incident=BARQ),
            4: dict(type="release", date=d("2025-01-17"), count=2, incident=BARQ),
            5: dict(type="torture", count=1, incident=BARQ),
            6: dict(type="detention", count=1, incident=BARQ),
            7: dict(type="detention", date=d("2025-01-16"), place="Maracaibo", country=VE, count=1, incident=MARA),
            8: dict(type="detention", incident=MARA),
            9: dict(type="detention", place="Maracaibo", country=VE, count=1, incident=MARA),
            10: dict(type="detention", date=m(2021, 8), place="Carora", country=VE, count=2, incident=CARORA),
            11: dict(type="policy", date=y(2017), incident=HATE_LAW),
            12: dict(type="imprisonment", count=12),
            13: dict(type="statement"),
            14: dict(type="release", happened=False, count=3),
        },
    ),
    dict(
        name="023_wire",
        outlet="Andes Press Agency",
        text="""
June 12, 2025 — Caracas

Venezuelan court [[1:sentences]] two radio journalists to 12 years for “inciting hatred”

CARACAS, June 12 (APA) - A court in the western Venezuelan city of Barquisimeto on Wednesday [[2:sentenced]] two journalists from a community radio station to 12 years in prison for incitement to hatred, their lawyer said.

Yorman Castillo Pérez, the director of Radio Crepuscular 101.5 FM, and presenter Luis Ángel Mendoza Ríos were [[3:arrested]] in January in a [[4:raid]] on the station by agents of the SEBIN intelligence service over a call-in programme about blackouts.

The hearing was closed to the press and to the men's families. Their lawyer, Alirio Montilla, said the court had relied on recordings of listeners' complaints, not on anything the two men had said. “They were [[5:convicted]] for what their listeners said,” he said. He said they would challenge the verdict.

Two other station workers were also [[6:detained]] but were [[7:released]] in January and must still report to a court every month.

Venezuela's Public Ministry said the trial had respected all legal guarantees.

Ricardo Nava Fuenmayor, a freelance reporter [[8:arrested]] in Maracaibo in January, was [[9:freed]] pending trial in April and is barred from leaving Zulia state.

Rights groups say at least 20 journalists are [[10:imprisoned]] in Venezuela.

The Americas Press Freedom Coalition [[11:called on]] a higher court to overturn the [[12:convictions]].
""",
        events={
            1: dict(type="imprisonment", count=2, incident=BARQ),
            2: dict(type="imprisonment", date=d("2025-06-11"), place="Barquisimeto", country=VE, count=2, incident=BARQ),
            3: dict(type="detention", date=m(2025, 1), count=2, incident=BARQ),
            4: dict(type="detention", date=m(2025, 1), count=2, incident=BARQ),
            5: dict(type="imprisonment", incident=BARQ),
            6: dict(type="detention", date=m(2025, 1), count=2, incident=BARQ),
            7: dict(type="release", date=m(2025, 1), count=2, incident=BARQ),
            8: dict(type="detention", date=m(2025, 1), place="Maracaibo", country=VE, count=1, incident=MARA),
            9: dict(type="release", date=m(2025, 4), count=1, incident=MARA),
            10: dict(type="imprisonment", place="Venezuela", country=VE, count=20),
            11: dict(type="statement"),
            12: dict(type="imprisonment", incident=BARQ),
        },
    ),
    # ------------------------------------------------------------------ d-enfeh-shipwreck
    dict(
        name="004_wire",
        outlet="Eastern Mediterranean News Agency",
        text="""
August 20, 2023 — Beirut

At least a dozen [[1:dead]] as migrant boat sinks off Lebanon

BEIRUT, Aug 20 (EMNA) - At least 12 people [[2:drowned]] when an overloaded boat carrying migrants towards Cyprus capsized off the northern Lebanese town of Enfeh early on Saturday, the Lebanese army said.

Army patrol boats and fishermen pulled 41 people from the water, and navy divers were still searching for others on Sunday, the army said in a statement. It did not say how many people had been on board.

Survivors told relatives that the boat had [[3:left]] a beach near Qalamoun, south of Tripoli, at about 2 a.m. with around 70 people on board, most of them Syrians, along with several Lebanese families.

The engine failed about an hour later and the boat, built for no more than 25 people, began taking on water in rough seas, one survivor told a local television station from a hospital in Tripoli.

Lebanon's economic collapse has pushed growing numbers of Lebanese, as well as Syrian and Palestinian refugees, to board smugglers' boats bound for Cyprus, about 160 km away.

In a separate operation on Saturday, the army said it had intercepted a second boat off the coast of Akkar, further north, and [[4:detained]] all 53 people on board, most of them Syrians.

Rights groups fear that the Syrians among them could be [[5:deported]].

Relatives waited at the port for news of people still [[6:missing]] after the sinking.
""",
        events={
            1: dict(type="death", place="Lebanon", country=LB, count=12, incident=ENFEH),
            2: dict(type="death", date=d("2023-08-19"), place="Enfeh", country=LB, count=12, incident=ENFEH),
            3: dict(type="flight", place="Qalamoun", country=LB, count=70, incident=ENFEH),
            4: dict(type="detention", date=d("2023-08-19"), place="Akkar", country=LB, count=53, incident=AKKAR),
            5: dict(type="forced_return", happened=False),
            6: dict(type="disappearance", incident=ENFEH),
        },
    ),
    dict(
        name="007_ngo",
        outlet="Mediterranean Lifeline Observatory",
        text="""
22 August 2023 Beirut

Lebanon: 14 [[1:dead]] and 15 [[2:missing]] after shipwreck off Enfeh; Syrian survivors face [[3:deportation]]

At least 14 people [[4:died]] and 15 are still [[5:missing]] after a boat carrying about 70 people sank off Enfeh, in northern Lebanon, on 19 August, the Mediterranean Lifeline Observatory (MLO) said today, citing interviews with survivors and relatives.

The boat had [[6:left]] a beach near Qalamoun, south of Tripoli, shortly after 2 a.m., bound for Cyprus. Survivors said the smuggler had promised them the trip would take 12 hours and had charged each adult 2,500 US dollars.

The engine failed about an hour later. As the boat filled with water, passengers were told to throw their bags overboard. It overturned shortly before 5 a.m., about 9 km from the shore.

At least five of those who [[7:died]] were children, among them a three-year-old girl from Homs whose father survived by clinging to a fuel can for four hours.

Lebanese army patrols and fishermen rescued 41 people. MLO interviewed 11 of them in Tripoli.

Instead of receiving care, 23 Syrian survivors were [[8:taken into custody]] by army intelligence as soon as they were brought ashore and [[9:held]] for two days at a military base in Tripoli, where they were questioned about the smugglers.

On 21 August, the army handed 19 of them over to the General Security directorate. General Security officers told their relatives that all 19 would be [[10:deported]] to Syria. The four others are still [[11:held]] at the base.

“These people watched their children and neighbours [[12:drown]], and the authorities' answer is to [[13:detain]] them and threaten to [[14:send them back]],” said Rana Haddad, MLO's director. “[[15:Sending them back]] to Syria would expose them to [[16:arrest]], [[17:torture]] and worse.”

It is not the first such tragedy. In September 2021, six people, among them two children, [[18:died]] of thirst on a boat from Minyeh that drifted for nine days after its engine broke down.

The army also [[19:detained]] 53 people from a second boat that it intercepted off the coast of Akkar on 19 August; MLO has not been able to reach them.

MLO [[20:calls on]] the Lebanese authorities to halt the [[21:deportation]] of the 19 survivors, to [[22:release]] those still [[23:held]] and to give all survivors access to medical and psychological care. It also [[24:urges]] the European Union to stop paying for interceptions at sea.
""",
        events={
            1: dict(type="death", place="Enfeh", country=LB, count=14, incident=ENFEH),
            2: dict(type="disappearance", place="Enfeh", country=LB, count=15, incident=ENFEH),
            3: dict(type="forced_return", happened=False),
            4: dict(type="death", date=d("2023-08-19"), place="Enfeh", country=LB, count=14, incident=ENFEH),
            5: dict(type="disappearance", date=d("2023-08-19"), place="Enfeh", country=LB, count=15, incident=ENFEH),
            6: dict(type="flight", place="Qalamoun", country=LB, incident=ENFEH),
            7: dict(type="death", incident=ENFEH),
            8: dict(type="detention", place="Tripoli", country=LB, count=23, incident=ENFEH),
            9: dict(type="detention", place="Tripoli", country=LB, count=23, incident=ENFEH),
            10: dict(type="forced_return", happened=False, place="Syria", country=SY, count=19),
            11: dict(type="detention", count=4, incident=ENFEH),
            12: dict(type="death", incident=ENFEH),
            13: dict(type="detention", incident=ENFEH),
            14: dict(type="forced_return", happened=False),
            15: dict(type="forced_return", happened=False, place="Syria", country=SY),
            16: dict(type="detention", happened=False, place="Syria", country=SY),
            17: dict(type="torture", happened=False, place="Syria", country=SY),
            18: dict(type="death", date=m(2021, 9), place="Minyeh", country=LB, count=6, incident=MINYEH),
            19: dict(type="detention", date=d("2023-08-19"), place="Akkar", country=LB, count=53, incident=AKKAR),
            20: dict(type="statement"),
            21: dict(type="forced_return", happened=False, count=19),
            22: dict(type="release", happened=False),
            23: dict(type="detention", incident=ENFEH),
            24: dict(type="statement"),
        },
    ),
    dict(
        name="012_news",
        outlet="Cedar Coast Times",
        text="""
29 August 2023 Tripoli

Enfeh shipwreck toll rises to 16; Syrian survivors [[1:deported]]

By Hiba Mrad

Fishermen found two more bodies near the shore at Batroun on Sunday, raising the number of people who [[2:died]] in the 19 August shipwreck off Enfeh to 16, according to the Lebanese army.

Thirteen people are still [[3:missing]], relatives say.

In Tripoli's Bab al-Tabbaneh district, Umm Khaled has barely slept since her son, 19-year-old Khaled, [[4:went missing]] when the boat overturned.

“He [[5:left]] because there is no work here, nothing,” she said. “He told me he would send money from Cyprus.”

General Security [[6:deported]] 11 Syrian survivors of the shipwreck to Syria on Friday, according to the Mediterranean Lifeline Observatory. They were driven to the Masnaa border crossing in eastern Lebanon and [[7:handed over]] to Syrian officials, relatives said.

Eight other Syrian survivors remain in General Security [[8:custody]] in Beirut. Four were [[9:released]] by army intelligence last week because they had valid residence permits.

“The people [[10:deported]] on Friday were witnesses in a criminal case against the smugglers,” said Tarek Sleiman, a lawyer who represents several families. “Now nobody can question them.”

General Security did not respond to questions. Lebanese officials say most Syrians in the country can go home safely.

The army also intercepted a second boat off Akkar on 19 August and [[11:detained]] the 53 people on board. Relatives say all 53 have since been [[12:deported]] to Syria.

The Mediterranean Lifeline Observatory has [[13:urged]] the authorities to stop the [[14:deportations]] and to keep searching for those still [[15:missing]].
""",
        events={
            1: dict(type="forced_return", incident=ENFEH),
            2: dict(type="death", date=d("2023-08-19"), place="Enfeh", country=LB, count=16, incident=ENFEH),
            3: dict(type="disappearance", count=13, incident=ENFEH),
            4: dict(type="disappearance", count=1, incident=ENFEH),
            5: dict(type="flight", incident=ENFEH),
            6: dict(type="forced_return", date=d("2023-08-25"), place="Syria", country=SY, count=11, incident=ENFEH),
            7: dict(type="forced_return", place="Masnaa", country=LB, incident=ENFEH),
            8: dict(type="detention", place="Beirut", country=LB, count=8, incident=ENFEH),
            9: dict(type="release", date=r("2023-08-22", "2023-08-28"), count=4, incident=ENFEH),
            10: dict(type="forced_return", date=d("2023-08-25"), incident=ENFEH),
            11: dict(type="detention", date=d("2023-08-19"), place="Akkar", country=LB, count=53, incident=AKKAR),
            12: dict(type="forced_return", place="Syria", country=SY, count=53, incident=AKKAR),
            13: dict(type="statement"),
            14: dict(type="forced_return", happened=False),
            15: dict(type="disappearance", incident=ENFEH),
        },
    ),
    dict(
        name="017_statement",
        outlet="UN Special Procedures",
        text="""
7 September 2023 Geneva

Lebanon: UN experts alarmed by [[1:deportation]] of shipwreck survivors to Syria

A group of UN independent experts said they were alarmed by the [[2:deportation]] to Syria of 11 Syrian survivors of a shipwreck off northern Lebanon in which at least 16 people [[3:died]].

The boat, carrying about 70 people, sank off the town of Enfeh in the early hours of 19 August. Thirteen passengers remain [[4:missing]].

The experts were told that 23 Syrian survivors were [[5:detained]] by army intelligence after being brought ashore. Eleven of them were [[6:handed over]] to the Syrian authorities at Lebanon's Masnaa border crossing on 25 August.

Eight remain in the [[7:custody]] of General Security, and four have been [[8:released]].

“These people had just watched their children and neighbours [[9:drown]]. Instead of care, they were met with [[10:detention]] and then [[11:expulsion]] to Syria,” the experts said. “Syria is not safe. Those [[12:sent back]] could be [[13:arrested]] on arrival, [[14:tortured]] or [[15:disappeared]].”

The experts pointed out that in September 2021, six people, including two children, [[16:died]] of thirst on a boat from Minyeh that drifted for nine days, and that no one has been held accountable.

The experts [[17:urged]] the Lebanese authorities to halt the [[18:deportation]] of the eight survivors still [[19:held]], to make sure that survivors can testify against the smugglers, and to guarantee that no one is [[20:returned]] to a country where they face persecution.

The statement was endorsed by Sofía Ledesma Aranguren, Special Rapporteur on trafficking in persons, especially women and children; Karim Oualid-Stern, Chair of the Working Group on Arbitrary Detention; and Ilse Marjatta Holm, Special Rapporteur on extrajudicial, summary or arbitrary executions.
""",
        events={
            1: dict(type="forced_return", place="Syria", country=SY, incident=ENFEH),
            2: dict(type="forced_return", place="Syria", country=SY, count=11, incident=ENFEH),
            3: dict(type="death", place="northern Lebanon", country=LB, count=16, incident=ENFEH),
            4: dict(type="disappearance", count=13, incident=ENFEH),
            5: dict(type="detention", count=23, incident=ENFEH),
            6: dict(type="forced_return", date=d("2023-08-25"), place="Masnaa", country=LB, count=11, incident=ENFEH),
            7: dict(type="detention", count=8, incident=ENFEH),
            8: dict(type="release", count=4, incident=ENFEH),
            9: dict(type="death", incident=ENFEH),
            10: dict(type="detention", incident=ENFEH),
            11: dict(type="forced_return", place="Syria", country=SY, incident=ENFEH),
            12: dict(type="forced_return", incident=ENFEH),
            13: dict(type="detention", happened=False),
            14: dict(type="torture", happened=False),
            15: dict(type="disappearance", happened=False),
            16: dict(type="death", date=m(2021, 9), place="Minyeh", country=LB, count=6, incident=MINYEH),
            17: dict(type="statement"),
            18: dict(type="forced_return", happened=False, count=8),
            19: dict(type="detention", count=8, incident=ENFEH),
            20: dict(type="forced_return", happened=False),
        },
    ),
    dict(
        name="024_ngo",
        outlet="Mediterranean Lifeline Observatory",
        text="""
18 December 2023 Beirut

Four months after Enfeh shipwreck, families of 13 [[1:missing]] still wait; two [[2:deported]] survivors [[3:detained]] in Syria

Four months after a boat carrying about 70 people sank off Enfeh, in northern Lebanon, the families of 13 passengers who are still [[4:missing]] have received no information from the Lebanese authorities about the search, the Mediterranean Lifeline Observatory (MLO) said today.

At least 16 people [[5:died]] in the shipwreck on 19 August; the last body was recovered near Batroun eight days later.

MLO has learned that two of the 11 Syrian survivors [[6:deported]] on 25 August were [[7:arrested]] by Syrian military intelligence at the Jdeidet Yabous border post in Syria the same day and have not been heard from since. Their families believe they are [[8:held]] at a military intelligence branch in Damascus.

“My brother survived the sea, and then they [[9:sent him back]] to Syria,” said the sister of one of the two men, who asked not to be named. “Now we do not know if he is alive.”

Of the eight Syrian survivors who remained in General Security [[10:custody]] in late August, five were [[11:released]] in October and three were [[12:deported]] in November, MLO said.

This year, at least 47 people have [[13:died]] on smugglers' boats, according to MLO's count.

MLO [[14:calls on]] the Lebanese authorities to resume the search and to share what they know with the families, and [[15:urges]] the Syrian authorities to reveal where the two men are and to [[16:release]] them.
""",
        events={
            1: dict(type="disappearance", place="Enfeh", country=LB, count=13, incident=ENFEH),
            2: dict(type="forced_return", place="Syria", country=SY, count=2, incident=ENFEH),
            3: dict(type="detention", place="Syria", country=SY, count=2, incident=ENFEH),
            4: dict(type="disappearance", place="Enfeh", country=LB, count=13, incident=ENFEH),
            5: dict(type="death", date=d("2023-08-19"), count=16, incident=ENFEH),
            6: dict(type="forced_return", date=d("2023-08-25"), place="Jdeidet Yabous", country=SY, count=11, incident=ENFEH),
            7: dict(type="detention", date=d("2023-08-25"), place="Jdeidet Yabous", country=SY, count=2, incident=ENFEH),
            8: dict(type="detention", place="Damascus", country=SY, incident=ENFEH),
            9: dict(type="forced_return", place="Syria", country=SY, count=1, incident=ENFEH),
            10: dict(type="detention", date=r("2023-08-21", "2023-08-31"), count=8, incident=ENFEH),
            11: dict(type="release", date=m(2023, 10), count=5, incident=ENFEH),
            12: dict(type="forced_return", date=m(2023, 11), count=3, incident=ENFEH),
            13: dict(type="death", date=y(2023), count=47),
            14: dict(type="statement"),
            15: dict(type="statement"),
            16: dict(type="release", happened=False, count=2),
        },
    ),
    # ------------------------------------------------------------------ d-assamaka-expulsion
    dict(
        name="009_ngo",
        outlet="Sahel Mobility Watch",
        text="""
8 March 2024 Agadez

Algeria: 612 people [[1:expelled]] to Niger, two [[2:die]] in the desert

Algerian security forces [[3:expelled]] 612 people, most of them from West and Central Africa, across the border with Niger on Sunday and left them in the desert at a place known as Point Zero, 15 km from the Nigerien village of Assamaka, Sahel Mobility Watch (SMW) said today.

Two of them, a 34-year-old man from Guinea and a woman from Mali in her twenties, [[4:died]] of heat and thirst during the 15 km walk, according to survivors who buried them beside the track.

Survivors told SMW researchers in Assamaka that they had been [[5:rounded up]] in late February at building sites and in migrant neighbourhoods in Oran, [[6:held]] for up to a week in a camp near Tamanrasset and then driven south in lorries.

Several said police had [[7:beaten]] them and taken their phones and money. “They [[8:beat]] us with sticks when we asked for water,” said Ibrahim, a 22-year-old from Cameroon who had spent two years working on building sites.

Among those [[9:expelled]] were 38 children and 11 pregnant women. Many had lived and worked in Algeria for years.

“People are being left in the desert with no water in the heat of the day. It is a miracle that only two [[10:died]],” said SMW coordinator Moussa Abdoulaye Issaka.

SMW has counted more than 9,000 people [[11:expelled]] from Algeria to Niger so far this year.

In January 2023, three young men from Mali were found [[12:dead]] near Point Zero days after Algeria had [[13:expelled]] them.

SMW [[14:calls on]] the Algerian authorities to stop mass [[15:expulsions]] and to make sure that no one is [[16:expelled]] without an individual hearing, and [[17:urges]] the Nigerien authorities to provide water and transport at the border.
""",
        events={
            1: dict(type="forced_return", place="Niger", country=NE, count=612, incident=ASSAMAKA),
            2: dict(type="death", place="Niger", country=NE, count=2, incident=ASSAMAKA),
            3: dict(type="forced_return", date=d("2024-03-03"), place="Point Zero", country=NE, count=612, incident=ASSAMAKA),
            4: dict(type="death", count=2, incident=ASSAMAKA),
            5: dict(type="detention", date=r("2024-02-21", "2024-02-29"), place="Oran", country=DZ, incident=ASSAMAKA),
            6: dict(type="detention", date=r("2024-02-21", "2024-02-29"), place="Tamanrasset", country=DZ, incident=ASSAMAKA),
            7: dict(type="torture", incident=ASSAMAKA),
            8: dict(type="torture", incident=ASSAMAKA),
            9: dict(type="forced_return", incident=ASSAMAKA),
            10: dict(type="death", count=2, incident=ASSAMAKA),
            11: dict(type="forced_return", date=y(2024), place="Niger", country=NE, count=9000),
            12: dict(type="death", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
            13: dict(type="forced_return", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
            14: dict(type="statement"),
            15: dict(type="forced_return", happened=False),
            16: dict(type="forced_return", happened=False),
            17: dict(type="statement"),
        },
    ),
    dict(
        name="014_wire",
        outlet="Trans-Saharan Wire",
        text="""
March 11, 2024 — Niamey

More than 600 migrants [[1:expelled]] by Algeria into Niger desert, two [[2:dead]]

NIAMEY, March 11 (TSW) - Algerian security forces [[3:expelled]] more than 600 people across the border with Niger in early March and left them in the desert, where two of them [[4:died]] before reaching the nearest village, a Nigerien aid group said.

Survivors told researchers from the group, Sahel Mobility Watch, that they had been [[5:rounded up]] in late February at building sites and in migrant neighbourhoods in Oran, [[6:held]] for up to a week in a camp near Tamanrasset and then driven south in lorries.

Two of them, a 34-year-old man from Guinea and a woman from Mali in her twenties, [[7:died]] of heat and thirst during the 15 km walk, according to survivors who buried them beside the track.

Algeria's Interior Ministry did not reply to emailed questions. Algerian officials have previously said that the country [[8:repatriates]] irregular migrants in accordance with the law and in cooperation with their countries of origin.

Separately, Nigerien officials said on Sunday that 487 Nigerien nationals had been [[9:repatriated]] from Algeria in an official convoy that reached Assamaka on Saturday.

Aid groups say Algeria [[10:expelled]] more than 30,000 people to Niger last year.

Sahel Mobility Watch [[11:urged]] the Algerian authorities to end the [[12:expulsions]] and to investigate the [[13:deaths]].
""",
        events={
            1: dict(type="forced_return", place="Niger", country=NE, count=600, incident=ASSAMAKA),
            2: dict(type="death", place="Niger", country=NE, count=2, incident=ASSAMAKA),
            3: dict(type="forced_return", date=r("2024-03-01", "2024-03-10"), place="Niger", country=NE, count=600,
                    incident=ASSAMAKA),
            4: dict(type="death", date=r("2024-03-01", "2024-03-10"), place="Niger", country=NE, count=2, incident=ASSAMAKA),
            5: dict(type="detention", date=r("2024-02-21", "2024-02-29"), place="Oran", country=DZ, incident=ASSAMAKA),
            6: dict(type="detention", date=r("2024-02-21", "2024-02-29"), place="Tamanrasset", country=DZ, incident=ASSAMAKA),
            7: dict(type="death", count=2, incident=ASSAMAKA),
            8: dict(type="forced_return"),
            9: dict(type="forced_return", date=d("2024-03-09"), place="Assamaka", country=NE, count=487, incident=CONVOY),
            10: dict(type="forced_return", date=y(2023), place="Niger", country=NE, count=30000),
            11: dict(type="statement"),
            12: dict(type="forced_return", happened=False),
            13: dict(type="death", incident=ASSAMAKA),
        },
    ),
    dict(
        name="016_news",
        outlet="The Sahel Dispatch",
        text="""
20 March 2024 Assamaka

At the end of Algeria's desert road, a third grave

By Aïchatou Garba

The third grave is a low mound of sand and stones beside the track that runs from the Algerian border to this village in northern Niger. Aid workers found the body of a young man from Côte d'Ivoire there on Thursday.

He was one of more than 600 people [[1:expelled]] by Algerian security forces at the border on 3 March, and a doctor who examined the body said he had [[2:died]] of thirst within hours.

His [[3:death]] brings to three the number of people known to have [[4:died]] after being left at Point Zero, the spot in the Nigerien desert where the lorries stop, according to Sahel Mobility Watch, a group based in Agadez.

Nigerien officials at the Assamaka health post now put the number of people [[5:expelled]] on 3 March at 648, higher than the 612 first counted by aid workers, because some groups reached the village only the next morning.

Blessing Okafor, a 27-year-old hairdresser from Benin City in Nigeria, had lived in Algiers for four years. She said she was [[6:arrested]] at a bus stop in Algiers on 26 February and [[7:held]] for five days in a sports hall in Tamanrasset before being put on a lorry.

“The police [[8:beat]] a boy who asked for water until he fainted,” she said.

Okafor says she has no money to get home, and the transit centre run by an aid agency in the village is full.

On 9 March, a separate, official convoy brought 487 Nigerien nationals [[9:repatriated]] from Algeria under a bilateral agreement; they were registered by Nigerien officials and taken south by bus.

Algerian officials say they [[10:return]] only people who entered the country illegally and that they treat them with dignity.

Three young Malian men were found [[11:dead]] near Point Zero in January 2023 after a similar [[12:expulsion]].
""",
        events={
            1: dict(type="forced_return", date=d("2024-03-03"), count=600, incident=ASSAMAKA),
            2: dict(type="death", date=d("2024-03-03"), incident=ASSAMAKA),
            3: dict(type="death", incident=ASSAMAKA),
            4: dict(type="death", count=3, incident=ASSAMAKA),
            5: dict(type="forced_return", date=d("2024-03-03"), count=648, incident=ASSAMAKA),
            6: dict(type="detention", date=d("2024-02-26"), place="Algiers", country=DZ, incident=ASSAMAKA),
            7: dict(type="detention", date=d("2024-02-26"), place="Tamanrasset", country=DZ, incident=ASSAMAKA),
            8: dict(type="torture", count=1, incident=ASSAMAKA),
            9: dict(type="forced_return", date=d("2024-03-09"), place="Algeria", country=DZ, count=487, incident=CONVOY),
            10: dict(type="forced_return"),
            11: dict(type="death", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
            12: dict(type="forced_return", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
        },
    ),
    dict(
        name="019_statement",
        outlet="West African Migrant Rights Coalition",
        text="""
26 March 2024 Dakar

Joint statement: End [[1:expulsions]] into the desert and investigate the [[2:deaths]] near Assamaka

We, the undersigned organisations from West and Central Africa, condemn the [[3:expulsion]] on 3 March 2024 of at least 612 people from Algeria to a spot in the desert known as Point Zero, inside Niger.

Three of them [[4:died]] of thirst on their way to the village of Assamaka, and the body of the last was found only by chance.

Survivors were [[5:arrested]] in late February in several Algerian cities, [[6:held]] in camps near Tamanrasset and [[7:beaten]] by guards, according to accounts gathered by our member organisations.

This is not new. In January 2023, three young Malian men [[8:died]] near Point Zero days after they had been [[9:expelled]] from Algeria.

Every month, Algeria [[10:expels]] large numbers of people from across Africa to Niger without any individual examination of their situation, in breach of its obligations under the African Charter on Human and Peoples' Rights.

We [[11:call on]] the Algerian authorities to end collective [[12:expulsions]] and to investigate the [[13:beatings]] described by survivors of the convoy, and we [[14:urge]] the Nigerien authorities and the Economic Community of West African States to protect the people stranded at the border.

Signed: West African Migrant Rights Coalition; Sahel Mobility Watch; Association of Guinean Returnees; Bamako Migrants' Legal Aid Network; Dakar Forum for Free Movement.
""",
        events={
            1: dict(type="forced_return", happened=False),
            2: dict(type="death", place="Assamaka", country=NE, incident=ASSAMAKA),
            3: dict(type="forced_return", date=d("2024-03-03"), place="Point Zero", country=NE, count=612, incident=ASSAMAKA),
            4: dict(type="death", count=3, incident=ASSAMAKA),
            5: dict(type="detention", date=r("2024-02-21", "2024-02-29"), incident=ASSAMAKA),
            6: dict(type="detention", date=r("2024-02-21", "2024-02-29"), place="Tamanrasset", country=DZ, incident=ASSAMAKA),
            7: dict(type="torture", date=r("2024-02-21", "2024-02-29"), place="Tamanrasset", country=DZ, incident=ASSAMAKA),
            8: dict(type="death", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
            9: dict(type="forced_return", date=m(2023, 1), place="Point Zero", country=NE, count=3, incident=POINT_ZERO),
            10: dict(type="forced_return", place="Niger", country=NE),
            11: dict(type="statement"),
            12: dict(type="forced_return", happened=False),
            13: dict(type="torture", incident=ASSAMAKA),
            14: dict(type="statement"),
        },
    ),
    dict(
        name="022_wire",
        outlet="Trans-Saharan Wire",
        text="""
May 17, 2024 — Niamey

Migrants [[1:expelled]] to Niger in March still stranded in Assamaka

NIAMEY, May 17 (TSW) - More than 200 of the people Algeria [[2:expelled]] to Niger on March 3 are still stranded in the border village of Assamaka, waiting for transport home, aid workers said on Thursday.

Among them is Ibrahim Njoya, 22, from Cameroon, who was [[3:rounded up]] in Oran in February and says he was [[4:beaten]] in a camp near Tamanrasset before being driven to the border.

“I have no money to go home, and I cannot go back to Algeria,” he said.

Aid workers said two of the three people who [[5:died]] on the walk from Point Zero in March had been identified and their families informed.

The 487 Nigerien nationals [[6:repatriated]] from Algeria in an official convoy on March 9 were taken home by bus within days, aid workers said.

The stranded group has grown with every new convoy. Aid groups say Algeria has [[7:expelled]] more than 11,000 people to Niger this year.

Sahel Mobility Watch [[8:called on]] donors to pay for transport home for those stranded in Assamaka.
""",
        events={
            1: dict(type="forced_return", date=m(2024, 3), place="Niger", country=NE, incident=ASSAMAKA),
            2: dict(type="forced_return", date=d("2024-03-03"), place="Niger", country=NE, incident=ASSAMAKA),
            3: dict(type="detention", date=m(2024, 2), place="Oran", country=DZ, count=1, incident=ASSAMAKA),
            4: dict(type="torture", date=m(2024, 2), place="Tamanrasset", country=DZ, count=1, incident=ASSAMAKA),
            5: dict(type="death", date=m(2024, 3), count=3, incident=ASSAMAKA),
            6: dict(type="forced_return", date=d("2024-03-09"), place="Algeria", country=DZ, count=487, incident=CONVOY),
            7: dict(type="forced_return", date=y(2024), place="Niger", country=NE, count=11000),
            8: dict(type="statement"),
        },
    ),
]
