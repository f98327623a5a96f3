from tdnlint.api import Edit, Fix, Rule, Severity
from tdnlint.api import citation_codes as codes

from ._common import para


class AdminSymbolWithYear(Rule):
    code = "TDN308"
    name = "admin-symbol-with-year"
    category = "citation"
    severity = Severity.WARNING
    fixable = True
    summary = "Văn bản hành chính (kế hoạch, hướng dẫn, báo cáo, thông báo…) không có năm trong số, ký hiệu."
    summary_en = "Administrative documents (plans, guidance, reports, notices …) carry no year in their symbol."
    description = (
        "Chỉ văn bản quy phạm pháp luật mới có năm trong số, ký hiệu (Luật Ban hành văn bản quy phạm pháp luật 2015, "
        "Điều 10); kế hoạch, hướng dẫn, báo cáo, thông báo, tờ trình, kết luận … không ghi năm: “15/KH-UBND”, không "
        "viết “15/2024/KH-UBND”. Là cảnh báo vì dựa trên thông lệ. Không xét: ký hiệu có năm trước 2009 hoặc được "
        "dẫn với ngày trước 2009 (cách đánh số cũ); ký hiệu của doanh nghiệp, đơn vị ngoài khối nhà nước, Đảng, Mặt "
        "trận Tổ quốc (trích đúng như khi ban hành). --fix (với --unsafe-fixes) bỏ năm khỏi ký hiệu."
    )
    description_en = (
        "Only normative legal documents put the year in the symbol (Law on normative documents 2015, Article 10); "
        "plans, guidance, reports, notices, submissions, conclusions … do not: “15/KH-UBND”, not “15/2024/KH-UBND”. "
        "A warning, as this rests on observed practice. Not checked: symbols with a year before 2009 or cited with a "
        "date before 2009 (old numbering); symbols of companies and units outside the State, Party and MTTQ families "
        "(quoted as issued). --fix (with --unsafe-fixes) removes the year."
    )
    bad = "Kế hoạch số 15/2024/KH-UBND ngày 10/01/2024"
    good = "Kế hoạch số 15/KH-UBND ngày 10/01/2024"
    basis = "ND30-QPPL-02 [O]; Luật BHVBQPPL 2015 Điều 10 (năm chỉ có ở văn bản QPPL) [T]"

    def check(self, ctx):
        for cit in ctx.citations.items:
            sym = cit.symbol
            if sym.year is None or sym.type_code not in codes.ADMIN_ONLY_CODES or sym.year < 2009:
                continue
            if sym.family is None and cit.role != "number_line":
                continue  # a company or unit with its own series ("05/2024/CV-ABC"): quoted as issued
            if cit.date is not None and cit.date.year < 2009:
                continue
            p = para(ctx, sym.paragraph)
            ys = sym.year_sep
            fixed = (sym.canonical or sym.compact).replace(f"/{sym.year}", "", 1)
            ctx.report(self, p, sym.start, sym.end,
                       message=f"“{sym.text}” là văn bản hành chính ({codes.CODE_TYPE_WORD.get(sym.type_code, sym.type_code)}); "
                               f"số, ký hiệu không ghi năm: “{fixed}”.",
                       message_en=f"'{sym.text}' is an administrative document; its symbol has no year: '{fixed}'.",
                       suggestion=fixed,
                       fix=Fix((Edit(p.index, ys.sep_start, ys.comp_end, ""),), safe=False))
