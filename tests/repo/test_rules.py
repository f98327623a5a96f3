"""The cross-document rules end to end: a small office repository with mutual citations."""

from __future__ import annotations

import pytest

from .helpers import CLEAN, OFFICE, check_json, copy_office, cross


@pytest.fixture(scope="module")
def office_report(tmp_path_factory):
    folder = copy_office(tmp_path_factory.mktemp("office") / "xa_an_phu")
    code, report = check_json("--no-cache", str(folder))
    assert code == 1
    return cross(report)


def test_each_problem_is_reported_on_its_own_file_naming_the_other(office_report):
    got = {name: sorted(r for r, _, _ in hits) for name, hits in office_report.items()}
    assert got == {
        "bc_20_ket_qua_thien_tai.txt": ["TDN380", "TDN382"],  # wrong date of 12/KH-UBND; 30/QĐ-UBND dated apart
        "cv_25_bo_sung_vat_tu.txt": ["TDN382"],  # the other side of 30/QĐ-UBND
        "du_thao_bc_tong_ket.txt": ["TDN384"],  # a draft reusing 20/BC-UBND
        "kh_08_tap_huan.txt": ["TDN385"],  # implements a plan issued after it
        "kh_18_kiem_tra_van_thu.txt": ["TDN383"],  # two plans numbered 18/KH-UBND
        "kh_18_ngay_hoi.txt": ["TDN383"],
    }


def test_messages_name_the_other_file_and_line(office_report):
    (_, line, msg), = [h for h in office_report["bc_20_ket_qua_thien_tai.txt"] if h[0] == "TDN380"]
    assert line == 11
    assert msg.startswith("Kế hoạch số 12/KH-UBND ở tệp ")
    assert msg.endswith("kh_12_phong_chong_thien_tai.txt, dòng 6 ghi ngày 05/3/2025, ở đây ghi 06/3/2025.")
    (_, _, other), = office_report["cv_25_bo_sung_vat_tu.txt"]
    assert "bc_20_ket_qua_thien_tai.txt, dòng 11 ghi ngày 02/4/2025, ở đây ghi 03/4/2025" in other
    (_, _, dup), = office_report["kh_18_ngay_hoi.txt"]
    assert "kh_18_kiem_tra_van_thu.txt, dòng 3" in dup


def test_a_clean_office_gives_no_cross_document_finding(tmp_path):
    folder = copy_office(tmp_path / "binh_minh", CLEAN)
    _, report = check_json("--no-cache", str(folder))
    assert cross(report) == {}


def test_a_copy_of_one_document_in_two_formats_is_no_duplicate(tmp_path):
    import docx

    folder = copy_office(tmp_path / "binh_minh", CLEAN)
    d = docx.Document()
    for line in (CLEAN / "kh_05_ve_sinh_moi_truong.txt").read_text(encoding="utf-8").splitlines():
        d.add_paragraph(line)
    d.save(folder / "kh_05_ve_sinh_moi_truong.docx")
    _, report = check_json("--no-cache", str(folder))
    assert cross(report) == {}


def test_the_signed_version_of_a_draft_is_not_a_taken_number(tmp_path):
    folder = copy_office(tmp_path / "binh_minh", CLEAN)
    text = (folder / "bc_14_ket_qua_quy_1.txt").read_text(encoding="utf-8")
    (folder / "du_thao_bc_14.txt").write_text(text.replace("Bình Minh, ngày 08", "Bình Minh, ngày 08\nDỰ THẢO"),
                                              encoding="utf-8")
    _, report = check_json("--no-cache", str(folder))
    assert cross(report) == {}


def test_a_pre_commit_run_on_one_file_sees_the_rest_of_the_git_work_tree(tmp_path):
    repo = copy_office(tmp_path / "repo", git=True)
    _, report = check_json("--no-cache", "bc_20_ket_qua_thien_tai.txt", cwd=repo)
    assert sorted(r for r, _, _ in cross(report)["bc_20_ket_qua_thien_tai.txt"]) == ["TDN380", "TDN382"]


def test_outside_a_repository_one_file_is_checked_alone(tmp_path):
    folder = copy_office(tmp_path / "loose")
    _, report = check_json("--no-cache", str(folder / "bc_20_ket_qua_thien_tai.txt"))
    assert cross(report) == {}


def test_a_wrong_number_is_recognised_by_date_type_and_subject(tmp_path):
    folder = copy_office(tmp_path / "office")
    cv = folder / "cv_25_bo_sung_vat_tu.txt"
    cv.write_text(cv.read_text(encoding="utf-8").replace("Căn cứ Kế hoạch số 12/KH-UBND", "Căn cứ Kế hoạch số 21/KH-UBND"),
                  encoding="utf-8")
    _, report = check_json("--no-cache", "--select", "TDN381", str(folder))
    (rule, line, msg), = cross(report)["cv_25_bo_sung_vat_tu.txt"]
    assert rule == "TDN381" and line == 11
    assert "có số 12/KH-UBND, ở đây ghi 21/KH-UBND" in msg


def test_another_type_word_and_an_unrelated_subject(tmp_path):
    folder = copy_office(tmp_path / "office")
    cv = folder / "cv_25_bo_sung_vat_tu.txt"
    cv.write_text(cv.read_text(encoding="utf-8").replace(
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân xã An Phú về phòng, chống thiên tai "
        "và tìm kiếm cứu nạn năm 2025",
        "Căn cứ Chương trình số 12/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân xã An Phú về chỉnh trang "
        "đường làng, ngõ xóm"), encoding="utf-8")
    _, report = check_json("--no-cache", "--select", "TDN380", str(folder))
    msgs = [m for _, _, m in cross(report)["cv_25_bo_sung_vat_tu.txt"]]
    assert any("là Kế hoạch, ở đây gọi là Chương trình" in m for m in msgs), msgs
    assert any("khác hẳn nội dung ghi ở đây" in m for m in msgs), msgs


