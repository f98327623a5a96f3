"""Fast paths of the shared analyses give exactly the answers of the plain code they replace (issue 14)."""

import random


def test_plan_phrases_equal_the_plain_finditer():
    from tdnlint.analysis.dates import _PLAN_PHRASE_RE, _plan_phrases

    rnd = random.Random(5)
    words = ["trong", "TRONG", "suốt", "SUỐT", "cả", "Cả", "xcả", "atrong", "ttrong", "suốtt", "", "năm"]
    spaces = [" ", "  ", "\t", "", "\n "]
    nam = ["năm", "NĂM", "Năm", "nam", "năm năm"]
    years = ["2025", "1999", "20255", "2025a", "19", "2030-2031"]
    matched = 0
    for _ in range(5000):
        text = "".join(rnd.choice(["", ",", "x", " "]) + rnd.choice(words) + rnd.choice(spaces) + rnd.choice(nam)
                       + rnd.choice(spaces) + rnd.choice(years) for _ in range(rnd.randint(1, 4)))
        plain = [(m.span(), m.span(1)) for m in _PLAN_PHRASE_RE.finditer(text)]
        assert [(m.span(), m.span(1)) for m in _plan_phrases(text)] == plain, text
        matched += bool(plain)
    assert matched > 500


def test_protected_matches_equal_the_plain_finditer():
    from tdnlint.analysis.protected import _PROTECTED_RE, protected_matches

    rnd = random.Random(7)
    parts = ["http://a.vn", "https://x.gov.vn/a,b", "HTTP://", "://", "ftp://x", "www.", "WWW.abc", "a@b.vn",
             "x.y@z-w.com.vn", "@", ".", "..", "file.docx", "BC.PDF", "tên_tệp.xlsx", "v.v.", "1.000", "TP.HCM", "a",
             "Sở", " ", "  ", "\t", "\n", ",", ";", "(", ")", "-", "ſ", "vn", "com", ".vn", "/", "đ.vn", "x-y.org/p"]
    matched = 0
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 15)))
        plain = [(m.span(), m.group()) for m in _PROTECTED_RE.finditer(text)]
        assert [(m.span(), m.group()) for m in protected_matches(text)] == plain, text
        matched += bool(plain)
    assert matched > 2000


def test_fold_equals_the_per_character_filter():
    import re
    import unicodedata

    from tdnlint.analysis.segments.vocabulary import fold

    def plain(text: str) -> str:
        t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        t = "".join(c for c in t if not unicodedata.combining(c))
        return " ".join(re.sub(r"[^\w\s]", " ", t).split()).upper()

    rnd = random.Random(1)
    alphabet = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                ",.;:-–()“”\"\t\n0123456789ßøæ\u034f\u0301\u0323\u1dc0\u20d0ñüİıſ한中")
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert fold(text) == plain(text), text


def test_long_date_scan_equals_the_case_folded_pattern():
    import re

    from tdnlint.analysis.dates import _LONG, _LONG_SCAN_RE, _WS

    plain = re.compile(rf"(?<!\w)ngày{_WS}+(?:{_LONG})", re.I)
    rnd = random.Random(9)
    parts = ["ngày", "NGÀY", "Ngày", "nGàY", "xngày", " ", "  ", "\t", "15", "5", "…", "..", "_", "tháng", "THÁNG",
             "năm", "NĂM", "2025", "1999", "a", "\u00a0"]
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.span("ld"), m.span("lm"), m.span("ly")) for m in plain.finditer(text)]
        assert [(m.span(), m.span("ld"), m.span("lm"), m.span("ly")) for m in _LONG_SCAN_RE.finditer(text)] == want
        matched += bool(want)
    for text in ("Hà Nội, ngày 05 tháng 01 năm 2025", "NGÀY 5 THÁNG 1 NĂM 2025", "ngày    tháng   năm 2024"):
        assert [m.span() for m in _LONG_SCAN_RE.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


def test_own_date_without_the_full_scan_and_lists_on_first_read():
    from tdnlint.analysis.dates import extract_dates
    from tdnlint.analysis.segments import segment
    from tdnlint.model import Document, Paragraph

    lines = ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH",
             "Triển khai công tác năm 2025",
             "Căn cứ Kế hoạch số 10/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân huyện;",
             "I. MỤC ĐÍCH, YÊU CẦU", "Hoàn thành trong năm 2025, giai đoạn 2025 - 2030."]
    doc = Document(path="x.txt", format="txt",
                   paragraphs=[Paragraph(index=i, text=t, part="body") for i, t in enumerate(lines)])
    dates = extract_dates(doc, segment(doc))
    assert dates._scan is not None  # nothing but the date line and the header read so far
    assert (dates.own.day, dates.own.month, dates.own.year) == (5, 3, 2025)
    assert [d.text for d in dates.mentions] == ["05 tháng 3 năm 2025", "02/01/2025"]
    assert any(d is dates.own for d in dates.mentions)
    assert [(p.first, p.second) for p in dates.periods] == [(2025, 2030)]
    assert [y.year for y in dates.phrase_years] == [2025]


