"""Measure recall of the spelling rules by injecting realistic typos into clean text.

    python tools/spelling_recall.py [--rounds N] [--seed S]

Reads our own clean official-style texts (fixtures/spelling/clean/*.txt), injects one
typo per line of a given kind, lints the result with the TDN4xx rules and counts, per
kind, how many injected typos are reported (a finding overlapping the typo) and how many
of those carry the original word as suggestion.  Also counts findings that do not
overlap any injected typo (false alarms introduced by the edited context).

Kinds: telex (Unikey off: "của" -> "cuar"), vni ("việt" -> "vie65t"), tone-dropped
("kiểm" -> "kiêm"), tone-wrong ("đổi" -> "đối"), diacritics-dropped ("Kết" -> "Ket"),
swapped (two neighbouring letters), letter-dropped (one letter lost, as in text
extracted from PDF: "phát triển" -> "phát trin"), glued (space between two words removed),
doubled (a function word typed twice).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tdnlint.config import Settings  # noqa: E402
from tdnlint.engine import Engine, RunOptions  # noqa: E402
from tdnlint.plugins import load_registry  # noqa: E402
from tdnlint.vietnamese.orthography import _TONED, build, parse, skeleton, strip_tone, tone_of  # noqa: E402

KINDS = ("telex", "vni", "tone-dropped", "tone-wrong", "diacritics-dropped", "swapped", "letter-dropped", "glued",
         "doubled")
_TELEX_TONE = {1: "f", 2: "s", 3: "r", 4: "x", 5: "j"}
_VNI_TONE = {1: "2", 2: "1", 3: "3", 4: "4", 5: "5"}
_TELEX_MARK = {"â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw", "đ": "dd"}
_VNI_MARK = {"â": "a6", "ê": "e6", "ô": "o6", "ă": "a8", "ơ": "o7", "ư": "u7", "đ": "d9"}
FUNCTION = ("của", "và", "các", "những", "được", "trong", "với", "để", "theo")


def _letters(word: str) -> str:
    return "".join(_TONED.get(c, (c, 0))[0] for c in word.lower())


def telex(word: str) -> str:
    base = _letters(word)
    out = "".join(_TELEX_MARK.get(c, c) for c in base)
    t = tone_of(word)
    return out + (_TELEX_TONE[t] if t else "")


def vni(word: str) -> str:
    base = _letters(word)
    out = "".join(_VNI_MARK.get(c, c) for c in base)
    t = tone_of(word)
    return out + (_VNI_TONE[t] if t else "")


def inject(kind: str, words: list[tuple[int, int, str]], text: str, rng: random.Random):
    """Return (new_text, start, end, original) or None when the line has no suitable word."""
    cands = [w for w in words if w[2].islower() and parse(w[2])]
    if kind in ("telex", "vni", "diacritics-dropped"):
        cands = [w for w in cands if not w[2].isascii()]
    elif kind in ("tone-dropped", "tone-wrong"):
        cands = [w for w in cands if tone_of(w[2])]
    elif kind in ("swapped", "letter-dropped"):
        cands = [w for w in cands if len(w[2]) >= 3]
    elif kind == "doubled":
        cands = [w for w in cands if w[2] in FUNCTION]
    if not cands:
        return None
    s, e, w = rng.choice(cands)
    if kind == "telex":
        bad = telex(w)
    elif kind == "vni":
        bad = vni(w)
    elif kind == "tone-dropped":
        bad = strip_tone(w)
    elif kind == "tone-wrong":
        syl = parse(w)
        others = [t for t in range(6) if t != syl.tone and build(strip_tone(w), t)]
        if not others:
            return None
        bad = build(strip_tone(w), rng.choice(others))
    elif kind == "diacritics-dropped":
        bad = skeleton(w)
    elif kind == "swapped":
        i = rng.randrange(len(w) - 1)
        bad = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if bad == w:
            return None
    elif kind == "letter-dropped":
        i = rng.randrange(len(w))
        bad = w[:i] + w[i + 1:]
    elif kind == "glued":
        nxt = [x for x in words if x[0] == e + 1]
        if not nxt or text[e] != " ":
            return None
        return text[:e] + text[e + 1:], s, nxt[0][1] - 1, text[s:nxt[0][1]]
    elif kind == "doubled":
        return text[:e] + " " + w + text[e:], s, e + 1 + len(w), w
    return text[:s] + bad + text[e:], s, s + len(bad), w


def run(rounds: int, seed: int) -> dict[str, Counter]:
    import re

    engine = Engine(load_registry(), RunOptions(no_config=True))
    settings = Settings(select=["TDN4"])
    files = sorted((ROOT / "fixtures" / "spelling" / "clean").glob("*.txt"))
    stats: dict[str, Counter] = {k: Counter() for k in KINDS}
    rng = random.Random(seed)
    word_re = re.compile(r"[^\W\d_]+")
    for _ in range(rounds):
        for f in files:
            lines = f.read_text(encoding="utf-8").split("\n")
            for kind in KINDS:
                injected = {}
                out = []
                for n, line in enumerate(lines):
                    words = [(m.start(), m.end(), m.group()) for m in word_re.finditer(line)]
                    res = inject(kind, words, line, rng) if len(words) >= 6 and rng.random() < 0.7 else None
                    if res is None:
                        out.append(line)
                        continue
                    new, s, e, orig = res
                    injected[n + 1] = (s, e, orig)
                    out.append(new)
                doc = engine.read("recall.txt", "\n".join(out).encode("utf-8"))
                result = engine.lint_document(doc, settings)
                hit_lines = set()
                for fd in result.findings:
                    inj = injected.get(fd.line)
                    if inj and fd.start is not None and fd.start < inj[1] and fd.end > inj[0]:
                        if fd.line not in hit_lines:
                            hit_lines.add(fd.line)
                            stats[kind]["found"] += 1
                            if fd.suggestion and inj[2].lower() in fd.suggestion.lower():
                                stats[kind]["corrected"] += 1
                    else:
                        stats[kind]["other"] += 1
                stats[kind]["injected"] += len(injected)
                stats[kind]["words"] += sum(len(x.split()) for x in out)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    stats = run(args.rounds, args.seed)
    print(f"{'kind':20s} {'injected':>8s} {'found':>6s} {'recall':>7s} {'right fix':>9s} {'other findings':>15s}")
    for kind, c in stats.items():
        n = c["injected"] or 1
        print(f"{kind:20s} {c['injected']:8d} {c['found']:6d} {c['found'] / n:7.1%} "
              f"{c['corrected'] / max(c['found'], 1):9.1%} {c['other']:15d}")


if __name__ == "__main__":
    main()
