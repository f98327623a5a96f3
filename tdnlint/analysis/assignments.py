"""Who the text gives work to, who it reports to, whose document it implements -- and who receives it.

Computed once per document (``ctx.assignments``).  Three sources of bodies that
belong in "Nơi nhận":

* **task** -- a body the text assigns work to: a numbered heading that is a
  body name ("3. Ban Tuyên giáo cấp ủy huyện và tương đương", "2. Đề nghị Ủy
  ban MTTQ tỉnh …", "1. Đối với …"), or a sentence whose subject is a body
  followed by a task verb ("Ủy ban MTTQ các cấp chủ động phối hợp …", "X chủ
  trì …", "X có trách nhiệm …"), or the object of "đề nghị / giao / yêu cầu";
* **report** -- the body results are reported to ("báo cáo kết quả về X");
* **basis** -- the issuer of the document this one implements ("Thực hiện
  Hướng dẫn số … của X"; "Căn cứ" only for guidance-type documents, not laws).

Bodies merely mentioned (partners after "phối hợp với", lists in "tuyên
truyền về …", passive or past-tense descriptions "X đã …") are not collected,
by construction: only subject/object positions are read.  The issuer itself is
dropped, and so are its own internal units when "Nơi nhận" has a collective
line such as "Các ban, đơn vị cơ quan".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document
from .bodies import (
    HUYEN,
    TW,
    XA,
    Body,
    _chunks,
    _head,
    covers,
    is_internal_unit,
    levels_compatible,
    levels_of,
    normalize,
    parse_bodies,
    same_body,
)
from .segments import Segments
from .segments.vocabulary import kinh_gui_chunk

_NUMBERING_RE = re.compile(
    r"^\s*(?:Điều\s+(?P<art>\d+)\s*[.:]|[IVXLC]+\s*[.\-–)/]|\d+(?:\.\d+)*\s*[.)/\-]?|[a-zđ]\s*[)\.]|[-+*•–])\s*"
)
_SECTION_RE = re.compile(r"^\s*(?:[IVXLC]+|PHẦN\s+\S+)\s*[.\-–:)/]\s*(?P<t>.+)$")
_ACTION_SECTIONS = re.compile(r"TỔ\s+CHỨC\s+THỰC\s+HIỆN|KIẾN\s+NGHỊ|ĐỀ\s+XUẤT|PHÂN\s+CÔNG|TRÁCH\s+NHIỆM", re.I)
_INTRO_RE = re.compile(r"^(?:[Đđ]ề nghị|[Gg]iao(?: cho)?|[Yy]êu cầu|[Đđ]ối với)\s+")
_ADVERBIAL_RE = re.compile(
    r"^(?:Căn cứ|Trên cơ sở|Định kỳ|Hằng|Hàng|Theo|Sau khi|Trong|Đồng thời|Để|Ngoài ra|Qua|Cuối|Đầu|Trước|Khi|Từ|"
    r"Thời gian|Chậm nhất|Kết thúc)\b"
)
# Words that end a subject and start its predicate (lower case only: "Ban Chỉ đạo" is a name, "chỉ đạo" a verb).
_PREDICATE_PATTERN = (
    r"(?<![\wÀ-ỹ])(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|chủ động|xây dựng|triển khai|"
    r"tổ chức(?! thành viên| chính trị| đoàn thể| hội| cơ sở| đảng| xã hội| quần chúng| tương đương)|thực hiện|chỉ đạo|"
    r"hướng dẫn|báo cáo|tăng cường|thường xuyên|cần|phải|căn cứ|tham mưu|theo dõi|đôn đốc|kiểm tra|ban hành|"
    r"đa dạng hóa|đa dạng hoá|nghiên cứu|rà soát|phổ biến|quán triệt|tuyên truyền|bố trí|bảo đảm|đảm bảo|nắm|"
    r"phản ánh|tiếp tục|định kỳ|lãnh đạo|khẩn trương|kịp thời|tích cực|nghiêm túc|đẩy mạnh|vận động|giám sát|"
    r"huy động|phát động|hưởng ứng|đưa tin|"
    r"hỗ trợ|cung cấp|tập trung|quan tâm|giới thiệu|phát huy|duy trì|lựa chọn|tổng hợp|gửi|đề xuất|tham gia|cử|"
    r"chuẩn bị|tiến hành|trình|phê duyệt|nâng cao|thành lập|tổng kết|sơ kết|đánh giá|lồng ghép|ứng dụng|"
    r"tiếp nhận|quản lý|cập nhật|xử lý|thống nhất|bổ sung|phân công|hoàn thành|hoàn thiện|sớm|căn cứ|"
    r"là|đã|đang|vừa|sẽ|được|có|không|với|về|trong|tại|theo|nhằm|để|bằng|đề nghị|giao|yêu cầu|kính)(?![\wÀ-ỹ])"
)


def _factor_first_letters(pattern: str) -> str:
    """The same regex with the alternatives of its ``(?:…)`` word list grouped by first letter ("c(?:hủ trì|ó…)|…"),
    keeping their order within each letter: at a word start the engine then tries one letter's few words
    instead of all ~100 (alternatives with different first letters never match at the same place)."""
    head, _, rest = pattern.partition("(?:")
    depth, alts, cur = 0, [], ""
    for k, ch in enumerate(rest):
        if ch == "(" and rest[k - 1:k] != "\\":
            depth += 1
        elif ch == ")" and rest[k - 1:k] != "\\":
            if depth == 0:
                tail = rest[k:]
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
            continue
        cur += ch
    else:
        return pattern
    alts.append(cur)
    if any(len(a) < 2 or not a[0].isalpha() or a[1] in "?*+{" for a in alts):
        return pattern
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return head + "(?:" + "|".join(f"{c}(?:{'|'.join(v)})" for c, v in groups.items()) + tail


_PREDICATE_RE = re.compile(_factor_first_letters(_PREDICATE_PATTERN))
# The subject of these is not given work: "X là …", "X đã …" (narration), "X đề nghị Y …" (X asks, Y works).
_NON_ASSIGNING = {"là", "đã", "đang", "vừa", "có", "không", "với", "về", "trong", "tại", "theo", "nhằm", "để", "bằng",
                  "đề nghị", "giao", "yêu cầu", "kính"}
# Little words that may sit inside a body's name or qualifier ("… có liên quan", "… tại địa phương").
_INSIDE_NAMES = {"có", "với", "về", "trong", "tại", "theo", "nhằm", "để", "bằng", "không"}
_PREFIX_OK = {
    "các", "những", "thường", "trực", "ban", "lãnh", "đạo", "chủ", "tịch", "giám", "đốc", "thủ", "trưởng",
    "bí", "thư", "chánh", "phó", "cơ", "quan", "thành", "viên", "toàn", "thể", "tập", "đồng", "chí", "và", "vụ",
}
_CONT_OK = {
    "các", "cấp", "cùng", "trực", "thuộc", "trung", "ương", "tương", "đương", "việt", "nam", "và", "ở", "của",
    "tỉnh", "huyện", "xã", "phường", "thị", "trấn", "quận", "thành", "phố", "cơ", "sở", "thủ", "trưởng", "quan",
    "đơn", "vị", "có", "liên", "cá", "nhân", "tổ", "chức", "địa", "phương", "ngành", "ban", "đoàn", "thể", "hội",
}
_REPORT_RE = re.compile(r"(?<![\wÀ-ỹ])(?:báo cáo|phản ánh|gửi)(?![\wÀ-ỹ])[^.;:]{0,140}?\svề\s+")
_REPORT_STOP_RE = re.compile(
    r"[.;:()]|\s(?:qua|để|trước|theo|trong|chậm nhất|định kỳ|bằng|tại|khi|nếu|hoặc|trực tiếp|ngày|số)\s|\s*$"
)
_DOC_TYPES = r"(?:Hướng dẫn|Kế hoạch|Công văn|Chỉ thị|Kết luận|Nghị quyết|Thông báo|Chương trình|Thông tri|Văn bản|Đề án)"
_DOC_REF_RE = re.compile(r"\b(?P<type>" + _DOC_TYPES + r"|Quyết định)\s+(?:số\s*)?\d")
_BASIS_STOP_RE = re.compile(
    r"\s(?:về|hướng dẫn|V/v|v/v|ban hành|triển khai|thực hiện|năm \d{4}\s*,|đã|xây dựng|tổ chức|phê duyệt|và)\s|[,;.:(“\"]|\s*$"
)
_OPENING_ISSUER_RE = re.compile(
    r"(?:^|[,.]\s*)(?P<x>(?:Ban|Ủy|Uỷ|UB|Thường|Sở|Phòng|Văn phòng|Hội|Đảng|Tỉnh|Huyện|Thành|Chi|Mặt|Liên|Đoàn)"
    r"[^,;:.]{0,150}?)\s+(?:hướng dẫn|xây dựng|ban hành|báo cáo|thông báo|đề nghị|yêu cầu|triển khai|kính|tổ chức)\b"
)
_RECIPIENT_MARK_RE = re.compile(r"^\s*[-+•*–]\s*")
# "Các ban, đơn vị cơ quan" are the issuer's own units; "Các phòng, ban, ngành huyện" are other agencies
_COLLECTIVE_UNITS_RE = re.compile(
    r"^(?:các|lãnh đạo)\s+(?:ban|phòng|đơn vị|bộ phận|văn phòng)\b(?!,?\s*(?:ban,?\s*)?ngành)", re.I
)
_PHONG_RE = re.compile(r"^(?:các|lãnh đạo)\s+phòng\b", re.I)
_NHU_DIEU_RE = re.compile(r"^Như\s+(?:các\s+)?Điều\s+(?P<n>\d+(?:\s*(?:,|và)\s*(?:Điều\s+)?\d+)*)", re.I)
_NHU_TREN_RE = re.compile(r"^Như\s+trên\b", re.I)
_ARCHIVE_RE = re.compile(r"^Lưu\b", re.I)
_KINH_GUI_RE = re.compile(r"^\s*Kính\s+gửi\s*:?\s*", re.I)
# Group 1 is the space between two sentences: the punctuation is matched (not looked behind) so the pattern
# starts with a character class and the regex engine skips ahead in C.
_SENTENCE_SPLIT_RE = re.compile(r"[.;!?](\s+)(?=[A-ZĐÀ-Ỹ\"“(])")
# "(?<![\wÀ-ỹ])(?:[Đđ]ề nghị|[Gg]iao(?: cho)?|[Yy]êu cầu)\s+" with the look-behind after the first letter (and each
# word chosen by that letter), so the pattern starts with a character class and the regex engine skips ahead in C.
_REQUEST_RE = re.compile(r"[ĐđGgYy](?<![\wÀ-ỹ][ĐđGgYy])(?:(?<=[Đđ])ề nghị|(?<=[Gg])iao(?: cho)?|(?<=[Yy])êu cầu)\s+")
_MAX_SUBJECT_WORDS = 28
# per-sentence / per-paragraph patterns, compiled once (not looked up in re's cache at every call)
_LINK_END_RE = re.compile(r"\s(?:và|với|của|cùng)$")
_BULLET_RE = re.compile(r"\s*[-+*•–]")
_COMMA_RE = re.compile(r",\s+")
# "Lãnh đạo, chỉ đạo HĐND, UBND …" opens a sentence both as a role ("the leaders of") and as a verb ("[the
# Party committee] leads"): which one is not certain, so such a subject assigns nothing.
_LEAD_VERB_RE = re.compile(r"^(?:Lãnh đạo|Chỉ đạo)(?:\s*,\s*chỉ đạo)?\s+(?!Văn phòng|Ban\b|các phòng|Phòng)")


@dataclass
class Assignment:
    body: Body
    paragraph: int  # document paragraph index
    start: int  # span of the body phrase in the paragraph's analysis text
    end: int
    reason: str  # "task" | "report" | "basis"
    sentence: str  # the sentence that assigns it (for quoting)
    article: int | None = None  # "Điều N" the sentence belongs to (decisions)
    internal: bool = False  # a unit of the issuer itself (Văn phòng, Ban … of the same body)


@dataclass
class RecipientLine:
    paragraphs: list[int]  # a recipient may wrap over several paragraphs
    text: str  # without the leading "-" and the trailing ";" / "."
    kind: str  # "body" | "nhu_tren" | "nhu_dieu" | "archive" | "collective_units" | "other"
    bodies: list[Body] = field(default_factory=list)
    articles: tuple[int, ...] = ()
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end) per text line

    @property
    def first(self) -> tuple[int, int, int]:
        return self.spans[0]

    @property
    def last(self) -> tuple[int, int, int]:
        return self.spans[-1]


@dataclass
class Assignments:
    issuers: list[Body]
    items: list[Assignment]  # bodies that should receive the document (issuer dropped)
    recipients: list[RecipientLine]
    kinh_gui: list[Body]
    has_recipients: bool
    last_article: int | None = None
    # articles whose implementers include a catch-all ("Thủ trưởng các cơ quan, đơn vị có liên quan", "các ông,
    # bà có tên tại Điều 1"): "- Như Điều N;" then reaches every body the decision gives work to
    catch_all_articles: frozenset[int] = frozenset()

    def covered(self, a: Assignment) -> bool:
        for line in self.recipients:
            if line.kind == "nhu_dieu" and a.article is not None and (
                    a.article in line.articles or set(line.articles) & self.catch_all_articles):
                return True
            if line.kind == "nhu_tren" and a.article is not None and (
                    a.article == self.last_article or self.last_article in self.catch_all_articles):
                return True  # QĐ: "- Như trên;" for the implementers of the last article
            if line.kind == "collective_units" and (a.body.org == "sở ngành" or (
                    a.body.org == "phòng" and _PHONG_RE.match(line.text)
                    and levels_compatible(levels_of(normalize(line.text)), a.body.levels))):
                return True  # "- Các phòng, ban chuyên môn huyện;" for "các phòng, ban, ngành huyện", "Phòng Y tế"
            for r in line.bodies:
                if covers(r, a.body):
                    return True
        return any(covers(k, a.body) for k in self.kinh_gui)

    def missing(self) -> list[Assignment]:
        """Assignments no recipient line covers, one per body (first mention)."""
        if not self.has_recipients:
            return []
        out: list[Assignment] = []
        seen: set[tuple] = set()
        for a in self.items:
            if a.body.key in seen:
                continue
            seen.add(a.body.key)
            if not self.covered(a):
                out.append(a)
        return out

    def expected(self) -> list[Assignment]:
        """One assignment per distinct body (for messages when "Nơi nhận" is missing altogether)."""
        out, seen = [], set()
        for a in self.items:
            if a.body.key not in seen and not a.internal:
                seen.add(a.body.key)
                out.append(a)
        return out


# ---- helpers ----------------------------------------------------------------------------------------
@lru_cache(maxsize=16384)
def is_body_phrase(phrase: str) -> bool:
    """Is ``phrase`` nothing but a list of bodies ("Ủy ban MTTQ tỉnh và các tổ chức thành viên")?"""
    if len(phrase.split()) > _MAX_SUBJECT_WORDS:
        return False
    chunks = _chunks(phrase)
    if not chunks:
        return False
    for k, chunk in enumerate(chunks):
        norm = normalize(chunk)
        head = _head(norm)
        if head is not None:
            if any(w not in _PREFIX_OK for w in norm[: head[2]].split()):
                return False
            # "Hội Nông dân huyện chỉ đạo hội viên …": a predicate after the name → a sentence, not a name
            original_tail = chunk[_tail_offset(chunk, head[3], norm):]
            pm = _PREDICATE_RE.search(original_tail)
            if pm and pm.group(0) not in _INSIDE_NAMES:
                return False
            continue
        if k == 0:
            return False
        # continuation: levels, "trực thuộc Trung ương", place names, the rest of a name ("Thể thao và Du lịch")
        if chunk[:1].isupper() and _PREDICATE_RE.search(chunk) is None:
            continue
        for w in chunk.split():
            w2 = w.strip("()\"“”.")
            if w2 and not w2[0].isupper() and normalize(w2) not in _CONT_OK:
                return False
    return True


def _tail_offset(chunk: str, head_end_norm: int, norm: str) -> int:
    """Index in ``chunk`` just after the original words that produce ``norm[:head_end_norm]``."""
    need = len(norm[:head_end_norm].split())
    count = 0
    for m in re.finditer(r"\S+", chunk):
        count += len(normalize(m.group(0)).split())
        if count >= need:
            return m.end()
    return len(chunk)


def _subject_at(text: str, pos: int) -> tuple[int, int] | None:
    """Span of a body-list subject starting at ``pos`` and followed by an assigning predicate."""
    m = _PREDICATE_RE.search(text, pos)
    if m is None:
        return None
    end = m.start()
    subject = text[pos:end].rstrip(" ,")
    if not subject or _LINK_END_RE.search(subject) or not is_body_phrase(subject):
        return None
    if _LEAD_VERB_RE.match(subject):
        return None  # "Lãnh đạo HĐND, UBND xã triển khai …": the verb of a Party text, or the body's leaders -- unsure
    word = m.group(0)
    if word in _NON_ASSIGNING:
        return None
    if word == "được" and not text.startswith("được giao", m.start()):
        return None
    return pos, pos + len(subject)


def _sentences(text: str, start: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = start
    # A piece ending with ";" and holding no predicate is joined to the next one.  The growing piece is not
    # copied and searched again at every ";" (quadratic on a long list): only its new part is searched (no
    # predicate word holds the ";" that ends a part, so a match never straddles two parts), the first part
    # as its own string (as before: nothing before the piece is seen), the later ones from the ";" on.
    clean = -1  # end of the part of the piece already searched in vain (-1: none yet)
    for m in _SENTENCE_SPLIT_RE.finditer(text, max(0, start - 1)):
        cut = m.start(1)  # the piece text[pos:cut] ends with the [.;!?] the split matched
        if pos < cut and text[cut - 1] == ";":
            found = (_PREDICATE_RE.search(text[pos:cut]) if clean < 0
                     else _PREDICATE_RE.search(text, clean, cut))
            if found is None:
                clean = cut
                continue  # "Giám đốc Sở A, Giám đốc Sở B; Chủ tịch UBND … chịu trách nhiệm": one subject list
        out.append((pos, text[pos:cut]))
        pos = m.end(1)
        clean = -1
    out.append((pos, text[pos:]))
    return out


_IMPLEMENTERS_RE = re.compile(r"(?<![\wÀ-ỹ])chịu trách nhiệm (?:thi hành|thực hiện)")
_CATCH_ALL_RE = re.compile(
    r"(?:các|những) cơ quan,? (?:tổ chức,? )?đơn vị|tổ chức,? cá nhân|có tên tại Điều|cơ quan,? đơn vị (?:có )?liên quan",
    re.I,
)
# A local body (xã, huyện) implementing a central document does not send its own plan to the centre: the
# ministry, the Government … are not expected among its recipients.
_CENTRAL_ORGS = frozenset({"bộ", "bộ ngành", "top", "thông tấn xã", "cục"})


def _implementers(sent: str) -> list[tuple[int, int]]:
    """Decisions: "Chánh Văn phòng …, Giám đốc Sở …; Chủ tịch UBND … chịu trách nhiệm thi hành Quyết định này"
    -- each listed body, read leniently (people, "các ông (bà) có tên tại Điều 1" are skipped)."""
    m = _IMPLEMENTERS_RE.search(sent)
    if m is None:
        return []
    out = []
    for cm in re.finditer(r"[^,;]+", sent[:m.start()]):
        for part in re.split(r"\s+và\s+(?=các\s|[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+(?:Sở|Ban|Ủy|Uỷ|UBND|Văn|Phòng))", cm.group(0)):
            start = sent.find(part, cm.start())
            phrase = part.strip()
            if phrase and len(phrase.split()) <= 14 and is_body_phrase(phrase):
                s0 = start + part.index(phrase)
                out.append((s0, s0 + len(phrase)))
    return out


def _issuers(doc: Document, seg: Segments) -> list[Body]:
    found: list[Body] = []
    lines = [seg.text_of(s) or "" for s in seg.issuer]
    lines = [t for t in lines if t.strip() and t.strip() not in ("*", "-----")]
    if lines:
        parsed = [parse_bodies(t) for t in lines]
        all_levels = levels_of(normalize(" ".join(lines)))
        head = None
        parent_org = None
        for bodies in parsed:
            if bodies:
                if head is not None and head.org:
                    parent_org = head.org
                head = bodies[0]
        if head is not None:
            org = head.org
            if head.unit and parent_org and head.org in (None, "cấp ủy"):
                org = parent_org
            found.append(Body(org=org, unit=head.unit, levels=head.levels or all_levels, name=head.name,
                              text=" ".join(lines)))
    for i in (seg.basis[:3] + seg.body[:2]):
        text = doc.paragraphs[i].text
        for m in _OPENING_ISSUER_RE.finditer(text):
            x = m.group("x")
            if is_body_phrase(x):
                bodies = parse_bodies(x)
                if bodies:
                    found.append(bodies[0])
                    break
    return [b for b in found if b.org]


_LABEL_RE = re.compile(r"^\s*N[ơƠ][iI]\s+nh[ậẬ]n\s*:?", re.I)
_COLUMN_RE = re.compile(r"\t|\s{3,}")


def _recipient_spans(doc: Document, seg: Segments) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of every recipient text line: the closing-block parser's own result
    (``seg.recipient_spans``: left column only, label line, soft breaks, recipients continued in the next
    table row), so "Nơi nhận" is read once.  The local reading below is kept for a Segments without it.
    """
    if seg.recipient_spans:
        return [(i, s, e) for i, s, e in seg.recipient_spans]
    return _recipient_spans_local(doc, seg)