def test_two_offices_with_the_same_symbol_are_never_compared(tmp_path):
    a = copy_office(tmp_path / "a")
    other = tmp_path / "a" / "kh_12_xa_khac.txt"
    other.write_text((OFFICE / "kh_12_phong_chong_thien_tai.txt").read_text(encoding="utf-8")
                     .replace("XÃ AN PHÚ", "XÃ PHÚ LỘC").replace("An Phú, ngày 05", "Phú Lộc, ngày 09"),
                     encoding="utf-8")
    _, report = check_json("--no-cache", "--select", "TDN380,TDN383", str(a))
    got = cross(report)
    assert "kh_12_xa_khac.txt" not in got and "kh_12_phong_chong_thien_tai.txt" not in got
    assert [r for r, _, _ in got["bc_20_ket_qua_thien_tai.txt"]] == ["TDN380"]  # still resolved by issuer


def test_register_scope_checked_keeps_the_register_to_the_checked_files(tmp_path):
    repo = copy_office(tmp_path / "repo", git=True)
    (repo / ".tdnlint.toml").write_text('[tool.tdnlint]\nregister-scope = "checked"\n', encoding="utf-8")
    _, report = check_json("--no-cache", "bc_20_ket_qua_thien_tai.txt", cwd=repo)
    assert cross(report) == {}
    _, report = check_json("--no-cache", ".", cwd=repo)
    assert "TDN380" in [r for r, _, _ in cross(report)["bc_20_ket_qua_thien_tai.txt"]]


def test_a_short_type_name_is_not_another_type(tmp_path):
    folder = copy_office(tmp_path / "office")
    plan = folder / "kh_12_phong_chong_thien_tai.txt"
    plan.write_text(plan.read_text(encoding="utf-8").replace("KẾ HOẠCH\n", "CHƯƠNG TRÌNH HÀNH ĐỘNG\n")
                    .replace("Số: 12/KH-UBND", "Số: 12/CTr-UBND"), encoding="utf-8")
    cv = folder / "cv_25_bo_sung_vat_tu.txt"
    cv.write_text(cv.read_text(encoding="utf-8").replace("Căn cứ Kế hoạch số 12/KH-UBND",
                                                         "Căn cứ Chương trình số 12/CTr-UBND"), encoding="utf-8")
    _, report = check_json("--no-cache", "--select", "TDN380", str(folder))
    assert "cv_25_bo_sung_vat_tu.txt" not in cross(report)


def test_one_document_cited_under_two_numbers_by_two_files(tmp_path):
    folder = copy_office(tmp_path / "office")
    cv = folder / "cv_25_bo_sung_vat_tu.txt"
    cv.write_text(cv.read_text(encoding="utf-8").replace("Quyết định số 30/QĐ-UBND ngày 03/4/2025",
                                                         "Quyết định số 31/QĐ-UBND ngày 02/4/2025"), encoding="utf-8")
    _, report = check_json("--no-cache", "--select", "TDN382", str(folder))
    got = cross(report)
    (_, line, msg), = got["cv_25_bo_sung_vat_tu.txt"]
    assert line == 11 and msg.endswith("bc_20_ket_qua_thien_tai.txt, dòng 11 ghi số 30/QĐ-UBND, ở đây ghi 31/QĐ-UBND.")
    (_, _, back), = got["bc_20_ket_qua_thien_tai.txt"]
    assert back.endswith("ghi số 31/QĐ-UBND, ở đây ghi 30/QĐ-UBND.")


def _cite_in_two_files(folder, first: str, second: str) -> None:
    for name, text in (("kh_18_ngay_hoi.txt", first), ("kh_18_kiem_tra_van_thu.txt", second)):
        f = folder / name
        f.write_text(f.read_text(encoding="utf-8").replace("Trong tháng 5 năm 2025./.", text + "./.")
                     .replace("Thi kéo co, bóng chuyền, văn nghệ và ẩm thực giữa các ấp./.", text + "./."),
                     encoding="utf-8")


def test_a_year_less_normative_symbol_is_not_a_second_number(tmp_path):
    folder = copy_office(tmp_path / "office")
    _cite_in_two_files(folder, "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
                       "Thực hiện Nghị định số 30/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư")
    _, report = check_json("--no-cache", "--select", "TDN381,TDN382", str(folder))
    assert not {"kh_18_ngay_hoi.txt", "kh_18_kiem_tra_van_thu.txt"} & set(cross(report))


def test_a_known_central_document_is_left_to_the_registry_rule(tmp_path):
    folder = copy_office(tmp_path / "office")
    _cite_in_two_files(folder, "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về công tác đối ngoại",
                       "Thực hiện Kết luận số 57-KL/TW ngày 16/5/2023 của Bộ Chính trị về công tác đối ngoại")
    _, report = check_json("--no-cache", "--select", "TDN311,TDN382", str(folder))
    assert not {"kh_18_ngay_hoi.txt", "kh_18_kiem_tra_van_thu.txt"} & set(cross(report))
    assert any(x["rule"] == "TDN311" for f in report["files"] for x in f["findings"])
