from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class GluedWords(Rule):
    code = "TDN404"
    name = "glued-words"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai âm tiết bị dính liền, thiếu dấu cách (\"tỉnhvề\" → \"tỉnh về\")."
    summary_en = "Two syllables glued together without a space (\"tỉnhvề\" → \"tỉnh về\")."
    description = (
        "Phát hiện hai âm tiết bị dính liền do thiếu dấu cách (“tỉnhvề” → “tỉnh về”, “Kếhoạch” → “Kế hoạch”). Chỉ "
        "báo khi chữ dính liền không phải là một âm tiết và chỉ có đúng một cách tách thành hai âm tiết có thật (nếu "
        "có nhiều cách, từ bên cạnh quyết định). Không báo trong đoạn văn tiếng nước ngoài, đường dẫn, địa chỉ thư "
        "điện tử, tên tệp, ký hiệu văn bản; chữ viết hoa giữa câu chỉ được báo khi hai nửa tách ra thành một từ có "
        "nghĩa. Căn cứ: chính tả tiếng Việt (quy ước chung). Với --fix: chỉ đề xuất chèn dấu cách, sửa khi dùng thêm "
        "--unsafe-fixes."
    )
    description_en = (
        "Finds two syllables glued together without a space (“tỉnhvề” → “tỉnh về”, “Kếhoạch” → “Kế hoạch”). Reported "
        "only when the glued form is not a syllable and exactly one split gives two real syllables (the neighbouring "
        "words decide between several). Not reported in foreign-language passages, links, e-mail addresses, file "
        "names and document codes; a capitalised word in mid-sentence is reported only when its two halves make a "
        "word. Basis: Vietnamese spelling (general convention). With --fix the space is only suggested (applied with "
        "--unsafe-fixes)."
    )
    bad = "Ban Thường trực Ủy ban MTTQ tỉnhvề việc tổ chức hội nghị."
    good = "Ban Thường trực Ủy ban MTTQ tỉnh về việc tổ chức hội nghị."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "glued"):
            s = issue.suggestions[0]
            report_issue(self, ctx, issue,
                         f"'{issue.text}' bị dính chữ: nên là '{s}'.",
                         f"'{issue.text}' has two words glued together: '{s}'.")
