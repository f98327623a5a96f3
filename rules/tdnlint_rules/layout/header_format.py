from tdnlint.api import Rule, Severity

from ._common import applies, dominant_size, fmt_pt


def _check_span(ctx, rule, span, label, lo, hi, severity, note=""):
    if span is None:
        return
    i, s, e = span
    p = ctx.document.paragraphs[i]
    runs = [r for r in p.runs_at(s, e) if any(c.isalpha() for c in p.text[max(r.start, s):min(r.end, e)])]
    if not runs:
        return
    problems, problems_en = [], []
    size = dominant_size(ctx, p, s, e)
    if size is not None and not (lo - 0.01 <= size <= hi + 0.01):
        rng = f"{fmt_pt(lo)}–{fmt_pt(hi)}" if lo != hi else fmt_pt(lo)
        problems.append(f"cỡ chữ {fmt_pt(size)} (cần {rng})")
        problems_en.append(f"size {fmt_pt(size)} pt (expected {rng})")
    if any(r.bold is False or r.bold is None for r in runs):
        problems.append("không in đậm (cần in đậm)")
        problems_en.append("not bold")
    if any(r.italic for r in runs):
        problems.append("in nghiêng (cần chữ đứng)")
        problems_en.append("italic")
    if problems:
        ctx.report(rule, p, s, e,
                   message=f"{label} trình bày sai: " + "; ".join(problems) + "." + note,
                   message_en=f"{label}: " + "; ".join(problems_en) + ".",
                   severity=severity)


class NationalHeaderFormat(Rule):
    code = "TDN606"
    name = "national-header-format"
    category = "formatting"
    severity = Severity.ERROR
    formats = frozenset({"docx"})
    profiles = frozenset({"state", "mttq"})
    summary = "Quốc hiệu cỡ 12–13, in hoa, đứng, đậm; Tiêu ngữ cỡ 13–14, đứng, đậm."
    summary_en = "National header 12–13 pt bold upright; motto 13–14 pt bold upright."
    description = (
        "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” cỡ 12–13, đứng, đậm; tiêu ngữ “Độc lập - Tự do - Hạnh phúc” "
        "cỡ 13–14, đứng, đậm, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 và bảng mẫu trình bày. Áp dụng cho "
        "văn bản nhà nước và Mặt trận. Mỗi dòng sai được báo một lần, nêu cỡ chữ, thiếu đậm hoặc in nghiêng. Nội "
        "dung chữ của quốc hiệu, tiêu ngữ do các quy tắc phần đầu văn bản kiểm tra. Chỉ xét tệp .docx của văn bản "
        "nhận ra là văn bản hành chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định được hệ thống văn "
        "bản); phiếu trình không bị xét. Không có sửa tự động."
    )
    description_en = (
        "The national header “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is 12–13 pt, upright, bold; the motto “Độc lập - "
        "Tự do - Hạnh phúc” 13–14 pt, upright, bold, per Decree 30/2020/NĐ-CP, Appendix I, II.1 and the layout "
        "table. It applies to State and Front documents. Each wrong line is reported once, naming the size, missing "
        "bold or italics. The wording of header and motto is checked by the header rules. Only .docx files "
        "recognised as official documents (a national or Party header, a type name, or a known system) are checked; "
        "submission slips (phiếu trình) are not. No automatic fix."
    )
    bad = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (cỡ 14, không đậm)"
    good = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (cỡ 13, đậm)"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1 và bảng mục V (spec 1.2) [T]"

    def check(self, ctx):
        if not applies(ctx):
            return
        seg = ctx.segments
        _check_span(ctx, self, seg.national_header, "Quốc hiệu", 12.0, 13.0, None)
        _check_span(ctx, self, seg.motto, "Tiêu ngữ", 13.0, 14.0, None)


class PartyHeaderFormat(Rule):
    code = "TDN607"
    name = "party-header-format"
    category = "formatting"
    severity = Severity.WARNING
    formats = frozenset({"docx"})
    profiles = frozenset({"party"})
    summary = "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” cỡ 15, in hoa, đứng, đậm."
    summary_en = "The Party header is 15 pt bold upright."
    description = (
        "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” của văn bản Đảng cỡ 15, đứng, đậm, theo mẫu của Hướng dẫn 36-HD/VPTW, Phụ "
        "lục 3; căn cứ là mẫu nên chỉ là cảnh báo. Áp dụng cho văn bản Đảng (tệp .docx). Thông báo nêu cỡ chữ, thiếu "
        "đậm hoặc in nghiêng. Không có sửa tự động."
    )
    description_en = (
        "The Party header “ĐẢNG CỘNG SẢN VIỆT NAM” is 15 pt, upright, bold, after the templates of Guidance "
        "36-HD/VPTW, Appendix 3; the basis is a template, so it is a warning. It applies to Party documents (.docx). "
        "The finding names the size, missing bold or italics. No automatic fix."
    )
    bad = "ĐẢNG CỘNG SẢN VIỆT NAM (cỡ 13, không đậm)"
    good = "ĐẢNG CỘNG SẢN VIỆT NAM (cỡ 15, đậm)"
    basis = "HD 36-HD/VPTW, Phụ lục 3 (spec 2.1, HD36-TD-01) [E]"

    def check(self, ctx):
        _check_span(ctx, self, ctx.segments.party_header, "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", 15.0, 15.0,
                    Severity.WARNING)
