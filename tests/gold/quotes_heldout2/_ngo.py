# ruff: noqa: E501
"""Second held-out set, NGO press releases (invented): "said Jane Doe, director at Group", calls to action.

Markup and metadata are explained in ../quotes/build_gold.py.
"""

DOCS = [
    (
        5,
        "ngo",
        """
Tamsaria: Halt Evictions of Fishing Villages for Resort Project

Families Given Ten Days’ Notice, No Compensation Offered

(Geneva, March 5, 2025) – [[1:The Tamsarian authorities should immediately suspend the eviction of more than 3,000 people from four fishing villages on the Ambrel coast to make way for a luxury resort]], <<1:the Shoreline Justice Collective>> (SJC) {{1:said}} today.

[[2:Bulldozers demolished at least 140 homes in the village of Pesqueira on February 18 and 19]], {{2:according to}} <<2:SJC>>, which analysed satellite images and interviewed 37 residents. The group’s 48-page report, “Sand Under Our Feet: Evictions on the Ambrel Coast,” was released today.

<<3:Marta Quiñones>>, a 52-year-old fish trader from Pesqueira, {{3:told}} SJC:

“[[3:They came at six in the morning with a paper nobody could read. My neighbour asked the officer, ‘Where do we go?’ He said, ‘That is not my problem.’

“By nine o’clock my house was gone. My boat is still on the beach, but the beach now has a fence, and the fence has a guard.]]”

<<4:She>> {{4:said}} [[4:her family had received no offer of compensation or other housing]].

<<5:The Ministry of Tourism and Coastal Development>> {{5:said}} in a written response to SJC that [[5:the residents were “illegal occupants of state land” who had been given “ample notice”]].

“[[6:These families have fished this coast for five generations. Calling them squatters does not make their eviction lawful,]]” {{6,7:said}} <<6,7:Jonah Abernethy-Lowe>>, coastal rights director at SJC. “[[7:A resort can be built somewhere else. A village cannot.]]”

Under international human rights law, evictions are permitted only as a last resort, after genuine consultation and with adequate compensation and alternative housing for those affected.

The resort’s developer, Halcyon Shores Holdings, did not respond to SJC’s request for comment. <<8:A spokesperson for Halcyon Shores Holdings>> {{8:told}} local media in January that [[8:the project would create 2,000 jobs]]. [[9:Only 12 of those jobs have so far been advertised locally]], <<9:residents>> {{9:said}}.

<<10:SJC>> {{10:urged}} [[10:the government to halt all demolitions, provide emergency shelter to displaced families and hold genuine consultations with the affected communities]].

At a protest in Pesqueira on March 1, women held up a fishing net painted with the words “[[11:The sea is not for sale]]”.

“[[12:If the resort is such good news for Pesqueira, why did it have to arrive with bulldozers?]]” {{12:asked}} <<12:Abernethy-Lowe>>.
""",
        {
            1: ("indirect", "Shoreline Justice Collective", "org-speaker"),
            2: ("indirect", "Shoreline Justice Collective", "org-speaker, alias"),
            3: ("direct", "Marta Quiñones", "nested"),
            4: ("indirect", "Marta Quiñones", ""),
            5: ("mixed", "Ministry of Tourism and Coastal Development", "org-speaker, written"),
            6: ("direct", "Jonah Abernethy-Lowe", "title-apposition"),
            7: ("direct", "Jonah Abernethy-Lowe", "title-apposition"),
            8: ("indirect", "a spokesperson for Halcyon Shores Holdings", ""),
            9: ("indirect", "residents", ""),
            10: ("indirect", "Shoreline Justice Collective", "org-speaker, alias"),
            11: ("direct", None, ""),
            12: ("direct", "Jonah Abernethy-Lowe", ""),
        },
    ),
    (
        6,
        "ngo",
        """
Valdoria: Independent Inquiry Needed Into Death in Custody

Student Died 14 Hours After Arrest at Fare Protest

(Bern, October 14, 2024) – <<1:Custody Watch International>> today {{1:called for}} [[1:a prompt, independent and transparent investigation into the death of Elias Moncada, a 23-year-old student who died in police custody in the city of Ferrona on October 6]].

[[2:Moncada was arrested at a protest against bus fare increases on the evening of October 5 and was found unresponsive in a cell at Ferrona Central police station about 14 hours later]], {{2:according to}} his lawyer, <<2:Beatriz Olmedo>>.

<<3:The Ferrona police department>> {{3:said}} in a statement on October 7 that [[3:Moncada had “collapsed suddenly” in his cell and that officers had immediately called an ambulance]].

<<4:His family>> {{4:says}} [[4:photographs taken at the morgue show bruising on his face, wrists and ribs]]. “[[5:They told us he fell ill. An illness does not break three ribs,]]” {{5:said}} <<5:Rafael Moncada>>, Elias’s older brother.

<<6:A preliminary autopsy report>> {{6:states}} that [[6:the cause of death is “pending toxicology”]]. The report, prepared by the Ferrona Institute of Forensic Medicine and seen by Custody Watch International, also records bruising to the face and torso.

<<7:Two men held in a neighbouring cell>>, who were released the next day and asked not to be named, {{7:told}} Custody Watch International that [[7:they had heard shouting and the sound of blows for about 20 minutes]]. “[[8:Then it went quiet, and that was worse,]]” <<8:they>> {{8:said}}.

“[[9:An independent investigation is not a favour to the family. It is the state’s legal obligation whenever someone dies in its hands,]]” {{9:said}} <<9:Corinne Baptiste>>, senior researcher at Custody Watch International.

[[10:The officers on duty that night have been moved to desk jobs]], <<10:a police spokesman>> {{10:told}} reporters on October 9. The investigation, however, remains with the same police district.

<<11:The SCIU>>, which handles complaints against police officers, {{11:said}} [[11:it had opened a file but could not act until the police had finished their own inquiry]].

<<12:Olmedo>> has {{12:asked}} the prosecutor’s office whether [[12:the cameras in the station’s cell block were working that night]]. She has received no answer.

Custody Watch International has documented at least 11 deaths in Valdorian police custody since 2021, none of which led to a conviction, in its 2023 report “Closed Doors”. The Ferrona protests, known locally as the “fare revolt”, began in late September.

On Saturday, students held a vigil outside Ferrona Central, lighting candles beneath a bedsheet painted with the question “[[13:Who was on duty?]]”

<<14:Custody Watch International>> {{14:urged}} [[14:the justice minister, Aurelio Pacheco, to transfer the case to the national prosecutor’s office]].
""",
        {
            1: ("indirect", "Custody Watch International", "org-speaker"),
            2: ("indirect", "Beatriz Olmedo", "title-apposition"),
            3: ("mixed", "Ferrona police department", "org-speaker"),
            4: ("indirect", "Moncada’s family", "present-tense"),
            5: ("direct", "Rafael Moncada", ""),
            6: ("mixed", "Ferrona Institute of Forensic Medicine", "org-speaker, document-speaker, present-tense"),
            7: ("indirect", "two men held in a neighbouring cell", ""),
            8: ("direct", "two men held in a neighbouring cell", ""),
            9: ("direct", "Corinne Baptiste", "title-apposition"),
            10: ("indirect", "a police spokesman", ""),
            11: ("indirect", "SCIU", "org-speaker"),
            12: ("indirect", "Beatriz Olmedo", "indirect-question"),
            13: ("direct", None, ""),
            14: ("indirect", "Custody Watch International", "org-speaker"),
        },
    ),
    (
        7,
        "ngo",
        """
Corvath: Chromium in River Water Endangers 40,000 People

Tanneries Keep Discharging Waste Despite Court Order

(Selvik, May 20, 2025) – <<1:The Clean Rivers Initiative>> (CRI) {{1:said}} today that [[1:tanneries in Corvath’s Ossel valley are still pumping untreated waste into the Rivenne river, six months after a court ordered them to stop]].

[[2:Water samples taken downstream of the Ossel industrial zone in April contained hexavalent chromium at up to 37 times the national safety limit]], {{2:according to}} <<2:an independent laboratory commissioned by CRI>>.

<<3:Farmers in the villages of Dunmere and Abbotsfeld>> {{3:told}} CRI [[3:they had stopped irrigating their fields with river water]].

“[[4:My grandfather fished in that river and my father watered his potatoes from it. I won’t let my grandchildren put a toe in it,]]” {{4,5:said}} <<4,5:Bertil Amundsen>>, 70, who farms near Dunmere. “[[5:Some mornings the water comes out of the hose blue-green. What kind of water is blue-green?]]”

<<6:The 70-year-old>> {{6:said}} [[6:he had written to the Ossel Regional Environment Agency three times since 2023 and had never received a reply]].

In November 2024, the Selvik Administrative Court ordered the agency to suspend the discharge permits of seven tanneries. <<7:The agency>> {{7:told}} CRI in a letter dated May 2 that [[7:the suspensions had been “implemented in full”]].

But CRI researchers filmed dark effluent pouring from a pipe behind one of the seven plants on May 9. The footage, which the group has titled “Pipe 4, Friday Morning,” is published with this release.

<<8:The Ossel Tanners’ Association>>, which represents 22 tanneries, {{8:said}} in a statement that [[8:its members had invested “millions” in treatment plants and that the chromium could come from “historic” pollution in riverbed sediment]].

“[[9:Historic pollution does not turn up in a sample on a Tuesday and vanish by the Friday,]]” {{9:said}} <<9:Dr Halima Serwaa-Lind>>, a toxicologist who reviewed the results for CRI.

A resident of Abbotsfeld, <<10:Greta Holm>>, {{10:posted}} a video of the discoloured water on social media with the caption “[[10:Guess the colour of the river today]]”.

<<11:CRI>> {{11:called on}} [[11:the agency to close any tannery found discharging untreated waste and to publish its monitoring data every week]].

“[[12:The court has done its job. Now the agency has to do its job, or explain to 40,000 people why it won’t,]]” {{12:said}} <<12:Ansgar Mihailescu>>, campaigns director at the Clean Rivers Initiative.
""",
        {
            1: ("indirect", "Clean Rivers Initiative", "org-speaker"),
            2: ("indirect", "an independent laboratory commissioned by CRI", "org-speaker"),
            3: ("indirect", "farmers in the villages of Dunmere and Abbotsfeld", ""),
            4: ("direct", "Bertil Amundsen", ""),
            5: ("direct", "Bertil Amundsen", ""),
            6: ("indirect", "Bertil Amundsen", "epithet"),
            7: ("mixed", "Ossel Regional Environment Agency", "org-speaker, written"),
            8: ("mixed", "Ossel Tanners’ Association", "org-speaker"),
            9: ("direct", "Halima Serwaa-Lind", "title-apposition"),
            10: ("direct", "Greta Holm", "written"),
            11: ("indirect", "Clean Rivers Initiative", "org-speaker, alias"),
            12: ("direct", "Ansgar Mihailescu", "title-apposition"),
        },
    ),
    (
        8,
        "ngo",
        """
Marvessa: Migrant Workers Unpaid for Months on Expo Site

Subcontractor Withholds Wages and Passports; Organisers Must Act

(Port Celene, September 9, 2024) – [[1:Hundreds of migrant construction workers building the main pavilion for next year’s Marvessa World Expo have not been paid for up to five months]], <<1:Labour Justice Now>> {{1:said}} in a report published today.

The 36-page report, “Building the Future on Empty Pockets,” is based on interviews with 64 workers employed by Tessaro Contracting, a subcontractor on the pavilion. <<2:Workers>> {{2:said}} [[2:the company had kept their passports since they arrived and had told them they could not leave before their contracts ended]].

<<3:A 29-year-old steel fixer>>, who asked that his name not be used for fear of reprisals, {{3:said}}:

“[[3:In March the supervisor told us, ‘Next week, next week.’ In April he stopped saying anything. We borrowed from a shop near the camp to eat, and now the shopkeeper will not lend any more.

“My mother thinks I send nothing home because I have forgotten her. How do I tell her that I have been working for free?]]”

[[4:Payroll records shared with the group show no wage payments to 212 workers since April]], {{4:according to}} <<4:Labour Justice Now>>.

<<5:A Tessaro supervisor>> {{5:wrote}} in a message to a workers’ group chat on August 2, which Labour Justice Now has seen: “[[5:Anyone who stops work will be sent home with no salary. No discussion.]]”

<<6:Tessaro Contracting>> {{6:said}} in an emailed reply that [[6:late payments from the main contractor had caused “temporary cash-flow difficulties” and that all wages would be paid “in the coming weeks”]]. The main contractor, <<7:Halvard-Mensa Construction>>, {{7:denied}} that [[7:it owed Tessaro any money]].

<<8:The Marvessa Expo Authority>> (MEA), which awarded the pavilion contract, {{8:said}} [[8:it was “deeply concerned” and had asked both companies for an explanation]].

“[[9:Being concerned is not a plan. The MEA can pay these workers directly and recover the money from the contractor later,]]” {{9,10:said}} <<9,10:Nasrin Qadiri-Holt>>, migrant rights researcher at Labour Justice Now. “[[10:Every week it waits, the workers sink further into debt.]]”

<<11:The MEA>> {{11:says}} on its website that [[11:the Expo will be “the fairest and most sustainable event in the region’s history”]].

Labour Minister <<12:Sabri Tolun>> {{12:told}} reporters last week that [[12:inspectors would visit the site]], but <<13:Labour Justice Now>> {{13:said}} [[13:no inspection had taken place as of September 6]].

<<14:Labour Justice Now>> {{14:urged}} [[14:the MEA to guarantee that all outstanding wages are paid by the end of September and that every worker gets back his or her passport]].
""",
        {
            1: ("indirect", "Labour Justice Now", "org-speaker"),
            2: ("indirect", "workers", ""),
            3: ("direct", "a 29-year-old steel fixer", "nested"),
            4: ("indirect", "Labour Justice Now", "org-speaker"),
            5: ("direct", "a Tessaro supervisor", "written"),
            6: ("mixed", "Tessaro Contracting", "org-speaker, written"),
            7: ("indirect", "Halvard-Mensa Construction", "org-speaker"),
            8: ("mixed", "Marvessa Expo Authority", "org-speaker"),
            9: ("direct", "Nasrin Qadiri-Holt", "title-apposition"),
            10: ("direct", "Nasrin Qadiri-Holt", "title-apposition"),
            11: ("mixed", "Marvessa Expo Authority", "org-speaker, alias, present-tense, written"),
            12: ("indirect", "Sabri Tolun", "title-prefix"),
            13: ("indirect", "Labour Justice Now", "org-speaker"),
            14: ("indirect", "Labour Justice Now", "org-speaker"),
        },
    ),
]
