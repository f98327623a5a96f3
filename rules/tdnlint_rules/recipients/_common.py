"""Shared helpers for the recipients rules: which documents need "Nơi nhận" and severity by profile."""

from __future__ import annotations

from tdnlint.api import Context, Paragraph

# Types that carry no "Nơi nhận" block (forms, contracts, minutes, letters).
NO_RECIPIENTS_TYPES = frozenset({
    "BIÊN BẢN", "HỢP ĐỒNG", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY GIỚI THIỆU",
    "GIẤY NGHỈ PHÉP", "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO", "PHIẾU TRÌNH", "THƯ",
})
UNVERIFIED = " (quy định chưa được kiểm chứng)"


def needs_recipients(ctx: Context) -> bool:
    seg = ctx.segments
    if seg.doc_type in NO_RECIPIENTS_TYPES:
        return False
    return seg.doc_type is not None or bool(seg.kinh_gui) or seg.vv_line is not None


def suffix(ctx: Context) -> str:
    return UNVERIFIED if ctx.profile == "party" else ""


def last_body_paragraph(ctx: Context) -> Paragraph | None:
    seg = ctx.segments
    for i in reversed(seg.body or seg.main):
        p = ctx.document.paragraphs[i]
        if p.text.strip():
            return p
    return None


def shorten(text: str, start: int = 0, width: int = 110) -> str:
    """A readable excerpt of ``text`` around ``start`` for messages."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    s = max(0, min(start, len(text) - width))
    out = text[s:s + width].rsplit(" ", 1)[0]
    return ("…" if s else "") + out + "…"
