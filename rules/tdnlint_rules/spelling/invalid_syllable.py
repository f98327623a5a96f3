from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class InvalidSyllable(Rule):
    code = "TDN401"
    name = "invalid-syllable"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Âm tiết không có trong tiếng Việt (gõ nhầm, sót phím Telex/VNI): đề xuất từ đúng."
    summary_en = "Syllable that does not exist in Vietnamese (typo, Telex/VNI leftover), with a suggestion."
    description = (
        "Kiểm tra từng âm tiết theo quy tắc ghép vần tiếng Việt (phụ âm đầu, vần, dấu thanh) và theo danh sách các "
        "âm tiết có thật, để phát hiện chữ gõ nhầm như “cuông”, “đạon” và phím gõ Telex, VNI còn sót như “cuar”, "
        "“ddoàn”, “vie65t”. Đây là lỗi chính tả khách quan, không phụ thuộc văn phong; quy định về thể thức văn bản "
        "không có mục riêng cho lỗi này. Quy tắc không báo: chữ không dấu không mang dấu hiệu gõ Telex (coi là từ "
        "nước ngoài, tên riêng, đơn vị đo), chữ viết tắt in hoa, chữ viết hoa giữa câu (coi là tên riêng, trừ khi từ "
        "bên cạnh cho thấy rõ là gõ nhầm), đoạn văn tiếng nước ngoài, ký hiệu văn bản, địa chỉ thư điện tử, đường "
        "dẫn và văn bản gõ bằng bảng mã cũ (đã có TDN421). Từ riêng của cơ quan khai báo trong mục extra-words hoặc "
        "word-list của tệp cấu hình .tdnlint.toml được chấp nhận, ignore-words bỏ qua một từ. Với --fix: phím Telex, "
        "VNI còn sót và lỗi chỉ sai dấu được từ bên cạnh xác nhận thì sửa tự động; các trường hợp khác chỉ đề xuất, "
        "sửa khi dùng thêm --unsafe-fixes."
    )
    description_en = (
        "Checks every syllable against Vietnamese spelling (initial consonant, rhyme, tone mark) and against the "
        "list of syllables that exist, so typos such as “cuông”, “đạon” and leftover Telex/VNI keystrokes such as "
        "“cuar”, “ddoàn”, “vie65t” are found. This is an objective spelling error; the regulations on document form "
        "have no item of their own for it. Not reported: unaccented words without Telex evidence (taken as foreign "
        "words, names or units), all-capital acronyms, capitalised words in mid-sentence (taken as names unless a "
        "neighbouring word shows a slip), foreign-language passages, document codes, e-mail addresses, links, and "
        "text in a legacy encoding (TDN421 reports that). Words listed in extra-words or word-list of .tdnlint.toml "
        "are accepted; ignore-words silences a word. With --fix, Telex/VNI leftovers and diacritic-only slips "
        "confirmed by the neighbouring word are corrected; other cases are only suggested (applied with "
        "--unsafe-fixes)."
    )
    bad = "Tăng cuông công tác ddoàn kết cuar Mặt trận trong giai đạon mới."
    good = "Tăng cường công tác đoàn kết của Mặt trận trong giai đoạn mới."
    basis = ("chính tả tiếng Việt: âm tiết không thể có hoặc không tồn tại (khách quan, không phụ thuộc văn phong); "
             "không có mục riêng trong spec")

    def check(self, ctx):
        for issue in issues(ctx, "invalid", "telex", "vni"):
            s = issue.suggestions
            if issue.kind in ("telex", "vni"):
                how = "Telex" if issue.kind == "telex" else "VNI"
                msg = f"'{issue.text}' là phím gõ {how} còn sót, không phải chữ tiếng Việt: nên là '{s[0]}'."
                msg_en = f"'{issue.text}' is a leftover {how} keystroke sequence; did you mean '{s[0]}'?"
            elif s:
                alts = ", ".join(f"'{x}'" for x in s)
                msg = f"'{issue.text}' không phải âm tiết tiếng Việt; có thể là {alts}."
                msg_en = f"'{issue.text}' is not a Vietnamese syllable; maybe {alts}."
            else:
                msg = f"'{issue.text}' không phải âm tiết tiếng Việt (kiểm tra lỗi gõ)."
                msg_en = f"'{issue.text}' is not a Vietnamese syllable (check for a typo)."
            report_issue(self, ctx, issue, msg, msg_en)
