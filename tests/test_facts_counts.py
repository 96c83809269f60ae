"""How many people an event happened to: lists, asides, pronouns, companions and shared counts."""

from datetime import date

import pytest

from sourcetrace.facts.events import Event, extract, parse
from sourcetrace.nlp import load

PUBLISHED = date(2021, 6, 10)


def count_of_event(text: str, type_name: str, trigger: str | None = None) -> int | None:
    events: list[Event] = [e for e in extract(parse(load(), text), PUBLISHED).events if e.type == type_name
                           and (trigger is None or e.trigger_text == trigger)]
    assert len(events) == 1, [(e.type, e.trigger_text) for e in events]
    return events[0].count.value if events[0].count else None


@pytest.mark.parametrize(("sentence", "value"), [
    ("The seven, six women and a 9-year-old boy, were detained by border police on Sunday.", 7),
    ("The four — editor Dara Velk, reporters Ion Marsh and Tomas Brill, and camera operator Liv Ash — were "
     "arrested in Varno.", 4),
    ("Officers apprehended the group — four women, two men and a 12-year-old boy — near the river.", 7),
    ("Police arrested three reporters — the editor of the weekly, Anna Pol, and two of her colleagues — on Friday.",
     3),
])
def test_a_list_that_spells_out_a_group_counts_the_group(sentence: str, value: int) -> None:
    assert count_of_event(sentence, "detention") == value


def test_ages_and_asides_are_not_people() -> None:
    assert count_of_event("Tarik Vell, 31, and Omar Rusk, 28, were arrested in May.", "detention") == 2
    assert count_of_event("Mira Dole and her son, a young child, drowned when the boat capsized.", "death") == 2


def test_number_words_with_hyphens() -> None:
    assert count_of_event("Twenty-three detainees were freed last week.", "release") == 23


def test_a_pronoun_in_a_list_is_one_person() -> None:
    assert count_of_event("Officers arrested him and three friends on Tuesday.", "detention") == 4


def test_companions_are_victims_too() -> None:
    assert count_of_event("Tarik Vell had been arrested with two friends in the old town, they said.",
                          "detention") == 3
    assert count_of_event("A woman was also deported, along with at least 30 people, the group said.",
                          "forced_return") == 31


@pytest.mark.parametrize("sentence", [
    "No one has been arrested.",
    "Officials said that no one was detained during the protest.",
    "The ministry denied that any protester had been detained.",
])
def test_nobody_is_no_count(sentence: str) -> None:
    assert count_of_event(sentence, "detention") is None


def test_a_pronoun_counts_one_only_when_the_sentence_names_the_person() -> None:
    assert count_of_event("The group urged Vell's family to stay calm and called on Moravia to release him.",
                          "release") == 1
    assert count_of_event("They beat him until he fainted, his sister said.", "torture") is None


def test_first_person_in_a_quotation_is_the_named_speaker() -> None:
    assert count_of_event("“In Varno they imprisoned me for carrying a flag,” Tarik Vell said.",
                          "imprisonment") == 1


def test_a_subset_clause_keeps_its_own_quantity() -> None:
    text = "Police deported dozens of migrants, several of whom were later jailed."
    assert count_of_event(text, "imprisonment") is None
    assert count_of_event(text, "forced_return") == 12


def test_the_number_put_on_a_group() -> None:
    assert count_of_event("The ministry has put the number of people detained at 43.", "detention") == 43


def test_a_shared_count_needs_agreement() -> None:
    text = "His mother saw two men in plain clothes seize him at the gate."
    assert count_of_event(text, "detention") is None
    assert count_of_event("Both men said interrogators beat them after their arrest.", "torture") == 2


def test_those_convicted_over_a_killing_are_not_its_victims() -> None:
    text = "Three soldiers were later convicted over the killings by a military court."
    assert count_of_event(text, "killing") is None
    assert count_of_event("Akello said he would sue the state over the beatings that he and two others suffered.",
                          "torture") == 3


def test_a_named_group_keeps_its_own_none() -> None:
    text = "Police arrested hundreds of migrants in Sfax and expelled some of them to the border."
    assert count_of_event(text, "detention") == 100
    assert count_of_event(text, "forced_return") is None


def test_people_facing_a_risk_are_counted() -> None:
    assert count_of_event("The 16 now face a real risk of torture, the experts said.", "torture") == 16


def test_headline_participles_read_as_passive() -> None:
    assert count_of_event("Student blogger deported from Moravia\n\nMore text follows here.", "forced_return") == 1


def test_a_that_clause_hung_on_a_noun_keeps_its_own_subject() -> None:
    assert count_of_event("The ministry said in a statement that 14 students had been detained overnight.",
                          "detention") == 14
    assert count_of_event("The group has received reports that Dario Venn was beaten in custody.", "torture") == 1


def test_lost_contact_counts_the_people_contact_was_lost_with() -> None:
    assert count_of_event("Relatives have lost contact with the other four.", "disappearance") == 4


