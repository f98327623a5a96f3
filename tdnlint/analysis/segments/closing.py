"""The closing block: recipients ("Nơi nhận:") and the signature block (authority, signer title, name,
"(Đã ký)"), and the appendices after it."""

from __future__ import annotations

import re

from ...model import Paragraph
from .title import detect_type
from .types import Segments, Span
from .vocabulary import (
    _APPENDIX_RE,
    _ATTACHED_RE,
    _MOTTO_RE,
    _NATIONAL_LOOSE_RE,
    _OFFICE_WORDS,
    _PARTY_RE,
    _RECIPIENTS_RE,
    _SEPARATOR_RE,
    _SIGNED_RE,
    _SIGNER_TITLES,
    AUTHORITY_RE,
    _trim,
    _upper_ratio,
    chunks,
    is_caps_name,
    is_name_like,
    split_academic,
)

# Every AUTHORITY_RE match starts with T, K or Q followed by M, T, L, U, "." or "/": a line without such a
# pair has no authority chunk (one C-speed scan instead of cutting every running paragraph into chunks).
_AUTHORITY_HINT_RE = re.compile(r"[TKQ][MTLU./]")


def authority_chunk(text: str) -> tuple[int, int] | None:
    """The (start, end) of a signature-authority chunk in ``text`` (start of line or after a gap)."""
    if _AUTHORITY_HINT_RE.search(text) is None:
        return None
    for s, e in chunks(text):
        c = text[s:e]
        if AUTHORITY_RE.match(c) and _upper_ratio(c) > 0.8 and len(c) < 90:
            return s, e
    return None


# ---- segmentation --------------------------------------------------------------------------

def _is_signer_title(text: str) -> bool:
    return bool(_SIGNER_TITLES.match(text)) and _upper_ratio(text) > 0.9 and len(text) < 70


def _tail_kind(p: Paragraph) -> str | None:
    """'recipients' / 'authority' / 'title' when ``p`` can start the closing part of a document."""
    t = p.text
    if _RECIPIENTS_RE.match(t):
        ch = chunks(t)
        if ch and ch[0][1] - ch[0][0] < 20:
            return "recipients"
    if authority_chunk(t):
        return "authority"
    s, e = _trim(t)
    if _is_signer_title(t[s:e]):
        return "title"
    return None


def _is_appendix_heading(p: Paragraph) -> bool:
    t = p.text.strip().strip("*").strip()
    if not _APPENDIX_RE.match(t) or len(t) > 160:
        return False
    head = t.split(":")[0].split("(")[0]
    if re.match(r"^(Phụ\s+lục|Mẫu\s+số)\b", head):
        return len(t) < 40 or bool(re.match(r"^Phụ\s+lục\s+([IVXLC]+|\d+|số)\b", t))
    return _upper_ratio(head) > 0.8


def _is_attachment_title(nonempty: list[Paragraph], k: int) -> bool:
    """A type-name line ("QUY CHẾ", "ĐIỀU LỆ", "KẾ HOẠCH") with a "(Ban hành kèm theo …)" caption under it:
    a document attached to the one above (it has no number, date, recipients or signature of its own)."""
    head = nonempty[k].text.split("\n")[0]
    if not detect_type(head):
        return False
    return any(_ATTACHED_RE.match(q.text) for q in nonempty[k + 1:k + 4])


def _attachment_start(nonempty: list[Paragraph], k: int, pos: int) -> int:
    """The attachment may repeat an issuer and the national header above its title: start there."""
    j = k
    seen_header = False
    while j - 1 > pos and k - (j - 1) <= 6:
        t = nonempty[j - 1].text.strip().strip("*").strip()
        if _NATIONAL_LOOSE_RE.search(t) or _MOTTO_RE.search(t) or _PARTY_RE.search(t):
            seen_header = True
        elif not (_SEPARATOR_RE.match(t) or (len(t) < 80 and _upper_ratio(t) > 0.9)):
            break
        j -= 1
    return j if seen_header else k


