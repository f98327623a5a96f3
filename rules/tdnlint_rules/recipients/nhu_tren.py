from tdnlint.api import Rule, Severity

from ._common import suffix


class NhuTrenFirst(Rule):
    code = "TDN546"
    name = "recipients-nhu-tren-first"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    summary = "Văn bản có “Kính gửi:” thì dòng đầu của “Nơi nhận:” là “- Như trên;”."
    summary_en = "With “Kính gửi:”, the first recipient line is “- Như trên;”."
    description = (
        "Văn bản có phần “Kính gửi:” (công văn, tờ trình, báo cáo gửi cấp trên) thì dòng đầu của “Nơi nhận:” là “- "
        "Như trên;”, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9. Chỉ xét khi văn bản có cả “Kính gửi:” và "
        "dòng nơi nhận. Với văn bản Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh nên thông báo "
        "chỉ là thông tin; văn bản chưa rõ hệ thống chỉ bị cảnh báo. Không có sửa tự động; thông báo nêu dòng cần "
        "thêm."
    )
    description_en = (
        "A document with a “Kính gửi:” part (công văn, submission, report sent upward) starts its “Nơi nhận:” with "
        "“- Như trên;”, per Decree 30/2020/NĐ-CP, Appendix I, II.9. Checked only when both “Kính gửi:” and recipient "
        "lines exist. For Party documents the corresponding rule (Guidance 36-HD/VPTW) is unverified, so the finding "
        "is information only; a document of unknown system gets a warning. No automatic fix; the message names the "
        "line to add."
    )
    bad = "Kính gửi: Sở Nội vụ.\n…\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP."
    good = "Kính gửi: Sở Nội vụ.\n…\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-04 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        seg = ctx.segments
        lines = ctx.assignments.recipients
        if not seg.kinh_gui or not lines:
            return
        if any(line.kind == "nhu_tren" for line in lines[:1]):
            return
        i, s, e = lines[0].first
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message="Văn bản có “Kính gửi:” nên dòng đầu của “Nơi nhận:” phải là “- Như trên;”." + suffix(ctx),
                   message_en="The document has “Kính gửi:”: the first recipient line must be “- Như trên;”.",
                   suggestion="- Như trên;")