def test_a_pronoun_with_companions_counts_them_all() -> None:
    assert count_of_event("He had been arrested with two colleagues in the port.", "detention") == 3


def test_a_clause_on_a_counted_list_counts_the_list() -> None:
    assert count_of_event("Among the guests were two teachers, Lena Varga and Ivo Daskal, who had been jailed in "
                          "2018.", "imprisonment") == 2


def test_whereabouts_belong_to_their_owner() -> None:
    assert count_of_event("“Every day that Tomas's whereabouts remain unknown is a torment,” said Ana Berg.",
                          "disappearance") == 1


def test_an_organisation_named_with_the_is_not_the_person() -> None:
    assert count_of_event("The Network welcomed his release on Friday.", "release") is None


def test_the_superlative_with_a_name_is_one_person() -> None:
    assert count_of_event("The youngest, Rafael Orte Sanz, a 15-year-old pupil, was killed by a bullet.",
                          "killing") == 1


def test_two_verbs_share_an_object() -> None:
    assert count_of_event("The group urges the state to arrest and prosecute any officer involved.",
                          "detention") is None


def test_those_takes_the_count_of_an_event_of_its_own_type() -> None:
    assert count_of_event("The army freed 300 prisoners on Monday, but only a few dissidents were among those "
                          "released.", "release", "released") == 300
    assert count_of_event("Among those released were two teachers, Lena Varga and Ivo Daskal, who had been jailed "
                          "in 2018.", "release") is None


def test_a_group_spelled_out_between_dashes() -> None:
    assert count_of_event("Police detained the family — a mother, a father and three children — at the crossing "
                          "near the river, an official told reporters.", "detention") == 5


def test_a_participle_with_a_subject_is_passive() -> None:
    assert count_of_event("By the group's count, 1,250 people detained after the protests remain in prison.",
                          "detention") == 1250


def test_names_the_tagger_calls_works_or_products_are_people() -> None:
    assert count_of_event("“Eusebio and Julián were seized by men in uniform in front of witnesses,” said Ana Berg.",
                          "detention") == 2
    assert count_of_event("“They hung Tanvir by his wrists from a window grille and beat him.", "torture") == 1


def test_a_pronoun_may_stand_for_a_name_after_it_but_not_for_the_speaker() -> None:
    assert count_of_event("The group first raised the alarm about his disappearance, and Tomas Lind's case fits a "
                          "pattern.", "disappearance") == 1
    assert count_of_event("Police arrested him at the airport, spokesman Dan Roe said.", "detention") is None
    assert count_of_event("The union welcomed her release and urged the court to free Ana Berg and Ivo Daskal.",
                          "release", "release") is None


@pytest.mark.parametrize(("sentence", "type_name", "value"), [
    ("Police arrested a baker, Ivo Tarn, his wife and their two daughters in Varno on Sunday.", "detention", 4),
    ("Mr Tarn was detained in Varno on Friday with his cousin, Emil Tarn, and two other organisers.", "detention", 4),
    ("A court in Varno sentenced the singer and songwriter Lena Brill to two years in prison.", "imprisonment", 1),
    ("Activists mourned the death of Oren Vasko, a 52-year-old chemistry teacher and union organiser, in custody.",
     "death", 1),
    ("Police arrested a journalist and a lawyer in Varno on Monday.", "detention", 2),
    ("Ivo Tarn, Lena Brill and Omar Dask, students at the university, were detained on Monday.", "detention", 3),
])
def test_one_person_described_and_named_is_one(sentence: str, type_name: str, value: int) -> None:
    """A description and the name it introduces, or two titles of one named person, count once."""
    assert count_of_event(sentence, type_name) == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("More than 4 million Moravians have left the country since 2015.", 4_000_000),
    ("Some 2.3 million undocumented workers were deported last year.", 2_300_000),
])
def test_a_digit_with_a_scale_word_is_one_number(sentence: str, value: int) -> None:
    assert count_of_event(sentence, "flight" if "left" in sentence else "forced_return") == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Six remain in the custody of the National Guard, and two have been released.", 6),   # the holder is no victim
    ("His wife says Dorn was beaten during his first night in custody.", 1),               # the night is no victim
    ("Varno activists freed on bail after nine days in police custody", None),             # nor are the nine days
    ("Kell is accused of sedition and remains in custody in Varno.", 1),                   # the subject before "and"
])
def test_who_is_in_custody(sentence: str, value: int | None) -> None:
    assert count_of_event(sentence, "detention", "custody") == value


def test_a_name_with_an_age_set_off_is_the_person_a_pronoun_stands_for() -> None:
    sentence = "Dorn, 37, reappeared on Saturday, when a judge ruled that he remain in custody."
    assert count_of_event(sentence, "detention", "custody") == 1


