from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import ALL_STATE_CODES, allowed_type_codes


class NumberTypeCode(Rule):
    code = "TDN111"
    name = "number-type-code"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản (KẾ HOẠCH ↔ KH, HƯỚNG DẪN ↔ HD …); công văn không có chữ viết tắt tên loại."
    summary_en = "The type code in the symbol does not match the document type; a State công văn has no type code."
    description = (
        "Nhóm chữ đầu tiên sau số phải là chữ viết tắt của tên loại văn bản: KẾ HOẠCH → KH, HƯỚNG DẪN → HD, BÁO CÁO "
        "→ BC … theo bảng chữ viết tắt tại Phụ lục III Nghị định 30/2020/NĐ-CP; văn bản Đảng và Mặt trận Tổ quốc "
        "dùng thêm chữ viết tắt riêng (quy định: QĐ hoặc QĐi). Công văn của cơ quan nhà nước, Mặt trận Tổ quốc không "
        "có chữ viết tắt tên loại — ký hiệu là “tên cơ quan-đơn vị soạn thảo”, ví dụ “/UBND-VX” — nên “/CV-UBND” hay "
        "“/KH-UBND” trên công văn bị báo. Văn bản quy phạm pháp luật có năm trong ký hiệu (“12/2025/QĐ-UBND”) được "
        "xét nhóm chữ sau năm; tên loại không có trong bảng thì không xét. --fix (với --unsafe-fixes) thay chữ viết "
        "tắt theo tên loại; cần xem lại vì có khi chính tên loại mới là chỗ sai."
    )
    description_en = (
        "The first letter group after the number is the code of the document type: KẾ HOẠCH → KH, HƯỚNG DẪN → HD, "
        "BÁO CÁO → BC … per NĐ 30/2020, Phụ lục III; Party and MTTQ documents also use their own codes (Quy định: QĐ "
        "or QĐi). A State or MTTQ công văn has no type code — its symbol is “issuer-drafting unit”, e.g. “/UBND-VX” "
        "— so “/CV-UBND” or “/KH-UBND” on a công văn is reported. A normative document with a year in its symbol "
        "(“12/2025/QĐ-UBND”) is judged on the group after the year; a type name outside the table is not checked. "
        "--fix (with --unsafe-fixes) writes the type's code; review it, since the type name may be the wrong half."
    )
    bad = plan(
        ("Số: 15/KH-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n", "Số: 15/BC-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục III [T]; spec ND30-TY-02, ND30-SO-04, 2.3 (Đảng), MTTQ-ABB-01"

    def check(self, ctx):
        seg = ctx.segments
        n = seg.number
        if n is None or not n.groups:
            return
        i, s, e = n.symbol_span
        p = ctx.document.paragraphs[i]
        sym = p.text[s:e].strip()
        s = s + (len(p.text[s:e]) - len(p.text[s:e].lstrip()))
        groups = n.groups
        if len(groups) > 1 and groups[0].isdigit() and len(groups[0]) == 4:
            # a legal normative document of a local authority carries its year ("12/2024/QĐ-UBND",
            # Luật BHVBQPPL): the type code is the group after the year
            groups = groups[1:]
        first = groups[0]
        profile = ctx.profile
        if seg.doc_type and seg.doc_type != "CÔNG VĂN":
            allowed = allowed_type_codes(seg.doc_type, profile)
            if allowed is None or first in allowed:
                return
            want = sorted(allowed)[0]
            # the fix rewrites number + symbol, the same span the citation rule TDN306 would rewrite, so the
            # engine keeps one finding when both see it
            start = n.number_span[1] if not n.blank else s
            good = (n.number if not n.blank else "") + sym.replace(first, want, 1)
            ctx.report(self, p, start, s + len(sym),
                       message=f"Tên loại “{seg.doc_type}” phải có chữ viết tắt “{'/'.join(sorted(allowed))}” trong ký hiệu, "
                               f"không phải “{first}”.",
                       message_en=f"Document type “{seg.doc_type}” takes the code “{'/'.join(sorted(allowed))}”, "
                                  f"not “{first}”.",
                       replacement=good, safe=False)
            return
        if seg.is_cong_van and profile in ("state", "mttq") and (first in ALL_STATE_CODES or first == "CV"):
            ctx.report(self, p, s, s + len(sym),
                       message=f"Công văn không có chữ viết tắt tên loại: ký hiệu là “tên cơ quan-đơn vị soạn thảo” "
                               f"(ví dụ “/UBND-VX”), không phải “{first}”.",
                       message_en="A State công văn has no type code: the symbol is ISSUER-UNIT (e.g. “/UBND-VX”).")
