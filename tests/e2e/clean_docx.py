"""Build the .docx twin of a clean-corpus text (fixtures/clean/*.txt) the way a clerk lays it out in Word.

Layout (NĐ 30 Phụ lục I; HD 36 Phụ lục 3), checked by rules/tdnlint_rules/layout:

* header block (lines before the first blank line) in a borderless two-column table: issuer lines,
  "*", number and "V/v …" on the left; national header (13 pt bold) + motto (13 pt bold) or
  "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold) and the italic place-and-date line on the right;
* type name and trích yếu bold, centred; a decision's enacting line and "QUYẾT ĐỊNH:" bold, centred;
  its căn cứ lines italic;
* body 14 pt, justified, first-line indent 1.27 cm; level-1/level-2 headings bold; "Điều N." bold;
* closing part in a second borderless table: "Nơi nhận:" 12 pt bold italic and recipient lines 11 pt on
  the left (Party: 14 pt, label underlined, HD 36 style), signature lines bold 14 pt, centred, on the right;
* Times New Roman 14, A4, margins 20/20/30/15 mm, no author / last-modified-by (hygiene TDN706).

Long lines are split into two runs in the middle of a word, as Word does after an edit.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx_factory import Line, Para, R, Table, make_docx

_RIGHT = re.compile(r"^(CỘNG H(?:ÒA|OÀ) XÃ HỘI|Độc lập - Tự do|ĐẢNG CỘNG SẢN VIỆT NAM)|, ngày \d")
_HEADING = re.compile(r"^([IVX]+[.\-] |\d+\. \S[^.;:]{0,70}$)")
_ARTICLE = re.compile(r"^(Điều \d+\.)(.*)$")
_BASIS = re.compile(r"^(Căn cứ|Theo đề nghị)")


def _split(text: str, **fmt) -> list[R]:
    """Two runs cut inside a word near the middle (one run for short text)."""
    if len(text) < 24:
        return [R(text, **fmt)]
    k = len(text) // 2
    while k < len(text) - 1 and not (text[k - 1].isalpha() and text[k].isalpha()):
        k += 1
    return [R(text[:k], **fmt), R(text[k:], **fmt)]


_ROMAN = re.compile(r"^[IVX]+[.\-] (.*)$")


def _body_para(line: str, *, decision: bool, styled_headings: bool = False) -> Para:
    if not line.strip():
        return Para("")
    m = _ROMAN.match(line)
    if styled_headings and m:
        # level-1 heading styled "Heading 1", its number left to Word (not in the text), Times 14 bold black
        return Para([R(m.group(1), bold=True, size=14, font="Times New Roman", color="000000")], style="Heading 1",
                    align="both")
    if decision and _BASIS.match(line):
        return Para(_split(line, italic=True, size=14), align="both", first_line_mm=12.7)
    m = _ARTICLE.match(line)
    if m:
        return Para([R(m.group(1), bold=True, size=14), *_split(m.group(2), size=14)], align="both",
                    first_line_mm=12.7)
    bold = bool(_HEADING.match(line))
    return Para(_split(line, bold=bold or None, size=14), align="both", first_line_mm=12.7, space_after_pt=6)


def _one_paragraph(paras: list[Para]) -> list[Para]:
    """The cell typed as ONE paragraph with soft line breaks (Shift+Enter, w:br), as many clerks do."""
    runs: list = []
    for k, p in enumerate(paras):
        for j, r in enumerate(p.runs):
            if isinstance(r, R) and k and j == 0:
                r = R("\n" + r.text, bold=r.bold, italic=r.italic, underline=r.underline, size=r.size)
            runs.append(r)
    return [Para(runs, align="center")]


def docx_from_text(text: str, path: Path, *, breaks: bool = False, styled_headings: bool = False) -> Path:
    """``breaks=True``: each header cell and the signature block are one paragraph with line breaks.
    ``styled_headings=True``: "I. MỤC ĐÍCH, YÊU CẦU" becomes a "Heading 1" paragraph "MỤC ĐÍCH, YÊU CẦU" whose
    number Word would draw (the reader does not render list numbering, so the number is not in the text)."""
    lines = text.rstrip("\n").split("\n")
    blank = lines.index("")
    head, rest = lines[:blank], lines[blank + 1:]
    party = any(ln == "ĐẢNG CỘNG SẢN VIỆT NAM" for ln in head)

    left: list[Para] = []
    right: list[Para] = []
    for ln in head:
        if _RIGHT.search(ln):
            if ln.startswith(("CỘNG HÒA", "CỘNG HOÀ")):  # Quốc hiệu 12–13
                right.append(Para([R(ln, bold=True, size=13)], align="center"))
            elif ln.startswith("Độc lập"):  # Tiêu ngữ 13–14, a drawn rule under it (anchored in the line)
                right.append(Para([R(ln, bold=True, size=13), Line(width_mm=60)], align="center"))
            elif ln.startswith("ĐẢNG CỘNG SẢN"):
                right.append(Para([R(ln, bold=True, size=15), Line(width_mm=60)], align="center"))
            else:
                right.append(Para([R(ln, italic=True, size=14)], align="center"))
        elif ln.startswith("Số"):
            left.append(Para([R(ln, size=14 if party else 13)], align="center"))
        elif ln.startswith("V/v") or ln[:1].islower():  # công văn trích yếu and its continuation line
            # State: 12 pt upright; Party công văn: 12 pt italic, no "V/v" (HD 36 Phụ lục 3)
            left.append(Para([R(ln, size=12, italic=party or None)], align="center"))
        elif ln == "*":
            left.append(Para([R(ln, size=14)], align="center"))
        else:
            left.append(Para([R(ln, size=14 if party else 13)], align="center"))
    # parent body upright, issuing body (the line right above the number or "*") bold
    for k, p in enumerate(left):
        nxt = left[k + 1].runs[0].text if k + 1 < len(left) else ""
        if nxt.startswith("Số") or nxt == "*":
            p.runs[0].bold = True
            if nxt.startswith("Số"):  # State/MTTQ: a short drawn rule under the issuing body
                p.runs.append(Line(width_mm=25))

    tail_at = next(k for k, ln in enumerate(rest) if ln.startswith("Nơi nhận"))
    body, tail = rest[:tail_at], rest[tail_at:]
    while body and not body[-1]:
        body.pop()
    decision = bool(body) and body[0] == "QUYẾT ĐỊNH"

    blocks: list = []
    # title block: type name + trích yếu up to the next blank line (a công văn has none: it opens with Kính gửi)
    i = 0
    if not body[0].startswith("Kính gửi"):
        while i < len(body) and body[i]:
            blocks.append(Para(_split(body[i], bold=True, size=14), align="center"))
            i += 1
        blocks[-1].runs.append(Line(width_mm=50))  # the short rule under the trích yếu
    for ln in body[i:]:
        if decision and (ln == "QUYẾT ĐỊNH:" or ln.startswith("CHỦ TỊCH ỦY BAN")):
            blocks.append(Para([R(ln, bold=True, size=14)], align="center"))
        elif ln.startswith(("Kính gửi", "- ")) and not ln.endswith("./."):
            blocks.append(Para([R(ln, size=14)], left_mm=20))
        else:
            blocks.append(_body_para(ln, decision=decision, styled_headings=styled_headings))

    appendix: list[str] = []
    if "" in tail:  # an appendix after the signature, separated by a blank line
        k = tail.index("")
        tail, appendix = tail[:k], [ln for ln in tail[k:] if ln]
    rec = [ln for ln in tail if ln.startswith(("Nơi nhận", "- "))]
    sig = [ln for ln in tail if ln not in rec]
    if party:
        rec_paras = [Para([R(rec[0], bold=True, underline=True, size=14)])] + [Para([R(x, size=14)]) for x in rec[1:]]
    else:
        rec_paras = [Para([R(rec[0], bold=True, italic=True, size=12)])] + [Para([R(x, size=11)]) for x in rec[1:]]
    sig_paras = [Para([R(x, bold=True, size=14)], align="center") for x in sig[:-1]]
    sig_paras += [Para(""), Para(""), Para([R(sig[-1], bold=True, size=14)], align="center")]
    if breaks:
        left, right = _one_paragraph(left), _one_paragraph(right)
        sig_paras = _one_paragraph([p for p in sig_paras if p.runs])
    blocks.append(Table([[rec_paras, sig_paras]]))
    if appendix:
        blocks += _appendix(appendix)
    return make_docx(path, blocks, header_table=(left, right), font="Times New Roman", size=14,
                     page_mm=(210, 297), margins_mm=(20, 20, 30, 15), author="", last_modified_by="")


_TASK = re.compile(r"^(\d+)\. (.*); chủ trì: (.*); thời hạn: (.*)\.$")


def _appendix(lines: list[str]) -> list:
    """"Phụ lục" (14 bold), its title (bold), the "(Kèm theo …)" line (italic), then the numbered task lines
    as a bordered data table STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn, as such appendices are laid out."""
    out: list = []
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]]
    for ln in lines:
        m = _TASK.match(ln)
        if m:
            rows.append(list(m.groups()))
        elif ln.startswith("("):
            out.append(Para([R(ln, italic=True, size=14)], align="center"))
        else:
            out.append(Para([R(ln, bold=True, size=14)], align="center"))
    out.append(Table([[Para([R(c, bold=(r == 0) or None, size=13)]) for c in row] for r, row in enumerate(rows)],
                     borders=True))
    return out
