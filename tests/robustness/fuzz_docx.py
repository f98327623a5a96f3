"""XML-level mutants of a real-shaped .docx: the reader and the rules must answer every one with findings
or a one-line ReadError -- never an internal error (TDN000), never a hang.

Used by test_fuzz_docx.py (a fixed, deterministic budget in CI) and runnable for a long campaign:

    python tests/robustness/fuzz_docx.py 10000        # docs/reader.md has the figures of the last run
"""

from __future__ import annotations

import io
import random
import sys
import time
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "fixtures" / "docx" / "ke-hoach-nhieu-loi.docx"
PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", "word/header1.xml",
         "word/footnotes.xml", "word/comments.xml")
# Values that broke or could break a reader: hex, huge, negative, non-finite, non-ASCII digits, empty, long.
NASTY = ("0x10", "-1", "-2147483649", "99999999999999999999", "9" * 5000, "1e400", "nan", "inf", "-0",
         "", " ", "²", "½", "٣", "12.5", "12pt", "-3mm", "1e9cm", "abc", "true", "%", "%9", "%².", "\x7f",
         "𝟙𝟚", "a" * 3000)


def base_members() -> dict[str, bytes]:
    with zipfile.ZipFile(BASE) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist() if i.filename != "word/stylesWithEffects.xml"}


def mutate(members: dict[str, bytes], rng: random.Random, count: int) -> bytes:
    """``count`` random mutations (attribute values, deleted or duplicated elements) -> .docx bytes."""
    trees = {}
    for _ in range(count):
        name = rng.choice(PARTS)
        if name not in members:
            continue
        if name not in trees:
            trees[name] = etree.fromstring(members[name])
        root = trees[name]
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        el = rng.choice(elements)
        op = rng.random()
        if op < 0.65 and el.attrib:
            key = rng.choice(list(el.attrib))
            el.set(key, rng.choice(NASTY) if rng.random() < 0.8 else str(rng.randint(-10**6, 10**9)))
        elif op < 0.8 and el.getparent() is not None:
            el.getparent().remove(el)
        elif op < 0.9 and el.getparent() is not None:
            el.addnext(etree.fromstring(etree.tostring(el)))
        else:
            # an attribute the element did not have (w:val on anything)
            el.set(el.tag.split("}")[0] + "}val" if el.tag.startswith("{") else "val", rng.choice(NASTY))
    out = dict(members)
    for name, root in trees.items():
        out[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in out.items():
            z.writestr(name, blob)
    return buf.getvalue()


def check_one(engine, data: bytes) -> tuple[str, str | None]:
    """("read-error" | "ok" | "internal", detail) for one mutant; raises nothing."""
    from tdnlint.config import Settings
    from tdnlint.readers.base import ReadError

    try:
        doc = engine.read("mutant.docx", data)
    except ReadError as exc:
        if "\n" in str(exc):
            return "internal", f"multi-line error: {exc}"
        return "read-error", str(exc)
    except Exception as exc:  # the reader must turn every bad input into a ReadError
        return "internal", f"reader: {exc!r}"
    try:
        result = engine.lint_document(doc, Settings())
    except Exception as exc:
        return "internal", f"engine: {exc!r}"
    internal = [f.message for f in result.findings if f.rule == "TDN000"]
    return ("internal", internal[0]) if internal else ("ok", None)


def main(n: int, seed: int = 0) -> int:
    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry

    engine = Engine(load_registry(), RunOptions(no_config=True))
    members = base_members()
    counts = {"ok": 0, "read-error": 0, "internal": 0}
    slowest = 0.0
    t0 = time.monotonic()
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        data = mutate(members, rng, rng.randint(1, 4))
        t = time.monotonic()
        kind, detail = check_one(engine, data)
        slowest = max(slowest, time.monotonic() - t)
        counts[kind] += 1
        if kind == "internal":
            print(f"mutant {i}: {detail}", file=sys.stderr)
    took = time.monotonic() - t0
    print(f"{n} mutants in {took:.0f} s: {counts['ok']} checked, {counts['read-error']} one-line read errors, "
          f"{counts['internal']} internal errors; slowest {slowest:.2f} s")
    return 1 if counts["internal"] else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000, int(sys.argv[2]) if len(sys.argv) > 2 else 0))
