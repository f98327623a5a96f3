from tdnlint.api import Rule, Severity

from ._common import report


class DoubleSpace(Rule):
    code = "TDN204"
    name = "double-space"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai dấu cách liền nhau trong đoạn văn."
    summary_en = "Repeated spaces inside a paragraph."
    bad = "I.  MỤC ĐÍCH, YÊU CẦU"
    good = "I. MỤC ĐÍCH, YÊU CẦU"
    basis = "convention (kỹ thuật trình bày: một dấu cách giữa hai từ)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, "Thừa dấu cách: có nhiều dấu cách liền nhau.", "Several spaces in a row.")
