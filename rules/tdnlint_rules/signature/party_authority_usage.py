import re

from tdnlint.api import Rule, Severity

from ._common import MEANING, PARTY_COLLECTIVE_RE, authorities, prefix, span_text


class PartyAuthorityUsage(Rule):
    code = "TDN532"
    name = "party-authority-usage"
    category = "signature"
    severity = Severity.ERROR
    profiles = frozenset({"party"})
    summary = "Văn bản cấp ủy ký thay mặt tập thể “T/M …”: không dùng “K/T BÍ THƯ”; phó bí thư ký “T/M BAN THƯỜNG VỤ” / “PHÓ BÍ THƯ”; cơ quan tham mưu có cấp phó ký thì “K/T TRƯỞNG BAN”."
    summary_en = "Party committees sign “T/M …” (never “K/T BÍ THƯ”); a deputy of an advisory organ signs “K/T …”."
    description = (
        "Áp dụng cho văn bản Đảng, theo Hướng dẫn 36-HD/VPTW, mục 1.7: văn bản của cấp ủy ký thay mặt tập thể “T/M "
        "…”, không dùng “K/T BÍ THƯ”; phó bí thư ký dưới dòng “T/M BAN THƯỜNG VỤ” (hoặc T/M tên cấp ủy) rồi “PHÓ BÍ "
        "THƯ”; cấp phó của cơ quan tham mưu, giúp việc (phó trưởng ban, phó chánh văn phòng …) ký “K/T <chức vụ cấp "
        "trưởng>”. Cấp phó ký văn bản của chính cấp ủy (tập thể) không bị đòi dòng “K/T”. Văn bản nhà nước và Mặt "
        "trận không bị xét. Không có sửa tự động; thông báo nêu dòng cần viết."
    )
    description_en = (
        "For Party documents, per Guidance 36-HD/VPTW, 1.7: a committee's document is signed “T/M …” on behalf of "
        "the collective, never “K/T BÍ THƯ”; a deputy secretary signs under “T/M BAN THƯỜNG VỤ” (or T/M and the "
        "committee's name) then “PHÓ BÍ THƯ”; a deputy of an advisory or assisting organ (deputy head of a board, "
        "deputy chief of office …) signs “K/T <head's title>”. A deputy signing for the committee itself (a "
        "collective) is not asked for a “K/T” line. State and Front documents are not checked. No automatic fix; the "
        "message names the line to write."
    )
    bad = "K/T BÍ THƯ\nPHÓ BÍ THƯ"
    good = "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"
    basis = "HD 36-HD/VPTW mục 1.7 [T]; spec HD36-SIG-02, HD36-SIG-03"

    def check(self, ctx):
        seg = ctx.segments
        auths = authorities(ctx)
        title = span_text(ctx, seg.signer_title).strip()
        issuer = " ".join(seg.text_of(sp) or "" for sp in seg.issuer).upper()
        for p, s, e, text in auths:
            pre = prefix(text)
            if MEANING.get(pre or "") == "KT" and re.search(r"\bBÍ\s+THƯ\b", text[len(pre):]):
                ctx.report(self, p, s, e,
                           message="Cấp ủy ký thay mặt tập thể: không dùng “K/T BÍ THƯ”; viết “T/M BAN THƯỜNG VỤ” "
                                   "(hoặc T/M tên cấp ủy) và dòng dưới “PHÓ BÍ THƯ”.",
                           message_en="A Party committee signs “T/M BAN THƯỜNG VỤ” / “PHÓ BÍ THƯ”, never “K/T BÍ THƯ”.",
                           suggestion="T/M BAN THƯỜNG VỤ")
                return
        if not title or seg.signer_title is None:
            return
        i, s, e = seg.signer_title
        p = ctx.document.paragraphs[i]
        meanings = {MEANING.get(prefix(t) or "") for *_, t in auths}
        if re.match(r"^PHÓ\s+BÍ\s+THƯ\b", title) and "TM" not in meanings:
            ctx.report(self, p, s, e,
                       message="Phó bí thư ký văn bản của cấp ủy phải có dòng “T/M BAN THƯỜNG VỤ” (hoặc T/M tên cấp ủy) phía trên.",
                       message_en="A deputy secretary signs under “T/M BAN THƯỜNG VỤ”.",
                       suggestion="T/M BAN THƯỜNG VỤ")
            return
        collective = bool(PARTY_COLLECTIVE_RE.search(issuer.split("*")[-1])) if issuer else False
        if re.match(r"^PHÓ\s+(TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|GIÁM\s+ĐỐC|TRƯỞNG\s+TIỂU\s+BAN)", title) \
                and not meanings & {"KT", "TL", "TM"} and not collective:
            head = title[4:].strip()
            ctx.report(self, p, s, e,
                       message=f"Cấp phó của cơ quan tham mưu, giúp việc ký thay cấp trưởng: thêm dòng “K/T {head}” phía trên.",
                       message_en=f"A deputy of an advisory organ signs under “K/T {head}”.",
                       suggestion=f"K/T {head}")