def test_request_pattern_equals_the_look_behind_first_one():
    import re

    from tdnlint.analysis.assignments import _REQUEST_RE

    plain = re.compile(r"(?<![\wÀ-ỹ])(?:[Đđ]ề nghị|[Gg]iao(?: cho)?|[Yy]êu cầu)\s+")
    rnd = random.Random(11)
    parts = ["Đề nghị", "đề nghị", "Giao", "giao cho", "giao", "Yêu cầu", "yêu cầu", "xgiao", "àgiao", "Sở", " ", "  ",
             "\n", ",", "giaocho", "yêu cầuX", "đề", "nghị", "Gg", "y", "Đ"]
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 10)))
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _REQUEST_RE.finditer(text)] == want, text
        matched += bool(want)
    assert matched > 2000


def test_spacing_prefix_patterns_searched_in_a_bounded_window():
    import tdnlint.analysis.spacing as S

    rnd = random.Random(3)
    parts = ["ngày", "tháng", "Tháng", "số", "Số", "khoản", "Khoản", "điều", "a", "TC", "NSNN", "08", "Đ", "x", " ", "-",
             "_", "5", "ĐK", "kỳ", "é"]
    for _ in range(3000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 10)))
        for s in range(len(text) + 1):
            run = s
            while run > 0 and text[run - 1] in S._CODE_CHARS:
                run -= 1
            assert bool(S._CODE_LEFT.search(text, 0, s)) == bool(S._CODE_LEFT.search(text, run, s))
            assert bool(S._DATE_WORD_BEFORE.search(text, 0, s)) == bool(
                S._DATE_WORD_BEFORE.search(text, max(0, s - S._DATE_WORD_LONGEST), s))
            assert bool(S._NUMBER_WORD_BEFORE.search(text, 0, s)) == bool(
                S._NUMBER_WORD_BEFORE.search(text, max(0, s - S._NUMBER_WORD_LONGEST), s))


def test_spacing_symbol_test_equals_the_scan_of_every_symbol():
    from types import SimpleNamespace

    from tdnlint.analysis.spacing import _Scan

    rnd = random.Random(8)
    for _ in range(300):
        spans = []
        for _ in range(rnd.randint(0, 8)):
            a = rnd.randint(0, 60)
            spans.append((a, a + rnd.randint(1, 12)))
        cites = [SimpleNamespace(symbol=SimpleNamespace(paragraph=0, start=a, end=b)) for a, b in spans]
        scan = _Scan.__new__(_Scan)
        scan._symbols = None
        scan.ctx = SimpleNamespace(citations=cites)
        p = SimpleNamespace(index=0)
        for _ in range(40):
            s = rnd.randint(0, 80)
            e = s + rnd.randint(0, 6)
            assert scan.in_symbol(p, s, e) == any(a <= e and s <= b for a, b in spans)


def test_sentences_equal_the_plain_split():
    from tdnlint.analysis.assignments import _PREDICATE_RE, _SENTENCE_SPLIT_RE, _sentences

    def plain(text: str, start: int) -> list[tuple[int, str]]:
        out, pos = [], start
        for m in _SENTENCE_SPLIT_RE.finditer(text, max(0, start - 1)):
            piece = text[pos:m.start(1)]
            if piece.rstrip().endswith(";") and _PREDICATE_RE.search(piece) is None:
                continue
            out.append((pos, piece))
            pos = m.end(1)
        out.append((pos, text[pos:]))
        return out

    rnd = random.Random(6)
    parts = ["Giám đốc Sở A", "chủ trì", "tổ chức hội nghị", "phối hợp", ";", ".", "!", " ", "  ", "\n", "Chủ tịch",
             "x", "1.2", "a)", "Ban", "“", "(", "cần", "2chủ trì", "Đ", ";Ban"]
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 16)))
        for start in {0, min(len(text), rnd.randint(0, 5)), len(text)}:
            assert _sentences(text, start) == plain(text, start), (text, start)


def test_date_validity_equals_calendar_monthrange():
    import calendar

    from tdnlint.analysis.dates import DateRef

    for year in (1800, 1900, 1999, 2000, 2024, 2025, 2100, 2400):
        for month in range(0, 14):
            for day in (0, 1, 28, 29, 30, 31, 32):
                want = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
                assert DateRef(0, 0, 1, day, month, year, "slash", "x").valid == want
