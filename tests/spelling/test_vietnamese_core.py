"""Unit tests of the linguistic core: orthography, Telex/VNI decoding, lexicon, tokeniser."""

import pytest

from tdnlint.analysis.tokens import tokenize, tokenize_document
from tdnlint.model import Document, Paragraph
from tdnlint.vietnamese.keyboard import telex_decode, vni_decode
from tdnlint.vietnamese.lexicon import load_lexicon
from tdnlint.vietnamese.orthography import compose, is_valid, open_glide_style, parse, skeleton, strip_tone


@pytest.mark.parametrize("word", ["nghĩa", "quốc", "quý", "gìn", "gì", "khuỷu", "người", "được", "hoà", "hòa",
                                  "thuở", "ngoặc", "xoong", "tuyên", "yêu", "khuya", "kết", "giữ", "Việt"])
def test_valid_syllables(word):
    assert is_valid(word)


@pytest.mark.parametrize(("word", "why"), [
    ("ket", "stop coda without sắc/nặng"), ("đạon", "impossible rhyme"), ("ngha", "ngh before a"),
    ("kan", "k before a"), ("ghe", "valid"), ("ge", "g before e"), ("ci", "c before i"), ("ngi", "ng before i"),
    ("tỉnhvề", "two syllables"), ("cuar", "r is not a letter of a syllable"),
])
def test_invalid_syllables(word, why):
    assert is_valid(word) == (why == "valid"), why


def test_tone_placement_styles():
    assert compose("h", "oa", 1) == "hòa" and compose("h", "oa", 1, new_style=True) == "hoà"
    assert compose("ng", "ươi", 1) == "người" and compose("đ", "oan", 5) == "đoạn"
    assert compose("qu", "y", 2) == "quý" and compose("kh", "uyu", 3) == "khuỷu"
    assert open_glide_style("hòa") == "old" and open_glide_style("hoà") == "new"
    assert open_glide_style("quý") is None and open_glide_style("hoàn") is None
    assert parse("Việt").tone == 5 and skeleton("Đổi mới") == "doi moi" and strip_tone("Việt") == "Viêt"


@pytest.mark.parametrize(("keys", "word"), [
    ("cuar", "của"), ("ddoàn", "đoàn"), ("nhieemj", "nhiệm"), ("dduowcj", "được"), ("nguowif", "người"),
    ("khoong", "không"), ("thuyr", "thủy"), ("tour", None), ("set", None),
])
def test_telex(keys, word):
    assert telex_decode(keys) == word


@pytest.mark.parametrize(("keys", "word"), [("vie65t", "việt"), ("d9u7o7c5", "được"), ("nguo72i", "người"),
                                            ("H5N1", None), ("F0", None)])
def test_vni(keys, word):
    assert vni_decode(keys) == word


def test_lexicon_attested_syllables_words_and_styles():
    lex = load_lexicon()
    assert lex.is_syllable("triển") and not lex.is_syllable("triến") and not lex.is_syllable("cuông")
    assert lex.is_syllable("hoà") and lex.is_syllable("hòa") and lex.is_syllable("uỷ")
    assert lex.is_word("Đổi", "mới") and lex.is_word("hoá", "học") and not lex.is_word("đối", "mới")
    assert lex.nearmiss["đối mới"] == "đổi mới" and lex.nearmiss["ket luận"] == "kết luận"
    assert "phản đối" in lex.words
    user = load_lexicon(extra_words=["Pắc Bó", "cuông"], ignore_words=["HDND"])
    assert user.is_syllable("cuông") and user.is_word("pắc", "bó") and user.ignored("hdnd")
    assert not load_lexicon().is_syllable("cuông")  # the shipped lexicon is not modified


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text) if t.kind != "punct"]


def test_tokeniser_codes_dates_numbers_acronyms():
    assert kinds("Kết luận số 57-KL/TW ngày 04/3/2021, Quyết định 1648/QĐ-TTg, 97/HD-MTTQ-BTT của UBND") == [
        ("word", "Kết"), ("word", "luận"), ("word", "số"), ("code", "57-KL/TW"), ("word", "ngày"),
        ("date", "04/3/2021"), ("word", "Quyết"), ("word", "định"), ("code", "1648/QĐ-TTg"),
        ("code", "97/HD-MTTQ-BTT"), ("word", "của"), ("acronym", "UBND")]
    assert kinds("HĐND, BCĐ, TTĐN, 2.500 người, 12%, NĐ-CP, COVID-19") == [
        ("acronym", "HĐND"), ("acronym", "BCĐ"), ("acronym", "TTĐN"), ("number", "2.500"), ("word", "người"),
        ("number", "12%"), ("code", "NĐ-CP"), ("code", "COVID-19")]


def test_tokeniser_roman_brands_urls():
    assert kinds("II. MỤC ĐÍCH") == [("roman", "II"), ("word", "MỤC"), ("word", "ĐÍCH")]
    assert kinds("Phần IV, YouTube, TTg, H5N1, Москва") == [
        ("word", "Phần"), ("roman", "IV"), ("mixed", "YouTube"), ("mixed", "TTg"), ("alnum", "H5N1"),
        ("foreign", "Москва")]
    assert kinds("Gửi mttq.tinh@gmail.com hoặc https://mattran.org.vn/a") == [
        ("word", "Gửi"), ("email", "mttq.tinh@gmail.com"), ("word", "hoặc"), ("url", "https://mattran.org.vn/a")]


def test_token_offsets_are_analysis_offsets():
    text = "Việt Nam, 57-KL/TW."
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_document_tokens_are_lazy_and_shared():
    doc = Document("x.txt", "txt", [Paragraph("Việt Nam"), Paragraph(""), Paragraph("Hà Nội", part="comment")])
    toks = tokenize_document(doc)
    assert list(toks) == [0] and len(toks) == 1
    assert toks[0] is toks[0]
    assert toks.legacy is None and toks.spelling_enabled
