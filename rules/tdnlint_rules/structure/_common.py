"""Heading vocabularies for the required-sections rules (accent-insensitive, see ``fold``)."""

from __future__ import annotations

import re

from tdnlint.api import fold

# Each requirement: (Vietnamese name used in messages, English name, regex on the folded heading text)
PURPOSE = ("MỤC ĐÍCH, YÊU CẦU", "purpose and requirements",
           re.compile(r"\bMUC DICH\b|\bYEU CAU\b|\bQUAN DIEM\b|\bMUC TIEU\b|\bVAN DE CHUNG\b|"
                      r"\b(HUONG DAN|QUY DINH|NHUNG) CHUNG\b|\bSU CAN THIET\b|\bCAN CU\b"))
CONTENT = ("NỘI DUNG (hoặc NHIỆM VỤ, GIẢI PHÁP)", "content (or tasks and solutions)",
           re.compile(r"\bNOI DUNG\b|\bNHIEM VU\b|\bGIAI PHAP\b|\bCU THE\b|\bHOAT DONG\b|\bCHUONG TRINH\b|"
                      r"\bBIEN PHAP\b|\bCHI TIEU\b|\bPHAN CONG\b|\bTHOI GIAN\b|\bHINH THUC\b|\bDOI TUONG\b"))
IMPLEMENTATION = ("TỔ CHỨC THỰC HIỆN", "organisation of implementation",
                  re.compile(r"\bTO CHUC THUC HIEN\b|\bTRIEN KHAI THUC HIEN\b|\bTRACH NHIEM THUC HIEN\b|"
                             r"\bPHAN CONG (NHIEM VU|TRACH NHIEM)\b|\bDIEU KHOAN THI HANH\b"))
RESULTS = ("TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", "situation and results",
           re.compile(r"\bTINH HINH\b|\bKET QUA\b|\bDANH GIA\b|\bTHUC TRANG\b|\bCONG TAC\b.*\bNAM\b|\bTHUC HIEN\b"))
SHORTCOMINGS = ("HẠN CHẾ, TỒN TẠI (trong phần đánh giá)", "shortcomings",
                re.compile(r"\bHAN CHE\b|\bTON TAI\b|\bKHO KHAN\b|\bVUONG MAC\b|\bBAT CAP\b|\bYEU KEM\b|"
                           r"\bDANH GIA\b|\bNGUYEN NHAN\b|\bBAI HOC\b"))
DIRECTION = ("PHƯƠNG HƯỚNG, NHIỆM VỤ", "direction and tasks",
             re.compile(r"\bPHUONG HUONG\b|\bNHIEM VU\b|\bGIAI PHAP\b|\bKE HOACH\b|\bDE XUAT\b|\bKIEN NGHI\b|"
                        r"\bDINH HUONG\b|\bTRONG TAM\b|\bTHOI GIAN TOI\b"))

REQUIRED = {
    "KẾ HOẠCH": (PURPOSE, CONTENT, IMPLEMENTATION),
    "HƯỚNG DẪN": (PURPOSE, CONTENT, IMPLEMENTATION),
    "BÁO CÁO": (RESULTS, SHORTCOMINGS, DIRECTION),
}


def section_titles(ctx) -> list[tuple[object, str]]:
    """(item, folded title) of the body's top-level sections, plus "Phần" titles."""
    out = ctx.outline
    items = [it for it in out.body if it.kind == "part"] + list(out.level1_titles(0))
    return [(it, fold(it.title)) for it in items]


def all_heading_titles(ctx) -> list[str]:
    return [fold(it.title) for it in ctx.outline.body if it.heading]
