"""The page's view of one checked document: paragraphs cut into pieces at finding boundaries.

Built in the worker from the lint context (``ctx.document`` and ``ctx.segments``), returned as plain
data (lists, dicts, strings) so it crosses the process boundary and the template only loops.  Text
stays text here; the template escapes it.

Each main-story paragraph is given the part the segmentation puts it in (header block, title and
trích yếu, căn cứ, body, Nơi nhận, signature, appendices).  Each finding with a span on the analysis
text (``paragraph_index``/``start``/``end``) becomes a highlight: the paragraph's text is cut at every
start and end, and each piece lists the findings that cover it, so overlapping findings stay visible.
"""

from __future__ import annotations

from typing import Any

from ..findings import Finding
from ..model import MAIN_STORY_PARTS

PART_ORDER = ("document", "header", "title", "addressees", "basis", "body", "recipients", "signature", "appendix", "other")
SEV_RANK = {"error": 3, "warning": 2, "info": 1}
LONG_DOCUMENT = 3000  # main-story paragraphs; longer documents show only the paragraphs around findings


def paragraph_parts(ctx) -> dict[int, str]:
    """Paragraph index -> part key, as the segmentation sees the document."""
    doc = ctx.document
    try:
        seg = ctx.segments
    except Exception:
        seg = None
    parts: dict[int, str] = {}
    if seg is None:
        return {p.index: ("body" if p.part in MAIN_STORY_PARTS else "other") for p in doc.paragraphs}
    title_group: set[int] = set(seg.summary_lines)
    addressees = set(seg.kinh_gui)
    for span in (seg.title, seg.vv_line, seg.enacting_line):
        if span:
            title_group.add(span[0])
    recipients = set(seg.recipients)
    if seg.recipients_label is not None:
        recipients.add(seg.recipients_label)
    recipients.update(s[0] for s in seg.recipient_spans)
    signature = set(seg.signature) | {s[0] for s in seg.signature_lines}
    header = set(seg.header)
    basis = set(seg.basis)
    appendix_start = seg.appendix_start
    previous = "header"
    for p in doc.paragraphs:
        i = p.index
        if p.part in MAIN_STORY_PARTS and not p.text.strip():
            parts[i] = previous  # a blank line belongs with the text above it, it starts nothing
            continue
        if p.part not in MAIN_STORY_PARTS:
            key = "other"
        elif appendix_start is not None and i >= appendix_start:
            key = "appendix"
        elif i in signature:
            key = "signature"
        elif i in recipients:
            key = "recipients"
        elif i in title_group:
            key = "title"
        elif i in addressees:
            key = "addressees"
        elif i in basis:
            key = "basis"
        elif i in header:
            key = "header"
        else:
            key = "body"
        parts[i] = key
        if p.part in MAIN_STORY_PARTS:
            previous = key
    return parts


def _pieces(text: str, spans: list[tuple[int, int, int, str]]) -> list[dict]:
    """Cut ``text`` at every span boundary.  ``spans``: (finding id, start, end, severity)."""
    n = len(text)
    cuts = {0, n}
    for _fid, s, e, _sev in spans:
        cuts.add(s)
        cuts.add(e)
    points = sorted(c for c in cuts if 0 <= c <= n)
    pieces: list[dict] = []
    for k, a in enumerate(points):
        # anchors (and zero-width findings) sit at the position where their span starts
        starting = [fid for fid, s, _e, _sev in spans if s == a]
        empty = [(fid, sev) for fid, s, e, sev in spans if s == e == a]
        if starting:
            pieces.append({"anchors": starting, "text": "", "fids": [], "sev": None, "caret": False})
        if empty:
            pieces.append({"anchors": [], "text": "", "fids": [f for f, _ in empty],
                           "sev": _worst(s for _, s in empty), "caret": True})
        if k + 1 >= len(points):
            break
        b = points[k + 1]
        cover = [(fid, sev) for fid, s, e, sev in spans if s <= a and b <= e and s < e]
        pieces.append({"anchors": [], "text": text[a:b], "fids": [f for f, _ in cover],
                       "sev": _worst(s for _, s in cover) if cover else None, "caret": False})
    return pieces


def _worst(sevs) -> str | None:
    best = None
    for s in sevs:
        if best is None or SEV_RANK[s] > SEV_RANK[best]:
            best = s
    return best


def list_only_view(result, rules: dict, lang: str) -> dict[str, Any]:
    """The findings without the document's text (a fallback should building the text view fail)."""
    findings = [_finding(fid, f, {}, rules, lang) for fid, f in enumerate(result.findings)]
    return {"paragraphs": [], "findings": findings, "groups": _groups(findings),
            "document_findings": [f["id"] for f in findings if f["part"] == "document"],
            "fixable": sum(1 for f in result.findings if f.fix is not None and f.fix.edits and f.fix.safe),
            "format": None, "words": 0, "shortened": False}


