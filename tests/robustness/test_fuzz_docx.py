"""Property-based fuzzing of the .docx reader: any XML-level mutant of a real-shaped package is read into
findings or refused with a one-line reason -- never an internal error.  Deterministic, fixed budget."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_docx import base_members, check_one, mutate

from tdnlint.engine import Engine, RunOptions
from tdnlint.plugins import load_registry

_ENGINE = Engine(load_registry(), RunOptions(no_config=True))
_MEMBERS = base_members()


@settings(max_examples=200, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32), count=st.integers(min_value=1, max_value=4))
def test_docx_mutants_never_cause_internal_errors(seed, count):
    data = mutate(_MEMBERS, random.Random(seed), count)
    kind, detail = check_one(_ENGINE, data)
    assert kind != "internal", detail


def test_non_numeric_ilvl_in_numbering_is_tolerated():
    # numbering.xml: w:ilvl="0x10" made int() raise (an internal error) before
    from lxml import etree

    members = dict(_MEMBERS)
    root = etree.fromstring(members["word/numbering.xml"])
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lvls = list(root.iter(w + "lvl"))
    assert lvls
    for lvl in lvls:
        lvl.set(w + "ilvl", "0x10")
    members["word/numbering.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    kind, detail = check_one(_ENGINE, buf.getvalue())
    assert kind == "ok", detail
