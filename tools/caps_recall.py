"""Recall of the capitalisation, acronym, doubled- and dropped-word rules on injected errors.

    python tools/caps_recall.py [--docs 150] [--seed 7]

Takes held-out corpus documents (never used to build data/capitals.txt), injects at most two errors
per document (one per paragraph) at a fixed seed, lints the edited text and counts an injection as found when a finding
of the expected rule overlaps it.  Kinds:

  name-lower     a capital inside a known name lowered   ("Hội Liên hiệp Phụ nữ" → "Hội liên hiệp phụ nữ")
  name-upper     a lower-case word inside a name raised   ("Ủy ban nhân dân" → "Ủy ban Nhân dân")
  unit           "tỉnh X" → "Tỉnh X"
  article        "khoản 2 Điều 7" → "khoản 2 điều 7"
  stray          a grammatical word after a lower-case word capitalised ("tổ chức Tại …")
  acronym-swap   two neighbouring letters of UBND/HĐND/MTTQ… swapped
  acronym-telex  Đ of an acronym typed "DD"
  doubled        a word of a name typed twice, the copy capitalised ("Sở Sở Tư pháp")
  dropped        an inner word of a known name left out ("Ban Thường Tỉnh ủy")

Findings of these rules outside any injection are counted too (on text that was already there).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))
from corpus import iter_corpus  # noqa: E402

from tdnlint.config import Settings  # noqa: E402
from tdnlint.engine import Engine, RunOptions  # noqa: E402
from tdnlint.plugins import load_registry  # noqa: E402
from tdnlint.vietnamese.capitals import load_table  # noqa: E402

RULE = {"name-lower": "TDN430", "name-upper": "TDN430", "unit": "TDN431", "article": "TDN432", "stray": "TDN434",
        "acronym-swap": "TDN436", "acronym-telex": "TDN435", "doubled": "TDN405", "dropped": "TDN438"}
GRAMMATICAL = ["của", "và", "tại", "trong", "với", "các", "được", "theo", "cho", "những"]
ACRONYMS = ["UBND", "HĐND", "MTTQ", "BCĐ", "ĐBQH", "BCH", "TTHC", "NSNN"]


def inject(line: str, kind: str, rng: random.Random, names: list[str]) -> tuple[str, int, int] | None:
    """Return (new line, start, end) of the injected error, or None when the line has no place for it."""
    if kind in ("name-lower", "name-upper", "doubled", "dropped"):
        found = [(m.start(), name) for name in names for m in re.finditer(r"(?<=[a-zà-ỹđ] )" + re.escape(name) + r"(?!\w)", line)]
        if not found:
            return None
        s, name = rng.choice(found)
        words = name.split(" ")
        if kind == "name-lower":
            idx = [i for i, w in enumerate(words) if i > 0 and w[0].isupper() and w not in ("Việt", "Nam")]
            if not idx:
                return None
            i = rng.choice(idx)
            words[i] = words[i].lower()
        elif kind == "name-upper":
            idx = [i for i, w in enumerate(words) if w.islower()]
            if not idx:
                return None
            i = rng.choice(idx)
            words[i] = words[i].capitalize()
        elif kind == "doubled":
            words = [words[0], *words]
        else:
            if len(words) < 3:
                return None
            del words[rng.randrange(1, len(words) - 1)]
        new = " ".join(words)
        return line[:s] + new + line[s + len(name):], s, s + len(new)
    if kind == "unit":
        ms = list(re.finditer(r"(?<=[a-zà-ỹđ] )(tỉnh|huyện) (?=[A-ZĐ])", line))
        if not ms:
            return None
        m = rng.choice(ms)
        return line[:m.start()] + m.group(1).capitalize() + line[m.start() + len(m.group(1)):], m.start(), m.end(1)
    if kind == "article":
        ms = list(re.finditer(r"(?<=khoản \d )Điều (?=\d)|(?<=khoản \d\d )Điều (?=\d)", line))
        if not ms:
            return None
        m = rng.choice(ms)
        return line[:m.start()] + "điều" + line[m.start() + 4:], m.start(), m.start() + 4
    if kind == "stray":
        ms = [m for m in re.finditer(r"(?<=[a-zà-ỹđ] )(" + "|".join(GRAMMATICAL) + r") (?=[a-zà-ỹđ])", line)]
        if not ms:
            return None
        m = rng.choice(ms)
        w = m.group(1)
        return line[:m.start()] + w.capitalize() + line[m.end(1):], m.start(), m.end(1)
    if kind in ("acronym-swap", "acronym-telex"):
        ms = [m for m in re.finditer(r"(?<![\w/-])(" + "|".join(ACRONYMS) + r")(?![\w/-])", line)]
        if kind == "acronym-telex":
            ms = [m for m in ms if "Đ" in m.group()]
        if not ms:
            return None
        m = rng.choice(ms)
        a = m.group()
        if kind == "acronym-telex":
            new = a.replace("Đ", "DD", 1)
        else:
            i = rng.randrange(len(a) - 1)
            if a[i] == a[i + 1]:
                return None
            new = a[:i] + a[i + 1] + a[i] + a[i + 2:]
        return line[:m.start()] + new + line[m.end():], m.start(), m.start() + len(new)
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    table = load_table()
    names = sorted((f for f, c, _s in table.names.values() if len(f.split()) >= 2), key=len, reverse=True)
    engine = Engine(load_registry(), RunOptions(no_config=True))
    select = ["TDN405", "TDN43"]
    injected, hit, other = Counter(), Counter(), 0
    for d, (name, text) in enumerate(iter_corpus("heldout")):
        if d >= args.docs:
            break
        for kind in RULE:
            rng = random.Random(f"{args.seed}:{name}:{kind}")
            lines = text.split("\n")
            spans = {}
            for i, line in enumerate(lines):
                if len(spans) >= 2:
                    break  # two per document: a real draft has few slips (and one repeated ≥ 3 times is a style)
                if len(line) < 40 or rng.random() > 0.5:
                    continue
                res = inject(line, kind, rng, names)
                if res:
                    lines[i], s, e = res
                    spans[i + 1] = (s, e)
            if not spans:
                continue
            doc = engine.read("x.txt", "\n".join(lines).encode("utf-8"))
            findings = engine.lint_document(doc, Settings(select=select)).findings
            injected[kind] += len(spans)
            for line_no, (s, e) in spans.items():
                if any(f.rule == RULE[kind] and f.line == line_no and f.column - 1 < e and f.column - 1 + len(f.text or "") > s
                       for f in findings):
                    hit[kind] += 1
            other += sum(1 for f in findings if f.line not in spans)
    print(f"{'kind':15s} {'injected':>8s} {'found':>6s} {'recall':>7s}")
    for kind in RULE:
        n = injected[kind]
        print(f"{kind:15s} {n:8d} {hit[kind]:6d} {100 * hit[kind] / max(n, 1):6.1f}%")
    runs = sum(1 for k in RULE if injected[k])
    print(f"findings of these rules on lines without an injection: {other / max(runs, 1):.0f} per pass over the documents "
          f"(pre-existing text; {other} over {runs} passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
