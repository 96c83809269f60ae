"""Speaker resolution beyond the main gold's habits: names with particles and several parts,
surnames and honorifics standing for full names, namesakes told apart, epithets by role and age,
pronouns, organizations by kind and acronym. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract_quotes
from sourcetrace.quotes.names import clean_person, honorific_gender, is_name_word, is_shortened, leads_name
from sourcetrace.quotes.profiles import age_after, role_fit, role_gender


def speakers(text: str) -> list[str | None]:
    """The speaker names of the quotes in `text`, in reading order."""
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


# --- names as words (no parse) ---

@pytest.mark.parametrize(("written", "name"), [
    ("Tobias van der Berg", "Tobias van der Berg"),
    ("de la Cruz", "de la Cruz"),
    ("Layla al-Hashimi", "Layla al-Hashimi"),
    ("Mr al-Hashimi", "al-Hashimi"),
    ("Ms. Alvarez", "Alvarez"),
    ("Bell shot back", "Bell"),
])
def test_clean_person_keeps_particles_and_drops_honorifics(written: str, name: str) -> None:
    assert clean_person(written) == name


def test_a_particle_is_a_name_word_only_before_a_name() -> None:
    assert is_name_word("van", ["der", "Berg"])
    assert not is_name_word("de", ["la", "plaza"])


def test_a_shortened_name_is_the_end_of_a_longer_one() -> None:
    assert is_shortened(["Van", "Aalst"], ["Jonas", "van", "Aalst"])
    assert is_shortened(["Ferreira", "Gómez"], ["Ana", "Lucía", "Ferreira", "Gómez"])
    assert not is_shortened(["Jonas", "van", "Aalst"], ["Jonas", "van", "Aalst"])


def test_a_family_name_written_first_leads_the_name() -> None:
    assert leads_name("Kim", ["Kim", "Min-jun"])
    assert not leads_name("Min-jun", ["Kim", "Min-jun"])


def test_honorifics_give_a_gender() -> None:
    assert honorific_gender("Ms. Alvarez") == "f"
    assert honorific_gender("Mr Moreau") == "m"
    assert honorific_gender("Dr Osei") == ""


def test_age_in_apposition() -> None:
    assert age_after("Luca Brandt, 58, said", len("Luca Brandt")) == 58
    assert age_after("Ida Sorel, a 41-year-old architect", len("Ida Sorel")) == 41
    assert age_after("Ida Sorel, who", len("Ida Sorel")) is None


def test_role_words() -> None:
    assert role_gender(["committee spokeswoman"]) == "f"
    assert role_gender(["lawyer"]) == ""
    assert role_fit("lawyer", ["human rights lawyer"]) == 2
    assert role_fit("diplomat", ["former ambassador"]) == 1
    assert role_fit("agency", ["agency spokesman"]) == 0   # an agency spokesman is no agency


# --- resolution in context ---

def test_surname_with_particles_stands_for_the_full_name() -> None:
    text = ("Defence lawyer Tomas van der Weide said the case would be appealed.\n\n"
            "“The file is thin,” Van der Weide said.")
    assert speakers(text) == ["Tomas van der Weide", "Tomas van der Weide"]


def test_family_name_first_stands_for_the_full_name() -> None:
    text = ("“They came before dawn,” said Choi Min-seo, 44, a union organiser.\n\n"
            "Choi said two workers had been taken to hospital.")
    assert speakers(text) == ["Choi Min-seo", "Choi Min-seo"]


def test_honorific_tells_namesakes_apart() -> None:
    text = ("Paul Ardent, a retired pilot, said he had filed the complaint in March.\n\n"
            "Julia Ardent, a teacher in the same town, said she had not been told of it.\n\n"
            "Mr Ardent said the airline had never replied.")
    assert speakers(text)[-1] == "Paul Ardent"


def test_the_age_epithet_means_the_person_of_that_age() -> None:
    text = ("Marta Lenk, 67, said the water rose within minutes.\n\n"
            "Judge Oskar Brill said the hearing would resume in June.\n\n"
            "“I carried nothing,” the 67-year-old said.")
    assert speakers(text)[-1] == "Marta Lenk"


def test_a_role_epithet_means_the_person_named_in_that_role() -> None:
    text = ("His lawyer, Petra Wendt, said the prosecution had no documents.\n\n"
            "Prosecutor Jonas Ekholm said the defendant had signed every transfer.\n\n"
            "The lawyer said her client would testify.")
    assert speakers(text)[-1] == "Petra Wendt"


def test_a_pronoun_after_an_unnamed_speaker_means_that_speaker() -> None:
    text = ("Aid worker Selma Rask said the clinic was full.\n\n"
            "A 31-year-old nurse at the clinic, who asked not to be named, said the doors were locked at night.\n\n"
            "“Nobody could get out,” she said.")
    assert speakers(text)[-1] == "a 31-year-old nurse at the clinic"


def test_a_pronoun_inside_a_quote_does_not_set_the_speakers_gender() -> None:
    text = ("Relatives gathered at the gate. One of them, Ana Voss, said the tunnel had cracked.\n\n"
            "“He came home and said the roof was talking,” she said.")
    assert speakers(text)[-1] == "Ana Voss"


def test_a_name_given_only_later_in_the_sentence() -> None:
    text = "“I owe more than when I came,” said one worker, who asked to be identified only as Ramin."
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker.name for q in direct] == ["Ramin"]


def test_the_group_means_a_group_not_the_ministry_named_since() -> None:
    text = ("Civic Rights Monitor said police had fired on protesters.\n\n"
            "The Tarsian Interior Ministry said officers had acted with restraint.\n\n"
            "The group urged the council to open an inquiry.")
    assert speakers(text)[-1] == "Civic Rights Monitor"


def test_an_acronym_of_an_organization_that_spoke() -> None:
    text = ("Police detained 14 workers on Wednesday, the Marran Dockers’ Union said.\n\n"
            "The MDU said it would hold a rally on Friday.")
    assert speakers(text) == ["Marran Dockers’ Union", "Marran Dockers’ Union"]


def test_a_state_body_named_after_its_place() -> None:
    text = "Arvland’s Defence Ministry said its forces had hit a command post."
    assert speakers(text) == ["Arvland Defence Ministry"]


def test_a_plural_common_noun_opening_the_sentence_is_a_description() -> None:
    text = "Shares rose 4 percent. Analysts at Nordvik Bank said the savings were larger than expected."
    assert speakers(text) == ["analysts at Nordvik Bank"]
