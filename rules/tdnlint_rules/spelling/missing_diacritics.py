from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class MissingDiacritics(Rule):
    code = "TDN402"
    name = "missing-diacritics"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Thuật ngữ hành chính bị thiếu dấu (\"Ket luận\" → \"Kết luận\")."
    summary_en = "Administrative term typed without its diacritics (\"Ket luận\" → \"Kết luận\")."
    description = (
        "Phát hiện thuật ngữ hành chính hoặc từ thông dụng bị gõ thiếu dấu (“Ket luận” → “Kết luận”, “cac” → “các”). "
        "Chỉ báo trong đoạn văn tiếng Việt, khi chữ gõ không dấu không phải là một từ có thật và chỉ ứng với đúng "
        "một từ phù hợp ngữ cảnh. Không báo: chữ viết hoa giữa câu (tên riêng, nhãn hiệu), chữ viết tắt in hoa, đoạn "
        "văn tiếng nước ngoài, văn bản gõ không dấu từ đầu đến cuối, địa chỉ thư điện tử và đường dẫn. Căn cứ: chính "
        "tả tiếng Việt (quy ước chung, không có mục riêng trong quy định về thể thức). Với --fix: thuật ngữ hành "
        "chính đã biết được sửa tự động; một từ đơn lẻ chỉ được đề xuất, sửa khi dùng thêm --unsafe-fixes."
    )
    description_en = (
        "Finds an administrative term or a common word typed without its diacritics (“Ket luận” → “Kết luận”, “cac” "
        "→ “các”). Reported only in Vietnamese paragraphs, when the unaccented form is not itself a word and matches "
        "exactly one word that fits the context. Not reported: capitalised words in mid-sentence (names, brands), "
        "all-capital acronyms, foreign-language passages, a document typed entirely without diacritics, e-mail "
        "addresses and links. Basis: Vietnamese spelling (general convention, no item in the regulations on form). "
        "With --fix, known administrative terms are corrected; a single word is only suggested (applied with "
        "--unsafe-fixes)."
    )
    bad = "Ket luận của Ban Thường vụ về công tac cán bộ."
    good = "Kết luận của Ban Thường vụ về công tác cán bộ."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "missing-diacritics"):
            s = issue.suggestions[0]
            report_issue(self, ctx, issue,
                         f"'{issue.text}' thiếu dấu: nên viết '{s}'.",
                         f"'{issue.text}' lacks its diacritics: write '{s}'.")
