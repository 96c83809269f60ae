"""The event types and the words that name them: the one place to extend the domain.

Each type lists trigger words in every form reports use (matching is on the lower-cased word,
so irregular forms are written out), the part of speech they must have, and multi-word
phrases as regular expressions. Words that look like triggers but name people or places
("detainees", "detention centre") are excluded in `events.py`, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class EventType:
    name: str
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    # Verbs that only count with a forcing word nearby ("returned" alone may be a voluntary return).
    needs_force: frozenset[str] = frozenset()
    family: str = field(default="")   # types of one family can belong to one incident story


def _forms(*words: str) -> frozenset[str]:
    return frozenset(w for word in words for w in word.split())


TYPES: tuple[EventType, ...] = (
    EventType(
        "detention",
        verbs=_forms("arrest arrests arrested arresting detain detains detained detaining apprehend apprehends "
                     "apprehended apprehending catch caught catches catching capture captured captures "
                     "seize seized abduct abducted abducting kidnap kidnapped hold holds held holding"),
        nouns=_forms("arrest arrests detention detentions apprehension capture abduction abductions kidnapping "
                     "roundup crackdown custody"),
        phrases=(r"round(?:ed|ing|s)? up", r"(?:took|taken|take|taking|takes) (?:\w+ )?into custody",
                 r"picked up by"),
    ),
    EventType(
        "forced_return",
        verbs=_forms("deport deports deported deporting repatriate repatriates repatriated repatriating expel "
                     "expels expelled expelling extradite extradited extraditing refoule refouled "
                     "return returns returned returning"),
        nouns=_forms("deportation deportations repatriation repatriations expulsion expulsions extradition "
                     "refoulement pushback pushbacks"),
        phrases=(r"(?:sent|send|sends|sending) (?:\w+ ){0,3}back", r"(?:forced|force|forces|forcing) (?:\w+ ){0,3}back",
                 r"(?:handed|hand|hands|handing) (?:\w+ ){0,3}over to", r"forcibly returned", r"forced returns?",
                 r"pushed (?:\w+ ){0,2}back"),
        needs_force=_forms("return returns returned returning"),
    ),
    EventType(
        "flight",
        verbs=_forms("flee flees fled fleeing escape escaped escapes escaping defect defected defecting"),
        nouns=_forms("escape flight defection defections exodus"),
        phrases=(r"(?:crossed|cross|crosses|crossing) (?:the |into |over )?(?:[\w-]+ ){0,3}(?:border|river)",
                 r"(?:left|leave|leaves|leaving) (?:the country|(?:north|south) korea|home)",
                 r"smuggled (?:\w+ ){0,2}out"),
    ),
    EventType(
        "imprisonment",
        verbs=_forms("sentence sentenced sentencing imprison imprisoned imprisoning jail jailed jailing convict "
                     "convicted"),
        nouns=_forms("sentence sentences imprisonment conviction convictions incarceration"),
        phrases=(r"sent to (?:a |an |the )?(?:\w+ ){0,3}(?:prison|labou?r) camps?",),
    ),
    EventType(
        "torture",
        verbs=_forms("torture tortured tortures torturing beat beaten beating abused mistreat mistreated "
                     "ill-treated maltreated whipped flogged"),
        nouns=_forms("torture beating beatings mistreatment ill-treatment maltreatment abuse abuses"),
    ),
    EventType(
        "killing",
        verbs=_forms("kill killed kills killing execute executed executes executing murder murdered massacred"),
        nouns=_forms("execution executions killing killings murder murders massacre"),
        phrases=(r"shot (?:\w+ )?dead", r"(?:gunned|beaten) to death"),
    ),
    EventType(
        "death",
        verbs=_forms("die died dies dying starved perished drowned"),
        nouns=_forms("death deaths suicide suicides"),
        phrases=(r"(?:took|take|taken|taking|takes) (?:their|his|her|its) (?:own )?li(?:fe|ves)",
                 r"killed (?:himself|herself|themselves)", r"committed suicide", r"death toll"),
    ),
    EventType(
        "disappearance",
        verbs=_forms("disappear disappeared disappears vanished vanish"),
        nouns=_forms("disappearance disappearances"),
        phrases=(r"(?:went|gone|go|goes|reported) missing", r"(?:lost|lose|losing) (?:all )?(?:contact|touch) with",
                 r"whereabouts (?:remain |are |were )?(?:still )?unknown"),
    ),
    EventType(
        "release",
        verbs=_forms("release released releases releasing freed frees acquitted pardoned"),
        nouns=_forms("release acquittal pardon"),
        phrases=(r"set (?:\w+ ){0,2}free", r"let (?:\w+ ){0,2}go"),
    ),
    EventType(
        "asylum",
        verbs=_forms("resettle resettled"),
        nouns=_forms("asylum resettlement"),
        phrases=(r"safe passage", r"(?:allow|allowed|allowing|allows) (?:\w+ ){0,3}to (?:travel|leave|go) "
                 r"(?:safely )?to (?:a )?third country"),
    ),
    EventType(
        "policy",
        nouns=_forms("decree decrees law laws regulation regulations protocol ban edict ordinance"),
    ),
    EventType(
        "statement",
        verbs=_forms("urge urged urges urging demand demanded demands demanding appeal appealed appeals"),
        phrases=(r"(?:called|call|calls|calling) (?:on|upon|for)",),
    ),
)

BY_NAME = {event_type.name: event_type for event_type in TYPES}
VERB_TYPES: dict[str, str] = {w: t.name for t in TYPES for w in t.verbs}
NOUN_TYPES: dict[str, str] = {w: t.name for t in TYPES for w in t.nouns}
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{phrase}\b", re.IGNORECASE), t.name) for t in TYPES for phrase in t.phrases)

# Types that describe one story of the people it happens to: an arrest, the deportation that
# follows and a death in custody are one incident; a decree or a call to act is not.
STORY_TYPES = frozenset(t.name for t in TYPES) - {"policy", "statement"}
