"""Synthetic benchmark corpus: Vietnamese state drafts as .txt and .docx, generated (never copied).

The text is assembled from our own phrase pools with a fixed seed, so every run of the
benchmark measures the same bytes.  The drafts have the usual shape (issuer block, national
header and motto, number and date, document type and abstract, legal basis, numbered
sections, recipients, signature) and a realistic sprinkle of typing slips so rules have
something to report.  ``.docx`` files are written as raw OOXML (zipfile): a header table,
one run per phrase, bold headings, A4 section, Times New Roman 14.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ISSUERS = [("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "UBND"), ("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ TÂN", "UBND"),
           ("SỞ TÀI CHÍNH", "TỈNH BẮC NINH", "STC"), ("BỘ NỘI VỤ", "", "BNV")]
TYPES = [("KẾ HOẠCH", "KH"), ("BÁO CÁO", "BC"), ("HƯỚNG DẪN", "HD"), ("QUYẾT ĐỊNH", "QĐ")]
SUBJECTS = ["triển khai chuyển đổi số năm 2025", "thực hiện cải cách hành chính giai đoạn 2025 - 2030",
            "phòng, chống thiên tai và tìm kiếm cứu nạn", "kiểm tra công tác văn thư, lưu trữ",
            "nâng cao chất lượng dịch vụ công trực tuyến", "quản lý, sử dụng tài sản công"]
SUBJECTS_UP = [s.upper() for s in SUBJECTS]
BASES = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
         "Căn cứ Quyết định số 1234/QĐ-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh;",
         "Theo đề nghị của Giám đốc Sở Nội vụ."]
HEADINGS = ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN",
            "KẾT QUẢ ĐẠT ĐƯỢC", "TỒN TẠI, HẠN CHẾ", "PHƯƠNG HƯỚNG, NHIỆM VỤ"]
SUBJ = ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Thông tin và Truyền thông", "Thủ trưởng các cơ quan, đơn vị", "Ban Chỉ đạo", "Cán bộ, công chức"]
VERB = ["chủ động triển khai", "tổ chức thực hiện nghiêm túc", "phối hợp chặt chẽ thực hiện", "tăng cường",
        "rà soát, đánh giá", "hướng dẫn, đôn đốc", "kiểm tra, giám sát", "báo cáo định kỳ về"]
OBJ = ["các nhiệm vụ được giao tại Kế hoạch này", "việc cung cấp dịch vụ công trực tuyến toàn trình",
       "công tác tuyên truyền, phổ biến giáo dục pháp luật", "việc số hóa hồ sơ, giấy tờ của người dân",
       "kết quả thực hiện chỉ tiêu về cải cách hành chính", "việc ứng dụng công nghệ thông tin trong xử lý công việc",
       "chế độ thông tin, báo cáo theo quy định", "việc quản lý, sử dụng kinh phí đúng mục đích"]
TAIL = ["bảo đảm đúng tiến độ, chất lượng và hiệu quả", "trước ngày 15 tháng 12 năm 2025",
        "theo đúng quy định của pháp luật", "gắn với trách nhiệm của người đứng đầu",
        "định kỳ hằng quý, 06 tháng và năm", "kịp thời tháo gỡ khó khăn, vướng mắc phát sinh"]
# Slips real drafts contain, inserted at a low rate (what the rules are for).
SLIPS = [(", ", ","), (" ", "  "), ("ngày ", "ngày  "), (". ", " . ")]


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thanh Hà", "Hữu Khang", "Ngọc Lan", "Đức Minh",
         "Thu Nga", "Công Phúc", "Xuân Quang", "Kim Thoa", "Anh Tuấn", "Hải Yến"]
PLACE = ["xã Mỹ Hòa", "phường Long Xuyên", "xã Tân Lập", "thị trấn Chợ Mới", "xã Vĩnh Thạnh", "phường Châu Phú",
         "xã Phú Lâm", "xã Hòa Bình", "phường Mỹ Bình", "xã An Thạnh"]


def _fact(rng: random.Random) -> str:
    # Numbers, names and places vary from sentence to sentence, as in real reports: this keeps the
    # generated text from compressing far better than real drafts do.
    return rng.choice([
        f" Đến nay đạt {rng.randrange(40, 100)},{rng.randrange(10)}% kế hoạch ({rng.randrange(10, 9999)} hồ sơ).",
        f" Đồng chí {rng.choice(FAMILY)} {rng.choice(GIVEN)} phụ trách địa bàn {rng.choice(PLACE)}.",
        f" Kinh phí {rng.randrange(1, 999)}.{rng.randrange(100, 999)}.000 đồng từ nguồn ngân sách năm {rng.randrange(2020, 2026)}.",
        f" Thời hạn trước ngày {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(2024, 2027)}.",
        "",
    ])


def _sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}, {rng.choice(TAIL)}.{_fact(rng)}"
    if rng.random() < 0.04:
        old, new = rng.choice(SLIPS)
        s = s.replace(old, new, 1)
    return s


def draft_lines(target_bytes: int, seed: int) -> list[tuple[str, str]]:
    """Lines of one draft as ``(kind, text)``; kind is header/heading/body.  ~``target_bytes`` of UTF-8."""
    rng = random.Random(seed)
    org1, org2, abbr = rng.choice(ISSUERS)
    dtype, dabbr = rng.choice(TYPES)
    subject = rng.randrange(len(SUBJECTS))
    lines: list[tuple[str, str]] = [
        ("header", f"{org1}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("header", f"{org2}\tĐộc lập - Tự do - Hạnh phúc"),
        ("header", f"Số: {rng.randrange(1, 999)}/{dabbr}-{abbr}\tAn Giang, ngày 05 tháng 3 năm 2025"),
        ("body", ""),
        ("heading", dtype),
        ("heading", SUBJECTS_UP[subject] if dtype != "QUYẾT ĐỊNH" else f"Về việc {SUBJECTS[subject]}"),
        ("body", ""),
    ]
    lines += [("body", b) for b in BASES[: rng.randrange(2, 5)]]
    size = sum(len(t.encode()) + 1 for _, t in lines)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    section = 0
    closing = [("body", "Nơi nhận:"), ("body", "- Như trên;"), ("body", "- Lưu: VT."),
               ("heading", "TM. ỦY BAN NHÂN DÂN"), ("heading", "CHỦ TỊCH"), ("body", ""),
               ("body", "Nguyễn Văn An")]
    end_size = sum(len(t.encode()) + 1 for _, t in closing)
    while size + end_size < target_bytes:
        name = f"{roman[section % len(roman)]}. {HEADINGS[section % len(HEADINGS)]}"
        section += 1
        lines.append(("heading", name))
        size += len(name.encode()) + 1
        for item in range(1, rng.randrange(3, 6)):
            if size + end_size >= target_bytes:
                break
            para = f"{item}. " + " ".join(_sentence(rng) for _ in range(rng.randrange(2, 6)))
            lines.append(("body", para))
            size += len(para.encode()) + 1
            for letter in "abc"[: rng.randrange(0, 4)]:
                sub = f"{letter}) " + _sentence(rng)
                lines.append(("body", sub))
                size += len(sub.encode()) + 1
    return lines + closing


def write_txt(path: Path, lines: list[tuple[str, str]]) -> None:
    path.write_text("\n".join(t for _, t in lines) + "\n", encoding="utf-8")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
       '<Override PartName="/word/styles.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
_DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'styles" Target="styles.xml"/></Relationships>')
_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{_W}">'
           '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
           'w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:rPrDefault>'
           '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr>'
           '</w:pPrDefault></w:docDefaults>'
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
           '</w:styles>')
_SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
         '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" '
         'w:gutter="0"/></w:sectPr>')


def _runs(text: str, bold: bool = False) -> str:
    out = []
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    # Split on sentence ends so a paragraph has several runs, as Word files do.
    parts = [p for p in text.replace(". ", ".\x00").split("\x00") if p]
    for i, part in enumerate(parts):
        t = part + (" " if i < len(parts) - 1 else "")
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>')
    return "".join(out)


def _para(text: str, bold: bool = False, center: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else '<w:pPr><w:jc w:val="both"/></w:pPr>'
    return f"<w:p>{ppr}{_runs(text, bold)}</w:p>"


def document_xml(lines: list[tuple[str, str]]) -> str:
    header = [t for k, t in lines if k == "header"]
    rest = [(k, t) for k, t in lines if k != "header"]
    left = [h.split("\t")[0] for h in header]
    right = [h.split("\t")[1] if "\t" in h else "" for h in header]
    cell = lambda paras: (  # noqa: E731
        '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>'
        + "".join(_para(p, bold=i < 2, center=True) for i, p in enumerate(paras)) + "</w:tc>")
    table = ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
             f"<w:tr>{cell(left)}{cell(right)}</w:tr></w:tbl>")
    body = "".join(_para(t, bold=(k == "heading"), center=(k == "heading" and t.isupper())) for k, t in rest)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
            f"<w:body>{table}{body}{_SECT}</w:body></w:document>")


def write_docx(path: Path, lines: list[tuple[str, str]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/styles.xml", _STYLES)
        z.writestr("word/document.xml", document_xml(lines))


def build(out: Path, small: int = 1000, small_bytes: int = 20_000) -> dict[str, Path]:
    """Write the corpus under ``out`` (idempotent: existing files are kept) and return its folders/files."""
    paths = {
        "small_txt": out / "small-txt", "small_docx": out / "small-docx",
        "big_txt": out / "big-5mb.txt", "big_docx": out / "big-5mb.docx",
        "one_docx": out / "small-docx" / "draft-0000.docx",
    }
    for mb in (1, 2, 4):
        paths[f"lin_{mb}"] = out / f"linear-{mb}mb.docx"
    paths["small_txt"].mkdir(parents=True, exist_ok=True)
    paths["small_docx"].mkdir(parents=True, exist_ok=True)
    for i in range(small):
        t, d = paths["small_txt"] / f"draft-{i:04d}.txt", paths["small_docx"] / f"draft-{i:04d}.docx"
        if t.exists() and d.exists():
            continue
        lines = draft_lines(small_bytes, seed=i)
        write_txt(t, lines)
        write_docx(d, lines)
    if not paths["big_txt"].exists() or not paths["big_docx"].exists():
        lines = draft_lines(5 * 1024 * 1024, seed=5)
        write_txt(paths["big_txt"], lines)
        write_docx(paths["big_docx"], lines)
    for mb in (1, 2, 4):
        if not paths[f"lin_{mb}"].exists():
            write_docx(paths[f"lin_{mb}"], draft_lines(mb * 1024 * 1024, seed=100 + mb))
    return paths
