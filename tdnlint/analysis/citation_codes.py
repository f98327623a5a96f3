"""Code tables behind the citation analysis: type codes, type words, issuer families.

Kept apart from :mod:`tdnlint.analysis.citations` so rules and third-party
plugins can import the tables without pulling in the extractor.

Sources (spec ``vn-document-rules.md``): NĐ 30 Phụ lục III (section 1.10, [T]),
VBQPPL numbering (1.11, [T]), Party codes (2.3, [O]/[U]), Party issuer codes
(2.4, [O]), MTTQ symbols (3, [T]/[O]), type word ↔ code map (7, CITE-05).
"""

from __future__ import annotations

import re
import unicodedata

# ---- type codes ---------------------------------------------------------------------------
# NĐ 30 Phụ lục III, exact case (CTr, TTr, QyĐ, TrS are mixed case) [T].
STATE_TYPE_CODES = frozenset({
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
    "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
})
# Normative legal documents (VBQPPL) and codes used by Party / MTTQ bodies (2.3, 3).
EXTRA_TYPE_CODES = frozenset({"NĐ", "TT", "TTLT", "NQLT", "KL", "QĐi", "CV", "BS", "CTrHĐ", "KTr"})
TYPE_CODES = STATE_TYPE_CODES | EXTRA_TYPE_CODES

# Administrative types never issued as VBQPPL: a year in their symbol is wrong (ND30-QPPL-02 [O]).
ADMIN_ONLY_CODES = frozenset({
    "KH", "HD", "BC", "TB", "CV", "TTr", "CTr", "KL", "ĐA", "PA", "DA", "BB", "GM", "GGT", "GNP", "CĐ",
    "TC", "PG", "PC", "PB", "BGN", "BTT", "GUQ", "HĐ",
})

# Type word used in a citation → codes that may follow it (CITE-05; spec 2.3 and 7).
TYPE_WORD_CODES: dict[str, frozenset[str] | None] = {
    "Nghị quyết liên tịch": frozenset({"NQLT"}),
    "Nghị quyết": frozenset({"NQ"}),
    "Quyết định": frozenset({"QĐ"}),
    # State Quy định is QyĐ; Party and MTTQ use QĐ or QĐi (spec 2.3, MTTQ-ABB-01).
    "Quy định": frozenset({"QyĐ", "QĐ", "QĐi"}),
    "Quy chế": frozenset({"QC"}),
    "Chỉ thị": frozenset({"CT"}),
    "Kết luận": frozenset({"KL"}),
    "Thông tri": frozenset({"TT"}),
    "Hướng dẫn": frozenset({"HD"}),
    "Thông báo": frozenset({"TB"}),
    "Thông cáo": frozenset({"TC"}),
    "Kế hoạch": frozenset({"KH"}),
    "Chương trình": frozenset({"CTr", "CTrHĐ"}),
    "Chương trình hành động": frozenset({"CTr", "CTrHĐ"}),
    "Báo cáo": frozenset({"BC"}),
    "Tờ trình": frozenset({"TTr"}),
    "Đề án": frozenset({"ĐA"}),
    "Phương án": frozenset({"PA"}),
    "Dự án": frozenset({"DA"}),
    "Biên bản": frozenset({"BB"}),
    "Công điện": frozenset({"CĐ"}),
    "Giấy mời": frozenset({"GM"}),
    "Nghị định": frozenset({"NĐ"}),
    "Thông tư liên tịch": frozenset({"TTLT"}),
    "Thông tư": frozenset({"TT"}),
    # No type code: Luật / Pháp lệnh carry only the issuer (QH13, UBTVQH14); công văn carries
    # the issuer and unit (State) or CV (Party, [U]).
    "Luật": None,
    "Bộ luật": None,
    "Pháp lệnh": None,
    "Công văn": None,
}

# Canonical spelling of the type words, longest first (so "Thông tư liên tịch" wins over "Thông tư").
TYPE_WORDS: tuple[str, ...] = tuple(sorted(TYPE_WORD_CODES, key=len, reverse=True))
_TYPE_WORD_KEY = {w.upper(): w for w in TYPE_WORDS}

# Which type word a code stands for (for messages: "16-KH/TW is a Kế hoạch").
CODE_TYPE_WORD: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QyĐ": "Quy định", "QĐi": "Quy định", "QC": "Quy chế",
    "CT": "Chỉ thị", "KL": "Kết luận", "HD": "Hướng dẫn", "TB": "Thông báo", "TC": "Thông cáo",
    "KH": "Kế hoạch", "CTr": "Chương trình", "BC": "Báo cáo", "TTr": "Tờ trình", "ĐA": "Đề án",
    "PA": "Phương án", "DA": "Dự án", "BB": "Biên bản", "CĐ": "Công điện", "NĐ": "Nghị định",
    "TTLT": "Thông tư liên tịch", "GM": "Giấy mời", "CV": "Công văn",
}

