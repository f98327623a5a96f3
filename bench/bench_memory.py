"""Peak memory of ``tdnlint check`` per input class (run by hand, never part of the test suite).

    python bench/bench_memory.py            # every input class, Markdown table for docs/reader.md
    python bench/bench_memory.py blank md   # only these classes

Each input is generated here (our own text, fixed seed), checked by the real command line in a child
process, and the child's peak RSS is read with ``resource.getrusage(RUSAGE_CHILDREN)`` in a wrapper
(the same measurement as ``tests/robustness/_measure.py``).  The target of issue 10 is
``peak ≤ 40 MB + 30 × extracted text size`` and never more than 1 GB; "text" is the UTF-8 size of the
paragraphs' analysis text joined by newlines (what the rules read), computed by the reader in this process.
The floor (Python + tdnlint imported and its data tables loaded) is measured in the same run.

    TDNLINT_BENCH_TIMEOUT=0 python bench/bench_memory.py big   # no per-file time budget (default 60 s)

Children run as an installed tool does: with a bytecode cache (this sandbox sets PYTHONDONTWRITEBYTECODE=1,
which makes every start compile ~250 modules and adds ~25 MB of compiler garbage to the peak), and without
the incremental cache (``--no-cache``: a hit would skip the check being measured).
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

MB = 1024 * 1024
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "tdnlint-bench-pycache")
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "err = p.stderr.decode('utf-8', 'replace').strip().splitlines()\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode, (err or [''])[-1][:120])\n"
)
WORDS = " ".join([
    "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì phối hợp với các cơ quan liên quan thực hiện",
    "theo quy định của pháp luật về ngân sách nhà nước năm 2025 , đúng tiến độ"]).split()
DRAFT = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH                          Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                      Bắc Ninh, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Triển khai chuyển đổi số năm 2025

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

I. MỤC ĐÍCH, YÊU CẦU
{body}
II. TỔ CHỨC THỰC HIỆN
{body}
Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN
- Như trên;                                                  CHỦ TỊCH
- Lưu: VT.
                                                          Nguyễn Văn An
"""


def _prose(n_chars: int, seed: int = 1, line: int = 0) -> str:
    """``n_chars`` of our own sentences; one paragraph, or lines of about ``line`` characters."""
    rng = random.Random(seed)
    out, size, cur = [], 0, 0
    while size < n_chars:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
        cur += len(w) + 1
        if line and cur >= line:
            out.append("\n")
            cur = 0
    return " ".join(out).replace(" \n ", "\n")


def _docx(paragraphs_xml: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{paragraphs_xml}</w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def _docx_text(text: str) -> bytes:
    from xml.sax.saxutils import escape

    return _docx("".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(ln)}</w:t></w:r></w:p>"
                         for ln in text.split("\n")))


def _md_table(rows: int) -> str:
    rng = random.Random(3)
    out = ["| STT | Nội dung công việc | Cơ quan chủ trì | Thời hạn |", "|---|---|---|---|"]
    for i in range(rows):
        task = " ".join(rng.choice(WORDS) for _ in range(12))
        out.append(f"| {i + 1} | {task} | Sở Tài chính,Sở Nội vụ | Quý {i % 4 + 1}/2025 |")
    return "\n".join(out) + "\n"


def _one_line() -> tuple[str, bytes]:
    return "one.txt", "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện.\n".encode()


CASES = {
    "floor": ("one-line draft (the floor)", _one_line),
    "draft": ("ordinary draft, 25 KB (.txt)", lambda: ("draft.txt", DRAFT.format(body=_prose(12_000, 5, 300)).encode())),
    "draftdocx": ("ordinary draft, 25 KB (.docx)",
                  lambda: ("draft.docx", _docx_text(DRAFT.format(body=_prose(12_000, 5, 300))))),
    "blank": ("99,999 blank lines (just under the paragraph limit)", lambda: ("blank.txt", b"\n" * 99_999)),
    "emptydocx": ("99,990 empty paragraphs (.docx, just under the limit)",
                  lambda: ("empty.docx", _docx("<w:p/>" * 99_990))),
    "md": ("Markdown table, 99,990 rows", lambda: ("table.md", _md_table(99_990).encode())),
    "long": ("one 2 MB paragraph (.txt)", lambda: ("long.txt", _prose(2_000_000).encode())),
    "longnfd": ("the same 2 MB paragraph in decomposed Unicode (NFD)",
                lambda: ("long-nfd.txt", unicodedata.normalize("NFD", _prose(2_000_000)).encode())),
    "runs": (".docx, 50,000 paragraphs of 20 alternately bold runs (35 MB of XML)",
             lambda: ("runs.docx", _docx(("<w:p>" + "<w:r><w:rPr><w:b/></w:rPr><w:t>ab</w:t></w:r><w:r><w:t>cd</w:t>"
                                          "</w:r>" * 10 + "</w:p>") * 50_000))),
    "big": ("20 MB .txt (99,000 lines of 200 characters)",
            lambda: ("big.txt", _prose(20_000_000, 2, 200).encode())),
}


def text_size(path: Path) -> int:
    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry

    doc = Engine(load_registry(), RunOptions(no_config=True)).read(str(path), path.read_bytes())
    return sum(len(p.text.encode()) + 1 for p in doc.paragraphs)


def run(path: Path) -> tuple[float, float, int, str]:
    budget = os.environ.get("TDNLINT_BENCH_TIMEOUT")
    extra = ["--timeout-per-file", budget] if budget is not None else []
    t = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "tdnlint.cli", "check",
                           "--no-config", "--no-cache", *extra, "--format", "json", str(path)],
                          capture_output=True, text=True, env=ENV)
    kib, rc, err = [*proc.stdout.strip().split(" ", 2), "", ""][:3]
    return int(kib) / 1024, time.monotonic() - t, int(rc), err


def main(names: list[str]) -> None:
    names = names or list(CASES)
    rows = []
    # compile the bytecode cache once, so the first measured case does not pay for it
    subprocess.run([sys.executable, "-m", "tdnlint.cli", "rules"], env=ENV, capture_output=True)
    with tempfile.TemporaryDirectory() as tmp:
        for key in names:
            label, make = CASES[key]
            name, data = make()
            path = Path(tmp) / name
            path.write_bytes(data)
            try:
                size = text_size(path)
            except Exception as exc:  # a read error: the CLI reports it too
                size = 0
                print(f"{key}: {exc}", file=sys.stderr)
            peak, secs, rc, err = run(path)
            target = min(40 + 30 * size / MB, 1024)
            rows.append({"input": label, "file_mb": len(data) / MB, "text_mb": size / MB, "peak_mb": peak,
                         "target_mb": target, "seconds": secs, "exit": rc, "stderr": err})
            print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    print("| input | file | text | peak RSS | target | met | time | exit |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ok = "met" if r["peak_mb"] <= r["target_mb"] else "**not met**"
        print(f"| {r['input']} | {r['file_mb']:.2f} MB | {r['text_mb']:.2f} MB | {r['peak_mb']:.0f} MB | "
              f"{r['target_mb']:.0f} MB | {ok} | {r['seconds']:.1f} s | {r['exit']} |")


if __name__ == "__main__":
    main(sys.argv[1:])
