"""Person names as news copy writes them: which words make up a name, and which words of a full
name a shorter mention keeps ("Van Aalst", "Mr Kim", "di Stefano", "Ms. Alvarez").

Names are handled as the words of the text, not as spaCy tokens: the tokenizer splits "al-Hashimi"
and "Soo-ah" at the hyphen and the small model tags particles ("de la", "van der") unevenly, while
the words as written stay whole.
"""

from __future__ import annotations

import re

# An honorific says who is meant when two people share a surname ("Mr Moreau", "Ms Moreau").
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "dr": "", "prof": "",
                    "professor": "", "mme": "f", "mlle": "f", "herr": "m", "frau": "f"}
HONORIFICS = frozenset(HONORIFIC_GENDER) | frozenset(f"{word}." for word in HONORIFIC_GENDER)
PARTICLES = frozenset("""van von de der den da di del della la le du dos das bin binti ibn al el ter ten zu
y""".split())  # noqa: SIM905
# "al-Hashimi", "el-Sayed", "bin-Talal": a lower-case particle glued to a capitalized name
_GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ben|bin|abu|bint|d|l)[-‑’'][A-Z]")
_POSSESSIVE = re.compile(r"[’']s$")


def name_words(text: str) -> list[str]:
    """The words of a name as written, without a closing possessive ("Osei’s" → "Osei")."""
    return [_POSSESSIVE.sub("", word).strip(",.;:") for word in text.split()]


def is_name_word(word: str, following: list[str] | tuple[str, ...] = ()) -> bool:
    """A word that can belong to a person's name: capitalized ("Soo-ah"), a particle glued to one
    ("al-Hashimi"), or a particle before a name word (`following` are the words after it: "de" in
    "de la Cruz", "van" in "van der Berg")."""
    if word[:1].isupper() or _GLUED_PARTICLE.match(word):
        return True
    if word.lower() not in PARTICLES:
        return False
    for word_after in following:   # past more particles, to the name they lead to
        if word_after.lower() not in PARTICLES:
            return word_after[:1].isupper() or bool(_GLUED_PARTICLE.match(word_after))
    return False


def trailing_name_length(words: list[str]) -> int:
    """How many words at the end of `words` are a name ("lawyer Marisol de la Cruz" → 4)."""
    run = 0
    while run < len(words):
        word = words[-1 - run]
        if not (word[:1].isupper() or _GLUED_PARTICLE.match(word) or (run and word.lower() in PARTICLES)):
            break
        run += 1
    return run


def honorific_gender(text: str) -> str:
    """ "f" or "m" when the mention opens with a gendered honorific ("Ms. Alvarez"), else ""."""
    words = text.split()
    return HONORIFIC_GENDER.get(words[0].lower().rstrip("."), "") if words else ""


def starts_with_honorific(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[0].lower() in HONORIFICS and is_name_word(words[1], words[2:])


def clean_person(name: str, titles: frozenset[str] = frozenset()) -> str:
    """A person's name without honorifics or titles before it ("Councilmember Tanya Ruiz"); a
    title word starts the name afresh ("Deportivo Alcara coach Andrei Volkan"), any other lower-case
    word that is no particle ends it ("Bell shot back")."""
    parts = name_words(name)
    name_parts: list[str] = []
    for i, part in enumerate(parts):
        lowered = part.lower().rstrip(".")
        if lowered in HONORIFIC_GENDER or lowered in titles:
            name_parts = []
        elif is_name_word(part, parts[i + 1 :]):
            name_parts.append(part)
        elif name_parts:
            break
    return " ".join(name_parts or parts)


def surname_key(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def is_shortened(mention: list[str], full: list[str]) -> bool:
    """Whether `mention` (two or more words) is the end of the longer name `full`: "Van Aalst" of
    "Jonas van Aalst", "Ferreira Gómez" of "Ana Lucía Ferreira Gómez" (case aside: particles are
    capitalized when the surname stands alone)."""
    if len(full) <= len(mention):
        return False
    return [w.lower() for w in full[-len(mention):]] == [w.lower() for w in mention]


def leads_name(word: str, full: list[str]) -> bool:
    """Whether a one-word mention is the first word of a longer name: a family name written first,
    as Korean names are ("Kim" of "Kim Min-jun"), or a given name in a feature ("Hana" of "Hana Ilves")."""
    return len(full) >= 2 and full[0].lower() == word.lower() and word.lower() not in PARTICLES
