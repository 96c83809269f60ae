"""Quotes stage: who said what, with content, cue and speaker spans for every quotation."""

from __future__ import annotations

from sourcetrace.nlp import DEFAULT_MODEL, load
from sourcetrace.quotes.extract import ALGORITHM, Cue, Quote, Speaker, extract_from_doc, parse

__all__ = ["ALGORITHM", "Cue", "Quote", "Speaker", "extract_quotes"]


def extract_quotes(text: str, model: str = DEFAULT_MODEL) -> list[Quote]:
    """Every quotation in `text`; offsets are code points into `text`."""
    return extract_from_doc(parse(load(model), text), text)