def _recipient_spans_local(doc: Document, seg: Segments) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of every recipient text line.

    Handles lines joined by soft breaks in one paragraph ("Nơi nhận:\n- A;\n- B."), recipients on the
    label's own line ("Nơi nhận: - Như trên;") and the signature block laid out on the same line with
    tabs or runs of spaces ("- Như trên;<tab>CHÁNH VĂN PHÒNG"): only the left column is kept.
    """
    out: list[tuple[int, int, int]] = []
    label = seg.recipients_label
    indices = ([label] if label is not None else []) + [i for i in seg.recipients if i != label]
    cell = doc.paragraphs[label].table if label is not None else None
    if cell is not None:
        # label in a borderless layout table: the recipients share its cell; the other cell is the signature
        indices = [i for i in indices if doc.paragraphs[i].table == cell]
    for i in indices:
        text = doc.paragraphs[i].text
        pos = 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if i == label and s == 0:
                m = _LABEL_RE.match(line)
                if m:
                    s += m.end()
                    if not _RECIPIENT_MARK_RE.match(line[m.end():]):
                        continue  # "Nơi nhận:<tab>TL. CHỦ TỊCH": the rest is the signature column
            while s < e and text[s] in " \t\u00a0":
                s += 1
            col = _COLUMN_RE.search(text, s, e)
            if col:
                e = col.start()
            while e > s and text[e - 1] in " \t\u00a0":
                e -= 1
            if e > s:
                out.append((i, s, e))
    return out


def _recipient_lines(doc: Document, seg: Segments) -> list[RecipientLine]:
    lines: list[RecipientLine] = []
    for i, s, e in _recipient_spans(doc, seg):
        raw = doc.paragraphs[i].text[s:e]
        marked = bool(_RECIPIENT_MARK_RE.match(raw))
        if not marked and lines and _ARCHIVE_RE.match(_RECIPIENT_MARK_RE.sub("", lines[-1].text)):
            break  # text after the archive line is not a recipient (signature, notes)
        previous = _RECIPIENT_MARK_RE.sub("", lines[-1].text) if lines else ""
        if not marked and lines and not previous.endswith(";") and not _ARCHIVE_RE.match(previous):
            lines[-1].spans.append((i, s, e))
            lines[-1].text = (lines[-1].text + " " + raw).strip()
        else:
            lines.append(RecipientLine([i], raw, "other", spans=[(i, s, e)]))
    for line in lines:
        line.paragraphs = sorted({sp[0] for sp in line.spans})
        t = _RECIPIENT_MARK_RE.sub("", line.text).strip().rstrip(";.,").strip()
        line.text = t
        if _ARCHIVE_RE.match(t):
            line.kind = "archive"
            # "- Lưu Văn phòng Đảng ủy." (Party style, no "VT"): the unit named there keeps a copy, so it has
            # the document; "- Lưu: VT, VP." names no body and adds nothing
            line.bodies = parse_bodies(_ARCHIVE_RE.sub("", t).lstrip(" :"))
        elif _NHU_TREN_RE.match(t):
            line.kind = "nhu_tren"
        elif m := _NHU_DIEU_RE.match(t):
            line.kind = "nhu_dieu"
            line.articles = tuple(int(x) for x in re.findall(r"\d+", m.group("n")))
        elif _COLLECTIVE_UNITS_RE.match(t):
            line.kind = "collective_units"
            bodies = parse_bodies(re.sub(r"^(?:các|lãnh đạo)\s+(?:ban|phòng|đơn vị|bộ phận)\b", "", t, flags=re.I))
            if ":" in t:
                bodies += parse_bodies(t)  # "Các phòng: Y tế, Nội vụ" also names each Phòng
            line.bodies = [b for b in bodies if not b.unit]
        else:
            line.kind = "body"
            line.bodies = parse_bodies(t)
    return lines


class _Quotes:
    """Where the quotation marks of one sentence are, to ask "is this position quoted?" in O(log n).

    Counting the marks in the prefix at every request word was quadratic on a long run-on sentence
    (a 2 MB one-paragraph text spent 20 s here).
    """

    __slots__ = ("_close", "_open", "_straight")

    def __init__(self, sentence: str):
        self._open = _positions(sentence, "“")
        self._close = _positions(sentence, "”")
        self._straight = _positions(sentence, '"')

    def inside(self, pos: int) -> bool:
        """Is ``pos`` between an opening quotation mark and its closing one within the sentence?"""
        return (bisect_left(self._open, pos) > bisect_left(self._close, pos)
                or bisect_left(self._straight, pos) % 2 == 1)


def _positions(text: str, mark: str) -> list[int]:
    """Every index of the one-character ``mark`` in ``text`` (str.find, no regex)."""
    out = []
    i = text.find(mark)
    while i != -1:
        out.append(i)
        i = text.find(mark, i + 1)
    return out


_NARRATION_RE = re.compile(r"(?<![\wÀ-ỹ])(?:đã|đồng thời)\s+$")


# ---- main -------------------------------------------------------------------------------------------
def extract_assignments(doc: Document, seg: Segments) -> Assignments:
    issuers = _issuers(doc, seg)
    recipients = _recipient_lines(doc, seg)
    kinh_gui: list[Body] = []
    for i in seg.kinh_gui:
        t = doc.paragraphs[i].text
        cut = kinh_gui_chunk(t)  # "V/v …⇥Kính gửi: …" on one line
        t = _KINH_GUI_RE.sub("", t[cut:] if cut is not None else t)
        kinh_gui += parse_bodies(_RECIPIENT_MARK_RE.sub("", t).strip().rstrip(";.,"))

    items: list[Assignment] = []
    is_report = (seg.doc_type or "") == "BÁO CÁO"

    # 1. basis: the issuer of the document this one implements
    basis = list(seg.basis)
    for i in seg.body[:2]:
        if re.match(r"^\s*(?:Căn cứ|Thực hiện|Triển khai)\b", doc.paragraphs[i].text):
            basis.append(i)
    for i in basis:
        text = doc.paragraphs[i].text
        kw = None
        for chunk_m in re.finditer(r"[^;]+", text):
            chunk_start = chunk_m.start()
            chunk = chunk_m.group(0)
            km = re.match(r"\s*(Thực hiện|Căn cứ|Triển khai)\b", chunk)
            if km:
                kw = km.group(1)  # "Căn cứ A; B; C": B and C keep the keyword
            refs = list(_DOC_REF_RE.finditer(chunk))
            for k, ref in enumerate(refs):
                if ref.group("type") == "Quyết định" and kw != "Thực hiện":
                    continue  # "Căn cứ Quyết định …" is a legal ground, not a document being implemented
                if seg.doc_type in ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", "QUY ĐỊNH", "QUY CHẾ") and kw != "Thực hiện":
                    continue
                seg_end = refs[k + 1].start() if k + 1 < len(refs) else len(chunk)
                part = chunk[ref.end():seg_end]
                cm = re.search(r"\bcủa\s+", part)
                if cm is None or " về " in part[:cm.start()]:
                    continue
                s = ref.end() + cm.end()
                stop = _BASIS_STOP_RE.search(chunk, s)
                e = min(stop.start() if stop else len(chunk), seg_end)
                phrase = chunk[s:e].strip()
                if not phrase or not is_body_phrase(phrase):
                    continue
                for b in parse_bodies(phrase)[:1]:
                    if b.org and b.org != "top" and not b.relative:
                        items.append(Assignment(b, i, chunk_start + s, chunk_start + s + len(phrase), "basis",
                                                chunk.strip()))

    # 2. tasks and report targets in the body
    section = ""
    article: int | None = None
    last_article: int | None = None
    catch_all: set[int] = set()
    in_quote = False
    for i in sorted(set(seg.basis) | set(seg.body)):  # the opening sentence may carry the request itself
        p = doc.paragraphs[i]
        text = p.text
        if not text.strip():
            continue
        # Text quoted from another document (a law's numbered clauses between “ and ”, possibly over several
        # paragraphs) assigns nothing to anybody.
        quoted = in_quote or text.lstrip()[:1] in "“\""
        depth = (1 if in_quote else 0) + text.count("“") - text.count("”")
        in_quote = depth > 0 if ("“" in text or "”" in text) else (in_quote != (text.count('"') % 2 == 1))
        if quoted:
            continue
        sm = _SECTION_RE.match(text)
        # upper-case share of the section title, counted with map over str methods (the loop runs in C)
        if sm and sum(map(str.isupper, sm.group("t"))) > 0.6 * max(1, sum(map(str.isalpha, sm.group("t")))):
            section = sm.group("t")
        num = _NUMBERING_RE.match(text)
        if num and num.group("art"):
            article = last_article = int(num.group("art"))
        rest_start = num.end() if num else len(text) - len(text.lstrip())
        action_section = bool(_ACTION_SECTIONS.search(section))
        if is_report and not action_section:
            allow_subjects = False
        else:
            allow_subjects = True

        # a heading that is a list of bodies: "3. Ban Tuyên giáo cấp ủy huyện và tương đương"
        rest = text[rest_start:].rstrip()
        intro = _INTRO_RE.match(rest)
        h_start = rest_start + (intro.end() if intro else 0)
        heading = text[h_start:].rstrip().rstrip(":.").rstrip()
        numbered = bool(num) and not _BULLET_RE.match(text)  # "3. X", "b) X", "Điều 3." -- not bullets
        if allow_subjects and heading and (numbered or intro) and len(heading) < 200 \
                and is_body_phrase(heading):
            for b in parse_bodies(heading):
                if b.org and not b.relative:
                    items.append(Assignment(b, i, h_start, h_start + len(heading), "task", text.strip(), article))
            continue

        for s_start, sentence in _sentences(text, rest_start):
            lead = len(sentence) - len(sentence.lstrip())
            s0 = s_start + lead
            sent = sentence.strip()
            spans: list[tuple[int, int]] = []
            quotes: _Quotes | None = None  # built on the first question, once per sentence
            # "Đề nghị X …", "Giao X …", "Yêu cầu X …" anywhere in the sentence
            has_request = "ề nghị" in sent or "iao" in sent or "êu cầu" in sent  # cheap pre-filter
            for m in (_REQUEST_RE.finditer(sent) if has_request else ()):
                # Only the words just before the request matter: searching the whole prefix each time was
                # quadratic on a long run-on paragraph (a 2 MB paragraph took minutes).
                if not allow_subjects or _NARRATION_RE.search(sent, max(0, m.start() - 80), m.start()):
                    continue  # narration of what was done ("đã đề nghị Sở Y tế …")
                quotes = quotes or _Quotes(sent)
                if quotes.inside(m.start()):
                    continue  # a name or words quoted inside the sentence (mô hình “Giao X quản lý …”)
                sp = _subject_at(sent, m.end())
                if sp:
                    spans.append(sp)
            if allow_subjects and not spans and article is not None:
                spans += _implementers(sent)
                if _IMPLEMENTERS_RE.search(sent) and _CATCH_ALL_RE.search(sent):
                    catch_all.add(article)
            if allow_subjects and not spans:
                sp = _subject_at(sent, 0)
                if sp is None and _ADVERBIAL_RE.match(sent):
                    for cm in list(_COMMA_RE.finditer(sent[:260]))[:4]:
                        sp = _subject_at(sent, cm.end())
                        if sp:
                            break
                if sp:
                    spans.append(sp)
            for a, b_end in spans:
                phrase = sent[a:b_end]
                for b in parse_bodies(phrase):
                    if b.org and not b.relative:
                        items.append(Assignment(b, i, s0 + a, s0 + b_end, "task", sent, article))
            # report targets: "báo cáo kết quả … về X"
            has_report = "báo cáo" in sent or "phản ánh" in sent or "gửi" in sent  # cheap pre-filter
            for m in (_REPORT_RE.finditer(sent) if allow_subjects and has_report else ()):
                stop = _REPORT_STOP_RE.search(sent, m.end())
                e = stop.start() if stop else len(sent)
                phrase = sent[m.end():e].strip()
                if not phrase:
                    continue
                quotes = quotes or _Quotes(sent)
                if quotes.inside(m.start()) or not is_body_phrase(phrase):
                    continue
                for b in parse_bodies(phrase):
                    if b.org and not b.relative:
                        items.append(Assignment(b, i, s0 + m.end(), s0 + m.end() + len(phrase), "report", sent,
                                                article))

    # 3. drop the issuer (and, when a collective line covers them, its own units)
    has_collective_units = any(r.kind == "collective_units" for r in recipients)
    local = bool(issuers) and bool(issuers[0].levels & {XA, HUYEN}) and TW not in issuers[0].levels
    kept: list[Assignment] = []
    for a in items:
        if a.body.org == "cơ quan đơn vị":
            continue  # "các cơ quan, đơn vị …" names no one in particular: nothing to check against Nơi nhận
        if local and (a.body.org in _CENTRAL_ORGS or TW in a.body.levels):
            continue  # a commune's plan is not sent to the ministry whose plan it implements
        if any(same_body(a.body, iss) for iss in issuers):
            continue
        if any(is_internal_unit(a.body, iss) for iss in issuers):
            if has_collective_units:
                continue
            a.internal = True
        kept.append(a)
    return Assignments(
        issuers=issuers,
        items=kept,
        recipients=recipients,
        kinh_gui=kinh_gui,
        has_recipients=bool(recipients),
        last_article=last_article,
        catch_all_articles=frozenset(catch_all),
    )