def _tail(seg: Segments, nonempty: list[Paragraph], pos: int) -> tuple[int, int]:
    """Find recipients, signature and appendices; returns (tail start, tail end) positions."""
    n = len(nonempty)
    # _is_attachment_title for every k, with each caption test made once (not three times) and the type-name
    # test only on the few lines right above a caption
    caption = [False] * n
    for k in range(pos + 2, n):
        caption[k] = _ATTACHED_RE.match(nonempty[k].text) is not None
    attached = [k for k in range(pos + 1, n)
                if any(caption[k + 1:k + 4]) and detect_type(nonempty[k].text.split("\n")[0])]
    attached = [_attachment_start(nonempty, k, pos) for k in attached]
    seg.attachments = [nonempty[k].index for k in attached]
    appendix_heads = sorted({k for k in range(pos, n) if _is_appendix_heading(nonempty[k])} | set(attached))
    tail_start = n
    end = n
    for k in range(pos, n):
        kind = _tail_kind(nonempty[k])
        if kind is None:
            continue
        limit = next((a for a in appendix_heads if a > k), n)
        window = nonempty[k:limit]
        # The real closing part is short lines only: no running text between it and the appendices/end.
        long_lines = [p for p in window[1:] if len(p.text.strip()) > 160 and not _RECIPIENTS_RE.match(p.text)]
        if long_lines or len(window) > 40:
            continue
        # a bare signer title ("CHỦ TỊCH") counts only when a name follows soon
        if kind == "title" and not any(is_name_like(_strip_academic(q.text)) for q in window[1:8]):
            continue
        tail_start, end = k, limit
        break
    if tail_start == n:
        # No closing block found: an appendix with its "(Kèm theo …)" caption still ends the body, so its
        # numbering (Điều 1 again, form codes) is its own region and not a continuation of the body's.
        cap = next((a for a in appendix_heads if a > pos and any(
            _ATTACHED_RE.match(q.text.lstrip(" *")) for q in nonempty[a + 1:a + 4])), None)
        if cap is not None:
            end = cap
            tail_start = min(_lowercase_signature(seg, nonempty[:cap], pos), cap)
        else:
            tail_start = _lowercase_signature(seg, nonempty, pos)
    elif tail_start < n:
        _parse_tail(seg, nonempty[tail_start:end])
    if end < n:
        seg.appendix_start = nonempty[end].index
        seg.appendices = [nonempty[a].index for a in appendix_heads if a >= end]
    return tail_start, end


_LOWER_AUTH_RE = re.compile(r"^(Tm|Kt|Tl|Tuq|T/m|K/t|T/l)\.?\s+\S")
_LOWER_TITLE_RE = re.compile(_OFFICE_WORDS + r"(?=\s|$)", re.I)


def _lowercase_signature(seg: Segments, nonempty: list[Paragraph], pos: int) -> int:
    """A signature block typed in lower case ("Tm. Ủy ban nhân dân" / "Chủ tịch" / name) at the very end.

    Upper-case forms are the rule and are found by :func:`_tail`; this fallback only keeps a present but
    badly typed block from being reported missing.  Returns where the closing part starts.
    """
    n = len(nonempty)
    for k in range(n - 1, max(pos, n - 4) - 1, -1):
        name = _strip_academic(nonempty[k].text)
        if not is_name_like(name):
            continue
        lines = [q for q in nonempty[max(pos, k - 3):k] if len(q.text.strip()) < 60]
        heads = [q for q in lines if _LOWER_AUTH_RE.match(q.text.strip()) or _LOWER_TITLE_RE.match(q.text.strip())]
        if not heads:
            return n
        first = heads[0]
        for q in lines[lines.index(first):]:
            s, e = _trim(q.text)
            span = (q.index, s, e)
            _add_sig(seg, q, span)
            if _LOWER_AUTH_RE.match(q.text.strip()):
                seg.signature_authorities.append(span)
                seg.signature_authority = seg.signature_authority or span
            else:
                seg.signer_title = span
        s, e = _trim(nonempty[k].text)
        plen = len(nonempty[k].text[s:e]) - len(name)
        seg.signer_name = (nonempty[k].index, s + plen, e)
        _add_sig(seg, nonempty[k], (nonempty[k].index, s, e))
        return next(j for j, q in enumerate(nonempty) if q.index == first.index)
    return n


def _strip_academic(text: str) -> str:
    t = text.strip().strip("*").strip()
    return split_academic(t)[1]


