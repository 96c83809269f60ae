# ruff: noqa: E501
"""NGO press releases (001–008) and statements by UN experts, governments and coalitions (009–011).

Everything is invented: people, organisations, outlets, cases and quotations; only the places are real.
002_ngo and 009_statement deliberately describe the same case (incident ngo-khoa-return, with the
background flight ngo-khoa-flight-2019).
"""

DOCS = [
    dict(
        name="001_ngo",
        outlet="Press Freedom Desk",
        text="""
17 November 2021 Istanbul

Turkey: Nine Kurdish journalists must be [[1:freed]] without delay

Turkish police [[2:detained]] nine journalists in dawn operations across Diyarbakır on Tuesday, in what Press Freedom Desk described as the largest crackdown on Kurdish-language media in the province this year.

Officers searched the homes of reporters working for the Sur Haber news website and the weekly Dengê Rojhilat, confiscating laptops, phones, notebooks and press cards. Those [[3:held]] include Ferhat Oral, the 58-year-old editor of Dengê Rojhilat, who has been prosecuted eleven times over his writing.

According to their lawyers, officers [[4:beat]] Sur Haber reporter Rojda Aktaş on the stairwell of her apartment building during the [[5:raid]], breaking her glasses. The nine are being questioned about their reporting on the funerals of Kurdish militants and about phone calls with sources in northern Iraq.

“These nine reporters have done nothing but their jobs. Turkey keeps branding journalism as terrorism and [[6:jailing]] the people who practise it,” said Selin Karaca, Europe director at Press Freedom Desk. “The authorities must [[7:release]] all nine unconditionally and investigate the [[8:beating]] of Rojda Aktaş.”

Lawyers fear that a judge could order all nine [[9:jailed]] pending trial once police questioning ends.

Police in Istanbul [[10:detained]] Oral once before, in 2019, over a column on prison conditions. A court [[11:sentenced]] him the following year to three years and nine months in prison for “terrorist propaganda”; the [[12:conviction]] is still under appeal.

Prosecutors have used the country’s broadly worded anti-terrorism [[13:law]] against at least 240 journalists, according to the group’s monitoring. Press Freedom Desk documented those cases in a report it released in March.

Last month, a court in Van [[14:acquitted]] four Kurdish journalists of similar charges. The four had spent 14 months in pretrial [[15:detention]] before the verdict.

Press Freedom Desk [[16:calls on]] the Turkish authorities to [[17:release]] the nine journalists immediately, return their equipment and ensure that no one is [[18:detained]] for reporting. The group also [[19:urged]] the Council of Europe’s Commissioner for Human Rights to raise the case during her forthcoming visit to Ankara.
""",
        events={
            1: dict(type="release", happened=False, count=9),
            2: dict(type="detention", date=("2021-11-16", "2021-11-16", "day"), place="Diyarbakır",
                    country="Turkey", count=9, incident="ngo-diyarbakir-journalists"),
            3: dict(type="detention", incident="ngo-diyarbakir-journalists"),
            4: dict(type="torture", count=1, incident="ngo-diyarbakir-journalists"),
            5: dict(type="detention", incident="ngo-diyarbakir-journalists"),
            6: dict(type="imprisonment", place="Turkey", country="Turkey"),
            7: dict(type="release", happened=False, count=9),
            8: dict(type="torture", count=1, incident="ngo-diyarbakir-journalists"),
            9: dict(type="imprisonment", happened=False, count=9),
            10: dict(type="detention", date=("2019-01-01", "2019-12-31", "year"), place="Istanbul",
                     country="Turkey", count=1, incident="ngo-oral-2019"),
            11: dict(type="imprisonment", date=("2020-01-01", "2020-12-31", "year"), incident="ngo-oral-2019"),
            12: dict(type="imprisonment", date=("2020-01-01", "2020-12-31", "year"), incident="ngo-oral-2019"),
            13: dict(type="policy", incident="ngo-turkey-antiterror-law"),
            14: dict(type="release", date=("2021-10-01", "2021-10-31", "month"), place="Van", country="Turkey",
                     count=4, incident="ngo-van-journalists"),
            15: dict(type="detention", count=4, incident="ngo-van-journalists"),
            16: dict(type="statement"),
            17: dict(type="release", happened=False, count=9),
            18: dict(type="detention", happened=False),
            19: dict(type="statement"),
        },
    ),
    dict(
        name="002_ngo",
        outlet="Asia Refugee Rights Network",
        text="""
September 8, 2022 — Bangkok

Thailand: Refugee blogger [[1:sent back]] from Bangkok must be [[2:freed]]

Thai authorities must explain how a Vietnamese blogger who holds refugee status went [[3:missing]] in Bangkok and resurfaced in police [[4:custody]] in Ho Chi Minh City, the Asia Refugee Rights Network said.

Tran Minh Khoa, 41, ran a popular Facebook page about land seizures in the Mekong Delta. He [[5:fled]] Vietnam in 2019 after repeated police summonses. Since then he had lived in a rented room in Bangkok’s Bang Kapi district.

Neighbours saw him leave the building on the morning of August 29. Friends [[6:lost contact]] with him that afternoon, when his phone was switched off.

A Vietnamese police newspaper first reported the case on Tuesday. It said Khoa had been [[7:arrested]] for “making, storing and spreading materials against the state”, without saying where or when. He is being [[8:held]] in a detention centre in Ho Chi Minh City, according to the report.

“Everything points to Khoa having been [[9:seized]] in Thailand and [[10:handed over]] to Vietnamese agents without any legal process,” said Kanya Srisuk, the network’s Thailand researcher. “He is the third Vietnamese dissident to [[11:vanish]] from Bangkok in three years. Thailand cannot allow its capital to become a hunting ground.”

A spokesperson for the Thai immigration bureau told the network that officers “did not [[12:arrest]] or [[13:deport]] anyone by that name”.

The earlier cases remain unresolved. In 2020, Pham Quoc Dung, a labour activist, [[14:disappeared]] from a guesthouse in Bangkok, where he had [[15:fled]] the previous year. He later resurfaced in a courtroom in Hanoi and was [[16:sentenced]] to nine years in prison for “abusing democratic freedoms”.

Under international law, Thailand may not [[17:return]] anyone to a country where they would face [[18:torture]] or other serious harm, a principle known as non-refoulement.

The network [[19:urges]] the Thai government to open an independent investigation into Khoa’s [[20:disappearance]] and [[21:calls on]] Vietnam to [[22:release]] him and let him go back to Bangkok, where his partner and their young son live.
""",
        events={
            1: dict(type="forced_return", place="Bangkok", country="Thailand", count=1, incident="ngo-khoa-return"),
            2: dict(type="release", happened=False, count=1),
            3: dict(type="disappearance", place="Bangkok", country="Thailand", count=1, incident="ngo-khoa-return"),
            4: dict(type="detention", place="Ho Chi Minh City", country="Vietnam", count=1,
                    incident="ngo-khoa-return"),
            5: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"), place="Vietnam", country="Vietnam",
                    incident="ngo-khoa-flight-2019"),
            6: dict(type="disappearance", date=("2022-08-29", "2022-08-29", "day"), incident="ngo-khoa-return"),
            7: dict(type="detention", count=1, incident="ngo-khoa-return"),
            8: dict(type="detention", place="Ho Chi Minh City", country="Vietnam", incident="ngo-khoa-return"),
            9: dict(type="detention", place="Thailand", country="Thailand", count=1, incident="ngo-khoa-return"),
            10: dict(type="forced_return", place="Thailand", country="Thailand", count=1, incident="ngo-khoa-return"),
            11: dict(type="disappearance", place="Bangkok", country="Thailand", incident="ngo-khoa-return"),
            12: dict(type="detention", happened=False),
            13: dict(type="forced_return", happened=False),
            14: dict(type="disappearance", date=("2020-01-01", "2020-12-31", "year"), place="Bangkok",
                     country="Thailand", count=1, incident="ngo-pham-2020"),
            15: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"), place="Bangkok", country="Thailand",
                     count=1, incident="ngo-pham-flight-2019"),
            16: dict(type="imprisonment", place="Hanoi", country="Vietnam", incident="ngo-pham-2020"),
            17: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            18: dict(type="torture", happened=False),
            19: dict(type="statement"),
            20: dict(type="disappearance", count=1, incident="ngo-khoa-return"),
            21: dict(type="statement"),
            22: dict(type="release", happened=False, place="Vietnam", country="Vietnam", count=1),
        },
    ),
    dict(
        name="003_ngo",
        outlet="Mare Aperto",
        text="""
12 February 2020 Palermo

Mediterranean: Six [[1:dead]] as Libyan coastguard intercepts rubber boat

At least six people [[2:drowned]] and 47 others were [[3:forced back]] to Libya when the Libyan coastguard intercepted a rubber boat north of Zuwara on Sunday night, the sea rescue group Mare Aperto said.

The boat had [[4:left]] Zuwara on Saturday evening with about 90 people on board, most of them from Sudan, Eritrea and Mali, according to survivors.

Mare Aperto’s ship, the Aurora, reached the scene as the boat was taking on water and pulled 38 people from the sea, among them a 16-year-old girl travelling alone and a man with gunshot wounds. Three people are still [[5:missing]].

The 38 survivors [[6:arrived]] in Pozzallo, Sicily, on Tuesday and have applied for asylum.

Survivors told the crew that coastguard officers had fired shots into the air and rammed the boat, causing it to capsize, and had [[7:beaten]] several men who refused to board the patrol vessel. Two of them said they had turned down seats on flights home under a voluntary return programme last year because they feared reprisals.

“Those 47 people are now [[8:held]] in a detention centre in Tripoli, the very city many of them risked their lives to [[9:escape]],” said Giulia Ferraro, Mare Aperto’s head of operations. “Every interception that ends in Libya is a [[10:forced return]] to arbitrary [[11:detention]] and [[12:abuse]].”

A government [[13:decree]] issued last month allows Italian authorities to fine rescue ships up to €50,000 and impound them if they carry out more than one rescue per voyage without permission. Mare Aperto says the Aurora has already spent 19 days in port because of the fines.

At least 1,200 people [[14:died]] at sea in the central Mediterranean last year, according to figures compiled by the group.

Mare Aperto [[15:calls on]] the European Union and Italy to suspend all support for Libyan coastguard interceptions, and [[16:urges]] the Libyan authorities to [[17:release]] everyone [[18:detained]] after interception at sea.
""",
        events={
            1: dict(type="death", place="Mediterranean", count=6, incident="ngo-zuwara-boat"),
            2: dict(type="death", date=("2020-02-09", "2020-02-09", "day"), place="Zuwara", country="Libya",
                    count=6, incident="ngo-zuwara-boat"),
            3: dict(type="forced_return", date=("2020-02-09", "2020-02-09", "day"), place="Zuwara",
                    country="Libya", count=47, incident="ngo-zuwara-boat"),
            4: dict(type="flight", date=("2020-02-08", "2020-02-08", "day"), place="Zuwara", country="Libya",
                    count=90, incident="ngo-zuwara-boat"),
            5: dict(type="disappearance", count=3, incident="ngo-zuwara-boat"),
            6: dict(type="asylum", date=("2020-02-11", "2020-02-11", "day"), place="Pozzallo", country="Italy",
                    count=38, incident="ngo-zuwara-boat"),
            7: dict(type="torture", incident="ngo-zuwara-boat"),
            8: dict(type="detention", place="Tripoli", country="Libya", count=47, incident="ngo-zuwara-boat"),
            9: dict(type="flight", place="Tripoli", country="Libya", incident="ngo-zuwara-boat"),
            10: dict(type="forced_return", place="Libya", country="Libya"),
            11: dict(type="detention", place="Libya", country="Libya"),
            12: dict(type="torture", place="Libya", country="Libya"),
            13: dict(type="policy", date=("2020-01-01", "2020-01-31", "month"), incident="ngo-italy-rescue-decree"),
            14: dict(type="death", date=("2019-01-01", "2019-12-31", "year"), place="central Mediterranean",
                     count=1200),
            15: dict(type="statement"),
            16: dict(type="statement"),
            17: dict(type="release", happened=False),
            18: dict(type="detention"),
        },
    ),
    dict(
        name="004_ngo",
        outlet="Zagros Human Rights Centre",
        text="""
30 January 2024 London

Iran: Protester at imminent risk of [[1:execution]] as 11 men are [[2:hanged]] in Karaj

Iranian authorities [[3:executed]] at least 11 men in a prison in Karaj, west of Tehran, last week, the Zagros Human Rights Centre said.

The centre warned that a 23-year-old protester, Siavash Rahimi, could be [[4:executed]] within days. On Sunday, the Supreme Court upheld the death [[5:sentence]] handed down to him in October by a Revolutionary Court in Mahabad, his lawyer said.

Rahimi was [[6:arrested]] in Mahabad in November 2022 during nationwide protests and, according to his family, [[7:tortured]] during interrogation until he confessed to setting fire to a police post.

“The authorities are preparing to [[8:execute]] a young man on the strength of a confession obtained through [[9:torture]],” said Nasrin Ahmadi, the centre’s director. “His life can still be saved, but only if governments with influence in Tehran act this week.”

Rahimi’s father, Kamal, was [[10:detained]] for two days in December after speaking to a Persian-language television channel abroad about his son’s case.

Seven of the 11 men [[11:hanged]] in Karaj had been [[12:convicted]] of drug-related offences. Their families were not told of the [[13:executions]] in advance and had to collect the bodies from a cemetery office.

The centre recorded at least 780 [[14:executions]] in Iran last year, the highest annual figure it has documented, more than half of them for drug offences.

In January 2023, authorities in Kermanshah [[15:executed]] a 19-year-old protester, Reza Karimi, after a trial that lasted less than an hour.

The Zagros Human Rights Centre [[16:urges]] the head of the judiciary to halt Rahimi’s [[17:execution]] and order a fair retrial, and [[18:calls on]] states with embassies in Tehran to ask for access to his next hearing.
""",
        events={
            1: dict(type="killing", happened=False, count=1),
            2: dict(type="killing", place="Karaj", country="Iran", count=11, incident="ngo-karaj-executions"),
            3: dict(type="killing", date=("2024-01-23", "2024-01-29", "range"), place="Karaj", country="Iran",
                    count=11, incident="ngo-karaj-executions"),
            4: dict(type="killing", happened=False, count=1),
            5: dict(type="imprisonment", date=("2023-10-01", "2023-10-31", "month"), place="Mahabad",
                    country="Iran", incident="ngo-rahimi-case"),
            6: dict(type="detention", date=("2022-11-01", "2022-11-30", "month"), place="Mahabad", country="Iran",
                    count=1, incident="ngo-rahimi-case"),
            7: dict(type="torture", date=("2022-11-01", "2022-11-30", "month"), place="Mahabad", country="Iran",
                    count=1, incident="ngo-rahimi-case"),
            8: dict(type="killing", happened=False, count=1),
            9: dict(type="torture", count=1, incident="ngo-rahimi-case"),
            10: dict(type="detention", date=("2023-12-01", "2023-12-31", "month"),
                     count=1, incident="ngo-rahimi-father-detention"),
            11: dict(type="killing", place="Karaj", country="Iran", count=11, incident="ngo-karaj-executions"),
            12: dict(type="imprisonment", count=7, incident="ngo-karaj-executions"),
            13: dict(type="killing", incident="ngo-karaj-executions"),
            14: dict(type="killing", date=("2023-01-01", "2023-12-31", "year"), place="Iran", country="Iran",
                     count=780),
            15: dict(type="killing", date=("2023-01-01", "2023-01-31", "month"), place="Kermanshah",
                     country="Iran", count=1, incident="ngo-karimi-2023"),
            16: dict(type="statement"),
            17: dict(type="killing", happened=False, count=1),
            18: dict(type="statement"),
        },
    ),
    dict(
        name="005_ngo",
        outlet="Belarus Prisoner Watch",
        text="""
16 April 2024 Vilnius

Belarus: Pardons cannot hide a new wave of repression

Belarusian authorities [[1:freed]] 18 political prisoners on Friday under a presidential pardon, but at least five former political prisoners have been [[2:arrested]] again in recent weeks, Belarus Prisoner Watch said.

The president signed the pardon [[3:decree]] on Thursday, according to state media. Those [[4:released]] include Ales Hrabko, a 71-year-old trade unionist who had spent more than three years in prison.

Among them is Alena Hurynovich, a 48-year-old teacher, who was [[5:detained]] at her flat in Homel on 2 April. She had been [[6:released]] in January after serving her full term for joining a women’s solidarity march in 2020.

Her husband said officers told him she was suspected of “facilitating extremist activity” because she had sent 20 roubles to a fund for the families of [[7:jailed]] protesters.

“Every pardon is followed by new [[8:arrests]]. The authorities open the prison gate for a few and slam it shut on others,” said Andrei Kaval, the group’s director. “If they are serious, they must [[9:free]] all of the nearly 1,400 remaining political prisoners and stop [[10:re-arresting]] people who have served their time.”

On Saturday, two of the pardoned men were driven to the border under guard and [[11:expelled]] to Lithuania without their passports, relatives said.

Belarus Prisoner Watch [[12:urges]] Lithuania and other European Union states to [[13:grant asylum]] to the two men.

The group also [[14:calls for]] an independent investigation into the [[15:death]] of Siarhei Tsimashenka, a retired engineer. Tsimashenka, 61, [[16:died]] in a penal colony in Navapolatsk in February after staff repeatedly refused him treatment for a heart condition. He had been [[17:jailed]] in 2022 for a comment about the president on social media.

More than 30,000 people were [[18:detained]] in 2020 in the crackdown that followed the disputed presidential election. Belarus Prisoner Watch has since documented more than 3,000 politically motivated criminal cases.
""",
        events={
            1: dict(type="release", date=("2024-04-12", "2024-04-12", "day"), count=18, incident="ngo-belarus-pardon"),
            2: dict(type="detention", date=("2024-03-19", "2024-04-16", "range"), count=5,
                    incident="ngo-belarus-rearrests"),
            3: dict(type="policy", date=("2024-04-11", "2024-04-11", "day"), incident="ngo-belarus-pardon-decree"),
            4: dict(type="release", incident="ngo-belarus-pardon"),
            5: dict(type="detention", date=("2024-04-02", "2024-04-02", "day"), place="Homel", country="Belarus",
                    count=1, incident="ngo-belarus-rearrests"),
            6: dict(type="release", date=("2024-01-01", "2024-01-31", "month"), incident="ngo-hurynovich-first-term"),
            7: dict(type="imprisonment"),
            8: dict(type="detention"),
            9: dict(type="release", happened=False, count=1400),
            10: dict(type="detention", happened=False),
            11: dict(type="forced_return", date=("2024-04-13", "2024-04-13", "day"), place="Lithuania",
                     country="Lithuania", count=2, incident="ngo-belarus-pardon"),
            12: dict(type="statement"),
            13: dict(type="asylum", happened=False, place="Lithuania", country="Lithuania", count=2),
            14: dict(type="statement"),
            15: dict(type="death", count=1, incident="ngo-tsimashenka-death"),
            16: dict(type="death", date=("2024-02-01", "2024-02-29", "month"), place="Navapolatsk",
                     country="Belarus", count=1, incident="ngo-tsimashenka-death"),
            17: dict(type="imprisonment", date=("2022-01-01", "2022-12-31", "year"), incident="ngo-tsimashenka-death"),
            18: dict(type="detention", date=("2020-01-01", "2020-12-31", "year"), count=30000,
                     incident="ngo-belarus-2020-crackdown"),
        },
    ),
    dict(
        name="006_ngo",
        outlet="Tierra Viva Human Rights Centre",
        text="""
4 October 2022 Mexico City

Mexico: Two land defenders still [[1:missing]] in Oaxaca must be found alive

Oaxaca state authorities must step up the search for two Zapotec land defenders who [[2:disappeared]] near Juchitán de Zaragoza on 22 September, Tierra Viva Human Rights Centre said.

A third member of their group, 34-year-old Rosalía Matus, was found [[3:dead]] on Saturday in a ravine outside Santo Domingo Tehuantepec. Relatives who identified her body said it bore marks of [[4:beatings]] and cigarette burns.

According to two witnesses, municipal police [[5:detained]] Matus, Eusebio Orozco, 52, and his nephew Julián Orozco, 19, at a checkpoint outside La Ventosa on the evening of 22 September and drove them away in a patrol truck. Their families have not heard from them since.

The Oaxaca state prosecutor’s office said on Monday that no police officer had [[6:detained]] the group and that it was investigating a criminal gang active in the area.

“Eusebio and Julián were [[7:seized]] by men in uniform in front of witnesses, and the state is still pretending not to know where they are,” said Itzel Ruiz, the centre’s director. “This is an enforced [[8:disappearance]], and every day without a serious search puts their lives at greater risk.”

Matus and the Orozcos belong to a community assembly that has opposed the construction of a wind farm on communal land since 2019. Members of the assembly have received death threats for more than a year.

In 2021, a community radio host from nearby Unión Hidalgo, Bernardo Lucas, was [[9:shot dead]] outside his home. No one has been [[10:convicted]] of his [[11:killing]].

Oaxaca prosecutors have opened more than 900 investigations into [[12:disappearances]] in the state, according to official data obtained by the centre. A 2017 [[13:law]] on disappearances obliges authorities to begin searching immediately, without the 72-hour wait that police often still impose.

Tierra Viva [[14:urges]] the Oaxaca state government to suspend the officers who were on duty at the checkpoint, and [[15:calls on]] the National Search Commission to take charge of the search for Eusebio and Julián Orozco.
""",
        events={
            1: dict(type="disappearance", place="Oaxaca", country="Mexico", count=2, incident="ngo-juchitan-defenders"),
            2: dict(type="disappearance", date=("2022-09-22", "2022-09-22", "day"), place="Juchitán de Zaragoza",
                    country="Mexico", count=2, incident="ngo-juchitan-defenders"),
            3: dict(type="death", date=("2022-10-01", "2022-10-01", "day"), place="Santo Domingo Tehuantepec",
                    country="Mexico", count=1, incident="ngo-juchitan-defenders"),
            4: dict(type="torture", incident="ngo-juchitan-defenders"),
            5: dict(type="detention", date=("2022-09-22", "2022-09-22", "day"), place="La Ventosa", country="Mexico",
                    count=3, incident="ngo-juchitan-defenders"),
            6: dict(type="detention", happened=False, date=("2022-10-03", "2022-10-03", "day")),
            7: dict(type="detention", count=2, incident="ngo-juchitan-defenders"),
            8: dict(type="disappearance", incident="ngo-juchitan-defenders"),
            9: dict(type="killing", date=("2021-01-01", "2021-12-31", "year"), place="Unión Hidalgo", country="Mexico",
                    count=1, incident="ngo-lucas-2021"),
            10: dict(type="imprisonment", happened=False),
            11: dict(type="killing", incident="ngo-lucas-2021"),
            12: dict(type="disappearance", place="Oaxaca", country="Mexico"),
            13: dict(type="policy", date=("2017-01-01", "2017-12-31", "year"), incident="ngo-mexico-2017-law"),
            14: dict(type="statement"),
            15: dict(type="statement"),
        },
    ),
    dict(
        name="007_ngo",
        outlet="Nile Detainee Support",
        text="""
2023-03-09

Egypt: Student [[1:dies]] in Wadi El Natrun prison after three years without trial

Ahmed Samir Fathi, a 27-year-old engineering student, [[2:died]] in a prison in Wadi El Natrun on Monday, his family told Nile Detainee Support. He had spent three years in pretrial [[3:detention]] without ever being brought before a trial judge.

Two former cellmates, [[4:released]] last month, told the organisation that guards had [[5:beaten]] Fathi in late January after he complained that he was being denied insulin for his diabetes. His mother said he could barely stand during her last visit.

The Interior Ministry said in a statement that Fathi had [[6:died]] of a heart attack. It denied that he had been [[7:mistreated]] in [[8:custody]].

“Ahmed went into prison a healthy young man and came out in a coffin,” said Mona Khalil, the group’s director. “His [[9:death]] is the predictable result of a system that [[10:jails]] people for years without trial and withholds medicine as punishment.”

Fathi was [[11:arrested]] at his home in Giza in February 2020 over social media posts about rising bread prices. In 2022, a judge ordered his [[12:release]], but he was never [[13:freed]]: prosecutors instead added him to a new case on identical charges, a practice lawyers call “recycling”.

Nile Detainee Support has recorded at least 41 [[14:deaths]] in Egyptian places of detention in 2022, most of them linked to medical neglect. Independent monitors have not been allowed into the country’s prisons for a decade.

The organisation [[15:calls on]] the Public Prosecution to open an independent investigation into Fathi’s [[16:death]], including an autopsy by doctors chosen by his family. It also [[17:urges]] the authorities to [[18:release]] everyone [[19:held]] beyond the two-year legal limit without trial.
""",
        events={
            1: dict(type="death", place="Wadi El Natrun", country="Egypt", count=1, incident="ngo-fathi-death"),
            2: dict(type="death", date=("2023-03-06", "2023-03-06", "day"), place="Wadi El Natrun", country="Egypt",
                    count=1, incident="ngo-fathi-death"),
            3: dict(type="detention", incident="ngo-fathi-death"),
            4: dict(type="release", date=("2023-02-01", "2023-02-28", "month"), count=2,
                    incident="ngo-natrun-cellmates"),
            5: dict(type="torture", date=("2023-01-21", "2023-01-31", "range"), count=1, incident="ngo-fathi-death"),
            6: dict(type="death", count=1, incident="ngo-fathi-death"),
            7: dict(type="torture", happened=False),
            8: dict(type="detention", incident="ngo-fathi-death"),
            9: dict(type="death", incident="ngo-fathi-death"),
            10: dict(type="imprisonment"),
            11: dict(type="detention", date=("2020-02-01", "2020-02-29", "month"), place="Giza", country="Egypt",
                     count=1, incident="ngo-fathi-death"),
            12: dict(type="release", happened=False, date=("2022-01-01", "2022-12-31", "year")),
            13: dict(type="release", happened=False, date=("2022-01-01", "2022-12-31", "year")),
            14: dict(type="death", date=("2022-01-01", "2022-12-31", "year"), count=41),
            15: dict(type="statement"),
            16: dict(type="death", count=1, incident="ngo-fathi-death"),
            17: dict(type="statement"),
            18: dict(type="release", happened=False),
            19: dict(type="detention"),
        },
    ),
    dict(
        name="008_ngo",
        outlet="Southern Africa Defenders Network",
        text="""
11 October 2023 Johannesburg

Zimbabwe: Student [[1:dies]] after police [[2:beating]] as crackdown on Harare protest widens

Police in Harare [[3:arrested]] 62 people, among them 11 university students and two journalists, at a protest against power cuts on Saturday, the Southern Africa Defenders Network said.

One of the students, 19-year-old Tendai Moyo, [[4:died]] in hospital on Monday. Fellow students said officers had [[5:beaten]] him with batons as he lay on the ground outside the city hall.

A magistrate [[6:freed]] 51 of the protesters on bail on Monday. The remaining 11, including both journalists, are still in police [[7:custody]], accused of “participating in a gathering with intent to promote public violence”.

Last week, the government issued new [[8:regulations]] that ban unannounced gatherings of more than 15 people in the capital.

“Police [[9:beat]] a teenager so badly that he [[10:died]] of his injuries, and the government’s answer is to restrict protest even further,” said Rumbidzai Chikore, the network’s director. “Those who [[11:killed]] Tendai Moyo must be identified and prosecuted.”

A police spokesperson, Inspector Farai Ncube, said officers had used “minimum force” against protesters who threw stones, and denied that any protester had been [[12:beaten]].

Peaceful protest has repeatedly been met with force. In 2022, police in Bulawayo [[13:arrested]] 27 members of a residents’ association at a meeting about water shortages; a court [[14:acquitted]] all of them the following year.

The network [[15:urges]] the Zimbabwean authorities to [[16:release]] the 11 people still [[17:detained]], to drop the charges against them and to bring those responsible for Moyo’s [[18:death]] to justice.
""",
        events={
            1: dict(type="death", place="Harare", country="Zimbabwe", count=1, incident="ngo-harare-protest"),
            2: dict(type="torture", place="Harare", country="Zimbabwe", count=1, incident="ngo-harare-protest"),
            3: dict(type="detention", date=("2023-10-07", "2023-10-07", "day"), place="Harare", country="Zimbabwe",
                    count=62, incident="ngo-harare-protest"),
            4: dict(type="death", date=("2023-10-09", "2023-10-09", "day"), count=1, incident="ngo-harare-protest"),
            5: dict(type="torture", incident="ngo-harare-protest"),
            6: dict(type="release", date=("2023-10-09", "2023-10-09", "day"), count=51, incident="ngo-harare-protest"),
            7: dict(type="detention", count=11, incident="ngo-harare-protest"),
            8: dict(type="policy", date=("2023-10-04", "2023-10-10", "range"),
                    incident="ngo-zimbabwe-gatherings-regulations"),
            9: dict(type="torture", count=1, incident="ngo-harare-protest"),
            10: dict(type="death", count=1, incident="ngo-harare-protest"),
            11: dict(type="killing", count=1, incident="ngo-harare-protest"),
            12: dict(type="torture", happened=False),
            13: dict(type="detention", date=("2022-01-01", "2022-12-31", "year"), place="Bulawayo", country="Zimbabwe",
                     count=27, incident="ngo-bulawayo-residents"),
            14: dict(type="release", date=("2023-01-01", "2023-12-31", "year"), count=27, incident="ngo-bulawayo-residents"),
            15: dict(type="statement"),
            16: dict(type="release", happened=False, count=11),
            17: dict(type="detention", count=11, incident="ngo-harare-protest"),
            18: dict(type="death", count=1, incident="ngo-harare-protest"),
        },
    ),
    dict(
        name="009_statement",
        outlet="UN Special Procedures",
        text="""
21 September 2022 Geneva

UN experts alarmed by enforced [[1:disappearance]] and [[2:refoulement]] of refugee blogger

UN human rights experts expressed grave concern for Tran Minh Khoa, a Vietnamese blogger with refugee status in Thailand, who is [[3:held]] incommunicado in Ho Chi Minh City after being [[4:forcibly returned]] from Bangkok.

Mr. Khoa was last seen leaving his home in Bangkok on 29 August 2022. For more than a week his family and friends did not know his [[5:whereabouts]], until Vietnamese state media announced that he had been [[6:arrested]] for “propaganda against the State”.

“The [[7:refoulement]] of a recognised refugee, apparently carried out with the cooperation of Thai officials, is a grave violation of international law,” the experts said. “It is all the more alarming because it is not an isolated case: at least four other Vietnamese human rights defenders have been [[8:forcibly returned]] from neighbouring countries in the past four years.”

The experts said they had received information that Mr. Khoa was [[9:beaten]] during interrogation and has been refused access to a lawyer of his choosing. Viet Nam has not responded to their request for information.

They [[10:urged]] the Thai authorities to investigate how Mr. Khoa was [[11:removed]] from Thai territory and to ensure that no other refugee is [[12:sent back]] to a country where they would face [[13:torture]]. They also [[14:called on]] the Government of Viet Nam to [[15:release]] Mr. Khoa, to disclose the charges against him and to allow him to [[16:travel to a third country]] of his choice.

Mr. Khoa [[17:fled]] Viet Nam in 2019 after repeated police summonses over his writing about land seizures, and was [[18:granted refugee status]] by the UN refugee agency in Bangkok in 2020.

The experts have raised their concerns with the Governments of Thailand and Viet Nam.

The experts: Amara Okonkwo-Lindqvist, Special Rapporteur on the human rights of migrants; Tomás Elizalde, Chair-Rapporteur of the Working Group on Enforced or Involuntary Disappearances; Hiroko Batbayar, Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment; Nadia Farouk, Special Rapporteur on the situation of human rights defenders.
""",
        events={
            1: dict(type="disappearance", count=1, incident="ngo-khoa-return"),
            2: dict(type="forced_return", count=1, incident="ngo-khoa-return"),
            3: dict(type="detention", place="Ho Chi Minh City", country="Vietnam", count=1, incident="ngo-khoa-return"),
            4: dict(type="forced_return", place="Bangkok", country="Thailand", count=1, incident="ngo-khoa-return"),
            5: dict(type="disappearance", incident="ngo-khoa-return"),
            6: dict(type="detention", incident="ngo-khoa-return"),
            7: dict(type="forced_return", count=1, incident="ngo-khoa-return"),
            8: dict(type="forced_return", count=4),
            9: dict(type="torture", count=1, incident="ngo-khoa-return"),
            10: dict(type="statement"),
            11: dict(type="forced_return", count=1, incident="ngo-khoa-return"),
            12: dict(type="forced_return", happened=False),
            13: dict(type="torture", happened=False),
            14: dict(type="statement"),
            15: dict(type="release", happened=False, place="Viet Nam", country="Vietnam", count=1),
            16: dict(type="asylum", happened=False, count=1),
            17: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"), place="Viet Nam", country="Vietnam",
                     count=1, incident="ngo-khoa-flight-2019"),
            18: dict(type="asylum", date=("2020-01-01", "2020-12-31", "year"), place="Bangkok", country="Thailand",
                     count=1, incident="ngo-khoa-flight-2019"),
        },
    ),
    dict(
        name="010_statement",
        outlet="Coalition for Independent Media",
        text="""
June 21, 2023 — The Hague

Joint statement on the [[1:sentencing]] of Ganja Voice journalists in Azerbaijan

The member states of the Coalition for Independent Media listed below are deeply concerned by the [[2:sentencing]] of four journalists from the independent news website Ganja Voice to between seven and nine years in prison by the Baku Grave Crimes Court on Monday.

The four — editor-in-chief Leyla Mammadli, reporters Orkhan Bayramov and Samir Huseynli, and camera operator Vusal Aliyev — were [[3:arrested]] in Ganja in November 2022. They were [[4:convicted]] of currency smuggling, a charge they deny and which their colleagues say was fabricated to punish reporting on corruption in the city administration.

During the trial, Ms. Mammadli told the court that she had been [[5:beaten]] by guards while in pretrial [[6:detention]] and kept in solitary confinement for three weeks.

Ganja Voice was founded in 2017 and became one of the few outlets outside the capital to publish investigations into local officials. Its founder, Rauf Mirzayev, [[7:left]] Azerbaijan in 2019 after receiving threats. He now runs the website from Tbilisi.

At least 20 journalists are now [[8:imprisoned]] in Azerbaijan, more than at any time in the past decade. Many were [[9:detained]] after publishing investigations into officials’ assets.

We are also concerned about the media [[10:law]] adopted in 2022, which requires all journalists to register with a state agency and allows the authorities to block unregistered outlets.

We [[11:call on]] the Government of Azerbaijan to [[12:release]] the four journalists immediately and unconditionally, and to investigate Ms. Mammadli’s allegations of [[13:ill-treatment]].

We welcome the [[14:release]] of five journalists in March under a presidential pardon. We [[15:urge]] the authorities to build on that step by ensuring that no journalist is [[16:detained]] for their work.

This statement is endorsed by 14 member states of the Coalition for Independent Media.
""",
        events={
            1: dict(type="imprisonment", place="Azerbaijan", country="Azerbaijan", incident="ngo-ganja-voice"),
            2: dict(type="imprisonment", date=("2023-06-19", "2023-06-19", "day"), place="Baku", country="Azerbaijan",
                    count=4, incident="ngo-ganja-voice"),
            3: dict(type="detention", date=("2022-11-01", "2022-11-30", "month"), place="Ganja", country="Azerbaijan",
                    count=4, incident="ngo-ganja-voice"),
            4: dict(type="imprisonment", incident="ngo-ganja-voice"),
            5: dict(type="torture", count=1, incident="ngo-ganja-voice"),
            6: dict(type="detention", count=1, incident="ngo-ganja-voice"),
            7: dict(type="flight", date=("2019-01-01", "2019-12-31", "year"), place="Azerbaijan", country="Azerbaijan",
                    count=1, incident="ngo-mirzayev-flight"),
            8: dict(type="imprisonment", place="Azerbaijan", country="Azerbaijan", count=20),
            9: dict(type="detention"),
            10: dict(type="policy", date=("2022-01-01", "2022-12-31", "year"), incident="ngo-azerbaijan-media-law"),
            11: dict(type="statement"),
            12: dict(type="release", happened=False, place="Azerbaijan", country="Azerbaijan", count=4),
            13: dict(type="torture", count=1, incident="ngo-ganja-voice"),
            14: dict(type="release", date=("2023-03-01", "2023-03-31", "month"), count=5,
                     incident="ngo-azerbaijan-march-pardon"),
            15: dict(type="statement"),
            16: dict(type="detention", happened=False),
        },
    ),
    dict(
        name="011_statement",
        outlet="Refugee Protection Alliance South Asia",
        text="""
May 19, 2022 — New Delhi

Joint statement: Rohingya refugees must not be [[1:deported]] from India

We, the undersigned organisations, are alarmed that Indian authorities [[2:deported]] a Rohingya woman and her two children to Myanmar through the border town of Moreh, in Manipur, last week.

The three were among about 160 Rohingya refugees [[3:detained]] in Jammu in March 2021 during a police verification drive. They had been [[4:held]] in a holding centre in the city ever since.

Relatives said police told the woman, Hasina Begum, 29, that she and her children, aged seven and four, were being moved to a different facility. Instead, they were driven more than 2,000 kilometres to Manipur and [[5:handed over]] to Myanmar border guards on 13 May.

The family had [[6:fled]] Rakhine State in 2017 and [[7:crossed]] into India the following year. Hasina Begum’s husband, Mohammad Salim, remains in the holding centre. He told a lawyer by phone that he had not been informed of the [[8:deportation]] and has since [[9:lost contact]] with his wife and children.

Any Rohingya refugee [[10:returned]] to Myanmar would face a serious risk of arbitrary [[11:detention]], [[12:torture]] and [[13:killing]] by the military authorities that now rule the country.

In January, a 60-year-old man from the same group [[14:died]] in the holding centre in Jammu after being refused hospital treatment. In March, Canada [[15:resettled]] a Rohingya family of six who had been living in Delhi, showing that solutions exist when governments choose to act.

We [[16:call on]] the Government of India not to [[17:deport]] any more Rohingya refugees, to [[18:release]] those [[19:held]] in Jammu and to allow the UN refugee agency to assess their protection needs. We also [[20:urge]] governments in the region to offer [[21:safe passage]] to Rohingya [[22:fleeing]] Myanmar.

Signed: Refugee Protection Alliance South Asia; Chinlone Legal Aid; Bay of Bengal Solidarity Forum; Jammu Citizens for Refugee Rights; Women’s Migration Collective.
""",
        events={
            1: dict(type="forced_return", happened=False, place="India", country="India"),
            2: dict(type="forced_return", date=("2022-05-12", "2022-05-18", "range"), place="Moreh", country="India",
                    count=3, incident="ngo-jammu-rohingya"),
            3: dict(type="detention", date=("2021-03-01", "2021-03-31", "month"), place="Jammu", country="India",
                    count=160, incident="ngo-jammu-rohingya"),
            4: dict(type="detention", incident="ngo-jammu-rohingya"),
            5: dict(type="forced_return", date=("2022-05-13", "2022-05-13", "day"), place="Manipur", country="India",
                    incident="ngo-jammu-rohingya"),
            6: dict(type="flight", date=("2017-01-01", "2017-12-31", "year"), place="Rakhine State", country="Myanmar",
                    incident="ngo-begum-flight-2017"),
            7: dict(type="flight", date=("2018-01-01", "2018-12-31", "year"), place="India", country="India",
                    incident="ngo-begum-flight-2017"),
            8: dict(type="forced_return", incident="ngo-jammu-rohingya"),
            9: dict(type="disappearance", incident="ngo-jammu-rohingya"),
            10: dict(type="forced_return", happened=False, place="Myanmar", country="Myanmar"),
            11: dict(type="detention", happened=False, place="Myanmar", country="Myanmar"),
            12: dict(type="torture", happened=False, place="Myanmar", country="Myanmar"),
            13: dict(type="killing", happened=False, place="Myanmar", country="Myanmar"),
            14: dict(type="death", date=("2022-01-01", "2022-01-31", "month"), place="Jammu", country="India", count=1,
                     incident="ngo-jammu-rohingya"),
            15: dict(type="asylum", date=("2022-03-01", "2022-03-31", "month"), place="Canada", country="Canada",
                     count=6, incident="ngo-canada-rohingya-resettlement"),
            16: dict(type="statement"),
            17: dict(type="forced_return", happened=False, place="India", country="India"),
            18: dict(type="release", happened=False, place="Jammu", country="India"),
            19: dict(type="detention", place="Jammu", country="India", incident="ngo-jammu-rohingya"),
            20: dict(type="statement"),
            21: dict(type="asylum", happened=False),
            22: dict(type="flight", place="Myanmar", country="Myanmar"),
        },
    ),
]
