"""Recognising the issuing body named in a citation ("của Bộ Chính trị …").

Only central bodies whose names are unambiguous are recognised; the id is
used to compare a citation with the known-documents registry.  An issuer we
do not recognise never produces a finding (no guessing).
"""

from __future__ import annotations

import re
import unicodedata

# id → spellings (already lower-case, NFC, single spaces), longest first at lookup time.
_ALIASES: dict[str, tuple[str, ...]] = {
    "bo-chinh-tri": ("bộ chính trị",),
    "ban-bi-thu": ("ban bí thư trung ương đảng", "ban bí thư trung ương", "ban bí thư"),
    "bchtw": ("ban chấp hành trung ương đảng cộng sản việt nam", "ban chấp hành trung ương đảng",
              "ban chấp hành trung ương", "hội nghị trung ương"),
    "vptw": ("văn phòng trung ương đảng",),
    "btgtw": ("ban tuyên giáo trung ương",),
    "btgdvtw": ("ban tuyên giáo và dân vận trung ương",),
    "btctw": ("ban tổ chức trung ương",),
    "chinh-phu": ("chính phủ",),
    "thu-tuong": ("thủ tướng chính phủ", "thủ tướng"),
    "quoc-hoi": ("quốc hội",),
    "ubtvqh": ("ủy ban thường vụ quốc hội",),
    "btt-mttw": ("ban thường trực ủy ban trung ương mặt trận tổ quốc việt nam",
                 "ban thường trực ủy ban trung ương mttq việt nam", "ban thường trực ubtư mttq việt nam",
                 "ban thường trực ủy ban trung ương mttqvn"),
    "ubtw-mttq": ("ủy ban trung ương mặt trận tổ quốc việt nam", "ủy ban trung ương mttq việt nam"),
}
_LOOKUP = sorted(((alias, key) for key, names in _ALIASES.items() for alias in names), key=lambda x: -len(x[0]))
_PAREN_RE = re.compile(r"\([^)]*\)")


def normalise_issuer(text: str) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    t = t.replace("uỷ", "ủy").replace("thuỷ", "thủy").replace("hoá", "hóa").replace("khoá", "khóa")
    t = _PAREN_RE.sub(" ", t)
    return " ".join(t.split())


def issuer_id(text: str | None) -> str | None:
    """Id of a central issuing body named by ``text`` ("Bộ Chính trị khóa XII" → "bo-chinh-tri")."""
    if not text:
        return None
    t = normalise_issuer(text)
    for alias, key in _LOOKUP:
        # the name alone, or followed by its term ("Bộ Chính trị khóa XII"); "(khóa XI)" is removed above
        if t == alias or t.startswith(alias + " khóa"):
            return key
    return None


def issuer_label(key: str) -> str:
    """A readable name for an issuer id (its first, canonical spelling, capitalised)."""
    names = {
        "bo-chinh-tri": "Bộ Chính trị", "ban-bi-thu": "Ban Bí thư", "bchtw": "Ban Chấp hành Trung ương",
        "vptw": "Văn phòng Trung ương Đảng", "btgtw": "Ban Tuyên giáo Trung ương",
        "btgdvtw": "Ban Tuyên giáo và Dân vận Trung ương", "btctw": "Ban Tổ chức Trung ương",
        "chinh-phu": "Chính phủ", "thu-tuong": "Thủ tướng Chính phủ", "quoc-hoi": "Quốc hội",
        "ubtvqh": "Ủy ban Thường vụ Quốc hội",
        "btt-mttw": "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "ubtw-mttq": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    }
    return names.get(key, key)
