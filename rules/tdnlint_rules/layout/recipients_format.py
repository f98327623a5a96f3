import re
from collections import Counter

from tdnlint.api import Rule, Severity

from ._common import applies, dominant_size, effective_size, fmt_pt

_LABEL_RE = re.compile(r"N[ơƠ][iI]\s+nh[ậẬ]n\s*:?", re.I)


class RecipientsFormat(Rule):
    code = "TDN608"
    name = "recipients-format"
    category = "formatting"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "unknown": Severity.WARNING}
    formats = frozenset({"docx"})
    profiles = frozenset({"state", "mttq"})
    summary = "“Nơi nhận:” cỡ 12, nghiêng, đậm; các dòng nơi nhận cỡ 11, đứng."
    summary_en = "“Nơi nhận:” 12 pt bold italic; the recipient lines 11 pt upright."
    description = (
        "Nhãn “Nơi nhận:” cỡ 12, in nghiêng, đậm; các dòng nơi nhận cỡ 11, chữ đứng (không nghiêng), theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.9 và bảng mẫu trình bày. Áp dụng cho văn bản nhà nước và Mặt trận. Chỉ đo "
        "phần chữ của nơi nhận: cột chữ ký nằm cùng dòng không tính; với các dòng nơi nhận, chỉ xét cỡ chữ và kiểu "
        "chữ chiếm đa số (một ghi chú in nghiêng trong dòng không bị báo). Chỉ xét tệp .docx "
        "của văn bản nhận ra là văn bản hành chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định được "
        "hệ thống văn bản); phiếu trình không bị xét. Không có sửa tự động."
    )
    description_en = (
        "The “Nơi nhận:” label is 12 pt, bold italic; the recipient lines 11 pt upright (not italic), per Decree "
        "30/2020/NĐ-CP, Appendix I, II.9 and the layout table. It applies to State and Front documents. Only the "
        "recipient text is measured: a signature column on the same line is ignored; for the recipient lines only "
        "the dominant size and style are checked (one italic note inside a line is not reported). "
        "Only .docx files recognised as official documents (a national or Party header, a type name, or a known "
        "system) are checked; submission slips (phiếu trình) are not. No automatic fix."
    )
    bad = "Nơi nhận: (cỡ 14, không nghiêng)\n- Như trên; (cỡ 14, nghiêng)"
    good = "Nơi nhận: (cỡ 12, nghiêng, đậm)\n- Như trên; (cỡ 11, đứng)"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 và bảng mục V (ND30-NN-01, ND30-NN-02) [T]"

    def check(self, ctx):
        if not applies(ctx):
            return
        seg = ctx.segments
        if seg.recipients_label is None:
            return
        doc = ctx.document
        p = doc.paragraphs[seg.recipients_label]
        m = _LABEL_RE.search(p.text)
        if m:
            runs = [r for r in p.runs_at(m.start(), m.end()) if p.text[r.start:r.end].strip()]
            problems = []
            size = dominant_size(ctx, p, m.start(), m.end())
            if size is not None and abs(size - 12.0) > 0.01:
                problems.append(f"cỡ chữ {fmt_pt(size)} (cần 12)")
            if runs and not all(r.bold for r in runs):
                problems.append("không in đậm")
            if runs and not all(r.italic for r in runs):
                problems.append("không in nghiêng")
            if problems:
                ctx.report(self, p, m.start(), m.end(),
                           message="“Nơi nhận:” trình bày sai: " + "; ".join(problems) + " (cần cỡ 12, nghiêng, đậm).",
                           message_en="“Nơi nhận:” must be 12 pt bold italic.")
        sizes: Counter[float] = Counter()
        first = {}
        italic = upright = 0
        first_italic = None
        for line in ctx.assignments.recipients:
            for i, s, e in line.spans:
                q = doc.paragraphs[i]
                for r in q.runs_at(s, e):
                    n = sum(1 for c in q.text[max(r.start, s):min(r.end, e)] if c.isalpha())
                    if not n:
                        continue
                    if r.italic:
                        italic += n
                        first_italic = first_italic or (q, s, e)
                    else:
                        upright += n
                    size = effective_size(ctx, r)
                    if size:
                        sizes[size] += n
                        first.setdefault(size, (q, s, e))
        # the lines are upright (NĐ 30's table: "đứng"); judged on the majority, like the size, so one italic
        # note inside a line ("(để b/c)") is not a finding
        if first_italic is not None and italic > upright:
            q, s, e = first_italic
            ctx.report(self, q, s, e,
                       message="Các dòng nơi nhận in nghiêng; cần chữ đứng, cỡ 11.",
                       message_en="Recipient lines are italic; they must be upright 11 pt.")
        if not sizes:
            return
        size, _ = sizes.most_common(1)[0]
        if abs(size - 11.0) <= 0.01:
            return
        q, s, e = first[size]
        ctx.report(self, q, s, e,
                   message=f"Các dòng nơi nhận cỡ chữ {fmt_pt(size)}; cần cỡ 11.",
                   message_en=f"Recipient lines are {fmt_pt(size)} pt; expected 11 pt.")
