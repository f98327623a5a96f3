from tdnlint.api import PARTY_HEADER, Rule, Severity

from .._examples import PARTY_PLAN, plan


class PartyHeaderSpelling(Rule):
    code = "TDN104"
    name = "party-header-spelling"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” viết sai (chữ hoa, dấu)."
    summary_en = "The Party header is not written “ĐẢNG CỘNG SẢN VIỆT NAM”."
    bad = plan(
        ("ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN VIỆT NAM\n", "ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN Việt Nam\n"),
        base=PARTY_PLAN,
    )
    good = PARTY_PLAN
    basis = "HD 36-HD/VPTW, tiêu đề [T]; spec HD36-TD-01"

    def check(self, ctx):
        span = ctx.segments.party_header
        if span is None:
            return
        i, s, e = span
        p = ctx.document.paragraphs[i]
        if " ".join(p.text[s:e].split()) != PARTY_HEADER:
            ctx.report(self, p, s, e,
                       message=f"Tiêu đề Đảng viết sai: “{p.text[s:e]}”.",
                       message_en=f"Party header written wrongly: “{p.text[s:e]}”.",
                       replacement=PARTY_HEADER)


class BothHeaders(Rule):
    code = "TDN105"
    name = "both-headers"
    category = "header"
    severity = Severity.ERROR
    summary = "Văn bản có cả Quốc hiệu và tiêu đề Đảng; chỉ được dùng một."
    summary_en = "Both the national header and the Party header are present; use exactly one."
    bad = "ĐẢNG CỘNG SẢN VIỆT NAM … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    good = "ĐẢNG CỘNG SẢN VIỆT NAM (văn bản Đảng) hoặc Quốc hiệu (văn bản nhà nước, MTTQ)"
    basis = "spec PROF-01 [T/E]"

    def check(self, ctx):
        seg = ctx.segments
        if seg.party_header and seg.national_header:
            keep = "tiêu đề Đảng" if ctx.profile == "party" else "Quốc hiệu"
            i, s, e = seg.national_header if ctx.profile == "party" else seg.party_header
            p = ctx.document.paragraphs[i]
            ctx.report(self, p, s, e,
                       message=f"Văn bản có cả Quốc hiệu và tiêu đề Đảng; giữ {keep} phù hợp với cơ quan ban hành.",
                       message_en="Both the national and the Party header are present; keep the one that fits the issuer.")
