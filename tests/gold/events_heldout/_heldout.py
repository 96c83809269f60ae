# ruff: noqa: E501
"""Held-out event gold: 10 invented documents (NGO releases, wire copy, news, a UN statement).

Written without looking at any extractor; measure on this folder, never tune on it.
People, organisations, outlets, events and quotations are invented; the places are real.
Follows ../events/GUIDELINES.md. Incident labels start with "h-"; 004_wire and 006_news
report the same case (h-maesot).
"""


def ev(type, date=None, place=None, country=None, count=None, incident=None, happened=True):
    return dict(type=type, happened=happened, date=date, place=place, country=country,
                count=count, incident=incident)


def no(type, date=None, place=None, country=None, count=None):
    """An event that did not happen (negated, demanded, feared, planned, denied)."""
    return ev(type, date, place, country, count, None, False)


def day(iso):
    return (iso, iso, "day")


def month(ym):
    import calendar
    y, m = map(int, ym.split("-"))
    return (f"{ym}-01", f"{ym}-{calendar.monthrange(y, m)[1]:02d}", "month")


def year(y):
    return (f"{y}-01-01", f"{y}-12-31", "year")


def rng(a, b):
    return (a, b, "range")


DOCS = [
    dict(
        name="001_ngo",
        outlet="Haven Rights Alliance",
        text="""
9 October 2023 London

Turkey: Stop [[1:deporting]] Syrians [[2:rounded up]] in Mersin

The Turkish authorities must not [[3:deport]] any more of the Syrian refugees [[4:rounded up]] in the southern city of Mersin last month, Haven Rights Alliance said today. At least 38 of the men [[5:detained]] in Mersin have already been [[6:sent back]] across the border to Syria’s Idlib governorate, according to relatives and lawyers interviewed by the organisation.

Police and officials from the provincial migration directorate [[7:raided]] workshops and apartment blocks in Mersin’s Akdeniz district on 14 and 15 September, [[8:detaining]] men who could not immediately show a temporary protection card or whose registration was in another province, witnesses told the organisation.

“Men were [[9:arrested]] at their workplaces in the morning, and by nightfall some of them were on buses heading for the border,” said Leyla Marand, Haven Rights Alliance’s Turkey researcher. “Nobody who was [[10:deported]] was allowed to see a lawyer, and several told us they had been [[11:beaten]] in the removal centre until they signed ‘voluntary return’ forms they could not read.”

Syrians under temporary protection in Turkey have the right to challenge any [[12:deportation]] before an administrative court, and no one may be [[13:sent back]] while such a challenge is pending. Lawyers representing 11 of the men said their clients’ phones were confiscated as soon as they were [[14:taken into custody]], leaving them no way to reach a court in time.

It is not the first time Syrians have been [[15:expelled]] from the province. In July 2022, Haven Rights Alliance documented the [[16:deportation]] of at least 150 men and boys from Mersin province to areas controlled by armed opposition groups. Several of them were later [[17:killed]] in shelling near Jarablus.

“Turkey has hosted millions of Syrians for more than a decade, and that record is being undone by [[18:arrests]] in the street and [[19:forced returns]] to a war zone,” said the organisation’s director, Tomasz Wielgosz. “We [[20:urge]] the Interior Ministry to [[21:release]] the men still [[22:detained]] in Mersin, to suspend all [[23:deportations]] to Syria and to let UNHCR monitor the removal centres.”

The organisation also [[24:called on]] the European Union, which funds part of Turkey’s migration management programme, to make clear that none of its money may be used for [[25:deportations]] to Syria.

Haven Rights Alliance has released a 24-page briefing on the Mersin [[26:raids]], based on interviews with 31 people, including nine men who were [[27:deported]] and later [[28:crossed]] back into Turkey with the help of smugglers.
""",
        events={
            1: no("forced_return", place="Turkey", country="Turkey"),
            2: ev("detention", place="Mersin", country="Turkey", incident="h-mersin"),
            3: no("forced_return", country="Turkey"),
            4: ev("detention", month("2023-09"), "Mersin", "Turkey", incident="h-mersin"),
            5: ev("detention", None, "Mersin", "Turkey", incident="h-mersin"),
            6: ev("forced_return", None, "Idlib governorate", "Syria", 38, "h-mersin"),
            7: ev("detention", rng("2023-09-14", "2023-09-15"), "Akdeniz district", "Turkey", incident="h-mersin"),
            8: ev("detention", rng("2023-09-14", "2023-09-15"), "Akdeniz district", "Turkey", incident="h-mersin"),
            9: ev("detention", incident="h-mersin"),
            10: ev("forced_return", incident="h-mersin"),
            11: ev("torture", incident="h-mersin"),
            12: no("forced_return", place="Turkey", country="Turkey"),
            13: no("forced_return", place="Turkey", country="Turkey"),
            14: ev("detention", count=11, incident="h-mersin"),
            15: ev("forced_return"),
            16: ev("forced_return", month("2022-07"), "Mersin province", "Turkey", 150, "h-mersin-2022"),
            17: ev("killing", None, "Jarablus", "Syria", incident="h-mersin-2022"),
            18: ev("detention", place="Turkey", country="Turkey"),
            19: ev("forced_return", place="Turkey", country="Turkey"),
            20: ev("statement"),
            21: no("release"),
            22: ev("detention", None, "Mersin", "Turkey", incident="h-mersin"),
            23: no("forced_return", place="Syria", country="Syria"),
            24: ev("statement"),
            25: no("forced_return", place="Syria", country="Syria"),
            26: ev("detention", None, "Mersin", "Turkey", incident="h-mersin"),
            27: ev("forced_return", count=9, incident="h-mersin"),
            28: ev("flight", None, "Turkey", "Turkey", 9, "h-mersin"),
        },
    ),
    dict(
        name="002_ngo",
        outlet="Justice Forum for Egypt",
        text="""
March 21, 2024 — Berlin

Egypt: Independent inquiry needed into [[1:death]] of [[2:detained]] translator in Badr prison

The [[3:death]] of 41-year-old translator Hossam Farouk in Badr prison on Sunday must be investigated promptly and independently, and those responsible for his treatment must be held to account, the Justice Forum for Egypt said today.

Farouk had been in pre-trial [[4:detention]] since October 2022. He [[5:died]] hours after guards carried him unconscious from his cell, according to two fellow prisoners who spoke to his family.

Farouk was [[6:arrested]] at his home in Giza on 9 October 2022, two days after he translated an article on prison conditions for a foreign news website, and was charged with “joining a terrorist group” and “spreading false news”. His [[7:detention]] was renewed every 45 days by a terrorism circuit court, most recently on 3 March, without his lawyers ever being shown the case file. Pre-trial [[8:detention]] in Egypt is limited to two years, but lawyers say prosecutors routinely get around the limit by adding new charges, a practice known as “rotation”.

His family said Farouk, who had diabetes, had been denied insulin for weeks and was [[9:beaten]] by guards in January after he complained that the light in his cell was never switched off.

“Hossam Farouk was a translator, not a criminal, and he [[10:died]] because the state treated his illness as a punishment,” said Mona Sherif, the Justice Forum’s advocacy director. “The Egyptian authorities have a long record of letting critics [[11:die]] slowly through medical neglect and then blaming natural causes. The [[12:release]] of everyone still [[13:detained]] for their opinions is the only way to prevent another [[14:death]].”

The Justice Forum [[15:called for]] an inquiry led by a judge from outside the Interior Ministry, an independent autopsy in the presence of a doctor chosen by the family, and the immediate [[16:release]] of 14 other men [[17:detained]] in the same case.

Rights groups have recorded at least five [[18:deaths]] in Badr prison. In August 2023, a 63-year-old former schoolteacher, Saad Mekkawi, [[19:died]] in Badr prison after being refused heart surgery; a month later, his son was [[20:arrested]] over a Facebook post about the case.

Egypt’s National Council for Human Rights, a state-appointed body, said Farouk had received “all necessary care” and that his [[21:death]] was caused by a heart attack. The Interior Ministry did not respond to a request for comment.
""",
        events={
            1: ev("death", None, "Badr prison", "Egypt", incident="h-farouk"),
            2: ev("detention", None, "Badr prison", "Egypt", incident="h-farouk"),
            3: ev("death", day("2024-03-17"), "Badr prison", "Egypt", incident="h-farouk"),
            4: ev("detention", month("2022-10"), incident="h-farouk"),
            5: ev("death", incident="h-farouk"),
            6: ev("detention", day("2022-10-09"), "Giza", "Egypt", incident="h-farouk"),
            7: ev("detention", day("2024-03-03"), incident="h-farouk"),
            8: ev("detention", None, "Egypt", "Egypt"),
            9: ev("torture", month("2024-01"), incident="h-farouk"),
            10: ev("death", incident="h-farouk"),
            11: ev("death", country="Egypt"),
            12: no("release"),
            13: ev("detention"),
            14: no("death"),
            15: ev("statement"),
            16: no("release", count=14),
            17: ev("detention", count=14, incident="h-farouk-codefendants"),
            18: ev("death", None, "Badr prison", "Egypt", 5),
            19: ev("death", month("2023-08"), "Badr prison", "Egypt", 1, "h-mekkawi"),
            20: ev("detention", month("2023-09"), incident="h-mekkawi-son"),
            21: ev("death", incident="h-farouk"),
        },
    ),
    dict(
        name="003_wire",
        outlet="Atlas News Agency",
        text="""
2023-06-28

At least 11 [[1:dead]], dozens [[2:missing]] after boat sinks off Libya

LAMPEDUSA, Italy (ANA) — At least 11 people [[3:died]] and dozens more were [[4:missing]] after an overcrowded boat capsized off the Libyan coast near Zuwara on Monday, the International Organization for Migration said on Tuesday.

Survivors told IOM staff that about 85 people, most of them from Sudan, Eritrea and Bangladesh, had crowded onto the wooden boat at a beach near Sabratha late on Sunday.

A Libyan coast guard vessel pulled 23 survivors from the water and [[5:returned]] them to Tripoli, where they were [[6:detained]] in the Ain Zara district, IOM spokeswoman Hanne Lindqvist said.

Eighteen others were picked up by a merchant tanker and [[7:arrived]] in Lampedusa early on Tuesday, the Italian coast guard said.

Libyan fishermen recovered eleven bodies, including those of two children, Lindqvist said. At least 30 people are still [[8:missing]], she added.

Several of those [[9:returned]] to Tripoli told IOM staff they had [[10:escaped]] from [[11:detention]] in Libya earlier this year.

“People who are [[12:returned]] to Libya are almost always [[13:detained]] in conditions where [[14:torture]] is routine,” Lindqvist said. “No one rescued at sea should be [[15:sent back]] there.”

“We saw the water coming in and people started to scream,” a 19-year-old survivor from Sudan told IOM staff in Lampedusa, according to the agency. “I [[16:fled]] the war at home, and now my cousin has [[17:drowned]] next to me.”

Italy’s Interior Ministry did not respond to a request for comment on the rescue.

The agency [[18:called on]] European governments to restore state-led search and rescue operations in the central Mediterranean. More than 1,000 people have [[19:died]] on the route so far this year, according to IOM figures.
""",
        events={
            1: ev("death", None, "Libya", "Libya", 11, "h-zuwara-boat"),
            2: ev("disappearance", None, "Libya", "Libya", 12, "h-zuwara-boat"),
            3: ev("death", day("2023-06-26"), "Zuwara", "Libya", 11, "h-zuwara-boat"),
            4: ev("disappearance", day("2023-06-26"), "Zuwara", "Libya", 12, "h-zuwara-boat"),
            5: ev("forced_return", None, "Tripoli", "Libya", 23, "h-zuwara-boat"),
            6: ev("detention", None, "Ain Zara district", "Libya", 23, "h-zuwara-boat"),
            7: ev("asylum", day("2023-06-27"), "Lampedusa", "Italy", 18, "h-zuwara-boat"),
            8: ev("disappearance", count=30, incident="h-zuwara-boat"),
            9: ev("forced_return", year(2023), "Tripoli", "Libya", incident="h-zuwara-boat"),
            10: ev("flight", year(2023), "Libya", "Libya", incident="h-zuwara-prior"),
            11: ev("detention", year(2023), "Libya", "Libya", incident="h-zuwara-prior"),
            12: ev("forced_return", None, "Libya", "Libya"),
            13: ev("detention", None, "Libya", "Libya"),
            14: ev("torture", None, "Libya", "Libya"),
            15: no("forced_return"),
            16: ev("flight", incident="h-zuwara-survivor"),
            17: ev("death", incident="h-zuwara-boat"),
            18: ev("statement"),
            19: ev("death", year(2023), count=1000),
        },
    ),
    dict(
        name="004_wire",
        outlet="Pacific Rim Press",
        text="""
13 February 2024 Bangkok

Thai police [[1:detain]] nine Myanmar dissidents near border, [[2:deportation]] feared

MAE SOT, Thailand (PRP) — Thai police [[3:arrested]] nine members of a Myanmar pro-democracy group in a [[4:raid]] on a house in the border town of Mae Sot on Sunday, and the group fears they will be [[5:handed over]] to Myanmar’s military, a spokesman said on Monday.

The nine include two teenagers, a 17-year-old girl and a 16-year-old boy, and Thiha Zaw, a former reporter who [[6:fled]] to Thailand in 2022 after several of his colleagues were [[7:arrested]] in Yangon, said the spokesman, Nay Lin of the Myanmar Democratic Youth Network.

Nay Lin said police had told relatives that the group was being investigated for illegal entry and could be [[8:deported]] within days. “If they are [[9:sent back]], they will be [[10:tortured]] or worse,” he said.

An immigration officer in Mae Sot, who asked not to be named because he was not authorised to speak to the media, said the nine were in immigration [[11:custody]] and that their cases would be “handled through the normal procedure”. Tak provincial police declined to comment.

A growing number of activists have [[12:fled]] across the border from Myanmar since the military seized power, many of them to Mae Sot. Thailand has [[13:deported]] several Myanmar dissidents in recent years. In March 2023, Thai authorities [[14:handed over]] three members of an anti-junta militia to Myanmar border guards at Myawaddy, and relatives [[15:lost contact]] with them the same day.

Rights groups have [[16:urged]] Thailand to [[17:release]] the nine and let the UN refugee agency assess their protection needs. Thailand has not ratified the UN Refugee Convention, but a 2022 [[18:law]] that took effect in February 2023 bars the authorities from [[19:returning]] anyone to a country where they would face [[20:torture]] or [[21:enforced disappearance]].
""",
        events={
            1: ev("detention", None, None, "Thailand", 9, "h-maesot"),
            2: no("forced_return"),
            3: ev("detention", day("2024-02-11"), "Mae Sot", "Thailand", 9, "h-maesot"),
            4: ev("detention", day("2024-02-11"), "Mae Sot", "Thailand", 9, "h-maesot"),
            5: no("forced_return", None, "Myanmar", "Myanmar", 9),
            6: ev("flight", year(2022), "Thailand", "Thailand", 1, "h-thihazaw-2022"),
            7: ev("detention", year(2022), "Yangon", "Myanmar", None, "h-yangon-reporters-2022"),
            8: no("forced_return"),
            9: no("forced_return"),
            10: no("torture"),
            11: ev("detention", None, "Mae Sot", "Thailand", 9, "h-maesot"),
            12: ev("flight", None, "Mae Sot", "Thailand"),
            13: ev("forced_return", None, "Thailand", "Thailand"),
            14: ev("forced_return", month("2023-03"), "Myawaddy", "Myanmar", 3, "h-myawaddy-2023"),
            15: ev("disappearance", month("2023-03"), None, None, 3, "h-myawaddy-2023"),
            16: ev("statement"),
            17: no("release", None, "Thailand", "Thailand", 9),
            18: ev("policy", year(2022), "Thailand", "Thailand", incident="h-thai-torture-act"),
            19: no("forced_return", None, "Thailand", "Thailand"),
            20: no("torture"),
            21: no("disappearance"),
        },
    ),
    dict(
        name="005_news",
        outlet="Lake Region Times",
        text="""
May 6, 2022 — Kisumu

Families [[1:demand]] answers after three [[2:killed]] in Kisumu protests

By Achieng Otieno

The mother of a 15-year-old boy who was [[3:shot dead]] during protests over maize flour prices in Kisumu on Tuesday says she has still not been allowed to see his body, as police face mounting criticism over a crackdown in which three people were [[4:killed]] and dozens [[5:arrested]].

Brian Odhiambo, a Form Two student, was hit in the chest as officers fired live rounds at crowds who had blocked the Kisumu–Busia road with burning tyres, witnesses said. He [[6:died]] on the way to hospital.

Two other men, aged 23 and 31, were [[7:killed]] in the Nyalenda area of the city, according to the Lake Basin Human Rights Forum, which said post-mortem examinations showed both had been hit from behind.

The regional police commander, James Wekesa, said 43 people had been [[8:arrested]] for looting and that officers had acted “with restraint” against “criminals who attacked police stations”. “We regret the [[9:deaths]], but officers have a duty to protect property,” he told reporters.

On Thursday, a magistrate in Kisumu [[10:freed]] 30 of those [[11:detained]] on a cash bail of 10,000 shillings each. The remaining 13, including two university students, were returned to [[12:custody]] while police complete their investigations.

Two organisers of the protests, Kevin Ouma and Faith Akinyi, were [[13:seized]] by plain-clothes officers outside a church in Kondele on Wednesday night, and their [[14:whereabouts remain unknown]], their lawyer, Peter Njoroge, said. Police said neither of them was in their [[15:custody]].

“They [[16:killed]] my child and now they are hiding him from me,” said Rose Anyango, Brian’s mother, at the family’s home in Obunga. “I [[17:demand]] that the officer who pulled the trigger be [[18:arrested]] and [[19:convicted]].”

Rights groups say police in Kenya have [[20:killed]] dozens of people during protests in recent years, and that prosecutions are rare. In June 2020, two brothers [[21:died]] in police [[22:custody]] in Kondele after being [[23:arrested]] for breaking a coronavirus curfew. An inquest later found they had been [[24:beaten]], but no officer has been [[25:convicted]].

Riot police [[26:detain]] a protester on Oginga Odinga Street in Kisumu on Tuesday. (Photo: Lake Region Times)
""",
        events={
            1: ev("statement"),
            2: ev("killing", None, "Kisumu", "Kenya", 3, "h-kisumu"),
            3: ev("killing", day("2022-05-03"), "Kisumu", "Kenya", 1, "h-kisumu"),
            4: ev("killing", day("2022-05-03"), "Kisumu", "Kenya", 3, "h-kisumu"),
            5: ev("detention", day("2022-05-03"), "Kisumu", "Kenya", 12, "h-kisumu"),
            6: ev("death", incident="h-kisumu"),
            7: ev("killing", None, "Nyalenda", "Kenya", 2, "h-kisumu"),
            8: ev("detention", count=43, incident="h-kisumu"),
            9: ev("death", incident="h-kisumu"),
            10: ev("release", day("2022-05-05"), "Kisumu", "Kenya", 30, "h-kisumu"),
            11: ev("detention", day("2022-05-05"), "Kisumu", "Kenya", None, "h-kisumu"),
            12: ev("detention", count=13, incident="h-kisumu"),
            13: ev("detention", day("2022-05-04"), "Kondele", "Kenya", 2, "h-kisumu-organisers"),
            14: ev("disappearance", day("2022-05-04"), "Kondele", "Kenya", 2, "h-kisumu-organisers"),
            15: no("detention"),
            16: ev("killing", incident="h-kisumu"),
            17: ev("statement"),
            18: no("detention"),
            19: no("imprisonment"),
            20: ev("killing", None, "Kenya", "Kenya", 12),
            21: ev("death", month("2020-06"), "Kondele", "Kenya", 2, "h-kondele-2020"),
            22: ev("detention", month("2020-06"), "Kondele", "Kenya", 2, "h-kondele-2020"),
            23: ev("detention", month("2020-06"), "Kondele", "Kenya", 2, "h-kondele-2020"),
            24: ev("torture", incident="h-kondele-2020"),
            25: no("imprisonment"),
            26: ev("detention", day("2022-05-03"), "Oginga Odinga Street", "Kenya", 1, "h-kisumu"),
        },
    ),
    dict(
        name="006_news",
        outlet="The Mekong Herald",
        text="""
February 19, 2024 — Mae Sot, Thailand

Five Myanmar activists [[1:sent back]] across border as Thailand [[2:frees]] two teenagers

By Pimchanok Srisuk

Five of the nine Myanmar pro-democracy activists [[3:arrested]] in a police [[4:raid]] in this Thai border town on February 11 were [[5:deported]] to Myanmar on Friday and [[6:handed over]] to an armed group allied with the junta, their colleagues said, in a case that has alarmed rights groups across the region.

The five were driven across the Thai–Myanmar Friendship Bridge to Myawaddy shortly after dawn and [[7:handed over]] to militia fighters, according to a member of the group who watched from the Thai bank of the Moei River. Relatives said they [[8:lost contact]] with all five that morning.

“My son [[9:escaped]] from Myanmar so that he would not be [[10:killed]], and now Thailand has [[11:given him back]] to the very people he was afraid of,” said Daw Khin Mya, 58, whose son Aung Ko Ko, 24, was among those [[12:deported]]. “I don’t know if he is alive.”

The two teenagers, a 17-year-old girl and a 16-year-old boy, were [[13:freed]] into the care of UNHCR, the UN refugee agency, on Saturday, their lawyer, Supachai Wongsa, said. He had argued that children may not be [[14:detained]] for immigration offences.

Thiha Zaw, a former journalist, and a 33-year-old woman remain in immigration [[15:detention]] in Mae Sot, and Supachai said he had been told they would be [[16:deported]] “soon”.

A senior immigration officer, Police Colonel Somkiat Thongdee, said the five had been [[17:returned]] “in line with normal procedure” because they had no valid documents. “They were not [[18:mistreated]] in any way,” he said.

A Myawaddy resident who saw the group arrive said two of the men were [[19:beaten]] with rifle butts as they were pushed into a truck.

The Bangkok-based Asia Refugee Rights Coalition [[20:called on]] Thailand to halt the [[21:deportation]] of the remaining two and said it was seeking [[22:resettlement]] in a third country for the teenagers.

Relatives of the [[23:detained]] activists wait outside the immigration office in Mae Sot on February 12. (Photo: Pimchanok Srisuk/The Mekong Herald)
""",
        events={
            1: ev("forced_return", count=5, incident="h-maesot"),
            2: ev("release", None, "Thailand", "Thailand", 2, "h-maesot"),
            3: ev("detention", day("2024-02-11"), None, "Thailand", 9, "h-maesot"),
            4: ev("detention", day("2024-02-11"), None, "Thailand", 9, "h-maesot"),
            5: ev("forced_return", day("2024-02-16"), "Myanmar", "Myanmar", 5, "h-maesot"),
            6: ev("forced_return", day("2024-02-16"), "Myanmar", "Myanmar", 5, "h-maesot"),
            7: ev("forced_return", None, "Myawaddy", "Myanmar", 5, "h-maesot"),
            8: ev("disappearance", day("2024-02-16"), None, None, 5, "h-maesot"),
            9: ev("flight", None, "Myanmar", "Myanmar", incident="h-aungkoko-flight"),
            10: no("killing"),
            11: ev("forced_return", None, "Thailand", "Thailand", incident="h-maesot"),
            12: ev("forced_return", incident="h-maesot"),
            13: ev("release", day("2024-02-17"), count=2, incident="h-maesot"),
            14: no("detention"),
            15: ev("detention", None, "Mae Sot", "Thailand", 2, "h-maesot"),
            16: no("forced_return", count=2),
            17: ev("forced_return", count=5, incident="h-maesot"),
            18: no("torture"),
            19: ev("torture", None, "Myawaddy", "Myanmar", 2, "h-maesot"),
            20: ev("statement"),
            21: no("forced_return", None, "Thailand", "Thailand", 2),
            22: no("asylum"),
            23: ev("detention", day("2024-02-12"), "Mae Sot", "Thailand", None, "h-maesot"),
        },
    ),
    dict(
        name="007_news",
        outlet="Caucasus Courier",
        text="""
2024-05-25

Azerbaijan [[1:frees]] four journalists, but dozens of critics stay [[2:jailed]]

By Farid Jafarli

Four journalists [[3:walked free]] from prisons near Baku on Friday, a day after the president signed a pardon [[4:decree]] covering 154 prisoners, but rights groups said dozens of government critics had been left out.

The four, who worked for the independent online outlet Kanal Dalga, were among 13 staff members [[5:arrested]] in January 2023 and [[6:sentenced]] in April this year to between seven and nine years in prison on smuggling charges they denied.

“I was [[7:beaten]] on my first night in the Baku pre-trial detention centre, and then I spent 16 months waiting to learn what I had done,” said Nigar Aliyeva, 29, the outlet’s former video editor. She said she would not [[8:leave]] Azerbaijan, “because that is exactly what they want”.

Nine of her colleagues remain in prison, including editor-in-chief Tural Hasanli, whose wife said his health had deteriorated sharply during a hunger strike and that she feared he would [[9:die]] there.

Of the 154 prisoners [[10:released]] under the pardon, most had been [[11:convicted]] of drug offences or petty theft, according to a list published by the presidential administration.

Emin Rzayev, another Kanal Dalga reporter, was abroad during the January 2023 [[12:raids]] and has lived in Tbilisi since then. “The [[13:release]] of my four colleagues is good news for their families, but nothing has changed,” he said by phone. “The government [[14:jails]] journalists, waits for foreign pressure, then [[15:lets a few go]] and [[16:arrests]] new ones.”

Press freedom groups trace the crackdown to a 2021 media [[17:law]] that gave a state agency the power to register journalists and close outlets.

A spokesman for the presidential administration, Elchin Guliyev, said the pardon reflected the president’s “humanism” and denied that anyone in Azerbaijan had been [[18:imprisoned]] for journalism.

The Vienna-based Press Freedom Forum [[19:urged]] the European Union to make any new energy deals with Baku conditional on the [[20:release]] of the remaining nine Kanal Dalga staff.
""",
        events={
            1: ev("release", None, "Azerbaijan", "Azerbaijan", 4, "h-dalga"),
            2: ev("imprisonment", None, "Azerbaijan", "Azerbaijan", 12),
            3: ev("release", day("2024-05-24"), "Baku", "Azerbaijan", 4, "h-dalga"),
            4: ev("policy", day("2024-05-23"), None, "Azerbaijan", incident="h-az-pardon"),
            5: ev("detention", month("2023-01"), count=13, incident="h-dalga"),
            6: ev("imprisonment", month("2024-04"), count=13, incident="h-dalga"),
            7: ev("torture", None, "Baku", "Azerbaijan", incident="h-dalga"),
            8: no("flight", None, "Azerbaijan", "Azerbaijan"),
            9: no("death"),
            10: ev("release", count=154, incident="h-az-pardon"),
            11: ev("imprisonment"),
            12: ev("detention", month("2023-01"), incident="h-dalga"),
            13: ev("release", count=4, incident="h-dalga"),
            14: ev("imprisonment"),
            15: ev("release"),
            16: ev("detention"),
            17: ev("policy", year(2021), None, "Azerbaijan", incident="h-az-media-law"),
            18: no("imprisonment", None, "Azerbaijan", "Azerbaijan"),
            19: ev("statement"),
            20: no("release", count=9),
        },
    ),
    dict(
        name="008_statement",
        outlet="UN Special Procedures",
        text="""
4 September 2023 Geneva

Pakistan: UN experts alarmed by wave of [[1:enforced disappearances]] in Balochistan

UN human rights experts today expressed grave concern at reports that at least 27 people, among them university students and two schoolteachers, have been [[2:forcibly disappeared]] in Balochistan province in recent months, and [[3:urged]] the Government of Pakistan to disclose what has happened to them without delay.

According to information received by the experts, most of those affected were [[4:seized]] by men in plain clothes at checkpoints, in their homes or at a university hostel in Quetta between 16 July and 20 August, in several cases in the presence of uniformed security personnel.

“Families have gone from one police station to another and have been told nothing. Not knowing whether a son or daughter is alive is itself a form of [[5:torture]],” the experts said.

The experts were also informed that the bodies of two students who had [[6:disappeared]] in Turbat in late July were found on 29 August near the border with Iran, bearing marks of [[7:torture]].

“The [[8:killing]] of people who have been [[9:disappeared]] is among the most serious violations a State can commit, and it must be investigated by an authority independent of the security forces,” they said.

The experts expressed particular concern at the [[10:arrest]] on 30 August of Zarina Marri, a lawyer representing several of the families, who was [[11:detained]] in Quetta under public order powers after she addressed a sit-in outside the city’s press club. They [[12:called for]] her immediate [[13:release]].

The experts noted that Pakistan’s Commission of Inquiry on Enforced Disappearances has itself recorded thousands of unresolved cases. In 2021, the experts raised with the Government the case of a 19-year-old student who [[14:vanished]] after being stopped at a checkpoint in Kech district.

The experts [[15:urged]] Pakistan to ensure that a bill on missing persons now before the Senate meets international standards, and to guarantee that relatives can protest peacefully without fear of [[16:arrest]] or reprisals.

The experts are members of the Working Group on Enforced or Involuntary Disappearances, together with the Special Rapporteur on the situation of human rights defenders and the Special Rapporteur on torture. They have been in contact with the Government of Pakistan on the matter.
""",
        events={
            1: ev("disappearance", None, "Balochistan", "Pakistan", incident="h-balochistan-2023"),
            2: ev("disappearance", rng("2023-06-06", "2023-09-04"), "Balochistan province", "Pakistan", 27, "h-balochistan-2023"),
            3: ev("statement", day("2023-09-04")),
            4: ev("detention", rng("2023-07-16", "2023-08-20"), "Quetta", "Pakistan", incident="h-balochistan-2023"),
            5: ev("torture"),
            6: ev("disappearance", rng("2023-07-21", "2023-07-31"), "Turbat", "Pakistan", 2, "h-balochistan-2023"),
            7: ev("torture", count=2, incident="h-balochistan-2023"),
            8: ev("killing"),
            9: ev("disappearance"),
            10: ev("detention", day("2023-08-30"), "Quetta", "Pakistan", 1, "h-marri"),
            11: ev("detention", day("2023-08-30"), "Quetta", "Pakistan", 1, "h-marri"),
            12: ev("statement"),
            13: no("release"),
            14: ev("disappearance", year(2021), "Kech district", "Pakistan", 1, "h-kech-2021"),
            15: ev("statement"),
            16: no("detention"),
        },
    ),
    dict(
        name="009_ngo",
        outlet="Sanctuary Now",
        text="""
28 November 2023 Berlin

Germany must speed up admission of Afghan women activists facing [[1:deportation]] from Pakistan

Sanctuary Now today [[2:called on]] the German government to speed up the admission of Afghan women human rights defenders stranded in Pakistan, after Pakistani police [[3:detained]] 14 women and children at a guesthouse in Islamabad on 19 November and [[4:deported]] six of them to Afghanistan two days later.

Among those [[5:deported]] was Freshta Amiri, a former prosecutor from Herat. In 2021, the Taliban [[6:freed]] prisoners across Afghanistan, among them men whom Amiri had prosecuted for violence against women. She [[7:fled]] to Pakistan the following year after one of them threatened to [[8:kill]] her.

Amiri was among 40 women promised [[9:safe passage]] to Germany under its federal admission programme in August, but she was still waiting for a security interview at the embassy in Islamabad when police came to the guesthouse.

The [[10:raid]] came weeks after Pakistan began enforcing a government [[11:order]], issued in October, that gave undocumented foreigners until 1 November to [[12:leave]] the country.

“Freshta Amiri spent fifteen years prosecuting violent men, and Pakistan has [[13:sent her back]] to the country those men now run,” said Sanctuary Now director Ingrid Halvorsen. “Every week that Berlin spends on paperwork is another week in which women on its own list can be [[14:arrested]] and [[15:expelled]].”

Relatives told Sanctuary Now that Taliban intelligence officers [[16:detained]] Amiri at her brother’s house in Jalalabad on Friday and that the family [[17:lost contact]] with her the same evening.

The other eight, three women and five children, were [[18:released]] on Sunday after the organisation’s lawyers showed police their UNHCR registration documents, but they have been told to [[19:leave]] Pakistan by 31 December 2023. Two of the eight, both former judges, were [[20:allowed to travel]] to Germany on Monday and [[21:arrived]] in Frankfurt that night.

Sanctuary Now said only 540 people had [[22:arrived]] in Germany under the admission programme since it began, far short of the 1,000 a month the government had promised.

Sanctuary Now [[23:urges]] Pakistan to halt all [[24:deportations]] of Afghans who are registered with UNHCR or awaiting [[25:resettlement]], and [[26:calls on]] Germany to complete security checks for every woman on its list without further delay.
""",
        events={
            1: no("forced_return", None, "Pakistan", "Pakistan"),
            2: ev("statement", day("2023-11-28")),
            3: ev("detention", day("2023-11-19"), "Islamabad", "Pakistan", 14, "h-islamabad"),
            4: ev("forced_return", day("2023-11-21"), "Afghanistan", "Afghanistan", 6, "h-islamabad"),
            5: ev("forced_return", count=1, incident="h-islamabad"),
            6: ev("release", year(2021), "Afghanistan", "Afghanistan", incident="h-taliban-releases-2021"),
            7: ev("flight", year(2022), "Pakistan", "Pakistan", incident="h-amiri-2022"),
            8: no("killing", year(2022)),
            9: no("asylum", month("2023-08"), "Germany", "Germany", 40),
            10: ev("detention", None, "Pakistan", "Pakistan", incident="h-islamabad"),
            11: ev("policy", month("2023-10"), "Pakistan", "Pakistan", incident="h-pk-order-2023"),
            12: no("flight", day("2023-11-01"), "Pakistan", "Pakistan"),
            13: ev("forced_return", None, "Pakistan", "Pakistan", incident="h-islamabad"),
            14: no("detention"),
            15: no("forced_return"),
            16: ev("detention", day("2023-11-24"), "Jalalabad", "Afghanistan", incident="h-islamabad"),
            17: ev("disappearance", day("2023-11-24"), "Jalalabad", "Afghanistan", incident="h-islamabad"),
            18: ev("release", day("2023-11-26"), "Pakistan", "Pakistan", 8, "h-islamabad"),
            19: no("flight", day("2023-12-31"), "Pakistan", "Pakistan", 8),
            20: ev("asylum", day("2023-11-27"), "Germany", "Germany", 2, "h-islamabad"),
            21: ev("asylum", day("2023-11-27"), "Frankfurt", "Germany", 2, "h-islamabad"),
            22: ev("asylum", None, "Germany", "Germany", 540),
            23: ev("statement"),
            24: no("forced_return", None, "Pakistan", "Pakistan"),
            25: no("asylum"),
            26: ev("statement"),
        },
    ),
    dict(
        name="010_news",
        outlet="The Evening Courier",
        text="""
January 17, 2024 — London

Iran [[1:executes]] man [[2:arrested]] in Kermanshah protests

By Sara Nouri

Iranian authorities on Tuesday [[3:executed]] a 23-year-old man who was [[4:arrested]] during anti-government protests in the western city of Kermanshah in 2022, despite an international campaign to save his life and his family’s allegations that he had confessed under [[5:torture]], two rights groups said.

Peyman Karimi was [[6:hanged]] at dawn in Dizelabad prison, according to the Oslo-based Iran Justice Monitor and the Kurdish rights group Roj Watch.

His family was not told of the [[7:execution]] in advance, Iran Justice Monitor said, and his father learned of his son’s [[8:death]] only when he was summoned to collect the body on Tuesday afternoon.

Karimi was [[9:detained]] on 3 November 2022 at a checkpoint in Kermanshah. Prosecutors accused him of involvement in the [[10:killing]] of a member of the Basij militia during a street clash in the city the previous week, a charge he denied.

A revolutionary court [[11:convicted]] him of “corruption on earth”, a capital offence, in February 2023 after a trial that lasted less than an hour, and the Supreme Court upheld the verdict in December that same year.

“They [[12:tortured]] my brother for 20 days until he said what they wanted, and then they [[13:killed]] him to frighten everyone else,” his sister, Shirin Karimi, who lives in Germany, told The Evening Courier by phone.

Iran’s judiciary news agency said Karimi had been [[14:executed]] after “all legal stages” were completed, and denied that he had been [[15:mistreated]].

At least 11 other men [[16:arrested]] in connection with the protests are on death row, according to Roj Watch, and two of them have been told their [[17:executions]] could take place “at any moment”. Rights groups [[18:urged]] the authorities to halt all [[19:executions]] and to grant the remaining prisoners fair retrials.

Iran Justice Monitor says Iran [[20:executed]] at least 830 people in 2023, the highest number in eight years, most of them for drug offences.

A poster of Peyman Karimi is held up by protesters outside the Iranian embassy in London on Sunday. (Photo: The Evening Courier)
""",
        events={
            1: ev("killing", None, "Iran", "Iran", None, "h-karimi"),
            2: ev("detention", None, "Kermanshah", "Iran", None, "h-karimi"),
            3: ev("killing", day("2024-01-16"), None, "Iran", 1, "h-karimi"),
            4: ev("detention", year(2022), "Kermanshah", "Iran", 1, "h-karimi"),
            5: ev("torture", incident="h-karimi"),
            6: ev("killing", None, "Dizelabad prison", "Iran", incident="h-karimi"),
            7: ev("killing", day("2024-01-16"), incident="h-karimi"),
            8: ev("death", day("2024-01-16"), incident="h-karimi"),
            9: ev("detention", day("2022-11-03"), "Kermanshah", "Iran", incident="h-karimi"),
            10: ev("killing", rng("2022-10-27", "2022-11-02"), None, None, 1, "h-basij-clash"),
            11: ev("imprisonment", month("2023-02"), incident="h-karimi"),
            12: ev("torture", incident="h-karimi"),
            13: ev("killing", incident="h-karimi"),
            14: ev("killing", incident="h-karimi"),
            15: no("torture"),
            16: ev("detention", count=11),
            17: no("killing", count=2),
            18: ev("statement"),
            19: no("killing"),
            20: ev("killing", year(2023), "Iran", "Iran", 830),
        },
    ),
]
