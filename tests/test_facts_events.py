"""Events, counts and places from invented sentences: what the extractor must get right."""

from datetime import date

import pytest

from sourcetrace.facts.counts import ages_in, number_value
from sourcetrace.facts.events import Event, extract, parse
from sourcetrace.facts.places import country_of, country_of_demonym
from sourcetrace.nlp import load

PUBLISHED = date(2021, 6, 10)


def events_of(text: str) -> list[Event]:
    return extract(parse(load(), text), PUBLISHED).events


def only(events: list[Event], type_name: str) -> Event:
    found = [e for e in events if e.type == type_name]
    assert len(found) == 1, [(e.type, e.trigger_text) for e in events]
    return found[0]


@pytest.mark.parametrize(("words", "value"), [("seven", 7), ("twenty-three", 23), ("1,200", 1200),
                                               ("two hundred", 200), ("12", 12)])
def test_number_words(words: str, value: int) -> None:
    assert number_value(words) == value


def test_ages_are_ranges() -> None:
    ages = ages_in("a 10-year-old girl and a pre-teen boy, aged 15")
    assert [(a.low, a.high) for a in ages] == [(10, 10), (9, 12), (15, 15)]


def test_places_know_their_country() -> None:
    assert country_of("Liaoning province") == "China"
    assert country_of("Shenyang City") == "China"
    assert country_of("Mersin") == "Turkey"
    assert country_of("Varno") is None
    assert country_of_demonym("Chinese") == "China"


def test_a_detention_with_its_arguments() -> None:
    event = only(events_of("Border police detained three women, two men and a 9-year-old boy in Yunnan province "
                           "on June 2, the group said."), "detention")
    assert event.happened and event.specific
    assert event.count is not None and event.count.value == 6
    assert event.place is not None and (event.place.name, event.place.country) == ("Yunnan province", "China")
    assert event.date is not None and event.date.value.label() == "2021-06-02"
    assert {p.role for p in event.participants} == {"authority", "victim"}
    assert [(a.low, a.high) for a in event.ages] == [(9, 9)]


def test_passive_with_agent() -> None:
    event = only(events_of("The seven were arrested by Chinese police in Shenyang last week."), "detention")
    assert event.count.value == 7
    assert [p.text for p in event.participants if p.role == "authority"] == ["Chinese police"]
    assert event.date.value.label() == "2021-06-03/2021-06-09"


@pytest.mark.parametrize(("sentence", "type_name"), [
    ("Thailand should not deport the nine refugees.", "forced_return"),
    ("They face a grave risk of torture if returned.", "torture"),
    ("The group urged the authorities to release the students.", "release"),
    ("Officials denied that anyone was detained.", "detention"),
    ("The court will sentence him next month.", "imprisonment"),
    ("Any refugee deported to Myanmar would be in danger.", "forced_return"),
    ("He will stay in prison until he is deported.", "forced_return"),
    ("They urged Thailand to free him before he is sent back.", "forced_return"),
    ("The prosecutor said that no police officer had detained the group.", "detention"),
    ("“Nobody beat me,” she said.", "torture"),
    ("The ministry says no Syrian was deported against his will last year.", "forced_return"),
    ("No one has been convicted of his killing.", "imprisonment"),
    ("“I thought they had killed him,” said his mother.", "killing"),
])
def test_events_that_did_not_happen(sentence: str, type_name: str) -> None:
    assert not only(events_of(sentence), type_name).happened