# ---- issuers ------------------------------------------------------------------------------
# Party issuer codes (spec 2.4 [O]): central and local committees and their organs.
PARTY_ISSUERS = frozenset({
    "TW", "TU", "HU", "QU", "ĐU", "ThU", "TxU", "CB", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW",
    "BDVTW", "BĐNTW", "BKTTW", "BNCTW", "ĐUK", "ĐUKCCQTW", "ĐUKDNTW",
})
_PARTY_ISSUER_RE = re.compile(r"^(?:VP|BTC|BTG|BTGDV|BDV|UBKT|BNC|BĐN|BKT)(?:TW|TU|HU|QU|ĐU|ThU|TxU)$")
# State issuers that never appear in Party-style symbols (Chính phủ, Thủ tướng, UBND, HĐND,
# ministries).  BTC (Bộ Tài chính / Ban Tổ chức) and BCT are ambiguous and left out on purpose.
STATE_ISSUERS = frozenset({
    "TTg", "CP", "UBND", "HĐND", "VPCP", "NHNN", "KTNN", "TTCP", "VKSNDTC", "TANDTC", "BNV", "BYT", "BCA",
    "BQP", "BGDĐT", "BTTTT", "BVHTTDL", "BTP", "BKHĐT", "BNNPTNT", "BNNMT", "BTNMT", "BGTVT", "BXD",
    "BLĐTBXH", "BKHCN", "BNG", "UBDT", "BDTTG", "VPQH", "UBTVQH", "QH",
})
_QH_RE = re.compile(r"^(?:QH|UBTVQH)\d{1,2}$")
_MTTQ_RE = re.compile(r"^(?:UB)?MTT[QW]")
# Issuers whose normative documents always carry the year (CITE-04): ministries, agencies
# at ministerial level, courts and procuracy.  Thông tư of these bodies are VBQPPL.
_MINISTRY_RE = re.compile(r"^(?:B[A-ZĐ]{1,8}|NHNN|KTNN|TTCP|VKSNDTC|TANDTC|UBDT)$")

# Exact-case spelling of every code we know, looked up case-insensitively (CITE-08).
KNOWN_CODES: dict[str, str] = {}
for _c in (*TYPE_CODES, *PARTY_ISSUERS, *STATE_ISSUERS, "MTTQ", "MTTW", "BTT", "UBMTTQ", "BCĐ"):
    KNOWN_CODES.setdefault(_c.upper(), _c)
# Mixed-case codes: the official spelling is not all capitals.
MIXED_CASE = frozenset(c for c in KNOWN_CODES.values() if c != c.upper())


def canonical_case(code: str) -> str | None:
    """The official spelling of ``code`` when it is a known code written in another case."""
    hit = KNOWN_CODES.get(code.upper())
    if hit is not None and hit != code:
        return hit
    return None


def is_qh(code: str) -> bool:
    return bool(_QH_RE.match(code))


def is_party_issuer(code: str) -> bool:
    return code in PARTY_ISSUERS or bool(_PARTY_ISSUER_RE.match(code))


def is_state_issuer(code: str) -> bool:
    return code in STATE_ISSUERS or is_qh(code)


def is_mttq_issuer(code: str) -> bool:
    return bool(_MTTQ_RE.match(code))


def is_ministry(code: str) -> bool:
    return bool(_MINISTRY_RE.match(code)) and not is_mttq_issuer(code) and code not in ("BCĐ", "BTC", "BCT")


# Central bodies whose symbols follow a form fixed by regulation: a cited symbol of theirs can be checked
# against that form.  Everybody else (local committees, companies, units with their own series) is quoted
# exactly as it was issued, oddities included (spec 1.10, 1.11, 2.4; docs/citations.md).
_CENTRAL_STATE = frozenset({"TTg", "CP", "VPCP", "QH", "UBTVQH", "VPQH", "NHNN", "KTNN", "TTCP", "VKSNDTC",
                            "TANDTC", "UBDT"})


def is_central_party(code: str | None) -> bool:
    """TW (Ban Chấp hành, Bộ Chính trị, Ban Bí thư), VPTW, the central Ban (BTGTW …) and central Đảng ủy khối."""
    return bool(code) and is_party_issuer(code) and (code.endswith("TW") or code.startswith("ĐUK"))


def is_central_state(code: str | None) -> bool:
    return bool(code) and (code in _CENTRAL_STATE or is_qh(code) or (code in STATE_ISSUERS and code not in ("UBND", "HĐND")))


def issuer_family(code: str | None) -> str | None:
    """party, state, mttq or None (unknown: keep whatever order the drafter used)."""
    if not code:
        return None
    if is_mttq_issuer(code):
        return "mttq"
    if is_party_issuer(code):
        return "party"
    if is_state_issuer(code):
        return "state"
    return None


def type_word_key(word: str) -> str | None:
    """Canonical type word for ``word`` whatever its case ("KẾT LUẬN" → "Kết luận")."""
    w = unicodedata.normalize("NFC", " ".join(word.split()))
    return _TYPE_WORD_KEY.get(w.upper())


def split_glued(comp: str) -> tuple[str, str] | None:
    """Split "QĐUBND" → ("QĐ", "UBND"): a type code glued to a known issuer (separator missing)."""
    for code in sorted(TYPE_CODES, key=len, reverse=True):
        if comp.startswith(code) and len(comp) > len(code):
            rest = comp[len(code):]
            if issuer_family(rest) is not None:
                return code, rest
    return None
