# ruff: noqa: E501
"""Multi-document event gold, set A (documents 001-020).

Five main incidents, each covered by several outlets over several days: an original (NGO release
or wire story), later reports that echo whole paragraphs of it, conflicting counts, refinements,
background cases shared between reports and independent reporting with its own wording.

  a-mersin-deportation   Syrians detained in Mersin and deported to Idlib (001-004)
  a-oaxaca-journalist    community radio reporter disappeared and killed in Oaxaca (005-008)
  a-chiangrai-defectors  North Koreans detained in Chiang Rai, later in South Korea (009-012)
  a-aktau-protest        oil workers' wage rally broken up in Aktau, organisers jailed (013-016)
  a-lesbos-pushback      fatal pushback of asylum seekers from Lesbos (017-020)

Background labels shared between documents: a-izmir-2021-deportation, a-turkey-2022-decree,
a-coatzacoalcos-2019-killing, a-shenyang-2017-repatriation, a-kazakhstan-2023-strike-decree,
a-baimukhanov-2021-imprisonment, a-samos-2021-pushback. Background labels used once:
a-abu-khalil-2016-flight, a-chiangrai-women-2019-repatriation, a-ibrahim-guinea-flight,
a-conakry-rally-arrest.
"""

MERSIN = "a-mersin-deportation"
OAXACA = "a-oaxaca-journalist"
CHIANGRAI = "a-chiangrai-defectors"
AKTAU = "a-aktau-protest"
LESBOS = "a-lesbos-pushback"

IZMIR = "a-izmir-2021-deportation"
TR_DECREE = "a-turkey-2022-decree"
COATZA = "a-coatzacoalcos-2019-killing"
SHENYANG = "a-shenyang-2017-repatriation"
KZ_DECREE = "a-kazakhstan-2023-strike-decree"
BAIMUKHANOV = "a-baimukhanov-2021-imprisonment"
SAMOS = "a-samos-2021-pushback"


def day(iso):
    return (iso, iso, "day")


def month(ym):
    import calendar
    year, mon = map(int, ym.split("-"))
    return (f"{ym}-01", f"{ym}-{calendar.monthrange(year, mon)[1]:02d}", "month")


def year(y):
    return (f"{y}-01-01", f"{y}-12-31", "year")


def span(start, end):
    return (start, end, "range")