@pytest.mark.parametrize(("sentence", "type_name", "trigger"), [
    ("The authorities must release all nine and investigate the beating of Dara Vell.", "torture", "beating"),
    ("Their families were not told of the executions in advance.", "killing", "executions"),
    ("He had not been informed of the deportation and has since lost contact with his wife.", "disappearance",
     "lost contact with"),
    ("The group called on the government to withdraw the regulations.", "policy", "regulations"),
    ("Under a government regulation that took effect in January, police can hold foreigners for 90 days.",
     "policy", "regulation"),
    ("The group urged the authorities to end the expulsions and to investigate the deaths.", "death", "deaths"),
    ("Dorn said he would sue the state over the beatings he suffered at the police post.", "torture", "beatings"),
    ("The group calls on the army to release those still held at the base.", "detention", "held"),
    ("On Thursday a magistrate ordered him remanded in custody for seven days.", "detention", "custody"),
    ("The group urges the authorities to allow relatives to visit those still in custody.", "detention", "custody"),
    ("We urge the authorities to release everyone detained for taking part in the protest.", "detention",
     "detained"),
    ("Guinea must end impunity for the Kankan killings.", "killing", "killings"),
    ("“They beat him until he died,” his sister said.", "death", "died"),
    ("No one has been convicted of his killing.", "killing", "killing"),
    ("His family did not know his whereabouts until state media announced that he had been arrested.",
     "detention", "arrested"),
    ("The network said it had asked Thai officials for access to him in the days before he was sent back.",
     "forced_return", "sent back"),
    ("Thai police detain Cambodian activist couple; rights groups fear deportation", "detention", "detain"),
])
def test_facts_presupposed_by_a_call_or_a_denial_happened(sentence: str, type_name: str, trigger: str) -> None:
    event = only(events_of(sentence), type_name)
    assert event.trigger_text == trigger and event.happened


def test_a_reported_fact_inside_a_call_happened() -> None:
    events = events_of("The group called for an investigation into the beating of the detained students.")
    assert only(events, "torture").happened
    assert only(events, "statement").happened


@pytest.mark.parametrize("sentence", [
    "Visitors queued outside the Kestra Detention Centre.",
    "Funerals for the victims were held on Wednesday.",
    "Relatives held a vigil outside the court.",
    "Nobody has been held to account for the shooting.",
    "The Committee against Torture met in Geneva.",
    "The detainees were moved to another wing.",
    "The ministry released a report on Monday.",
    "She returned home voluntarily after the talks.",
])
def test_names_and_look_alikes_are_not_events(sentence: str) -> None:
    assert [(e.type, e.trigger_text) for e in events_of(sentence) if e.type != "statement"] == []


def test_background_case_keeps_its_own_date() -> None:
    events = events_of("In July 2017, an official and about 10 others were caught by police in Yunnan Province. "
                       "While being held, the official, his wife and his three children took their own lives.")
    caught = next(e for e in events if e.trigger_text == "caught")
    died = only(events, "death")
    assert caught.date.value.label() == "2017-07"
    assert died.count.value == 5


def test_general_statements_are_not_cases() -> None:
    event = only(events_of("China routinely repatriates North Koreans under a 1986 protocol."), "forced_return")
    assert event.happened and not event.specific


@pytest.mark.parametrize(("sentence", "type_name"), [
    ("When the families could not pay, officers beat all four men with sticks, the friends said.", "torture"),
    ("Within days, according to relatives, most of them had been deported to Syria.", "forced_return"),
    ("Their whereabouts are unknown, and their families have been turned away from police stations.",
     "disappearance"),
    ("Survivors said they had been caught in July and returned to a detention centre in Tripoli, where guards "
     "beat them.", "torture"),
    ("A post-mortem report records 14 injuries on Tanvir's body, including bruising consistent with beating.",
     "torture"),
    ("Relatives who identified her body said it bore marks of beatings and cigarette burns.", "torture"),
])
def test_people_counted_or_told_of_are_a_case(sentence: str, type_name: str) -> None:
    event = only(events_of(sentence), type_name)
    assert event.happened and event.specific


@pytest.mark.parametrize(("sentence", "type_name"), [
    ("Most of those who return are tortured.", "torture"),
    ("Some North Koreans have taken their lives.", "death"),
    ("She knew of five people sent home. “Every one of them disappeared into the system,” she said.", "disappearance"),
])
def test_quantified_people_in_a_practice_are_no_case(sentence: str, type_name: str) -> None:
    assert not only(events_of(sentence), type_name).specific


