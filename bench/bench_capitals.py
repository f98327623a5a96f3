"""Hand-run benchmark: CPU time of the capitalisation/acronym/doubled-word rules per 1,000 words.

    python bench/bench_capitals.py [files…]

Times TDN405 and TDN430–TDN438 (best of 15 runs, CPU time of this process) on a fresh Context whose
spelling pass (``spelling_scan``, shared with TDN401–TDN410 and paid by them) is computed before the clock
starts: the figure is what these rules add to a run.  Their own shared pass (``capitals_scan``) is
inside the timing.  Without arguments: our clean fixtures repeated to ~20,000 words, the real .docx in
../shared/real-docx and 60 held-out corpus documents, if present.  Also prints the one-off table load.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from tdnlint.config import Settings  # noqa: E402
from tdnlint.engine import Engine, RunOptions  # noqa: E402
from tdnlint.plugins import load_registry  # noqa: E402

CODES = ("TDN405", "TDN430", "TDN431", "TDN432", "TDN433", "TDN434", "TDN435", "TDN436", "TDN437", "TDN438")


def time_rules(engine: Engine, data: bytes, name: str, repeat: int = 15) -> tuple[float, int]:
    from tdnlint.context import Context
    from tdnlint.vietnamese.checker import spelling_scan

    doc = engine.read(name, data)
    rules = [engine.registry.rules[c] for c in CODES if c in engine.registry.rules]
    best = float("inf")
    for _ in range(repeat):
        ctx = Context(doc, Settings(), engine.registry)
        ctx.segments  # noqa: B018 - computed before the clock starts (not ours)
        spelling_scan(ctx)  # the shared spelling pass: paid by TDN401–TDN410
        t = time.process_time()
        for cls in rules:
            cls().check(ctx)
        best = min(best, time.process_time() - t)
    return best * 1000, doc.word_count()


def table_load_ms() -> float:
    code = ("import time; t=time.process_time(); from tdnlint.vietnamese.capitals import load_table; "
            "load_table(); print((time.process_time()-t)*1000)")
    return statistics.median(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                  cwd=ROOT).stdout) for _ in range(5))


def main(argv: list[str]) -> None:
    engine = Engine(load_registry(), RunOptions(no_config=True))
    from tdnlint.vietnamese.capitals import load_table
    from tdnlint.vietnamese.lexicon import load_lexicon

    load_lexicon().nearmiss  # noqa: B018 - warm, once per process
    load_table()
    inputs: list[tuple[str, bytes]] = []
    if argv:
        inputs = [(a, Path(a).read_bytes()) for a in argv]
    else:
        clean = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/spelling/clean").glob("*.txt")))
        n = max(1, 20000 // max(1, len(clean.split())))
        inputs.append((f"clean-x{n}.txt", ("\n".join([clean] * n)).encode("utf-8")))
        shared = ROOT.parent / "shared"
        if (shared / "real-docx").is_dir():
            inputs += [(str(p), p.read_bytes()) for p in sorted((shared / "real-docx").glob("vn-*.docx"))]
        if (shared / "corpus" / "legal-text.tar.xz").exists():
            from corpus import iter_corpus

            for i, (name, text) in enumerate(iter_corpus("heldout")):
                if i >= 60:
                    break
                inputs.append((name, text.encode("utf-8")))
    total_ms = total_words = 0.0
    for name, data in inputs:
        try:
            ms, words = time_rules(engine, data, Path(name).name)
        except Exception as exc:  # an unreadable sample: skip it
            print(f"{Path(name).name[:60]:60s} skipped: {exc}")
            continue
        total_ms += ms
        total_words += words
        if len(inputs) <= 12 or words > 20000:
            print(f"{Path(name).name[:60]:60s} {words:7d} words {ms:7.2f} ms {ms / max(words, 1) * 1000:5.2f} ms/1000")
    print(f"{'TOTAL (' + str(len(inputs)) + ' inputs)':60s} {int(total_words):7d} words {total_ms:7.2f} ms "
          f"{total_ms / max(total_words, 1) * 1000:5.2f} ms/1000 words")
    print(f"capitals table (fresh process, CPU, median of 5): {table_load_ms():.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
