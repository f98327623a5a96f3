"""Measure recall of the spelling rules by injecting realistic typos into clean text.

    python tools/spelling_recall.py [--rounds N] [--seed S]
    python tools/spelling_recall.py --corpus [--docs N] [--seed S] [--sample-out FILE] [--half calib]

``--corpus``: real-word typos (tone, vowel mark, d/đ, one letter; the typo is itself an attested
syllable) injected into HELD-OUT corpus documents (tools/corpus.py; the "test" half of the held-out
split, the other half was used to calibrate the thresholds), one per chosen line, fixed seed.
Prints recall per kind, and every finding on an untouched position goes to ``--sample-out`` with its
context, so a sample can be read and judged (the corpus has real typos of its own).

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


REAL_KINDS = ("tone", "mark", "d/đ", "letter")
_MARK_SWAP = {"a": "ăâ", "ă": "aâ", "â": "aă", "e": "ê", "ê": "e", "o": "ôơ", "ô": "oơ", "ơ": "oô", "u": "ư", "ư": "u"}


def real_word_typo(kind: str, w: str, syllables, rng: random.Random) -> str | None:
    """``w`` with one slip of ``kind`` that gives another attested syllable, or None."""
    opts = []
    base, t = strip_tone(w), tone_of(w)
    if kind == "tone":
        opts = [build(base, x) for x in range(6) if x != t]
    elif kind == "mark":
        for i, c in enumerate(base):
            opts += [build(base[:i] + m + base[i + 1:], t) for m in _MARK_SWAP.get(c, "")]
    elif kind == "d/đ":
        opts = ["đ" + w[1:]] if w[:1] == "d" else (["d" + w[1:]] if w[:1] == "đ" else [])
    else:
        letters = "abcdeghiklmnopqrstuvxy"
        for i in range(len(w)):
            opts += [w[:i] + c + w[i + 1:] for c in letters] + [w[:i] + w[i + 1:]]
        for i in range(len(w) + 1):
            opts += [w[:i] + c + w[i:] for c in letters]
    opts = sorted({o for o in opts if o and o != w and o in syllables})
    return rng.choice(opts) if opts else None


def heldout_test_half(name: str) -> bool:
    """The held-out documents used for reporting (the other half calibrated the thresholds)."""
    import hashlib

    return int(hashlib.sha1(("dev:" + name).encode()).hexdigest()[:8], 16) % 2 == 1


def run_corpus(docs: int, seed: int, sample_out: str | None, half: str = "test") -> None:
    import re

    sys.path.insert(0, str(ROOT / "tools"))
    from corpus import iter_corpus

    from tdnlint.vietnamese.lexicon import base_lexicon

    syllables = base_lexicon().syllables
    engine = Engine(load_registry(), RunOptions(no_config=True))
    settings = Settings(select=["TDN4"])
    rng = random.Random(seed)
    word_re = re.compile(r"[^\W\d_]+")
    stats = {k: Counter() for k in REAL_KINDS}
    others = []
    words = used = 0
    for name, text in iter_corpus("heldout"):
        if heldout_test_half(name) != (half == "test"):
            continue
        if used >= docs:
            break
        used += 1
        lines = text.split("\n")
        injected = {}
        for n, line in enumerate(lines):
            ws = [(m.start(), m.end(), m.group()) for m in word_re.finditer(line)]
            if len(ws) < 6 or rng.random() > 0.3:
                continue
            kind = REAL_KINDS[len(injected) % len(REAL_KINDS)]
            cands = [x for x in ws if x[2].islower() and x[2] in syllables]
            rng.shuffle(cands)
            for s, e, w in cands[:5]:
                bad = real_word_typo(kind, w, syllables, rng)
                if bad:
                    lines[n] = line[:s] + bad + line[e:]
                    injected[n + 1] = (s, s + len(bad), w, kind)
                    break
        body = "\n".join(lines)
        words += len(body.split())
        doc = engine.read(name.replace("/", "_"), body.encode("utf-8"))
        result = engine.lint_document(doc, settings)
        hit = set()
        for f in result.findings:
            inj = injected.get(f.line)
            if inj and f.start is not None and f.start < inj[1] and f.end > inj[0]:
                if f.line not in hit:
                    hit.add(f.line)
                    stats[inj[3]]["found"] += 1
                    if f.suggestion and inj[2] in f.suggestion.lower():
                        stats[inj[3]]["corrected"] += 1
            elif f.line is not None and f.rule in ("TDN401", "TDN403"):
                line = lines[f.line - 1]
                others.append(f"{f.rule} {name}:{f.line} …{line[max(0, f.start - 45):f.start]}[{line[f.start:f.end]}"
                              f" → {f.suggestion}]{line[f.end:f.end + 35]}…")
        for _n, (_s, _e, _w, kind) in injected.items():
            stats[kind]["injected"] += 1
    total = Counter()
    print(f"{used} held-out documents ({half} half), {words:,} words, seed {seed}")
    print(f"{'kind':8s} {'injected':>8s} {'found':>6s} {'recall':>7s} {'right fix':>9s}")
    for kind, c in stats.items():
        total.update(c)
        print(f"{kind:8s} {c['injected']:8d} {c['found']:6d} {c['found'] / max(1, c['injected']):7.1%} "
              f"{c['corrected'] / max(c['found'], 1):9.1%}")
    print(f"{'all':8s} {total['injected']:8d} {total['found']:6d} {total['found'] / max(1, total['injected']):7.1%} "
          f"{total['corrected'] / max(total['found'], 1):9.1%}")
    print(f"TDN401/TDN403 findings on untouched positions: {len(others)} ({len(others) / max(1, words) * 1e4:.1f} per "
          f"10,000 words); precision if all were false: {total['found'] / max(1, total['found'] + len(others)):.1%}")
    if sample_out:
        rng2 = random.Random(seed)
        Path(sample_out).write_text("\n".join(rng2.sample(others, min(100, len(others)))) + "\n", encoding="utf-8")
        print(f"a sample of {min(100, len(others))} of them: {sample_out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", action="store_true", help="real-word typos in held-out corpus text")
    ap.add_argument("--docs", type=int, default=120, help="held-out documents (--corpus)")
    ap.add_argument("--half", choices=("test", "calib"), default="test",
                    help="which half of the held-out split (--corpus): 'calib' is the one thresholds may be tuned "
                         "on, 'test' the one the figures in docs/spelling.md are measured on")
    ap.add_argument("--sample-out", help="write 100 findings on untouched positions here (--corpus)")
    args = ap.parse_args()
    if args.corpus:
        run_corpus(args.docs, args.seed, args.sample_out, args.half)
        return
    stats = run(args.rounds, args.seed)
    print(f"{'kind':20s} {'injected':>8s} {'found':>6s} {'recall':>7s} {'right fix':>9s} {'other findings':>15s}")
    for kind, c in stats.items():
        n = c["injected"] or 1
        print(f"{kind:20s} {c['injected']:8d} {c['found']:6d} {c['found'] / n:7.1%} "
              f"{c['corrected'] / max(c['found'], 1):9.1%} {c['other']:15d}")


if __name__ == "__main__":
    main()