def _groups(findings: list[dict]) -> list[dict]:
    groups: list[dict] = []
    for part in PART_ORDER:
        in_part = [f for f in findings if f["part"] == part]
        if not in_part:
            continue
        cats: dict[str, list[dict]] = {}
        for f in in_part:
            cats.setdefault(f["category"], []).append(f)
        groups.append({"part": part, "count": len(in_part),
                       "categories": [{"category": c, "findings": fs} for c, fs in cats.items()]})
    return groups


def build_view(ctx, result, rules: dict, lang: str) -> dict[str, Any]:
    doc = ctx.document
    parts = paragraph_parts(ctx)
    findings: list[dict] = []
    by_para: dict[int, list[tuple[int, int, int, str]]] = {}
    whole_para: dict[int, list[int]] = {}
    for fid, f in enumerate(result.findings):
        findings.append(_finding(fid, f, parts, rules, lang))
        i = f.paragraph_index
        if i is None or not (0 <= i < len(doc.paragraphs)):
            continue
        n = len(doc.paragraphs[i].text)
        if f.start is not None and f.end is not None and 0 <= f.start <= f.end <= n:
            by_para.setdefault(i, []).append((fid, f.start, f.end, f.severity.value))
        else:
            whole_para.setdefault(i, []).append(fid)

    paragraphs: list[dict] = []
    # A very long document would make a page of tens of megabytes: then only the paragraphs with
    # findings (and their neighbours) are shown, and the page says so.
    main_count = sum(1 for p in doc.paragraphs if p.part in MAIN_STORY_PARTS)
    shortened = main_count > LONG_DOCUMENT
    near: set[int] = set()
    if shortened:
        for i in list(by_para) + list(whole_para):
            near.update((i - 1, i, i + 1))
    for p in doc.paragraphs:
        is_main = p.part in MAIN_STORY_PARTS
        marked = p.index in by_para or p.index in whole_para
        if not is_main and not marked:
            continue  # headers/footers/footnotes/comments are shown only where something was found
        if shortened and p.index not in near:
            continue
        spans = by_para.get(p.index, [])
        whole = whole_para.get(p.index, [])
        paragraphs.append({
            "index": p.index,
            "id": f"p-{p.index}",
            "label": _place(p),
            "part": parts.get(p.index, "body"),
            "align": p.alignment if p.alignment in ("center", "right", "both") else None,
            "empty": not p.text.strip(),
            "pieces": _pieces(p.text, spans),
            "whole": whole,
            "sev": _worst([findings[f]["severity"] for f in whole] + [s[3] for s in spans]),
        })

    return {
        "paragraphs": paragraphs,
        "findings": findings,
        "groups": _groups(findings),
        "document_findings": [f["id"] for f in findings if f["part"] == "document"],
        "fixable": sum(1 for f in result.findings if f.fix is not None and f.fix.edits and f.fix.safe),
        "format": doc.format,
        "words": doc.word_count(),
        "shortened": shortened,
    }


def _place(p) -> str:
    """Where the paragraph is, as the text report says it: line number, or part#number."""
    if p.line is not None:
        return str(p.line)
    return f"{p.part}#{p.number}"


def _finding(fid: int, f: Finding, parts: dict[int, str], rules: dict, lang: str) -> dict:
    rule = rules.get(f.rule)
    summary = ""
    basis = ""
    if rule is not None:
        summary = (rule.summary_en if lang == "en" and rule.summary_en else rule.summary) or ""
        basis = rule.basis or ""
    if f.paragraph_index is None:
        part = "document"
    else:
        part = parts.get(f.paragraph_index, "body" if f.part in MAIN_STORY_PARTS else "other")
    where = None
    if f.line is not None:
        where = f"{f.line}:{f.column}" if f.column is not None else str(f.line)
    elif f.paragraph is not None:
        where = f"{f.part}#{f.paragraph}"
    return {
        "id": fid,
        "rule": f.rule,
        "name": f.name,
        "category": f.category,
        "severity": f.severity.value,
        "message": f.message,
        "suggestion": f.suggestion,
        "text": f.text,
        "where": where,
        "part": part,
        "paragraph": f"p-{f.paragraph_index}" if f.paragraph_index is not None else None,
        "summary": summary,
        "basis": basis,
        # other places of the same problem (a style used inconsistently), as the text report lists them
        "related": [_where_loc(loc) for loc in f.related],
    }


def _where_loc(loc) -> str:
    if loc.line is not None:
        return f"{loc.line}:{loc.column}" if loc.column is not None else str(loc.line)
    return f"{loc.part}#{loc.paragraph}"
