"""The n-gram table of official text, its build script, and the context checks it drives."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tarfile
from pathlib import Path

from conftest import ROOT, lint_text

from tdnlint.vietnamese.ngrams import MAGIC, load_ngrams, read_ngrams

SPELL = ["TDN401", "TDN402", "TDN403", "TDN404", "TDN405", "TDN406", "TDN407"]


def found(text: str, select=None) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in lint_text(text, select=select or SPELL).findings]


# ---- the committed table -----------------------------------------------------------------------

def test_committed_table_has_provenance_and_sensible_counts():
    ng = load_ngrams()
    assert re.fullmatch(r"[0-9a-f]{64}", ng.header["archive_sha256"])
    assert ng.header["split"] == "train"  # never built from the held-out documents
    for key in ("min_unigram", "min_bigram", "min_trigram", "clean_ratio", "tokens", "vocab", "blocks"):
        assert key in ng.header
    assert ng.count("thực", "hiện") > 1000 * max(1, ng.count("thức", "hiện"))
    assert ng.count("hội", "nghị") > 100 and ng.count("hồi", "nghị") == 0
    assert ng.count("phó", "chủ", "tịch") > 0  # trigrams
    assert ng.count("hòa", "bình") == ng.count("hoà", "bình") == ng.count("Hòa", "Bình")  # one tone style
    assert ng.count("xyzzy") == 0 and ng.count("quy", "xyzzy") == 0  # unknown words are not "<unk>"
    assert ng.count("<s>", "căn") > 0  # clause boundaries
    size = (ROOT / "tdnlint" / "data" / "ngrams.bin").stat().st_size
    assert size <= 8_000_000
    assert ng.memory_bytes() <= 60_000_000


def test_loader_rejects_a_file_of_another_format(tmp_path):
    import pytest

    bad = tmp_path / "x.bin"
    bad.write_bytes(b"something else\n@data\n")
    with pytest.raises(ValueError, match="magic"):
        read_ngrams(bad)


def _tiny_archive(path: Path) -> tuple[str, str]:
    """A synthetic corpus: our own sentences; returns (a held-out name, a training name)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from corpus import is_heldout

    names = [f"demo/van-ban-{i}.txt" for i in range(40)]
    held = next(n for n in names if is_heldout(n))
    train = next(n for n in names if not is_heldout(n))
    texts = {n: "Ủy ban nhân dân tỉnh tổ chức hội nghị.\nHội nghị tổng kết công tác năm 2024, thực hiện tốt.\n"
             for n in names}
    texts[held] = "Chim cánh cụt bay qua sa mạc.\n"  # only in a held-out document
    with tarfile.open(path, "w:xz") as tar:
        for name, text in texts.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo("./" + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return held, train


def test_build_script_on_a_tiny_archive_writes_a_table_the_loader_reads(tmp_path):
    archive = tmp_path / "tiny.tar.xz"
    _tiny_archive(archive)
    out = tmp_path / "ngrams.bin"
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "build_ngrams.py"), "--archive", str(archive),
                           "--out", str(out), "--min-trigram", "1"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(MAGIC + b"\n")
    ng = read_ngrams(out)
    assert ng.header["split"] == "train"
    assert ng.count("hội", "nghị") > 0 and ng.count("<s>", "hội") > 0
    assert ng.count("ủy", "ban", "nhân") > 0
    assert ng.count("nghị", "hội") == 0  # "hội nghị.\nHội nghị": a line break ends the clause
    assert ng.count("cánh", "cụt") == 0  # the held-out document is never counted
    assert ng.count("năm", "<num>") > 0


def test_committed_table_matches_the_build_format():
    """The shipped file has the header the current build script writes (same keys, same blocks)."""
    ng = load_ngrams()
    src = (ROOT / "tools" / "build_ngrams.py").read_text(encoding="utf-8")
    for key in re.findall(r'f"(\w+)=\{', src):
        assert key in ng.header, key
    assert len(ng.header["blocks"].split(",")) == 8
    assert len(ng.bigram_keys) == len(ng.bigram_counts) == int(ng.header["bigrams"])
    assert len(ng.trigram_keys) == len(ng.trigram_counts) == int(ng.header["trigrams"])
    assert list(ng.bigram_keys[:1000]) == sorted(ng.bigram_keys[:1000])