DOCS = [
    # ------------------------------------------------------------------ a-mersin-deportation
    dict(
        name="001_ngo",
        outlet="Refugee Rights Monitor",
        text="""
4 May 2023 Istanbul

Mersin [[1:raid]] ends with Syrian families [[2:expelled]] across the border

Turkish authorities [[3:deported]] 16 Syrian refugees, among them four women and a 10-year-old girl, to Syria on Tuesday, Refugee Rights Monitor said today. Police had [[4:detained]] the group in a dawn operation in the Akdeniz district of Mersin on April 28, and none of them was allowed to see a lawyer.

Relatives told Refugee Rights Monitor that officers broke down doors on three floors of the building shortly before 5 a.m. and ordered families outside in their night clothes. The families were driven first to a police station and then to the Adana Removal Centre, where guards confiscated their phones and pressured them to sign forms in Turkish they could not read. One man, 31-year-old Yusuf Darwish, told his brother by phone that guards [[5:beat]] him with a rubber hose when he refused.

On Tuesday morning the 16 were put on a bus to the Cilvegözü border gate in Hatay province and [[6:sent back]] into Idlib, an area that is still shelled almost daily. Several of the families had lived in Mersin for more than seven years, and three of the children were born in Türkiye.

“These families were [[7:deported]] to a war zone in the space of four days, without a lawyer, without a hearing and without any assessment of the danger they face,” said Leyla Aksoy, Türkiye director at Refugee Rights Monitor. “Türkiye must allow the 16 to come back to their homes in Mersin and explain why a child was loaded onto a bus to Idlib at dawn.”

Refugee Rights Monitor [[8:called on]] the Interior Ministry to open an investigation into the [[9:beating]] reported at the Adana Removal Centre and to suspend all [[10:deportations]] to Syria pending an individual review of each case.

A presidential [[11:decree]] issued in 2022 gave provincial governors sweeping powers over foreigners whom they consider a threat to ‘public order’, allowing them to bypass the courts. Lawyers say the measure has since been used against hundreds of Syrians, many of whom had lived in Türkiye for close to a decade.

The Mersin operation echoes events in Izmir in August 2021, when police [[12:arrested]] seven young Syrian men over a video they had posted on social media and [[13:deported]] them within a week. One of the seven [[14:went missing]] in Idlib weeks later and has not been heard from since.

Turkish officials say more than 550,000 Syrians have gone home voluntarily since 2016. Refugee Rights Monitor has documented at least 40 cases in southern Türkiye since January in which people who signed ‘voluntary return’ forms said they had done so under pressure.
""",
        events={
            1: dict(type="detention", place="Mersin", country="Turkey", incident=MERSIN),
            2: dict(type="forced_return", incident=MERSIN),
            3: dict(type="forced_return", date=day("2023-05-02"), place="Syria", country="Syria", count=16,
                    incident=MERSIN),
            4: dict(type="detention", date=day("2023-04-28"), place="Akdeniz", country="Turkey", incident=MERSIN),
            5: dict(type="torture", count=1, incident=MERSIN),
            6: dict(type="forced_return", date=day("2023-05-02"), place="Cilvegözü", country="Turkey", count=16,
                    incident=MERSIN),
            7: dict(type="forced_return", incident=MERSIN),
            8: dict(type="statement"),
            9: dict(type="torture", place="Adana", country="Turkey", incident=MERSIN),
            10: dict(type="forced_return", happened=False, place="Syria", country="Syria"),
            11: dict(type="policy", date=year(2022), incident=TR_DECREE),
            12: dict(type="detention", date=month("2021-08"), place="Izmir", country="Turkey", count=7,
                     incident=IZMIR),
            13: dict(type="forced_return", date=month("2021-08"), place="Izmir", country="Turkey", count=7,
                     incident=IZMIR),
            14: dict(type="disappearance", place="Idlib", country="Syria", count=1, incident=IZMIR),
        },
    ),
    dict(
        name="002_wire",
        outlet="Meridian Press Agency",
        text="""
May 5, 2023 — Ankara

Turkey [[1:deports]] 16 Syrians after Mersin [[2:raid]], rights group says

Turkish authorities [[3:deported]] 16 Syrian refugees, among them four women and a 10-year-old girl, to Syria on Tuesday, Refugee Rights Monitor said on Thursday.

The group had been [[4:detained]] in a dawn operation in the Akdeniz district of Mersin on April 28, the Istanbul-based organisation said. Turkey’s Interior Ministry did not respond to a request for comment.

Relatives told Refugee Rights Monitor that officers broke down doors on three floors of the building shortly before 5 a.m. and ordered families outside in their night clothes. The families were driven first to a police station and then to the Adana Removal Centre, where guards confiscated their phones and pressured them to sign forms in Turkish they could not read.

One man, 31-year-old Yusuf Darwish, told his brother by phone that guards [[5:beat]] him with a rubber hose when he refused, the group said.

The 16 were [[6:sent back]] into Idlib through the Cilvegözü border gate in Hatay province, according to Refugee Rights Monitor.

“They were given no chance to challenge the decision in court,” Leyla Aksoy, the group’s Türkiye director, told Meridian Press Agency. “Several of them had lived in Mersin for seven years.”

A provincial police official, speaking on condition of anonymity because he was not authorised to speak to the media, said the operation targeted ‘irregular migrants’ and that all those [[7:detained]] had been processed in accordance with the law.

Turkey hosts about 3.4 million Syrians under temporary protection, more than any other country. Officials say more than 550,000 have returned voluntarily to areas of northern Syria controlled by Turkish-backed forces.

Refugee Rights Monitor [[8:urged]] Ankara to let the 16 come back to Turkey and to investigate the alleged [[9:beating]].

Rights groups say a presidential [[10:decree]] issued in 2022 gave provincial governors sweeping powers over foreigners deemed a threat to public order, allowing them to bypass the courts.

Pressure on Syrians in Turkey has grown during a cost-of-living crisis, and some opposition politicians have promised to [[11:send back]] Syrians if they win power.
""",
        events={
            1: dict(type="forced_return", place="Turkey", country="Turkey", count=16, incident=MERSIN),
            2: dict(type="detention", place="Mersin", country="Turkey", count=16, incident=MERSIN),
            3: dict(type="forced_return", date=day("2023-05-02"), place="Syria", country="Syria", count=16,
                    incident=MERSIN),
            4: dict(type="detention", date=day("2023-04-28"), place="Akdeniz", country="Turkey", incident=MERSIN),
            5: dict(type="torture", count=1, incident=MERSIN),
            6: dict(type="forced_return", place="Cilvegözü", country="Turkey", count=16, incident=MERSIN),
            7: dict(type="detention", incident=MERSIN),
            8: dict(type="statement"),
            9: dict(type="torture", incident=MERSIN),
            10: dict(type="policy", date=year(2022), incident=TR_DECREE),
            11: dict(type="forced_return", happened=False),
        },
    ),
    dict(
        name="003_news",
        outlet="Bosphorus Daily",
        text="""
8 May 2023 Mersin

In a Mersin stairwell, the empty flats left by a police [[1:raid]]

By Deniz Karaca

The door of flat 7 still hangs from one hinge. Inside, a child’s pink backpack lies on the floor next to a pot of lentils that nobody came back to finish.

Residents of the five-storey building in the Akdeniz district say police arrived before sunrise in late April and [[2:rounded up]] every Syrian tenant they could find, from a pre-teen girl to a man in his seventies. Within days, according to relatives and rights groups, most of them had been [[3:deported]] to Syria.

The Mersin governor’s office said in a written reply to Bosphorus Daily that 14 foreign nationals had been [[4:detained]] in the operation for lacking valid residence papers, and that all 14 ‘chose to return to their country’ after being informed of their rights.

Refugee Rights Monitor, the Istanbul-based group that first reported the case, puts the number at 16 and says that none of those [[5:expelled]] signed willingly.

Zeynep, a neighbour who asked that her surname not be used, watched from her balcony as officers led a man in handcuffs to a van. “He kept shouting that his papers were at the migration office,” she said. “They [[6:beat]] him on the stairs in front of his children.”

Reached by telephone in Idlib, one of the men [[7:deported]] last week, who gave his name only as Abu Khalil, said the group was driven for ten hours to the Cilvegözü border gate without food or water. He said officers had told them they would be [[8:released]] if they signed. “Instead they opened the gate and told us to walk,” he said.

Abu Khalil said he had [[9:fled]] Aleppo in 2016 and worked for six years in a Mersin textile workshop. “I have no house here, no work, nothing,” he said. “My children were born in Turkey. They do not know Syria.”

Turkish officials have repeatedly denied that Syrians are [[10:deported]] against their will. “No one is [[11:sent back]] by force,” a deputy interior minister, Kemal Ertuğrul, told parliament.

Lawyers in Mersin compare the operation to a case in Izmir in August 2021, when seven young Syrian men [[12:arrested]] over a social media video were [[13:deported]] within a week.

Refugee Rights Monitor has [[14:called for]] an independent inquiry. The governor’s office described the operation as ‘routine’.

Photo: A child’s backpack left behind in a flat in the Akdeniz district after the [[15:raid]]. (Deniz Karaca/Bosphorus Daily)
""",
        events={
            1: dict(type="detention", place="Mersin", country="Turkey", incident=MERSIN),
            2: dict(type="detention", date=span("2023-04-21", "2023-04-30"), place="Akdeniz", country="Turkey",
                    incident=MERSIN),
            3: dict(type="forced_return", place="Syria", country="Syria", incident=MERSIN),
            4: dict(type="detention", place="Mersin", country="Turkey", count=14, incident=MERSIN),
            5: dict(type="forced_return", count=16, incident=MERSIN),
            6: dict(type="torture", incident=MERSIN),
            7: dict(type="forced_return", date=span("2023-05-01", "2023-05-07"), place="Cilvegözü",
                    country="Turkey", incident=MERSIN),
            8: dict(type="release", happened=False),
            9: dict(type="flight", date=year(2016), place="Aleppo", country="Syria",
                    count=1, incident="a-abu-khalil-2016-flight"),
            10: dict(type="forced_return", happened=False),
            11: dict(type="forced_return", happened=False),
            12: dict(type="detention", date=month("2021-08"), place="Izmir", country="Turkey", count=7,
                     incident=IZMIR),
            13: dict(type="forced_return", date=month("2021-08"), place="Izmir", country="Turkey", count=7,
                     incident=IZMIR),
            14: dict(type="statement"),
            15: dict(type="detention", place="Akdeniz", country="Turkey", incident=MERSIN),
        },
    ),
    dict(
        name="004_statement",
        outlet="UN Special Procedures",
        text="""
12 May 2023 Geneva

Türkiye: UN experts alarmed by summary [[1:deportation]] of Syrian refugees from Mersin

UN human rights experts today expressed grave concern about the [[2:deportation]] on 2 May of 16 Syrian nationals, among them four women and a 10-year-old girl, who had been [[3:detained]] in Mersin on 28 April 2023.

“The speed of this operation left no room for any individual assessment of the risks each person would face in Syria,” the experts said. “In the space of four days, families who had lived in Türkiye for years were taken from their beds and [[4:sent back]] across the border into a conflict zone.”

According to information received by the experts, relatives told a civil society organisation that officers broke down doors on three floors of the building shortly before 5 a.m. and ordered families outside in their night clothes. The families were driven first to a police station and then to the Adana Removal Centre, where guards confiscated their phones and pressured them to sign forms in Turkish they could not read.

“We have received credible allegations that at least one man was [[5:beaten]] at the removal centre after he refused to sign,” the experts said. “A signature obtained in this way is not consent.”

“Syria remains unsafe. The 16 now face a real risk of arbitrary [[6:detention]], [[7:torture]] and enforced [[8:disappearance]],” they said.

The experts [[9:called on]] the Government of Türkiye to allow the 16 to return to their homes, to investigate the alleged [[10:ill-treatment]] and to refrain from any further [[11:deportations]] to Syria.

The experts also expressed concern about a 2022 presidential [[12:decree]] that lets provincial governors bypass the courts in cases involving foreigners considered a threat to public order.

They recalled that they had previously raised with the Government the case of seven Syrian men who were [[13:deported]] from Izmir in August 2021 after posting a video online. One of the seven has been [[14:missing]] in Idlib since then.

The experts have been in contact with the Government of Türkiye on these concerns.

The experts: Ana Lucía Ferreira, Special Rapporteur on the human rights of migrants; Tomasz Wierzbicki, Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment; Aiko Nakamura, Chair of the Working Group on Enforced or Involuntary Disappearances.
""",
        events={
            1: dict(type="forced_return", place="Mersin", country="Turkey", incident=MERSIN),
            2: dict(type="forced_return", date=day("2023-05-02"), count=16, incident=MERSIN),
            3: dict(type="detention", date=day("2023-04-28"), place="Mersin", country="Turkey", count=16,
                    incident=MERSIN),
            4: dict(type="forced_return", incident=MERSIN),
            5: dict(type="torture", count=1, incident=MERSIN),
            6: dict(type="detention", happened=False, count=16),
            7: dict(type="torture", happened=False, count=16),
            8: dict(type="disappearance", happened=False, count=16),
            9: dict(type="statement"),
            10: dict(type="torture", incident=MERSIN),
            11: dict(type="forced_return", happened=False, place="Syria", country="Syria"),
            12: dict(type="policy", date=year(2022), incident=TR_DECREE),
            13: dict(type="forced_return", date=month("2021-08"), place="Izmir", country="Turkey", count=7,
                     incident=IZMIR),
            14: dict(type="disappearance", place="Idlib", country="Syria", count=1, incident=IZMIR),
        },
    ),
    # ------------------------------------------------------------------ a-oaxaca-journalist
    dict(
        name="005_ngo",
        outlet="Free Voices Alliance",
        text="""
14 September 2023 Mexico City

Mexico: Community radio reporter Emiliano Cruz Vásquez [[1:missing]] in Oaxaca

Free Voices Alliance is deeply concerned about the [[2:disappearance]] of Emiliano Cruz Vásquez, a 38-year-old reporter for the community station Radio Binnizá in Juchitán de Zaragoza, Oaxaca, who has not been seen since Tuesday night. We [[3:call on]] the state and federal authorities to search for him immediately and to do everything in their power to find him alive.

Cruz left the station’s studio on Calle 5 de Septiembre shortly after 9 p.m. on Tuesday, after presenting his evening programme on water rights and sand mining along the Los Perros river. Two witnesses told his family that men in a white pickup truck without licence plates forced him into the vehicle a few blocks from the studio. His phone has been switched off since.

His family [[4:lost contact]] with him that night. They have reported his [[5:disappearance]] to the Oaxaca State Prosecutor’s Office, which has opened an investigation.

“Emiliano covered the conflicts that others in the region prefer to ignore, and he had received threats for it,” said Marta Solís Ugalde, Mexico director of Free Voices Alliance. “Every hour counts. The authorities must search for him now, not wait until they can file this away as one more [[6:killing]] of a journalist.”

In June, Cruz said on air that a car had followed him home after he covered a protest against a sand-mining concession near Santa María Xadani, and he asked to be enrolled in the federal protection mechanism for journalists. His request was still under review when he [[7:disappeared]], his family said.

At least five journalists have been [[8:killed]] in Mexico so far this year, according to Free Voices Alliance’s records, and Oaxaca remains one of the most dangerous states in the country for the press.

The case recalls the [[9:murder]] of radio host Marisol Ibarra Chan, who was [[10:shot dead]] outside her home in Coatzacoalcos, Veracruz, in March 2019, two weeks after she reported receiving threats over her coverage of fuel theft. No one has been [[11:convicted]] for her [[12:killing]], and her family says the investigation has stalled.

Free Voices Alliance [[13:urges]] the Oaxaca State Prosecutor’s Office and the federal Special Prosecutor for Crimes against Freedom of Expression to activate an immediate search, to treat his journalistic work as the main line of inquiry and to guarantee the safety of his family and of his colleagues at Radio Binnizá.
""",
        events={
            1: dict(type="disappearance", place="Oaxaca", country="Mexico", count=1, incident=OAXACA),
            2: dict(type="disappearance", date=day("2023-09-12"), place="Juchitán de Zaragoza", country="Mexico",
                    count=1, incident=OAXACA),
            3: dict(type="statement"),
            4: dict(type="disappearance", date=day("2023-09-12"), incident=OAXACA),
            5: dict(type="disappearance", place="Oaxaca", country="Mexico", incident=OAXACA),
            6: dict(type="killing", happened=False, count=1),
            7: dict(type="disappearance", incident=OAXACA),
            8: dict(type="killing", date=year(2023), place="Mexico", country="Mexico", count=5),
            9: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico", count=1, incident=COATZA),
            10: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico",
                     count=1, incident=COATZA),
            11: dict(type="imprisonment", happened=False),
            12: dict(type="killing", incident=COATZA),
            13: dict(type="statement"),
        },
    ),
    dict(
        name="006_wire",
        outlet="Continental News Service",
        text="""
September 15, 2023 — Mexico City

Mexican community radio reporter [[1:missing]] in Oaxaca, press group says

A community radio reporter in the southern Mexican state of Oaxaca has been [[2:missing]] since he was forced into a pickup truck by unidentified men on Tuesday night, press freedom group Free Voices Alliance said on Thursday.

Emiliano Cruz Vásquez, 38, presents an evening programme on Radio Binnizá in Juchitán de Zaragoza, a town on the Isthmus of Tehuantepec, the group said.

Cruz left the station’s studio on Calle 5 de Septiembre shortly after 9 p.m. on Tuesday, after presenting his evening programme on water rights and sand mining along the Los Perros river. Two witnesses told his family that men in a white pickup truck without licence plates forced him into the vehicle a few blocks from the studio. His phone has been switched off since.

The Oaxaca State Prosecutor’s Office said it had opened an investigation into the [[3:disappearance]] and was ‘not ruling out any line of inquiry’, including his work as a journalist.

Oaxaca’s governor wrote on social media that ‘all available resources’ had been deployed in the search.

Mexico is one of the deadliest countries in the world for reporters. At least five journalists have been [[4:killed]] in the country so far this year, according to Free Voices Alliance.

Free Voices Alliance said the case recalled the [[5:murder]] of radio host Marisol Ibarra Chan, who was [[6:shot dead]] outside her home in Coatzacoalcos, Veracruz, in March 2019, two weeks after she reported receiving threats over her coverage of fuel theft. No one has been [[7:convicted]] for her [[8:killing]], and her family says the investigation has stalled.

Cruz’s colleagues at Radio Binnizá held a vigil outside the studio on Thursday evening and [[9:demanded]] that the authorities bring him back alive.
""",
        events={
            1: dict(type="disappearance", place="Oaxaca", country="Mexico", count=1, incident=OAXACA),
            2: dict(type="disappearance", date=day("2023-09-12"), place="Oaxaca", country="Mexico", count=1,
                    incident=OAXACA),
            3: dict(type="disappearance", place="Oaxaca", country="Mexico", incident=OAXACA),
            4: dict(type="killing", date=year(2023), count=5),
            5: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico", count=1, incident=COATZA),
            6: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico", count=1, incident=COATZA),
            7: dict(type="imprisonment", happened=False),
            8: dict(type="killing", incident=COATZA),
            9: dict(type="statement", date=day("2023-09-14")),
        },
    ),
    dict(
        name="007_news",
        outlet="Mexico News Ledger",
        text="""
20 September 2023 Juchitán de Zaragoza

Body of [[1:missing]] Oaxaca radio reporter found in ravine; family [[2:demands]] justice

By Gabriela Ruiz Toledo

The body of Emiliano Cruz Vásquez was found on Monday in a ravine near Santo Domingo Tehuantepec, Oaxaca state prosecutors said, six days after the community radio reporter [[3:disappeared]] in Juchitán de Zaragoza.

Prosecutors said the body bore signs of [[4:torture]] and that Cruz had been [[5:killed]] by a single gunshot to the head. A forensic report seen by Mexico News Ledger estimates that he [[6:died]] at least two days before he was found.

Cruz left the station’s studio on Calle 5 de Septiembre shortly after 9 p.m. on September 12, after presenting his evening programme on water rights and sand mining along the Los Perros river. Two witnesses told his family that men in a white pickup truck without licence plates forced him into the vehicle a few blocks from the studio.

The account was first published by the press freedom group Free Voices Alliance, which raised the alarm over his [[7:disappearance]].

At the family home in the Cheguigo neighbourhood, his sister Itzel Cruz sat beside a photograph draped in black ribbon. “They took him alive and they gave him back to us like this,” she said. “We [[8:demand]] that they find the people who [[9:killed]] my brother, and the people who sent them.”

State attorney general Ramiro Olvera told reporters that investigators were examining footage from street cameras and had identified the pickup truck. No one has been [[10:arrested]].

Cruz had reported on complaints by Zapotec fishing communities that sand extraction was destroying the Los Perros river. In June he asked the federal protection mechanism for journalists to include him in its programme after he was followed by a car; his request was still pending.

Free Voices Alliance said Cruz was at least the sixth journalist [[11:killed]] in Mexico in 2023. The group has [[12:called for]] federal prosecutors to take over the case.

Photo: Relatives of Emiliano Cruz Vásquez hold a vigil outside the Radio Binnizá studio in Juchitán de Zaragoza on Tuesday. (Gabriela Ruiz Toledo/Mexico News Ledger)
""",
        events={
            1: dict(type="disappearance", place="Oaxaca", country="Mexico", count=1, incident=OAXACA),
            2: dict(type="statement"),
            3: dict(type="disappearance", date=day("2023-09-12"), place="Juchitán de Zaragoza", country="Mexico",
                    count=1, incident=OAXACA),
            4: dict(type="torture", count=1, incident=OAXACA),
            5: dict(type="killing", count=1, incident=OAXACA),
            6: dict(type="death", incident=OAXACA),
            7: dict(type="disappearance", incident=OAXACA),
            8: dict(type="statement"),
            9: dict(type="killing", count=1, incident=OAXACA),
            10: dict(type="detention", happened=False),
            11: dict(type="killing", date=year(2023), place="Mexico", country="Mexico", incident=OAXACA),
            12: dict(type="statement"),
        },
    ),
    dict(
        name="008_statement",
        outlet="UN Special Procedures",
        text="""
2 October 2023 Geneva

Mexico: UN experts condemn [[1:killing]] of community radio journalist in Oaxaca

UN experts condemned the [[2:killing]] of community radio journalist Emiliano Cruz Vásquez in the Mexican state of Oaxaca and [[3:called for]] a prompt, thorough and independent investigation.

Mr. Cruz Vásquez, a reporter for Radio Binnizá in Juchitán de Zaragoza, [[4:disappeared]] in mid-September after unidentified men forced him into a vehicle near the station. His body, bearing signs of [[5:torture]], was later found in a ravine near Santo Domingo Tehuantepec.

“The [[6:killing]] of Mr. Cruz Vásquez is a brutal reminder that journalists who report on land and environmental conflicts in Mexico pay with their lives,” the experts said. “He had reported being followed and had asked for protection. The State knew he was at risk, and it did not act.”

The experts noted that at least six journalists had been [[7:killed]] in Mexico in 2023, several of them in states where the federal protection mechanism had been alerted to specific threats.

The experts recalled the [[8:murder]] of radio host Marisol Ibarra Chan, who was [[9:shot dead]] outside her home in Coatzacoalcos, Veracruz, in March 2019, two weeks after she reported receiving threats over her coverage of fuel theft. No one has been [[10:convicted]] for her [[11:killing]], and her family has told the experts that the investigation has stalled.

“Impunity is the fuel of these crimes. When the killers of one journalist walk free, the next [[12:murder]] becomes easier,” the experts said.

The experts [[13:urged]] the Government of Mexico to strengthen the protection mechanism, to ensure that the Special Prosecutor for Crimes against Freedom of Expression takes over the investigation, and to bring to justice all those responsible for the [[14:killing]], including those who ordered it.

The experts are in contact with the Government of Mexico on this case.

The experts: Irene Castellanos Mora, Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression; Kwame Asante-Boateng, Special Rapporteur on extrajudicial, summary or arbitrary executions; Lotte Van Damme, Special Rapporteur on the situation of human rights defenders.
""",
        events={
            1: dict(type="killing", place="Oaxaca", country="Mexico", count=1, incident=OAXACA),
            2: dict(type="killing", place="Oaxaca", country="Mexico", count=1, incident=OAXACA),
            3: dict(type="statement"),
            4: dict(type="disappearance", date=span("2023-09-11", "2023-09-20"), place="Juchitán de Zaragoza",
                    country="Mexico", count=1, incident=OAXACA),
            5: dict(type="torture", incident=OAXACA),
            6: dict(type="killing", place="Mexico", country="Mexico", count=1, incident=OAXACA),
            7: dict(type="killing", date=year(2023), place="Mexico", country="Mexico", count=6),
            8: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico", count=1, incident=COATZA),
            9: dict(type="killing", date=month("2019-03"), place="Coatzacoalcos", country="Mexico", count=1, incident=COATZA),
            10: dict(type="imprisonment", happened=False),
            11: dict(type="killing", incident=COATZA),
            12: dict(type="killing", happened=False),
            13: dict(type="statement"),
            14: dict(type="killing", incident=OAXACA),
        },
    ),
    # ------------------------------------------------------------------ a-chiangrai-defectors
    dict(
        name="009_wire",
        outlet="Meridian Press Agency",
        text="""
March 5, 2024 — Bangkok

Thailand [[1:detains]] eight North Koreans in Chiang Rai

Thai police [[2:detained]] eight North Koreans on Sunday shortly after they [[3:crossed]] the Mekong River from Laos into Chiang Saen district of Chiang Rai province, a police official said on Tuesday.

Officers [[4:apprehended]] the group — five women, two men and a 12-year-old boy — in a banana plantation near the riverbank, Police Colonel Somchai Rattanawong of Chiang Saen police station told Meridian Press Agency.

They told officers they had [[5:fled]] North Korea several months ago and travelled through China and Laos with the help of brokers, [[6:crossing]] the river at night in a small wooden boat with an outboard motor, in the hope of eventually reaching South Korea, where relatives of two of the women already live, he said.

The eight were charged with illegal entry and are in [[7:custody]] at the Chiang Saen police station pending a court hearing, Somchai said.

North Koreans [[8:caught]] entering Thailand are usually fined and serve a short [[9:jail term]] before they are [[10:allowed to travel]] to South Korea, which considers them its citizens.

Rights groups have [[11:urged]] Thailand not to [[12:repatriate]] North Koreans, who face [[13:imprisonment]] in labour camps or worse if [[14:returned]].

Thailand has not [[15:sent back]] a North Korean to the North in more than a decade, according to rights groups.

South Korea’s embassy in Bangkok said it was aware of the case and was in contact with Thai authorities.

China, North Korea’s main ally, treats North Korean escapees as illegal economic migrants rather than refugees and routinely [[16:repatriates]] them.
""",
        events={
            1: dict(type="detention", place="Chiang Rai", country="Thailand", count=8, incident=CHIANGRAI),
            2: dict(type="detention", date=day("2024-03-03"), place="Chiang Saen", country="Thailand", count=8,
                    incident=CHIANGRAI),
            3: dict(type="flight", date=day("2024-03-03"), place="Laos", country="Laos", count=8,
                    incident=CHIANGRAI),
            4: dict(type="detention", count=8, incident=CHIANGRAI),
            5: dict(type="flight", place="North Korea", country="North Korea", incident=CHIANGRAI),
            6: dict(type="flight", incident=CHIANGRAI),
            7: dict(type="detention", place="Chiang Saen", country="Thailand", count=8, incident=CHIANGRAI),
            8: dict(type="detention", place="Thailand", country="Thailand"),
            9: dict(type="imprisonment", place="Thailand", country="Thailand"),
            10: dict(type="asylum", place="South Korea", country="South Korea"),
            11: dict(type="statement"),
            12: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            13: dict(type="imprisonment", happened=False),
            14: dict(type="forced_return", happened=False),
            15: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            16: dict(type="forced_return", place="China", country="China"),
        },
    ),
    dict(
        name="010_ngo",
        outlet="Bridge to Freedom Coalition",
        text="""
7 March 2024 Seoul

Thailand: Protect seven North Korean refugees [[1:detained]] in Chiang Rai from forced [[2:return]]

Bridge to Freedom Coalition [[3:calls on]] the Royal Thai Government to guarantee that the seven North Korean refugees [[4:arrested]] in Chiang Rai province are not [[5:sent back]] to China or North Korea, and that they are [[6:allowed to travel]] to the Republic of Korea without delay.

The seven, six women and a 12-year-old boy, were [[7:detained]] by Thai police on Sunday after [[8:crossing]] into Chiang Saen district from Laos.

Meridian Press Agency reported that the refugees told officers they had [[9:fled]] North Korea several months ago and travelled through China and Laos with the help of brokers, [[10:crossing]] the river at night in a small wooden boat with an outboard motor, in the hope of eventually reaching South Korea, where relatives of two of the women already live.

According to information received by Bridge to Freedom Coalition, those two women had already been [[11:repatriated]] from China in 2019 and [[12:sent]] to a labour camp in Hoeryong, North Hamgyong province, where they spent more than a year.

“These women have already survived [[13:torture]] in a North Korean labour camp once,” said Park Ji-yeon, director of Bridge to Freedom Coalition. “If Thailand [[14:hands over]] the group, they will be [[15:imprisoned]] again and possibly [[16:executed]]. Thailand must not become the last stop on their road to freedom.”

Thailand is not a party to the 1951 Refugee Convention, but it is bound by the principle of non-refoulement under customary international law and under the Convention against Torture.

The coalition has documented the fate of earlier groups. In July 2017, Chinese police [[17:arrested]] a family of five North Koreans, including a three-year-old child, in Shenyang, Liaoning province, and [[18:repatriated]] them a month later despite [[19:appeals]] from their relatives in Seoul. [[20:Their repatriation]] prompted protests outside the Chinese embassy in Seoul, and relatives [[21:lost contact]] with the family soon afterwards.

Bridge to Freedom Coalition also [[22:appeals]] to the UN refugee agency to seek immediate access to the seven, and to the Royal Thai Government to grant that access.
""",
        events={
            1: dict(type="detention", place="Chiang Rai", country="Thailand", count=7, incident=CHIANGRAI),
            2: dict(type="forced_return", happened=False, count=7),
            3: dict(type="statement"),
            4: dict(type="detention", place="Chiang Rai province", country="Thailand", count=7, incident=CHIANGRAI),
            5: dict(type="forced_return", happened=False, count=7),
            6: dict(type="asylum", happened=False, place="Republic of Korea", country="South Korea", count=7),
            7: dict(type="detention", date=day("2024-03-03"), place="Chiang Saen", country="Thailand", count=7,
                    incident=CHIANGRAI),
            8: dict(type="flight", date=day("2024-03-03"), place="Laos", country="Laos", count=7,
                    incident=CHIANGRAI),
            9: dict(type="flight", place="North Korea", country="North Korea", incident=CHIANGRAI),
            10: dict(type="flight", incident=CHIANGRAI),
            11: dict(type="forced_return", date=year(2019), place="China", country="China", count=2,
                     incident="a-chiangrai-women-2019-repatriation"),
            12: dict(type="imprisonment", date=year(2019), place="Hoeryong", country="North Korea", count=2,
                     incident="a-chiangrai-women-2019-repatriation"),
            13: dict(type="torture", incident="a-chiangrai-women-2019-repatriation"),
            14: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            15: dict(type="imprisonment", happened=False),
            16: dict(type="killing", happened=False),
            17: dict(type="detention", date=month("2017-07"), place="Shenyang", country="China", count=5,
                     incident=SHENYANG),
            18: dict(type="forced_return", date=month("2017-08"), place="Shenyang", country="China", count=5,
                     incident=SHENYANG),
            19: dict(type="statement"),
            20: dict(type="forced_return", incident=SHENYANG),
            21: dict(type="disappearance", incident=SHENYANG),
            22: dict(type="statement"),
        },
    ),
    dict(
        name="011_news",
        outlet="Mekong Herald",
        text="""
11 March 2024 Chiang Rai

Chiang Rai court [[1:convicts]] eight North Koreans of illegal entry

By Natthaya Srisuk

A provincial court in Chiang Rai on Friday [[2:convicted]] eight North Koreans of entering Thailand illegally and fined them 4,000 baht each, clearing the way for their transfer to the Immigration Detention Centre in Bangkok, court officials said.

The group, five women, two men and a boy of 12, had [[3:crossed]] the Mekong from Bokeo province in Laos in a wooden boat in the early hours of March 3 before being [[4:arrested]] by a border patrol in Chiang Saen district.

Because the fines were paid by a Thai charity, none of the eight will serve a prison [[5:sentence]], said Surachai Kongkaew, a lawyer who volunteered to represent the group.

“They were frightened but relieved that the hearing took only one morning,” Surachai said. “Their biggest fear is being [[6:deported]] to China. I told them this does not happen in Thailand.”

A Thai immigration official, who asked not to be named, said the eight were expected to be [[7:allowed to travel]] to South Korea ‘within weeks’ once the South Korean embassy completed identity checks. Thailand has not [[8:sent back]] any North Korean to China or North Korea in recent years, the official said.

Bridge to Freedom Coalition, a Seoul-based group, has said that seven refugees were [[9:detained]], one fewer than the figure given by police and the court. The discrepancy could not be immediately explained.

Rights groups point to cases elsewhere in the region. In July 2017, Chinese police [[10:arrested]] a family of five North Koreans, including a three-year-old child, in Shenyang, Liaoning province, and [[11:repatriated]] them a month later despite [[12:appeals]] from their relatives in Seoul. [[13:Their repatriation]] prompted protests outside the Chinese embassy in Seoul.

North Koreans who reach Thailand usually come through Laos after a long overland journey across China. Most of them are women.

Photo: The wooden boat in which the group [[14:crossed]] the river, moored at Chiang Saen pier. (Natthaya Srisuk/Mekong Herald)
""",
        events={
            1: dict(type="imprisonment", place="Chiang Rai", country="Thailand", count=8, incident=CHIANGRAI),
            2: dict(type="imprisonment", date=day("2024-03-08"), place="Chiang Rai", country="Thailand", count=8,
                    incident=CHIANGRAI),
            3: dict(type="flight", date=day("2024-03-03"), place="Bokeo province", country="Laos", count=8,
                    incident=CHIANGRAI),
            4: dict(type="detention", date=day("2024-03-03"), place="Chiang Saen", country="Thailand", count=8,
                    incident=CHIANGRAI),
            5: dict(type="imprisonment", happened=False),
            6: dict(type="forced_return", happened=False, place="China", country="China"),
            7: dict(type="asylum", happened=False, place="South Korea", country="South Korea", count=8),
            8: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            9: dict(type="detention", count=7, incident=CHIANGRAI),
            10: dict(type="detention", date=month("2017-07"), place="Shenyang", country="China", count=5,
                     incident=SHENYANG),
            11: dict(type="forced_return", date=month("2017-08"), place="Shenyang", country="China", count=5,
                     incident=SHENYANG),
            12: dict(type="statement"),
            13: dict(type="forced_return", incident=SHENYANG),
            14: dict(type="flight", incident=CHIANGRAI),
        },
    ),
    dict(
        name="012_statement",
        outlet="Ministry of Unification, Republic of Korea",
        text="""
2024-03-27

Press statement on the [[1:arrival]] of North Korean defectors from Thailand

Seven North Korean defectors who had been [[2:detained]] in Thailand since early March [[3:arrived]] at Incheon International Airport yesterday, the Ministry of Unification announced today.

The group, consisting of six women and a minor, was accompanied on the flight by officials of the Embassy of the Republic of Korea in Thailand. All seven are in stable health. In accordance with the usual procedure, they will undergo a joint interview by the relevant agencies before entering a 12-week settlement education programme.

The Government expresses its appreciation to the Royal Thai Government for guaranteeing the [[4:safe passage]] of the group to the Republic of Korea and for the humanitarian cooperation extended by Thai police, immigration and judicial authorities throughout the process.

The Government reiterates that North Korean defectors are citizens of the Republic of Korea under the Constitution, and that it will make every effort to ensure that no defector anywhere in the world is forcibly [[5:repatriated]] against his or her will.

In this regard, the Government [[6:calls on]] all countries concerned to respect the principle of non-refoulement and to refrain from the forced [[7:repatriation]] of North Koreans who have [[8:left]] their country in search of freedom.

In 2023, a total of 180 North Korean defectors [[9:arrived]] in the Republic of Korea, more than four in five of them women. Most had spent several years in China.

The Government will continue to do its utmost to protect the safety and dignity of all North Korean defectors and to support their settlement. Details of individual cases will not be made public, in order to protect the safety of family members who remain in North Korea.
""",
        events={
            1: dict(type="asylum", incident=CHIANGRAI),
            2: dict(type="detention", date=span("2024-03-01", "2024-03-10"), place="Thailand", country="Thailand",
                    count=7, incident=CHIANGRAI),
            3: dict(type="asylum", date=day("2024-03-26"), place="Incheon International Airport",
                    country="South Korea", count=7, incident=CHIANGRAI),
            4: dict(type="asylum", place="Republic of Korea", country="South Korea", incident=CHIANGRAI),
            5: dict(type="forced_return", happened=False),
            6: dict(type="statement"),
            7: dict(type="forced_return", happened=False),
            8: dict(type="flight"),
            9: dict(type="asylum", date=year(2023), place="Republic of Korea", country="South Korea", count=180),
        },
    ),
    # ------------------------------------------------------------------ a-aktau-protest
    dict(
        name="013_ngo",
        outlet="Steppe Rights Watch",
        text="""
11 July 2023 Almaty

Kazakhstan: [[1:Free]] oil workers [[2:detained]] in Aktau and investigate [[3:beating]] of union activist

Police in Aktau [[4:detained]] at least 43 people on Saturday as they broke up a peaceful rally by oil service workers [[5:demanding]] higher wages, Steppe Rights Watch said today.

Witnesses told Steppe Rights Watch that officers in riot gear surrounded about 300 workers outside the regional administration building shortly after noon and began dragging people into buses. Union activist Nurlan Sadykov, 46, was [[6:beaten]] with batons in a police van and later taken to hospital with a broken rib, his wife said.

Most of those [[7:detained]] were [[8:released]] within hours, but eight people remain in [[9:custody]], among them Sadykov and a 17-year-old apprentice, according to lawyers representing them.

“Workers asking for a living wage were met with batons and police vans,” said Aigerim Zhunusova, Central Asia director at Steppe Rights Watch. “The authorities must [[10:release]] everyone still in [[11:detention]] for taking part in a peaceful protest and hold to account the officers who [[12:beat]] Nurlan Sadykov.”

The rally was called after talks between contractors and the regional administration on a 30 percent pay rise collapsed in June. Organisers said they had notified the city authorities in advance, as the rules require.

The crackdown comes months after the government adopted a [[13:decree]], in February 2023, that bans strikes at oil, gas and energy facilities classified as ‘strategic’ and allows employers to dismiss workers who take part in unauthorised stoppages. Independent unions say the measure has been used to threaten workers across Mangystau region.

Kazakhstan’s independent labour movement has long been under pressure. In 2021, a court in Aktau [[14:sentenced]] independent union leader Erlan Baimukhanov to five years in prison for ‘inciting social discord’ after he organised a sit-in at an oilfield near Zhetybai. Baimukhanov, who says he was [[15:tortured]] in pre-trial [[16:detention]], remains in a prison colony in Pavlodar region.

Steppe Rights Watch [[17:urges]] the Kazakh authorities to drop all charges against the protest organisers, to open an independent investigation into the [[18:ill-treatment]] of Sadykov and to lift the restrictions on the right to strike.
""",
        events={
            1: dict(type="release", happened=False, place="Aktau", country="Kazakhstan"),
            2: dict(type="detention", place="Aktau", country="Kazakhstan", incident=AKTAU),
            3: dict(type="torture", count=1, incident=AKTAU),
            4: dict(type="detention", date=day("2023-07-08"), place="Aktau", country="Kazakhstan", count=43,
                    incident=AKTAU),
            5: dict(type="statement", date=day("2023-07-08"), place="Aktau", country="Kazakhstan"),
            6: dict(type="torture", count=1, incident=AKTAU),
            7: dict(type="detention", incident=AKTAU),
            8: dict(type="release", incident=AKTAU),
            9: dict(type="detention", count=8, incident=AKTAU),
            10: dict(type="release", happened=False),
            11: dict(type="detention", incident=AKTAU),
            12: dict(type="torture", count=1, incident=AKTAU),
            13: dict(type="policy", date=month("2023-02"), incident=KZ_DECREE),
            14: dict(type="imprisonment", date=year(2021), place="Aktau", country="Kazakhstan",
                     count=1, incident=BAIMUKHANOV),
            15: dict(type="torture", count=1, incident=BAIMUKHANOV),
            16: dict(type="detention", count=1, incident=BAIMUKHANOV),
            17: dict(type="statement"),
            18: dict(type="torture", count=1, incident=AKTAU),
        },
    ),
    dict(
        name="014_wire",
        outlet="Continental News Service",
        text="""
July 12, 2023 — Almaty

Kazakhstan [[1:detains]] dozens at Aktau wage protest

Kazakh police [[2:detained]] dozens of oil service workers who rallied for higher wages in the western city of Aktau on Saturday, a rights group said, while the Interior Ministry gave a lower figure.

The Interior Ministry said in a statement that 27 people had been [[3:detained]] for taking part in an unauthorised gathering and that 22 of them had been [[4:released]] the same day.

Steppe Rights Watch, an Almaty-based rights group, put the number of people [[5:detained]] at 43 or more. Eight remained in [[6:custody]] on Tuesday, among them a 17-year-old apprentice, the group said.

Witnesses told Steppe Rights Watch that officers in riot gear surrounded about 300 workers outside the regional administration building shortly after noon and began dragging people into buses. Union activist Nurlan Sadykov, 46, was [[7:beaten]] with batons in a police van and later taken to hospital with a broken rib, his wife said.

The Interior Ministry denied that any protester had been [[8:mistreated]] and said officers had ‘acted strictly within the law’.

The rally was the largest labour protest in Mangystau region since a government [[9:decree]] in February restricted strikes at ‘strategic’ energy facilities.

Kazakhstan’s independent unions have faced pressure for years. In 2021, union leader Erlan Baimukhanov was [[10:jailed]] for five years after organising a sit-in near the oilfield town of Zhetybai.

The government has promised to raise wages in the oil sector, where contractors’ staff say their pay has not kept up with rising prices. Oil workers in Mangystau are among the best paid in the country, but living costs in the region are also among the highest.
""",
        events={
            1: dict(type="detention", place="Aktau", country="Kazakhstan", count=12, incident=AKTAU),
            2: dict(type="detention", date=day("2023-07-08"), place="Aktau", country="Kazakhstan", count=12,
                    incident=AKTAU),
            3: dict(type="detention", count=27, incident=AKTAU),
            4: dict(type="release", date=day("2023-07-08"), count=22, incident=AKTAU),
            5: dict(type="detention", count=43, incident=AKTAU),
            6: dict(type="detention", date=day("2023-07-11"), count=8, incident=AKTAU),
            7: dict(type="torture", count=1, incident=AKTAU),
            8: dict(type="torture", happened=False),
            9: dict(type="policy", date=month("2023-02"), incident=KZ_DECREE),
            10: dict(type="imprisonment", date=year(2021), count=1, incident=BAIMUKHANOV),
        },
    ),
    dict(
        name="015_news",
        outlet="Eurasia Times Review",
        text="""
18 July 2023 Aktau

Five Aktau protest organisers [[1:jailed]] as oil workers vow to keep up pressure

By Dana Seitkali

A court in Aktau on Monday [[2:sentenced]] five organisers of an oil workers’ rally to between 10 and 15 days in a detention facility, the latest sign that Kazakhstan’s authorities are hardening their response to labour unrest in the energy-rich west. Four of them had been [[3:arrested]] at their homes two days earlier, after prosecutors opened an administrative case against them. The fifth had been in [[4:custody]] since the rally.

The rally in early July, which drew about 300 workers to the regional administration building, ended when riot police [[5:detained]] dozens of participants, among them a teenager. The Interior Ministry has put the number [[6:detained]] at 27. Rights groups say the figure was at least 43.

Judge Marat Abenov [[7:convicted]] the five of violating the procedure for holding peaceful assemblies. Among them is Nurlan Sadykov, the union activist who, according to his wife, was [[8:beaten]] in a police van on the day of the rally and spent two nights in hospital.

“My husband could barely stand in the courtroom,” said Gulnara Sadykova, 44. “He was [[9:beaten]] for asking for a wage he can feed his children on, and now he is [[10:jailed]] for it.”

A 17-year-old apprentice was [[11:released]] without charge on Friday after six days in police cells, his family said.

The crackdown comes months after the government adopted a [[12:decree]], in February 2023, that bans strikes at oil, gas and energy facilities classified as ‘strategic’ and allows employers to dismiss workers who take part in unauthorised stoppages. Independent unions say the measure has been used to threaten workers across Mangystau region.

A spokesperson for the regional administration, Bolat Yergaliyev, said the workers’ wage claims were being considered by a commission of employers, unions and officials. “Nobody is punished here for their opinions,” he said. “The organisers broke the rules on assemblies, and the court has ruled.”

Workers interviewed outside the courthouse said they would keep up their campaign for higher wages. “They can [[13:arrest]] five of us, but there are three thousand of us,” said one driller, who asked not to be named.

Photo: Gulnara Sadykova outside the Aktau city court on Monday. (Dana Seitkali/Eurasia Times Review)
""",
        events={
            1: dict(type="imprisonment", place="Aktau", country="Kazakhstan", count=5, incident=AKTAU),
            2: dict(type="imprisonment", date=day("2023-07-17"), place="Aktau", country="Kazakhstan", count=5,
                    incident=AKTAU),
            3: dict(type="detention", date=day("2023-07-15"), count=4, incident=AKTAU),
            4: dict(type="detention", count=1, incident=AKTAU),
            5: dict(type="detention", date=span("2023-07-01", "2023-07-10"), count=12, incident=AKTAU),
            6: dict(type="detention", count=27, incident=AKTAU),
            7: dict(type="imprisonment", count=5, incident=AKTAU),
            8: dict(type="torture", count=1, incident=AKTAU),
            9: dict(type="torture", incident=AKTAU),
            10: dict(type="imprisonment", incident=AKTAU),
            11: dict(type="release", date=day("2023-07-14"), count=1, incident=AKTAU),
            12: dict(type="policy", date=month("2023-02"), incident=KZ_DECREE),
            13: dict(type="detention", happened=False, count=5),
        },
    ),
    dict(
        name="016_statement",
        outlet="Central Asia Labour Rights Coalition",
        text="""
2023-07-24

Joint statement: Kazakhstan must [[1:release]] [[2:jailed]] Aktau protest organisers and end reprisals against independent unions

We, the undersigned trade unions and human rights organisations, [[3:call on]] the authorities of Kazakhstan to immediately [[4:release]] the five organisers of the Aktau oil workers’ rally and to drop all proceedings against workers who took part in the protest.

The five were [[5:sentenced]] by an Aktau court last week for ‘violating the procedure for holding peaceful assemblies’. Their only offence was to organise a peaceful gathering over fair pay.

On 8 July, police [[6:detained]] at least 43 workers and supporters who had gathered peacefully outside the regional administration building in Aktau over unpaid wage rises. Union activist Nurlan Sadykov was [[7:beaten]] with batons inside a police van and suffered a broken rib.

The Aktau protest did not occur in a vacuum. In February 2023 the Government adopted a [[8:decree]] that prohibits strikes at energy facilities it designates as ‘strategic’, in breach of international labour standards on freedom of association.

In 2021, a court in Aktau [[9:sentenced]] independent union leader Erlan Baimukhanov to five years in prison for ‘inciting social discord’ after he organised a sit-in at an oilfield near Zhetybai. Baimukhanov, who says he was [[10:tortured]] in pre-trial [[11:detention]], remains in a prison colony in Pavlodar region.

Our organisations have documented the [[12:arrest]] of more than 60 labour activists across Kazakhstan in recent years, many of them on charges of ‘inciting social discord’ or of organising ‘unauthorised’ strikes.

We further [[13:urge]] the Government to repeal the restrictions on the right to strike, to investigate the [[14:ill-treatment]] of Nurlan Sadykov and of other protesters, and to guarantee that no worker is dismissed or prosecuted for peaceful trade union activity.

Signatories: Central Asia Labour Rights Coalition; Steppe Rights Watch; Caspian Workers’ Solidarity Network; Energy and Chemical Workers’ International (Central Asia office); Open Dialogue for Labour Rights.
""",
        events={
            1: dict(type="release", happened=False, place="Aktau", country="Kazakhstan"),
            2: dict(type="imprisonment", place="Aktau", country="Kazakhstan", incident=AKTAU),
            3: dict(type="statement"),
            4: dict(type="release", happened=False, count=5),
            5: dict(type="imprisonment", date=span("2023-07-17", "2023-07-23"), place="Aktau", country="Kazakhstan",
                    count=5, incident=AKTAU),
            6: dict(type="detention", date=day("2023-07-08"), place="Aktau", country="Kazakhstan", count=43,
                    incident=AKTAU),
            7: dict(type="torture", count=1, incident=AKTAU),
            8: dict(type="policy", date=month("2023-02"), incident=KZ_DECREE),
            9: dict(type="imprisonment", date=year(2021), place="Aktau", country="Kazakhstan", count=1, incident=BAIMUKHANOV),
            10: dict(type="torture", count=1, incident=BAIMUKHANOV),
            11: dict(type="detention", count=1, incident=BAIMUKHANOV),
            12: dict(type="detention", place="Kazakhstan", country="Kazakhstan", count=60),
            13: dict(type="statement"),
            14: dict(type="torture", incident=AKTAU),
        },
    ),
    # ------------------------------------------------------------------ a-lesbos-pushback
    dict(
        name="017_wire",
        outlet="Meridian Press Agency",
        text="""
October 21, 2022 — Athens

Two [[1:die]] after migrants [[2:pushed back]] from Lesbos, survivors say

A group of 34 asylum seekers who had landed on the Greek island of Lesbos were [[3:rounded up]] by masked men, put on an inflatable life raft and [[4:towed back]] towards Turkish waters on Tuesday night, survivors told Meridian Press Agency.

A woman from Cameroon and her four-year-old son [[5:drowned]] when the overloaded raft overturned in rough seas less than an hour later, according to three survivors interviewed by telephone.

The Turkish coast guard said it rescued the remaining survivors off the coast of Ayvacık in Çanakkale province early on Wednesday.

Survivors said the group came ashore near the village of Skala Sykamineas shortly after 9 p.m. and hid in an olive grove. Men in dark clothing and balaclavas, some carrying rifles, later found them, [[6:beat]] two young men who refused to hand over their phones and drove the group in a van to a small port, where a grey vessel was waiting.

“They told us, ‘Go back to Turkey,’” said a 23-year-old man from Sierra Leone, who asked not to be named for fear of reprisals. “When the raft turned over, I held the little boy, but the waves took him from my hands.”

The Greek coast guard denied that its officers had [[7:pushed back]] any migrants. “The Hellenic Coast Guard operates in full compliance with international law and saves lives at sea every day,” a spokesperson said.

Rights groups and the UN refugee agency have documented hundreds of [[8:pushbacks]] in the Aegean in recent years, a practice that Athens denies.

Lesbos, a few kilometres from the Turkish coast, was for years the main entry point for people [[9:crossing]] the Aegean to Europe.
""",
        events={
            1: dict(type="death", count=2, incident=LESBOS),
            2: dict(type="forced_return", place="Lesbos", country="Greece", incident=LESBOS),
            3: dict(type="detention", date=day("2022-10-18"), place="Lesbos", country="Greece", count=34,
                    incident=LESBOS),
            4: dict(type="forced_return", date=day("2022-10-18"), place="Lesbos", country="Greece", count=34,
                    incident=LESBOS),
            5: dict(type="death", date=day("2022-10-18"), count=2, incident=LESBOS),
            6: dict(type="torture", count=2, incident=LESBOS),
            7: dict(type="forced_return", happened=False),
            8: dict(type="forced_return", place="Aegean"),
            9: dict(type="flight", place="Aegean"),
        },
    ),
    dict(
        name="018_ngo",
        outlet="Refugee Rights Monitor",
        text="""
24 October 2022 Athens

Greece: Investigate deadly [[1:pushback]] off Lesbos

Refugee Rights Monitor today [[2:called on]] the Greek authorities to open an independent criminal investigation into the [[3:expulsion]] of 34 people from Lesbos last week. The operation ended with the [[4:deaths]] of a woman and her four-year-old son.

Meridian Press Agency reported that survivors said the group came ashore near the village of Skala Sykamineas shortly after 9 p.m. and hid in an olive grove. Men in dark clothing and balaclavas, some carrying rifles, later found them, [[5:beat]] two young men who refused to hand over their phones and drove the group in a van to a small port, where a grey vessel was waiting.

Refugee Rights Monitor separately interviewed four survivors who are now in Turkey. All four said the men wore no insignia but spoke Greek to each other and took the group to a vessel with the markings of the Hellenic Coast Guard. One woman said a man [[6:kicked]] her in the stomach when she asked for water for her daughter.

“A woman and a small child [[7:died]] because someone decided that their lives mattered less than a border,” said Eleni Marinou, Greece researcher at Refugee Rights Monitor. “The survivors’ accounts are consistent and detailed. Greece must stop denying what is happening on its islands and start investigating.”

This is not the first such case on the Aegean islands. In June 2021, 22 people, including a pregnant woman, were [[8:detained]] after landing on Samos and [[9:forced back]] into Turkish waters on an inflatable raft, where they drifted for nine hours before being rescued. A complaint filed by two of the survivors is still pending before the public prosecutor in Piraeus.

Refugee Rights Monitor [[10:urges]] the Greek Ombudsman and the Piraeus prosecutor’s office to secure all evidence kept by the coast guard, including vessel tracking data and radio logs, before it is lost.

The organisation also [[11:calls on]] the European Commission to make EU border funding for Greece conditional on an effective, independent mechanism to monitor what happens at its borders, and [[12:urges]] Turkey not to [[13:deport]] the survivors before they have been able to give testimony.
""",
        events={
            1: dict(type="forced_return", place="Lesbos", country="Greece", incident=LESBOS),
            2: dict(type="statement", date=day("2022-10-24")),
            3: dict(type="forced_return", date=span("2022-10-17", "2022-10-23"), place="Lesbos", country="Greece",
                    count=34, incident=LESBOS),
            4: dict(type="death", count=2, incident=LESBOS),
            5: dict(type="torture", count=2, incident=LESBOS),
            6: dict(type="torture", count=1, incident=LESBOS),
            7: dict(type="death", count=2, incident=LESBOS),
            8: dict(type="detention", date=month("2021-06"), place="Samos", country="Greece", count=22,
                    incident=SAMOS),
            9: dict(type="forced_return", date=month("2021-06"), place="Samos", country="Greece", count=22,
                    incident=SAMOS),
            10: dict(type="statement"),
            11: dict(type="statement"),
            12: dict(type="statement"),
            13: dict(type="forced_return", happened=False, place="Turkey", country="Turkey"),
        },
    ),
    dict(
        name="019_news",
        outlet="The Global Courier",
        text="""
27 October 2022 Ayvacık

On a Turkish beach, survivors of a deadly Aegean [[1:pushback]] tell their story

By Selin Aydemir

The young man still keeps the orange life jacket the Turkish coast guard gave him when it pulled him from the water off this stretch of the Çanakkale coast earlier this month.

Ibrahim, 19, from Guinea, says he and 40 others had reached the Greek island of Lesbos late on October 18 when men in black balaclavas [[2:seized]] them, took their phones and forced them onto a raft that a boat then [[3:dragged back]] into Turkish waters.

The Turkish coast guard said in a statement that the 41 irregular migrants it rescued off Ayvacık had been [[4:pushed back]] by ‘Greek elements’. Refugee Rights Monitor, citing survivors, has put the number of people on the raft at 34.

Ibrahim says a woman he knew only as Mama Grace and her son, a young child, [[5:drowned]] when the raft capsized. “She was shouting his name. Then I could not see her any more,” he said, staring at the water.

Three other survivors, interviewed at a removal centre in Çanakkale, gave similar accounts. Two said they had been [[6:beaten]] with sticks on the boat before being forced onto the raft.

Lawyers for the group said Turkish authorities had begun procedures to [[7:deport]] at least some of them to their countries of origin, even though they are witnesses in a potential criminal case.

Greece’s Ministry of Migration and Asylum did not respond to questions from The Global Courier. Greek officials have repeatedly said that the country does not carry out [[8:pushbacks]], and accuse Turkey of failing to stop smugglers.

Last year, Greek prosecutors opened an inquiry into the case of 22 people who said they had been [[9:forced back]] from Samos in June 2021. No one has been charged.

For Ibrahim, who [[10:fled]] Conakry after his brother was [[11:arrested]] at an opposition rally, the future is uncertain. “I have nothing to go back to,” he said. “I will try again.”

Photo: A deflated life raft on the shore near Ayvacık, Çanakkale province. (Selin Aydemir/The Global Courier)
""",
        events={
            1: dict(type="forced_return", place="Aegean", incident=LESBOS),
            2: dict(type="detention", date=day("2022-10-18"), place="Lesbos", country="Greece", count=41,
                    incident=LESBOS),
            3: dict(type="forced_return", date=day("2022-10-18"), place="Lesbos", country="Greece", count=41,
                    incident=LESBOS),
            4: dict(type="forced_return", count=41, incident=LESBOS),
            5: dict(type="death", count=2, incident=LESBOS),
            6: dict(type="torture", count=2, incident=LESBOS),
            7: dict(type="forced_return", happened=False),
            8: dict(type="forced_return", happened=False),
            9: dict(type="forced_return", date=month("2021-06"), place="Samos", country="Greece", count=22,
                    incident=SAMOS),
            10: dict(type="flight", place="Conakry", country="Guinea", count=1, incident="a-ibrahim-guinea-flight"),
            11: dict(type="detention", count=1, incident="a-conakry-rally-arrest"),
        },
    ),
    dict(
        name="020_statement",
        outlet="UN Special Procedures",
        text="""
3 November 2022 Geneva

Greece: UN experts [[1:demand]] investigation into deadly [[2:pushback]] off Lesbos

UN experts [[3:urged]] Greece to conduct a prompt, thorough and effective investigation into a deadly [[4:pushback]] off the island of Lesbos.

According to information received by the experts, 34 asylum seekers were [[5:rounded up]] on Lesbos in mid-October, placed on an inflatable life raft and [[6:forced back]] towards Turkish waters. The mother and child [[7:died]] when the overloaded raft overturned.

“Survivors describe being [[8:beaten]], robbed of their phones and left to drift at night with small children on board,” the experts said. “No border policy can justify putting lives at risk in this way.”

The experts recalled that in June 2021, 22 people, including a pregnant woman, were [[9:detained]] after landing on Samos and [[10:forced back]] into Turkish waters on an inflatable raft, where they drifted for nine hours before being rescued. A complaint filed by two of the survivors is still pending before the public prosecutor in Piraeus.

“When allegations of this kind go uninvestigated year after year, impunity becomes the rule,” the experts said.

The experts have previously [[11:called on]] Greece to establish an independent border monitoring mechanism with unannounced access to coast guard vessels and facilities, and regret that no such mechanism is yet in place.

They also expressed concern about reports that survivors now in Turkey could be [[12:deported]] to their countries of origin before they have been able to give evidence, and [[13:urged]] the Turkish authorities to ensure their protection.

The experts are in contact with the Governments of Greece and Türkiye on these issues.

The experts: Ana Lucía Ferreira, Special Rapporteur on the human rights of migrants; Tomasz Wierzbicki, Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment; Kwame Asante-Boateng, Special Rapporteur on extrajudicial, summary or arbitrary executions.
""",
        events={
            1: dict(type="statement"),
            2: dict(type="forced_return", place="Lesbos", country="Greece", incident=LESBOS),
            3: dict(type="statement"),
            4: dict(type="forced_return", place="Lesbos", country="Greece", incident=LESBOS),
            5: dict(type="detention", date=span("2022-10-11", "2022-10-20"), place="Lesbos", country="Greece",
                    count=34, incident=LESBOS),
            6: dict(type="forced_return", date=span("2022-10-11", "2022-10-20"), place="Lesbos", country="Greece",
                    count=34, incident=LESBOS),
            7: dict(type="death", count=2, incident=LESBOS),
            8: dict(type="torture", incident=LESBOS),
            9: dict(type="detention", date=month("2021-06"), place="Samos", country="Greece", count=22,
                    incident=SAMOS),
            10: dict(type="forced_return", date=month("2021-06"), place="Samos", country="Greece", count=22,
                     incident=SAMOS),
            11: dict(type="statement"),
            12: dict(type="forced_return", happened=False, place="Turkey", country="Turkey"),
            13: dict(type="statement"),
        },
    ),
]
