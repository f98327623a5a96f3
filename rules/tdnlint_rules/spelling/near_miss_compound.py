from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class NearMissCompound(Rule):
    code = "TDN403"
    name = "near-miss-compound"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai âm tiết đúng nhưng không thành từ, gần với một từ hành chính thông dụng (\"Đối mới\" → \"Đổi mới\")."
    summary_en = "Two real syllables forming no word, one slip away from a common administrative word."
    description = (
        "Phát hiện hai âm tiết đều có thật nhưng ghép lại không thành từ và chỉ cách một lỗi gõ (sai dấu thanh, dấu "
        "mũ, dấu móc, d/đ hoặc một chữ cái) so với một từ hành chính thông dụng (“Đối mới” → “Đổi mới”, “chỉ đao” → "
        "“chỉ đạo”); ngoài ra báo một âm tiết có thật nhưng đặt sai chỗ khi thống kê văn bản đã ban hành cho thấy "
        "một chữ gần giống hợp ngữ cảnh hơn hẳn. Quy tắc thận trọng: không báo khi cặp chữ là một từ có thật, khi âm "
        "tiết bị nghi tạo thành từ với chữ đứng cạnh phía bên kia (“phản đối mới”), khi đó là hư từ (“các bộ”), tên "
        "riêng viết hoa (“Gia Bình”), chữ in hoa ngoài dòng in hoa, một phần của ký hiệu văn bản hoặc tên có gạch "
        "nối. Căn cứ: chính tả tiếng Việt (quy ước chung). Với --fix: thường chỉ đề xuất, sửa khi dùng thêm "
        "--unsafe-fixes; chỉ lỗi sai dấu thật rõ ràng mới được sửa tự động."
    )
    description_en = (
        "Finds two real syllables that form no word and are one slip (tone, hat or horn mark, d/đ, or one letter) "
        "away from a common administrative word (“Đối mới” → “Đổi mới”, “chỉ đao” → “chỉ đạo”); it also reports a "
        "real syllable in the wrong place when statistics of issued documents show that a near form fits the context "
        "far better. Conservative: not reported when the pair is a real word, when the suspect syllable forms a word "
        "with its other neighbour (“phản đối mới”), for grammatical words (“các bộ”), capitalised names (“Gia "
        "Bình”), capitals outside an all-capital line, parts of document codes and hyphenated names. Basis: "
        "Vietnamese spelling (general convention). With --fix the correction is usually only suggested (applied with "
        "--unsafe-fixes); only an overwhelming diacritic slip is corrected automatically."
    )
    bad = "Tiếp tục Đối mới nội dung, phương thức hoạt động; chỉ đao sát sao."
    good = "Tiếp tục Đổi mới nội dung, phương thức hoạt động; chỉ đạo sát sao."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "near-miss", "real-word"):
            s = issue.suggestions[0]
            if issue.kind == "real-word":
                report_issue(self, ctx, issue,
                             f"'{issue.text}' hầu như không gặp trong ngữ cảnh này trong văn bản hành chính; "
                             f"có phải '{s}'?",
                             f"'{issue.text}' is almost never used in this context in official text; "
                             f"did you mean '{s}'?")
                continue
            report_issue(self, ctx, issue,
                         f"'{issue.text}' không thành từ; có phải '{s}'?",
                         f"'{issue.text}' is not a word; did you mean '{s}'?")
