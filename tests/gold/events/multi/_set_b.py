# ruff: noqa: E501
"""Multi-document set B (documents 021–040): five incidents, each covered by several reports.

Every person, organisation, outlet, quotation and event is invented; only the places are real.
Incidents (labels all start with "b-"):

* b-kankan-crackdown — security forces fire on a power-cut protest in Kankan, Guinea (11 June 2024):
  021 wire (original), 022 news (echoes 021), 023 ngo (independent research), 024 statement (echoes 023).
  Background: b-siguiri-2021-killings, b-guinea-assembly-decree (March 2023).
* b-dajabon-expulsions — raids in the Cibao region and mass expulsion of Haitians through Dajabón,
  Dominican Republic (9–11 February 2024): 025 ngo (original), 026 wire (echoes 025), 027 news (own
  reporting from Ouanaminthe, echoes 025's background), 028 statement. Background: b-la-romana-2022-raid.
* b-khujand-journalist — journalist Farrukh Sattorov disappears in Khujand, Tajikistan (3 March 2022),
  is found in security-service custody, released and leaves the country: 029 ngo (original), 030 wire
  (echoes 029), 031 news (echoes 030 and 029), 032 statement (the prosecutor's own account).
  Background: b-yodgorova-2020-sentence, b-tajik-false-information-law (2021).
* b-chattogram-custody-death — a garment worker dies in police custody in Chattogram, Bangladesh
  (13–14 August 2023): 033 wire (original), 034 ngo (independent), 035 news (echoes 033), 036 statement
  (echoes 034). Background: b-khulna-2020-custody-death.
* b-myanmar-2024-amnesty — amnesty order of 25 November 2024, releases and re-arrests at Insein:
  037 wire (original), 038 ngo (independent), 039 news (echoes 037 and 038), 040 statement (echoes 038).
  Background: b-myanmar-2022-amnesty, b-hnin-wai-phyo-2022-sentence, b-kyaw-zeya-lwin-2021-sentence.

Planted conflicts: 12 / 15 / 7 killed in Kankan (021, 022, 023); 60 / 48 / 84 arrested (021, 022, 023);
614 / 702 / 800 expelled (026, 027, 025); three vs four men arrested and two vs three friends freed,
aged 24 vs 23 (033, 034, 035); 11 / 14 / 16 political prisoners freed and three vs four re-arrested
(037, 038, 039). Refinements: "a teenager" → "a 15-year-old" (021 → 023); "a minor" → "a 16-year-old"
(025 → 027); "3 March" → "early March" (029 → 030); "a former member of parliament" → "a 72-year-old"
(037 → 038).
"""


def day(iso):
    return (iso, iso, "day")


def month(y, m):
    import calendar

    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}", "month")


def year(y):
    return (f"{y}-01-01", f"{y}-12-31", "year")


def span(start, end):
    return (start, end, "range")


KANKAN = "b-kankan-crackdown"
SIGUIRI = "b-siguiri-2021-killings"
GN_DECREE = "b-guinea-assembly-decree"
DAJABON = "b-dajabon-expulsions"
LA_ROMANA = "b-la-romana-2022-raid"
KHUJAND = "b-khujand-journalist"
YODGOROVA = "b-yodgorova-2020-sentence"
TJ_LAW = "b-tajik-false-information-law"
CHATTOGRAM = "b-chattogram-custody-death"
KHULNA = "b-khulna-2020-custody-death"
AMNESTY = "b-myanmar-2024-amnesty"
AMNESTY_2022 = "b-myanmar-2022-amnesty"
HNIN_WAI_PHYO = "b-hnin-wai-phyo-2022-sentence"
KYAW_ZEYA_LWIN = "b-kyaw-zeya-lwin-2021-sentence"

GN, DR, TJ, BD, MM = "Guinea", "Dominican Republic", "Tajikistan", "Bangladesh", "Myanmar"

