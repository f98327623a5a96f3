"""The bodies table's name search (issue 14, CPU): the leftmost name found through the ungrouped alternation,
then matched by the grouped pattern there, is exactly what the grouped pattern's own search finds."""

import random
import re


def test_org_and_unit_search_equals_the_grouped_search():
    from tdnlint.analysis.bodies import _ORG_ANY_RE, _ORG_RE, _UNIT_ANY_RE, _UNIT_RE, _first_name

    rnd = random.Random(13)
    words = ["ban", "tuyên", "giáo", "dân", "vận", "tổ", "chức", "ủy", "kiểm", "tra", "văn", "phòng", "mặt", "trận",
             "tổ quốc", "việt", "nam", "nhân", "hội", "đồng", "sở", "tư", "pháp", "tỉnh", "huyện", "đảng", "bộ",
             "chi", "công", "an", "đoàn", "thanh", "niên", "các", "cơ", "quan", "và", "-", ",", "xban", "ủyban",
             "chính", "trị", "xã", "thường", "vụ", "phụ", "nữ", "cựu", "chiến", "binh", "nông"]
    found = 0
    for _ in range(20000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 9)))
        pos = rnd.randint(0, len(text))
        for any_re, grouped in ((_ORG_ANY_RE, _ORG_RE), (_UNIT_ANY_RE, _UNIT_RE)):
            a, b = _first_name(any_re, grouped, text, pos), grouped.search(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text
            found += b is not None
    assert found > 1000


def _plain_collective(phrase: str) -> str:
    """The collective-name substitutions as written before they were compiled and guarded (the oracle)."""
    from tdnlint.analysis.bodies import _PAREN_RE

    text = _PAREN_RE.sub(" ", re.sub(r"\bBan(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])", "Ban ", phrase))
    text = re.sub(r"\b([Ss]ở|[Pp]hòng),\s*(ban),\s*(ngành)\b", "\\1\ue000\\2\ue000\\3", text)
    text = re.sub(r"\b([Ss]ở|[Bb]an),\s*(ngành)\b", "\\1\ue000\\2", text)
    text = re.sub(r"\b([Cc]hi),\s*(đảng bộ)\b", "\\1\ue000\\2", text)
    text = re.sub(r"\b([Bb]ộ),\s*(cơ quan ngang [Bb]ộ)\b(?:,\s*(cơ quan thuộc Chính phủ)\b)?",
                  lambda m: "\ue000".join(g for g in m.groups() if g), text)
    text = re.sub(r"\b([Bb]ộ),\s*(ngành)\b", "\\1\ue000\\2", text)
    text = re.sub(r"\b(thôn),\s*(tổ dân phố|TDP|khu phố)\b", "\\1\ue000\\2", text)
    return re.sub(r"\b([Cc]ác\s+cơ quan),\s*(đơn vị)\b", "\\1\ue000\\2", text)


def test_body_chunks_equal_the_uncompiled_substitutions():
    from tdnlint.analysis import bodies

    captured = []
    real_sep = bodies._SEP_RE

    class Spy:  # the text handed to the separator scan is the result of the substitutions
        def finditer(self, text):
            captured.append(text)
            return real_sep.finditer(text)

    rnd = random.Random(17)
    parts = ["Sở", "sở", "Phòng", "ban", "Ban", "ngành", "Chi", "chi", "đảng bộ", "Bộ", "bộ", "cơ quan ngang Bộ",
             "cơ quan thuộc Chính phủ", "thôn", "tổ dân phố", "TDP", "khu phố", "Các cơ quan", "các  cơ quan",
             "đơn vị", "BanTuyên", "BanDân", "(", ")", "Giáo dục", "và", ", ", ",", " ", "; "]
    bodies._SEP_RE = Spy()
    try:
        for _ in range(3000):
            phrase = "".join(rnd.choice(parts) + rnd.choice(["", " ", ", "]) for _ in range(rnd.randint(1, 8)))
            captured.clear()
            bodies._chunks_uncached(phrase)
            assert captured == [_plain_collective(phrase)], phrase
    finally:
        bodies._SEP_RE = real_sep
