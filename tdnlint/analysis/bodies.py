"""Names of Vietnamese bodies (cơ quan, tổ chức) and how to tell two names mean the same body.

Official texts name the same body in many ways: "Ủy ban MTTQ Việt Nam tỉnh",
"UBMTTQVN tỉnh", "BTT UB MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh"; "Ban Tuyên giáo
Tỉnh ủy", "BTGTU"; "Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh", "BCĐ TTĐN
tỉnh".  Comparing strings is hopeless, so a name is parsed into a small
:class:`Body` record -- *what kind of body* (``org``), *which internal unit*
(``unit``: a Ban/Văn phòng inside it), *which level* (trung ương, tỉnh, huyện,
xã) and a specific *name* for bodies that have one (Sở Nội vụ, Báo Hòa Bình Mới) --
and records are compared with :func:`covers` / :func:`same_body`.

The level matters ("Ban Tuyên giáo Tỉnh ủy" is not "Ban Tuyên giáo cấp ủy
huyện"), the province name mostly does not (a draft says "tỉnh" for its own
province).  Matching is deliberately lenient where the text is vague (no level
word → any level) because the consumer, the recipients-completeness rule,
must not cry wolf.

The tables here are the alias table other rules and third-party packs can
reuse: :data:`ABBREVIATIONS` and :func:`parse_bodies`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# ---- abbreviations (case-sensitive, whole word, optional trailing dot) ------------------------------
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("UBTƯMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("UBTWMTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc"),
    ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("UBKT", "Ủy ban Kiểm tra"),
    ("UB", "Ủy ban"),
    ("BTT", "Ban Thường trực"),
    ("BTV", "Ban Thường vụ"),
    ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BTGTU", "Ban Tuyên giáo Tỉnh ủy"),
    ("BTG", "Ban Tuyên giáo"),
    ("BDVTW", "Ban Dân vận Trung ương"),
    ("BDVTU", "Ban Dân vận Tỉnh ủy"),
    ("BDV", "Ban Dân vận"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("BTCTU", "Ban Tổ chức Tỉnh ủy"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("BCD", "Ban Chỉ đạo"),
    ("BCH", "Ban Chấp hành"),
    ("TTĐN", "thông tin đối ngoại"),
    ("CT-XH", "chính trị - xã hội"),
    ("CTXH", "chính trị - xã hội"),
    ("TW", "Trung ương"),
    ("TƯ", "Trung ương"),
    ("TU", "Tỉnh ủy"),
    ("HU", "Huyện ủy"),
    ("ThU", "Thành ủy"),
    ("ĐU", "Đảng ủy"),
    ("TP", "thành phố"),
    ("Tp", "thành phố"),
    ("TX", "thị xã"),
    ("VN", "Việt Nam"),
    ("PT-TH", "Phát thanh - Truyền hình"),
    ("PTTH", "Phát thanh - Truyền hình"),
    ("MT", "Mặt trận"),
    ("VP", "Văn phòng"),
    ("LĐLĐ", "Liên đoàn Lao động"),
    ("HLHPN", "Hội Liên hiệp Phụ nữ"),
    ("HND", "Hội Nông dân"),
    ("HCCB", "Hội Cựu chiến binh"),
    ("ĐTNCS", "Đoàn Thanh niên Cộng sản"),
    ("ĐTN", "Đoàn Thanh niên"),
    ("TNCS", "Thanh niên Cộng sản"),
    ("HCM", "Hồ Chí Minh"),
    ("LHPN", "Liên hiệp Phụ nữ"),
    ("CCB", "Cựu chiến binh"),
    # "Bộ CHQS tỉnh", "Ban CHQS huyện": the usual short form of the military command
    ("BCHQS", "Bộ Chỉ huy Quân sự"),
    ("CHQS", "Chỉ huy Quân sự"),
    ("BĐBP", "Bộ đội Biên phòng"),
    ("CA", "Công an"),
    ("BQLDA", "Ban Quản lý dự án"),
    ("BQL", "Ban Quản lý"),  # "CA tỉnh", "CA huyện" in recipient lists
    ("BHXH", "Bảo hiểm xã hội"),
    ("KBNN", "Kho bạc Nhà nước"),
    ("PT&TH", "Phát thanh - Truyền hình"),
    ("PCT", "Phó Chủ tịch"),
    ("PCVP", "Phó Chánh Văn phòng"),
    ("CVP", "Chánh Văn phòng"),
    ("LĐVP", "Lãnh đạo Văn phòng"),
    ("TTK", "Tổng Thư ký"),
    # central press in recipient lists: "Đài THVN, Đài TNVN, TTXVN"
    ("THVN", "Truyền hình Việt Nam"),
    ("TNVN", "Tiếng nói Việt Nam"),
    ("TTXVN", "Thông tấn xã Việt Nam"),
    # grassroots: "BCTMT các thôn, TDP", "Ban CTMT khu dân cư"
    ("BCTMT", "Ban công tác Mặt trận"),
    ("CTMT", "công tác Mặt trận"),
    ("TDP", "tổ dân phố"),
    ("KDC", "khu dân cư"),
)
_LETTER = r"0-9A-Za-zÀ-ỹĐđ"
# "&" joins the initials of one name ("TN&MT" = Tài nguyên và Môi trường): "MT" there is not "Mặt trận"
_ABBR_RE = re.compile(
    r"(?<![&" + _LETTER + r"])("
    + "|".join(re.escape(a) for a, _ in sorted(ABBREVIATIONS, key=lambda x: -len(x[0])))
    + r")(?:\.(?![" + _LETTER + r"]))?(?![&" + _LETTER + r"])"
)
_ABBR_MAP = dict(ABBREVIATIONS)


def expand_abbreviations(text: str) -> str:
    # "BanThường trực" (a lost space, seen in real drafts) → "Ban Thường trực"
    text = re.sub(r"\bBan(?=[A-ZĐÀ-Ỹ])", "Ban ", text)
    return _ABBR_RE.sub(lambda m: _ABBR_MAP[m.group(1)] + " ", text)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _old_style(m: re.Match[str]) -> str:
    """Move a tone from the second vowel of open oa/oe/uy to the first (hoà → hòa, uỷ → ủy)."""
    first, second = m.group(1), m.group(2)
    d = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in d if c in _TONES)
    base = "".join(c for c in d if c not in _TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", base)


_NEW_STYLE_RE = re.compile(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![" + _LETTER + r"])")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lower-case, NFC, old-style tone marks, abbreviations expanded, one space, uniform dashes."""
    t = unicodedata.normalize("NFC", text)
    t = expand_abbreviations(t)
    t = _NEW_STYLE_RE.sub(_old_style, t)
    t = t.lower()
    t = re.sub(r"\s*[-–—‑]\s*", " - ", t)
    t = re.sub(r"\s+", " ", t)
    return t.strip()


