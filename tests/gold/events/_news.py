# ruff: noqa: E501
"""Gold event documents in news-article style (023_news … 033_news): invented outlets, people and cases.

027_news and 028_news are a deliberate pair about the same case (label news-addis-sheger-voice).
"""

DOCS = [
    dict(
        name="023_news",
        outlet="The Aegean Courier",
        text="""
March 9, 2022 — Mersin

Syrian families say relatives were [[1:deported]] after police ID checks

By Deniz Arslan

PHOTO: Leyla Haddad holds a picture of her son Omar, who was [[2:detained]] in Mersin last month, outside the city’s removal centre on Monday. (Aegean Courier/Selin Kaya)

At least 14 Syrian men with temporary protection papers were [[3:detained]] at their homes and workplaces across Mersin in late February, according to relatives and a local refugee group.

Eleven of them were [[4:deported]] through the Öncüpınar border gate in Kilis province on March 3, the Mersin Solidarity Association said, citing phone calls the men made once they were on the Syrian side. Relatives have [[5:lost contact]] with the other three.

“They told us he was going to Gaziantep to renew his papers. Two days later he called us from Idlib,” said Haddad, 52. “He said the guards [[6:beat]] him at the gate until he signed a form saying he wanted to go home.”

Turkish officials deny that any Syrian is [[7:sent back]] against his will. The Mersin governor’s office said in a written reply to the Courier that the men had “chosen to return voluntarily” and had signed consent forms in the presence of an interpreter.

The association’s lawyer, Ahmet Yıldız, said the forms were signed under pressure. “Nobody chooses Idlib,” he said. “These men were [[8:forced back]] into a war zone, and at least one of them was [[9:beaten]] before he reached the other side.”

On Monday, police [[10:detained]] two more Syrian men at the city’s main bus station, the association said. Their lawyer has not been allowed to see them.

The association [[11:urged]] the Interior Ministry to [[12:release]] the two men and to give lawyers access to the removal centre.

Turkey hosts about 3.7 million refugees from Syria under temporary protection, more than any other country, and public resentment has grown as the economy has faltered. Rights groups say they have documented similar [[13:deportations]] from other cities.

In July 2019, authorities [[14:rounded up]] hundreds of Syrians in Istanbul during a campaign against unregistered workers, and dozens of them were later [[15:sent back]] across the border, according to lawyers who represented them.

The Interior Ministry says no Syrian was [[16:deported]] against his will last year.

Omar Haddad, 27, [[17:fled]] Aleppo with his mother in 2016 and worked at a citrus packing plant near Tarsus, his family said. His employer, Mustafa Demir, said he had never missed a shift.

“If he did something wrong, let them take him to court here,” his mother said. “Instead they [[18:deported]] him like a parcel.”
""",
        events={
            1: dict(type="forced_return", incident="news-mersin-syrians"),
            2: dict(type="detention", date=("2022-02-01", "2022-02-28", "month"), place="Mersin",
                    country="Turkey", count=1, incident="news-mersin-syrians"),
            3: dict(type="detention", date=("2022-02-21", "2022-02-28", "range"), place="Mersin",
                    country="Turkey", count=14, incident="news-mersin-syrians"),
            4: dict(type="forced_return", date=("2022-03-03", "2022-03-03", "day"), place="Öncüpınar",
                    country="Turkey", count=11, incident="news-mersin-syrians"),
            5: dict(type="disappearance", count=3, incident="news-mersin-syrians"),
            6: dict(type="torture", incident="news-mersin-syrians"),
            7: dict(type="forced_return", happened=False),
            8: dict(type="forced_return", incident="news-mersin-syrians"),
            9: dict(type="torture", count=1, incident="news-mersin-syrians"),
            10: dict(type="detention", date=("2022-03-07", "2022-03-07", "day"), count=2,
                     incident="news-mersin-busstation"),
            11: dict(type="statement"),
            12: dict(type="release", happened=False, count=2),
            13: dict(type="forced_return"),
            14: dict(type="detention", date=("2019-07-01", "2019-07-31", "month"), place="Istanbul",
                     country="Turkey", count=100, incident="news-istanbul-roundup-2019"),
            15: dict(type="forced_return", date=("2019-07-01", "2019-07-31", "month"), place="Istanbul",
                     country="Turkey", count=12, incident="news-istanbul-roundup-2019"),
            16: dict(type="forced_return", happened=False, date=("2021-01-01", "2021-12-31", "year")),
            17: dict(type="flight", date=("2016-01-01", "2016-12-31", "year"), place="Aleppo",
                     country="Syria", count=2, incident="news-haddad-flight-2016"),
            18: dict(type="forced_return", incident="news-mersin-syrians"),
        },
    ),
    dict(
        name="024_news",
        outlet="El Sur Semanal",
        text="""
18 November 2021 Oaxaca

‘We want them back alive’: families of three Mixtec land defenders search the hills near Tlaxiaco

By Mariana Cortés Villalobos

Relatives of the three men march through the centre of Oaxaca city on Tuesday carrying their portraits. Photo: Itzel Ramos

Three Mixtec community leaders who opposed a mining concession in the Mixteca Alta [[1:disappeared]] after they were stopped at a checkpoint on the highway to Tlaxiaco on November 6, their families said.

Efraín López Cruz, 45, his brother Tomás, 39, and their neighbour Julián Mendoza, 61, were driving home from a meeting with lawyers in the state capital when men in dark uniforms without insignia waved their pickup truck over, according to a driver who was travelling behind them.

“They pulled them out of the truck and drove off with them in a white van. Nobody has seen them since,” said the driver, who asked not to be named for fear of reprisals.

The state prosecutor’s office said it had opened an investigation into the [[2:disappearance]] of the three men but had “no evidence” that police or soldiers were involved. State police did not [[3:arrest]] anyone on the Tlaxiaco highway on November 6, a spokesperson said.

Relatives say the men had been threatened for months. In August, Efraín López was [[4:beaten]] by two men outside his home in San Miguel el Grande, and a complaint he filed with prosecutors went nowhere, said his wife, Rosa Mendoza.

“First the mine killed the river, and now they want the people,” she said. “We are not asking for favours. We [[5:demand]] that they bring them back alive.”

Oaxaca’s interior secretary, Jorge Benítez Ruiz, told reporters that search teams with dogs had combed ravines around Tlaxiaco for more than a week. “We will not rest until we find them,” he said.

Human rights lawyer Ana Sofía Pérez, who represents the families, said the three men face a serious risk of [[6:torture]] wherever they are and that the first days of a search are decisive.

More than 90,000 people are listed as [[7:missing]] in Mexico, according to the National Search Commission, a federal agency. Investigators rarely establish who was responsible.

In the Mixteca, the case has revived memories of the [[8:disappearance]] of two community radio presenters from Santiago Juxtlahuaca in March 2016. Their bodies were found in a ravine four months later. A former municipal police officer was later [[9:convicted]] of their [[10:murder]] and is serving a 50-year [[11:sentence]].

The families have [[12:called on]] the federal Attorney General’s Office to take over the investigation. Last week, activists blocked the highway for six hours.

“My father is 61. He has diabetes,” said Julián Mendoza’s daughter, Guadalupe. “Wherever they have him, he needs his medicine.”
""",
        events={
            1: dict(type="disappearance", date=("2021-11-06", "2021-11-06", "day"), place="Tlaxiaco",
                    country="Mexico", count=3, incident="news-tlaxiaco-mixtec"),
            2: dict(type="disappearance", count=3, incident="news-tlaxiaco-mixtec"),
            3: dict(type="detention", happened=False, date=("2021-11-06", "2021-11-06", "day"),
                    place="Tlaxiaco", country="Mexico"),
            4: dict(type="torture", date=("2021-08-01", "2021-08-31", "month"), place="San Miguel el Grande",
                    country="Mexico", count=1, incident="news-lopez-beating-2021"),
            5: dict(type="statement"),
            6: dict(type="torture", happened=False, count=3),
            7: dict(type="disappearance", place="Mexico", country="Mexico", count=90000),
            8: dict(type="disappearance", date=("2016-03-01", "2016-03-31", "month"),
                    place="Santiago Juxtlahuaca", country="Mexico", count=2, incident="news-juxtlahuaca-radio-2016"),
            9: dict(type="imprisonment", count=1, incident="news-juxtlahuaca-radio-2016"),
            10: dict(type="killing", incident="news-juxtlahuaca-radio-2016"),
            11: dict(type="imprisonment", count=1, incident="news-juxtlahuaca-radio-2016"),
            12: dict(type="statement"),
        },
    ),
    dict(
        name="025_news",
        outlet="The Meridian Post",
        text="""
June 2, 2018 — London

Iran [[1:executes]] two Ahvazi Arab men despite [[2:torture]] claims

Relatives abroad say the pair were forced to confess on camera

By Nasrin Farahani, Middle East correspondent

Caption: A photograph of Hamid Sawari, one of two men [[3:executed]] in Ahvaz on Wednesday, held up by his cousin in London on Thursday. (Meridian Post/Tom Avery)

Iranian authorities [[4:executed]] two men from the country’s Arab minority at a prison in Ahvaz on Wednesday, their relatives and a rights group said, after a trial that lawyers said lasted less than an hour.

Hamid Sawari, 31, and Adel Khazraji, 28, were [[5:arrested]] in Khuzestan province in April 2016 and [[6:sentenced]] to death a year later on charges of “enmity against God” linked to an armed attack on a police post in Shadegan, which both men denied.

In letters smuggled out of Sepidar prison, both men said interrogators [[7:beat]] them for weeks after their [[8:arrest]] and threatened to [[9:detain]] their sisters unless they confessed. State television later broadcast their confessions.

“Hamid told us they [[10:tortured]] him with electric shocks until he agreed to read the statement on camera,” said his cousin, Karim Sawari. “There was no evidence except a confession they [[11:beat]] out of him.”

The judiciary’s news website said on Wednesday that the two men had been [[12:hanged]] at dawn after the Supreme Court upheld the verdicts, and that they had received “every legal right.”

A third defendant in the case, Majid Neisi, 24, remains on death row in Sepidar prison and could be [[13:executed]] at any time, the Ahvaz Human Rights Monitor said. The group [[14:urged]] the authorities to halt his [[15:execution]] and grant him a retrial.

UN human rights experts had [[16:called on]] Tehran in March to give the men a new trial, saying the proceedings “fell far short” of international standards.

Khuzestan, an oil-rich province on the border with Iraq, is home to most of Iran’s Arab minority, which has long complained of discrimination. After protests in Ahvaz in April 2005, security forces [[17:detained]] hundreds of people. Four of them were later [[18:executed]].

Karim Sawari said he [[19:left]] Iran in 2011 after he was [[20:detained]] for three weeks over his poetry. “My aunt called me at six in the morning,” he said. “They did not even give the family the bodies.”

Iran [[21:executed]] at least 507 people in 2017, more than any other country except China, according to figures compiled by Iran Justice Watch, a monitoring group based in Oslo.
""",
        events={
            1: dict(type="killing", place="Iran", country="Iran", count=2, incident="news-ahvaz-executions"),
            2: dict(type="torture", place="Iran", country="Iran", count=2, incident="news-ahvaz-executions"),
            3: dict(type="killing", date=("2018-05-30", "2018-05-30", "day"), place="Ahvaz", country="Iran",
                    count=2, incident="news-ahvaz-executions"),
            4: dict(type="killing", date=("2018-05-30", "2018-05-30", "day"), place="Ahvaz", country="Iran",
                    count=2, incident="news-ahvaz-executions"),
            5: dict(type="detention", date=("2016-04-01", "2016-04-30", "month"), place="Khuzestan province",
                    country="Iran", count=2, incident="news-ahvaz-executions"),
            6: dict(type="imprisonment", date=("2017-04-01", "2017-04-30", "month"), place="Khuzestan province",
                    country="Iran", count=2, incident="news-ahvaz-executions"),
            7: dict(type="torture", count=2, incident="news-ahvaz-executions"),
            8: dict(type="detention", count=2, incident="news-ahvaz-executions"),
            9: dict(type="detention", happened=False),
            10: dict(type="torture", count=1, incident="news-ahvaz-executions"),
            11: dict(type="torture", incident="news-ahvaz-executions"),
            12: dict(type="killing", date=("2018-05-30", "2018-05-30", "day"), count=2,
                     incident="news-ahvaz-executions"),
            13: dict(type="killing", happened=False, place="Sepidar prison", country="Iran", count=1),
            14: dict(type="statement"),
            15: dict(type="killing", happened=False),
            16: dict(type="statement", date=("2018-03-01", "2018-03-31", "month")),
            17: dict(type="detention", date=("2005-04-01", "2005-04-30", "month"), place="Ahvaz", country="Iran",
                     count=100, incident="news-ahvaz-crackdown-2005"),
            18: dict(type="killing", count=4, incident="news-ahvaz-crackdown-2005"),
            19: dict(type="flight", date=("2011-01-01", "2011-12-31", "year"), place="Iran", country="Iran",
                     count=1, incident="news-karim-sawari-2011"),
            20: dict(type="detention", date=("2011-01-01", "2011-12-31", "year"), place="Iran", country="Iran",
                     count=1, incident="news-karim-sawari-2011"),
            21: dict(type="killing", date=("2017-01-01", "2017-12-31", "year"), place="Iran", country="Iran",
                     count=507),
        },
    ),
    dict(
        name="026_news",
        outlet="Northern Star Daily",
        text="""
August 22, 2019 — Chiang Rai

Five North Koreans [[1:arrested]] in Chiang Rai hope to reach Seoul

By Pimchanok Srisuk

Caption: A Thai police boat patrols the Mekong near Chiang Saen, where the group came ashore. Photo: Northern Star Daily

Thai police [[2:arrested]] five North Koreans — three women, a man and a nine-year-old boy — on the bank of the Mekong in Chiang Saen district on Sunday, immigration officials said. The group had [[3:crossed]] the river from Laos in a small wooden boat before dawn.

The five told officers they [[4:escaped]] from North Korea last year and spent months in hiding in China. They were charged with illegal entry and fined 4,000 baht each by a court in Chiang Rai on Tuesday.

Police Colonel Prasert Kaewmanee, head of the provincial immigration office, said the group would be [[5:allowed to travel]] to South Korea once their paperwork was complete. “Thailand does not [[6:deport]] North Koreans to the North. We treat them as illegal migrants, and after that they go where they want,” he said.

North Koreans who reach Thailand usually spend a few weeks in immigration [[7:detention]] in Bangkok before they are handed over to the South Korean embassy, and most [[8:arrive]] in Seoul within two months.

The route is dangerous. North Koreans [[9:caught]] in China are routinely [[10:repatriated]], and rights groups say returnees face [[11:imprisonment]] in labour camps or worse.

In November 2017, Chinese police [[12:detained]] a family of four in Yunnan province, near the border with Laos, according to a Seoul-based group that had helped them. The family was [[13:sent back]] across the border at Dandong a month later.

A South Korean pastor who says he has helped more than 200 North Koreans [[14:flee]] through Laos, and who asked that his name not be used, said the boy had a fever during the [[15:crossing]]. “He is nine years old and he has never seen a doctor,” the pastor said. “When they [[16:arrive]] in Seoul, that is the first thing we will do.”

More than 33,000 North Korean defectors live in South Korea. Thailand’s foreign ministry declined to comment on the case.
""",
        events={
            1: dict(type="detention", place="Chiang Rai", country="Thailand", count=5,
                    incident="news-chiangrai-northkoreans"),
            2: dict(type="detention", date=("2019-08-18", "2019-08-18", "day"), place="Chiang Saen district",
                    country="Thailand", count=5, incident="news-chiangrai-northkoreans"),
            3: dict(type="flight", place="Laos", country="Laos", incident="news-chiangrai-northkoreans"),
            4: dict(type="flight", date=("2018-01-01", "2018-12-31", "year"), place="North Korea",
                    country="North Korea", count=5, incident="news-chiangrai-northkoreans"),
            5: dict(type="asylum", happened=False, place="South Korea", country="South Korea"),
            6: dict(type="forced_return", happened=False, place="Thailand", country="Thailand"),
            7: dict(type="detention", place="Bangkok", country="Thailand"),
            8: dict(type="asylum", place="Seoul", country="South Korea"),
            9: dict(type="detention", place="China", country="China"),
            10: dict(type="forced_return", place="China", country="China"),
            11: dict(type="imprisonment", happened=False),
            12: dict(type="detention", date=("2017-11-01", "2017-11-30", "month"), place="Yunnan province",
                     country="China", count=4, incident="news-yunnan-family-2017"),
            13: dict(type="forced_return", date=("2017-12-01", "2017-12-31", "month"), place="Dandong",
                     country="China", incident="news-yunnan-family-2017"),
            14: dict(type="flight", place="Laos", country="Laos", count=200),
            15: dict(type="flight", incident="news-chiangrai-northkoreans"),
            16: dict(type="asylum", happened=False, place="Seoul", country="South Korea"),
        },
    ),
    dict(
        name="027_news",
        outlet="Addis Weekly Review",
        text="""
June 6, 2022 — Addis Ababa

Police [[1:detain]] three journalists in [[2:raid]] on Addis Ababa news site

By Henok Gebremariam

Caption: The locked office of Sheger Voice in the Bole district of Addis Ababa on Sunday. Photo: Addis Weekly Review

Plainclothes officers of Ethiopia’s federal police [[3:arrested]] three journalists — the editor of the Amharic-language news site Sheger Voice, Selam Tadesse, and two of her reporters — at the site’s office in Addis Ababa on Friday afternoon, colleagues who witnessed the [[4:raid]] said.

The three journalists’ [[5:whereabouts were unknown]] for two days, relatives said. They appeared on Sunday before a court in Arada sub-city, where police were granted 14 more days to investigate.

Police have not announced charges. A federal police spokesperson, Inspector Dawit Alemu, said the journalists were “suspected of disseminating false information that incites violence” and that their [[6:detention]] was lawful.

Sheger Voice, which has about 300,000 followers on Facebook, had recently published reports on the [[7:killing]] of 11 farmers in a village in the Oromia region and on fuel shortages in the capital.

“She called me at two o’clock to ask what we needed from the market. At three, her phone was off,” said Selam’s sister, Meron Tadesse. “We are not afraid to say it: they [[8:arrested]] her for doing her job.”

The Nairobi-based East Africa Press Freedom Network [[9:called for]] the journalists’ immediate [[10:release]]. It said at least 18 media workers had been [[11:detained]] in Ethiopia in recent weeks.

“No journalist in Ethiopia is [[12:arrested]] for journalism,” Inspector Dawit said. “They are [[13:arrested]] for crimes.”

Ethiopia has [[14:detained]] dozens of journalists since the war in the northern Tigray region began. In December 2020, a camera operator for a foreign broadcaster was [[15:arrested]] in Addis Ababa and spent 12 days in police [[16:custody]] before he was [[17:freed]] on bail.

Selam, 34, founded Sheger Voice in 2019 after working for a decade at state radio. Her mother, Almaz Bekele, said she had brought food to the police station every day since Friday but had not been allowed to see her.
""",
        events={
            1: dict(type="detention", place="Addis Ababa", country="Ethiopia", count=3,
                    incident="news-addis-sheger-voice"),
            2: dict(type="detention", place="Addis Ababa", country="Ethiopia", count=3,
                    incident="news-addis-sheger-voice"),
            3: dict(type="detention", date=("2022-06-03", "2022-06-03", "day"), place="Addis Ababa",
                    country="Ethiopia", count=3, incident="news-addis-sheger-voice"),
            4: dict(type="detention", date=("2022-06-03", "2022-06-03", "day"), place="Addis Ababa",
                    country="Ethiopia", count=3, incident="news-addis-sheger-voice"),
            5: dict(type="disappearance", count=3, incident="news-addis-sheger-voice"),
            6: dict(type="detention", incident="news-addis-sheger-voice"),
            7: dict(type="killing", place="Oromia region", country="Ethiopia", count=11,
                    incident="news-oromia-farmers-killing"),
            8: dict(type="detention", incident="news-addis-sheger-voice"),
            9: dict(type="statement"),
            10: dict(type="release", happened=False),
            11: dict(type="detention", date=("2022-05-09", "2022-06-06", "range"), place="Ethiopia",
                     country="Ethiopia", count=18),
            12: dict(type="detention", happened=False, place="Ethiopia", country="Ethiopia"),
            13: dict(type="detention"),
            14: dict(type="detention", place="Ethiopia", country="Ethiopia", count=12),
            15: dict(type="detention", date=("2020-12-01", "2020-12-31", "month"), place="Addis Ababa",
                     country="Ethiopia", count=1, incident="news-addis-cameraman-2020"),
            16: dict(type="detention", date=("2020-12-01", "2020-12-31", "month"), place="Addis Ababa",
                     country="Ethiopia", count=1, incident="news-addis-cameraman-2020"),
            17: dict(type="release", date=("2020-12-01", "2020-12-31", "month"), place="Addis Ababa",
                     country="Ethiopia", count=1, incident="news-addis-cameraman-2020"),
        },
    ),
    dict(
        name="028_news",
        outlet="Addis Weekly Review",
        text="""
July 19, 2022 — Addis Ababa

Editor Selam Tadesse [[1:freed]] on bail; two reporters remain in [[2:custody]]

By Henok Gebremariam

Caption: Selam Tadesse embraces her mother outside Kality prison after her [[3:release]] on Monday evening. Photo: Addis Weekly Review

A federal court in Addis Ababa [[4:released]] the editor of the news site Sheger Voice on bail of 50,000 birr on Monday, 45 days after the three journalists were [[5:detained]] in a police [[6:raid]] on their office.

The two reporters, Biniam Kassa, 26, and Hiwot Mengistu, 24, are still in Kality prison on the southern edge of the capital. Prosecutors charged all three last week with spreading false information under a [[7:law]] adopted in 2020, which allows for a prison [[8:sentence]] of up to three years.

Selam, 34, and her colleagues were [[9:arrested]] on June 3, and their families searched police stations across the city for two days before the three appeared in court.

Speaking outside the prison gate, Selam said she had spent the first two days in a basement cell at a police station, where officers questioned her every night. “Nobody [[10:beat]] me,” she said. “But they told me my reporters would be [[11:sentenced]] to ten years.”

A Ministry of Justice spokesperson said the decision to [[12:free]] Selam on bail showed that “the courts in Ethiopia are independent.”

The East Africa Press Freedom Network welcomed her [[13:release]] but [[14:urged]] prosecutors to drop the charges and [[15:free]] Biniam and Hiwot. According to the network, at least 12 journalists remain [[16:jailed]] in Ethiopia.

“I cooked her favourite food every day for 45 days in case they [[17:let her go]],” said her mother, Almaz Bekele. “Today she ate it. Tomorrow I will cook for the other two mothers.”
""",
        events={
            1: dict(type="release", count=1, incident="news-addis-sheger-voice"),
            2: dict(type="detention", count=2, incident="news-addis-sheger-voice"),
            3: dict(type="release", date=("2022-07-18", "2022-07-18", "day"), place="Kality prison",
                    country="Ethiopia", count=1, incident="news-addis-sheger-voice"),
            4: dict(type="release", date=("2022-07-18", "2022-07-18", "day"), place="Addis Ababa",
                    country="Ethiopia", count=1, incident="news-addis-sheger-voice"),
            5: dict(type="detention", place="Addis Ababa", country="Ethiopia", count=3,
                    incident="news-addis-sheger-voice"),
            6: dict(type="detention", place="Addis Ababa", country="Ethiopia", count=3,
                    incident="news-addis-sheger-voice"),
            7: dict(type="policy", date=("2020-01-01", "2020-12-31", "year"),
                    incident="news-ethiopia-disinfo-law-2020"),
            8: dict(type="imprisonment", happened=False),
            9: dict(type="detention", date=("2022-06-03", "2022-06-03", "day"), count=3, incident="news-addis-sheger-voice"),
            10: dict(type="torture", happened=False),
            11: dict(type="imprisonment", happened=False),
            12: dict(type="release", place="Ethiopia", country="Ethiopia", count=1, incident="news-addis-sheger-voice"),
            13: dict(type="release", incident="news-addis-sheger-voice"),
            14: dict(type="statement"),
            15: dict(type="release", happened=False, count=2),
            16: dict(type="imprisonment", place="Ethiopia", country="Ethiopia", count=12),
            17: dict(type="release", happened=False),
        },
    ),
    dict(
        name="029_news",
        outlet="The Nile Ledger",
        text="""
2020-10-05

Student [[1:dies]] in Cairo prison after 19 months without trial, family says

By Yasmine Fawzy in Cairo

Caption: Relatives carry the coffin of Karim Abdel Salam at his funeral in Mansoura on Sunday. (Nile Ledger/Omar Hegazy)

A 24-year-old engineering student [[2:died]] in Tora prison in southern Cairo on Saturday after months of untreated illness, his family and lawyers said. At least six political detainees have [[3:died]] in prisons in Egypt this year, according to the Cairo Commission for Rights and Freedoms.

Karim Abdel Salam was [[4:arrested]] at his family’s home in Mansoura in March 2019, two days after he shared a cartoon mocking a government minister on Facebook, according to his brother, Ahmed. Prosecutors accused him of “joining a terrorist group” and renewed his pretrial [[5:detention]] every 45 days, but no trial date was ever set.

His mother, Samira Hassan, said she last saw him during a 10-minute visit in August. “He had lost so much weight that I did not recognise him. He told me the guards had [[6:beaten]] him when he asked for a doctor,” she said. “I begged them to take him to hospital. Now I am taking him to the cemetery.”

The Interior Ministry released a brief statement on Sunday. It said the prisoner had [[7:died]] of a heart attack, that he had received “full medical care” and that there were no signs of violence on his body. It said he had never complained of [[8:mistreatment]].

Lawyers say political detainees in Egypt are often kept far beyond the legal two-year limit by being added to new cases, a practice known as “recycling.” Last year, members of the UN Working Group on Arbitrary Detention [[9:urged]] Egypt to improve conditions in its prisons.

In January 2019, a 57-year-old former member of parliament, Mostafa Ezzat, [[10:died]] in Scorpion prison, part of the Tora complex, after his family said he had been denied insulin for weeks.

The Cairo Commission [[11:called for]] an independent investigation into the student’s [[12:death]] and [[13:urged]] the authorities to [[14:release]] all prisoners who have spent more than two years awaiting trial.

Ahmed Abdel Salam said the family was allowed to collect the body only after signing a document promising not to speak to the media. “We signed. Then we buried him. Now I am speaking,” he said.
""",
        events={
            1: dict(type="death", place="Cairo", country="Egypt", count=1, incident="news-abdelsalam-death"),
            2: dict(type="death", date=("2020-10-03", "2020-10-03", "day"), place="Tora prison", country="Egypt",
                    count=1, incident="news-abdelsalam-death"),
            3: dict(type="death", date=("2020-01-01", "2020-12-31", "year"), place="Egypt", country="Egypt",
                    count=6),
            4: dict(type="detention", date=("2019-03-01", "2019-03-31", "month"), place="Mansoura",
                    country="Egypt", count=1, incident="news-abdelsalam-death"),
            5: dict(type="detention", incident="news-abdelsalam-death"),
            6: dict(type="torture", incident="news-abdelsalam-death"),
            7: dict(type="death", count=1, incident="news-abdelsalam-death"),
            8: dict(type="torture", happened=False),
            9: dict(type="statement", date=("2019-01-01", "2019-12-31", "year")),
            10: dict(type="death", date=("2019-01-01", "2019-01-31", "month"), place="Scorpion prison",
                     country="Egypt", count=1, incident="news-ezzat-death-2019"),
            11: dict(type="statement"),
            12: dict(type="death", count=1, incident="news-abdelsalam-death"),
            13: dict(type="statement"),
            14: dict(type="release", happened=False),
        },
    ),
    dict(
        name="030_news",
        outlet="Caspian Mirror",
        text="""
29 May 2021 Baku

Holiday [[1:decree]] [[2:frees]] two journalists, but critics of the government remain behind bars

By Leyla Mammadova

Caption: Rauf Huseynov is greeted by his daughters after his [[3:release]] from a prison colony outside Baku on Friday. Photo: Caspian Mirror

Azerbaijan’s president signed a pardon [[4:decree]] on Thursday, a day before the Independence Day holiday.

Under the [[5:decree]], 198 prisoners were [[6:freed]] and 114 others had their terms shortened, the presidential administration said. Local rights defenders said the list included at least 14 people they regard as political prisoners.

Among those [[7:released]] were two journalists, Rauf Huseynov and Elmira Gasimova, who had been [[8:jailed]] in 2019 on charges of hooliganism and tax evasion that rights groups said were fabricated.

“I was [[9:arrested]] for an article about a road contract. I spent two years in a cell with eleven men, and nobody ever explained anything,” Huseynov told the Caspian Mirror by telephone on Friday evening.

But lawyers said dozens of government critics remain in prison, among them the opposition economist Tofig Mammadli, 58, who was [[10:sentenced]] to seven years by a Baku court last year for organising unauthorised protests.

His wife, Gunel, said the family had hoped to see his name on the list. “We waited by the phone all night. His name was not there,” she said. “They [[11:free]] a few people every holiday so that Europe stops asking questions, and then they [[12:arrest]] new ones.”

“There are no political prisoners in Azerbaijan. Everyone in our prisons was [[13:convicted]] by a court for a crime,” presidential aide Samir Guliyev told reporters.

Ingrid Vasseur, a rapporteur of the Parliamentary Assembly of the Council of Europe, welcomed the [[14:releases]] but [[15:called on]] the government to [[16:free]] all remaining political prisoners.

In March 2019, a similar [[17:decree]] marking the Novruz holiday led to the [[18:release]] of 51 people whom rights groups regarded as political prisoners. At least four of them were [[19:arrested]] again within a year.
""",
        events={
            1: dict(type="policy", incident="news-baku-pardon-2021"),
            2: dict(type="release", count=2, incident="news-baku-journalists"),
            3: dict(type="release", date=("2021-05-28", "2021-05-28", "day"), place="Baku", country="Azerbaijan",
                    count=1, incident="news-baku-journalists"),
            4: dict(type="policy", date=("2021-05-27", "2021-05-27", "day"), incident="news-baku-pardon-2021"),
            5: dict(type="policy", incident="news-baku-pardon-2021"),
            6: dict(type="release", count=198, incident="news-baku-pardon-2021"),
            7: dict(type="release", incident="news-baku-journalists"),
            8: dict(type="imprisonment", date=("2019-01-01", "2019-12-31", "year"), count=2,
                    incident="news-baku-journalists"),
            9: dict(type="detention", incident="news-baku-journalists"),
            10: dict(type="imprisonment", date=("2020-01-01", "2020-12-31", "year"), place="Baku",
                     country="Azerbaijan", count=1, incident="news-baku-mammadli-2020"),
            11: dict(type="release"),
            12: dict(type="detention"),
            13: dict(type="imprisonment"),
            14: dict(type="release", incident="news-baku-pardon-2021"),
            15: dict(type="statement"),
            16: dict(type="release", happened=False),
            17: dict(type="policy", date=("2019-03-01", "2019-03-31", "month"), incident="news-baku-pardon-2019"),
            18: dict(type="release", date=("2019-03-01", "2019-03-31", "month"), count=51,
                     incident="news-baku-pardon-2019"),
            19: dict(type="detention", count=4, incident="news-baku-rearrests-2019"),
        },
    ),
    dict(
        name="031_news",
        outlet="Mediterranean Herald",
        text="""
April 27, 2023 — Lampedusa

Eight [[1:dead]], 20 [[2:missing]] after boat from Sfax capsizes off Lampedusa

By Giulia Ferraro and Samir Ben Amor

Caption: Rescuers carry the body of a child ashore in Lampedusa on Wednesday. Photo: Mediterranean Herald

At least eight people, among them a three-year-old girl and her mother, [[3:died]] when a metal boat carrying 62 migrants capsized about 20 nautical miles south of Lampedusa before dawn on Wednesday, the Italian coast guard said.

Coast guard crews pulled 34 survivors from the water. Twenty people, including at least five children, are still [[4:missing]], and the search was suspended at nightfall because of high waves.

Survivors told aid workers that the boat had set off from Sfax, in Tunisia, on Monday night. Most of those on board came from Sudan, Guinea and Ivory Coast, and several said they had [[5:fled]] the war in Sudan last year.

“The water came in from the bottom and everybody stood up at once,” said Ibrahim, 19, from Darfur, who asked that his family name not be published. “I was holding my friend’s hand. Then I was not holding it.” His friend is among the missing.

On Wednesday, Libya’s coast guard intercepted a rubber boat carrying about 90 people off Zuwara and [[6:returned]] them to Tripoli, the rescue charity Mare Aperto said. Migrants [[7:returned]] to Libya are routinely taken to detention centres where UN investigators have documented [[8:torture]], forced labour and sexual violence.

Italy’s government adopted a [[9:decree]] in January that requires charity rescue ships to head for port immediately after each rescue. Aid groups say the measure keeps their vessels away from the central Mediterranean for days at a time, while the Interior Ministry says it is needed to stop smugglers.

Mare Aperto [[10:urged]] European governments to restore a state-run search and rescue mission and to stop funding the Libyan coast guard.

“We have a cemetery full of graves without names,” said Rosa Cutrera, the island’s deputy mayor. “Every spring we promise ourselves it will not happen again.”

It was the deadliest shipwreck near the island since October 2021, when 41 people [[11:died]] after their boat overturned in a storm.

In Tunisia, police have [[12:arrested]] hundreds of sub-Saharan migrants in Sfax in recent months and [[13:expelled]] some of them to the desert border with Libya, according to rights groups. Tunisian officials say they are acting against irregular migration.
""",
        events={
            1: dict(type="death", place="Lampedusa", country="Italy", count=8, incident="news-lampedusa-shipwreck-2023"),
            2: dict(type="disappearance", place="Lampedusa", country="Italy", count=20,
                    incident="news-lampedusa-shipwreck-2023"),
            3: dict(type="death", date=("2023-04-26", "2023-04-26", "day"), place="Lampedusa", country="Italy",
                    count=8, incident="news-lampedusa-shipwreck-2023"),
            4: dict(type="disappearance", count=20, incident="news-lampedusa-shipwreck-2023"),
            5: dict(type="flight", date=("2022-01-01", "2022-12-31", "year"), place="Sudan", country="Sudan",
                    incident="news-lampedusa-survivors-flight-2022"),
            6: dict(type="forced_return", date=("2023-04-26", "2023-04-26", "day"), place="Zuwara",
                    country="Libya", count=90, incident="news-zuwara-interception-2023"),
            7: dict(type="forced_return"),
            8: dict(type="torture", place="Libya", country="Libya"),
            9: dict(type="policy", date=("2023-01-01", "2023-01-31", "month"), place="Italy", country="Italy",
                    incident="news-italy-rescue-decree-2023"),
            10: dict(type="statement"),
            11: dict(type="death", date=("2021-10-01", "2021-10-31", "month"), count=41,
                     incident="news-lampedusa-shipwreck-2021"),
            12: dict(type="detention", date=("2023-01-27", "2023-04-27", "range"), place="Sfax", country="Tunisia",
                     count=100),
            13: dict(type="forced_return", date=("2023-01-27", "2023-04-27", "range"), place="Sfax",
                     country="Tunisia"),
        },
    ),
    dict(
        name="032_news",
        outlet="Diario del Mediodía",
        text="""
October 12, 2023 — Madrid

Spain [[1:grants asylum]] to [[2:jailed]] Nicaraguan student leader

By Lucía Herrero

Caption: Marcela Urbina, 26, at her lawyer’s office in Madrid on Tuesday. She [[3:fled]] Nicaragua in 2020.

Spain’s Interior Ministry has [[4:granted asylum]] to Marcela Urbina, a Nicaraguan student leader who spent nine months in prison after the 2018 anti-government protests, her lawyer said on Wednesday.

Urbina, then a 21-year-old agronomy student, was [[5:arrested]] at a roadblock in Managua in July 2018 and [[6:convicted]] of terrorism five months later. She says guards at La Modelo prison [[7:beat]] her and kept her in an isolation cell for weeks.

She was [[8:freed]] in June 2019 under an amnesty [[9:law]] that also shielded police officers from prosecution. In 2020, after police came looking for her again at her parents’ house in Masaya, she [[10:fled]] Nicaragua on foot through the forest. She [[11:arrived]] in Madrid in March 2022 and applied for protection.

“In Nicaragua they [[12:imprisoned]] me for carrying a flag,” Urbina said. “Here they gave me a document with my name on it that says I am safe. I read it ten times.”

Her younger brother, Javier, 22, was [[13:sentenced]] to eight years in prison last year for “undermining national integrity” and is still in La Modelo. Their mother, who lives in Masaya, has not been allowed to visit him since January.

Nicaragua’s government did not respond to a request for comment. It has called the protests a failed coup and says those [[14:convicted]] afterwards were terrorists.

Spain has become the main European destination for Nicaraguans [[15:fleeing]] the crackdown. Last year it [[16:granted]] international protection to more than 3,000 Nicaraguans, according to Interior Ministry figures, though thousands of applications are still pending.

Her lawyer, Pablo Ríos, said that if her claim had been rejected she could in theory have been [[17:deported]] to Nicaragua, where she would almost certainly have faced [[18:arrest]]. He [[19:urged]] the ministry to speed up decisions on hundreds of other cases. “These people are not economic migrants. They are refugees,” he said.
""",
        events={
            1: dict(type="asylum", place="Spain", country="Spain", count=1, incident="news-urbina"),
            2: dict(type="imprisonment", count=1, incident="news-urbina"),
            3: dict(type="flight", date=("2020-01-01", "2020-12-31", "year"), place="Nicaragua",
                    country="Nicaragua", incident="news-urbina"),
            4: dict(type="asylum", place="Spain", country="Spain", count=1, incident="news-urbina"),
            5: dict(type="detention", date=("2018-07-01", "2018-07-31", "month"), place="Managua",
                    country="Nicaragua", count=1, incident="news-urbina"),
            6: dict(type="imprisonment", date=("2018-12-01", "2018-12-31", "month"), count=1, incident="news-urbina"),
            7: dict(type="torture", place="La Modelo prison", country="Nicaragua", incident="news-urbina"),
            8: dict(type="release", date=("2019-06-01", "2019-06-30", "month"), incident="news-urbina"),
            9: dict(type="policy", date=("2019-06-01", "2019-06-30", "month"),
                    incident="news-nicaragua-amnesty-law-2019"),
            10: dict(type="flight", date=("2020-01-01", "2020-12-31", "year"), place="Nicaragua",
                     country="Nicaragua", incident="news-urbina"),
            11: dict(type="asylum", date=("2022-03-01", "2022-03-31", "month"), place="Madrid", country="Spain",
                     incident="news-urbina"),
            12: dict(type="imprisonment", place="Nicaragua", country="Nicaragua", count=1, incident="news-urbina"),
            13: dict(type="imprisonment", date=("2022-01-01", "2022-12-31", "year"),
                     count=1, incident="news-javier-urbina-2022"),
            14: dict(type="imprisonment"),
            15: dict(type="flight"),
            16: dict(type="asylum", date=("2022-01-01", "2022-12-31", "year"), count=3000),
            17: dict(type="forced_return", happened=False),
            18: dict(type="detention", happened=False, place="Nicaragua", country="Nicaragua"),
            19: dict(type="statement"),
        },
    ),
    dict(
        name="033_news",
        outlet="Island Courier",
        text="""
4 March 2023 Colombo

Police [[1:arrest]] 23 students as Colombo fee protest turns violent

By Tharindu Perera

Caption: Police fire tear gas at students marching toward Parliament in Colombo on Thursday. Photo: Island Courier

Police [[2:arrested]] 23 university students in Colombo on Thursday after firing tear gas and water cannon to break up a march against a planned rise in tuition fees, a police spokesperson said.

Nineteen of them were [[3:released]] on bail on Friday. Four student union leaders were [[4:remanded in custody]] by a Colombo magistrate on the same day, accused of damaging public property.

On Wednesday, a day before the march, Sri Lanka’s government issued emergency [[5:regulations]] that ban public gatherings within 500 metres of Parliament and allow police to [[6:detain]] suspects for up to 72 hours without bringing them before a magistrate.

Several of the [[7:released]] students said officers [[8:beat]] them with batons in the back of a police truck and at the Cinnamon Gardens police station. A 20-year-old medical student, Nadeesha Fernando, showed reporters bruises on her arms and back.

“They [[9:beat]] us in front of the officer in charge and he did nothing,” she said. “If this is what they do to students in the middle of Colombo, imagine what happens to people nobody is watching.”

Police spokesperson Senior Superintendent Ranjith Silva said no student had been [[10:mistreated]] in [[11:custody]]. “Officers used minimum force to disperse an unlawful gathering,” he said.

“The fee increase is necessary to keep universities open,” said Deputy Education Minister Asanka Ratnayake, adding that students could protest “in the places set aside for it.”

The Centre for Civic Freedoms, a Colombo-based group, [[12:called on]] the government to withdraw the [[13:regulations]] and to [[14:release]] the four student leaders unconditionally.

Sri Lanka’s government has used emergency powers against protesters before. In August 2022, police [[15:detained]] a student union convener, Dilan Jayasuriya, who spent five months behind bars before a court [[16:released]] him in January.

“My son went to study medicine, not to sit in a cell,” said Kumari Herath, whose son Kasun is one of the four student leaders still in Welikada prison. At their next hearing, their lawyers will again seek their [[17:release]].
""",
        events={
            1: dict(type="detention", place="Colombo", country="Sri Lanka", count=23,
                    incident="news-colombo-students-2023"),
            2: dict(type="detention", date=("2023-03-02", "2023-03-02", "day"), place="Colombo",
                    country="Sri Lanka", count=23, incident="news-colombo-students-2023"),
            3: dict(type="release", date=("2023-03-03", "2023-03-03", "day"), count=19,
                    incident="news-colombo-students-2023"),
            4: dict(type="detention", date=("2023-03-03", "2023-03-03", "day"), place="Colombo",
                    country="Sri Lanka", count=4, incident="news-colombo-students-2023"),
            5: dict(type="policy", date=("2023-03-01", "2023-03-01", "day"), place="Sri Lanka",
                    country="Sri Lanka", incident="news-srilanka-emergency-regs-2023"),
            6: dict(type="detention", happened=False),
            7: dict(type="release", incident="news-colombo-students-2023"),
            8: dict(type="torture", place="Cinnamon Gardens", country="Sri Lanka",
                    incident="news-colombo-students-2023"),
            9: dict(type="torture", incident="news-colombo-students-2023"),
            10: dict(type="torture", happened=False),
            11: dict(type="detention", incident="news-colombo-students-2023"),
            12: dict(type="statement"),
            13: dict(type="policy", incident="news-srilanka-emergency-regs-2023"),
            14: dict(type="release", happened=False, count=4),
            15: dict(type="detention", date=("2022-08-01", "2022-08-31", "month"), count=1,
                     incident="news-jayasuriya-2022"),
            16: dict(type="release", date=("2023-01-01", "2023-01-31", "month"), count=1,
                     incident="news-jayasuriya-2022"),
            17: dict(type="release", happened=False),
        },
    ),
]