def test_rules_listing_does_not_load_the_model():
    code = ("import sys; from tdnlint.cli import main\n"
            "for args in (['--version'], ['rules']):\n"
            "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
            "m = sys.modules.get('tdnlint.vietnamese.ngrams')\n"
            "print('NG' if m is not None and m.load_ngrams.cache_info().currsize else 'NONG')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip().endswith("NONG")


# ---- real-word errors --------------------------------------------------------------------------

def test_real_word_slip_in_context_is_reported_with_the_frequent_word():
    assert found("Người đứng đâu cơ quan chịu trách nhiệm trước pháp luật.\n") == [("TDN403", "đâu", "đầu")]
    assert found("Trại tam giam có trách nhiệm bảo đảm an toàn.\n") == [("TDN403", "tam", "tạm")]


def test_real_word_fix_is_safe_only_when_overwhelming():
    # "đứng đầu" is a dictionary word, the corpus never pairs "đâu" with either neighbour here
    (f,) = lint_text("Người đứng đâu cơ quan chịu trách nhiệm.\n", select=["TDN403"]).findings
    assert f.fix is not None and f.fix.safe
    # the corpus alone (no dictionary word "tạm giam" in the lexicon): the fix needs --unsafe-fixes
    (f,) = lint_text("Trại tam giam có trách nhiệm bảo đảm an toàn.\n", select=["TDN403"]).findings
    assert f.fix is not None and not f.fix.safe


def test_correct_phrases_the_old_pair_list_flagged_are_left_alone():
    # the corpus shows these are ordinary as written
    assert found("Bên bán có nghĩa vụ giao cho bên mua đúng số lượng hàng hóa.\n") == []
    assert found("Dự báo mưa to, có nơi trên 100 mm; cả nước chủ động ứng phó.\n") == []


def test_words_of_other_prose_are_not_corrected_towards_legal_wording():
    # absent from legal codes, but correct: the model alone is not evidence enough
    assert found("Định lề trang văn bản; đấu tranh phản bác thông tin xấu độc.\n") == []
    assert found("Phong trào đổi sách cũ lấy cây xanh được hưởng ứng.\n") == []


def test_everyday_words_the_codes_lack_are_not_corrected():
    # general Vietnamese uses "bạn" about as often as "bản": the codes' silence is no evidence
    assert found("Đoàn viên thanh niên là bạn đồng hành của thiếu nhi trong mùa hè.\n") == []
    # a word the document uses again is its own vocabulary ("ấp", the hamlets of a southern commune)
    assert found("Trưởng ấp Tân Phú báo cáo; các ấp còn lại tiếp tục rà soát hộ nghèo.\n") == []
    # "công" is so frequent that it meets "điều" by chance: a pair far below chance is no evidence
    assert found("Nạo vét bùn đất tại các cống điều tiết của trạm bơm.\n") == []
    # a reduplication and the other i/y spelling are not slips
    assert found("Các em học sinh từ từ xếp hàng vào lớp theo qui định.\n") == []


def test_real_word_slips_the_strict_guard_missed_are_reported():
    # a letter slip into a rare syllable the codes lack ("nhuận" -> "nhun")
    assert found("Cơ quan báo chí trích lập quỹ nhun bút theo quy định.\n") == [("TDN403", "nhun", "nhuận")]
    # the example: "vệ kết" is common in the codes ("bảo vệ kết cấu"), "cáo vệ" is not
    assert found("Đề nghị các đơn vị báo cáo vệ kết quả thực hiện.\n") == [("TDN403", "vệ", "về")]
    # next to a capitalised name the corpus knows well with the correction
    assert found("Hội thảo giới thiệu vệ Việt Nam với bạn bè quốc tế.\n") == [("TDN403", "vệ", "về")]


def test_general_frequency_table_states_its_licence_and_source():
    from tdnlint.vietnamese.realword import general_frequencies

    path = ROOT / "tdnlint" / "data" / "general_freq.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [x for x in lines if x.startswith("#")]
    body = [x for x in lines if not x.startswith("#")]
    text = "\n".join(header)
    assert "CC BY-SA 4.0" in text and "wordfreq 3.1.1" in text and re.search(r"sha256: [0-9a-f]{64}", text)
    assert f"entries: {len(body)}" in text
    assert all(re.fullmatch(r"\S+\t\d\.\d\d", x) for x in body) and body == sorted(body)
    table = general_frequencies()
    assert len(table) == len(body)
    assert table["bạn"] > 6 > table["lề"] > 0  # Zipf scale: an everyday word, a rarer one
    assert "hoà" not in table and "hòa" in table  # the n-gram table's tone style


def test_names_and_codes_next_to_a_suspect_are_not_real_word_errors():
    assert found("Chỉ thị số 36-CT/TU ngày 23/01/2025 của Tỉnh ủy.\n") == []
    assert found("Ông Y Ngông Niê Kdăm và ông K'Bình tham gia Ban Chấp hành.\n") == []
    assert found("Đồng bào các dân tộc Ê-đê, Ba-na, Khơ-me tham gia ngày hội.\n") == []


# ---- capitalised words -------------------------------------------------------------------------

def test_capitalised_non_syllables_are_checked_like_other_words():
    assert found("Khảo sát ở hướng Ttây Bẳc của tỉnh.\n", ["TDN401"]) == [
        ("TDN401", "Ttây", "Tây"), ("TDN401", "Bẳc", "Bắc")]


def test_capitalised_names_that_look_like_names_pass():
    assert found("Hợp tác với tỉnh Hủa Phăn (Lào), huyện Krông Pắc, xã Ea Kdăm.\n") == []


# ---- TDN410 once per document ------------------------------------------------------------------

def test_mixed_tone_style_is_one_finding_with_all_places():
    r = lint_text("Uỷ ban, uỷ quyền, hoà nhập, Ủy viên; hòa bình, hòa giải, thủy lợi.\n", select=["TDN410"])
    (f,) = r.findings
    assert f.text == "Uỷ" and "3" in f.message
    assert [(x.column, x.text) for x in f.related] == [(9, "uỷ"), (19, "hoà")]
    assert len(f.fix.edits) == 3 and f.fix.safe


def _suspects_by_position(model, parts):
    """The definition RealWordModel.suspects implements, one position at a time (the reference)."""
    from tdnlint.vietnamese.ngrams import BOS, NUM, UNK
    from tdnlint.vietnamese.orthography import parse

    ids = [BOS, *(model.pass_ids.get(w, UNK) for w in parts), BOS]
    unknown = set()
    for j, x in enumerate(ids):
        if x == UNK:
            word = parts[j - 1]
            if word[0].isdigit():
                ids[j] = NUM
            elif word in model.syllables and (len(word) > 2 or not word.isascii()) and parse(word) is not None:
                unknown.add(j)
    out = []
    for j in range(1, len(ids) - 1):
        if ids[j] <= NUM and j not in unknown:
            continue
        word, left, right = parts[j - 1], ids[j - 1], ids[j + 1]
        rare_left = j in unknown or (left << 16 | ids[j]) not in model.common
        rare_right = j in unknown or (ids[j] << 16 | right) not in model.common
        cset = {c for c, _ in model.candidates(word)}
        if (rare_left and left != UNK and cset & model.follows(left)) or (
                rare_right and right != UNK and cset & model.precedes(right)):
            out.append((j - 1, left, right))
    return out


def test_suspects_are_the_positions_of_the_plain_definition():
    """The per-process memo of rare bigrams and the slices of keys change nothing: the same positions as a
    loop over every position, on text with numbers, breaks, unknown syllables and the other tone style."""
    from tdnlint.vietnamese import realword
    from tdnlint.vietnamese.checker import _split_words
    from tdnlint.vietnamese.lexicon import base_lexicon

    model = realword.RealWordModel(load_ngrams())
    model.syllables = base_lexicon().syllables
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/spelling").rglob("*.txt"))]
    texts.append("Người đứng đâu cơ quan hoà giải, thuỷ lợi 2025 trại tam giam dăn hợi\nquỹ nhun bút chỉ đao")
    for text in texts:
        parts = _split_words("\x00".join(text.lower().splitlines()))
        for _ in range(2):  # cold, then from the memo
            assert model.suspects(parts, set(parts)) == _suspects_by_position(model, parts)
    saved = realword._RARE_MEMO, realword._KEY_SLICE
    realword._RARE_MEMO, realword._KEY_SLICE = 10, 7  # a memo emptied on the way, keys in small slices
    try:
        parts = _split_words("\x00".join("\n".join(texts).lower().splitlines()))
        assert model.suspects(parts) == _suspects_by_position(model, parts)
    finally:
        realword._RARE_MEMO, realword._KEY_SLICE = saved


def test_vietnamised_loanwords_are_words_not_glued_syllables_or_typos():
    # tools/wordlists/loanwords.txt: attested as whole tokens, and the pairs next to them are no evidence
    text = ("Bón phân nitơ, phốtpho và kali; bệnh nhân được thở ôxy; tiêm vắcxin cho trẻ; "
            "máy chạy dầu điêzen; sửa ăngten; dùng iốt sát trùng.\n")
    assert [f for f in lint_text(text, select=["TDN4"]).findings] == []
    # the ASCII spelling "oxy" is a spelling of its own, not "ôxy" without the hat
    assert found("Khí oxy hóa lỏng dùng trong công nghiệp.\n") == []


def test_curated_pairs_ordinary_in_their_context_are_not_reported():
    # the corpus has the typed pair next to the same word at least a quarter as often as the term
    assert found("Học sinh năm cuối của khóa học được học lại.\n") == []
    assert found("Nhà trường đào tạo theo niên chế.\n") == []
    assert found("Giấy chứng nhận được phát\nhành không quá 15 ngày.\n") == []
    # an OCR typo the corpus repeats is still far below its term there
    assert ("TDN403", "yêu câu", "yêu cầu") in found("Thực hiện theo yêu câu của cơ quan cấp trên.\n")


def test_a_correction_that_never_ends_a_clause_is_not_offered_at_the_end_of_one():
    assert found("Ghi bằng bút mực không phai.\n") == []


def test_letter_index_finds_the_letter_slips_that_building_every_variant_finds():
    """RealWordModel.candidates looks letter slips up in a deletion index (LetterIndex) instead of building
    every variant of a word: the same slips, diacritic or letter, for words of every shape."""
    from tdnlint.vietnamese.realword import LetterIndex, _slips

    ng = load_ngrams()
    vocab = [w for w in ng.vocab[3:] if w]
    index = LetterIndex(vocab[::2])  # half the vocabulary, so that some variants are not in it
    words = [*vocab[::7], "hoà", "thuỷ", "điu", "be", "thai", "nhun", "aab", "quyét", "đieu", "xyz", "a", "ngươi"]
    for w in words:
        assert _slips(w, index) == _slips(w, index.words), w
    # and the spelling checker's swaps and insertions of an ASCII word ("kihn" -> "kinh", "trin" -> "triển"? no:
    # one letter only), looked up in the same kind of index over the syllables
    from tdnlint.vietnamese.checker import _swaps_and_insertions
    from tdnlint.vietnamese.lexicon import base_lexicon
    from tdnlint.vietnamese.orthography import LOWER_LETTERS

    syllables = base_lexicon().syllables
    by_syllable = LetterIndex(syllables)
    for w in ["kihn", "trin", "nguoi", "coong", "phat", "xyz", "ab", *sorted(syllables)[::50]]:
        assert by_syllable.swaps_and_insertions(w, frozenset(LOWER_LETTERS)) == _swaps_and_insertions(w) & syllables
