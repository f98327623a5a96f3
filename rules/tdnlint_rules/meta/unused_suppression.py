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
    description_en = """
Suppression directives (.txt/.md: `<!-- tdnlint-disable[-line|-next-line|-file] CODES -->`, closed by
`<!-- tdnlint-enable -->`; .docx: a Word comment starting with `tdnlint-disable CODES`) silence findings.
A directive that silenced nothing -- the problem was fixed, or the code is wrong -- hides future problems
and misleads the next reader, so it is reported.  Only codes of rules that actually ran are judged
(`--select` never makes a directive look unused).  For .txt/.md, `--fix` removes the directive (or keeps
only the codes still in use); in .docx delete the comment in Word.  The findings are produced by the
engine after suppressions are applied; select, ignore, per-file-ignores and severity work as for any rule.
"""
    bad = (
        "<!-- tdnlint-disable-next-line TDN999 -->\n"
        "Một dòng không có gì để tắt kiểm tra."
    )
    good = "Một dòng không có gì để tắt kiểm tra."
    basis = "convention (như RUF100 của ruff)"

    def check(self, ctx):
        return ()
