"""Spacing (TDN201–TDN207): classes of text that are not typing slips, and the one-pass analysis."""

from conftest import codes, lint_text, run_cli

SPACING = ["TDN201", "TDN202", "TDN203", "TDN204", "TDN205", "TDN206", "TDN207"]


def test_blanks_left_for_the_clerk_are_not_double_spaces():
    text = ("Số:   /KH-UBND\n"
            "Đồng Nai, ngày   tháng   năm 2025\n"
            "Thực hiện Văn bản số…  ngày……  tháng…… năm……\n")
    assert codes(lint_text(text, select=["TDN204"])) == []


def test_a_real_double_space_between_words_is_still_reported():
    [f] = lint_text("Tổ chức  hội nghị sơ kết.\n", select=["TDN204"]).findings
    assert f.text == "  " and f.suggestion == "chức hội"


def test_empty_brackets_and_check_boxes_are_not_spaces_inside_brackets():
    text = "Họ và tên (      ) đã nhận; Đồng ý [ ] Không đồng ý [ ]; ban hành kèm theo Văn bản số… của… )\n"
    assert codes(lint_text(text, select=["TDN203"])) == []


def test_space_inside_a_bracket_with_content_is_still_reported():
    assert [f.text for f in lint_text("Ban Chỉ đạo ( BCĐ ) tỉnh.\n", select=["TDN203"]).findings] == ["( ", " )"]


def test_camel_case_brands_are_not_glued_words():
    text = "Quét bằng CamScanner, gọi qua MobiFone, lưu trên EverNet.\n"
    assert codes(lint_text(text, select=["TDN206"])) == []


def test_glued_vietnamese_words_without_diacritics_are_still_reported():
    assert [f.text for f in lint_text("To chuc HoiNghi tong ket.\n", select=["TDN206"]).findings] == ["HoiNghi"]


def test_symbol_of_a_cited_document_is_left_to_the_citation_rules():
    # "12/KH- UBND": TDN302 rewrites the whole symbol; TDN207 must not propose " - " inside it
    text = "Thực hiện Kế hoạch số 12/KH- UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh.\n"
    assert codes(lint_text(text, select=["TDN207"])) == []


def test_code_hyphen_with_a_stray_space_is_closed_not_opened():
    [f] = lint_text("Theo Biểu mẫu TC- NSNN kèm theo.\n", select=["TDN207"]).findings
    assert f.fix.edits[0].replacement == "-" and f.suggestion == "TC-NSNN"


def test_range_with_one_sided_space_still_gets_spaces_on_both_sides():
    [f] = lint_text("Giai đoạn 2021- 2025.\n", select=["TDN207"]).findings
    assert f.fix.edits[0].replacement == " - "


def test_heading_letter_with_dash_is_not_a_one_sided_dash():
    assert codes(lint_text("B- Nhóm vật liệu kim loại\n", select=["TDN207"])) == []


def test_heading_glued_after_a_full_stop_is_a_lost_line_break_not_a_missing_space():
    text = "Các cơ quan chịu trách nhiệm thi hành.Điều 5. Hiệu lực thi hành\n"
    assert codes(lint_text(text, select=["TDN201"])) == []


def test_glued_full_stop_before_an_ordinary_word_is_still_reported():
    assert codes(lint_text("Đã hoàn thành.Các đơn vị báo cáo.\n", select=["TDN201"])) == ["TDN201"]


def test_formula_subscripts_and_html_entities_are_not_punctuation():
    text = "Trong đó Pbpj,t là giá, Qj,t là sản lượng; môn GDQP&amp;AN.\n"
    assert codes(lint_text(text, select=["TDN201"])) == []


def test_one_analysis_pass_serves_every_spacing_rule():
    text = "Năm 2021,Ban ; các ban ( BCĐ ) tổ  chức ngày04/3 BanThường 2021 -2025.\n"
    result = lint_text(text, select=SPACING)
    assert sorted(set(codes(result))) == SPACING


def test_a_number_glued_on_both_sides_gets_both_findings_and_one_fix_pass_mends_it(tmp_path):
    # "ngày15/4/2025tại": the word before the number is glued too; it is not an identifier like "COVID19abc"
    found = lint_text("Khai mạc ngày15/4/2025tại nhà văn hóa xã; mã COVID19abc.\n", select=["TDN205"]).findings
    assert [f.suggestion or f.replacement for f in found] == ["ngày 1", "5 tại"]
    p = tmp_path / "a.txt"
    p.write_text("Khai mạc ngày15/4/2025tại nhà văn hóa xã; ngày5tại hội trường.\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN205", "--fix", str(p))
    assert p.read_text(encoding="utf-8") == "Khai mạc ngày 15/4/2025 tại nhà văn hóa xã; ngày 5 tại hội trường.\n"


def test_padding_of_a_pipe_table_row_is_alignment_not_a_double_space():
    table = "| Điểm trường | Số sách |\n|---|---|\n| Tân Hiệp A  | 300     |\n"
    assert codes(lint_text(table, select=["TDN204"], name="a.md")) == []
    assert codes(lint_text("Tổ chức  hội nghị | có gạch đứng.\n", select=["TDN204"])) == ["TDN204"]
