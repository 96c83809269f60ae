# ruff: noqa: E501
"""Development gold set (001_ngo … 012_statement): three NGO releases, three wire stories, three news
articles and three statements, for measuring and tuning the events stage.

Everything is invented (people, organisations, outlets, quotations, cases); only countries and places
are real. 005_wire and 012_statement deliberately describe the same case (incident dev-kenya-ugandans).
Choices where GUIDELINES.md leaves a case open are listed in NOTES.md.
"""

DOCS = [
    dict(
        name="001_ngo",
        outlet="Central Asia Justice Monitor",
        text="""
12 July 2023 Berlin

Uzbekistan: Teenager among four [[1:detained]] in Nukus over protest anniversary video

Security officers [[2:arrested]] three activists and a 15-year-old boy in Nukus, the capital of Uzbekistan’s autonomous Republic of Karakalpakstan, on Saturday, hours after they posted a video honouring the victims of last year’s protests, Central Asia Justice Monitor said.

The four — Timur Yusupov, 34, Aybek Seytmuratov, 29, Gulnara Dauletova, 41, and Yusupov’s nephew, whose name the group is withholding because he is a child — were taken to the regional police headquarters. For two days, relatives did not know where they were being [[3:held]].

Dauletova’s sister told the group that officers [[4:beat]] Yusupov and the boy during questioning on the night of 8 to 9 July and forced them to record videos apologising to the authorities.

The boy was [[5:released]] into his mother’s care on Monday. The three adults remain in [[6:custody]] in Nukus, accused of “public calls for mass disorder”, which carries a prison term of up to eight years.

“Filming a tribute to the dead is not a crime. The authorities in Karakalpakstan keep [[7:arresting]] people simply for remembering, and they must [[8:free]] the three adults at once,” said Dilnoza Rakhimova, the group’s Central Asia researcher.

At least 21 people [[9:died]] when security forces broke up protests in Nukus in July 2022 against plans to strip Karakalpakstan of its autonomy, according to official figures. Rights groups believe the real toll is higher.

More than 500 people were [[10:detained]] across the region that month. In January, a court in Bukhara [[11:sentenced]] 22 of them to prison terms of up to 16 years. A further 39 were [[12:convicted]] at a second trial in May.

Bakhtiyor Ermekov, a lawyer and blogger who was among those [[13:sentenced]] in January, [[14:died]] in a prison colony near Navoi in April. His family said guards had repeatedly [[15:beaten]] him and denied him treatment for tuberculosis. The prison service said he had [[16:died]] of natural causes and denied any [[17:mistreatment]].

Central Asia Justice Monitor has also documented the cases of 14 people from Karakalpakstan who [[18:fled]] to Kazakhstan after the protests. Two of them were [[19:detained]] in Almaty last year. Both men were [[20:extradited]] to Uzbekistan in March, and a court in Nukus [[21:jailed]] them for eight years in May.

Central Asia Justice Monitor [[22:urges]] the Uzbek authorities to [[23:release]] Yusupov, Seytmuratov and Dauletova, to open an independent investigation into Ermekov’s [[24:death]] and to stop seeking the [[25:extradition]] of peaceful critics from abroad. It [[26:calls on]] Kazakhstan not to [[27:hand over]] the 12 Karakalpak refugees who remain on its territory.
""",
        events={
            1: dict(type="detention", place="Nukus", country="Uzbekistan", count=4, incident="dev-nukus-video"),
            2: dict(type="detention", date=("2023-07-08", "2023-07-08", "day"), place="Nukus", country="Uzbekistan",
                    count=4, incident="dev-nukus-video"),
            3: dict(type="detention", incident="dev-nukus-video"),
            4: dict(type="torture", date=("2023-07-08", "2023-07-09", "range"), count=2, incident="dev-nukus-video"),
            5: dict(type="release", date=("2023-07-10", "2023-07-10", "day"), count=1, incident="dev-nukus-video"),
            6: dict(type="detention", place="Nukus", country="Uzbekistan", count=3, incident="dev-nukus-video"),
            7: dict(type="detention", place="Karakalpakstan", country="Uzbekistan"),
            8: dict(type="release", happened=False, place="Karakalpakstan", country="Uzbekistan", count=3),
            9: dict(type="death", date=("2022-07-01", "2022-07-31", "month"), place="Nukus", country="Uzbekistan",
                    count=21, incident="dev-nukus-protests-2022"),
            10: dict(type="detention", date=("2022-07-01", "2022-07-31", "month"), count=500,
                     incident="dev-nukus-protests-2022"),
            11: dict(type="imprisonment", date=("2023-01-01", "2023-01-31", "month"), place="Bukhara",
                     country="Uzbekistan", count=22, incident="dev-nukus-protests-2022"),
            12: dict(type="imprisonment", date=("2023-05-01", "2023-05-31", "month"), count=39,
                     incident="dev-nukus-protests-2022"),
            13: dict(type="imprisonment", date=("2023-01-01", "2023-01-31", "month"), incident="dev-nukus-protests-2022"),
            14: dict(type="death", date=("2023-04-01", "2023-04-30", "month"), place="Navoi", country="Uzbekistan",
                     count=1, incident="dev-nukus-protests-2022"),
            15: dict(type="torture", incident="dev-nukus-protests-2022"),
            16: dict(type="death", incident="dev-nukus-protests-2022"),
            17: dict(type="torture", happened=False),
            18: dict(type="flight", place="Kazakhstan", country="Kazakhstan", count=14),
            19: dict(type="detention", date=("2022-01-01", "2022-12-31", "year"), place="Almaty", country="Kazakhstan",
                     count=2, incident="dev-almaty-extradition"),
            20: dict(type="forced_return", date=("2023-03-01", "2023-03-31", "month"), place="Uzbekistan",
                     country="Uzbekistan", count=2, incident="dev-almaty-extradition"),
            21: dict(type="imprisonment", date=("2023-05-01", "2023-05-31", "month"), place="Nukus",
                     country="Uzbekistan", count=2, incident="dev-almaty-extradition"),
            22: dict(type="statement"),
            23: dict(type="release", happened=False, count=3),
            24: dict(type="death", count=1, incident="dev-nukus-protests-2022"),
            25: dict(type="forced_return", happened=False),
            26: dict(type="statement"),
            27: dict(type="forced_return", happened=False, place="Kazakhstan", country="Kazakhstan", count=12),
        },
    ),
    dict(
        name="002_ngo",
        outlet="Meghna Human Rights Collective",
        text="""
May 20, 2024 — Dhaka

Bangladesh: Three opposition students [[1:missing]] after night-time [[2:raids]] in Dhaka

Men who identified themselves as officers of the Rapid Action Battalion (RAB) [[3:seized]] three student activists from their family homes in Dhaka on the night of 4 to 5 May, the Meghna Human Rights Collective said. Their families have heard nothing from the authorities since.

The three — Rafiqul Islam, 22, Mahmudul Hasan, 24, and Tanvir Ahmed Shuvo, 21 — study at Dhaka University and had helped to organise a sit-in against fuel price rises in April.

Islam’s father, Abdul Karim, said four men in black vests [[4:detained]] his son at about 2am on 5 May and drove him away in a white microbus with no number plates.

Two days later, Hasan was found [[5:dead]] on a riverbank in Keraniganj, south of Dhaka, with his hands tied behind his back. Police recorded his [[6:death]] as accidental.

RAB’s media wing said its officers had not [[7:arrested]] any of the three and had no information about them.

On Thursday, Shuvo was brought before a magistrate in Dhaka, who ordered him [[8:remanded in custody]] for seven days on terrorism charges. His lawyer said Shuvo told the court he had been [[9:tortured]] with electric shocks and kept blindfolded for 11 days.

Rafiqul Islam’s [[10:whereabouts]] remain unknown.

“This is the pattern we have documented for years: people are [[11:taken into custody]] at night, some come back, some are found in rivers and some are never seen again,” said Farhana Akter, the collective’s director. “The government must [[12:release]] Rafiqul Islam and tell his family where he is.”

The collective has documented more than 600 enforced [[13:disappearances]] in Bangladesh, most of them of opposition activists. In 2022, Sajjad Hossain, a former student leader, [[14:went missing]] after leaving a meeting in Chittagong, and he has not been seen since.

Last month, the Home Ministry issued a new [[15:order]] on the battalion’s operations. It allows RAB units to [[16:detain]] suspects for up to 30 days without bringing them before a court.

The Meghna Human Rights Collective [[17:calls on]] the authorities to disclose Rafiqul Islam’s [[18:whereabouts]], to allow an independent autopsy of Mahmudul Hasan and to [[19:release]] Tanvir Ahmed Shuvo unless he is charged with a recognisable offence. It has shared the three cases with the UN Working Group on Enforced or Involuntary Disappearances.
""",
        events={
            1: dict(type="disappearance", place="Dhaka", country="Bangladesh", count=3, incident="dev-dhaka-students"),
            2: dict(type="detention", place="Dhaka", country="Bangladesh", count=3, incident="dev-dhaka-students"),
            3: dict(type="detention", date=("2024-05-04", "2024-05-05", "range"), place="Dhaka", country="Bangladesh",
                    count=3, incident="dev-dhaka-students"),
            4: dict(type="detention", date=("2024-05-05", "2024-05-05", "day"), count=1, incident="dev-dhaka-students"),
            5: dict(type="death", date=("2024-05-07", "2024-05-07", "day"), place="Keraniganj", country="Bangladesh",
                    count=1, incident="dev-dhaka-students"),
            6: dict(type="death", incident="dev-dhaka-students"),
            7: dict(type="detention", happened=False, count=3),
            8: dict(type="detention", date=("2024-05-16", "2024-05-16", "day"), place="Dhaka", country="Bangladesh",
                    count=1, incident="dev-dhaka-students"),
            9: dict(type="torture", count=1, incident="dev-dhaka-students"),
            10: dict(type="disappearance", count=1, incident="dev-dhaka-students"),
            11: dict(type="detention"),
            12: dict(type="release", happened=False, count=1),
            13: dict(type="disappearance", place="Bangladesh", country="Bangladesh", count=600),
            14: dict(type="disappearance", date=("2022-01-01", "2022-12-31", "year"), place="Chittagong",
                     country="Bangladesh", count=1, incident="dev-hossain-2022"),
            15: dict(type="policy", date=("2024-04-01", "2024-04-30", "month"), incident="dev-bangladesh-rab-order"),
            16: dict(type="detention", happened=False),
            17: dict(type="statement"),
            18: dict(type="disappearance", count=1, incident="dev-dhaka-students"),
            19: dict(type="release", happened=False, count=1),
        },
    ),
    dict(
        name="003_ngo",
        outlet="Bekaa Legal Aid Centre",
        text="""
2024-04-25

Lebanon: Some 200 Syrians [[1:rounded up]] in Bekaa, dozens [[2:deported]]

Lebanese army units [[3:detained]] some 200 Syrian refugees, among them at least 30 children, in [[4:raids]] on informal tented settlements near Baalbek, in the Bekaa Valley, earlier this month, the Bekaa Legal Aid Centre said.

According to the centre, at least 70 of those [[5:detained]] were [[6:handed over]] to Syrian soldiers at the Lebanese border post of Masnaa within days. Army officials said the rest had been [[7:released]] after showing valid residency papers.

Among those [[8:deported]] was a family of six from Homs: Khaled al-Hamoud, his wife and their four children. His brother, who lives in Beirut, said the family had [[9:fled]] Homs in 2013 and had lived in a tent near Baalbek ever since.

“Khaled refused to serve in the army. If they [[10:arrest]] him there, we will never see him again,” the brother said. The family was [[11:handed over]] at Masnaa on 12 April. Relatives have [[12:lost contact]] with them since.

“The army is [[13:sending back]] people to the very security services they [[14:fled]],” said Maya Khoury, the centre’s director. “No refugee should be [[15:deported]] to a country where detainees are [[16:tortured]] and [[17:disappear]].”

Lebanon’s interior minister, Fadi Nasrallah, said last week that no refugee had been [[18:deported]] and that all those who went back had done so voluntarily.

According to UN figures cited by the centre, the army [[19:deported]] more than 13,000 Syrians last year.

In 2019, Lebanese authorities [[20:deported]] a Syrian activist, Omar Dabbagh, from Beirut airport despite a court ruling in his favour. His family later learned that he had [[21:died]] in Saydnaya prison, north of Damascus.

Bekaa Legal Aid Centre [[22:calls on]] the Lebanese government to halt all [[23:deportations]] to Syria and to [[24:release]] the Syrians still [[25:held]] at army barracks in Baalbek. It also [[26:urges]] donor governments to offer more [[27:resettlement]] places to refugees now living in the country.
""",
        events={
            1: dict(type="detention", place="Bekaa", country="Lebanon", count=200, incident="dev-bekaa-raids"),
            2: dict(type="forced_return", place="Bekaa", country="Lebanon", count=12, incident="dev-bekaa-raids"),
            3: dict(type="detention", date=("2024-04-01", "2024-04-25", "range"), place="Baalbek", country="Lebanon",
                    count=200, incident="dev-bekaa-raids"),
            4: dict(type="detention", date=("2024-04-01", "2024-04-25", "range"), place="Baalbek", country="Lebanon",
                    count=200, incident="dev-bekaa-raids"),
            5: dict(type="detention", incident="dev-bekaa-raids"),
            6: dict(type="forced_return", place="Masnaa", country="Lebanon", count=70, incident="dev-bekaa-raids"),
            7: dict(type="release", incident="dev-bekaa-raids"),
            8: dict(type="forced_return", incident="dev-bekaa-raids"),
            9: dict(type="flight", date=("2013-01-01", "2013-12-31", "year"), place="Homs", country="Syria",
                    incident="dev-hamoud-flight-2013"),
            10: dict(type="detention", happened=False),
            11: dict(type="forced_return", date=("2024-04-12", "2024-04-12", "day"), place="Masnaa", country="Lebanon",
                     incident="dev-bekaa-raids"),
            12: dict(type="disappearance", incident="dev-bekaa-raids"),
            13: dict(type="forced_return"),
            14: dict(type="flight"),
            15: dict(type="forced_return", happened=False),
            16: dict(type="torture"),
            17: dict(type="disappearance"),
            18: dict(type="forced_return", happened=False, date=("2024-04-18", "2024-04-24", "range")),
            19: dict(type="forced_return", date=("2023-01-01", "2023-12-31", "year"), count=13000),
            20: dict(type="forced_return", date=("2019-01-01", "2019-12-31", "year"), place="Beirut airport",
                     country="Lebanon", count=1, incident="dev-dabbagh-2019"),
            21: dict(type="death", place="Saydnaya prison", country="Syria", incident="dev-dabbagh-2019"),
            22: dict(type="statement"),
            23: dict(type="forced_return", happened=False, place="Syria", country="Syria"),
            24: dict(type="release", happened=False, place="Baalbek", country="Lebanon"),
            25: dict(type="detention", place="Baalbek", country="Lebanon", incident="dev-bekaa-raids"),
            26: dict(type="statement"),
            27: dict(type="asylum", happened=False),
        },
    ),
    dict(
        name="004_wire",
        outlet="Continental Press Agency",
        text="""
March 16, 2023 — Caracas

Venezuela [[1:detains]] six union leaders after teachers’ strike in Bolívar state

CARACAS (Continental Press Agency) – Venezuelan military counterintelligence agents [[2:arrested]] six union leaders in the industrial city of Ciudad Guayana late on Friday, days after they led a strike by teachers and steelworkers over wages, their lawyers said.

On Tuesday, a judge in Caracas ordered the six [[3:held]] at the El Helicoide detention centre pending trial on conspiracy charges, said Ana Teresa Lugo, a lawyer with the labour rights group Defensa Obrera.

If [[4:convicted]], the six face up to 20 years in prison.

Lugo said two of them, Néstor Parra and Yelitza Campos, told her that agents had [[5:beaten]] them and pulled plastic bags over their heads during questioning.

Chief prosecutor Ramón Escalante said on state television that the six had been [[6:detained]] for plotting to sabotage a state-owned steel plant, not for union work, and that no one had been [[7:mistreated]].

“They want to teach every worker in the country a lesson: if you strike, you end up in a cell,” said Marcos Villegas, who heads the teachers’ federation in Bolívar state.

Carmen Parra, the mother of Néstor Parra, said she had not been allowed to see her son since his [[8:arrest]].

In August 2022, a court in Caracas [[9:sentenced]] six other trade unionists to 16 years in prison on similar charges. Two of them were [[10:freed]] in December after an international campaign. The other four remain [[11:jailed]] in Caracas.

At least 280 people are [[12:imprisoned]] in Venezuela for political reasons, among them 14 union leaders, according to Defensa Obrera.

More than 7 million Venezuelans have [[13:left]] the country, according to UN figures.

The International Labour Solidarity Network, a global union federation, [[14:called on]] the Venezuelan government to [[15:free]] the six and drop the charges.

In a separate case, a court in Maracaibo on Monday [[16:acquitted]] journalist Daniela Ferrer of “inciting hatred” over a report on fuel smuggling, her newspaper said. Ferrer had spent eight months in pretrial [[17:detention]].
""",
        events={
            1: dict(type="detention", place="Bolívar state", country="Venezuela", count=6, incident="dev-bolivar-unionists"),
            2: dict(type="detention", date=("2023-03-10", "2023-03-10", "day"), place="Ciudad Guayana",
                    country="Venezuela", count=6, incident="dev-bolivar-unionists"),
            3: dict(type="detention", date=("2023-03-14", "2023-03-14", "day"), place="El Helicoide",
                    country="Venezuela", count=6, incident="dev-bolivar-unionists"),
            4: dict(type="imprisonment", happened=False, count=6),
            5: dict(type="torture", count=2, incident="dev-bolivar-unionists"),
            6: dict(type="detention", count=6, incident="dev-bolivar-unionists"),
            7: dict(type="torture", happened=False),
            8: dict(type="detention", count=1, incident="dev-bolivar-unionists"),
            9: dict(type="imprisonment", date=("2022-08-01", "2022-08-31", "month"), place="Caracas",
                    country="Venezuela", count=6, incident="dev-caracas-unionists-2022"),
            10: dict(type="release", date=("2022-12-01", "2022-12-31", "month"), count=2,
                     incident="dev-caracas-unionists-2022"),
            11: dict(type="imprisonment", place="Caracas", country="Venezuela", count=4,
                     incident="dev-caracas-unionists-2022"),
            12: dict(type="imprisonment", place="Venezuela", country="Venezuela", count=280),
            13: dict(type="flight", count=7000000),
            14: dict(type="statement"),
            15: dict(type="release", happened=False, count=6),
            16: dict(type="release", date=("2023-03-13", "2023-03-13", "day"), place="Maracaibo", country="Venezuela",
                     count=1, incident="dev-ferrer"),
            17: dict(type="detention", count=1, incident="dev-ferrer"),
        },
    ),
    dict(
        name="005_wire",
        outlet="Savanna Wire",
        text="""
22 November 2023 Nairobi

Kenya [[1:hands over]] four Ugandan opposition members to Kampala, lawyers say

NAIROBI (Savanna Wire) – Kenyan police [[2:handed over]] four members of the opposition Uganda Freedom Congress to Ugandan security officers in the Kenyan border town of Busia on Sunday, five days after they were [[3:detained]] in Nairobi, their lawyers said.

The four — Moses Kizza, 38, his brother Ronald, 31, and two party youth organisers — had lived in Nairobi since January and had applied for refugee status, said lawyer Wanjiru Kamau.

Uganda’s army said on Monday that the four were being [[4:held]] at a military barracks in Kampala on suspicion of recruiting rebels.

“Kenya [[5:sent back]] people who were still waiting for a decision on their asylum claims. That is [[6:refoulement]], pure and simple,” Kamau told Savanna Wire.

Interior ministry spokesman Daniel Otieno said the four had been [[7:deported]] because they had entered Kenya illegally, and that none of them had a valid asylum claim.

Moses Kizza faces the death penalty if he is [[8:convicted]] of treason, his lawyer said.

Kenyan police [[9:shot dead]] at least 40 people during anti-tax protests in July, according to the rights group Haki Watch.

On Friday, a magistrate in Nairobi [[10:released]] more than a dozen protesters on bond. They had been in [[11:custody]] since the July demonstrations, their lawyers said.

Rights groups say at least 21 people have [[12:gone missing]] in Nairobi this year after being [[13:arrested]] by plainclothes officers.

Ugandan military courts have [[14:jailed]] dozens of opposition supporters on treason charges, and several have said they were [[15:tortured]] in military [[16:detention]].

The UN refugee agency [[17:urged]] Kenya to ensure that no asylum seeker is [[18:returned]] to a country where their life or freedom would be at risk.
""",
        events={
            1: dict(type="forced_return", place="Kampala", country="Uganda", count=4, incident="dev-kenya-ugandans"),
            2: dict(type="forced_return", date=("2023-11-19", "2023-11-19", "day"), place="Busia", country="Kenya",
                    count=4, incident="dev-kenya-ugandans"),
            3: dict(type="detention", date=("2023-11-14", "2023-11-14", "day"), place="Nairobi", country="Kenya",
                    count=4, incident="dev-kenya-ugandans"),
            4: dict(type="detention", date=("2023-11-20", "2023-11-20", "day"), place="Kampala", country="Uganda",
                    count=4, incident="dev-kenya-ugandans"),
            5: dict(type="forced_return", place="Kenya", country="Kenya", incident="dev-kenya-ugandans"),
            6: dict(type="forced_return", incident="dev-kenya-ugandans"),
            7: dict(type="forced_return", place="Kenya", country="Kenya", count=4, incident="dev-kenya-ugandans"),
            8: dict(type="imprisonment", happened=False, count=1),
            9: dict(type="killing", date=("2023-07-01", "2023-07-31", "month"), count=40,
                    incident="dev-kenya-july-protests"),
            10: dict(type="release", date=("2023-11-17", "2023-11-17", "day"), place="Nairobi", country="Kenya",
                     count=12, incident="dev-kenya-july-protests"),
            11: dict(type="detention", date=("2023-07-01", "2023-07-31", "month"), incident="dev-kenya-july-protests"),
            12: dict(type="disappearance", date=("2023-01-01", "2023-12-31", "year"), place="Nairobi", country="Kenya",
                     count=21),
            13: dict(type="detention", date=("2023-01-01", "2023-12-31", "year"), place="Nairobi", country="Kenya",
                     count=21),
            14: dict(type="imprisonment", count=12),
            15: dict(type="torture"),
            16: dict(type="detention"),
            17: dict(type="statement"),
            18: dict(type="forced_return", happened=False, place="Kenya", country="Kenya"),
        },
    ),
    dict(
        name="006_wire",
        outlet="Indus Press Agency",
        text="""
November 8, 2023 — Peshawar

Pakistan police [[1:detain]] Afghan TV presenter facing [[2:deportation]] as [[3:expulsions]] gather pace

PESHAWAR (Indus Press Agency) – Police in Islamabad [[4:arrested]] Afghan television presenter Sahar Naseri, her husband and their three children at their rented flat on Monday night, her former colleagues said.

Naseri, 29, [[5:fled]] Kabul in September 2021, a month after the Taliban returned to power. She had been waiting in Islamabad to be [[6:resettled]] in Germany.

A police spokesman, Inspector Tariq Mehmood, said the family had been [[7:detained]] under the government’s [[8:order]] against illegal foreigners and would be [[9:deported]] to Afghanistan “within days”.

“If she is [[10:sent back]], the Taliban will [[11:arrest]] her, or worse,” said Farid Hotak, a former colleague who now lives in Hamburg. “For years she read the news on television without a headscarf.”

The interior ministry issued the [[12:order]] on October 3. It gave some 1.7 million undocumented Afghans four weeks to regularise their status or face [[13:arrest]] and [[14:expulsion]].

Border officials said about 20,000 Afghans were [[15:deported]] through the Torkham crossing, in Pakistan’s Khyber Pakhtunkhwa province, last week, while tens of thousands more went home on their own.

Police in Karachi have [[16:rounded up]] thousands of Afghans in recent weeks, among them holders of registration cards issued by the UN refugee agency, lawyers said.

On Saturday, police in Peshawar [[17:detained]] a family of six whose members were all born in Pakistan, a neighbour said.

Two Afghan men [[18:died]] at a holding centre in Landi Kotal, in Khyber Pakhtunkhwa, on Thursday. The Afghan embassy in Islamabad said one of them had been [[19:beaten]] by guards, while the provincial government said both had [[20:died]] of natural causes.

The UN refugee agency [[21:urged]] Pakistan to suspend the [[22:deportations]] and to [[23:free]] Naseri, her husband and their three children.
""",
        events={
            1: dict(type="detention", place="Pakistan", country="Pakistan", count=1, incident="dev-naseri-family"),
            2: dict(type="forced_return", happened=False, place="Pakistan", country="Pakistan", count=1),
            3: dict(type="forced_return", place="Pakistan", country="Pakistan"),
            4: dict(type="detention", date=("2023-11-06", "2023-11-06", "day"), place="Islamabad", country="Pakistan",
                    count=5, incident="dev-naseri-family"),
            5: dict(type="flight", date=("2021-09-01", "2021-09-30", "month"), place="Kabul", country="Afghanistan",
                    count=1, incident="dev-naseri-flight-2021"),
            6: dict(type="asylum", happened=False, place="Germany", country="Germany"),
            7: dict(type="detention", incident="dev-naseri-family"),
            8: dict(type="policy", incident="dev-pakistan-expulsion-order"),
            9: dict(type="forced_return", happened=False, place="Afghanistan", country="Afghanistan"),
            10: dict(type="forced_return", happened=False),
            11: dict(type="detention", happened=False),
            12: dict(type="policy", date=("2023-10-03", "2023-10-03", "day"), incident="dev-pakistan-expulsion-order"),
            13: dict(type="detention", happened=False, place="Pakistan", country="Pakistan", count=1700000),
            14: dict(type="forced_return", happened=False, place="Pakistan", country="Pakistan", count=1700000),
            15: dict(type="forced_return", date=("2023-11-01", "2023-11-07", "range"), place="Torkham",
                     country="Pakistan", count=20000),
            16: dict(type="detention", date=("2023-10-11", "2023-11-08", "range"), place="Karachi", country="Pakistan",
                     count=1000),
            17: dict(type="detention", date=("2023-11-04", "2023-11-04", "day"), place="Peshawar", country="Pakistan",
                     count=6, incident="dev-peshawar-family"),
            18: dict(type="death", date=("2023-11-02", "2023-11-02", "day"), place="Landi Kotal", country="Pakistan",
                     count=2, incident="dev-landi-kotal-deaths"),
            19: dict(type="torture", count=1, incident="dev-landi-kotal-deaths"),
            20: dict(type="death", count=2, incident="dev-landi-kotal-deaths"),
            21: dict(type="statement"),
            22: dict(type="forced_return", happened=False, place="Pakistan", country="Pakistan"),
            23: dict(type="release", happened=False, place="Pakistan", country="Pakistan", count=5),
        },
    ),
    dict(
        name="007_news",
        outlet="West Africa Chronicle",
        text="""
February 9, 2024 — Bamenda

Survivors say soldiers [[1:killed]] nine villagers in Cameroon’s Northwest region

By Ernestine Fomba

Caption: Mourners at a burial in Mbiame on Sunday. Photo: West Africa Chronicle

Soldiers [[2:shot dead]] nine people, among them a 70-year-old farmer and two teenage brothers, in the village of Mbiame on the morning of January 30, according to four residents who spoke to the Chronicle by phone.

Separatist fighters had ambushed a military convoy near Kumbo the previous day, [[3:killing]] two soldiers, the residents said.

“They went from house to house. They took my husband and my two sons outside and [[4:killed]] them in front of me,” said a 52-year-old woman who asked not to be named for her safety.

Residents said soldiers also [[5:rounded up]] at least 15 young men in the village. Eleven of them were [[6:released]] from a military base in Ndop on Tuesday. The other four are still [[7:missing]], their families say.

An army spokesman, Captain Serge Mbarga, said in a statement that troops had “neutralised” seven separatist fighters in Mbiame and that no civilian had been [[8:killed]].

The village chief, Joseph Ngala, [[9:called on]] the government to open an independent inquiry into the [[10:killings]].

More than 6,000 people have been [[11:killed]] in Cameroon since fighting between the army and separatists broke out in the English-speaking regions, and nearly 800,000 have [[12:fled]] their homes.

In a separate case, a military court in Yaoundé on Monday [[13:sentenced]] Emmanuel Nfor Tanjong, a radio journalist from Bamenda, to 10 years in prison for “secession”, his lawyer said.

Tanjong was [[14:arrested]] at his studio in Bamenda in August 2021. He spent more than two years in [[15:detention]] at Kondengui prison in Yaoundé before his trial. He told the court he had been [[16:tortured]] during his first week in [[17:custody]].

Press freedom groups say Cameroon [[18:jails]] more journalists than almost any other country in Central Africa.

In February 2022, soldiers [[19:killed]] 11 people, including a family of six, in the village of Kedjom Keku, according to local officials. Three soldiers were later [[20:convicted]] over the [[21:killings]] by a military court.
""",
        events={
            1: dict(type="killing", place="Northwest region", country="Cameroon", count=9, incident="dev-mbiame-killings"),
            2: dict(type="killing", date=("2024-01-30", "2024-01-30", "day"), place="Mbiame", country="Cameroon",
                    count=9, incident="dev-mbiame-killings"),
            3: dict(type="killing", date=("2024-01-29", "2024-01-29", "day"), place="Kumbo", country="Cameroon",
                    count=2, incident="dev-kumbo-ambush"),
            4: dict(type="killing", count=3, incident="dev-mbiame-killings"),
            5: dict(type="detention", count=15, incident="dev-mbiame-killings"),
            6: dict(type="release", date=("2024-02-06", "2024-02-06", "day"), place="Ndop", country="Cameroon",
                    count=11, incident="dev-mbiame-killings"),
            7: dict(type="disappearance", count=4, incident="dev-mbiame-killings"),
            8: dict(type="killing", happened=False, place="Mbiame", country="Cameroon"),
            9: dict(type="statement"),
            10: dict(type="killing", incident="dev-mbiame-killings"),
            11: dict(type="killing", place="Cameroon", country="Cameroon", count=6000),
            12: dict(type="flight", place="Cameroon", country="Cameroon", count=800000),
            13: dict(type="imprisonment", date=("2024-02-05", "2024-02-05", "day"), place="Yaoundé",
                     country="Cameroon", count=1, incident="dev-tanjong"),
            14: dict(type="detention", date=("2021-08-01", "2021-08-31", "month"), place="Bamenda",
                     country="Cameroon", count=1, incident="dev-tanjong"),
            15: dict(type="detention", place="Kondengui prison", country="Cameroon", incident="dev-tanjong"),
            16: dict(type="torture", incident="dev-tanjong"),
            17: dict(type="detention", incident="dev-tanjong"),
            18: dict(type="imprisonment", place="Cameroon", country="Cameroon"),
            19: dict(type="killing", date=("2022-02-01", "2022-02-28", "month"), place="Kedjom Keku",
                     country="Cameroon", count=11, incident="dev-kedjom-keku-2022"),
            20: dict(type="imprisonment", count=3, incident="dev-kedjom-keku-2022"),
            21: dict(type="killing", incident="dev-kedjom-keku-2022"),
        },
    ),
    dict(
        name="008_news",
        outlet="Maghreb Herald",
        text="""
April 12, 2022 — Algiers

Algerian poet [[1:jailed]] for three years as Hirak [[2:arrests]] resume

By Samir Khelifi

Caption: Supporters of Karim Bouhired outside the courthouse in Constantine on Sunday. Photo: Maghreb Herald

A court in the eastern city of Constantine on Sunday [[3:sentenced]] the poet and schoolteacher Karim Bouhired, 44, to three years in prison for “undermining national unity” over poems he posted on Facebook, his lawyer said.

Bouhired was [[4:arrested]] at his home in late March, two days after he read one of the poems aloud at a café in the city centre.

His lawyer, Nadia Hamrouche, said Bouhired had been [[5:held]] in solitary confinement for 17 days and was [[6:beaten]] by guards when he protested.

“They [[7:imprisoned]] my husband for a poem about the sea,” said his wife, Samia. He will appeal, she said.

At least 250 people are [[8:imprisoned]] in Algeria in connection with the Hirak protest movement or for expressing their opinions, according to the Algerian Detainees Support Committee.

Police in Béjaïa [[9:detained]] more than a dozen activists last week as they tried to gather outside the city’s courthouse, the committee said. Most were [[10:released]] within hours, but two of them, Yacine Aït Ali and Lynda Mezouar, were [[11:remanded in custody]] on charges of “harming national unity”.

Separately, Algerian authorities [[12:expelled]] some 1,200 migrants from West and Central Africa to the desert near Assamaka, across the border in Niger, in late March, according to the group Sahara Migrant Watch.

Many of them had been [[13:rounded up]] on the streets of Oran, the group said. Survivors said at least four people, including a pregnant woman, [[14:died]] during the 15-kilometre walk through the desert to Assamaka.

The interior ministry says it [[15:repatriates]] migrants in line with agreements with their countries of origin and that none are [[16:mistreated]].

In 2021, Rachid Ouali, a Hirak activist from Tizi Ouzou, [[17:died]] in a hospital in Algiers after a hunger strike. He had been [[18:held]] in El Harrach prison for seven months without trial.

Rights groups say most Hirak prisoners are prosecuted under a 2021 [[19:decree]] that broadened the definition of terrorism to include calls to change the system of government “by non-constitutional means”.

The rights group Justice for North Africa [[20:urged]] the authorities to [[21:free]] Bouhired unconditionally.
""",
        events={
            1: dict(type="imprisonment", count=1, incident="dev-bouhired"),
            2: dict(type="detention"),
            3: dict(type="imprisonment", date=("2022-04-10", "2022-04-10", "day"), place="Constantine",
                    country="Algeria", count=1, incident="dev-bouhired"),
            4: dict(type="detention", date=("2022-03-21", "2022-03-31", "range"), count=1, incident="dev-bouhired"),
            5: dict(type="detention", count=1, incident="dev-bouhired"),
            6: dict(type="torture", count=1, incident="dev-bouhired"),
            7: dict(type="imprisonment", count=1, incident="dev-bouhired"),
            8: dict(type="imprisonment", place="Algeria", country="Algeria", count=250),
            9: dict(type="detention", date=("2022-04-05", "2022-04-11", "range"), place="Béjaïa", country="Algeria",
                    count=12, incident="dev-bejaia-activists"),
            10: dict(type="release", incident="dev-bejaia-activists"),
            11: dict(type="detention", count=2, incident="dev-bejaia-activists"),
            12: dict(type="forced_return", date=("2022-03-21", "2022-03-31", "range"), place="Assamaka",
                     country="Niger", count=1200, incident="dev-assamaka-expulsions"),
            13: dict(type="detention", place="Oran", country="Algeria", incident="dev-assamaka-expulsions"),
            14: dict(type="death", place="Assamaka", country="Niger", count=4, incident="dev-assamaka-expulsions"),
            15: dict(type="forced_return"),
            16: dict(type="torture", happened=False),
            17: dict(type="death", date=("2021-01-01", "2021-12-31", "year"), place="Algiers", country="Algeria",
                     count=1, incident="dev-ouali-2021"),
            18: dict(type="detention", place="El Harrach prison", country="Algeria", incident="dev-ouali-2021"),
            19: dict(type="policy", date=("2021-01-01", "2021-12-31", "year"), incident="dev-algeria-terror-decree-2021"),
            20: dict(type="statement"),
            21: dict(type="release", happened=False, count=1),
        },
    ),
    dict(
        name="009_news",
        outlet="Caribbean Dispatch",
        text="""
August 24, 2022 — Miami

Cuban family [[1:detained]] after blackout protest; daughter says brothers were [[2:beaten]]

By Yamilé Ferrer

State security agents [[3:arrested]] a bricklayer, Yunier Castillo, his wife and their two sons after a protest over power cuts in Los Palacios, in Cuba’s Pinar del Río province, on the night of August 18, relatives said.

Hundreds of residents had banged pots and marched to the local Communist Party office after the town went 20 hours without electricity. Police [[4:detained]] at least 30 people that night, according to the Madrid-based Cuban Freedoms Observatory.

The Castillos’ daughter, Daylín, 24, who was not at home that night, said officers [[5:beat]] her two brothers, aged 17 and 20, with batons as they were pushed into a police truck.

Her mother, Odalys Pérez, was [[6:released]] the next morning. The three men remain in [[7:custody]] in Pinar del Río, charged with public disorder and “contempt”.

“My brothers did nothing but shout that they were hungry. If they are [[8:sentenced]], it will be for being hungry,” Daylín Castillo said by phone.

State television said those [[9:detained]] in Los Palacios were “paid provocateurs” acting on instructions from Miami.

More than 1,400 people were [[10:detained]] after nationwide protests on July 11, 2021, according to the observatory. About 700 of them have since been [[11:convicted]], some to as many as 25 years in prison.

The economic crisis has pushed record numbers of Cubans to [[12:leave]] the island.

Last week, the US Coast Guard [[13:repatriated]] a group of 86 Cubans to Havana after intercepting their boat off the Florida Keys.

On Saturday, five people [[14:drowned]] when a raft capsized off Cojímar, east of Havana, the Cuban border guard said. The five were among 11 people [[15:fleeing]] Cuba on the raft; six were rescued.

The observatory [[16:called for]] the [[17:release]] of Yunier Castillo and his two sons. It says 19 people [[18:detained]] during the protest remain in [[19:custody]].
""",
        events={
            1: dict(type="detention", incident="dev-los-palacios-protest"),
            2: dict(type="torture", incident="dev-los-palacios-protest"),
            3: dict(type="detention", date=("2022-08-18", "2022-08-18", "day"), place="Los Palacios", country="Cuba",
                    count=4, incident="dev-los-palacios-protest"),
            4: dict(type="detention", date=("2022-08-18", "2022-08-18", "day"), count=30,
                    incident="dev-los-palacios-protest"),
            5: dict(type="torture", date=("2022-08-18", "2022-08-18", "day"), count=2,
                    incident="dev-los-palacios-protest"),
            6: dict(type="release", date=("2022-08-19", "2022-08-19", "day"), count=1,
                    incident="dev-los-palacios-protest"),
            7: dict(type="detention", place="Pinar del Río", country="Cuba", count=3,
                    incident="dev-los-palacios-protest"),
            8: dict(type="imprisonment", happened=False),
            9: dict(type="detention", place="Los Palacios", country="Cuba", incident="dev-los-palacios-protest"),
            10: dict(type="detention", date=("2021-07-11", "2021-07-11", "day"), count=1400,
                     incident="dev-cuba-july-2021"),
            11: dict(type="imprisonment", count=700, incident="dev-cuba-july-2021"),
            12: dict(type="flight"),
            13: dict(type="forced_return", date=("2022-08-17", "2022-08-23", "range"), place="Havana", country="Cuba",
                     count=86, incident="dev-florida-keys-repatriation"),
            14: dict(type="death", date=("2022-08-20", "2022-08-20", "day"), place="Cojímar", country="Cuba",
                     count=5, incident="dev-cojimar-raft"),
            15: dict(type="flight", place="Cuba", country="Cuba", count=11, incident="dev-cojimar-raft"),
            16: dict(type="statement"),
            17: dict(type="release", happened=False, count=3),
            18: dict(type="detention", count=19, incident="dev-los-palacios-protest"),
            19: dict(type="detention", count=19, incident="dev-los-palacios-protest"),
        },
    ),
    dict(
        name="010_statement",
        outlet="Sudan Civic Space Coalition",
        text="""
12 March 2024 Kampala

Joint statement on the [[1:killing]] of community kitchen volunteers in Khartoum North

We, the undersigned organisations, condemn the [[2:killing]] of two volunteers and the [[3:detention]] of nine others by the Rapid Support Forces (RSF) after fighters [[4:raided]] a community kitchen in Khartoum North, Sudan, on 2 March.

According to volunteers who [[5:escaped]] during the [[6:raid]], the fighters [[7:beat]] the volunteers with rifle butts before driving 11 of them away in two pickup trucks. Amna Idris, 27, and Mohamed Babiker, 31, were found [[8:dead]] the next day near the Shambat bridge, with gunshot wounds.

The nine others are being [[9:held]] at a former police station in Kafouri, and their families have not been allowed to see them.

Three doctors and a pharmacist have been [[10:held]] without charge by military intelligence in Port Sudan since January, accused of treating wounded RSF fighters. One of the doctors, Hiba Salih, told relatives during a brief prison visit that she had been [[11:tortured]] with electric shocks.

Since the war began, both warring parties have [[12:detained]] thousands of civilians, and many have [[13:died]] in [[14:detention]] from [[15:torture]], hunger and lack of medicine.

On Friday, at least 37 civilians, among them 11 children, were [[16:killed]] when RSF forces shelled a market in El Fasher, North Darfur.

More than eight million people have [[17:fled]] their homes, and some 1.8 million of them have [[18:crossed]] into neighbouring countries.

In November 2023, soldiers of the Sudanese Armed Forces [[19:detained]] five volunteers from a kitchen in Omdurman. The five were [[20:released]] three days later, after their families paid a ransom.

We [[21:call on]] the RSF to [[22:release]] the nine volunteers immediately, and on the Sudanese Armed Forces to [[23:free]] the three doctors and the pharmacist [[24:held]] in Port Sudan.

We [[25:urge]] the UN Security Council to impose targeted sanctions on commanders responsible for attacks on civilians, and [[26:appeal]] to neighbouring governments to keep their borders open to people [[27:fleeing]] the war.

Signed: Sudan Civic Space Coalition; Nile Valley Volunteers Network; Darfur Women’s Legal Forum; Khartoum Lawyers for Justice; East Africa Refugee Solidarity.
""",
        events={
            1: dict(type="killing", place="Khartoum North", country="Sudan", incident="dev-bahri-kitchen"),
            2: dict(type="killing", date=("2024-03-02", "2024-03-02", "day"), place="Khartoum North", country="Sudan",
                    count=2, incident="dev-bahri-kitchen"),
            3: dict(type="detention", date=("2024-03-02", "2024-03-02", "day"), place="Khartoum North",
                    country="Sudan", count=9, incident="dev-bahri-kitchen"),
            4: dict(type="detention", date=("2024-03-02", "2024-03-02", "day"), place="Khartoum North",
                    country="Sudan", incident="dev-bahri-kitchen"),
            5: dict(type="flight", incident="dev-bahri-kitchen"),
            6: dict(type="detention", incident="dev-bahri-kitchen"),
            7: dict(type="torture", incident="dev-bahri-kitchen"),
            8: dict(type="death", date=("2024-03-03", "2024-03-03", "day"), place="Shambat bridge", country="Sudan",
                    count=2, incident="dev-bahri-kitchen"),
            9: dict(type="detention", place="Kafouri", country="Sudan", count=9, incident="dev-bahri-kitchen"),
            10: dict(type="detention", date=("2024-01-01", "2024-01-31", "month"), place="Port Sudan",
                     country="Sudan", count=4, incident="dev-port-sudan-doctors"),
            11: dict(type="torture", count=1, incident="dev-port-sudan-doctors"),
            12: dict(type="detention", count=1000),
            13: dict(type="death"),
            14: dict(type="detention"),
            15: dict(type="torture"),
            16: dict(type="killing", date=("2024-03-08", "2024-03-08", "day"), place="El Fasher", country="Sudan",
                     count=37, incident="dev-el-fasher-market"),
            17: dict(type="flight", count=8000000),
            18: dict(type="flight", count=1800000),
            19: dict(type="detention", date=("2023-11-01", "2023-11-30", "month"), place="Omdurman", country="Sudan",
                     count=5, incident="dev-omdurman-volunteers-2023"),
            20: dict(type="release", date=("2023-11-01", "2023-11-30", "month"), count=5,
                     incident="dev-omdurman-volunteers-2023"),
            21: dict(type="statement"),
            22: dict(type="release", happened=False, count=9),
            23: dict(type="release", happened=False, place="Port Sudan", country="Sudan", count=4),
            24: dict(type="detention", place="Port Sudan", country="Sudan", count=4, incident="dev-port-sudan-doctors"),
            25: dict(type="statement"),
            26: dict(type="statement"),
            27: dict(type="flight"),
        },
    ),
    dict(
        name="011_statement",
        outlet="Coalition for Civic Freedoms",
        text="""
May 16, 2024 — Vienna

Joint statement on the [[1:death]] in [[2:custody]] of Russian anti-war activist Pavel Sorokin

The undersigned member states of the Coalition for Civic Freedoms are appalled by the [[3:death]] of Pavel Sorokin, a 46-year-old history teacher and anti-war activist, in Penal Colony No. 11 in the Russian republic of Mordovia on 28 April.

Mr Sorokin was [[4:arrested]] in St Petersburg in March 2022 after posting videos about the invasion of Ukraine. In February 2023, a court [[5:sentenced]] him to seven years in a penal colony for “spreading false information” about the armed forces.

His lawyer has said that guards repeatedly [[6:beat]] him and kept him in a punishment cell for a total of 120 days, and that requests to treat his heart condition were refused. The Federal Penitentiary Service has said that Mr Sorokin [[7:died]] of heart failure, but it has not allowed an independent autopsy.

His [[8:death]] is not an isolated case. At least four other political prisoners have [[9:died]] in Russian penal colonies, according to the prisoners’ rights group Svoboda Watch.

We are also deeply concerned by the continued [[10:imprisonment]] of hundreds of people in Russia for opposing the war. Among them is the artist Yelena Markina, who was [[11:jailed]] for five years by a court in Kazan last year for painting anti-war slogans on bus shelters.

A new [[12:law]] that entered into force on 1 March allows the authorities to seize the property of anyone who criticises the armed forces.

In April, police in Kyrgyzstan [[13:detained]] a Russian conscientious objector, Denis Frolov, in Bishkek at Moscow’s request. He faces up to ten years in prison if he is [[14:extradited]] to Russia.

We welcome the decision of several of our members to [[15:grant asylum]] to Russians [[16:fleeing]] political persecution.

We [[17:call on]] the Russian authorities to allow an independent investigation into Mr Sorokin’s [[18:death]] and to [[19:release]] Ms Markina immediately. We also [[20:urge]] Kyrgyzstan not to [[21:extradite]] Mr Frolov.

This statement is endorsed by 17 member states of the Coalition for Civic Freedoms.
""",
        events={
            1: dict(type="death", count=1, incident="dev-sorokin"),
            2: dict(type="detention", count=1, incident="dev-sorokin"),
            3: dict(type="death", date=("2024-04-28", "2024-04-28", "day"), place="Penal Colony No. 11",
                    country="Russia", count=1, incident="dev-sorokin"),
            4: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), place="St Petersburg",
                    country="Russia", count=1, incident="dev-sorokin"),
            5: dict(type="imprisonment", date=("2023-02-01", "2023-02-28", "month"), incident="dev-sorokin"),
            6: dict(type="torture", incident="dev-sorokin"),
            7: dict(type="death", count=1, incident="dev-sorokin"),
            8: dict(type="death", incident="dev-sorokin"),
            9: dict(type="death", count=4),
            10: dict(type="imprisonment", place="Russia", country="Russia", count=100),
            11: dict(type="imprisonment", date=("2023-01-01", "2023-12-31", "year"), place="Kazan", country="Russia",
                     count=1, incident="dev-markina"),
            12: dict(type="policy", date=("2024-03-01", "2024-03-01", "day"), incident="dev-russia-property-law-2024"),
            13: dict(type="detention", date=("2024-04-01", "2024-04-30", "month"), place="Bishkek",
                     country="Kyrgyzstan", count=1, incident="dev-frolov"),
            14: dict(type="forced_return", happened=False, place="Russia", country="Russia"),
            15: dict(type="asylum"),
            16: dict(type="flight"),
            17: dict(type="statement"),
            18: dict(type="death", count=1, incident="dev-sorokin"),
            19: dict(type="release", happened=False, count=1),
            20: dict(type="statement"),
            21: dict(type="forced_return", happened=False, place="Kyrgyzstan", country="Kyrgyzstan", count=1),
        },
    ),
    dict(
        name="012_statement",
        outlet="UN Expert Mechanisms Press Office",
        text="""
14 December 2023 Geneva

Kenya/Uganda: UN experts alarmed by [[1:death]] in military [[2:custody]] of opposition member [[3:handed over]] by Kenya

GENEVA – UN human rights experts today expressed alarm at the [[4:death]] of Ronald Kizza, a member of the opposition Uganda Freedom Congress, in military [[5:custody]] in Kampala, after Kenya [[6:forcibly returned]] him and three other party members to Uganda last month.

Mr Kizza was [[7:detained]] in Nairobi in mid-November together with his brother, Moses Kizza, and two other party organisers. The four were [[8:handed over]] to Ugandan soldiers at the border on 19 November.

According to information received by the experts, the four were [[9:held]] incommunicado at Makindye military barracks, where Mr Kizza was [[10:beaten]] during interrogation. He [[11:died]] on 6 December; the army said he had suffered a stroke.

The [[12:whereabouts]] of two of the other men remain unknown. Moses Kizza was charged with treason before a military court on 8 December. If [[13:convicted]], he could face [[14:execution]].

“The [[15:refoulement]] of people who had asked Kenya for protection, and the [[16:death]] in [[17:custody]] that followed, are grave violations of international law,” the experts said. “Kenya must not become a place from which critics of neighbouring governments can be [[18:seized]] and [[19:sent back]] at will.”

In March 2022, Kenyan police [[20:arrested]] Éric Bizimana, a human rights lawyer from Burundi, in Mombasa. He was [[21:deported]] to Bujumbura within days. A court in Bujumbura [[22:sentenced]] him to 15 years in prison in 2023.

The experts [[23:urged]] the Government of Uganda to [[24:release]] Moses Kizza and to disclose the fate and [[25:whereabouts]] of the two other men. They also [[26:called on]] Kenya to ensure that no one else is [[27:returned]] to a country where they would be at risk of [[28:torture]].

The experts are in contact with the Governments of Kenya and Uganda on the matter.

The experts: Lucía Arrieta Mbeki, Special Rapporteur on extrajudicial, summary or arbitrary executions; Henrik Solberg-Adeyemi, Special Rapporteur on the human rights of migrants; and the members of the Working Group on Arbitrary Detention and the Working Group on Enforced or Involuntary Disappearances.
""",
        events={
            1: dict(type="death", count=1, incident="dev-kenya-ugandans"),
            2: dict(type="detention", count=1, incident="dev-kenya-ugandans"),
            3: dict(type="forced_return", place="Kenya", country="Kenya", count=1, incident="dev-kenya-ugandans"),
            4: dict(type="death", place="Kampala", country="Uganda", count=1, incident="dev-kenya-ugandans"),
            5: dict(type="detention", place="Kampala", country="Uganda", count=1, incident="dev-kenya-ugandans"),
            6: dict(type="forced_return", date=("2023-11-01", "2023-11-30", "month"), place="Uganda", country="Uganda",
                    count=4, incident="dev-kenya-ugandans"),
            7: dict(type="detention", date=("2023-11-11", "2023-11-20", "range"), place="Nairobi", country="Kenya",
                    count=4, incident="dev-kenya-ugandans"),
            8: dict(type="forced_return", date=("2023-11-19", "2023-11-19", "day"), count=4,
                    incident="dev-kenya-ugandans"),
            9: dict(type="detention", place="Makindye military barracks", country="Uganda", count=4,
                    incident="dev-kenya-ugandans"),
            10: dict(type="torture", place="Makindye military barracks", country="Uganda", count=1,
                     incident="dev-kenya-ugandans"),
            11: dict(type="death", date=("2023-12-06", "2023-12-06", "day"), incident="dev-kenya-ugandans"),
            12: dict(type="disappearance", count=2, incident="dev-kenya-ugandans"),
            13: dict(type="imprisonment", happened=False),
            14: dict(type="killing", happened=False),
            15: dict(type="forced_return", place="Kenya", country="Kenya", incident="dev-kenya-ugandans"),
            16: dict(type="death", incident="dev-kenya-ugandans"),
            17: dict(type="detention", incident="dev-kenya-ugandans"),
            18: dict(type="detention", happened=False, place="Kenya", country="Kenya"),
            19: dict(type="forced_return", happened=False, place="Kenya", country="Kenya"),
            20: dict(type="detention", date=("2022-03-01", "2022-03-31", "month"), place="Mombasa", country="Kenya",
                     count=1, incident="dev-bizimana-2022"),
            21: dict(type="forced_return", place="Bujumbura", country="Burundi", incident="dev-bizimana-2022"),
            22: dict(type="imprisonment", date=("2023-01-01", "2023-12-31", "year"), place="Bujumbura",
                     country="Burundi", incident="dev-bizimana-2022"),
            23: dict(type="statement"),
            24: dict(type="release", happened=False, place="Uganda", country="Uganda", count=1),
            25: dict(type="disappearance", count=2, incident="dev-kenya-ugandans"),
            26: dict(type="statement"),
            27: dict(type="forced_return", happened=False, place="Kenya", country="Kenya"),
            28: dict(type="torture", happened=False),
        },
    ),
]
