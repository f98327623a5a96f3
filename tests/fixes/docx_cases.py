"""Shared .docx builders and XML helpers for the fix / annotate tests (imported by the test modules)."""

from __future__ import annotations

import io
import zipfile

from docx_factory import Para, R, make_docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

HEADER = (["ỦY BAN NHÂN DÂN", "TỈNH X", "Số: 12/KH-UBND"],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "X, ngày 05 tháng 01 năm 2025"])

# Paragraph texts of the broken draft, and what --fix must turn the edited ones into.
P_HEADING = "I. MỤC ĐÍCH,  YÊU CẦU"
P_MIXED = "Thực hiện hướng dẫn năm 2024,Ban Thường trực ( Ủy ban ) yêu cầu  các đơn vị thực hiện ."
P_MIXED_FIXED = "Thực hiện hướng dẫn năm 2024, Ban Thường trực (Ủy ban) yêu cầu các đơn vị thực hiện."
P_LAST = "Các cơ quan, đơn vị triển khai đúng tiến độ, hiệu qủa."
P_LAST_FIXED = "Các cơ quan, đơn vị triển khai đúng tiến độ, hiệu quả./."
P_BASIS = "Căn cứ Nghị định số 30/2020/NĐ-Cp ngày 05/3/2020 và Quyết định số 12/QĐ - UBND ngày 02/01/2025;"
P_BASIS_FIXED = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Quyết định số 12/QĐ-UBND ngày 02/01/2025;"
# The fixable kinds in the draft: spacing, citation symbols, spelling, closing mark.
FIXED_KINDS = "TDN2,TDN302,TDN304,TDN401,TDN503"


def broken_blocks():
    return [
        "KẾ HOẠCH",
        "Triển khai công tác chuyển đổi số năm 2025",
        P_BASIS,  # citation errors: symbol case (TDN304) and spaces around the dash (TDN302)
        Para([R(P_HEADING, bold=True)]),
        Para([R("1. Mục đích", italic=True)]),
        # one sentence over three runs with different formatting, errors inside and across runs
        Para([R("Thực hiện hướng dẫn năm 2024,", bold=True), R("Ban Thường trực ( Ủy ban ) yêu cầu", italic=True),
              R("  các đơn vị thực hiện .", underline=True)]),
        Para([R("Các cơ quan, ", bold=True, font="Arial"), R("đơn vị triển khai", size=13, color="FF0000"),
              R(" đúng tiến độ, hiệu qủa.", highlight="yellow")]),  # spelling (TDN401), closing mark (TDN503)
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
    ]


def build_broken(path):
    return make_docx(path, broken_blocks(), header_table=HEADER)


def member(data_or_path, name: str) -> bytes:
    if isinstance(data_or_path, bytes):
        data = data_or_path
    else:
        with open(data_or_path, "rb") as fh:
            data = fh.read()
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def members(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {i.filename: z.read(i.filename) for i in z.infolist()}


def body_paragraphs(data: bytes):
    root = etree.fromstring(member(data, "word/document.xml"))
    return list(root.iter(W + "p"))


def accepted_text(p) -> str:
    """Text of a w:p with tracked changes accepted (w:t outside w:del)."""
    return "".join(t.text or "" for t in p.iter(W + "t"))


def original_text(p) -> str:
    """Text of a w:p with tracked changes rejected (w:t outside w:ins, plus w:delText)."""
    out = []
    for el in p.iter(W + "t", W + "delText"):
        anc = el.getparent()
        inserted = False
        while anc is not None and anc is not p:
            if anc.tag == W + "ins":
                inserted = True
            anc = anc.getparent()
        if not inserted:
            out.append(el.text or "")
    return "".join(out)


def char_formats(p) -> list[tuple[str, bytes]]:
    """(character, serialised w:rPr of its run) for the accepted text of a paragraph."""
    out = []
    for t in p.iter(W + "t"):
        run = t.getparent()
        rpr = run.find(W + "rPr")
        key = etree.tostring(rpr, method="c14n") if rpr is not None else b""
        out.extend((c, key) for c in (t.text or ""))
    return out


def commented_texts(data: bytes) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd in the main part."""
    root = etree.fromstring(member(data, "word/document.xml"))
    open_ids: list[str] = []
    out: dict[str, str] = {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_ids.append(el.get(W + "id"))
            out.setdefault(el.get(W + "id"), "")
        elif el.tag == W + "commentRangeEnd":
            open_ids.remove(el.get(W + "id"))
        elif el.tag == W + "t":
            for i in open_ids:
                out[i] += el.text or ""
    return out


def comments(data: bytes) -> dict[str, tuple[str, str]]:
    root = etree.fromstring(member(data, "word/comments.xml"))
    return {c.get(W + "id"): (c.get(W + "author"), "".join(t.text or "" for t in c.iter(W + "t")))
            for c in root.iter(W + "comment")}
