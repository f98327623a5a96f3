"""Recipients rules (TDN540–TDN550) and the body/assignment analyses they read."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, SHARED, codes, lint_path, needs_shared

from tdnlint.analysis.bodies import covers, parse_bodies, same_body

FX = FIXTURES / "recipients"
SELECT = ["TDN54", "TDN55"]


def _bodies(text):
    return [(b.org, set(b.unit), set(b.levels)) for b in parse_bodies(text)]


def test_alias_table_and_levels():
    assert _bodies("BTT. UBMTTQVN các huyện, Tp (T/h)") == [("mttq", set(), {"huyện"})]
    assert _bodies("MTTQ và các tổ chức CT-XH tỉnh") == [("mttq", set(), {"tỉnh"}), ("ctxh", set(), {"tỉnh"})]
    assert _bodies("Ban Tuyên giáo, Ban Dân vận Thành ủy") == [
        ("cấp ủy", {"tuyên giáo"}, {"thành phố"}), ("cấp ủy", {"dân vận"}, {"thành phố"})]
    assert _bodies("BTG cấp ủy huyện (tương đương)") == [("cấp ủy", {"tuyên giáo"}, {"huyện"})]
    assert _bodies("Uỷ ban Mặt trận Tổ quốc Việt Nam các tỉnh, thành phố trực thuộc Trung ương") == [
        ("mttq", set(), {"tỉnh"})]
    assert _bodies("Sở Kế hoạch và Đầu tư") == [("sở", set(), set())]


def test_level_words_matter():
    (btg_tu,) = parse_bodies("Ban Tuyên giáo Tỉnh ủy")
    (btg_huyen,) = parse_bodies("Ban Tuyên giáo cấp ủy huyện và tương đương")
    (btg_tw,) = parse_bodies("BTGTW")
    assert not covers(btg_tu, btg_huyen)
    assert not covers(btg_tw, btg_huyen)
    assert covers(parse_bodies("BTG cấp ủy huyện (tương đương)")[0], btg_huyen)


def test_abbreviated_names_match():
    (phong,) = parse_bodies("Phòng Văn hóa và Thông tin huyện")
    assert covers(parse_bodies("Phòng VH-TT huyện")[0], phong)
    (bcd,) = parse_bodies("Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh")
    assert covers(parse_bodies("Thành viên BCD TTĐN tỉnh")[0], bcd)
    assert same_body(parse_bodies("BTT UB MTTQ tỉnh")[0], parse_bodies("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")[0])


@pytest.mark.parametrize("name", ["ke-hoach-mttq-clean.txt", "cong-van-clean.txt", "quyet-dinh-clean.txt",
                                  "huong-dan-dang-clean.txt", "ke-hoach-dang-clean.txt", "cong-van-mttq-clean.txt",
                                  "cong-van-cac-bo-clean.txt", "quyet-dinh-nhu-dieu-clean.txt",
                                  "ke-hoach-so-viet-tat-clean.txt", "ke-hoach-xa-clean.txt",
                                  "ke-hoach-dang-uy-xa-clean.txt"])
def test_clean_fixtures_have_no_findings(name):
    result = lint_path(FX / name, select=SELECT)
    assert result.findings == [], [f.message for f in result.findings]


def test_bad_plan_reports_missing_bodies_and_format():
    result = lint_path(FX / "ke-hoach-mttq-bad.txt", select=SELECT)
    missing = [f.message for f in result.findings if f.rule == "TDN550"]
    assert len(missing) == 3, missing
    assert any("Hội Nông dân huyện" in m for m in missing)
    assert any("Phòng Văn hóa và Thông tin huyện" in m for m in missing)
    assert any("tỉnh Thanh Hóa" in m and "b/c" in m for m in missing)
    # partners ("phối hợp với Ủy ban nhân dân cùng cấp") and mentions ("vai trò của Hội Cựu chiến binh") are not tasks
    assert not any("Cựu chiến binh" in m or "Ủy ban nhân dân" in m for m in missing)
    c = codes(result)
    assert c.count("TDN541") == 1 and c.count("TDN542") == 1 and c.count("TDN543") == 2 and c.count("TDN545") == 1
    luu = next(f for f in result.findings if f.rule == "TDN545")
    assert "thiếu dấu “:”" in luu.message and luu.fix is not None
    assert {e.replacement for e in luu.fix.edits} == {": ", "."}
    assert next(f for f in result.findings if f.rule == "TDN543").fix is not None


def test_cong_van_needs_nhu_tren_and_colon():
    result = lint_path(FX / "cong-van-bad.txt", select=SELECT)
    assert sorted(codes(result)) == ["TDN541", "TDN546", "TDN550"]
    (missing,) = [f for f in result.findings if f.rule == "TDN550"]
    assert "Phòng Tài chính - Kế hoạch huyện" in missing.message
    # "(qua Phòng Nội vụ)" is a channel, not an addressee
    assert "Nội vụ" not in missing.message


def test_missing_block_lists_expected_bodies():
    result = lint_path(FX / "ke-hoach-no-recipients.txt", select=SELECT)
    (f,) = result.findings
    assert f.rule == "TDN540" and f.severity.value == "error"
    assert "Ủy ban MTTQ các xã, thị trấn" in f.message
    assert "Văn phòng" not in f.message  # the issuer's own office


def test_party_archive_line_is_not_held_to_nd30():
    result = lint_path(FX / "huong-dan-dang-clean.txt", select=SELECT)
    assert "TDN545" not in codes(result)


@needs_shared
def test_seeds_missing_recipients():
    seeds = {p.name[:3]: p for p in (SHARED / "seeds").glob("*.txt")}
    if len(seeds) < 5:
        pytest.skip("seeds not present")

    def missing(key):
        return [f.message for f in lint_path(seeds[key], select=["TDN550"]).findings]

    assert missing("000") == []
    assert [m for m in missing("001") if "tổ chức thành viên" in m] and len(missing("001")) == 1
    assert missing("002") == []
    m4 = missing("004")
    assert len(m4) == 2 and any("Báo Ấp Bắc" in m for m in m4) and any("Đài Phát thanh" in m for m in m4)
    assert codes(lint_path(seeds["003"], select=["TDN540"])) == ["TDN540"]


def test_docx_recipients_clean(tmp_path):
    from official_docx import official_docx

    result = lint_path(official_docx(tmp_path / "a.docx"), select=SELECT)
    assert result.findings == [], [f.message for f in result.findings]
    assert lint_path(FIXTURES / "layout" / "clean.docx", select=SELECT).findings == []


def test_decision_nhu_dieu():
    result = lint_path(FX / "quyet-dinh-bad.txt", select=SELECT)
    (f,) = result.findings
    assert f.rule == "TDN547" and "Như Điều 2" in f.message and f.fix is not None
    assert lint_path(FX / "quyet-dinh-clean.txt", select=SELECT).findings == []


def test_soft_breaks_and_signature_column_in_one_paragraph():
    # One paragraph with soft line breaks (Word Shift+Enter) and the signature laid out with a tab.
    from tdnlint.analysis.assignments import extract_assignments
    from tdnlint.analysis.segments import segment
    from tdnlint.model import Document, Paragraph

    paras = [Paragraph("KẾ HOẠCH"), Paragraph("Nội dung kế hoạch./."),
             Paragraph("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Lưu: VT, VP.")]
    doc = Document(path="x.docx", format="docx", paragraphs=paras)
    a = extract_assignments(doc, segment(doc))
    assert [(r.kind, r.text) for r in a.recipients] == [("nhu_tren", "Như trên"), ("archive", "Lưu: VT, VP")]


def test_past_narration_and_bullet_lists_are_not_tasks():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 5/KH-UBND\nKẾ HOẠCH\nThi đua năm 2025\n"
            "I. ĐỐI TƯỢNG\n- Các phòng chuyên môn và tổ chức tương đương thuộc các cơ quan.\n"
            "II. KẾT QUẢ\nỦy ban nhân dân tỉnh đã đề nghị Sở Y tế triển khai hướng dẫn.\n"
            "III. TỔ CHỨC THỰC HIỆN\nGiao Sở Nội vụ theo dõi./.\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, NV.\n")
    from conftest import lint_text

    assert lint_text(text, select=SELECT).findings == []


def test_state_plan_precision():
    """Copula, past narration, partners after "phối hợp với", channels "(qua …)", laws and the Prime Minister
    in the basis are not reported; bodies given work and missing from Nơi nhận are."""
    result = lint_path(FX / "ke-hoach-state-bad.txt", select=["TDN550"])
    missing = sorted(re.search(r"thiếu “(.+?)”", f.message).group(1) for f in result.findings)
    assert missing == ["Sở Tài chính", "các tổ chức chính trị - xã hội tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


def test_docx_recipient_fixes_round_trip(tmp_path):
    from conftest import run_cli
    from official_docx import official_docx

    path = official_docx(tmp_path / "a.docx", recipients=(
        "Nơi nhận", "+ UBND tỉnh Thanh Hóa (b/c),", "- Phòng Nội vụ huyện", "- UBND các xã, thị trấn;", "- Lưu VT, NV"))
    before = lint_path(path, select=SELECT)
    assert sorted(codes(before)) == ["TDN541", "TDN542", "TDN543", "TDN543", "TDN545"]
    proc = run_cli("check", "--no-config", "--select", "TDN54,TDN55", "--fix", str(path))
    assert proc.returncode == 0, proc.stdout_text + proc.stderr_text
    assert lint_path(path, select=SELECT).findings == []


def test_party_plan_bodies():
    from conftest import registry

    from tdnlint.analysis.assignments import extract_assignments
    from tdnlint.analysis.segments import segment
    from tdnlint.engine import Engine, RunOptions

    d = Engine(registry(), RunOptions(no_config=True)).read(str(FX / "ke-hoach-dang-clean.txt"))
    found = {(it.reason, it.body.text) for it in extract_assignments(d, segment(d)).items}
    # the Politburo is not an expected recipient; the provincial standing committee is (basis, "để b/c")
    assert ("basis", "Ban Thường vụ Tỉnh ủy") in found
    assert not any("Bộ Chính trị" in t for _, t in found)
    # own units (Ban Tổ chức, Ban Tuyên giáo Huyện ủy) dropped: "Các ban xây dựng Đảng Huyện ủy" is listed
    assert not any("Ban Tổ chức" in t or "Ban Tuyên giáo" in t for _, t in found)
    assert ("task", "Đảng ủy Quân sự huyện") in found


def test_line_markers_numbering_and_dashes_fixed():
    from conftest import lint_text

    text = "KẾ HOẠCH\nNội dung kế hoạch./.\nNơi nhận:\n1. Sở Nội vụ;\n– Sở Y tế;\nSở Tài chính;\n- Lưu: VT, VP.\n"
    result = lint_text(text, select=["TDN542"])
    assert [f.line for f in result.findings] == [4, 5, 6]
    assert all(f.fix is not None and f.fix.edits[0].replacement == "- " for f in result.findings)


# ---- alias table: mass organisations, armed forces, grouped lines, "sở, ban, ngành" --------------------------
def test_more_bodies_and_abbreviations():
    assert _bodies("Huyện đoàn") == [("ctxh:đoàn thanh niên", set(), {"huyện"})]
    assert _bodies("Tỉnh đoàn") == [("ctxh:đoàn thanh niên", set(), {"tỉnh"})]
    assert _bodies("Đoàn TNCS Hồ Chí Minh huyện") == [("ctxh:đoàn thanh niên", set(), {"huyện"})]
    assert _bodies("Bộ CHQS tỉnh") == _bodies("Bộ Chỉ huy Quân sự tỉnh") == [("quân sự", set(), {"tỉnh"})]
    assert _bodies("BĐBP tỉnh") == [("biên phòng", set(), {"tỉnh"})]
    assert [b.org for b in parse_bodies("Huyện đoàn, Hội LHPN, Hội ND, Hội CCB, LĐLĐ huyện")] == [
        "ctxh:đoàn thanh niên", "ctxh:hội phụ nữ", "ctxh:hội nông dân", "ctxh:hội cựu chiến binh", "ctxh:công đoàn"]
    # "hoàn thành đoàn kết" is not a Youth Union; "TN&MT" is one name ("MT" there is not "Mặt trận")
    assert parse_bodies("hoàn thành đoàn kết") == []
    (phong,) = parse_bodies("Phòng Tài nguyên và Môi trường huyện")
    assert covers(parse_bodies("Phòng TN&MT huyện")[0], phong)


def test_collective_agencies_and_grouped_lines():
    (so_ban_nganh,) = parse_bodies("Các sở, ban, ngành cấp tỉnh")
    for name in ("Ban Quản lý Khu kinh tế tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Sở Y tế"):
        assert covers(so_ban_nganh, parse_bodies(name)[0]), name
    # the press and the district level are not among them
    assert not covers(so_ban_nganh, parse_bodies("Báo Hà Nam Ninh")[0])
    assert not covers(so_ban_nganh, parse_bodies("Công an huyện")[0])
    (phong_ban,) = parse_bodies("Các phòng, ban, ngành huyện")
    assert phong_ban.org == "sở ngành" and phong_ban.text == "Các phòng, ban, ngành huyện"
    grouped = parse_bodies("Các Sở: Tài chính, Công Thương, Văn hóa, Thể thao và Du lịch")
    assert [b.name for b in grouped] == ["tài chính", "công thương", "văn hóa", "thể thao và du lịch"]
    assert any(covers(r, parse_bodies("Sở Văn hóa, Thể thao và Du lịch")[0]) for r in grouped)
    assert not any(covers(r, parse_bodies("Sở Y tế")[0]) for r in grouped)


@pytest.mark.parametrize("name", [
    "ke-hoach-doan-the-clean.txt",  # Huyện đoàn, Hội LHPN, Hội CCB, LĐLĐ, Ban CHQS, CA huyện, Đài PT-TH
    "ke-hoach-so-ban-nganh-clean.txt",  # Ban Quản lý, Bộ CHQS, BĐBP under "các sở, ban, ngành tỉnh"
    "cong-van-nhom-so-clean.txt",  # "- Các Sở: Giáo dục và Đào tạo, Y tế, …;"
    "cong-van-co-quan-don-vi-clean.txt",  # "- Các cơ quan, đơn vị có liên quan;" for Công an, Ban CHQS huyện
])
def test_usual_recipient_forms_have_no_findings(name):
    result = lint_path(FX / name)
    assert result.findings == [], [f.message for f in result.findings]


def test_huyen_doan_given_work_is_reported():
    result = lint_path(FX / "ke-hoach-huyen-doan-bad.txt", select=SELECT)
    (f,) = result.findings
    assert f.rule == "TDN550" and "thiếu “Huyện đoàn”" in f.message and f.suggestion == "- Huyện đoàn;"


def test_vague_agencies_are_not_tasks():
    """"các cơ quan, đơn vị" names no one: never reported as missing; "các phòng, ban, ngành huyện" is."""
    from conftest import lint_text

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN THẠCH AN\nSố: 9/KH-UBND\nKẾ HOẠCH\nDọn vệ sinh năm 2025\n"
            "I. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị chủ động bố trí người tham gia.\n"
            "2. Các phòng, ban, ngành huyện cử cán bộ theo dõi./.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT, VP.\n")
    missing = [f.message for f in lint_text(text, select=["TDN550"]).findings]
    assert len(missing) == 1 and "“Các phòng, ban, ngành huyện”" in missing[0]
    ok = text.replace("- UBND tỉnh;", "- UBND tỉnh;\n- Các phòng, ban chuyên môn huyện;")
    assert lint_text(ok, select=["TDN550"]).findings == []


def test_plural_level_is_not_shared_backwards():
    """"Các ban, ngành, đoàn thể, UBND các xã": "các xã" belongs to the UBND only (shared suffixes still work)."""
    ban_nganh, doan_the, ubnd = parse_bodies("Các ban, ngành, đoàn thể, Ủy ban nhân dân các xã")
    assert (ban_nganh.levels, doan_the.levels, set(ubnd.levels)) == (frozenset(), frozenset(), {"xã"})
    assert _bodies("MTTQ và các tổ chức CT-XH tỉnh")[0] == ("mttq", set(), {"tỉnh"})


def test_department_names_with_xa_hoi_and_initials():
    (sld,) = parse_bodies("Sở Lao động - Thương binh và Xã hội")
    assert sld.name == "lao động - thương binh và xã hội"
    assert covers(parse_bodies("Sở LĐ-TB&XH")[0], sld) and covers(parse_bodies("Sở LĐTBXH")[0], sld)
    assert not covers(parse_bodies("Sở KH&ĐT")[0], parse_bodies("Sở Khoa học và Công nghệ")[0])
    (bql,) = parse_bodies("Ban Quản lý dự án đầu tư xây dựng huyện")
    assert covers(parse_bodies("BQL DA ĐTXD huyện")[0], bql)


@pytest.mark.parametrize("line", ["Các phòng chuyên môn thuộc UBND huyện;", "Các phòng: Y tế, Nội vụ;"])
def test_collective_and_grouped_phong_lines(line):
    from conftest import lint_text

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN THẠCH AN\nSố: 9/KH-UBND\nKẾ HOẠCH\nKhám sức khỏe năm 2025\n"
            "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Y tế huyện chủ trì, Phòng Nội vụ huyện phối hợp tổ chức khám./.\n"
            f"Nơi nhận:\n- UBND tỉnh;\n- {line}\n- Lưu: VT, VP.\n")
    assert lint_text(text, select=["TDN550"]).findings == []
    # a provincial "các phòng" line does not reach the district's Phòng Y tế
    if "UBND" in line:
        bad = text.replace("thuộc UBND huyện", "thuộc Sở Y tế tỉnh")
        assert lint_text(bad, select=["TDN550"]).findings


# Real-document classes (issue 9): each clean fixture is read right, and the same text with one recipient
# really missing still gets its finding.
@pytest.mark.parametrize(("name", "missing"), [
    # "Các bộ, cơ quan ngang bộ" covers each ministry; "TTXVN", "Đài THVN/TNVN" expand
    ("cong-van-cac-bo-bad.txt", {"Bộ Tài chính", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Thông tấn xã Việt Nam"}),
    # "- Như Điều 4;" reaches every implementer only when Điều 4 has a catch-all ("các cơ quan, đơn vị …")
    ("quyet-dinh-nhu-dieu-bad.txt", {"Trung tâm Y tế huyện", "Phòng Tài chính - Kế hoạch huyện"}),
    # "Sở: NN&MT, TC, VH,TT&DL": initials, a comma inside one name
    ("ke-hoach-so-viet-tat-bad.txt", {"Sở Văn hóa, Thể thao và Du lịch"}),
    # "BCTMT các thôn, TDP"; a commune's own Công an
    ("ke-hoach-xa-bad.txt", {"Công an xã", "Ban công tác Mặt trận các thôn, tổ dân phố"}),
])
def test_real_document_classes_still_report_what_is_missing(name, missing):
    result = lint_path(FX / name, select=["TDN550"])
    found = {re.search(r"thiếu “([^”]+)”", f.message).group(1) for f in result.findings}
    assert found == missing


def test_verbs_role_phrases_quotes_and_central_bodies_are_not_recipients():
    from tdnlint.analysis.assignments import is_body_phrase

    assert not is_body_phrase("Thanh tra")  # "Thanh tra, kiểm tra việc …": a verb
    assert is_body_phrase("Thanh tra tỉnh")
    text = (FX / "ke-hoach-xa-clean.txt").read_text(encoding="utf-8")
    result = lint_path(FX / "ke-hoach-xa-clean.txt", select=["TDN550"])
    assert result.findings == []
    # the quoted law clauses and the ministry whose plan a commune implements are what was left out
    assert "“1. Ủy ban nhân dân cấp tỉnh có trách nhiệm" in text and "của Bộ Văn hóa" in text


@pytest.mark.parametrize("path", [
    FX / "cong-van-cac-bo-clean.txt", FX / "quyet-dinh-nhu-dieu-clean.txt", FX / "ke-hoach-so-viet-tat-clean.txt",
    FX / "ke-hoach-xa-clean.txt", FX / "ke-hoach-dang-uy-xa-clean.txt", FIXTURES / "citations" / "clean-odd-symbols.txt",
    FIXTURES / "citations" / "clean-local-qppl.txt",
], ids=lambda p: p.name)
def test_real_document_classes_give_no_error(path):
    # full run; TDN511 (numbering, area `structure`) still counts the numbered clauses of a quoted law
    errors = [f"{f.rule} {f.message}" for f in lint_path(path).findings
              if f.severity.value == "error" and f.rule != "TDN511"]
    assert errors == []