def test_a_date_of_birth_never_dates_an_event() -> None:
    detained = only(events_of("Police detained the journalist, born in 1988, in Khujand on 3 March."), "detention")
    assert detained.date.value.label() == "2021-03-03"


def _own_cases(text: str) -> list[tuple[str, int | None]]:
    from sourcetrace.facts.extract import own_cases

    doc = parse(load(), text)
    events = extract(doc, PUBLISHED).events
    people = [(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"]
    return [(e.trigger_text, case) for e, case in zip(events, own_cases(events, text, PUBLISHED, people), strict=True)]


def test_one_persons_arrest_years_ago_and_death_now_are_one_case() -> None:
    """The victim named by both events binds them, whatever the dates; another person's older
    death, recounted in its own paragraph, stays a case of its own."""
    cases = _own_cases("Samir Haddad, a 27-year-old student, died in Tora prison on 5 June, his family said.\n\n"
                       "Haddad was arrested at his home in Giza in February 2019 over posts about bread prices.\n\n"
                       "In January 2019, a former member of parliament, Mostafa Ezzat, died in another prison.")
    assert cases == [("died", 0), ("arrested", 0), ("died", 1)]


def test_the_same_kind_of_event_another_day_in_another_town_is_another_case() -> None:
    """A release about one abduction that also tells of a second one, two days later elsewhere."""
    cases = _own_cases("Police seized four members of a clean-air campaign in Nakuru on 5 June.\n\n"
                       "The group also raised the case of a cartoonist, Elias Kiptoo, whom armed men abducted "
                       "from his home in Eldoret on 7 June.")
    assert [case for _, case in cases] == [0, 1]


@pytest.mark.parametrize("sentence", [
    "He is held incommunicado in the Kestra Detention Centre.",
    "The two journalists remain in police custody in Varno.",
    "A judge ordered the release of everyone held at the border post since May.",
])
def test_people_held_or_in_custody_are_detained(sentence: str) -> None:
    assert any(e.type == "detention" for e in events_of(sentence)), [(e.type, e.trigger_text)
                                                                      for e in events_of(sentence)]


def test_other_named_people_at_the_same_time_are_another_case() -> None:
    """Two arrests of the same month, recounted as background, naming different people."""
    cases = _own_cases("Police in Varno detained four activists on 3 June.\n\n"
                       "Maria Lopez and John Peters were arrested in Varno in November 2020 after a protest.\n\n"
                       "In November 2020, police also detained Elias Sang, a cartoonist, in Eldoret.")
    assert [case for _, case in cases] == [0, 1, 2]


def test_other_people_in_another_town_that_week_are_another_case() -> None:
    """A report on a cartoonist abducted in one town mentions activists missing in another the same week."""
    cases = _own_cases("A Varnian cartoonist who was abducted in the western city of Eldoret last week says his "
                       "captors beat him.\n\n"
                       "Earlier this month, four environmental activists went missing in the city of Nakuru.")
    assert [case for _, case in cases if _ != "beat"] == [0, 1]


def test_a_look_alike_is_told_apart_from_the_towns_the_case_names() -> None:
    """The main case's town is stated without a date, its date without a town; a detention two days
    later in another town is another case."""
    cases = _own_cases("Four workers of a community radio station were detained in Barquisimeto.\n\n"
                       "Intelligence agents arrested the four workers on 1 June.\n\n"
                       "Police also arrested a freelance reporter at his home in Maracaibo on 3 June.")
    assert [case for _, case in cases] == [0, 0, 1]


def test_an_undated_event_joins_the_case_whose_victims_it_describes() -> None:
    cases = _own_cases("Police arrested the reporter Kell Dornavar in Kisumu on 5 June.\n\n"
                       "On 3 June, officers detained four workers of a community radio station in Nakuru.\n\n"
                       "Two of the four radio workers were later released.")
    assert [case for _, case in cases] == [0, 1, 1]


def test_a_place_named_after_city_of_is_the_events_place() -> None:
    detained = only(events_of("Armed men abducted a cartoonist in the western city of Eldoret on 7 June."), "detention")
    assert detained.place is not None and detained.place.name == "Eldoret" and detained.place.country == "Kenya"


def test_a_month_is_never_a_place() -> None:
    extradited = only(events_of("Both men were extradited to Uzbekistan in March."), "forced_return")
    assert extradited.place is not None and extradited.place.name == "Uzbekistan"


def test_where_the_first_of_two_joined_verbs_happened_is_where_the_second_did() -> None:
    detained = only(events_of("Agents raided a community radio station in Barquisimeto on Tuesday and detained "
                              "three journalists."), "detention")
    assert detained.place is not None and detained.place.name == "Barquisimeto"


def test_the_town_of_a_name_is_a_place_the_gazetteer_need_not_know() -> None:
    died = only(events_of("At least 12 people drowned when a boat capsized off the northern town of Varnoff."),
                "death")
    assert died.place is not None and died.place.name == "Varnoff"


def test_where_a_victim_comes_from_is_not_where_it_happened() -> None:
    died = only(events_of("A woman from Mali in her twenties died of thirst during the walk."), "death")
    assert died.place is None


@pytest.mark.parametrize(("sentence", "type_name", "place", "country"), [
    ("Police arrested two Cambodians at their apartment in Bangkok's Bang Kapi district on Tuesday.", "detention",
     "Bang Kapi district", "Thailand"),
    ("A student died in Tora prison in southern Cairo on Saturday.", "death", "Tora prison", "Egypt"),
    ("Two Afghan men died at a holding centre in Landi Kotal, in Khyber Pakhtunkhwa, on Thursday.", "death",
     "Landi Kotal", "Pakistan"),
])
def test_the_most_specific_place_is_the_events_with_the_country_of_the_wider_one(
        sentence: str, type_name: str, place: str, country: str) -> None:
    event = only(events_of(sentence), type_name)
    assert (event.place.name, event.place.country) == (place, country)


def test_where_people_were_sent_is_a_deportations_place_before_where_they_were_taken_from() -> None:
    expelled = only(events_of("The group counted 9,000 people expelled from Algeria to Niger so far this year."),
                    "forced_return")
    assert expelled.place.name == "Niger"


def test_the_place_a_flight_leaves_is_its_place() -> None:
    fled = only(events_of("Naseri, 29, fled Kabul in September 2020."), "flight")
    assert (fled.place.name, fled.place.country) == ("Kabul", "Afghanistan")


@pytest.mark.parametrize(("sentence", "type_name"), [
    ("Kenya sent back people who were still waiting for a decision on their asylum claims.", "forced_return"),
    ("Kenya's deportation of the four men was condemned by the UN.", "forced_return"),
])
def test_an_act_of_a_state_with_no_place_of_its_own_happened_in_that_state(sentence: str, type_name: str) -> None:
    event = only(events_of(sentence), type_name)
    assert (event.place.name, event.place.country) == ("Kenya", "Kenya")


def test_a_country_the_victim_spoke_of_is_not_where_it_happened() -> None:
    assert only(events_of("Police detained him after he criticised Kenya."), "detention").place is None


def test_where_people_were_expelled_from_is_the_expulsions_place() -> None:
    expelled = only(events_of("The group called for an inquiry into the expulsion of 34 people from Lesbos last week."),
                    "forced_return")
    assert expelled.place is not None and expelled.place.name == "Lesbos"
    condemned = only(events_of("We, the organisations from West and Central Africa, condemn the expulsion on 3 March "
                               "of 612 people to the desert."), "forced_return")
    assert condemned.place is None


def test_nationalities_and_organisations_are_not_surnames() -> None:
    from sourcetrace.facts.incidents import surnames

    assert [surnames(n) for n in ("Farrukh Nazarov", "Tajik", "Haki Mashinani Watch", "Ana Pérez")] == \
        [{"nazarov"}, set(), set(), {"pérez"}]


def test_the_person_a_report_opens_with_keeps_a_recent_event_in_the_main_case() -> None:
    """The deportation is the news; the round-up weeks before names the man the report opens with."""
    cases = _own_cases("Russia deported a Tajik opposition supporter to Dushanbe on 7 June, his lawyer said.\n\n"
                       "Farrukh Nazarov, 34, had worked as a builder in Yekaterinburg for five years.\n\n"
                       "Police rounded up about 40 migrant workers at a market in Yekaterinburg on 20 May, and "
                       "Nazarov was among them.")
    assert [case for _, case in cases] == [0, 0]


def test_an_undated_event_of_the_person_the_report_opens_with_is_the_main_story() -> None:
    """His arrest in 2019 is background; "his abduction" without a date is the news the report opens with."""
    cases = _own_cases("Elias Kiptoo, 29, a cartoonist, was found beside a road near Kapsabet on Monday.\n\n"
                       "Armed men abducted a cartoonist from his home in Eldoret on 3 June.\n\n"
                       "Kiptoo was briefly arrested in 2019 over a cartoon.\n\n"
                       "The association urged the police to find those behind Kiptoo's abduction.")
    assert [(trigger, case) for trigger, case in cases if case is not None] == \
        [("abducted", 0), ("arrested", 1), ("abduction", 0)]


def test_an_undated_event_of_a_person_of_a_second_recent_case_stays_with_that_case() -> None:
    cases = _own_cases("Police seized four members of a clean-air campaign in Nakuru on 5 June.\n\n"
                       "The group also raised the case of a cartoonist, Elias Kiptoo, whom armed men abducted "
                       "from his home in Eldoret on 7 June.\n\n"
                       "The group urged the police to find those behind Kiptoo's abduction.")
    assert [(trigger, case) for trigger, case in cases if case is not None] == \
        [("seized", 0), ("abducted", 1), ("abduction", 1)]


def test_a_background_story_goes_on_in_its_paragraph() -> None:
    """Detained abroad last year, extradited in March, jailed in May: one case, apart from the news."""
    cases = _own_cases("Police detained three activists in Nukus on 8 June.\n\n"
                       "Two exiles were detained in Almaty in 2019. Both men were extradited to Uzbekistan in "
                       "March 2020, and a court jailed them in May 2020.")
    assert [case for _, case in cases] == [0, 1, 1, 1]


def test_the_arrest_a_release_ends_is_the_same_case_weeks_before() -> None:
    cases = _own_cases("A court in Addis Ababa released the editor on bail on 2 June, 45 days after the three "
                       "journalists were detained in a police raid on their office.")
    assert [case for _, case in cases] == [0, 0]


def test_the_arrest_of_the_people_a_report_opens_with_begins_its_story_months_before() -> None:
    cases = dict(_own_cases("A court in Barquisimeto on 2 June sentenced the radio journalists Yorman Castillo Pérez "
                            "and Luis Mendoza Ríos to 12 years in prison.\n\n"
                            "Pérez and Ríos were arrested in January in a raid on the station."))
    assert cases["sentenced"] == cases["arrested"] == 0


def test_someone_else_arrested_that_month_in_another_town_is_another_case() -> None:
    cases = dict(_own_cases("A court in Barquisimeto on 2 June sentenced two radio journalists to 12 years.\n\n"
                            "Yorman Castillo Pérez and Luis Mendoza Ríos were arrested in January in Barquisimeto.\n\n"
                            "Ricardo Nava Fuenmayor, a freelance reporter detained in Maracaibo in January, was "
                            "freed in April."))
    assert cases["sentenced"] == cases["arrested"] == 0
    assert cases["detained"] == cases["freed"] != 0


def test_someone_else_arrested_this_month_in_another_town_is_not_the_main_story() -> None:
    background = ("His lawyer has said that requests to treat his heart condition were refused for months, and "
                  "that the colony's administration never answered the family's letters. ") * 4
    cases = dict(_own_cases("Statement on the death in custody of Russian anti-war activist Pavel Sorokin\n\n"
                            "Pavel Sorokin died in a penal colony in Mordovia on 28 May.\n\n"
                            f"{background}\n\n"
                            "In May, police in Kyrgyzstan detained a Russian objector, Denis Frolov, in Bishkek."))
    assert cases["died"] == cases["custody"] == 0 and cases["detained"] != 0


def test_an_event_naming_the_victim_of_a_second_case_goes_with_it() -> None:
    cases = _own_cases("On 1 June, agents apprehended four citizens at a radio station in Barquisimeto.\n\n"
                       "On 3 June, police apprehended the citizen R.N.F. in the city of Maracaibo.\n\n"
                       "On 5 June, R.N.F. was brought before a court, which ruled that he remain in custody.")
    assert [case for _, case in cases] == [0, 1, 1]


def test_the_main_storys_past_goes_on_where_the_paragraph_tells_it_as_the_main_storys() -> None:
    cases = _own_cases("Pavel Sorokin, a history teacher, died in a penal colony in Mordovia on 28 April.\n\n"
                       "Mr Sorokin was arrested in St Petersburg in March 2020 after posting videos about the war. "
                       "In February 2021, a court sentenced him to seven years in a penal colony.")
    assert [case for _, case in cases] == [0, 0, 0]


def test_a_she_paragraph_goes_on_with_the_main_storys_past_told_just_before() -> None:
    cases = _own_cases("Spain granted asylum to the student leader Marcela Urbina on 2 June.\n\n"
                       "Urbina was arrested at a roadblock in Managua in July 2018 and convicted of terrorism five "
                       "months later.\n\n"
                       "She was freed in June 2019 under an amnesty law.")
    assert [case for trigger, case in cases if trigger != "law"] == [0, 0, 0, 0]


def test_a_background_story_may_be_told_back_in_time() -> None:
    cases = _own_cases("Police detained three activists in Nukus on 8 June.\n\n"
                       "In December 2020, a court sentenced the editor Nargis Yodgorova to seven years in prison. "
                       "She had been arrested three months earlier.")
    assert [case for _, case in cases] == [0, 1, 1]


def test_an_event_dated_like_any_event_of_a_case_joins_it() -> None:
    """"among those sentenced in January" goes back to the sentencing, not to the case's first date."""
    cases = _own_cases("Police detained three activists in Nukus on 8 June.\n\n"
                       "At least 21 people died when security forces broke up protests in July 2019. In January "
                       "2020, a court sentenced 22 protesters to prison.\n\n"
                       "A blogger who was among those sentenced in January 2020 died in a prison colony in April "
                       "2020.")
    assert [(trigger, case) for trigger, case in cases] == [("detained", 0), ("died", 1), ("sentenced", 1),
                                                           ("sentenced", 1), ("died", 1)]


def test_a_case_of_the_same_time_in_another_country_is_another_case() -> None:
    cases = _own_cases("Police detained three activists in Nukus on 8 June.\n\n"
                       "At least 21 people died when security forces broke up protests in Nukus in July 2019.\n\n"
                       "In 2019, two exiles were detained in Almaty, Kazakhstan.")
    assert [case for _, case in cases] == [0, 1, 2]


def test_an_undated_event_in_the_town_of_one_case_joins_it() -> None:
    cases = _own_cases("Agents detained four workers of a radio station in Barquisimeto on 4 June.\n\n"
                       "The groups are also alarmed by the case of a freelance reporter who was arrested at his home "
                       "in Maracaibo on 6 June.\n\n"
                       "He remains in custody at the state police headquarters in Maracaibo.")
    assert [case for _, case in cases] == [0, 1, 1]


def test_what_a_report_tells_in_a_separate_case_is_a_case_of_its_own() -> None:
    cases = _own_cases("Soldiers killed nine villagers in Mbiame on 3 June, survivors said.\n\n"
                       "In a separate case, a military court on Monday sentenced a radio journalist to ten years in "
                       "prison, and police detained his brother.")
    assert [case for _, case in cases] == [0, 1, 1]


def test_a_separate_operation_that_day_is_a_case_of_its_own() -> None:
    cases = _own_cases("At least 16 people drowned when a boat sank off Enfeh on 5 June, the army said.\n\n"
                       "In a separate operation on the same day, the army said it had intercepted a second boat off "
                       "the coast of Akkar and detained all 53 people on board.")
    assert [case for _, case in cases] == [0, 1]


def test_nigerien_is_a_nationality() -> None:
    from sourcetrace.facts.places import country_of_demonym

    assert country_of_demonym("Nigerien") == "Niger"


def test_a_decree_told_again_is_the_same_decree() -> None:
    cases = _own_cases("The president signed a decree on 3 June that freed two journalists.\n\n"
                       "Under the decree, 198 prisoners were freed.\n\n"
                       "In March 2019, a similar decree led to the release of 51 people.")
    decrees = [case for trigger, case in cases if trigger.endswith("decree")]
    assert decrees[0] == decrees[1] != decrees[2]


def test_a_paragraph_opening_with_he_goes_on_with_the_person_before() -> None:
    """Blandón crossed in September; "He said he had spent four months in detention ... He was
    released in August" is his story, told back, not the news."""
    cases = _own_cases("Costa Rica granted asylum to about 1,200 Nicaraguans on 3 June, officials said.\n\n"
                       "Among those waiting is Ernesto Blandón, a student leader who crossed the border on foot in "
                       "September 2020.\n\n"
                       "He said he had spent four months in detention at El Chipote jail in Managua. He was released "
                       "without charge in August 2020, he said.")
    assert [(trigger, case) for trigger, case in cases][1:] == [("crossed the border", 1), ("detention", 1),
                                                                ("released", 1)]


def test_a_paragraph_opening_with_many_of_them_goes_on_with_the_people_before() -> None:
    cases = dict(_own_cases("A court in Constantine on 3 June sentenced the poet Karim Bouhired to three years.\n\n"
                            "Separately, the authorities expelled some 1,200 migrants to the desert near Assamaka in "
                            "late May, according to Sahara Migrant Watch.\n\n"
                            "Many of them had been rounded up on the streets of Oran, the group said."))
    assert cases["sentenced"] == 0 and cases["expelled"] == cases["rounded up"] != 0


def test_a_year_in_common_is_not_enough_to_join_a_case_told_elsewhere() -> None:
    cases = _own_cases("Police seized the blogger Tran Khoa in Bangkok on 3 June.\n\n"
                       "He fled Vietnam in 2019 after repeated police summons.\n\n"
                       "In 2020, Pham Quoc Dung, a labour activist, disappeared from a guesthouse in Bangkok, where "
                       "he had fled in 2019.")
    flights = [case for trigger, case in cases if trigger == "fled"]
    assert len(flights) == 2 and flights[0] != flights[1]


def test_an_undated_event_after_a_flight_told_in_passing_goes_with_the_story() -> None:
    cases = _own_cases("Police seized the blogger Tran Khoa in Bangkok on 3 June.\n\n"
                       "In 2020, Pham Quoc Dung, a labour activist, disappeared from a guesthouse in Bangkok, where "
                       "he had fled in 2019. He later resurfaced in a courtroom in Hanoi and was sentenced to nine "
                       "years in prison.")
    by_trigger = dict(cases)
    assert by_trigger["sentenced"] == by_trigger["disappeared"] != by_trigger["fled"]
