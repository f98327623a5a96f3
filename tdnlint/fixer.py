"""Post-lint actions: ``--fix``, ``--diff`` and ``--annotate``.

The CLI installs :func:`post_lint` on the engine; ``process_file`` calls it
right after linting each file, in the same process (also under ``--jobs``).

Fix loop (ruff style): take every applicable fix (safe ones; unsafe ones too
with ``--unsafe-fixes``), keep those whose edits do not overlap or touch an
edit already chosen, let the writer of the format apply them to the bytes
that were read, re-read and re-lint the result, and repeat -- at most
``MAX_PASSES`` times, stopping as soon as nothing fixable is left or a pass
changes nothing.  Running ``--fix`` again afterwards therefore finds nothing
more to fix.  The findings left after the last pass replace the report; the
number of findings fixed goes to ``FileResult.fixed``.

Writing: atomically (temp file + rename, permissions kept) and only if the
file still holds exactly the bytes that were read; otherwise the file gets an
error and is left alone.  If a pass produces a file the reader cannot read
back, nothing is written (that would be a writer bug, never the user's
problem).
"""

from __future__ import annotations

import difflib
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from .atomic import ChangedOnDiskError, atomic_write_bytes
from .findings import Edit, FileResult, Finding
from .model import Document
from .writers import SourceEdit

MAX_PASSES = 10
TRACKED_CHANGES_CODE = "TDN701"  # hygiene rule "tracked-changes": --fix-mode tracked creates some itself
TEXT_FORMATS = ("txt", "md")


class FixError(Exception):
    """A fix could not be completed; the message is shown to the user (Vietnamese)."""


@dataclass
class FixOutcome:
    data: bytes
    document: Document
    result: FileResult
    fixed: int = 0
    passes: int = 0
    fixed_rules: dict[str, int] = field(default_factory=dict)


# ---- selection --------------------------------------------------------------------------------------
def applicable(findings: list[Finding], unsafe: bool) -> list[Finding]:
    return [f for f in findings if f.fix is not None and f.fix.edits and (f.fix.safe or unsafe)]


def _conflict(a: Edit, b: Edit) -> bool:
    if a.paragraph != b.paragraph:
        return False
    if isinstance(a, SourceEdit) or isinstance(b, SourceEdit):
        return True  # different offset spaces: never combine in one pass
    # Overlapping or touching spans conflict (touching: the order of the two would matter).
    return a.start <= b.end and b.start <= a.end


def select_fixes(findings: list[Finding], unsafe: bool) -> tuple[list[Edit], list[Finding]]:
    """Non-conflicting edits for one pass and the findings they fix (duplicates of a chosen fix count)."""
    chosen: dict[int, list[Edit]] = defaultdict(list)
    chosen_fixes: set[tuple[Edit, ...]] = set()
    edits: list[Edit] = []
    fixed: list[Finding] = []
    cands = applicable(findings, unsafe)
    cands.sort(key=lambda f: (min((e.paragraph, e.start, e.end) for e in f.fix.edits), f.rule))  # type: ignore[union-attr]
    for f in cands:
        fx = f.fix.edits  # type: ignore[union-attr]
        if fx in chosen_fixes:
            fixed.append(f)  # another rule asked for the very same change
            continue
        if any(_conflict(e, c) for e in fx for c in chosen[e.paragraph]):
            continue
        if any(_conflict(a, b) for i, a in enumerate(fx) for b in fx[i + 1:]):
            continue  # a malformed fix (self-overlapping): skip rather than guess
        for e in fx:
            chosen[e.paragraph].append(e)
        chosen_fixes.add(fx)
        edits.extend(fx)
        fixed.append(f)
    return edits, fixed


# ---- writers ----------------------------------------------------------------------------------------
def apply_edits(doc: Document, edits: list[Edit], mode: str) -> tuple[bytes, list[Edit]]:
    """New bytes for ``doc`` with ``edits`` applied, and the edits the writer refused."""
    if doc.format in TEXT_FORMATS:
        from .writers.text_writer import apply_text_edits

        return apply_text_edits(doc, edits)
    if doc.format == "docx":
        from .writers.docx_writer import apply_docx_edits

        return apply_docx_edits(doc, edits, tracked=(mode == "tracked"))
    raise FixError(f"chưa hỗ trợ sửa tự động định dạng {doc.format}")