def _parse_tail(seg: Segments, lines: list[Paragraph]) -> None:
    """Assign every chunk of the closing part to recipients or the signature block."""
    in_recipients = False
    sig_started = False
    last_recipient_open = False  # previous recipient line did not end with ";" or "."
    for p in lines:
        text = p.text
        line_chunks = chunks(text)
        for s, e in line_chunks:
            c = text[s:e]
            span = (p.index, s, e)
            if _RECIPIENTS_RE.match(c) and seg.recipients_label is None:
                seg.recipients_label = p.index
                lm = _LABEL_WORDS_RE.search(c)
                seg.recipients_label_span = (p.index, s + lm.start(), s + lm.end()) if lm else span
                in_recipients = True
                rest = re.sub(r"^\s*\**\s*(Nơi\s+nhận|NƠI\s+NHẬN)\s*:?\s*", "", c, flags=re.I)
                if rest.startswith(("-", "+", "•")):
                    off = e - len(rest)
                    _add_recipient(seg, p, (p.index, off, e))
                continue
            lower_auth = bool(_LOWER_AUTH_RE.match(c)) and len(c) < 90 and not c.startswith(("-", "+"))
            if (AUTHORITY_RE.match(c) and _upper_ratio(c) > 0.8 and len(c) < 90) or lower_auth:
                seg.signature_authorities.append(span)
                if seg.signature_authority is None:
                    seg.signature_authority = span
                _add_sig(seg, p, span)
                sig_started = True
                continue
            is_item = c.startswith(("-", "+", "•"))
            # a recipient wrapped onto the next line ("- Ủy ban Mặt trận Tổ quốc Việt Nam⏎  xã Phú Hữu;"); beside a
            # signature column already started (two columns in a text draft) only the left column of a line
            # continues it, and only when it is plainly not a line of its own (a second column, or lower case)
            left_column = (s, e) == line_chunks[0] and "\t" not in text[:s] and (
                len(line_chunks) > 1 or c[:1].islower())
            continuation = last_recipient_open and (not sig_started or left_column) and _upper_ratio(c) < 0.9
            if in_recipients and (is_item or continuation):
                _add_recipient(seg, p, span)
                last_recipient_open = not c.rstrip().endswith((";", ".", ",")) and not re.match(r"^-?\s*Lưu\b", c)
                if re.match(r"^[-+•]?\s*Lưu\b", c) and c.rstrip().endswith("."):
                    in_recipients = False  # "- Lưu: VT, …." closes the list
                continue
            if _SIGNED_RE.match(c):
                seg.signed_mark = span
                _add_sig(seg, p, span)
                continue
            upper_line = _upper_ratio(c) > 0.9 and len(c) < 90 and not _SEPARATOR_RE.match(c)
            if upper_line and seg.signer_name is None and seg.signer_title is not None and is_caps_name(c):
                seg.signer_name = span  # the name typed in capitals, under the title
                _add_sig(seg, p, span)
                continue
            lower_title = len(c) < 60 and bool(_LOWER_TITLE_RE.match(c)) and not in_recipients
            if seg.signer_name is None and ((upper_line and (sig_started or _is_signer_title(c))) or lower_title):
                seg.signer_title = span
                _add_sig(seg, p, span)
                sig_started = True
                continue
            if (sig_started or seg.recipients_label is not None) and seg.signer_name is None:
                plen, rest = split_academic(c)
                if is_name_like(rest):
                    if plen:
                        seg.signer_prefix = (p.index, s, s + plen)
                    seg.signer_name = (p.index, s + plen, e)
                    _add_sig(seg, p, span)
                    sig_started = True
                    continue
            if in_recipients and not sig_started:
                _add_recipient(seg, p, span)
                continue


_LABEL_WORDS_RE = re.compile(r"N[ơƠ][iI]\s+nh[ậẬ]n", re.I)


def _add_recipient(seg: Segments, p: Paragraph, span: Span) -> None:
    seg.recipient_spans.append(span)
    if p.index not in seg.recipients:
        seg.recipients.append(p.index)


def _add_sig(seg: Segments, p: Paragraph, span: Span) -> None:
    seg.signature_lines.append(span)
    if p.index not in seg.signature:
        seg.signature.append(p.index)
