# ruff: noqa: E501
"""NGO press releases (invented): "said Jane Doe, Asia director at Group", calls to action.

Markup and metadata are explained in build_gold.py.
"""

DOCS = [
    (
        16,
        "ngo",
        """
Kaltria: Halt Forced Return of Nine Norvoskan Refugees

Detainees Face Torture, Imprisonment if Sent Back

(Geneva, May 3, 2023) – [[1:Kaltrian authorities should immediately release nine refugees from Norvosk detained in the border city of Tesh and allow them safe passage to a third country]], <<1:Frontline Rights Monitor>> {{1:said}} today.

[[2:The nine, including a 12-year-old girl, were arrested on April 22 during an identity check at a bus station]], {{2:according to}} <<2:a relative of one of the detainees>>.

“[[3:Kaltria knows exactly what awaits people who are sent back to Norvosk: interrogation, torture and years in a labour camp,]]” {{3,4:said}} <<3,4:Mina Castellanos>>, Asia director at Frontline Rights Monitor. “[[4:Returning these nine, including a child, would make Kaltrian officials complicit in whatever happens to them next.]]”

<<5:The relative>>, who spoke to Frontline Rights Monitor on condition of anonymity for fear of reprisals against family members in Norvosk, {{5:said}} [[5:the group had been moved from Tesh to a detention facility in the provincial capital on April 29]].

“[[6:My sister called me from the bus station just before they took her phone. She said, ‘They are checking everyone, I think this is the end.’ That was the last time I heard her voice.

“We paid a broker everything we had. Now we are told she will be sent back any day, and there is nothing we can do from here,]]” <<6:the relative>> {{6:said}}.

Norvoskan law treats leaving the country without permission as treason, punishable by long prison terms or death. Kaltria has ratified the Convention against Torture, which prohibits returning anyone to a country where they would face a real risk of torture.

<<7:Kaltria’s Foreign Ministry>> has repeatedly {{7:said}} that [[7:Norvoskans who cross the border are economic migrants rather than refugees]]. In 2021, <<8:a Kaltrian Foreign Ministry spokesperson>> {{8:told}} a news briefing that [[8:such cases were handled “in accordance with domestic law, international law and humanitarian principles”]].

<<9:Frontline Rights Monitor>> {{9:urged}} [[9:the UN refugee agency and governments with embassies in Kaltria to press for access to the nine]].

Frontline Rights Monitor’s 2022 report “No Way Out” documented 19 similar cases in Tesh alone.

“[[10:Every government that claims to care about refugees should be on the phone to Kaltria today,]]” <<10:Castellanos>> {{10:said}}.
""",
        {
            1: ("indirect", "Frontline Rights Monitor", "org-speaker"),
            2: ("indirect", "a relative of one of the detainees", ""),
            3: ("direct", "Mina Castellanos", "title-apposition"),
            4: ("direct", "Mina Castellanos", "title-apposition"),
            5: ("indirect", "a relative of one of the detainees", ""),
            6: ("direct", "a relative of one of the detainees", "nested"),
            7: ("indirect", "Kaltrian Foreign Ministry", "org-speaker"),
            8: ("mixed", "a Kaltrian Foreign Ministry spokesperson", ""),
            9: ("indirect", "Frontline Rights Monitor", "org-speaker"),
            10: ("direct", "Mina Castellanos", ""),
        },
    ),
    (
        17,
        "ngo",
        """
(Lausanne, 12 September 2022) – <<1:Pressfront International>> (PFI) condemns the arrest on Saturday of freelance photojournalist Kemal Arslan in the port city of Dravik and {{1:calls on}} [[1:the authorities of the Republic of Ostria to release him without delay]].

[[2:Arslan, 29, was detained by plainclothes officers while photographing a protest by dock workers]], {{2:according to}} <<2:two colleagues who witnessed the arrest>>.

«[[3:They asked him to delete his pictures and when he refused, they took his camera and then they took him]]», {{3:said}} <<3:one of the colleagues>>, who asked that her name not be published.

{{4:According to}} his lawyer, <<4:Selin Avcı>>, [[4:Arslan has been charged with «participating in an unlawful assembly» and «resisting police officers»]]. «[[5:He was doing his job. The only thing unlawful in that square was the behaviour of the police]]», <<5:Avcı>> {{5:told}} PFI.

«[[6:Ostria cannot keep claiming to respect press freedom while arresting the people who document what happens on its streets]]», {{6,7:said}} <<6,7:Julien Marchand>>, head of PFI’s Europe and Central Asia desk. «[[7:Kemal Arslan must be released today, and his equipment returned.]]»

<<8:The Dravik police department>> {{8:stated}} on its website that [[8:«several individuals» had been detained for «disturbing public order»]] but did not name them.

<<9:PFI>> {{9:recalled}} that [[9:Arslan had been briefly detained in March 2021 while covering a strike at the same port]].

Ostria is ranked 141st out of 180 countries in PFI’s annual press freedom index.
""",
        {
            1: ("indirect", "Pressfront International", "org-speaker, present-tense"),
            2: ("indirect", "two colleagues who witnessed the arrest", ""),
            3: ("direct", "one of the colleagues", ""),
            4: ("mixed", "Selin Avcı", "title-apposition"),
            5: ("direct", "Selin Avcı", ""),
            6: ("direct", "Julien Marchand", "title-apposition"),
            7: ("direct", "Julien Marchand", "title-apposition"),
            8: ("mixed", "Dravik police department", "org-speaker"),
            9: ("indirect", "Pressfront International", "org-speaker, alias"),
        },
    ),
    (
        18,
        "ngo",
        """
Brenmark, 14 March 2024 – [[1:The oil spill off the Varn peninsula is far larger than the operator has admitted]], the environmental organisation <<1:Grey Coast Alliance>> {{1:said}} today, citing satellite images and water samples collected by its volunteers.

„[[2:The company speaks of 40 tonnes. Our analysis of the slick suggests at least ten times that amount]]“, {{2,3:said}} <<2,3:Dr Katrin Seidel>>, marine biologist at the Grey Coast Alliance. „[[3:Every day of delay in the clean-up is a day in which the oil reaches the breeding grounds of the eider ducks.]]“

The operator, <<4:Varn Offshore>>, {{4:said}} in a statement on Tuesday that [[4:the leak from a damaged pipeline had been „contained“ and that the quantity released was „in the range of 40 tonnes“]].

<<5:Seidel>> {{5:called}} [[5:this figure „simply not credible“]].

<<6:Henrik Paulsen>>, who has fished the waters off Varn for 31 years, {{6:said}} [[6:he had pulled up nets coated in a black film on Sunday, four days before the company reported the leak]].

„[[7:My father used to say, ‚The sea forgives a lot, but not everything.‘ I think he was right]]“, <<7:Paulsen>> {{7:said}}.

<<8:The alliance>> {{8:called on}} [[8:the regional government to publish all monitoring data and to commission an independent assessment of the damage]].

<<9:The regional environment ministry>> {{9:said}} [[9:it was reviewing the alliance’s findings]]. <<10:A ministry spokeswoman>> {{10:pointed out}} that [[10:clean-up vessels had been deployed within hours of the company’s report]].
""",
        {
            1: ("indirect", "Grey Coast Alliance", "org-speaker"),
            2: ("direct", "Katrin Seidel", "title-apposition"),
            3: ("direct", "Katrin Seidel", "title-apposition"),
            4: ("mixed", "Varn Offshore", "org-speaker"),
            5: ("mixed", "Katrin Seidel", ""),
            6: ("indirect", "Henrik Paulsen", ""),
            7: ("direct", "Henrik Paulsen", "nested"),
            8: ("indirect", "Grey Coast Alliance", "org-speaker"),
            9: ("indirect", "regional environment ministry", "org-speaker"),
            10: ("indirect", "a ministry spokeswoman", ""),
        },
    ),
    (
        19,
        "ngo",
        """
Amberley, 2 February 2023 – [[1:At least 86 schools in the Sarath region have been attacked or occupied by armed groups since August, leaving more than 40,000 children without access to education]], <<1:the Children’s Protection Network>> {{1:said}} in a report published today.

The 48-page report, “Lessons Under Fire: Attacks on Education in Sarath,” documents cases in which schools were shelled, used as barracks or mined, and in which teachers were abducted.

“[[2:When a school becomes a barracks, it stops being a school for years, not months. Parents do not send their children back to a building that soldiers have used,]]” {{2:said}} <<2:Amara Nwosu>>, the network’s regional director.

Researchers interviewed 112 students, teachers and parents. <<3:A 14-year-old boy from the town of Kessa>> {{3:told}} researchers: “[[3:We were in the maths lesson when the first shell hit the yard. The teacher told us, ‘Lie down under the desks and don’t look up.’ I still don’t like the sound of doors closing.]]”

<<4:A head teacher in Kessa>>, whose name is withheld for her safety, {{4:said}} [[4:armed men had occupied her school for five months in 2022 and left behind “broken desks, rubbish and two unexploded grenades”]].

<<5:Sarath’s education authority>> {{5:told}} the network that [[5:it had reopened 31 of the damaged schools]], but <<6:teachers>> {{6:said}} [[6:many of them lacked windows, latrines and furniture]].

<<7,8:The network>> {{7:urged}} [[7:all parties to the conflict to endorse and implement the Classroom Protection Declaration]] and {{8:called on}} [[8:donors to fund temporary learning spaces]].

“[[9:Every month that these children spend out of school makes it less likely they will ever go back,]]” <<9,10:Nwosu>> {{9,10:said}}. “[[10:Girls especially. Some of the girls we interviewed are already married.]]”
""",
        {
            1: ("indirect", "Children’s Protection Network", "org-speaker"),
            2: ("direct", "Amara Nwosu", "title-apposition"),
            3: ("direct", "a 14-year-old boy from the town of Kessa", "nested"),
            4: ("mixed", "a head teacher in Kessa", ""),
            5: ("indirect", "Sarath education authority", "org-speaker"),
            6: ("indirect", "teachers", ""),
            7: ("indirect", "Children’s Protection Network", "org-speaker"),
            8: ("indirect", "Children’s Protection Network", "org-speaker"),
            9: ("direct", "Amara Nwosu", ""),
            10: ("direct", "Amara Nwosu", ""),
        },
    ),
    (
        20,
        "ngo",
        """
(Puerto Salas, 19 July 2021) - [[1:Police and private security guards forcibly evicted about 300 members of the Wayuma Indigenous community from their ancestral land in the Tarun valley on Tuesday, burning homes and destroying crops]], <<1:the Land and Life Foundation>> {{1:said}} today.

"[[2:They came at six in the morning with bulldozers. They did not show us any court order. When the elders asked to see one, a guard said, 'This is the order,' and pointed at the machine,]]" {{2:said}} <<2:Rosa Quenta>>, a Wayuma community leader.

The land is claimed by the agribusiness company Verdant Palm S.A., whose palm oil carries a "Green Harvest" sustainability label. <<3:The company>> {{3:says}} [[3:it bought the 4,000 hectares legally in 2014 from a private owner]].

In an emailed response to the foundation, <<4:Verdant Palm>> {{4:wrote}} that [[4:the eviction had been carried out "in full compliance with a judicial decision" and that "no excessive force was used"]].

The foundation's lawyer, <<5:Esteban Marín>>, {{5:said}} [[5:the judicial decision cited by the company had been suspended by a higher court in March]].

"[[6:No one has explained to us how a suspended order can be executed,]]" <<6:he>> {{6:said}}.

Under international standards, Indigenous peoples may not be removed from their lands without their free, prior and informed consent. <<7:The Land and Life Foundation>> {{7:called on}} [[7:the authorities to halt further evictions, investigate the use of force and allow the Wayuma to return]].

"[[8:Where are we supposed to go?]]" <<8,9:Quenta>> {{8,9:asked}}. "[[9:Our dead are buried in that valley.]]"

On the blackened wall of the school hut, someone had written "[[10:Tarun is not for sale]]".
""",
        {
            1: ("indirect", "Land and Life Foundation", "org-speaker"),
            2: ("direct", "Rosa Quenta", "title-apposition, nested"),
            3: ("indirect", "Verdant Palm S.A.", "org-speaker, present-tense"),
            4: ("mixed", "Verdant Palm S.A.", "org-speaker, written"),
            5: ("indirect", "Esteban Marín", "title-apposition"),
            6: ("direct", "Esteban Marín", ""),
            7: ("indirect", "Land and Life Foundation", "org-speaker"),
            8: ("direct", "Rosa Quenta", ""),
            9: ("direct", "Rosa Quenta", ""),
            10: ("direct", None, ""),
        },
    ),
    (
        21,
        "ngo",
        """
(Valmont, 8 November 2022) – <<1:The Coalition Against Capital Punishment>> (CACP) {{1:said}} today that [[1:the execution of Joseph Adeyemi on Monday was a grave injustice that should shame every official who allowed it to go ahead]].

Adeyemi, 41, was convicted of murder in 2009 on the basis of a confession <<2:he>> later retracted, {{2:saying}} [[2:police officers had beaten him for two days until he signed it]].

‘[[3:Joseph spent thirteen years telling anyone who would listen that he was innocent. The state’s answer was to kill him before a single court looked properly at how that confession was obtained,]]’ {{3:said}} <<3:Grace Okonkwo>>, CACP’s executive director.

His lawyer, <<4:Daniel Fairweather>>, {{4:said}} [[4:a petition for clemency filed in August had never received a reply]]. ‘[[5:We were told on Friday afternoon that the execution would go ahead on Monday. Not by a letter – by a phone call from a prison clerk,]]’ <<5:he>> {{5:said}}.

<<6:The Ministry of Justice>> {{6:said}} in a short statement that [[6:‘all legal remedies had been exhausted’ and that the sentence had been carried out ‘in accordance with the law’]].

Adeyemi’s sister, <<7:Ruth Adeyemi>>, {{7:said}} [[7:she had been allowed a 20-minute visit on Sunday evening]]. ‘[[8:He asked me to tell our mother, “Don’t come to the prison. Remember me at home.” So that is what I will tell her,]]’ <<8:she>> {{8:said}}.

<<9,10:CACP>> {{9:urged}} [[9:the government to declare an immediate moratorium on executions]], {{10:noting}} that [[10:at least 62 people remained on death row in Valmont]].
""",
        {
            1: ("indirect", "Coalition Against Capital Punishment", "org-speaker"),
            2: ("indirect", "Joseph Adeyemi", ""),
            3: ("direct", "Grace Okonkwo", "title-apposition"),
            4: ("indirect", "Daniel Fairweather", "title-apposition"),
            5: ("direct", "Daniel Fairweather", ""),
            6: ("mixed", "Ministry of Justice", "org-speaker"),
            7: ("indirect", "Ruth Adeyemi", "title-apposition"),
            8: ("direct", "Ruth Adeyemi", "nested"),
            9: ("indirect", "Coalition Against Capital Punishment", "org-speaker, alias"),
            10: ("indirect", "Coalition Against Capital Punishment", "org-speaker, alias"),
        },
    ),
    (
        22,
        "ngo",
        """
Sahrun: Activist Jailed for 11 Years Over Social Media Posts

(Harlow City, 27 June 2023) – [[1:A criminal court in Sahrun’s capital on Monday sentenced women’s rights activist Layla Hamdan to 11 years in prison over a series of social media posts criticising the male guardianship system]], <<1:Women’s Voices Watch>> {{1:said}} today.

“[[2:Layla Hamdan has been sentenced to more than a decade behind bars for writing what millions of women in Sahrun think,]]” {{2:said}} <<2:Nour Saleh>>, Middle East researcher at Women’s Voices Watch.

Court documents seen by the group show that prosecutors cited 14 posts, including one in which <<3:Hamdan>> {{3:wrote}}: “[[3:A grown woman should not need her son’s permission to renew her passport.]]”

<<4:Prosecutors>> {{4:argued}} that [[4:the posts amounted to “incitement to disrupt public order” and “insulting the institutions of the state”]].

<<5:Hamdan’s mother>>, who attended the hearing, {{5:said}} [[5:her daughter had been held in solitary confinement for the first three months after her arrest in 2022]].

“[[6:When the judge read the sentence, Layla turned around and smiled at me. She said, ‘Don’t let them see you cry, Mama.’ I did not cry until I reached the car,]]” <<6:she>> {{6:told}} Women’s Voices Watch.

The government’s media office did not respond to a request for comment. In the past, <<7:officials>> have {{7:insisted}} that [[7:no one in Sahrun is imprisoned for peaceful expression]].

“[[8:The government’s claim that no one is jailed for their opinions cannot survive a single reading of this judgment,]]” <<8,9:Saleh>> {{8,9:said}}. “[[9:Sahrun’s allies should say so publicly, and they should say it now.]]”

<<10:Women’s Voices Watch>> {{10:called on}} [[10:the authorities to quash the conviction and release Hamdan immediately and unconditionally]].
""",
        {
            1: ("indirect", "Women’s Voices Watch", "org-speaker"),
            2: ("direct", "Nour Saleh", "title-apposition"),
            3: ("direct", "Layla Hamdan", "written"),
            4: ("mixed", "prosecutors", ""),
            5: ("indirect", "Hamdan’s mother", ""),
            6: ("direct", "Hamdan’s mother", "nested"),
            7: ("indirect", "officials", ""),
            8: ("direct", "Nour Saleh", ""),
            9: ("direct", "Nour Saleh", ""),
            10: ("indirect", "Women’s Voices Watch", "org-speaker"),
        },
    ),
    (
        23,
        "ngo",
        """
(Kingsport, 5 October 2022) – [[1:Hundreds of migrant workers building the national stadium for next year’s Continental Games in Marrakand have not been paid for up to seven months]], the labour rights group <<1:FairWork Alliance>> {{1:said}} today after interviewing 64 workers.

<<2:The workers>>, most of them from South Asia, {{2:told}} the group that [[2:their employer, the subcontractor Redsand Building Services, had confiscated their passports and housed them twelve to a room]].

“[[3:I came here to pay back the loan for my sister’s wedding. Now I owe more than when I arrived,]]” {{3:said}} <<3:one worker>>, a 27-year-old steel fixer who asked to be identified only as Ramesh.

“[[4:When we complain, the supervisor says, ‘Go home, then.’ But he has our passports,]]” <<4:he>> {{4:added}}.

“[[5:These are not isolated cases of a rogue subcontractor. This is a system, and the organisers of the Games are at the top of it,]]” {{5:said}} <<5:Priya Raman>>, migrant rights lead at FairWork Alliance.

<<6:The Continental Games organising committee>> {{6:said}} in a statement to FairWork Alliance that [[6:it had “zero tolerance” for abuses and had asked the main contractor to ensure all wages were paid within 30 days]].

<<7,8:Redsand Building Services>> {{7:denied}} that [[7:it had withheld wages]], {{8:saying}} [[8:delays had been caused by late payments from the main contractor]].

[[9:At least 11 workers have died on the site since construction began in 2020]], {{9:according to}} <<9:the group>>.

<<10:Raman>> {{10:urged}} [[10:the national federations taking part in the Games to press the organisers publicly]].
""",
        {
            1: ("indirect", "FairWork Alliance", "org-speaker"),
            2: ("indirect", "the workers", ""),
            3: ("direct", "Ramesh", "alias, title-apposition"),
            4: ("direct", "Ramesh", "nested"),
            5: ("direct", "Priya Raman", "title-apposition"),
            6: ("mixed", "Continental Games organising committee", "org-speaker"),
            7: ("indirect", "Redsand Building Services", "org-speaker"),
            8: ("indirect", "Redsand Building Services", "org-speaker"),
            9: ("indirect", "FairWork Alliance", "org-speaker"),
            10: ("indirect", "Priya Raman", ""),
        },
    ),
    (
        24,
        "ngo",
        """
(Lindholm, 11 January 2024) – [[1:An airstrike on Wednesday night hit Saint Brigid Hospital in the city of Korvat, killing at least nine people, including two nurses]], the medical organisation <<1:Emergency Medical Corps>> (EMC) {{1:said}} on Thursday.

<<2:EMC>> {{2:said}} [[2:it had shared the hospital’s GPS coordinates with all parties to the conflict, most recently on December 28]].

Tomasz Wielicki, EMC’s field coordinator in Korvat, was in the hospital’s basement when the strike hit.

“[[3:The first explosion blew in the windows of the emergency room. The second one, about a minute later, brought down part of the maternity ward,]]” <<3,4:he>> {{3,4:said}} by telephone. “[[4:We carried patients down the stairs in the dark. Some of them were still attached to their drips.

“We worked through the night. By morning we had moved 43 patients to the basement and transferred the most critical ones to the university hospital across the river.

“Nobody who was there can tell me this was a mistake.]]”

The strike came two days after the parties agreed to a “deconfliction” mechanism for medical sites. <<5,6:Arland’s Defence Ministry>> {{5:said}} [[5:its forces had targeted “a command post used by terrorist groups” near the hospital]] and {{6:denied}} that [[6:the hospital itself had been struck]].

“[[7:There was no command post. There is a bakery next door, and it is also gone,]]” {{7:said}} <<7:Wielicki>>.

EMC’s president, <<8,9:Dr Helga Sørensen>>, {{8:called}} [[8:the attack “a flagrant violation of international humanitarian law”]] and {{9:said}} [[9:the organisation was suspending surgery in Korvat until it received guarantees that the hospital would not be targeted again]].

“[[10:We ask one thing of the parties: do not attack hospitals. It should not be so difficult,]]” <<10:she>> {{10:said}}.
""",
        {
            1: ("indirect", "Emergency Medical Corps", "org-speaker"),
            2: ("indirect", "Emergency Medical Corps", "org-speaker, alias"),
            3: ("direct", "Tomasz Wielicki", ""),
            4: ("direct", "Tomasz Wielicki", ""),
            5: ("mixed", "Arland Defence Ministry", "org-speaker"),
            6: ("indirect", "Arland Defence Ministry", "org-speaker"),
            7: ("direct", "Tomasz Wielicki", ""),
            8: ("mixed", "Helga Sørensen", "title-apposition"),
            9: ("indirect", "Helga Sørensen", "title-apposition"),
            10: ("direct", "Helga Sørensen", ""),
        },
    ),
    (
        25,
        "ngo",
        """
(Carrowmore, 3 April 2024) – <<1:The Digital Liberty Forum>> (DLF) today {{1:urged}} [[1:members of parliament to reject the Communications Security Bill]], which would require messaging services to scan users’ private messages for illegal content before they are encrypted.

‘[[2:This bill would put a government-approved spy in every phone in the country. There’s no such thing as a back door that only the good guys can use,]]’ {{2:said}} <<2:Siobhán Keane>>, policy director at DLF.

<<3:The Interior Department>> has {{3:argued}} that [[3:the scanning powers are needed to combat child abuse and terrorism and will be used only ‘in the most serious cases’]].

Interior Minister <<4:Callum Breslin>> {{4:told}} parliament last week: ‘[[4:Nobody’s holiday photos are going to be read by a civil servant. That’s a fantasy put about by people who haven’t read the bill.]]’

<<5,6:Keane>> {{5:said}} [[5:the minister’s assurance was ‘worth exactly as much as the paper it is not written on’]], {{6:pointing out}} that [[6:the bill itself contains no requirement that scanning be limited to serious cases]].

More than 40 cryptographers and computer scientists have signed an open letter against the bill. ‘[[7:It is mathematically impossible to build a scanning system that only ever finds what it is supposed to find,]]’ <<7:the letter>> {{7:stated}}.

One of the signatories, <<8:Professor Amir Tehrani>> of the University of Carrowmore, {{8:explained}} that [[8:any system capable of detecting known abuse images could be quietly updated to look for political symbols, leaked documents or the faces of protesters]].

‘[[9:You don’t need to believe the current government would abuse it. You only need to believe that some future government might,]]’ <<9:he>> {{9:said}}.

The bill returns to parliament for its second reading on 16 April.
""",
        {
            1: ("indirect", "Digital Liberty Forum", "org-speaker"),
            2: ("direct", "Siobhán Keane", "title-apposition"),
            3: ("mixed", "Interior Department", "org-speaker"),
            4: ("direct", "Callum Breslin", "title-prefix"),
            5: ("mixed", "Siobhán Keane", ""),
            6: ("indirect", "Siobhán Keane", ""),
            7: ("direct", "more than 40 cryptographers and computer scientists", "document-speaker"),
            8: ("indirect", "Amir Tehrani", "title-apposition"),
            9: ("direct", "Amir Tehrani", ""),
        },
    ),
    (
        26,
        "ngo",
        """
(Joint statement, 20 November 2023) – <<1,2:Twelve human rights and humanitarian organisations>> today {{1:called on}} [[1:the government of Mesland to stop the mass expulsion of undocumented workers to neighbouring Corrin]], {{2:warning}} that [[2:thousands of people, including children born in Mesland, are being deported without any individual assessment]].

Since September, [[3:Meslandi authorities have expelled more than 18,000 people]], {{3:according to}} <<3:the International Migration Office>>.

<<4:The groups>> {{4:said}} [[4:they had documented cases in which police officers tore up residence permits during raids on workers’ dormitories]].

“[[5:We have spoken to mothers who were put on buses while their children were still at school. Nobody told the schools. Nobody told the children,]]” {{5:said}} <<5:Olamide Bakare>>, Mesland director of Action for Migrants, one of the signatories.

Mesland’s interior minister, <<6:Gerd Hollis>>, has {{6:insisted}} that [[6:the expulsions are lawful and target only people with no right to remain]]. At a news conference on Friday, <<7:he>> {{7:said}}: “[[7:Mesland welcomes those who come legally. The rest must leave, and they will leave.]]”

<<8,9:The organisations>> {{8:noted}} that [[8:Corrin has no reception facilities for returnees]] and {{9:asked}} [[9:the UN refugee agency to be given access to the border crossing at Vell]].

The signatories are listed below.
""",
        {
            1: ("indirect", "twelve human rights and humanitarian organisations", "org-speaker"),
            2: ("indirect", "twelve human rights and humanitarian organisations", "org-speaker"),
            3: ("indirect", "International Migration Office", "org-speaker"),
            4: ("indirect", "twelve human rights and humanitarian organisations", "org-speaker"),
            5: ("direct", "Olamide Bakare", "title-apposition"),
            6: ("indirect", "Gerd Hollis", "title-apposition"),
            7: ("direct", "Gerd Hollis", ""),
            8: ("indirect", "twelve human rights and humanitarian organisations", "org-speaker"),
            9: ("indirect", "twelve human rights and humanitarian organisations", "org-speaker"),
        },
    ),
    (
        27,
        "ngo",
        """
(Calanthe, 15 September 2020) – [[1:A fire that swept through the Moravo refugee camp overnight destroyed the shelters of about 9,000 people]], <<1:Shelter Relief International>> {{1:said}} on Wednesday.

«[[2:Families who had already lost everything once have now lost everything twice. People are sleeping on the road between the camp and the town, with nothing but the clothes they fled in]]», {{2:said}} <<2:Marisol Ortega>>, the organisation’s emergency coordinator on Calanthe.

«[[3:The children keep asking, “Where do we sleep tonight?” and we do not have an answer for them yet]]», <<3:Ortega>> {{3:added}}.

The cause of the fire was not immediately clear. The island’s police chief, <<4:Stavros Dimou>>, {{4:said}} [[4:investigators were examining whether it had been started deliberately]], while <<5:the Migration Ministry>> {{5:said}} [[5:it would send tents for 3,000 people by Friday]].

Calanthe’s mayor, <<6,7:Eleni Vasilaki>>, {{6:told}} local radio that [[6:the island «cannot carry this alone»]] and {{7:urged}} [[7:the government to transfer the camp’s residents to the mainland]].

<<8:Shelter Relief International>> {{8:warned}} that [[8:the lack of water and sanitation in the makeshift sites could lead to outbreaks of disease within days]].

A handwritten sign propped against the burnt-out gate of the camp bore the words «[[9:We are still here]]».
""",
        {
            1: ("indirect", "Shelter Relief International", "org-speaker"),
            2: ("direct", "Marisol Ortega", "title-apposition"),
            3: ("direct", "Marisol Ortega", "nested"),
            4: ("indirect", "Stavros Dimou", "title-apposition"),
            5: ("indirect", "Migration Ministry", "org-speaker"),
            6: ("mixed", "Eleni Vasilaki", "title-apposition"),
            7: ("indirect", "Eleni Vasilaki", "title-apposition"),
            8: ("indirect", "Shelter Relief International", "org-speaker"),
            9: ("direct", None, ""),
        },
    ),
    (
        28,
        "ngo",
        """
(Ardmore, 30 August 2022) – [[1:Relatives of at least 230 people who disappeared after being detained by security forces in the northern province of Kelm since 2019 are still waiting for answers]], <<1:the Truth and Memory Foundation>> {{1:said}} in a report released today.

The report, “Where Is My Son?”, is based on interviews with 71 families.

<<2:Farida Osmani>>, whose son Jamal, then 19, was taken from the family’s shop in Kelm city by men in uniform in March 2020, {{2:said}} [[2:she had visited every police station, military base and prosecutor’s office in the province]].

“[[3:At one base, an officer looked at the photograph of my son for a long time and then said, ‘We do not keep lists.’ Not ‘he is not here.’ Not ‘we do not know him.’ Only, ‘We do not keep lists,’]]” <<3:she>> {{3:said}}.

“[[4:Every family we spoke to described the same wall of silence,]]” {{4,5:said}} <<4,5:Dr Ravi Menon>>, the foundation’s research director. “[[5:The authorities have the records. What they lack is the will to open them.]]”

<<6:The provincial governor’s office>> {{6:told}} the foundation in writing that [[6:“most of the persons listed” had left the country to join armed groups]].

<<7,8:Menon>> {{7:said}} [[7:the foundation had found no evidence to support that claim]] and {{8:noted}} that [[8:in at least 40 cases, witnesses had seen the person in custody weeks after the arrest]].

<<9:The foundation>> {{9:urged}} [[9:the national parliament to pass a long-delayed law making enforced disappearance a crime]].

“[[10:I am not asking for revenge. I am asking for a grave to visit,]]” <<10:Osmani>> {{10:said}}.
""",
        {
            1: ("indirect", "Truth and Memory Foundation", "org-speaker"),
            2: ("indirect", "Farida Osmani", ""),
            3: ("direct", "Farida Osmani", "nested"),
            4: ("direct", "Ravi Menon", "title-apposition"),
            5: ("direct", "Ravi Menon", "title-apposition"),
            6: ("mixed", "Kelm provincial governor’s office", "org-speaker, written"),
            7: ("indirect", "Ravi Menon", ""),
            8: ("indirect", "Ravi Menon", ""),
            9: ("indirect", "Truth and Memory Foundation", "org-speaker"),
            10: ("direct", "Farida Osmani", ""),
        },
    ),
    (
        44,
        "ngo",
        """
(Brzana, 6 June 2023) – [[1:Police detained 17 activists on Monday who had chained themselves to harvesting machines in the Silvern Forest, one of the last remnants of lowland primeval forest in the region]], <<1:the Forest Guardians Collective>> {{1:said}}.

„[[2:These trees were standing when the first kings were crowned. They are being turned into pallets]]” – {{2:said}} <<2:Agata Wróbel>>, a spokesperson for the collective.

<<3:The State Forestry Board>> {{3:maintains}} that [[3:the logging is a „sanitary” measure to stop the spread of bark beetle]].

<<4:Professor Emil Sadowski>> of the Brzana Institute of Botany {{4:wrote}} in an open letter that [[4:removing old trees would „do more damage to the forest than the beetle ever could”]].

One of the detained activists, <<5:Kacper Lis>>, 24, {{5:said}} after his release: „[[5:The officer asked me, ‘Are you from here?’ I said yes, I was born four kilometres away. He did not believe me]]”.

<<6:The collective>> {{6:called on}} [[6:the environment minister to suspend all logging in the forest pending a ruling by the Regional Court]], which is expected in July.

A forestry board spokesman, <<7:Marek Zając>>, {{7:told}} local media that [[7:the activists had put themselves „and our workers” in danger]].

„[[8:Nobody is against protest. But you do not climb onto a running machine]]” – <<8:he>> {{8:said}}.
""",
        {
            1: ("indirect", "Forest Guardians Collective", "org-speaker"),
            2: ("direct", "Agata Wróbel", "title-apposition"),
            3: ("mixed", "State Forestry Board", "org-speaker, present-tense"),
            4: ("mixed", "Emil Sadowski", "written"),
            5: ("direct", "Kacper Lis", "nested"),
            6: ("indirect", "Forest Guardians Collective", "org-speaker"),
            7: ("mixed", "Marek Zając", "title-apposition"),
            8: ("direct", "Marek Zając", ""),
        },
    ),
]
