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


def _share_reference(texts: list[str]) -> bool:
    """is_vietnamese counted the slow way: whole 4,000-token sample, no early decision."""
    import re

    vn_re = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]\\S*")
    tokens = vn = 0
    sample = []
    for text in texts:
        if not text:
            continue
        sample.append(text)
        tokens += len(text.split())
        vn += len(vn_re.findall(text))
        if tokens >= 4000:
            break
    if vn and vn >= 0.05 * tokens:
        return True
    words = sum(1 for t in sample for w in t.split() if any(c.isalpha() for c in w))
    if vn == 0 and words >= 5:
        return False
    return words < 40 or vn / words >= 0.05


def test_early_decision_gives_the_answer_of_the_whole_sample():
    import random

    from tdnlint.analysis.language import is_vietnamese
    from tdnlint.model import Document, Paragraph

    rnd = random.Random(14)
    vocab_vn, vocab_en = ["việt", "đơn", "ưu", "quyết", "định"], ["the", "of", "report", "12", "–", "x"]
    for _ in range(300):
        texts = []
        share = rnd.random() ** 3  # mostly foreign text, so the 5 % threshold is crossed late or never
        for _ in range(rnd.randint(0, 12)):
            n = rnd.choice([0, 1, 5, 40, 300, 3000])
            texts.append(" ".join(rnd.choice(vocab_vn if rnd.random() < share else vocab_en) for _ in range(n)))
        doc = Document(path="x.txt", format="txt",
                       paragraphs=[Paragraph(index=i, text=t, part="body") for i, t in enumerate(texts)])
        assert is_vietnamese(doc) == _share_reference(texts), texts
