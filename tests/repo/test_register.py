"""The register: one entry per official document of the tree, with what the cross-document rules need."""

from __future__ import annotations

from conftest import registry

from tdnlint.engine import Engine, RunOptions
from tdnlint.register import Entry, Register, build_register, issuer_compatible, subject_overlap

from .helpers import CLEAN, OFFICE


def _register(paths) -> Register:
    return build_register(Engine(registry(), RunOptions(no_config=True)), [str(p) for p in paths])


def test_entries_hold_symbol_date_type_subject_issuer_and_citations():
    reg = _register(sorted(OFFICE.glob("*.txt")))
    e = reg.get(str(OFFICE / "kh_12_phong_chong_thien_tai.txt"))
    assert (e.key, e.number, e.type_code, e.issuer_code) == ("12/KH-UBND", "12", "KH", "UBND")
    assert (e.type_word, e.date, e.year, e.draft) == ("Kế hoạch", "2025-03-05", 2025, False)
    assert e.subject == "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025"
    assert e.issuer == "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
    assert (e.number_line, e.date_line) == (3, 6)
    report = reg.get(str(OFFICE / "bc_20_ket_qua_thien_tai.txt"))
    cited = {c.key: c for c in report.citations}
    assert cited["12/KH-UBND"].date == "2025-03-06" and cited["12/KH-UBND"].relation == "thực hiện"
    assert cited["30/QĐ-UBND"].line == 11


def test_drafts_are_in_the_register_as_drafts(tmp_path):
    draft = tmp_path / "du_thao.txt"
    draft.write_text((OFFICE / "kh_18_ngay_hoi.txt").read_text(encoding="utf-8")
                     .replace("Số: 18/KH-UBND", "Số:      /KH-UBND")
                     .replace("ngày 14 tháng 4 năm 2025", "ngày      tháng 4 năm 2025"), encoding="utf-8")
    e = _register([draft]).get(str(draft))
    assert e is not None and e.draft and not e.issued
    assert e.number is None and e.type_code == "KH"
    assert OFFICE.joinpath("du_thao_bc_tong_ket.txt").exists()
    marked = _register([OFFICE / "du_thao_bc_tong_ket.txt"]).get(str(OFFICE / "du_thao_bc_tong_ket.txt"))
    assert marked.draft and marked.issued  # marked DỰ THẢO, number filled in


def test_a_file_without_a_header_block_is_no_document(tmp_path):
    note = tmp_path / "ghi_chu.md"
    note.write_text("Ghi chú: Kế hoạch số 12/KH-UBND ngày 05/3/2025 đã gửi các ấp.\n", encoding="utf-8")
    assert len(_register([note])) == 0


def test_entries_round_trip_through_json():
    reg = _register(sorted(CLEAN.glob("*.txt")))
    again = Register.from_json(reg.to_json())
    assert [e.to_json() for e in again] == [e.to_json() for e in reg]
    assert all(isinstance(e, Entry) for e in again)
    assert again.digest() == reg.digest()


def test_digest_of_keys_changes_only_with_those_keys():
    reg = _register(sorted(OFFICE.glob("*.txt")))
    before = reg.digest(["18/KH-UBND"]), reg.digest(["12/KH-UBND"])
    e = reg.get(str(OFFICE / "kh_12_phong_chong_thien_tai.txt"))
    reg.add(Entry.from_json({**e.to_json(), "date": "2025-03-07"}))
    assert reg.digest(["18/KH-UBND"]) == before[0]
    assert reg.digest(["12/KH-UBND"]) != before[1]


def test_issuer_and_subject_comparisons():
    assert issuer_compatible("UBND xã An Phú", "ỦY BAN NHÂN DÂN XÃ AN PHÚ") is True
    assert issuer_compatible("Ủy ban nhân dân xã An Phú", "ỦY BAN NHÂN DÂN XÃ AN BÌNH") is False
    assert issuer_compatible(None, "ỦY BAN NHÂN DÂN XÃ AN PHÚ") is None
    assert subject_overlap("phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025",
                           "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025") == 1.0
    assert subject_overlap("tổ chức ngày hội văn hóa thể thao", "kiểm tra công tác văn thư lưu trữ") < 0.25


def test_no_register_is_built_when_no_cross_document_rule_runs(tmp_path):
    from tdnlint.engine import discover
    from tdnlint.repo import prepare_run

    from .helpers import copy_office

    files = list(discover([str(copy_office(tmp_path / "office"))]))
    off = Engine(registry(), RunOptions(no_config=True, overrides={"select": ["TDN2"]}))
    prepare_run(off, files, no_cache=True)
    assert off.options.register is None and off.options.cache is None
    on = Engine(registry(), RunOptions(no_config=True))
    prepare_run(on, files, cache_dir=str(tmp_path / "c"))
    assert len(on.options.register) == 7 and on.options.cache is not None


def test_the_register_pass_on_a_process_pool_gives_the_serial_register():
    from conftest import FIXTURES

    from tdnlint.register import PARALLEL_MIN_FILES

    paths = [*sorted(OFFICE.glob("*.txt")), *sorted(CLEAN.glob("*.txt")), *sorted((FIXTURES / "citations").glob("*.txt"))]
    files = [str(p) for p in paths][:40]
    assert len(files) >= PARALLEL_MIN_FILES  # the pool is used, not the serial loop
    engine = Engine(registry(), RunOptions(no_config=True))
    serial = build_register(engine, files)
    pooled = build_register(engine, files, jobs=2)
    assert list(pooled.entries) == list(serial.entries)  # same entries, in file order
    assert pooled.digest() == serial.digest()
    assert len(pooled) > 5
