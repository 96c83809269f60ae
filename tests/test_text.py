"""text.py: decoding, token offsets, sentence spans and the duplicate-detecting hash."""

from __future__ import annotations

import pytest

from sourcetrace.errors import InputError
from sourcetrace.text import content_hash, decode_bytes, sentences, tokenize

FRENCH = ("Le président a déclaré que la réunion était très importante pour l'économie française. "
          "Les élèves ont étudié à l'école pendant l'été.\n")


# --- decode_bytes ---------------------------------------------------------------------------

def test_decode_strips_utf8_bom():
    decoded = decode_bytes(b"\xef\xbb\xbfSeven detained.", "a.txt")
    assert decoded.text == "Seven detained."
    assert decoded.encoding == "utf-8"


def test_decode_plain_utf8_keeps_text():
    text = "Déjà vu: “quoted” – it’s here."
    assert decode_bytes(text.encode("utf-8"), "a.txt").text == text


def test_decode_detects_cp1252_and_reports_it():
    decoded = decode_bytes(FRENCH.encode("cp1252"), "a.txt")
    assert decoded.text == FRENCH
    assert decoded.encoding == "cp1252"


def test_decode_latin1_bytes_decode_to_the_same_text():
    decoded = decode_bytes(FRENCH.encode("latin-1"), "a.txt")
    assert decoded.text == FRENCH
    assert decoded.encoding != "utf-8"


def test_decode_cp1252_english_with_accents_is_not_mangled():
    text = "The café served crème brûlée and the naïve owner smiled.\n"
    assert decode_bytes(text.encode("cp1252"), "a.txt").text == text


def test_decode_refuses_nul_bytes_as_binary():
    with pytest.raises(InputError, match="binary") as caught:
        decode_bytes(b"Seven\x00detained", "photo.txt")
    assert caught.value.origin == "photo.txt"


def test_decode_refuses_bytes_no_encoding_explains():
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(bytes(range(128, 256)), "noise.txt")


# --- tokenize -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He said they don’t know where the seven were taken.",
    "Café owners in Hénin-Beaumont and São Paulo agreed.",
    "In 2019, 7 people (aged 4 to 61) crossed at 03:00.",
    "  l’école\tnaïve\n\nÉCOLE  ",
])
def test_token_offsets_point_at_the_token(text):
    tokens = tokenize(text)
    assert len(tokens) > 0
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert text[start:end].lower().replace("’", "'") == word


def test_tokenize_keeps_curly_apostrophe_words_whole_and_straightens_them():
    assert tokenize("They don’t know").words == ["they", "don't", "know"]


def test_tokenize_keeps_digits_and_drops_punctuation():
    assert tokenize("Seven (7) people, in 2019!").words == ["seven", "7", "people", "in", "2019"]


def test_tokenize_decomposed_accent_stays_one_word():
    assert tokenize("nai\u0308ve").words == ["na\u00efve"]  # one word, normalized to NFC


# --- sentences ------------------------------------------------------------------------------

def _sentence_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_sentences_do_not_split_after_abbreviations():
    text = "Mr. Kim left on Jan. 5 with Dr. Lee. They were caught."
    assert _sentence_texts(text) == ["Mr. Kim left on Jan. 5 with Dr. Lee.", "They were caught."]


def test_sentences_split_at_newline_without_punctuation():
    assert _sentence_texts("Seven detained\nPolice gave no reason") == ["Seven detained", "Police gave no reason"]


def test_sentence_spans_are_trimmed_of_space():
    text = "  First one.   Second one!  \n\n  Third?  "
    spans = sentences(text)
    assert _sentence_texts(text) == ["First one.", "Second one!", "Third?"]
    for start, end in spans:
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_sentence_keeps_closing_quote():
    assert _sentence_texts("He said “we will go.” Then he left.") == ["He said “we will go.”", "Then he left."]


def test_sentences_of_blank_text_are_empty():
    assert sentences(" \n\t ") == []


# --- content_hash ---------------------------------------------------------------------------

def test_hash_ignores_whitespace_differences():
    assert content_hash("Seven  people\nwere detained. ") == content_hash("Seven people were detained.")


def test_hash_ignores_curly_versus_straight_quotes():
    assert content_hash("He said “don’t go” – twice.") == content_hash("He said \"don't go\" - twice.")


def test_hash_differs_for_different_words():
    assert content_hash("Seven people were detained.") != content_hash("Eight people were detained.")
