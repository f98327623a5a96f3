"""Build tdnlint/data/lexicon.txt, the Vietnamese lexicon shipped with tdnlint.

Reproducible: the inputs are two wheels from PyPI, opened as zip files (never
installed, never imported) plus our own lists under tools/wordlists/:

* ``pyvi`` 0.1.1 (MIT, Viet-Trung Tran): ``pyvi/models/words.txt``;
* ``underthesea`` 9.5.0 (Apache-2.0): ``underthesea/corpus/data/Viet22K.txt`` and
  ``Viet74K.txt``;
* ``tools/wordlists/admin.txt`` (administrative vocabulary, also the targets of
  the near-miss checks), ``tools/wordlists/syllables-extra.txt`` and ``tools/wordlists/loanwords.txt``.

Usage::

    pip download --no-deps -d /tmp/wheels pyvi==0.1.1 underthesea==9.5.0
    python tools/build_lexicon.py /tmp/wheels

The licence files of both wheels are checked (the build stops if a wheel's
licence is not the expected MIT / Apache-2.0) and the wheel SHA-256 sums are
written into the data file header.

Selection policy (precision first):

* every entry is lower-cased, hyphens become spaces; an entry with any
  syllable that Vietnamese spelling cannot produce (orthography.parse) is
  dropped -- this removes loan words ("acetylen"), annotations ("(đph)") and typos;
* a syllable is *attested* when it occurs in pyvi's list, in Viet22K or in our
  lists, or in at least 3 different Viet74K entries: Viet74K alone carries
  dictionary-only or mistyped forms ("triến", "cuông") we must keep flagging;
* multi-syllable entries of all sources are *words* (used only to say "this
  is a word, stay quiet", so a broad list is the conservative choice);
* tone marks of open oa/oe/uy syllables are stored in the traditional style
  (hòa, thủy); the loader maps the new style onto it.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tdnlint.vietnamese.orthography import (  # noqa: E402
    LOWER_LETTERS,
    compose,
    open_glide_style,
    parse,
    skeleton,
    strip_tone,
    tone_of,
)

OUT = ROOT / "tdnlint" / "data" / "lexicon.txt"
CONSONANTS = set("bcdđghklmnpqrstvx")
WORDLISTS = ROOT / "tools" / "wordlists"

SOURCES = {
    "pyvi": ("pyvi-0.1.1-py2.py3-none-any.whl", "pyvi/models/words.txt", "MIT"),
    "underthesea22": ("underthesea-9.5.0-py3-none-any.whl", "underthesea/corpus/data/Viet22K.txt", "Apache"),
    "underthesea74": ("underthesea-9.5.0-py3-none-any.whl", "underthesea/corpus/data/Viet74K.txt", "Apache"),
}


def licence_of(whl: zipfile.ZipFile) -> str:
    texts = []
    for name in whl.namelist():
        base = name.rsplit("/", 1)[-1].upper()
        if ".dist-info/" in name and (base.startswith("LICENSE") or base == "METADATA"):
            texts.append(whl.read(name).decode("utf-8", "replace"))
    return "\n".join(texts)


def read_source(wheel_dir: Path, key: str) -> tuple[list[str], str]:
    wheel, member, licence = SOURCES[key]
    path = wheel_dir / wheel
    with zipfile.ZipFile(path) as whl:
        lic = licence_of(whl)
        if licence not in lic:
            raise SystemExit(f"{wheel}: expected a {licence} licence in its metadata, refusing to build")
        lines = whl.read(member).decode("utf-8").splitlines()
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return lines, f"{wheel} sha256={sha} member={member} licence={licence}"


def canonical_syllable(s: str) -> str:
    """Traditional tone placement for open oa/oe/uy syllables (hoà -> hòa)."""
    if open_glide_style(s) == "new":
        syl = parse(s)
        if syl:
            return compose(syl.onset, syl.rhyme, syl.tone, new_style=False)
    return s


def clean(entry: str, extra_syllables: set[str]) -> tuple[str, ...] | None:
    entry = unicodedata.normalize("NFC", entry.strip()).lower().replace("-", " ")
    if not entry or entry.startswith("#"):
        return None
    sylls = entry.split()
    out = []
    for s in sylls:
        if s not in extra_syllables and parse(s) is None:
            return None
        out.append(canonical_syllable(s))
    return tuple(out)


def read_list(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def build(wheel_dir: Path) -> str:
    # attested tokens the syllable parser rejects: place-name syllables, and Vietnamised loanwords written as
    # one word ("nitơ", "kilôgam": not two glued syllables, not typos)
    extra_syllables = {unicodedata.normalize("NFC", s.strip().lower())
                       for name in ("syllables-extra.txt", "loanwords.txt") for s in read_list(WORDLISTS / name)}
    provenance = []
    entries: dict[str, set[tuple[str, ...]]] = {}
    for key in SOURCES:
        lines, prov = read_source(wheel_dir, key)
        provenance.append(prov)
        entries[key] = {e for e in (clean(x, extra_syllables) for x in lines) if e}
    admin = {e for e in (clean(x, extra_syllables) for x in read_list(WORDLISTS / "admin.txt")) if e}
    entries["admin"] = admin
    entries["phrases"] = {e for e in (clean(x, extra_syllables) for x in read_list(WORDLISTS / "phrases.txt")) if e}

    count74: Counter[str] = Counter()
    for e in entries["underthesea74"]:
        for s in set(e):
            count74[s] += 1
    trusted: set[str] = set(extra_syllables)
    for key in ("pyvi", "underthesea22", "admin"):
        for e in entries[key]:
            trusted.update(e)
    trusted.update(s for s, n in count74.items() if n >= 3)

    all_entries = set().union(*entries.values())
    weight: Counter[str] = Counter()
    for e in all_entries:
        for s in set(e):
            if s in trusted:
                weight[s] += 1
    syllables = sorted(trusted, key=lambda s: (-weight[s], s))
    words = sorted(" ".join(e) for e in all_entries if len(e) > 1)
    terms = sorted(" ".join(e) for e in admin)

    nearmiss = near_miss_index(admin, set(words), set(syllables))

    header = [
        "# tdnlint Vietnamese lexicon -- generated by tools/build_lexicon.py, do not edit by hand.",
        "# Sources (see NOTICE):",
        *(f"#   {p}" for p in provenance),
        "#   tools/wordlists/{admin,phrases,syllables-extra,loanwords}.txt (tdnlint, MIT)",
        f"# {len(syllables)} syllables, {len(words)} words, {len(terms)} terms, {len(nearmiss)} near-miss keys",
    ]
    return "\n".join(
        [
            *header,
            "@syllables",
            " ".join(syllables),
            " ".join(str(weight[s]) for s in syllables),
            "@words",
            *words,
            "@terms",
            *terms,
            "@nearmiss",
            *sorted(nearmiss),
            "@nearmiss-targets",
            *(nearmiss[k] for k in sorted(nearmiss)),
            "",
        ]
    )


def new_style(s: str) -> str:
    syl = parse(s)
    if syl and open_glide_style(s) == "old":
        return compose(syl.onset, syl.rhyme, syl.tone, new_style=True)
    return s


def one_edit_variants(s: str, syllables: set[str], by_skel: dict[str, list[str]]) -> set[str]:
    """Attested syllables one typing slip away from ``s``, plus its diacritic-less forms.

    A slip is: any change of tone or vowel hat/horn or d/đ (same skeleton), or one
    letter inserted, deleted, replaced or two neighbours swapped.
    """
    out = set(by_skel.get(skeleton(s), ()))
    n = len(s)
    cands = set()
    for i in range(n + 1):
        for c in LOWER_LETTERS:
            # only consonants are inserted ("nhiên" -> "nghiên"): a vowel inserted or lost changes
            # the word too much to be a slip ("đi mới" is not "đổi mới")
            if c in CONSONANTS:
                cands.add(s[:i] + c + s[i:])
            # a replaced letter keeps its tone: a tone change is counted by the skeleton set
            if i < n and tone_of(c) == tone_of(s[i]):
                cands.add(s[:i] + c + s[i + 1:])
        if i < n and s[i] in CONSONANTS:
            cands.add(s[:i] + s[i + 1:])
        if i < n - 1:
            cands.add(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    out |= cands & syllables
    out |= {skeleton(s), strip_tone(s)}
    out.discard(s)
    return out


def near_miss_index(admin: set[tuple[str, ...]], words: set[str], syllables: set[str]) -> dict[str, str]:
    """``"đối mới" -> "đổi mới"``: one-slip variants of administrative two-syllable words.

    Keys that are themselves words, or that two different terms could explain, are left out
    (precision first).  Keys come in both tone styles (hòa/hoà).
    """
    by_skel: dict[str, list[str]] = {}
    for s in syllables:
        by_skel.setdefault(skeleton(s), []).append(s)
    targets = {e for e in admin if len(e) == 2}
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for a, b in sorted(targets):
        target = f"{a} {b}"
        keys = {f"{v} {b}" for v in one_edit_variants(a, syllables, by_skel)}
        keys |= {f"{a} {v}" for v in one_edit_variants(b, syllables, by_skel)}
        keys.add(skeleton(target))
        for key in keys:
            x, y = key.split(" ")
            for k in {key, f"{new_style(x)} {y}", f"{x} {new_style(y)}", f"{new_style(x)} {new_style(y)}"}:
                if k in words or k == target:
                    continue
                if k in index and index[k] != target:
                    ambiguous.add(k)
                index[k] = target
    for k in ambiguous:
        del index[k]
    return index


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    text = build(Path(argv[1]))
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
