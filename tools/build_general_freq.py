"""Build tdnlint/data/general_freq.txt: how common each syllable is in *general* Vietnamese.

The n-gram model (tdnlint/data/ngrams.bin) learned from legal codes.  Reports, plans and news use
everyday words the codes rarely contain ("bạn", "xấu", "lề"), so the absence of such a word's pairs
from the legal corpus says little.  This table tells the real-word check which syllables are
common in general Vietnamese, so it can tell "rare in legal text" from "rare in Vietnamese".

Source: the Vietnamese list of the **wordfreq 3.1.1** wheel (``wordfreq/data/small_vi.msgpack.gz``;
Robyn Speer et al., data from Wikipedia, OpenSubtitles 2018, ParaCrawl, the Leeds Internet Corpus
and others), whose *data* is licensed **CC BY-SA 4.0** (the code is Apache-2.0).  The derived table
is therefore a separate data file under CC BY-SA 4.0 with attribution in its header and in NOTICE;
tdnlint's code stays MIT and only reads it.  The wheel is opened as a zip file (no install, no
msgpack dependency: a minimal decoder for the few msgpack types the file uses is below).

Download the wheel with pip, then build::

    pip download --no-deps -d /tmp/wheels wordfreq==3.1.1
    python tools/build_general_freq.py /tmp/wheels

Output: a header of ``# key: value`` lines (licence, attribution, wheel SHA-256, parameters), then
one ``syllable<TAB>zipf`` line per syllable, sorted by syllable.  Zipf = log10(frequency per
billion words), wordfreq's scale (a word used once per million words has Zipf 3).  Only entries that
are well-formed Vietnamese syllables are kept (orthography.parse), lower case, NFC, tone marks of
open oa/oe/uy syllables in the traditional style (as in ngrams.bin); the higher Zipf wins when two
spellings meet.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import struct
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tdnlint.vietnamese.lexicon import _NEW_TO_OLD  # noqa: E402
from tdnlint.vietnamese.orthography import parse  # noqa: E402

WHEEL = "wordfreq-3.1.1-py3-none-any.whl"
MEMBER = "wordfreq/data/small_vi.msgpack.gz"
#: entries rarer than this Zipf value are left out (wordfreq's "small" lists stop near 1 per million)
MIN_ZIPF = 1.0


def unpack(data: bytes):
    """Decode msgpack (only what wordfreq's lists use: arrays, maps, strings, ints, nil/bool)."""
    pos = 0

    def item():
        nonlocal pos
        b = data[pos]
        pos += 1
        if b <= 0x7F:
            return b
        if 0x80 <= b <= 0x8F:
            return {item(): item() for _ in range(b & 0x0F)}
        if 0x90 <= b <= 0x9F:
            return [item() for _ in range(b & 0x0F)]
        if 0xA0 <= b <= 0xBF:
            return text(b & 0x1F)
        if b == 0xC0:
            return None
        if b in (0xC2, 0xC3):
            return b == 0xC3
        sizes = {0xD9: ("B", "str"), 0xDA: (">H", "str"), 0xDB: (">I", "str"), 0xDC: (">H", "arr"),
                 0xDD: (">I", "arr"), 0xDE: (">H", "map"), 0xDF: (">I", "map"), 0xCC: ("B", "int"),
                 0xCD: (">H", "int"), 0xCE: (">I", "int"), 0xCF: (">Q", "int")}
        if b in sizes:
            fmt, kind = sizes[b]
            (n,) = struct.unpack_from(fmt, data, pos)
            pos += struct.calcsize(fmt)
            if kind == "str":
                return text(n)
            if kind == "arr":
                return [item() for _ in range(n)]
            if kind == "map":
                return {item(): item() for _ in range(n)}
            return n
        if b >= 0xE0:
            return b - 0x100
        raise ValueError(f"msgpack type 0x{b:02x} not supported")

    def text(n: int) -> str:
        nonlocal pos
        s = data[pos:pos + n].decode("utf-8")
        pos += n
        return s

    return item()


def build(wheel: Path) -> tuple[dict[str, float], str]:
    raw = wheel.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read("wordfreq-3.1.1.dist-info/METADATA").decode("utf-8")
        if "Creative Commons Attribution-ShareAlike 4.0" not in meta:
            raise SystemExit("wordfreq's METADATA no longer states the CC BY-SA 4.0 data licence: check it")
        lists = unpack(gzip.decompress(zf.read(MEMBER)))
    header, buckets = lists[0], lists[1:]
    if header.get("format") != "cB":
        raise SystemExit(f"unexpected wordfreq list format {header!r}")
    out: dict[str, float] = {}
    for i, words in enumerate(buckets, 1):
        zipf = round(9.0 - i / 100.0, 2)  # bucket i = frequency 10 ** (-i / 100)
        if zipf < MIN_ZIPF:
            break
        for w in words:
            w = unicodedata.normalize("NFC", w).lower()
            w = _NEW_TO_OLD.get(w, w)
            if " " in w or parse(w) is None:
                continue
            out[w] = max(out.get(w, 0.0), zipf)
    return out, sha


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wheels", type=Path, help="folder holding " + WHEEL)
    ap.add_argument("--out", type=Path, default=ROOT / "tdnlint" / "data" / "general_freq.txt")
    args = ap.parse_args()
    table, sha = build(args.wheels / WHEEL)
    lines = [
        "# tdnlint general Vietnamese syllable frequencies (Zipf scale: log10 of uses per billion words)",
        "# generated by tools/build_general_freq.py; do not edit by hand",
        "# licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) -- this data file only;",
        "#   tdnlint's code is MIT. Derived from the Vietnamese word list of wordfreq 3.1.1",
        "#   (Robyn Speer et al., https://github.com/rspeer/wordfreq; data from Wikipedia, OpenSubtitles 2018,",
        "#   ParaCrawl, the Leeds Internet Corpus and other sources listed in its README).",
        "# changes: lower-cased, NFC, traditional tone placement for oa/oe/uy, non-syllables removed,",
        "#   frequencies rounded to wordfreq's centibel buckets",
        f"# source: {WHEEL} {MEMBER}",
        f"# sha256: {sha}",
        f"# min_zipf: {MIN_ZIPF}",
        f"# entries: {len(table)}",
    ]
    lines += [f"{w}\t{z:.2f}" for w, z in sorted(table.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(table)} syllables, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
