from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class StrayCapital(Rule):
    code = "TDN434"
    name = "stray-capital"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Từ thông thường viết hoa giữa câu (\"tổ chức Tại các xã\", \"hiệu lực thi Hành\")."
    summary_en = "A common word capitalised in the middle of a sentence."
    description_en = """
A word that the corpus of issued legal texts (almost) never capitalises right after a lower-case
word — grammatical words and common verbs ("về", "việc", "tại", "của", "trong") — written with a
capital right after a lower-case word (or a comma after one).  Sentence starts, headings,
title-cased or all-capitals lines, the inside of known names, a word after "và"/"hoặc" or after
two capitalised words (a name or a title goes on: "Bộ phận Tiếp nhận và Trả kết quả") are skipped.
The trích yếu after a cited document's number ("Nghị định 08/2020/NĐ-CP Về …") is left alone: it
is the document's name (V.6).  The fix (lower case) is safe.
"""
    bad = "Hội nghị được tổ chức Tại các xã, Trong đó ưu tiên xã khó khăn."
    good = "Hội nghị được tổ chức tại các xã, trong đó ưu tiên xã khó khăn."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (chỉ viết hoa vì phép đặt câu sau dấu chấm, khi xuống dòng) [T]; danh sách từ học từ kho văn bản"

    def check(self, ctx):
        for hit in capitals_scan(ctx).stray_capitals:
            report_hit(self, ctx, hit,
                       f"Từ '{hit.written}' giữa câu không viết hoa: '{hit.fix}'.",
                       f"'{hit.written}' in the middle of a sentence should be '{hit.fix}'.")