@pytest.mark.parametrize(("sentence", "type_name", "trigger", "value"), [
    # another event after "and" ends the list of victims
    ("The groups condemn the killing of two volunteers and the detention of nine others by the militia.",
     "killing", "killing", 2),
    # the parser hangs the rest of the list on the verb
    ("Officials say Moravia forcibly returned him and three other party members to Varno last month.",
     "forced_return", "forcibly returned", 4),
    # a participle after a list describes the whole list
    ("We call on the army to free the three doctors and the pharmacist held in Varno.", "detention", "held", 4),
    # a clause after "members of <organisation>" is about the members
    ("The experts cited four members of the Varno Clean Air Campaign, who were seized by officers on Monday.",
     "detention", "seized", 4),
    # "-or" nouns name people
    ("Police detained a conscientious objector, Dorn Kell, in Varno.", "detention", "detained", 1),
])
def test_whose_count_a_trigger_takes(sentence: str, type_name: str, trigger: str, value: int) -> None:
    assert count_of_event(sentence, type_name, trigger) == value


def test_a_name_the_tagger_calls_a_person_elsewhere_is_one_person_for_a_pronoun() -> None:
    text = ("Police arrested the journalist Kell Dornavar on Friday. The group urged the authorities to disclose "
            "where Kell Dornavar is and to release him.")
    assert count_of_event(text, "release", "release") == 1


def test_who_a_court_keeps_in_custody_is_the_victim() -> None:
    events = extract(parse(load(), "On Monday a judge kept Dorn Kell and Mira Vell in custody."), PUBLISHED).events
    assert [(p.role, p.text) for e in events for p in e.participants] == [("victim", "Dorn Kell and Mira Vell")]


def test_a_closing_quote_left_from_an_aside_does_not_break_the_count() -> None:
    sentence = "Kell Dorn, 29, who signs his work “Chief Pen”, was briefly detained in Varno in March 2022."
    assert count_of_event(sentence, "detention") == 1


def test_a_relative_clause_with_whom_is_active() -> None:
    events = extract(parse(load(), "The experts raised the case of cartoonist Dorn Kell, whom armed men abducted "
                                   "from his home in Varno on 7 November."), PUBLISHED).events
    roles = {p.role: p.text for e in events for p in e.participants}
    assert roles == {"agent": "armed men", "victim": "cartoonist Dorn Kell"}


def test_a_clause_nested_in_the_victims_phrase_is_left_out_of_it() -> None:
    events = extract(parse(load(), "The experts cited four members of the Varno Clean Air Campaign, who were "
                                   "seized by officers on Monday."), PUBLISHED).events
    assert [p.text for e in events for p in e.participants if p.role == "victim"] == \
        ["four members of the Varno Clean Air Campaign"]


def test_initials_a_court_keeps_in_custody_are_people() -> None:
    text = ("The citizens were brought before a court in Varno on 17 January, which kept Y.C.P. and L.A.M.R. in "
            "custody and released D.U.C. and J.A. under an obligation to report to the court.")
    events = extract(parse(load(), text), PUBLISHED).events
    assert [p.text for e in events if e.trigger_text == "custody" for p in e.participants] == ["Y.C.P. and L.A.M.R."]


def test_a_list_of_names_with_ages_counts_for_the_pronoun_of_its_sentence() -> None:
    sentence = ("Dorn Kell, 27, Mira Vell, 24, Ivo Brask, 31, and Lena Sorn, 22, were leaving a café in Varno on "
                "5 June when four men seized them.")
    assert count_of_event(sentence, "detention", "seized") == 4


def test_a_relative_named_in_an_aside_is_no_group_for_the_pronoun() -> None:
    sentence = "“They beat him until he died,” his sister, Dara Vell, told reporters."
    assert count_of_event(sentence, "torture", "beat") is None


@pytest.mark.parametrize(("sentence", "type_name", "value"), [
    ("The law has been used to jail dozens of journalists, activists and social media users.", "imprisonment", 12),
    ("The groups condemn the continued detention of Dorn Kell and Mira Vell, the director and a presenter of "
     "the community station Radio Varno.", "detention", 2),
])
def test_more_words_for_the_same_people_add_no_one(sentence: str, type_name: str, value: int) -> None:
    assert count_of_event(sentence, type_name) == value


def test_a_surname_shared_with_a_city_is_a_person_where_the_report_names_the_person() -> None:
    text = ("Police detained the journalists Yorman Castillo and Luis Mendoza on Monday, and the reporter Ricardo "
            "Nava on Tuesday. The groups call on the authorities to release Castillo, Mendoza and Nava immediately.")
    assert count_of_event(text, "release") == 3


def test_people_a_participle_describes_are_its_victims() -> None:
    assert count_of_event("The five were among 11 people fleeing Varno on the raft; six were rescued.", "flight") == 11


def test_a_span_of_time_is_nobody_and_counts_no_one() -> None:
    sentence = "The group said the two days without news amounted to an enforced disappearance."
    assert count_of_event(sentence, "disappearance") is None


def test_of_after_a_date_still_names_the_victims() -> None:
    sentence = "We condemn the expulsion on 3 March 2021 of at least 612 people from Varno to the desert."
    assert count_of_event(sentence, "forced_return") == 612