DOCS = [
    # ------------------------------------------------------------------ b-kankan-crackdown
    dict(
        name="021_wire",
        outlet="West Africa Press Service",
        text="""
12 June 2024 Conakry

At least 12 [[1:killed]] as Guinean forces fire on power-cut protest in Kankan

CONAKRY, June 12 (WAPS) - Guinean security forces [[2:killed]] at least 12 people when they opened fire on crowds protesting against power cuts in the eastern city of Kankan on Tuesday, doctors and a local rights group said.

Hundreds of people, most of them young men, had blocked the main road through the city's Salamani district on Tuesday morning after more than a week without electricity, witnesses told West Africa Press Service. Police and gendarmes fired tear gas and then live rounds, they said.

“They were shooting straight into the crowd. A boy next to me fell and did not get up,” said a shopkeeper who asked not to be named for fear of reprisals.

A doctor at Kankan regional hospital said 12 bodies had been brought to the morgue by Tuesday night and that more than 40 people were being treated for gunshot wounds. Among those [[3:killed]] was a teenager, the doctor said.

Kankan Citizens' Watch, a local rights group, said security forces had [[4:arrested]] more than 60 people in Kankan overnight, many of them in house-to-house [[5:raids]] in the Salamani district.

“Young people came out because they have had no light and no water for days. They were met with bullets,” said Mamadou Kaba Condé, the group's coordinator. He [[6:called for]] the immediate [[7:release]] of those [[8:detained]] and for an independent investigation.

Government spokesman Alpha Oumar Bangoura said in a statement late on Tuesday that “a small group of vandals” had set fire to a police post and that officers had acted in self-defence. He gave no casualty figures and said an inquiry had been opened.

Guinea's transitional authorities suspended all street demonstrations under a [[9:decree]] issued in March 2023. Rights groups say dozens of protesters have been [[10:killed]] by security forces in the past.

Kankan, Guinea's second-largest city and a stronghold of opposition parties, has suffered daily power cuts since April. The state electricity company blamed low water levels at hydroelectric dams and said supplies would improve once the rainy season begins.
""",
        events={
            1: dict(type="killing", place="Kankan", country=GN, count=12, incident=KANKAN),
            2: dict(type="killing", date=day("2024-06-11"), place="Kankan", country=GN, count=12, incident=KANKAN),
            3: dict(type="killing", incident=KANKAN),
            4: dict(type="detention", place="Kankan", country=GN, count=60, incident=KANKAN),
            5: dict(type="detention", place="Salamani district", country=GN, incident=KANKAN),
            6: dict(type="statement"),
            7: dict(type="release", happened=False),
            8: dict(type="detention", incident=KANKAN),
            9: dict(type="policy", date=month(2023, 3), place="Guinea", country=GN, incident=GN_DECREE),
            10: dict(type="killing", count=12),
        },
    ),
    dict(
        name="022_news",
        outlet="The Atlantic Monitor",
        text="""
13 June 2024 Conakry

Guinea: Kankan toll rises to 15 as families hold funerals

By Aminata Kourouma

The number of people [[1:killed]] in Tuesday's crackdown on a power-cut protest in Kankan has risen to 15, an opposition coalition said. Two of the wounded [[2:died]] in hospital on Wednesday, it said.

The Forces for Change coalition, which groups opposition parties and civil society organisations, published a list of 15 names, including that of a 15-year-old pupil. The government has given a much lower figure.

Hundreds of people, most of them young men, had blocked the main road through the city's Salamani district on Tuesday morning after more than a week without electricity, witnesses told West Africa Press Service. Police and gendarmes fired tear gas and then live rounds, they said.

Kankan Citizens' Watch, a local rights group, said security forces had [[3:arrested]] more than 60 people in Kankan on Tuesday night, many of them in house-to-house [[4:raids]] in the Salamani district.

“Young people came out because they have had no light and no water for days. They were met with bullets,” Mamadou Kaba Condé, the group's coordinator, told the agency. He [[5:called for]] the immediate [[6:release]] of those [[7:detained]] and for an independent investigation.

Government spokesman Alpha Oumar Bangoura gave a televised address on Wednesday evening. He said seven people had [[8:died]] “in regrettable circumstances” and that 31 police officers and gendarmes had been injured. He said 48 people had been [[9:taken into custody]] and would be brought before the Kankan prosecutor.

At the Kankan regional hospital, relatives waited outside the morgue on Wednesday to collect bodies. “My brother went out to buy bread. They [[10:shot him dead]] at the crossroads,” said Fanta Camara, 34, whose brother Ibrahima, 22, was among those [[11:killed]].

Funerals for eight of the victims were held on Wednesday afternoon in the Salamani district, where shops remained closed.

The Forces for Change coalition [[12:urged]] its supporters to stay at home for a day of mourning and [[13:demanded]] that the officers who gave the order to shoot be brought to justice.

It is not the first time protests in the region have turned deadly. In October 2021, four people were [[14:shot dead]] by security forces in Siguiri, north of Kankan, when residents protested against the closure of small-scale gold mines.

Photo: Relatives wait outside the morgue of Kankan regional hospital on Wednesday. (The Atlantic Monitor)
""",
        events={
            1: dict(type="killing", date=day("2024-06-11"), place="Kankan", country=GN, count=15, incident=KANKAN),
            2: dict(type="death", date=day("2024-06-12"), count=2, incident=KANKAN),
            3: dict(type="detention", date=day("2024-06-11"), place="Kankan", country=GN, count=60, incident=KANKAN),
            4: dict(type="detention", date=day("2024-06-11"), place="Salamani district", country=GN, incident=KANKAN),
            5: dict(type="statement"),
            6: dict(type="release", happened=False),
            7: dict(type="detention", incident=KANKAN),
            8: dict(type="death", count=7, incident=KANKAN),
            9: dict(type="detention", count=48, incident=KANKAN),
            10: dict(type="killing", count=1, incident=KANKAN),
            11: dict(type="killing", incident=KANKAN),
            12: dict(type="statement"),
            13: dict(type="statement"),
            14: dict(type="killing", date=month(2021, 10), place="Siguiri", country=GN, count=4, incident=SIGUIRI),
        },
    ),
    dict(
        name="023_ngo",
        outlet="Sahel Rights Observatory",
        text="""
17 June 2024 Dakar

Guinea: [[1:Free]] Kankan protesters and investigate the [[2:killing]] of 15 people

Guinean authorities must immediately [[3:release]] the protesters still [[4:detained]] in Kankan and open an independent investigation into the [[5:killing]] of 15 people during the protest there on 11 June, among them a 15-year-old schoolboy, the Sahel Rights Observatory said today.

Between 12 and 15 June, the Observatory's researchers interviewed 27 people in Kankan. They included wounded protesters, relatives of those [[6:killed]], medical staff and two former detainees. The researchers also examined 19 videos and photographs showing police and gendarmes firing live ammunition at unarmed protesters in the Salamani and Kabada districts.

According to the Observatory's findings, 15 people were [[7:killed]]: 11 were [[8:shot dead]] during the protest and four [[9:died]] of their wounds in hospital over the following three days. The youngest, Mohamed Lamine Keïta, a 15-year-old pupil, was [[10:killed]] by a bullet in the back as he walked home past a gendarmerie checkpoint, his father said.

Security forces [[11:arrested]] at least 84 people in Kankan between 11 and 13 June, according to lists compiled by lawyers and relatives. Former detainees told the Observatory that gendarmes had [[12:beaten]] them with batons and rifle butts at the Camp Soundiata barracks and made them sit in the sun for hours without water.

Twenty-three of them were [[13:released]] without charge on Friday. The others have been charged with “participation in an unauthorised gathering” and “destruction of public property”, offences that carry prison terms of up to five years.

“Shooting at children who are asking for electricity is not law enforcement, it is a crime,” said Aïssatou Diallo-Baldé, the Observatory's West Africa director. “Instead of talking about vandals, the authorities should be asking why officers aimed at people's heads and backs.”

The Kankan protest took place in defiance of a [[14:decree]] adopted by the transitional government in March 2023 that suspended all street demonstrations “until further notice” and allows governors to disperse any gathering considered a threat to public order. Since then, the authorities have not authorised a single opposition demonstration, according to the Observatory's records.

Protests in Guinea have repeatedly ended in bloodshed. In October 2021, security forces [[15:shot dead]] four people in Siguiri during protests over the closure of artisanal gold mines. Nobody has been [[16:convicted]] for their [[17:deaths]]. Relatives of the victims say that a judicial investigation opened in 2022 has not produced a single hearing.

The Sahel Rights Observatory [[18:urges]] the Guinean authorities to drop the charges against the Kankan protesters, to allow lawyers and relatives to visit those still in [[19:custody]], and to suspend the officers responsible for the [[20:killings]] pending an independent investigation. It also [[21:calls on]] Guinea's international partners to make clear that security assistance will depend on accountability for what happened in Kankan.
""",
        events={
            1: dict(type="release", happened=False),
            2: dict(type="killing", count=15, incident=KANKAN),
            3: dict(type="release", happened=False),
            4: dict(type="detention", place="Kankan", country=GN, incident=KANKAN),
            5: dict(type="killing", date=day("2024-06-11"), place="Kankan", country=GN, count=15, incident=KANKAN),
            6: dict(type="killing", incident=KANKAN),
            7: dict(type="killing", count=15, incident=KANKAN),
            8: dict(type="killing", count=11, incident=KANKAN),
            9: dict(type="death", count=4, incident=KANKAN),
            10: dict(type="killing", count=1, incident=KANKAN),
            11: dict(type="detention", date=span("2024-06-11", "2024-06-13"), place="Kankan", country=GN, count=84, incident=KANKAN),
            12: dict(type="torture", place="Camp Soundiata", country=GN, incident=KANKAN),
            13: dict(type="release", date=day("2024-06-14"), count=23, incident=KANKAN),
            14: dict(type="policy", date=month(2023, 3), incident=GN_DECREE),
            15: dict(type="killing", date=month(2021, 10), place="Siguiri", country=GN, count=4, incident=SIGUIRI),
            16: dict(type="imprisonment", happened=False),
            17: dict(type="death", incident=SIGUIRI),
            18: dict(type="statement"),
            19: dict(type="detention", incident=KANKAN),
            20: dict(type="killing", incident=KANKAN),
            21: dict(type="statement"),
        },
    ),
    dict(
        name="024_statement",
        outlet="Coalition for Civic Space in West Africa",
        text="""
20 June 2024 Dakar

Joint statement: Guinea must end impunity for the Kankan [[1:killings]]

We, the undersigned civil society organisations from West Africa, condemn the [[2:killing]] of at least 15 people by Guinean security forces in Kankan on 11 June. We [[3:call on]] the transitional authorities to open a prompt, independent and impartial investigation and to make its findings public.

According to the Sahel Rights Observatory, 11 people were [[4:shot dead]] during the protest against power cuts and four others [[5:died]] of their wounds in hospital. Among those [[6:killed]] was Mohamed Lamine Keïta, a 15-year-old pupil.

Kankan Citizens' Watch told our coalition that 61 people remain in [[7:custody]] in Kankan and that several of them have not yet been allowed to see a lawyer. Twenty-three detainees were [[8:freed]] last week. Several of them said they had been [[9:beaten]] with batons and rifle butts at the Camp Soundiata barracks.

The Kankan protest took place in defiance of a [[10:decree]] adopted by the transitional government in March 2023 that suspended all street demonstrations “until further notice” and allows governors to disperse any gathering considered a threat to public order. Since then, the authorities have not authorised a single opposition demonstration, according to the Sahel Rights Observatory's records.

In October 2021, security forces [[11:shot dead]] four people in Siguiri during protests over the closure of artisanal gold mines. Nobody has been [[12:convicted]] for their [[13:deaths]]. Relatives of the victims say that a judicial investigation opened in 2022 has not produced a single hearing.

The pattern is clear: when people take to the streets in Guinea, security forces shoot, and nobody is held to account.

We [[14:urge]] the Guinean authorities to [[15:release]] everyone [[16:detained]] solely for taking part in the protest, to suspend the officers suspected of responsibility for the [[17:killings]] pending the outcome of the investigation, and to repeal the [[18:decree]] on demonstrations, which is incompatible with Guinea's obligations under the African Charter on Human and Peoples' Rights.

We further [[19:call on]] the African Commission on Human and Peoples' Rights to send a fact-finding mission to Kankan.

Signatories: Sahel Rights Observatory; Kankan Citizens' Watch; Coalition for Civic Space in West Africa; Réseau des Juristes du Sahel; West African Journalists' Forum; Women in Governance Initiative (Bamako); Youth for Democracy Network (Freetown).
""",
        events={
            1: dict(type="killing", place="Kankan", country=GN, incident=KANKAN),
            2: dict(type="killing", date=day("2024-06-11"), place="Kankan", country=GN, count=15, incident=KANKAN),
            3: dict(type="statement"),
            4: dict(type="killing", count=11, incident=KANKAN),
            5: dict(type="death", count=4, incident=KANKAN),
            6: dict(type="killing", incident=KANKAN),
            7: dict(type="detention", place="Kankan", country=GN, count=61, incident=KANKAN),
            8: dict(type="release", date=span("2024-06-13", "2024-06-19"), count=23, incident=KANKAN),
            9: dict(type="torture", place="Camp Soundiata", country=GN, incident=KANKAN),
            10: dict(type="policy", date=month(2023, 3), incident=GN_DECREE),
            11: dict(type="killing", date=month(2021, 10), place="Siguiri", country=GN, count=4, incident=SIGUIRI),
            12: dict(type="imprisonment", happened=False),
            13: dict(type="death", incident=SIGUIRI),
            14: dict(type="statement"),
            15: dict(type="release", happened=False),
            16: dict(type="detention", incident=KANKAN),
            17: dict(type="killing", incident=KANKAN),
            18: dict(type="policy", incident=GN_DECREE),
            19: dict(type="statement"),
        },
    ),
    # ------------------------------------------------------------------ b-dajabon-expulsions
    dict(
        name="025_ngo",
        outlet="Hispaniola Migrant Rights Collective",
        text="""
12 February 2024 Santo Domingo

Dominican Republic: Mass [[1:expulsion]] of 800 people must be the last

The Dominican authorities [[2:deported]] about 800 Haitians and Dominicans of Haitian descent through the Dajabón border crossing on Saturday and Sunday, after [[3:raids]] in the northern Cibao region on Friday and Saturday, the Hispaniola Migrant Rights Collective said today.

Migration agents, backed by soldiers and police, [[4:rounded up]] people at construction sites, markets and bus stops in Santiago de los Caballeros and went door to door in poor neighbourhoods, witnesses told the Collective. Those [[5:detained]] were loaded onto trucks without being allowed to collect their belongings, call relatives or show their papers.

Among those [[6:expelled]] was a minor who was [[7:detained]] on his way to school in Mao on Friday morning and [[8:sent back]] to Haiti the next day without his parents, who were not informed. A woman who was eight months pregnant was also [[9:deported]], along with at least 30 people who hold Dominican birth certificates, the Collective said.

“Children are being [[10:arrested]] on their way to school and left at the border like parcels,” said Rosa Elena Pierre, the Collective's director. “The Dominican Republic has every right to control its borders, but it has no right to [[11:expel]] people without a hearing, to separate children from their parents or to [[12:deport]] its own citizens.”

The Collective's monitors at the border counted 41 unaccompanied children among those who reached the Haitian side on Saturday and Sunday. Several adults said soldiers had confiscated their mobile phones and money.

The weekend's operation is the largest the Collective has documented since February 2022, when migration agents [[13:raided]] a sugar-cane settlement near La Romana before dawn and [[14:deported]] 47 people, including 19 children, within hours. At least 11 of those [[15:expelled]] in that operation had been born in the Dominican Republic and had never lived in Haiti.

The Dominican migration authorities say that thousands of Haitians go home each month under a voluntary return programme, and that every operation respects the law. The Collective's monitors have not been given access to the holding facility in Dajabón where people are processed before being put on buses to the border.

The Collective [[16:urges]] the Dominican authorities to halt collective [[17:expulsions]], to guarantee every migrant access to a lawyer and to a consular official, and to ensure that no child is [[18:deported]] unaccompanied. It also [[19:calls on]] the Haitian government to send child protection staff to the border town of Ouanaminthe.
""",
        events={
            1: dict(type="forced_return", count=800, incident=DAJABON),
            2: dict(type="forced_return", date=span("2024-02-10", "2024-02-11"), place="Dajabón", country=DR, count=800, incident=DAJABON),
            3: dict(type="detention", date=span("2024-02-09", "2024-02-10"), place="Cibao region", country=DR, incident=DAJABON),
            4: dict(type="detention", place="Santiago de los Caballeros", country=DR, incident=DAJABON),
            5: dict(type="detention", incident=DAJABON),
            6: dict(type="forced_return", incident=DAJABON),
            7: dict(type="detention", date=day("2024-02-09"), place="Mao", country=DR, count=1, incident=DAJABON),
            8: dict(type="forced_return", date=day("2024-02-10"), count=1, incident=DAJABON),
            9: dict(type="forced_return", count=31, incident=DAJABON),
            10: dict(type="detention"),
            11: dict(type="forced_return", happened=False),
            12: dict(type="forced_return", happened=False),
            13: dict(type="detention", date=month(2022, 2), place="La Romana", country=DR, incident=LA_ROMANA),
            14: dict(type="forced_return", date=month(2022, 2), count=47, incident=LA_ROMANA),
            15: dict(type="forced_return", incident=LA_ROMANA),
            16: dict(type="statement"),
            17: dict(type="forced_return"),
            18: dict(type="forced_return", happened=False),
            19: dict(type="statement"),
        },
    ),
    dict(
        name="026_wire",
        outlet="Antilles Press Agency",
        text="""
13 February 2024 Santo Domingo

Dominican Republic says it [[1:deported]] 614 Haitians; rights group says 800

SANTO DOMINGO, Feb 13 (APA) - The Dominican Republic [[2:deported]] 614 undocumented Haitian migrants on Saturday and Sunday, the country's migration directorate said in a statement, a lower figure than the one given by a local rights group.

The directorate said the migrants had been [[3:detained]] in “routine control operations” in the northern Cibao region and [[4:repatriated]] through the Dajabón crossing “in full respect of their human rights and dignity”.

About 800 people were [[5:expelled]], among them Dominicans of Haitian descent and children, according to the Hispaniola Migrant Rights Collective, which documented the [[6:raids]].

Among those [[7:deported]] was a minor who was [[8:detained]] on his way to school in Mao on Friday morning and [[9:sent back]] to Haiti the next day without his parents, who were not informed. A woman who was eight months pregnant was also [[10:deported]], along with at least 30 people who hold Dominican birth certificates, the Collective said.

“They are treating schoolchildren like smuggled goods,” Rosa Elena Pierre, the Collective's director, told Antilles Press Agency.

“Nobody who had valid documents has been [[11:deported]]. Minors are always [[12:handed over]] to Haitian child protection officials,” directorate spokesman Luis Fernando Almonte said.

The Dominican Republic, which shares the island of Hispaniola with Haiti, has stepped up [[13:deportations]], saying it cannot absorb people [[14:escaping]] the crisis in its neighbour. Dominican authorities [[15:deported]] Haitians in record numbers last year, according to official figures.

Haiti's foreign ministry [[16:called on]] Santo Domingo to treat Haitian nationals with dignity and to give consular officials access to people awaiting [[17:deportation]].

Gang violence has forced many Haitians to [[18:flee]] their homes in recent months. The United Nations has [[19:urged]] governments not to forcibly [[20:return]] anyone to Haiti.
""",
        events={
            1: dict(type="forced_return", place="Dominican Republic", country=DR, count=614, incident=DAJABON),
            2: dict(type="forced_return", date=span("2024-02-10", "2024-02-11"), place="Dominican Republic", country=DR, count=614, incident=DAJABON),
            3: dict(type="detention", place="Cibao region", country=DR, incident=DAJABON),
            4: dict(type="forced_return", place="Dajabón", country=DR, incident=DAJABON),
            5: dict(type="forced_return", count=800, incident=DAJABON),
            6: dict(type="detention", incident=DAJABON),
            7: dict(type="forced_return", incident=DAJABON),
            8: dict(type="detention", date=day("2024-02-09"), place="Mao", country=DR, count=1, incident=DAJABON),
            9: dict(type="forced_return", date=day("2024-02-10"), count=1, incident=DAJABON),
            10: dict(type="forced_return", count=31, incident=DAJABON),
            11: dict(type="forced_return", happened=False),
            12: dict(type="forced_return"),
            13: dict(type="forced_return", place="Dominican Republic", country=DR),
            14: dict(type="flight"),
            15: dict(type="forced_return", date=year(2023)),
            16: dict(type="statement"),
            17: dict(type="forced_return", happened=False),
            18: dict(type="flight", date=span("2023-11-15", "2024-02-13")),
            19: dict(type="statement"),
            20: dict(type="forced_return", happened=False),
        },
    ),
    dict(
        name="027_news",
        outlet="The Island Ledger",
        text="""
16 February 2024 Ouanaminthe, Haiti

‘He only had his school card’: Haitian teenager [[1:expelled]] alone to border town

By Jean-Robert Baptiste

Wilner Joseph was walking to his secondary school in Mao, in the Dominican Republic, when two migration agents [[2:arrested]] him on February 9 and pushed him into the back of a truck. He was 16, had lived in the country since the age of four, and had his school card in his pocket.

The next day he was [[3:deported]] through the Dajabón border crossing into Ouanaminthe, alone, with no money and no telephone. His parents, who work on a banana farm outside Mao, learned of his [[4:expulsion]] from a neighbour.

The 16-year-old is one of about 800 people whom Dominican authorities [[5:expelled]] on February 10 and 11, according to the Hispaniola Migrant Rights Collective. The group was the first to report his [[6:arrest]], describing him only as a minor. The Dominican migration directorate has put the number of people [[7:repatriated]] at 614.

At the Haitian migration office in Ouanaminthe, officials registered 702 people [[8:sent back]] from Dajabón on Saturday, Sunday and Monday, said the office's head, Marie-Claude Désir. “We have no food to give them and no buses to take them home. Some of them have never set foot in Haiti before,” she said.

“They did not let me call my mother. At the border they opened the gate and told us to walk,” Wilner said, sitting outside a church shelter that has taken in 41 children who arrived alone since the weekend.

His mother, Nadège, travelled to Ouanaminthe on Wednesday to collect him. “He is a child. He was going to school. What danger was he to anybody?” she said.

Many of those [[9:expelled]] told The Island Ledger that they had [[10:fled]] violence in Haiti years ago and had no homes to go back to. Several said they had been [[11:beaten]] by soldiers while being loaded onto trucks in Santiago de los Caballeros.

Last weekend's operation is the largest the Collective has documented since February 2022, when migration agents [[12:raided]] a sugar-cane settlement near La Romana before dawn and [[13:deported]] 47 people, including 19 children, within hours. At least 11 of those [[14:expelled]] in that operation had been born in the Dominican Republic and had never lived in Haiti.

A spokesman for the Dominican migration directorate said minors were always [[15:handed over]] to Haitian child protection officials. Wilner said nobody from any agency spoke to him until church volunteers found him sitting by the river in the evening.

Photo: Wilner Joseph, 16, outside a church shelter in Ouanaminthe. (The Island Ledger/Jean-Robert Baptiste)
""",
        events={
            1: dict(type="forced_return", count=1, incident=DAJABON),
            2: dict(type="detention", date=day("2024-02-09"), place="Mao", country=DR, count=1, incident=DAJABON),
            3: dict(type="forced_return", date=day("2024-02-10"), place="Dajabón", country=DR, incident=DAJABON),
            4: dict(type="forced_return", incident=DAJABON),
            5: dict(type="forced_return", date=span("2024-02-10", "2024-02-11"), count=800, incident=DAJABON),
            6: dict(type="detention", incident=DAJABON),
            7: dict(type="forced_return", count=614, incident=DAJABON),
            8: dict(type="forced_return", date=span("2024-02-10", "2024-02-12"), place="Dajabón", country=DR, count=702, incident=DAJABON),
            9: dict(type="forced_return", incident=DAJABON),
            10: dict(type="flight", place="Haiti", country="Haiti"),
            11: dict(type="torture", place="Santiago de los Caballeros", country=DR, incident=DAJABON),
            12: dict(type="detention", date=month(2022, 2), place="La Romana", country=DR, incident=LA_ROMANA),
            13: dict(type="forced_return", date=month(2022, 2), count=47, incident=LA_ROMANA),
            14: dict(type="forced_return", incident=LA_ROMANA),
            15: dict(type="forced_return"),
        },
    ),
    dict(
        name="028_statement",
        outlet="UN Special Procedures",
        text="""
20 February 2024 Geneva

Dominican Republic: UN experts alarmed by collective [[1:expulsions]] of Haitians, including children

UN human rights experts today expressed alarm at the collective [[2:expulsion]] of hundreds of Haitians and Dominicans of Haitian descent from the Dominican Republic on 10 and 11 February.

The experts [[3:urged]] the Government to suspend such operations while Haiti remains in crisis.

According to information received by the experts, Dominican migration agents, soldiers and police [[4:detained]] people at construction sites, markets, bus stops and schools in and around Santiago de los Caballeros. More than 600 people were [[5:deported]] through the Dajabón border crossing, according to official figures; civil society organisations put the number at about 800.

The last group was [[6:expelled]] on 11 February. Migration [[7:raids]] in Mao, where a 16-year-old boy was [[8:arrested]] on his way to school, had begun two days earlier. He was [[9:sent back]] to Haiti alone the following day, without his parents being informed.

The experts said they had received reports that a pregnant woman and dozens of people holding Dominican birth certificates were among those [[10:expelled]], and that some people were [[11:beaten]] while being forced onto trucks.

“Many of those [[12:expelled]] have lived in the Dominican Republic for decades, and some have never lived in Haiti,” the experts said. “[[13:Sending people back]] to a country where armed groups control entire neighbourhoods exposes them to a real risk of being [[14:killed]] or subjected to sexual violence.”

“International law prohibits collective [[15:expulsions]]. Every person facing [[16:deportation]] must have their case examined individually, and children must never be separated from their families,” the experts said.

The experts recalled that they had raised similar concerns with the Government after migration agents [[17:deported]] 47 residents of a sugar-cane settlement near La Romana, among them 19 children, in February 2022.

The experts [[18:called on]] the Dominican authorities to ensure that no child is [[19:detained]] or [[20:deported]] for migration reasons, and to issue identity documents to everyone entitled to Dominican nationality. They also [[21:urged]] all States to refrain from forcibly [[22:returning]] people to Haiti.

The experts are in contact with the Government of the Dominican Republic on this matter.

The experts: the Special Rapporteur on the human rights of migrants; the Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance; the Special Rapporteur on the sale and sexual exploitation of children.
""",
        events={
            1: dict(type="forced_return", incident=DAJABON),
            2: dict(type="forced_return", date=span("2024-02-10", "2024-02-11"), place="Dominican Republic", country=DR, count=100, incident=DAJABON),
            3: dict(type="statement"),
            4: dict(type="detention", place="Santiago de los Caballeros", country=DR, incident=DAJABON),
            5: dict(type="forced_return", place="Dajabón", country=DR, count=600, incident=DAJABON),
            6: dict(type="forced_return", date=day("2024-02-11"), incident=DAJABON),
            7: dict(type="detention", date=day("2024-02-09"), place="Mao", country=DR, incident=DAJABON),
            8: dict(type="detention", date=day("2024-02-09"), place="Mao", country=DR, count=1, incident=DAJABON),
            9: dict(type="forced_return", date=day("2024-02-10"), incident=DAJABON),
            10: dict(type="forced_return", incident=DAJABON),
            11: dict(type="torture", incident=DAJABON),
            12: dict(type="forced_return", incident=DAJABON),
            13: dict(type="forced_return"),
            14: dict(type="killing", happened=False),
            15: dict(type="forced_return", happened=False),
            16: dict(type="forced_return", happened=False),
            17: dict(type="forced_return", date=month(2022, 2), place="La Romana", country=DR, count=47, incident=LA_ROMANA),
            18: dict(type="statement"),
            19: dict(type="detention", happened=False),
            20: dict(type="forced_return", happened=False),
            21: dict(type="statement"),
            22: dict(type="forced_return", happened=False),
        },
    ),
    # ------------------------------------------------------------------ b-khujand-journalist
    dict(
        name="029_ngo",
        outlet="Central Asia Press Freedom Network",
        text="""
7 March 2022 Bishkek

Tajikistan: Journalist Farrukh Sattorov [[1:missing]] since Thursday, fears of secret [[2:detention]]

Tajik journalist Farrukh Sattorov has not been seen since he [[3:disappeared]] in Khujand on 3 March, and the authorities must urgently disclose his fate and whereabouts, the Central Asia Press Freedom Network said today.

Sattorov, 34, a reporter for the independent news site Sughd Today, left the outlet's office in central Khujand at about 6 p.m. on 3 March and never reached his home, a 20-minute walk away. His family [[4:lost contact]] with him that evening, and his mobile phone has been switched off since then.

Colleagues said two men in plain clothes had been seen waiting outside the building that afternoon. Police in Khujand refused to register a missing-person report on Friday, telling his wife to “wait a few days”, according to the Network.

“Every hour that Farrukh's [[5:whereabouts remain unknown]] increases the risk that he is being [[6:tortured]],” said Bermet Asanova, the Network's director. “Journalists in Tajikistan who [[7:vanish]] like this usually reappear weeks later in a courtroom, accused of extremism. We fear that is what is happening now.”

Sattorov has reported for Sughd Today since 2017, mostly on land seizures by local officials and on the difficulties of labour migrants returning from Russia. In January, he published an investigation into the demolition of homes in Khujand's Panjshanbe district to make way for a shopping centre.

The Network has documented a steady rise in pressure on independent journalists in Tajikistan. In December 2020, a court in Dushanbe [[8:sentenced]] Nargis Yodgorova, an editor who had investigated corruption in the cotton sector, to seven years in prison on extremism charges after a closed trial. She had been [[9:arrested]] three months earlier and spent her first two weeks in [[10:custody]] without access to a lawyer.

Colleagues fear that Sattorov may be charged under a [[11:law]] adopted in 2021 that makes “spreading false information” punishable by up to five years in prison.

The Central Asia Press Freedom Network [[12:urges]] the Tajik authorities to establish Sattorov's whereabouts without delay and, if he is in state [[13:custody]], to [[14:release]] him immediately and unconditionally. It also [[15:calls on]] Tajikistan's international partners, including the European Union, to raise his case publicly.
""",
        events={
            1: dict(type="disappearance", date=day("2022-03-03"), count=1, incident=KHUJAND),
            2: dict(type="detention", happened=False, count=1),
            3: dict(type="disappearance", date=day("2022-03-03"), place="Khujand", country=TJ, count=1, incident=KHUJAND),
            4: dict(type="disappearance", date=day("2022-03-03"), incident=KHUJAND),
            5: dict(type="disappearance", count=1, incident=KHUJAND),
            6: dict(type="torture", happened=False, count=1),
            7: dict(type="disappearance", place="Tajikistan", country=TJ),
            8: dict(type="imprisonment", date=month(2020, 12), place="Dushanbe", country=TJ, count=1, incident=YODGOROVA),
            9: dict(type="detention", date=month(2020, 9), incident=YODGOROVA),
            10: dict(type="detention", date=month(2020, 9), incident=YODGOROVA),
            11: dict(type="policy", date=year(2021), incident=TJ_LAW),
            12: dict(type="statement"),
            13: dict(type="detention", happened=False, count=1),
            14: dict(type="release", happened=False, count=1),
            15: dict(type="statement"),
        },
    ),
    dict(
        name="030_wire",
        outlet="Eurasia Wire Service",
        text="""
10 March 2022 Dushanbe

Tajik security service confirms [[1:detention]] of [[2:missing]] journalist

DUSHANBE, March 10 (EWS) - Tajikistan's security service has confirmed the [[3:arrest]] of Farrukh Sattorov, a journalist whose family had not heard from him for six days, saying he is suspected of “collaborating with an extremist organisation”.

In a short statement published on Wednesday, the State Committee for National Security said Sattorov had been [[4:detained]] in Khujand on March 3 and was being questioned “in accordance with the law”. It did not say why his family had not been informed.

Sattorov, 34, a reporter for the independent news site Sughd Today, left the outlet's office in central Khujand at about 6 p.m. on 3 March and never reached his home, a 20-minute walk away. His family [[5:lost contact]] with him that evening, according to the Central Asia Press Freedom Network, which first reported his [[6:disappearance]] on Monday.

Sattorov, who [[7:went missing]] in early March, had been investigating land seizures by local officials in the Sughd region, colleagues said.

His lawyer, Rustam Nazarov, told EWS he had not been allowed to see his client and feared he was being [[8:mistreated]]. “We do not know what he is accused of, where exactly he is or what condition he is in,” Nazarov said.

“We spent a week going from one police station to another. Everyone told us they knew nothing,” his wife, Malika, told EWS by telephone from Khujand.

The Central Asia Press Freedom Network [[9:called for]] Sattorov's immediate [[10:release]]. The extremism accusation was “a familiar pretext for silencing reporters”, the group told EWS.

Nargis Yodgorova, an editor who was [[11:jailed]] for seven years in 2020 after reporting on corruption, remains behind bars. A [[12:law]] adopted in 2021 made “spreading false information” a criminal offence, a measure rights groups say has been used against journalists and bloggers.

The State Committee for National Security did not respond to a request for comment. Tajik officials deny that journalists are [[13:imprisoned]] for their work.
""",
        events={
            1: dict(type="detention", count=1, incident=KHUJAND),
            2: dict(type="disappearance", count=1, incident=KHUJAND),
            3: dict(type="detention", place="Tajikistan", country=TJ, count=1, incident=KHUJAND),
            4: dict(type="detention", date=day("2022-03-03"), place="Khujand", country=TJ, count=1, incident=KHUJAND),
            5: dict(type="disappearance", date=day("2022-03-03"), incident=KHUJAND),
            6: dict(type="disappearance", incident=KHUJAND),
            7: dict(type="disappearance", date=span("2022-03-01", "2022-03-10"), count=1, incident=KHUJAND),
            8: dict(type="torture", happened=False, count=1),
            9: dict(type="statement"),
            10: dict(type="release", happened=False, count=1),
            11: dict(type="imprisonment", date=year(2020), count=1, incident=YODGOROVA),
            12: dict(type="policy", date=year(2021), incident=TJ_LAW),
            13: dict(type="imprisonment", happened=False),
        },
    ),
    dict(
        name="031_news",
        outlet="The Pamir Observer",
        text="""
16 March 2022 Khujand

Journalist Farrukh Sattorov [[1:freed]] after 12 days, says he was [[2:beaten]] in [[3:custody]]

By Dilshod Rahimov

Farrukh Sattorov, the reporter who [[4:disappeared]] in Khujand on March 3, was [[5:released]] on Tuesday evening, and says interrogators [[6:beat]] him to make him name his sources.

Sattorov, 34, walked out of the regional headquarters of the State Committee for National Security in Khujand at about 7 p.m., his wife, Malika, said. He had spent 12 days in [[7:custody]].

In a short statement published on Wednesday, the State Committee for National Security said Sattorov had been [[8:detained]] in Khujand on March 3 and was being questioned “in accordance with the law”. It did not say why his family had not been informed.

“They [[9:beat]] me on the soles of my feet and on my back and kept asking who gave me the documents about the land seizures,” Sattorov said in an interview at his family's apartment, his feet still bandaged. “On the third day they told me that if I did not cooperate, I would be [[10:sent to prison]] for ten years.”

He said he was [[11:freed]] only after signing a pledge not to publish anything about his [[12:detention]] and to report to investigators every week. He has not been charged, but the case against him remains open, his lawyer, Rustam Nazarov, said.

A spokesman for the security service told The Pamir Observer that Sattorov had been “treated correctly” and denied that he had been [[13:tortured]]. The spokesman declined to say why Sattorov had been questioned for 12 days without charge.

According to the Central Asia Press Freedom Network, which first raised the alarm about his [[14:disappearance]], Sattorov's case fits a pattern. In December 2020, a court in Dushanbe [[15:sentenced]] Nargis Yodgorova, an editor who had investigated corruption in the cotton sector, to seven years in prison on extremism charges after a closed trial. She had been [[16:arrested]] three months earlier and spent her first two weeks in [[17:custody]] without access to a lawyer.

The Network welcomed his [[18:release]] but [[19:urged]] the authorities to close the case and to investigate his allegations of [[20:torture]].

Photo: Farrukh Sattorov at his family's apartment in Khujand. (The Pamir Observer)
""",
        events={
            1: dict(type="release", count=1, incident=KHUJAND),
            2: dict(type="torture", count=1, incident=KHUJAND),
            3: dict(type="detention", count=1, incident=KHUJAND),
            4: dict(type="disappearance", date=day("2022-03-03"), place="Khujand", country=TJ, count=1, incident=KHUJAND),
            5: dict(type="release", date=day("2022-03-15"), count=1, incident=KHUJAND),
            6: dict(type="torture", count=1, incident=KHUJAND),
            7: dict(type="detention", incident=KHUJAND),
            8: dict(type="detention", date=day("2022-03-03"), place="Khujand", country=TJ, count=1, incident=KHUJAND),
            9: dict(type="torture", count=1, incident=KHUJAND),
            10: dict(type="imprisonment", happened=False),
            11: dict(type="release", incident=KHUJAND),
            12: dict(type="detention", incident=KHUJAND),
            13: dict(type="torture", happened=False, count=1),
            14: dict(type="disappearance", count=1, incident=KHUJAND),
            15: dict(type="imprisonment", date=month(2020, 12), place="Dushanbe", country=TJ, count=1, incident=YODGOROVA),
            16: dict(type="detention", date=month(2020, 9), incident=YODGOROVA),
            17: dict(type="detention", date=month(2020, 9), incident=YODGOROVA),
            18: dict(type="release", incident=KHUJAND),
            19: dict(type="statement"),
            20: dict(type="torture", incident=KHUJAND),
        },
    ),
    dict(
        name="032_statement",
        outlet="Prosecutor General's Office of Tajikistan",
        text="""
21 March 2022 Dushanbe

Statement of the Prosecutor General's Office of the Republic of Tajikistan regarding publications about F. Sattorov

In connection with publications in certain foreign media and on the websites of non-governmental organisations concerning citizen F. Sattorov, the Prosecutor General's Office of the Republic of Tajikistan considers it necessary to inform the public of the following.

On 3 March 2022, officers of the State Committee for National Security [[1:detained]] F. Sattorov, born in 1988, a resident of the city of Khujand, in connection with a criminal case concerning the activities of a banned extremist organisation. The [[2:detention]] was carried out in full accordance with the Criminal Procedure Code.

Claims that F. Sattorov “[[3:disappeared]]” are unfounded. His relatives were informed of his location in accordance with the law. During questioning F. Sattorov provided information of interest to the investigation, and on 15 March 2022 he was [[4:released]] under a written undertaking to appear.

Allegations that F. Sattorov was subjected to [[5:torture]] or other unlawful methods during his [[6:detention]] were examined by the prosecutor of Sughd region and were not confirmed. A medical examination conducted on 16 March 2022 found no injuries.

No restrictions on freedom of movement were imposed on F. Sattorov. On 19 March 2022, he [[7:left]] the Republic of Tajikistan for the Russian Federation of his own free will.

The Prosecutor General's Office notes that in the Republic of Tajikistan no person has been [[8:imprisoned]] for professional journalistic activity. N. Yodgorova was [[9:convicted]] in December 2020 by a lawful court decision for crimes unrelated to journalism, and the [[10:sentence]] entered into legal force.

The [[11:Law]] of the Republic of Tajikistan on countering the dissemination of false information, adopted in 2021, fully complies with the country's international obligations, and its application is subject to judicial control.

Information disseminated by certain organisations about the alleged persecution of journalists in Tajikistan is biased and does not correspond to reality. Such publications are aimed at damaging the international image of the Republic of Tajikistan.

The Prosecutor General's Office [[12:calls on]] foreign media and organisations to refrain from disseminating unverified information about the internal affairs of the Republic of Tajikistan and to address their questions to the competent state bodies.
""",
        events={
            1: dict(type="detention", date=day("2022-03-03"), count=1, incident=KHUJAND),
            2: dict(type="detention", incident=KHUJAND),
            3: dict(type="disappearance", happened=False, count=1),
            4: dict(type="release", date=day("2022-03-15"), count=1, incident=KHUJAND),
            5: dict(type="torture", happened=False, count=1),
            6: dict(type="detention", count=1, incident=KHUJAND),
            7: dict(type="flight", date=day("2022-03-19"), place="Republic of Tajikistan", country=TJ, incident=KHUJAND),
            8: dict(type="imprisonment", happened=False, place="Republic of Tajikistan", country=TJ),
            9: dict(type="imprisonment", date=month(2020, 12), count=1, incident=YODGOROVA),
            10: dict(type="imprisonment", date=month(2020, 12), count=1, incident=YODGOROVA),
            11: dict(type="policy", date=year(2021), place="Republic of Tajikistan", country=TJ, incident=TJ_LAW),
            12: dict(type="statement"),
        },
    ),
    # ------------------------------------------------------------------ b-chattogram-custody-death
    dict(
        name="033_wire",
        outlet="South Asia Press Service",
        text="""
15 August 2023 Chattogram

Bangladesh garment worker [[1:dies]] in police [[2:custody]], family alleges [[3:beating]]

CHATTOGRAM, Bangladesh, Aug 15 (SAPS) - A 24-year-old garment worker [[4:died]] in police [[5:custody]] in the Bangladeshi port city of Chattogram on Monday, police and relatives said.

Tanvir Hossain had been [[6:arrested]] with two friends in the city's Bakalia area late on Sunday, they said.

Police said Hossain and his friends were [[7:detained]] on suspicion of drug dealing and that he complained of chest pains at the Bakalia police station shortly after midnight. He was taken to Chattogram Medical College Hospital, where he [[8:died]] at about 4 a.m., according to a police statement.

His elder brother, Jahangir Alam, said he had seen bruises on Hossain's back and legs at the hospital morgue. “My brother was healthy in the evening. By the morning he was gone. They [[9:beat]] him in that police station,” Alam told SAPS.

Deputy Commissioner Mahmudul Karim of Chattogram Metropolitan Police said three officers from the Bakalia station had been withdrawn from duty pending a departmental inquiry. “If any officer is found responsible, he will face action under the law,” he said.

The two friends were [[10:released]] on Monday afternoon without charge, police said.

Hossain, who worked as a sewing machine operator at a factory in the Kalurghat industrial area, sent most of his wages to his parents in Noakhali district, his brother said.

Rights groups say dozens of people [[11:die]] in police [[12:custody]] in Bangladesh every year and that officers are rarely held to account. In July 2020, a 19-year-old rickshaw puller [[13:died]] at a police station in Khulna after officers allegedly [[14:tortured]] him; a magistrate's inquiry later found evidence of [[15:abuse]].
""",
        events={
            1: dict(type="death", count=1, incident=CHATTOGRAM),
            2: dict(type="detention", count=1, incident=CHATTOGRAM),
            3: dict(type="torture", count=1, incident=CHATTOGRAM),
            4: dict(type="death", date=day("2023-08-14"), place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            5: dict(type="detention", date=day("2023-08-14"), place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            6: dict(type="detention", date=day("2023-08-13"), place="Bakalia", country=BD, count=3, incident=CHATTOGRAM),
            7: dict(type="detention", incident=CHATTOGRAM),
            8: dict(type="death", place="Chattogram Medical College Hospital", country=BD, incident=CHATTOGRAM),
            9: dict(type="torture", incident=CHATTOGRAM),
            10: dict(type="release", date=day("2023-08-14"), count=2, incident=CHATTOGRAM),
            11: dict(type="death", place="Bangladesh", country=BD, count=12),
            12: dict(type="detention", place="Bangladesh", country=BD, count=12),
            13: dict(type="death", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
            14: dict(type="torture", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
            15: dict(type="torture", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
        },
    ),
    dict(
        name="034_ngo",
        outlet="Chattogram Human Rights Forum",
        text="""
18 August 2023 Chattogram

Bangladesh: Independent judicial inquiry needed into [[1:death]] of Tanvir Hossain in Chattogram police [[2:custody]]

The Government of Bangladesh must order an independent judicial inquiry into the [[3:death]] of Tanvir Hossain, a 23-year-old garment worker who [[4:died]] in police [[5:custody]] hours after officers in Chattogram [[6:arrested]] him and three friends on 13 August, the Chattogram Human Rights Forum said today.

The Forum interviewed Tanvir's relatives, two of the friends [[7:arrested]] with him and a hospital employee, and reviewed a preliminary post-mortem report.

According to their accounts, plainclothes officers [[8:seized]] the four young men at a tea stall in the Bakalia area at about 11 p.m. and took them to the Bakalia police station. Officers asked for 50,000 taka in exchange for their [[9:release]]. When the families could not pay, officers [[10:beat]] all four men with sticks in a room behind the duty office, the friends said.

“They hung Tanvir by his wrists from a window grille and [[11:beat]] him on the soles of his feet. He was screaming for more than an hour, then he went quiet,” one of the friends told the Forum. The friends said Tanvir was unconscious when officers carried him to a police van at about 3 a.m.

A preliminary post-mortem report, which the Forum has seen, records 14 separate injuries on Tanvir's body, including bruising on the back, thighs and soles of the feet consistent with [[12:beating]] with a stick. The two doctors who carried out the examination listed the cause of [[13:death]] as “pending further tests”.

The three friends were [[14:released]] on the afternoon of 14 August after their relatives paid 30,000 taka to a middleman, their families said. None of them has been charged.

“Tanvir walked into a police station alive and left it in a body bag. The police story of a sudden heart problem is an insult to his family,” said Nasrin Akter, executive director of the Chattogram Human Rights Forum. “Withdrawing three officers from a station is not accountability. They must be [[15:arrested]] and investigated by a body that does not report to the police.”

The case recalls the [[16:death]] of Sohel Rana, a 19-year-old rickshaw puller, at a police station in Khulna in July 2020. A magistrate's inquiry found that he had been [[17:tortured]], but none of the officers involved has been [[18:convicted]].

The Forum [[19:calls on]] the Ministry of Home Affairs to suspend the officers who were on duty at the Bakalia police station when Tanvir was brought in, to protect his friends and relatives from reprisals, and to publish the full post-mortem report. It also [[20:urges]] Bangladesh to accept the long-standing request of the UN Special Rapporteur on torture to visit the country.
""",
        events={
            1: dict(type="death", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            2: dict(type="detention", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            3: dict(type="death", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            4: dict(type="death", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            5: dict(type="detention", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            6: dict(type="detention", date=day("2023-08-13"), place="Chattogram", country=BD, count=4, incident=CHATTOGRAM),
            7: dict(type="detention", incident=CHATTOGRAM),
            8: dict(type="detention", place="Bakalia", country=BD, count=4, incident=CHATTOGRAM),
            9: dict(type="release", happened=False),
            10: dict(type="torture", count=4, incident=CHATTOGRAM),
            11: dict(type="torture", count=1, incident=CHATTOGRAM),
            12: dict(type="torture", count=1, incident=CHATTOGRAM),
            13: dict(type="death", incident=CHATTOGRAM),
            14: dict(type="release", date=day("2023-08-14"), count=3, incident=CHATTOGRAM),
            15: dict(type="detention", happened=False),
            16: dict(type="death", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
            17: dict(type="torture", incident=KHULNA),
            18: dict(type="imprisonment", happened=False),
            19: dict(type="statement"),
            20: dict(type="statement"),
        },
    ),
    dict(
        name="035_news",
        outlet="The Bay Chronicle",
        text="""
24 August 2023 Chattogram

Ten days on, family of Tanvir Hossain waits for answers as inquiry widens

By Farzana Rahman Chowdhury

His father still keeps the work identity card of Tanvir Hossain, the garment worker who [[1:died]] in police [[2:custody]] in Chattogram on August 14, in the pocket of his shirt.

“He was 24. He had never seen a doctor in his life. Now they tell me my son had a bad heart,” said Abdul Mannan, a farmer from Noakhali district, sitting in the office of a lawyer in Chattogram.

Police said Hossain and his friends were [[3:detained]] on suspicion of drug dealing and that he complained of chest pains at the Bakalia police station shortly after midnight. He was taken to Chattogram Medical College Hospital, where he [[4:died]] at about 4 a.m., according to a police statement.

His family and a local rights group reject that account. The Chattogram Human Rights Forum published its findings last week. It said a preliminary post-mortem report recorded 14 injuries, including bruising consistent with [[5:beating]] with a stick, and that friends [[6:arrested]] with Tanvir heard him screaming at the station.

Police say they [[7:freed]] two of Tanvir's friends on August 14; the Forum says three friends were [[8:released]] that afternoon after their relatives paid a bribe to a middleman.

On Monday, the Chattogram Metropolitan Police suspended two of the three officers who had been withdrawn from the Bakalia station and widened a departmental inquiry. A separate three-member committee formed by the district administration is due to report by the end of the month.

Deputy Commissioner Mahmudul Karim said the suspensions showed that “nobody is above the law”. Asked whether any officer would be [[9:arrested]], he said it was “too early to say”.

Shamim Ara Begum, a lawyer who represents the family, said she would file a criminal complaint against the officers next week. “If it was a heart attack, why are there 14 injuries on his body?” she said.

Tanvir moved to Chattogram from Noakhali four years ago and worked as a sewing machine operator in the Kalurghat industrial area. Colleagues at the factory collected money for his family and held a human chain outside the Chattogram Press Club on Tuesday, [[10:demanding]] justice.

Photo: Abdul Mannan holds his son's factory identity card at a lawyer's office in Chattogram. (The Bay Chronicle)
""",
        events={
            1: dict(type="death", date=day("2023-08-14"), place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            2: dict(type="detention", date=day("2023-08-14"), place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            3: dict(type="detention", incident=CHATTOGRAM),
            4: dict(type="death", place="Chattogram Medical College Hospital", country=BD, incident=CHATTOGRAM),
            5: dict(type="torture", count=1, incident=CHATTOGRAM),
            6: dict(type="detention", incident=CHATTOGRAM),
            7: dict(type="release", date=day("2023-08-14"), count=2, incident=CHATTOGRAM),
            8: dict(type="release", date=day("2023-08-14"), count=3, incident=CHATTOGRAM),
            9: dict(type="detention", happened=False),
            10: dict(type="statement", date=day("2023-08-22")),
        },
    ),
    dict(
        name="036_statement",
        outlet="Asian Alliance Against Torture",
        text="""
28 August 2023 Bangkok

Bangladesh: Two weeks on, no [[1:arrests]] over Tanvir Hossain's [[2:death]]

The Asian Alliance Against Torture is deeply concerned that no police officer has been [[3:arrested]] over the [[4:death]] of Tanvir Hossain, a garment worker whose family says he was [[5:tortured]] at a police station in Chattogram.

The 23-year-old [[6:died]] on 14 August. He had been [[7:arrested]] with three friends the previous evening in the Bakalia area of the city.

A preliminary post-mortem report, seen by the Chattogram Human Rights Forum, records 14 separate injuries on Tanvir's body, including bruising on the back, thighs and soles of the feet consistent with [[8:beating]] with a stick. The two doctors who carried out the examination listed the cause of [[9:death]] as “pending further tests”.

Two of the friends [[10:detained]] with him told the Forum that officers [[11:beat]] all four men with sticks after their families failed to pay a bribe. The police maintain that Tanvir Hossain fell ill at the station and [[12:died]] in hospital of natural causes.

“A young man walks into a police station in good health and leaves it in a coffin, and the only response so far is the transfer of three officers and the suspension of two,” said Arjun Menon, the Alliance's programme director. “This is exactly the impunity that allows [[13:torture]] to flourish in Bangladesh.”

The Alliance recalls that in July 2020, Sohel Rana, a 19-year-old rickshaw puller, [[14:died]] at a police station in Khulna after being [[15:beaten]] by officers. Nobody has yet been [[16:convicted]] for his [[17:death]].

According to Bangladeshi rights groups, at least 20 people [[18:died]] after [[19:arrest]] in 2022.

The Asian Alliance Against Torture [[20:urges]] the Government of Bangladesh to transfer the investigation into Tanvir Hossain's [[21:death]] to an independent judicial commission, to [[22:arrest]] and prosecute any officer against whom there is credible evidence, and to protect the witnesses and the family from intimidation.

We also [[23:call on]] Bangladesh to implement the recommendations of the UN Committee against Torture and to ratify the Optional Protocol to the Convention against Torture, which would open its police stations to independent inspection.
""",
        events={
            1: dict(type="detention", happened=False),
            2: dict(type="death", count=1, incident=CHATTOGRAM),
            3: dict(type="detention", happened=False),
            4: dict(type="death", count=1, incident=CHATTOGRAM),
            5: dict(type="torture", place="Chattogram", country=BD, count=1, incident=CHATTOGRAM),
            6: dict(type="death", date=day("2023-08-14"), count=1, incident=CHATTOGRAM),
            7: dict(type="detention", date=day("2023-08-13"), place="Bakalia", country=BD, count=4, incident=CHATTOGRAM),
            8: dict(type="torture", count=1, incident=CHATTOGRAM),
            9: dict(type="death", incident=CHATTOGRAM),
            10: dict(type="detention", count=4, incident=CHATTOGRAM),
            11: dict(type="torture", count=4, incident=CHATTOGRAM),
            12: dict(type="death", count=1, incident=CHATTOGRAM),
            13: dict(type="torture", place="Bangladesh", country=BD),
            14: dict(type="death", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
            15: dict(type="torture", date=month(2020, 7), place="Khulna", country=BD, count=1, incident=KHULNA),
            16: dict(type="imprisonment", happened=False),
            17: dict(type="death", incident=KHULNA),
            18: dict(type="death", date=year(2022), count=20),
            19: dict(type="detention", date=year(2022), count=20),
            20: dict(type="statement"),
            21: dict(type="death", count=1, incident=CHATTOGRAM),
            22: dict(type="detention", happened=False),
            23: dict(type="statement"),
        },
    ),
    # ------------------------------------------------------------------ b-myanmar-2024-amnesty
    dict(
        name="037_wire",
        outlet="Asia-Pacific Wire",
        text="""
27 November 2024 Yangon

Myanmar junta [[1:frees]] 5,120 prisoners, few political detainees among them

YANGON, Nov 27 (APW) - Myanmar's military government [[2:freed]] 5,120 prisoners on Tuesday under an amnesty [[3:order]] signed a day earlier, state television said, but rights groups said only a handful of political prisoners were among those [[4:released]].

Crowds of relatives gathered from early morning outside Yangon's Insein Prison, where buses carrying [[5:released]] inmates began leaving shortly after 10 a.m. Prisoners were also [[6:set free]] from Obo Prison in Mandalay, according to the Prisons Department.

The Myanmar Prisoners Monitoring Group said it had confirmed the [[7:release]] of 11 political prisoners by Tuesday night, including a former member of parliament from the ousted ruling party. More than 20,000 people [[8:arrested]] for opposing military rule remain behind bars, the group said.

At least three of those [[9:freed]] from Insein were [[10:re-arrested]] at the prison gate and driven away in unmarked vans, a relative of one of them told APW.

State television said the amnesty was granted “on humanitarian grounds” and that those [[11:released]] would be [[12:sent back to prison]] if they reoffended. It said 38 foreign nationals would be [[13:deported]].

Myanmar has been in turmoil since the military seized power in February 2021. Many civilians have been [[14:killed]] in fighting between the army and armed resistance groups, and more than three million people have [[15:fled]] their homes, according to UN figures.

The military council regularly announces mass [[16:releases]] on public holidays. Rights groups say such amnesties are used to deflect international criticism while new [[17:arrests]] continue.
""",
        events={
            1: dict(type="release", count=5120, incident=AMNESTY),
            2: dict(type="release", date=day("2024-11-26"), place="Myanmar", country=MM, count=5120, incident=AMNESTY),
            3: dict(type="policy", date=day("2024-11-25"), place="Myanmar", country=MM, incident=AMNESTY),
            4: dict(type="release", count=5120, incident=AMNESTY),
            5: dict(type="release", place="Insein Prison", country=MM, incident=AMNESTY),
            6: dict(type="release", place="Obo Prison", country=MM, incident=AMNESTY),
            7: dict(type="release", date=day("2024-11-26"), count=11, incident=AMNESTY),
            8: dict(type="detention", count=20000),
            9: dict(type="release", place="Insein", country=MM, incident=AMNESTY),
            10: dict(type="detention", place="Insein", country=MM, count=3, incident=AMNESTY),
            11: dict(type="release", incident=AMNESTY),
            12: dict(type="imprisonment", happened=False),
            13: dict(type="forced_return", happened=False, count=38),
            14: dict(type="killing"),
            15: dict(type="flight", count=3000000),
            16: dict(type="release"),
            17: dict(type="detention"),
        },
    ),
    dict(
        name="038_ngo",
        outlet="Myanmar Prisoners Monitoring Group",
        text="""
28 November 2024 Chiang Mai

Myanmar: Only 14 political prisoners among 5,120 [[1:freed]]; junta must [[2:free]] all political prisoners

The Myanmar Prisoners Monitoring Group (MPMG) has confirmed that only 14 political prisoners were among the 5,120 people [[3:released]] on 26 November under an amnesty [[4:order]] signed the day before by the military council.

Among those [[5:freed]] from Insein Prison in Yangon was U Kyaw Zeya Lwin, a 72-year-old former member of parliament. A military court had [[6:sentenced]] him to 15 years in prison in 2021 for “incitement” and “terrorism”. His family said he was [[7:released]] in a wheelchair after two years without proper medical care.

The MPMG has also confirmed that four people [[8:freed]] from Insein on 26 November were [[9:re-arrested]] at the prison gate by plainclothes police. Their [[10:whereabouts are unknown]], and their families have been turned away from police stations in Yangon.

“[[11:Releasing]] a few elderly and sick political prisoners while [[12:arresting]] new ones every week is not a gesture of reconciliation. It is a revolving door,” said Thura Aung, the MPMG's secretary. “If the military council is serious, it must [[13:free]] every political prisoner, starting with the journalists.”

The amnesty did not include any of the 29 journalists that the Group believes are currently behind bars. Among them is Ma Hnin Wai Phyo, a reporter for an online news agency, who was [[14:sentenced]] to ten years in prison by a military court in Mandalay in March 2022. She had been [[15:arrested]] four months earlier while covering a protest, and her family says she has been denied treatment for a kidney condition in Obo Prison.

Previous amnesties have followed the same pattern. In October 2022, the military council [[16:freed]] more than 3,000 prisoners, among them about 400 political prisoners. At least seven of those political prisoners were [[17:re-arrested]] within a month, and two of them were later [[18:sentenced]] to new prison terms, according to the Group's records.

By the MPMG's count, 21,480 people [[19:detained]] on political grounds remain in prisons and interrogation centres across Myanmar.

The MPMG [[20:calls on]] the military council to [[21:release]] all political prisoners unconditionally, to disclose the whereabouts of the four men [[22:re-arrested]] at the gate of Insein Prison, and to allow the International Committee of the Red Cross access to all prisons. It [[23:urges]] ASEAN member states to make any engagement with the junta conditional on these steps.
""",
        events={
            1: dict(type="release", count=5120, incident=AMNESTY),
            2: dict(type="release", happened=False),
            3: dict(type="release", date=day("2024-11-26"), count=5120, incident=AMNESTY),
            4: dict(type="policy", date=day("2024-11-25"), incident=AMNESTY),
            5: dict(type="release", place="Insein Prison", country=MM, incident=AMNESTY),
            6: dict(type="imprisonment", date=year(2021), incident=KYAW_ZEYA_LWIN),
            7: dict(type="release", incident=AMNESTY),
            8: dict(type="release", date=day("2024-11-26"), place="Insein", country=MM, count=4, incident=AMNESTY),
            9: dict(type="detention", date=day("2024-11-26"), place="Insein", country=MM, count=4, incident=AMNESTY),
            10: dict(type="disappearance", incident=AMNESTY),
            11: dict(type="release", incident=AMNESTY),
            12: dict(type="detention"),
            13: dict(type="release", happened=False),
            14: dict(type="imprisonment", date=month(2022, 3), place="Mandalay", country=MM, count=1, incident=HNIN_WAI_PHYO),
            15: dict(type="detention", date=month(2021, 11), incident=HNIN_WAI_PHYO),
            16: dict(type="release", date=month(2022, 10), count=3000, incident=AMNESTY_2022),
            17: dict(type="detention", count=7, incident=AMNESTY_2022),
            18: dict(type="imprisonment", count=2, incident=AMNESTY_2022),
            19: dict(type="detention", place="Myanmar", country=MM, count=21480),
            20: dict(type="statement"),
            21: dict(type="release", happened=False),
            22: dict(type="detention", place="Insein Prison", country=MM, count=4, incident=AMNESTY),
            23: dict(type="statement"),
        },
    ),
    dict(
        name="039_news",
        outlet="Mekong Daily Review",
        text="""
2 December 2024 Bangkok

[[1:Freed]], then [[2:arrested]] again: Myanmar's amnesty leaves families in limbo

By Naw Eh Say Paw

Myanmar's military government [[3:freed]] 5,120 prisoners on November 26 under an amnesty [[4:order]] signed a day earlier, state television said, but rights groups said only a handful of political prisoners were among those [[5:released]].

Crowds of relatives gathered from early morning outside Yangon's Insein Prison, where buses carrying [[6:released]] inmates began leaving shortly after 10 a.m. Prisoners were also [[7:set free]] from Obo Prison in Mandalay, according to the Prisons Department.

A network of lawyers who represent political prisoners told the Mekong Daily Review that at least 16 political prisoners had been [[8:released]] last week, two more than the figure confirmed by the Myanmar Prisoners Monitoring Group. Among them was Kyaw Zeya Lwin, a 72-year-old former member of parliament, who left Insein in a wheelchair.

For the family of Ko Min Htet Naing, a 27-year-old medical student, the joy lasted less than a minute. His mother watched him walk out of the prison gate on November 26 and saw two men in plain clothes [[9:seize]] him before she could reach him. “I have not slept since. I do not know where they have taken my son,” she said by telephone from Yangon.

The monitoring group says four people were [[10:re-arrested]] at the gates of Insein. Asia-Pacific Wire, citing a relative, reported that at least three had been [[11:detained]] again.

A spokesman for the military council, reached by telephone, said those [[12:detained]] at the prison gate were “wanted in connection with new offences” and denied that anyone had been [[13:re-arrested]] for political reasons.

The amnesty did not include any of the 29 journalists that the Myanmar Prisoners Monitoring Group believes are currently behind bars. Among them is Ma Hnin Wai Phyo, a reporter for an online news agency, who was [[14:sentenced]] to ten years in prison by a military court in Mandalay in March 2022. She had been [[15:arrested]] four months earlier while covering a protest, and her family says she has been denied treatment for a kidney condition in Obo Prison.

Myanmar has been in turmoil since the military seized power in February 2021. Rights groups say amnesties on public holidays are used to deflect international criticism while new [[16:arrests]] continue.

Photo: Relatives wait outside Insein Prison in Yangon on November 26. (Mekong Daily Review)
""",
        events={
            1: dict(type="release", incident=AMNESTY),
            2: dict(type="detention", incident=AMNESTY),
            3: dict(type="release", date=day("2024-11-26"), place="Myanmar", country=MM, count=5120, incident=AMNESTY),
            4: dict(type="policy", date=day("2024-11-25"), place="Myanmar", country=MM, incident=AMNESTY),
            5: dict(type="release", count=5120, incident=AMNESTY),
            6: dict(type="release", place="Insein Prison", country=MM, incident=AMNESTY),
            7: dict(type="release", place="Obo Prison", country=MM, incident=AMNESTY),
            8: dict(type="release", date=span("2024-11-25", "2024-12-01"), count=16, incident=AMNESTY),
            9: dict(type="detention", date=day("2024-11-26"), incident=AMNESTY),
            10: dict(type="detention", place="Insein", country=MM, count=4, incident=AMNESTY),
            11: dict(type="detention", count=3, incident=AMNESTY),
            12: dict(type="detention", incident=AMNESTY),
            13: dict(type="detention", happened=False),
            14: dict(type="imprisonment", date=month(2022, 3), place="Mandalay", country=MM, count=1, incident=HNIN_WAI_PHYO),
            15: dict(type="detention", date=month(2021, 11), incident=HNIN_WAI_PHYO),
            16: dict(type="detention"),
        },
    ),
    dict(
        name="040_statement",
        outlet="Coalition for Political Prisoners in Myanmar",
        text="""
4 December 2024 Bangkok

Statement: Myanmar's amnesty must not become a revolving door

The Coalition for Political Prisoners in Myanmar notes the [[1:release]] of 5,120 prisoners under the military council's amnesty [[2:order]] last month, and welcomes the return of at least 14 political prisoners to their families.

However, the Coalition is alarmed that at least four of those [[3:freed]] from Insein Prison in Yangon were [[4:detained]] again at the prison gate, and that their families have not been told where they are.

“[[5:Releasing]] prisoners on public holidays while [[6:arresting]] others every week makes a mockery of any talk of reconciliation,” said Daw Khin Su Hlaing, the Coalition's chair.

Previous amnesties have followed the same pattern. In October 2022, the military council [[7:freed]] more than 3,000 prisoners, among them about 400 political prisoners. At least seven of those political prisoners were [[8:re-arrested]] within a month, and two of them were later [[9:sentenced]] to new prison terms, according to the Myanmar Prisoners Monitoring Group.

The Coalition also notes with concern that the amnesty excluded journalists such as Ma Hnin Wai Phyo, [[10:jailed]] for ten years in March 2022, who is reported to be in poor health in Obo Prison in Mandalay.

The Coalition [[11:calls on]] the military council to:

– [[12:release]] immediately and unconditionally all those [[13:detained]] for peaceful political activity;

– disclose the whereabouts of everyone [[14:re-arrested]] after the amnesty;

– end the [[15:torture]] and [[16:ill-treatment]] of political prisoners and allow independent monitors into all prisons.

The Coalition further [[17:urges]] governments in the region not to [[18:deport]] Myanmar nationals who have [[19:fled]] political persecution, and to let them stay until it is safe to return.

Members of the Coalition: Myanmar Prisoners Monitoring Group; Former Political Prisoners Society of Sagaing; Lawyers for Justice Myanmar Network; Women's League for Prisoners' Families; Karen Human Rights Forum.
""",
        events={
            1: dict(type="release", date=month(2024, 11), count=5120, incident=AMNESTY),
            2: dict(type="policy", date=month(2024, 11), incident=AMNESTY),
            3: dict(type="release", place="Insein Prison", country=MM, incident=AMNESTY),
            4: dict(type="detention", place="Insein Prison", country=MM, count=4, incident=AMNESTY),
            5: dict(type="release"),
            6: dict(type="detention"),
            7: dict(type="release", date=month(2022, 10), count=3000, incident=AMNESTY_2022),
            8: dict(type="detention", count=7, incident=AMNESTY_2022),
            9: dict(type="imprisonment", count=2, incident=AMNESTY_2022),
            10: dict(type="imprisonment", date=month(2022, 3), place="Obo Prison", country=MM, count=1, incident=HNIN_WAI_PHYO),
            11: dict(type="statement"),
            12: dict(type="release", happened=False),
            13: dict(type="detention"),
            14: dict(type="detention", incident=AMNESTY),
            15: dict(type="torture"),
            16: dict(type="torture"),
            17: dict(type="statement"),
            18: dict(type="forced_return", happened=False),
            19: dict(type="flight"),
        },
    ),
]