# ---- kinds ------------------------------------------------------------------------------------------
# Internal units (a Ban / Văn phòng inside a body): (regex, unit keys).
_UNITS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"ban tuyên giáo (?:và|-) dân vận", frozenset({"tuyên giáo", "dân vận"})),
    (r"ban tổ chức (?:-|và) tuyên giáo", frozenset({"tổ chức", "tuyên giáo"})),
    (r"ban dân chủ (?:-|và) pháp luật(?: và tuyên giáo)?", frozenset({"dân chủ - pháp luật"})),
    (r"ban tuyên giáo", frozenset({"tuyên giáo"})),
    (r"ban dân vận", frozenset({"dân vận"})),
    (r"ban tổ chức", frozenset({"tổ chức"})),
    (r"ban phong trào", frozenset({"phong trào"})),
    (r"ban đối ngoại", frozenset({"đối ngoại"})),
    (r"ban kinh tế", frozenset({"kinh tế"})),
    (r"ban nội chính", frozenset({"nội chính"})),
    (r"ủy ban kiểm tra", frozenset({"kiểm tra"})),
    (r"văn phòng", frozenset({"văn phòng"})),
)
# Units that, without a named parent, belong to a Party committee (Ban Tuyên giáo TW …).
_PARTY_UNITS = frozenset({"tuyên giáo", "dân vận", "tổ chức", "kiểm tra", "nội chính", "kinh tế"})