def fix_loop(engine, path: str, doc: Document, result: FileResult, unsafe: bool, mode: str) -> FixOutcome:
    """Apply fixes until nothing fixable is left (bounded).  Writes nothing."""
    assert doc.raw is not None
    out = FixOutcome(data=doc.raw, document=doc, result=result)
    seen = {doc.raw}
    findings = result.findings
    # Edits a writer refused, keyed on the paragraph text they applied to: never offered again, so a
    # refused fix cannot keep blocking a neighbouring one pass after pass.
    refused_keys: set[tuple] = set()
    # Fixes already applied: if a rule asks for the very same edit again, its fix did not resolve
    # its finding -- applying it again would only repeat it (a rule bug; never loop on it).
    applied: set[tuple] = set()
    while out.passes < MAX_PASSES:
        cands = [f for f in applicable(findings, unsafe)
                 if not any(_edit_key(out.document, e) in refused_keys for e in f.fix.edits)  # type: ignore[union-attr]
                 and _fix_key(f) not in applied]
        edits, fixed = select_fixes(cands, unsafe)
        if not edits:
            break
        data, refused = apply_edits(out.document, edits, mode)
        if refused:
            refused_keys.update(_edit_key(out.document, e) for e in refused)
            bad = set(refused)
            fixed = [f for f in fixed if not any(e in bad for e in f.fix.edits)]  # type: ignore[union-attr]
            if not fixed:
                continue  # retry without them (the refused set grew, so this ends)
        if data in seen:
            break
        new = engine.lint_path(path, data)
        if new.error is not None:
            raise FixError(f"bản đã sửa không đọc lại được ({new.error}); không ghi gì")
        seen.add(data)
        out.data, out.result, out.document = data, new, new.document
        out.fixed += len(fixed)
        out.passes += 1
        applied.update(_fix_key(f) for f in fixed)
        for f in fixed:
            out.fixed_rules[f.rule] = out.fixed_rules.get(f.rule, 0) + 1
        findings = new.findings
    return out


def _fix_key(f: Finding) -> tuple:
    return (f.rule, tuple((type(e).__name__, e.paragraph, e.start, e.end, e.replacement)
                          for e in f.fix.edits))  # type: ignore[union-attr]


def _edit_key(doc: Document, e: Edit) -> tuple:
    p = doc.paragraphs[e.paragraph] if 0 <= e.paragraph < len(doc.paragraphs) else None
    return (e.paragraph, p.original if p is not None else None, type(e).__name__, e.start, e.end, e.replacement)


# ---- diff -------------------------------------------------------------------------------------------
def text_diff(path: str, before: Document, after_data: bytes) -> str:
    """Unified diff of the file's text (lines keep their own terminators)."""
    from .readers.text import decode

    old, _ = decode(before.raw or b"", path)
    new, _ = decode(after_data, path)
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=path, tofile=path
    )
    return _terminate(lines)


LONG_PARAGRAPH = 200  # characters; longer changed paragraphs are shown around their changes only
DIFF_CONTEXT = 40


def paragraph_diff(path: str, before: Document, after: Document) -> str:
    """Paragraph-level diff of a .docx (tracked changes accepted), one hunk per changed paragraph.

    ``@@ [body 12] @@`` names the paragraph (part and number, as in the report); a long paragraph
    is shown only around its changes (``…`` marks the cuts), so a one-letter fix in a 2,000-character
    paragraph stays readable.  Fixes never add or remove paragraphs, so paragraphs pair up one to one.
    """
    old = [p for p in before.paragraphs if p.part != "comment"]
    new = [p for p in after.paragraphs if p.part != "comment"]
    if len(old) != len(new):  # not expected from our writers; fall back to a plain line diff
        return _terminate(difflib.unified_diff(
            [f"[{p.part} {p.number}] {p.text}\n" for p in old],
            [f"[{p.part} {p.number}] {p.text}\n" for p in new], fromfile=path, tofile=path, n=1))
    out = []
    for a, b in zip(old, new, strict=True):
        if a.text == b.text:
            continue
        if not out:
            out += [f"--- {path}\n", f"+++ {path}\n"]
        out.append(f"@@ [{a.part} {a.number}] @@\n")
        x, y = _windows(a.text, b.text)
        out += [f"-{x}\n", f"+{y}\n"]
    return "".join(out)


