from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class OrganisationNameCase(Rule):
    code = "TDN430"
    name = "organisation-name-case"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Tên cơ quan, tổ chức viết hoa sai (\"Hội liên hiệp phụ nữ Việt Nam\", \"Ủy ban Nhân dân tỉnh\")."
    summary_en = "Wrong capitalisation in the name of an agency or organisation."
    description_en = """
Names of agencies and organisations capitalise the first letter of the words naming the kind of
body and its field ("Ban Tuyên giáo Tỉnh ủy", "Hội Liên hiệp Phụ nữ Việt Nam", "Sở Tư pháp") and
nothing else ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân").  The standard forms are learned from
the corpus of issued legal texts (a name is used only when one written form covers at least 97 %
of its occurrences in the middle of a sentence) plus an explicit list of Party, MTTQ and
provincial bodies.  A name whose head is written in lower case ("các ủy ban") is a common noun
and is reported only when the rest proves a name ("ban tuyên giáo Tỉnh ủy").  All-capitals and
title-cased lines (headings, table cells) are skipped.  The fix is safe for forms the corpus is
overwhelming about (≥ 200 uses, ≥ 99 %) and for the explicit list, unsafe otherwise.
"""
    bad = "Phối hợp với Hội liên hiệp phụ nữ Việt Nam và Ban tuyên giáo Tỉnh ủy; Ủy ban Nhân dân tỉnh chỉ đạo."
    good = "Phối hợp với Hội Liên hiệp Phụ nữ Việt Nam và Ban Tuyên giáo Tỉnh ủy; Ủy ban nhân dân tỉnh chỉ đạo."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục IV.1.a và IV.1.b (viết hoa tên cơ quan, tổ chức) [T]; dạng chuẩn học từ kho văn bản"

    def check(self, ctx):
        for hit in capitals_scan(ctx).names:
            report_hit(self, ctx, hit,
                       f"Tên cơ quan, tổ chức viết hoa chưa đúng: '{hit.written}' → '{hit.fix}'.",
                       f"Capitalisation of an organisation name: '{hit.written}' → '{hit.fix}'.")