# Bodies: (regex, org key).  Order = priority at the same position (longer first).
_ORGS: tuple[tuple[str, str], ...] = (
    (r"ban công tác mặt trận", "ban công tác mặt trận"),
    (r"(?:ủy ban )?(?:trung ương )?mặt trận(?: tổ quốc)?(?: việt nam)?", "mttq"),
    (r"ủy ban nhân dân|chính quyền", "ubnd"),
    (r"hội đồng nhân dân", "hđnd"),
    (r"bộ chính trị|ban bí thư|ban chấp hành trung ương(?: đảng)?|chính phủ|thủ tướng(?: chính phủ)?|quốc hội"
     r"|chủ tịch nước", "top"),
    (r"ban thường vụ (?:tỉnh|thành|huyện|quận|thị) ủy|(?:tỉnh|thành|huyện|quận|thị) ủy|cấp ủy(?: đảng)?"
     r"|ban chấp hành đảng bộ|chi,? đảng bộ|đảng bộ|chi bộ|tổ chức cơ sở đảng", "cấp ủy"),
    (r"đảng ủy", "đảng ủy"),
    (r"ban chỉ đạo", "ban chỉ đạo"),
    (r"tổ chức thành viên", "tổ chức thành viên"),
    (r"(?:tổ chức |đoàn thể )?chính trị - xã hội|đoàn thể", "ctxh"),
    # "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn" are the Youth Union of that level ("hoàn thành đoàn kết" is not)
    (r"đoàn thanh niên(?: cộng sản)?(?: hồ chí minh)?|đoàn tncs(?: hồ chí minh)?"
     r"|(?:tỉnh|thành|huyện|quận|thị) đoàn(?! kết| viên| thể| công tác| đại biểu| kiểm tra| giám sát| thanh tra)",
     "ctxh:đoàn thanh niên"),
    (r"hội liên hiệp phụ nữ|hội phụ nữ|hội pn", "ctxh:hội phụ nữ"),
    (r"hội nông dân|hội nd", "ctxh:hội nông dân"),  # "Hội ND huyện" in recipient lists
    (r"hội cựu chiến binh", "ctxh:hội cựu chiến binh"),
    (r"liên đoàn lao động|công đoàn", "ctxh:công đoàn"),
    (r"cơ quan (?:thông tấn,? )?báo chí|cơ quan thông tấn|báo chí", "báo chí"),
    (r"thông tấn xã", "thông tấn xã"),
    # "các bộ, cơ quan ngang bộ (, cơ quan thuộc Chính phủ)", "các bộ, ngành Trung ương"
    (r"bộ, cơ quan ngang bộ(?:, cơ quan thuộc chính phủ)?|cơ quan ngang bộ|bộ, ngành(?! nghề)|cơ quan thuộc chính phủ",
     "bộ ngành"),
    (r"tạp chí", "tạp chí"),
    (r"báo(?! cáo| chí)(?= [^\s])", "báo"),
    (r"đài (?:phát thanh|truyền hình)", "đài"),
    (r"(?:cổng|trang) thông tin điện tử", "cổng thông tin"),
    # collectives of the executive's agencies: "các sở, ban, ngành", "các phòng, ban, ngành huyện",
    # "các ban, ngành", "các cơ quan chuyên môn thuộc UBND"
    (r"(?:sở|phòng),? ban,? ngành|sở,? ngành|ban,? ngành|cơ quan chuyên môn", "sở ngành"),
    # the catch-all "Các cơ quan, đơn vị (có liên quan)" reaches the same agencies
    (r"(?:các|những) cơ quan,? đơn vị", "cơ quan đơn vị"),
    # "cơ sở giáo dục", "sở hữu", "sở tại" are not a Sở
    (r"(?<!cơ )sở(?! hữu| tại| cứ| thích| trường| dĩ)(?= [^\s,;])", "sở"),
    (r"phòng(?! ,| chống| ngừa| thủ| họp| làm| khám| bệnh| dịch)(?= [^\s,;])", "phòng"),
    (r"công an", "công an"),
    # "BCH Quân sự huyện": there BCH is "Ban Chỉ huy", not "Ban Chấp hành"
    (r"(?:bộ|ban) (?:chỉ huy|chấp hành) quân sự|cơ quan quân sự", "quân sự"),
    (r"(?:bộ chỉ huy )?bộ đội biên phòng|đồn biên phòng", "biên phòng"),
    (r"đài truyền thanh|đài tiếng nói", "đài"),
    (r"hội đồng tư vấn", "hội đồng tư vấn"),
    # other named bodies: the specific name (after the kind word) tells them apart
    (r"tổng cục|chi cục|(?<!bố )(?<!kết )cục(?! bộ| diện| diện)", "cục"),
    (r"trung tâm", "trung tâm"),
    (r"ban quản lý", "ban quản lý"),
    (r"kho bạc nhà nước|kho bạc", "kho bạc"),
    # a bare "Thanh tra" is the verb ("Thanh tra, kiểm tra việc …"); the inspectorate is named with its
    # level or parent ("Thanh tra tỉnh", "Thanh tra Sở Y tế", "Thanh tra Chính phủ")
    (r"thanh tra(?= (?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|sở|bộ|chính phủ|nhà nước|các cấp|cấp|ngành|"
     r"giao thông|xây dựng|y tế|giáo dục|tài chính)\b)", "thanh tra"),
    (r"bảo hiểm xã hội", "bảo hiểm xã hội"),
    (r"ngân hàng", "ngân hàng"),
    (r"bệnh viện|viện(?! dẫn| trợ| phí)", "viện"),
    (r"trường(?! hợp)", "trường"),
    # "bộ phận", "bộ máy", "bộ tiêu chí", "bộ hồ sơ" … are not a ministry
    (r"bộ(?! phận| máy| tiêu chí| chỉ số| hồ sơ| luật| đội| mặt| câu hỏi| công cụ| tài liệu| dữ liệu| sưu tập| mẫu"
     r"| quy tắc| thủ tục| nhận diện| tranh| sách| đề| đồ| phim)(?= [^\s,;])", "bộ"),
    (r"liên minh hợp tác xã", "liên minh hợp tác xã"),
    (r"ban dân tộc|ban tôn giáo", "ban dân tộc tôn giáo"),
    # villages and residential groups: "các thôn, tổ dân phố", "khu dân cư"
    (r"(?<!nông )thôn(?:, tổ dân phố|, khu phố)?|tổ dân phố|khu phố|khu dân cư|ấp(?= )", "thôn"),
    # other associations ("Hội Chữ thập đỏ tỉnh", "Hội Luật gia"): the name tells them apart
    (r"hội(?! đồng| nghị| viên| thảo| thi| diễn| chợ| trại| họp| lễ| nhập| tụ| ý| đủ| tự)(?= [^\s,;])", "hội"),
)
# Finding the leftmost name: the form with one named group per name (which _head needs, to know which name it
# is) gives the regex engine no literal to skip ahead to, so it tried all ~70 names at every character (~0.4 us
# per character; 40 % of the CPU of a long legal text went to assignments).  The same names without groups,
# one \b around the alternation, find the same leftmost position several times faster (each name then opens
# with a literal the engine tests first); the grouped form is then matched at that one position only, which
# gives the very match (and group) its search would have given.  tests/foundation/test_bodies_patterns.py.
_ORG_RE = re.compile("|".join(f"(?P<o{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_ORGS)))
_UNIT_RE = re.compile("|".join(f"(?P<u{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_UNITS)))
_ORG_ANY_RE = re.compile("\\b(?:" + "|".join(f"(?:{p})" for p, _ in _ORGS) + ")\\b")
_UNIT_ANY_RE = re.compile("\\b(?:" + "|".join(f"(?:{p})" for p, _ in _UNITS) + ")\\b")


def _first_name(any_re: re.Pattern[str], grouped: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """``grouped.search(text, pos)``, found through ``any_re`` (the same names without groups)."""
    m = any_re.search(text, pos)
    return grouped.match(text, m.start()) if m is not None else None
_NAMED = frozenset({"sở", "phòng", "báo", "tạp chí", "ban chỉ đạo", "đảng ủy", "cục", "trung tâm", "ban quản lý", "viện",
                    "trường", "bộ", "ngân hàng", "hội"})

# ---- levels -----------------------------------------------------------------------------------------
TW, TINH, HUYEN, XA, TP, ALL = "trung ương", "tỉnh", "huyện", "xã", "thành phố", "các cấp"
_LEVEL_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:trung ương|ở tw)\b"), TW),
    (re.compile(r"\btỉnh\b"), TINH),
    (re.compile(r"\b(?:huyện|quận|thị xã|thị ủy|huyện ủy|quận ủy|thị đoàn)\b"), HUYEN),
    (re.compile(r"\b(?:xã|phường|thị trấn|cơ sở)\b"), XA),
    (re.compile(r"\b(?:thành phố|thành ủy|thành đoàn)\b"), TP),
    (re.compile(r"\b(?:các cấp)\b"), ALL),
)
_RELATIVE_RE = re.compile(r"\bcấp (?:trên|dưới)\b")


def levels_of(norm: str) -> frozenset[str]:
    t = norm.replace("thành phố trực thuộc trung ương", "tỉnh").replace("trực thuộc trung ương", "")
    t = t.replace("xã hội", "").replace("thông tấn xã", "").replace("thị xã", "huyện")  # "chính trị - xã hội", "kinh tế - xã hội" are not the commune level
    found = {lvl for rx, lvl in _LEVEL_RES if rx.search(t)}
    if TP in found and found & {TINH, HUYEN}:
        # "các tỉnh, thành phố" / "các huyện, thị xã, thành phố": the city is one of the listed ones
        found.discard(TP)
    return frozenset(found)


def levels_compatible(a: frozenset[str], b: frozenset[str], strict: bool = False) -> bool:
    if strict and (ALL in a or ALL in b):
        return False  # "các cấp" is every level, not the issuer's own
    if not a or not b or ALL in a or ALL in b:
        return True
    if a & b:
        return True
    if strict:
        return False
    # "thành phố" alone may be a province-level or a district-level city
    return (TP in a and b & {TINH, HUYEN}) or (TP in b and a & {TINH, HUYEN})


@dataclass(frozen=True)
class Body:
    org: str | None  # kind of body ("mttq", "ubnd", "cấp ủy", "sở", …); None = a unit with unknown parent
    unit: frozenset[str] = frozenset()  # internal unit(s): {"tuyên giáo"}; empty = the body itself
    levels: frozenset[str] = frozenset()
    name: str = ""  # specific name for named kinds ("nội vụ", "ấp bắc", "thông tin đối ngoại")
    place: str = ""  # province/district name when written ("thanh hóa")
    text: str = ""  # the phrase as written
    collective: bool = False  # "các …"
    relative: bool = False  # "cấp trên", "cùng cấp": cannot be checked

    @property
    def key(self) -> tuple:
        return (self.org, self.unit, self.levels, self.name)


_SEP_RE = re.compile(r"\s*[,;]\s*|\s+và\s+(?=(?:các\s|những\s|[a-zà-ỹđ])|" + r"(?:Ban|Ủy|Uỷ|UB|Sở|Phòng|Báo|Đài|Hội|Đoàn))")
_PAREN_RE = re.compile(r"\([^)]*\)")
_PLURAL_LEVEL_RE = re.compile(
    r"\b(?:các|những) (?:tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|thành phố)(?:,? (?:và )?(?:tỉnh|huyện|quận|thị xã|xã"
    r"|phường|thị trấn|thành phố)\b)*"
)
_PLACE_RE = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+((?:[A-ZĐÀ-Ỹ][\w]*\s?){1,3})")


_BAN_GLUED_RE = re.compile(r"\bBan(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# Collective names whose commas do not separate bodies, compiled once (they were looked up in re's cache on
# every call) and tried only on text holding a comma.
_COLLECTIVE_SUBS: tuple[tuple[re.Pattern[str], object], ...] = (
    (re.compile(r"\b([Ss]ở|[Pp]hòng),\s*(ban),\s*(ngành)\b"), "\\1\ue000\\2\ue000\\3"),
    (re.compile(r"\b([Ss]ở|[Bb]an),\s*(ngành)\b"), "\\1\ue000\\2"),
    (re.compile(r"\b([Cc]hi),\s*(đảng bộ)\b"), "\\1\ue000\\2"),
    (re.compile(r"\b([Bb]ộ),\s*(cơ quan ngang [Bb]ộ)\b(?:,\s*(cơ quan thuộc Chính phủ)\b)?"),
     lambda m: "\ue000".join(g for g in m.groups() if g)),
    (re.compile(r"\b([Bb]ộ),\s*(ngành)\b"), "\\1\ue000\\2"),
    (re.compile(r"\b(thôn),\s*(tổ dân phố|TDP|khu phố)\b"), "\\1\ue000\\2"),
    (re.compile(r"\b([Cc]ác\s+cơ quan),\s*(đơn vị)\b"), "\\1\ue000\\2"),
)


@lru_cache(maxsize=16384)
def _chunks_cached(phrase: str) -> tuple[str, ...]:
    return tuple(_chunks_uncached(phrase))


def _chunks(phrase: str) -> list[str]:
    return list(_chunks_cached(phrase))


def _chunks_uncached(phrase: str) -> list[str]:
    """Split a list of bodies at ",", ";" and at "và" before a new body (not inside "Kế hoạch và Đầu tư")."""
    text = _PAREN_RE.sub(" ", _BAN_GLUED_RE.sub("Ban ", phrase) if "Ban" in phrase else phrase)
    # "các sở, ban, ngành" is one collective name, not three bodies
    # (the commas are held by a private-use mark while splitting, so messages quote the name as written)
    if "," in text:  # every pattern below holds a comma
        for pattern, repl in _COLLECTIVE_SUBS:
            text = pattern.sub(repl, text)
    out: list[str] = []
    pos = 0
    for m in _SEP_RE.finditer(text):
        if " và" in m.group(0) or "và " in m.group(0):
            nxt = text[m.end():]
            # "Sở Kế hoạch và Đầu tư", "Ban Tuyên giáo và Dân vận": capitalised non-body word → same name
            if nxt[:1].isupper() and not re.match(r"(?:Ban|Ủy|Uỷ|UB|Sở|Phòng|Báo|Đài|Hội|Đoàn|Mặt|Thường|Các)\b", nxt):
                continue
        out.append(text[pos:m.start()])
        pos = m.end()
    out.append(text[pos:])
    return [c.replace("\ue000", ", ").strip() for c in out if c.strip()]


def _head(norm: str) -> tuple[str | None, frozenset[str], int, int] | None:
    """(org, unit, start, end) of the first body named in ``norm`` (a unit takes the next org as parent)."""
    um = _first_name(_UNIT_ANY_RE, _UNIT_RE, norm)
    om = _first_name(_ORG_ANY_RE, _ORG_RE, norm)
    if um and (om is None or um.start() <= om.start()):
        unit = _UNITS[int(um.lastgroup[1:])][1]
        om2 = _first_name(_ORG_ANY_RE, _ORG_RE, norm, um.end())
        org = _ORGS[int(om2.lastgroup[1:])][1] if om2 else None
        return org, unit, um.start(), um.end()
    if om:
        return _ORGS[int(om.lastgroup[1:])][1], frozenset(), om.start(), om.end()
    return None


def _name_after(norm: str, end: int) -> str:
    rest = norm[end:]
    # ("xã hội" is part of a name: "Lao động - Thương binh và Xã hội", not the commune level)
    rest = re.split(r"\b(?:tỉnh|huyện|thành phố|trung ương|xã(?! hội)|các cấp|cấp|của|thuộc|ở|quận|thị xã)\b", rest)[0]
    rest = re.sub(r"^\s*(?:công tác\s+)?", "", rest)
    return rest.strip(" .-")


# "Các Sở: Tài chính, Công Thương, Xây dựng" -- one kind word, then the specific names after a colon
_GROUPED_RE = re.compile(
    r"^\s*(?:(?:các|những)\s+)?(?P<kind>sở|phòng|bộ|ban|báo|hội|trung tâm|chi cục|cục|đài|trường)\s*:\s*(?P<names>\S.*)$",
    re.I,
)


def _ungroup(phrase: str) -> str:
    """ "Các Sở: Tài chính, Công Thương" → "Sở Tài chính, Sở Công Thương" (each name gets its kind word back)."""
    m = _GROUPED_RE.match(phrase)
    if m is None:
        return phrase
    kind = m.group("kind")
    kind = kind[:1].upper() + kind[1:]
    # a comma without a space inside initials ("VH,TT&DL" = Văn hóa, Thể thao và Du lịch) joins one name
    names = [n.strip() for n in re.split(r"\s*;\s*|\s*,(?![A-ZĐ]+&)\s*", m.group("names")) if n.strip()]
    return ", ".join(f"{kind} {n}" for n in names)


def parse_bodies(phrase: str) -> list[Body]:
    """Bodies named in ``phrase`` ("Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh" → 2)."""
    return list(_parse_bodies(_ungroup(phrase)))


@lru_cache(maxsize=16384)
def _parse_bodies(phrase: str) -> tuple[Body, ...]:
    raw: list[list] = []  # [org, unit, chunk-texts, normalized texts]
    for chunk in _chunks(phrase):
        norm = normalize(chunk)
        head = _head(norm)
        if head is None:
            if raw:
                raw[-1][2].append(chunk)
                raw[-1][3].append(norm)
            continue
        raw.append([head[0], head[1], [chunk], [norm], head[3]])
    bodies: list[Body] = []
    for org, unit, texts, norms, head_end in raw:
        full = " , ".join(norms)
        name = _name_after(norms[0], head_end) if org in _NAMED and not unit else ""
        if name:
            # "Sở Văn hóa, Thể thao và Du lịch": capitalised continuation chunks belong to the name
            for t, n in zip(texts[1:], norms[1:], strict=False):
                if t[:1].isupper() and not levels_of(n):
                    name += " " + n
                else:
                    break
        place_m = _PLACE_RE.search(" ".join(texts))
        bodies.append(Body(
            org=org, unit=unit, levels=levels_of(full), name=name,
            place=normalize(place_m.group(1)) if place_m else "",
            text=", ".join(texts), collective=bool(re.match(r"(?:các|những|thành viên)\b", norms[0])),
            relative=bool(_RELATIVE_RE.search(full)) or "cùng cấp" in full,
        ))
    # Shared suffix: "Ban Tuyên giáo, Ban Dân vận Thành ủy", "MTTQ và các tổ chức CT-XH tỉnh" -- but a plural
    # level ("Ủy ban nhân dân các xã") is that body's own: "Các ban, ngành, đoàn thể, UBND các xã" ≠ "ban, ngành xã"
    shared = [levels_of(_PLURAL_LEVEL_RE.sub(" ", " , ".join(norms))) for _, _, _, norms, _ in raw]
    for k in range(len(bodies) - 2, -1, -1):
        b, nxt = bodies[k], bodies[k + 1]
        org = b.org
        if org is None and b.unit and nxt.unit and nxt.org:
            org = nxt.org
        levels = b.levels or shared[k + 1]
        shared[k] = shared[k] or shared[k + 1]
        if org != b.org or levels != b.levels:
            bodies[k] = Body(org=org, unit=b.unit, levels=levels, name=b.name, place=b.place or nxt.place,
                             text=b.text, collective=b.collective, relative=b.relative)
    out = []
    for b in bodies:
        if b.org is None and b.unit & _PARTY_UNITS:
            b = Body(org="cấp ủy", unit=b.unit, levels=b.levels, name=b.name, place=b.place, text=b.text,
                     collective=b.collective, relative=b.relative)
        out.append(b)
    return tuple(out)


_FAMILY = {"tổ chức thành viên": "tctv", "ctxh": "tctv", "đảng ủy": "cấp ủy"}
_SO_NGANH_MEMBERS = frozenset({"sở", "phòng", "ban quản lý", "ban dân tộc tôn giáo", "thanh tra", "kho bạc",
                               "bảo hiểm xã hội", "cục", "công an", "quân sự", "biên phòng", "sở ngành"})


def _orgs_match(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    if a == b:
        return True
    fa, fb = _FAMILY.get(a, a), _FAMILY.get(b, b)
    if fa == fb:
        return True
    # the collective "tổ chức thành viên"/"CT-XH" covers each member organisation (and vice versa)
    if (a.startswith("ctxh:") and fb == "tctv") or (b.startswith("ctxh:") and fa == "tctv"):
        return True
    press = {"báo", "tạp chí", "đài", "báo chí"}
    if a in press and b in press and "báo chí" in (a, b):
        return True
    # "các sở, ban, ngành" covers the departments, the province's own boards (Ban Quản lý khu kinh tế, Ban Dân
    # tộc) and the sector agencies (công an, quân sự, thuế, kho bạc …); press and schools are not "ngành"
    if "sở ngành" in (a, b) and {a, b} - {"sở ngành"} <= _SO_NGANH_MEMBERS:
        return True
    # "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" covers each ministry and central agency
    if "bộ ngành" in (a, b) and {a, b} - {"bộ ngành"} <= {"bộ", "cục", "bộ ngành"}:
        return True
    if {a, b} == {"thông tấn xã", "báo chí"}:
        return True
    # "- Các cơ quan, đơn vị có liên quan;" reaches the same agencies as "các sở, ban, ngành" (a recipient
    # catch-all only: as a task it names no one, and assignments drop it)
    return a == "cơ quan đơn vị" and b in _SO_NGANH_MEMBERS


def _ascii(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d"))
    return "".join(c for c in t if not unicodedata.combining(c))


def _names_match(a: str, b: str) -> bool:
    if not a or not b:
        return True
    a2, b2 = a.replace(" - ", " "), b.replace(" - ", " ")
    if a2 in b2 or b2 in a2:
        return True
    # "Văn hóa và Thông tin" = "VH-TT": initials against the letters of an abbreviation
    def initials(n: str) -> str:
        return "".join(w[0] for w in _ascii(n).split() if w not in ("va", "-"))

    def compact(n: str) -> str:
        return re.sub(r"[^a-z]", "", _ascii(n))

    def same_initials(full: str, short: str) -> bool:
        # a prefix is enough ("Ban QLDA ĐTXD" for "Ban Quản lý dự án đầu tư" cut before "xây dựng"): be lenient
        if len(short.split()) > 2:
            return False
        i, c = initials(full), compact(short)
        return i == c or (min(len(i), len(c)) >= 3 and (i.startswith(c) or c.startswith(i)))

    return same_initials(a2, b2) or same_initials(b2, a2)


def covers(recipient: Body, wanted: Body) -> bool:
    """Does the recipient line's body ``recipient`` deliver the document to ``wanted``?"""
    if not _orgs_match(recipient.org, wanted.org):
        return False
    if recipient.collective and not recipient.name and not recipient.unit and not wanted.unit \
            and _FAMILY.get(wanted.org or "") == "cấp ủy" and wanted.name:
        return True  # "Các chi, đảng bộ cơ sở" covers "Đảng ủy Quân sự huyện"
    if wanted.unit != recipient.unit and not (wanted.unit & recipient.unit):
        return False
    if recipient.org == wanted.org and not _names_match(recipient.name, wanted.name):
        return False
    return levels_compatible(recipient.levels, wanted.levels)


def same_body(a: Body, b: Body) -> bool:
    """Strict identity (used to recognise the issuer): same kind, unit, level and place."""
    if not _orgs_match(a.org, b.org) or a.unit != b.unit:
        return False
    if a.org == b.org and not _names_match(a.name, b.name):
        return False
    if bool(a.name) != bool(b.name) and a.org in _NAMED:
        return False  # "Đảng ủy Quân sự huyện" is not the Huyện ủy
    if a.place and b.place and a.place != b.place:
        return False
    return levels_compatible(a.levels, b.levels, strict=True)


def is_internal_unit(a: Body, issuer: Body) -> bool:
    """``a`` is a Ban/Văn phòng of the issuer itself (e.g. Ban Tổ chức - Tuyên giáo of the same Ủy ban)."""
    if not a.unit or a.unit == issuer.unit:
        return False
    if not _orgs_match(a.org, issuer.org):
        return False
    if a.place and issuer.place and a.place != issuer.place:
        return False
    return levels_compatible(a.levels, issuer.levels, strict=True)


def describe(body: Body) -> str:
    """The body as written, without the request suffix: "Báo Hòa Bình Mới"."""
    return re.sub(r"\s+", " ", body.text).strip(" ,;.:")