def _windows(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` cut down to the stretches around their differences when they are long."""
    if max(len(a), len(b)) <= LONG_PARAGRAPH:
        return a, b
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    spans: list[list[int]] = []  # [a_start, a_end, b_start, b_end] with context, merged when close
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        s = [max(0, i1 - DIFF_CONTEXT), min(len(a), i2 + DIFF_CONTEXT),
             max(0, j1 - DIFF_CONTEXT), min(len(b), j2 + DIFF_CONTEXT)]
        if spans and s[0] <= spans[-1][1]:
            spans[-1][1], spans[-1][3] = s[1], s[3]
        else:
            spans.append(s)

    def cut(text: str, lo: int, hi: int) -> str:
        return ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")

    return (" ".join(cut(a, s[0], s[1]) for s in spans), " ".join(cut(b, s[2], s[3]) for s in spans))


def _terminate(lines) -> str:
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


# ---- entry point ------------------------------------------------------------------------------------
def post_lint(engine, path: str, result: FileResult) -> None:
    """Fix / diff / annotate one file after it was linted (called by ``cli.process_file``)."""
    opts = engine.options
    doc: Document | None = result.document
    if doc is None or doc.raw is None:
        return
    want_fix = bool(opts.fix or opts.unsafe_fixes)
    want_diff = bool(opts.diff)
    annotate = opts.annotate
    mode = opts.fix_mode or "tracked"
    final_doc = doc

    if want_fix or want_diff:
        if doc.format not in TEXT_FORMATS and doc.format != "docx":
            return
        if not _is_vietnamese(engine, path, doc):
            # Form rules were skipped on this text (TDN010): its "fixes" would rewrite foreign or
            # legacy-encoded text by Vietnamese conventions.  Report, never change.
            return
        try:
            out = fix_loop(engine, path, doc, result, bool(opts.unsafe_fixes), mode)
        except FixError as exc:
            result.error = str(exc)
            return
        if want_diff:
            result.would_fix = out.fixed
            if out.data != doc.raw:
                result.diff = (
                    paragraph_diff(result.path, doc, out.document)
                    if doc.format == "docx"
                    else text_diff(result.path, doc, out.data)
                )
        elif out.data != doc.raw:
            if path == "-":
                result.error = "không thể sửa tại chỗ dữ liệu đọc từ stdin; hãy dùng --diff"
                return
            lock = word_lock_file(path) if doc.format == "docx" else None
            if lock is not None:
                # Word would overwrite our fixes on its next save (and the user would lose theirs).
                result.error = (f"tệp đang được mở trong Word (có tệp khóa {os.path.basename(lock)}); "
                                "hãy lưu, đóng Word rồi chạy lại --fix")
                return
            try:
                # realpath: fixing a symlinked draft must update its target, not replace the link
                atomic_write_bytes(os.path.realpath(path), out.data, expect=doc.raw)
            except ChangedOnDiskError:
                result.error = "tệp đã bị thay đổi kể từ khi được đọc; không ghi bản sửa (hãy chạy lại)"
                return
            except OSError as exc:
                result.error = f"không ghi được bản sửa: {exc.strerror or exc}"
                return
            had_tracked = any(f.rule == TRACKED_CHANGES_CODE for f in result.findings)
            _adopt(result, out.result, out.fixed)
            final_doc = out.document
            if doc.format == "docx" and mode == "tracked" and not had_tracked:
                # Our own tracked changes are the fixes just made, not a leftover to resolve before issuing.
                result.findings = [f for f in result.findings if f.rule != TRACKED_CHANGES_CODE]
                print(f"tdnlint: {result.path}: {out.fixed} chỗ đã sửa dưới dạng thay đổi được theo dõi — "
                      "mở Word để xem và chấp nhận", file=sys.stderr)

    if annotate:
        if doc.format != "docx":
            result.error = "--annotate chỉ dùng với tệp .docx"
            return
        if path != "-" and os.path.realpath(annotate) == os.path.realpath(path):
            result.error = "--annotate phải ghi ra một tệp khác (văn bản gốc được giữ nguyên)"
            return
        from .writers.docx_annotate import annotate_docx

        title = _title(engine, path, final_doc)
        data = annotate_docx(final_doc, result.findings, lang=_lang(engine, path), title=title)
        try:
            atomic_write_bytes(annotate, data)
        except OSError as exc:
            result.error = f"không ghi được {annotate}: {exc.strerror or exc}"
            return
        print(f"tdnlint: đã ghi {len(result.findings)} góp ý (chú thích Word) vào {annotate}", file=sys.stderr)


def word_lock_file(path: str) -> str | None:
    """The owner ("lock") file Word keeps next to a document it has open, if there is one.

    Word names it ``~$`` + the file name, dropping the first one or two characters of long
    names (``~$thao.docx`` for ``du-thao.docx``).
    """
    folder, name = os.path.split(os.path.abspath(path))
    for cand in {"~$" + name, "~$" + name[1:], "~$" + name[2:]}:
        full = os.path.join(folder, cand)
        if len(cand) > 2 + len(os.path.splitext(name)[1]) and os.path.isfile(full):
            return full
    return None


def _is_vietnamese(engine, path: str, doc: Document) -> bool:
    from .context import Context

    try:
        return bool(Context(doc, engine.settings_for(path), engine.registry).is_vietnamese)
    except Exception:
        return True


def _adopt(result: FileResult, new: FileResult, fixed: int) -> None:
    """The report shows what is left after fixing."""
    result.findings = new.findings
    result.profile = new.profile
    result.parts = new.parts
    result.internal_errors = new.internal_errors
    result.fixed = fixed
    result.fingerprints = new.fingerprints
    result.document = new.document


def _title(engine, path: str, doc: Document) -> int | None:
    """Paragraph index of the document's title (where document-level comments go), if known."""
    from .context import Context

    try:
        ctx = Context(doc, engine.settings_for(path), engine.registry)
        span = ctx.segments.title
    except Exception:
        return None
    return span[0] if span else None


def _lang(engine, path: str) -> str:
    try:
        return engine.settings_for(path).lang
    except Exception:
        return "vi"
