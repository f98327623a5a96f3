from tdnlint.api import Rule, Severity


class UnusedSuppression(Rule):
    """Declared here so it is listed, documented and selectable like any rule.

    The findings are produced by the engine (``tdnlint/suppress.py``), which is the
    only place that knows which directives silenced something: ``check`` does nothing.
    """

    code = "TDN001"
    name = "unused-suppression"
    category = "hygiene"
    severity = Severity.WARNING
    fixable = True
    summary = "Chỉ thị tắt kiểm tra (tdnlint-disable…) không tắt phát hiện nào, hoặc ghi mã không tồn tại."
    summary_en = "A tdnlint-disable directive that suppresses nothing, or names an unknown code."
    description = (
        "Chỉ thị tắt kiểm tra dùng để bỏ qua một phát hiện đã được xem xét: trong tệp .txt, .md là dòng chú thích "
        "“<!-- tdnlint-disable-next-line MÃ -->” (và các dạng -line, -file, tdnlint-enable); trong tệp .docx là nhận "
        "xét Word bắt đầu bằng “tdnlint-disable MÃ”. Chỉ thị không còn tắt phát hiện nào — vì lỗi đã được sửa hoặc "
        "ghi nhầm mã — sẽ che lỗi mới về sau và làm người đọc sau hiểu lầm, nên được báo. Chỉ xét mã của các quy tắc "
        "đã chạy trong lần kiểm tra: khi chỉ chọn một số quy tắc (--select), chỉ thị của quy tắc khác không bị coi "
        "là thừa. Đây là quy ước của công cụ, không phải quy định về thể thức. Với tệp .txt, .md, --fix xóa chỉ thị "
        "(hoặc chỉ giữ các mã còn dùng); với tệp .docx, hãy xóa nhận xét trong Word."
    )
    description_en = (
        "Suppression directives silence a finding that has been reviewed: in .txt/.md an HTML comment “<!-- "
        "tdnlint-disable-next-line CODE -->” (and the -line, -file and tdnlint-enable forms); in .docx a Word "
        "comment starting with “tdnlint-disable CODE”. A directive that silences nothing — the problem was fixed, or "
        "the code is wrong — would hide future problems and mislead the next reader, so it is reported. Only codes "
        "of rules that ran are judged: with --select, directives of other rules never look unused. A convention of "
        "the tool, not a form regulation. In .txt/.md --fix removes the directive (or keeps only the codes still in "
        "use); in .docx delete the comment in Word."
    )
    bad = (
        "<!-- tdnlint-disable-next-line TDN999 -->\n"
        "Một dòng không có gì để tắt kiểm tra."
    )
    good = "Một dòng không có gì để tắt kiểm tra."
    basis = "convention (như RUF100 của ruff)"

    def check(self, ctx):
        return ()
