"""Read ../shared/corpus/legal-text.tar.xz in place, with one fixed train / held-out split.

The split is by a hash of the member name, so it never depends on order or on the machine:
about one document in ten is *held out*.  Everything learned from the corpus (n-gram tables,
capitalisation statistics) is built from the training split only; precision and recall are
measured on the held-out split.  Never tune on documents you score.
"""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpus" / "legal-text.tar.xz"
HELDOUT_MODULUS = 10


def is_heldout(name: str) -> bool:
    """True for the ~10 % of documents kept out of every table built from the corpus."""
    name = name.removeprefix("./")
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) % HELDOUT_MODULUS == 0


def archive_sha256(path: Path = ARCHIVE) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def iter_corpus(split: str = "all", path: Path = ARCHIVE) -> Iterator[tuple[str, str]]:
    """Yield (member name, text) for ``split`` in "all", "train", "heldout" (archive order)."""
    if split not in ("all", "train", "heldout"):
        raise ValueError(f"unknown split {split!r}")
    with tarfile.open(path, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            name = member.name.removeprefix("./")
            held = is_heldout(name)
            if (split == "train" and held) or (split == "heldout" and not held):
                continue
            fh = tar.extractfile(member)
            if fh is None:
                continue
            yield name, fh.read().decode("utf-8")


def extract(dest: Path, split: str = "all", limit: int | None = None) -> list[Path]:
    """Write the split's documents under ``dest`` (once; reused when already there)."""
    marker = dest / f".complete-{split}-{limit}"
    if marker.exists():
        return sorted(p for p in dest.rglob("*.txt"))
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (name, text) in enumerate(iter_corpus(split)):
        if limit is not None and i >= limit:
            break
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        out.append(target)
    marker.write_text("ok")
    return sorted(out)
