"""Build tdnlint/data/capitals.txt: capitalisation and acronym statistics learned from the corpus.

Reads the *training* split of ../shared/corpus/legal-text.tar.xz (tools/corpus.py; the ~10 % held out
by name hash is never read) and writes one compact, case-preserving table with five sections:

  [names]     standard written form of multi-word names that start with an organisation/position head
              ("Ban Thường vụ Tỉnh ủy", "Hội Liên hiệp Phụ nữ Việt Nam", "Ủy ban nhân dân tỉnh") with the
              number of mid-sentence occurrences and the share of the dominant form
  [lower]     words that are (almost) never capitalised in the middle of a sentence ("về", "việc", "tại"):
              occurrences right after a lower-case word, and how many of those were capitalised
  [acronyms]  all-capital tokens that are not syllables (UBND, HĐND, MTTQ) with their counts
  [nodouble]  frequent syllables that are never written twice in a row ("sở", "ban", "quyết")
  [junctions] word pairs never seen in the corpus that a dropped word would create inside a frequent
              name ("thường tỉnh" ← "Ban Thường vụ Tỉnh ủy")

Usage:
    python tools/build_capitals.py                       # default archive, training split
    python tools/build_capitals.py --archive X.tar.xz --out /tmp/capitals.txt --min-name 2 --min-word 2

Tables of counts derived from Vietnamese legal texts (not protected by copyright, Luật SHTT Điều 15);
the archive's SHA-256 and the parameters are written into the header, the source in NOTICE.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from corpus import ARCHIVE, archive_sha256, iter_corpus  # noqa: E402

from tdnlint.vietnamese.capitals import _same_name  # noqa: E402
from tdnlint.vietnamese.lexicon import base_lexicon  # noqa: E402
from tdnlint.vietnamese.orthography import parse  # noqa: E402

OUT = ROOT / "tdnlint" / "data" / "capitals.txt"

# First syllables of organisation names and of positions held in them (lower case).
HEADS = frozenset(["ban", "bộ", "sở", "ủy", "uỷ", "hội", "mặt", "văn", "tòa", "toà", "viện", "cục", "tổng", "đoàn", "liên", "trung", "học", "kho", "ngân", "công", "thanh", "kiểm", "đảng", "chi", "tập", "quỹ", "tỉnh", "huyện", "thành", "quân", "chủ", "phó", "thủ", "bí", "giám", "trưởng", "chánh", "báo", "đài", "hiệp", "phòng", "cơ", "thường"])
# A name never ends with a grammatical word.
STOP_END = frozenset(["của", "và", "các", "về", "theo", "tại", "với", "để", "cho", "là", "có", "này", "trong", "được", "những", "khi", "thì", "mà", "như", "một", "đã", "sẽ", "đang", "không", "từ", "đến", "do", "bị", "nên", "nếu", "hoặc", "hay", "ở", "cùng", "trên", "dưới", "qua", "bằng", "vào", "ra", "số", "ngày", "năm", "tháng"])
# Level and qualifier words that may follow a name in lower case ("Ủy ban nhân dân cấp tỉnh").
NAME_TAIL = frozenset(["tỉnh", "huyện", "xã", "cấp", "các", "thành", "phố", "trung", "ương", "tối", "cao", "nhà", "nước", "quận", "phường", "thị", "trấn"])
_SEG = re.compile(r"[^\w\s]+|\d+")  # punctuation and digits end a run of words
_WORD = re.compile(r"[^\W\d_]+")


def is_cap(w: str) -> bool:
    return w[:1].isupper()


def title_heavy(words: list[str]) -> bool:
    """All-caps or title-cased lines (headings, table cells): their capitals say nothing."""
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.7 * len(words)


def acronym(w: str) -> bool:
    return 2 <= len(w) <= 8 and w.isupper() and w.isalpha() and parse(w) is None


def _listed_names() -> list[str]:
    """The explicit list of names shipped beside the table (Party, MTTQ, provincial bodies)."""
    path = ROOT / "tools" / "wordlists" / "capitals-names.txt"
    rows = [r.split("#", 1)[0].strip() for r in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r]


def build(archive: Path, split: str, min_name: int, min_word: int, min_double: int, share: float,
          lower_rate: float, min_acronym: int) -> tuple[str, dict]:
    names: Counter = Counter()  # "key\tform" -> count
    name_total: Counter = Counter()
    after_lower: Counter = Counter()  # word (lower) -> occurrences right after a lower-case word
    cap_after_lower: Counter = Counter()
    syll: Counter = Counter()
    doubled: Counter = Counter()
    capital: Counter = Counter()  # word (lower) -> capitalised occurrences
    doubled_capital: Counter = Counter()  # "Sở Sở": both copies capitalised
    bigrams: Counter = Counter()
    acronyms: Counter = Counter()
    docs = sylls = 0
    for _name, text in iter_corpus(split, archive):
        docs += 1
        for line in text.splitlines():
            if not line.strip():
                continue
            all_words = _WORD.findall(line)
            sylls += len(all_words)
            for w in all_words:
                if w.isupper() and acronym(w):
                    acronyms[w] += 1
            heavy = title_heavy(all_words) or line.isupper()
            for seg in _SEG.split(line):
                words = seg.split()
                if not words:
                    continue
                low = [w.lower() for w in words]
                syll.update(low)
                bigrams.update(map(" ".join, itertools.pairwise(low)))
                for k, (a, b) in enumerate(itertools.pairwise(low)):
                    if a == b:
                        doubled[a] += 1
                        if words[k][0].isupper() and words[k + 1][0].isupper():
                            doubled_capital[a] += 1
                for w in words:
                    if w[0].isupper() and not w.isupper():
                        capital[w.lower()] += 1
                if heavy:
                    continue
                for i in range(1, len(words)):
                    prev, w = words[i - 1], words[i]
                    if prev.islower() and prev.isalpha() and w.isalpha():
                        lw = low[i]
                        after_lower[lw] += 1
                        if w[0].isupper():
                            cap_after_lower[lw] += 1
                # names: not at the start of a run (sentence starts capitalise anything)
                for i in range(1, len(words)):
                    if low[i] not in HEADS or not words[i - 1].isalpha():
                        continue
                    for n in range(2, 7):
                        if i + n > len(words):
                            break
                        span = words[i:i + n]
                        if any(not w.isalpha() or (w.isupper() and len(w) > 1) for w in span):
                            break  # acronyms and all-caps words: another matter
                        key = " ".join(low[i:i + n])
                        names[key + "\t" + " ".join(span)] += 1
                        name_total[key] += 1
    stats = {"documents": docs, "syllables": sylls}
    # ---- names: keep keys with one overwhelming mid-sentence form that is a name
    best: dict[str, tuple[str, int]] = {}
    for kf, c in names.items():
        key, form = kf.split("\t")
        if name_total[key] < min_name:
            continue
        if key not in best or c > best[key][1]:
            best[key] = (form, c)
    lex = base_lexicon()
    ext: Counter = Counter()  # key -> occurrences of its most frequent one-word extension
    ext_word: dict[str, str] = {}
    for key, total in name_total.items():
        head, _, last = key.rpartition(" ")
        if head and total > ext[head]:
            ext[head], ext_word[head] = total, last
    name_rows = []
    for key, (form, c) in best.items():
        total = name_total[key]
        words = form.split()
        if c < share * total or not is_cap(words[0]) or words[-1].lower() in STOP_END:
            continue
        if all(map(is_cap, words)) and len(words) > 4:
            continue
        # a fragment of a longer word ("Bộ Tài" of "Bộ Tài chính", "Ủy ban nhân" of "Ủy ban nhân dân")
        nxt = ext_word.get(key)
        if nxt and ext[key] >= 0.5 * total and lex.is_word(words[-1], nxt):
            continue
        # a name followed by a verb ("Bộ Tài chính quy định"): the words after the last capital must
        # complete that word ("Tài chính", "Ủy ban nhân dân"), apart from level words ("… cấp tỉnh")
        last_cap = max(i for i, w in enumerate(words) if is_cap(w))
        tail = [w.lower() for w in words[last_cap + 1:]]
        while tail and tail[-1] in NAME_TAIL:
            tail.pop()
        if tail and not lex.is_word(words[last_cap].lower(), *tail):
            continue
        name_rows.append((form, total, c / total))
    # the explicit list, unless the corpus writes the name another way (checked on its first six words)
    have = {r[0].lower() for r in name_rows}
    dropped = []
    listed_keys = {" ".join(row.lower().split()[:6]) for row in _listed_names()}
    forms_of: dict[str, list[tuple[str, int]]] = {}
    for kf, c in names.items():
        key, form = kf.split("\t")
        if key in listed_keys and form[0].isupper():  # a lower-case head is a common noun: not a variant
            forms_of.setdefault(key, []).append((form, c))
    for row in _listed_names():
        key = " ".join(row.lower().split()[:6])
        form6 = row.split()[:6]
        total = sum(c for _f, c in forms_of.get(key, ()))
        agree = sum(c for f, c in forms_of.get(key, ()) if _same_name(f.split(), form6))
        # one other written form with a quarter of the uses is a variant the corpus accepts ("Kho bạc nhà nước"
        # for any treasury office): the name is then not checked at all
        rival = max((c for f, c in forms_of.get(key, ()) if not _same_name(f.split(), form6)), default=0)
        if total >= 5 and (agree < 0.5 * total or rival >= 0.25 * total):
            dropped.append(row)
        elif row.lower() not in have:
            name_rows.append((row, total, agree / total if total else 1.0))
    stats["listed_dropped"] = dropped
    name_rows.sort(key=lambda r: (-r[1], r[0]))
    # ---- words never capitalised mid-sentence
    lower_rows = []
    for w, n in after_lower.items():
        if n >= min_word and cap_after_lower[w] <= lower_rate * n and parse(w) is not None:
            lower_rows.append((w, n, cap_after_lower[w]))
    lower_rows.sort(key=lambda r: (-r[1], r[0]))
    # ---- syllables never doubled
    nodouble = sorted((w for w, n in syll.items() if n >= min_double and doubled[w] == 0 and parse(w) is not None),
                      key=lambda w: (-syll[w], w))
    nodouble_cap = sorted((w for w, n in capital.items() if n >= min_double // 5 and doubled_capital[w] == 0
                           and w not in set(nodouble) and parse(w) is not None), key=lambda w: (-capital[w], w))
    # ---- junctions: a dropped inner word of a frequent name makes a pair never seen in the corpus
    junctions = []
    listed = set(_listed_names())
    seen: set[tuple[str, str, int]] = set()
    for form, total, _s in name_rows + [(row, 0, 1.0) for row in sorted(listed)]:
        words = form.lower().split()
        if len(words) < 3 or (0 < total < 3 * min_name and form not in listed):
            continue
        for j in range(1, len(words) - 1):
            pair = f"{words[j - 1]} {words[j + 1]}"
            if bigrams[pair] == 0 and words[j - 1] != words[j + 1] and (pair, form, j) not in seen:
                seen.add((pair, form, j))
                junctions.append((pair, form, j))
    acr_rows = sorted(((a, n) for a, n in acronyms.items() if n >= min_acronym), key=lambda r: (-r[1], r[0]))
    stats.update(names=len(name_rows), lower=len(lower_rows), nodouble=len(nodouble), nodouble_capital=len(nodouble_cap), junctions=len(junctions),
                 acronyms=len(acr_rows))
    out = ["[names]"]
    out += [f"{f}\t{t}\t{s:.3f}" for f, t, s in name_rows]
    out.append("[lower]")
    out += [f"{w}\t{n}\t{c}" for w, n, c in lower_rows]
    out.append("[acronyms]")
    out += [f"{a}\t{n}" for a, n in acr_rows]
    out.append("[nodouble]")
    out += nodouble
    out.append("[nodouble-capital]")
    out += nodouble_cap
    out.append("[junctions]")
    out += [f"{p}\t{f}\t{j}" for p, f, j in junctions]
    return "\n".join(out) + "\n", stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--split", default="train", choices=["train", "all"])
    ap.add_argument("--min-name", type=int, default=20, help="mid-sentence occurrences of a name")
    ap.add_argument("--share", type=float, default=0.97, help="share of the dominant written form")
    ap.add_argument("--min-word", type=int, default=2000, help="occurrences after a lower-case word")
    ap.add_argument("--lower-rate", type=float, default=0.0005, help="max. capitalised share of a [lower] word")
    ap.add_argument("--min-double", type=int, default=1000, help="occurrences of a [nodouble] syllable")
    ap.add_argument("--min-acronym", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.archive.exists():
        print(f"{args.archive}: not found", file=sys.stderr)
        return 2
    body, stats = build(args.archive, args.split, args.min_name, args.min_word, args.min_double, args.share,
                        args.lower_rate, args.min_acronym)
    header = [
        "# tdnlint capitalisation table -- generated by tools/build_capitals.py, do not edit by hand.",
        f"# source: {args.archive.name} sha256={archive_sha256(args.archive)} split={args.split} "
        f"documents={stats['documents']} syllables={stats['syllables']}",
        f"# params: min-name={args.min_name} share={args.share} min-word={args.min_word} "
        f"lower-rate={args.lower_rate} min-double={args.min_double} min-acronym={args.min_acronym}",
        f"# rows: names={stats['names']} lower={stats['lower']} acronyms={stats['acronyms']} "
        f"nodouble={stats['nodouble']} nodouble-capital={stats['nodouble_capital']} junctions={stats['junctions']}",
    ]
    args.out.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    print(f"wrote {args.out}: {stats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
