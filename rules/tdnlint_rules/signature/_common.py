"""Helpers shared by the signature rules (not rules themselves)."""

from __future__ import annotations

import re

from tdnlint.api import AUTHORITY_RE

FORM_TYPES = frozenset({"PHIẾU TRÌNH"})

STATE_FORMS = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
PARTY_FORMS = ("T/M", "K/T", "T/L")
# Any spelling of an authority prefix → its meaning
MEANING = {
    "TM.": "TM", "T/M": "TM", "TM": "TM", "T.M": "TM", "T.M.": "TM",
    "KT.": "KT", "K/T": "KT", "KT": "KT", "K.T": "KT", "K.T.": "KT",
    "TL.": "TL", "T/L": "TL", "TL": "TL", "T.L": "TL", "T.L.": "TL",
    "TUQ.": "TUQ", "TUQ": "TUQ", "Q.": "Q",
}
STATE_OF = {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."}
PARTY_OF = {"TM": "T/M", "KT": "K/T", "TL": "T/L"}


def prefix(text: str) -> str | None:
    m = AUTHORITY_RE.match(text)
    return m.group(1) if m else None


def authorities(ctx) -> list[tuple[object, int, int, str]]:
    """(paragraph, start, end, text) of every authority line of the signature block."""
    out = []
    for i, s, e in ctx.segments.signature_authorities:
        p = ctx.document.paragraphs[i]
        out.append((p, s, e, p.text[s:e]))
    return out


def has_signature(seg) -> bool:
    return bool(seg.signature_authority or seg.signer_title or seg.signer_name)


def span_text(ctx, span) -> str:
    return ctx.segments.text_of(span) or ""


PARTY_COLLECTIVE_RE = re.compile(
    r"\b(TỈNH\s+[ỦU]Y|THÀNH\s+[ỦU]Y|HUYỆN\s+[ỦU]Y|QUẬN\s+[ỦU]Y|THỊ\s+[ỦU]Y|ĐẢNG\s+[ỦU]Y|CHI\s+BỘ|BAN\s+THƯỜNG\s+VỤ|"
    r"BAN\s+CHẤP\s+HÀNH|[ỦU]Y\s+BAN\s+KIỂM\s+TRA|ĐẢNG\s+ĐOÀN|BAN\s+CÁN\s+SỰ|ĐẠI\s+HỘI|BỘ\s+CHÍNH\s+TRỊ|BAN\s+BÍ\s+THƯ)\b"
)
STATE_COLLEGIAL_RE = re.compile(
    r"\b([ỦU]Y\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND|HỘI\s+ĐỒNG|BAN\s+THƯỜNG\s+TRỰC|CHÍNH\s+PHỦ|"
    r"BAN\s+CHỈ\s+ĐẠO|THƯỜNG\s+TRỰC)\b"
)
