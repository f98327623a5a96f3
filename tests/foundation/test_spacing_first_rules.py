from conftest import codes, lint_text


def test_comma_glued_to_next_word_is_reported_with_fix():
    text = "Thực hiện hướng dẫn năm 2021,Ban Thường trực hướng dẫn.\n"
    [f] = lint_text(text, select=["TDN201"]).findings
    assert (f.rule, f.line, f.column, f.text) == ("TDN201", 1, text.index(",") + 1, ",")
    assert f.fix and f.fix.edits[0].replacement == ", "


def test_dot_between_abbreviation_letters_is_not_reported():
    assert codes(lint_text("Tại TP.HCM và Q.1 có 1.000 người.\n", select=["TDN201"])) == []


def test_email_and_url_are_not_checked_for_spacing():
    text = "Gửi về địa chỉ mttq.tinh@gmail.com hoặc www.mattran.org.vn,Ban.\n"
    assert [f.text for f in lint_text(text, select=["TDN201"]).findings] == [","]


def test_number_glued_to_word():
    r = lint_text("Hướng dẫn ngày 04/03/2021của Ban Thường trực.\n", select=["TDN205"])
    [f] = r.findings
    assert f.text == "04/03/2021của" and f.suggestion == "04/03/2021 của"


def test_units_after_numbers_are_fine():
    assert codes(lint_text("Dài 20km, rộng 5ha, giá 500.000đ, lúc 9h30.\n", select=["TDN205"])) == []


def test_glued_capitalised_words():
    r = lint_text("báo cáo về BanThường trực.\n", select=["TDN206"])
    assert [f.suggestion for f in r.findings] == ["Ban Thường"]


def test_brand_names_are_not_glued_words():
    assert codes(lint_text("Đăng trên Facebook, YouTube và TikTok.\n", select=["TDN206"])) == []


def test_one_sided_dash_in_range():
    r = lint_text("Giai đoạn 2021 -2025 và kinh tế- xã hội.\n", select=["TDN207"])
    assert [f.text for f in r.findings] == [" -", "- "]


def test_party_code_with_space_is_left_to_citation_rules():
    assert codes(lint_text("Số 69 -HD/BTGTU\n", select=["TDN207"])) == []


def test_double_space_and_space_before_punctuation():
    r = lint_text("I.  MỤC ĐÍCH , YÊU CẦU\n", select=["TDN202", "TDN204"])
    assert sorted(codes(r)) == ["TDN202", "TDN204"]


def test_nfd_input_reports_original_columns():
    import unicodedata

    text = unicodedata.normalize("NFD", "Việt Nam,Hà Nội\n")
    [f] = lint_text(text, select=["TDN201"]).findings
    # the comma is at code point 12 of the decomposed line (1-based column 13)
    assert f.column == text.index(",") + 1


def test_party_heading_number_dash_is_not_a_range():
    text = "I- MỤC ĐÍCH, YÊU CẦU\n2- Nhiệm vụ cụ thể\na- Tuyên truyền\n"
    assert codes(lint_text(text, select=["TDN207"])) == []


def test_legacy_encoded_text_is_not_read_as_glued_words():
    text = "Uû ban nh©n d©n tØnh. QuyÕt ®Þnh vÒ viÖc thµnh lËp Ban ChØ ®¹o. C¨n cø LuËt Tæ chøc chÝnh quyÒn.\n" * 3
    assert codes(lint_text(text, select=["TDN206"])) == []


def test_name_with_number_is_not_a_range():
    assert codes(lint_text("Phòng, chống dịch COVID -19 trên địa bàn.\n", select=["TDN207"])) == []
