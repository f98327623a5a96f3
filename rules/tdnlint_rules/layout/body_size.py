from collections import Counter

from tdnlint.api import Rule, Severity

from ._common import applies, effective_size, fmt_pt, runs_with_text

_RANGES = {"party": (14.0, 15.0)}
_DEFAULT = (13.0, 14.0)


class BodyFontSize(Rule):
    code = "TDN603"
    name = "body-font-size"
    category = "formatting"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "unknown": Severity.WARNING}
    formats = frozenset({"docx"})
    summary = "Cỡ chữ phần nội dung phải từ 13 đến 14 (văn bản Đảng: 14–15)."
    summary_en = "Body text size must be 13–14 pt (Party documents: 14–15 pt)."
    description = (
        "Cỡ chữ phần nội dung từ 13 đến 14, theo Nghị định 30/2020/NĐ-CP, Phụ lục I; văn bản Đảng từ 14 đến 15 theo "
        "mẫu của Hướng dẫn 36-HD/VPTW (cảnh báo). Đo cỡ chữ chiếm nhiều chữ cái nhất trong các đoạn nội dung; không "
        "tính phần đầu văn bản, nơi nhận, chữ ký (có cỡ riêng) và bảng. Không báo khi nội dung quá ngắn (dưới 200 "
        "chữ cái) và với phụ lục đứng riêng. Báo một lần cho cả văn bản, kèm cỡ đo được và cỡ cần có. Chỉ xét tệp "
        ".docx của văn bản nhận ra là văn bản hành chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định "
        "được hệ thống văn bản); phiếu trình không bị xét. Không có sửa tự động."
    )
    description_en = (
        "Body text is 13–14 pt, per Decree 30/2020/NĐ-CP, Appendix I; Party documents 14–15 pt after the templates "
        "of Guidance 36-HD/VPTW (a warning). The size holding most letters of the body paragraphs is measured; the "
        "header block, recipients and signature (which have their own sizes) and tables do not count. Not reported "
        "when the body is too short (under 200 letters) or for a stand-alone appendix. Reported once per document "
        "with the measured and the expected size. Only .docx files recognised as official documents (a national or "
        "Party header, a type name, or a known system) are checked; submission slips (phiếu trình) are not. No "
        "automatic fix."
    )
    bad = "Nội dung văn bản cỡ 12."
    good = "Nội dung văn bản cỡ 14."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, ND30-BODY-01 [T]; Đảng: HD 36 Phụ lục 3 (14–15) [E] (warning)"

    def check(self, ctx):
        if not applies(ctx) or getattr(ctx.segments, "standalone_appendix", False):
            return  # appendix sheets are mostly tables with their own sizes
        seg = ctx.segments
        paras = [ctx.document.paragraphs[i] for i in seg.basis + seg.body]
        paras = [p for p in paras if p.part == "body"]
        sizes: Counter[float] = Counter()
        first = {}
        for p, r, n in runs_with_text(ctx, paras):
            s = effective_size(ctx, r)
            if s:
                sizes[s] += n
                first.setdefault(s, p)
        if sum(sizes.values()) < 200:
            return  # too little body text to say anything
        size, _ = sizes.most_common(1)[0]
        lo, hi = _RANGES.get(ctx.profile, _DEFAULT)
        if lo - 0.01 <= size <= hi + 0.01:
            return
        p = first[size]
        ctx.report(self, p, 0, len(p.text.rstrip()),
                   message=f"Cỡ chữ phần nội dung là {fmt_pt(size)}; cần từ {fmt_pt(lo)} đến {fmt_pt(hi)}.",
                   message_en=f"Body text is {fmt_pt(size)} pt; expected {fmt_pt(lo)}–{fmt_pt(hi)} pt.",
                   suggestion=fmt_pt(hi if ctx.profile != "party" else lo))
