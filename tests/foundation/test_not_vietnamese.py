from conftest import codes, lint_text

ENGLISH = ("This quarterly report describes the work of the office in the first quarter. " * 8) + "\n"


def test_english_text_gets_one_notice_instead_of_missing_parts():
    found = codes(lint_text(ENGLISH))
    assert "TDN010" in found
    assert not [c for c in found if c.startswith(("TDN1", "TDN5", "TDN3"))]


def test_vietnamese_text_is_checked_for_form():
    text = ("Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm tới. " * 6) + "\n"
    found = codes(lint_text(text))
    assert "TDN010" not in found
    assert "TDN101" in found  # no national header: reported because the text is Vietnamese
