from tdnlint.api import Rule, Severity

from ._common import UNVERIFIED, applies, fmt_mm

A4 = (210.0, 297.0)
_KNOWN = {(215.9, 279.4): "Letter", (215.9, 355.6): "Legal", (148.0, 210.0): "A5", (250.0, 353.0): "B4",
          (297.0, 420.0): "A3"}


def _name(w: float, h: float) -> str:
    a, b = sorted((w, h))
    for (x, y), n in _KNOWN.items():
        if abs(a - x) < 1.5 and abs(b - y) < 1.5:
            return f" ({n})"
    return ""


class PageSizeA4(Rule):
    code = "TDN604"
    name = "page-size-a4"
    category = "formatting"
    severity = Severity.ERROR
    severity_by_profile = {"unknown": Severity.WARNING}
    formats = frozenset({"docx"})
    summary = "Khổ giấy phải là A4 (210 × 297 mm); được đặt ngang cho trang có bảng rộng."
    summary_en = "Paper must be A4 (210 × 297 mm); landscape is allowed for wide tables."
    description = (
        "Khổ giấy là A4 (210 × 297 mm, sai số 1 %), theo Nghị định 30/2020/NĐ-CP, Phụ lục I; văn bản Đảng cũng dùng "
        "khổ A4. Trang đặt ngang (cho bảng rộng) vẫn hợp lệ nếu đúng khổ A4. Báo một lần, tại phần (section) đầu "
        "tiên sai khổ, kèm tên khổ giấy nhận ra (Letter, Legal, A5 …). Chỉ xét tệp .docx của văn bản nhận ra là văn "
        "bản hành chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định được hệ thống văn bản); phiếu "
        "trình không bị xét. Không có sửa tự động."
    )
    description_en = (
        "Paper is A4 (210 × 297 mm, 1 % tolerance), per Decree 30/2020/NĐ-CP, Appendix I; Party documents use A4 "
        "too. A landscape page (for wide tables) is fine if it is A4. Reported once, for the first section with "
        "another size, naming it when known (Letter, Legal, A5 …). Only .docx files recognised as official documents "
        "(a national or Party header, a type name, or a known system) are checked; submission slips (phiếu trình) "
        "are not. No automatic fix."
    )
    bad = "Khổ giấy Letter 215,9 × 279,4 mm."
    good = "Khổ giấy A4 210 × 297 mm."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, ND30-PAGE-01 [T] (dung sai 1%); Đảng: HD 36 khổ A4 [T]"

    def check(self, ctx):
        if not applies(ctx):
            return
        for k, s in enumerate(ctx.document.sections, start=1):
            if not s.page_width_mm or not s.page_height_mm:
                continue
            a, b = sorted((s.page_width_mm, s.page_height_mm))
            if abs(a - A4[0]) <= A4[0] * 0.01 and abs(b - A4[1]) <= A4[1] * 0.01:
                continue
            where = f" (phần {k})" if len(ctx.document.sections) > 1 else ""
            ctx.report(self,
                       message=f"Khổ giấy {fmt_mm(s.page_width_mm)} × {fmt_mm(s.page_height_mm)} mm"
                               f"{_name(s.page_width_mm, s.page_height_mm)}{where}; cần A4 210 × 297 mm.",
                       message_en=f"Page size {s.page_width_mm:.1f} × {s.page_height_mm:.1f} mm; expected A4.",
                       suggestion="A4 210 × 297 mm")
            return


_ND30 = {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0), "right": (15.0, 20.0)}
_VI = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
_TOL = 0.3  # twips rounding: 1134 tw = 20.004 mm


class PageMargins(Rule):
    code = "TDN605"
    name = "page-margins"
    category = "formatting"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}
    formats = frozenset({"docx"})
    summary = "Lề trang: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm."
    summary_en = "Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm."
    description = (
        "Lề trang: trên và dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm, theo Nghị định 30/2020/NĐ-CP, Phụ lục I. Chỉ "
        "xét các trang đặt dọc; trang đặt ngang cho bảng rộng và phụ lục đứng riêng giữ cách trình bày riêng. Với "
        "văn bản Đảng, lề theo Hướng dẫn 36-HD/VPTW chưa được xác minh nên thông báo chỉ là thông tin. Báo một lần, "
        "tại phần (section) đầu tiên sai lề, kèm từng lề sai. Chỉ xét tệp .docx của văn bản nhận ra là văn bản hành "
        "chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định được hệ thống văn bản); phiếu trình không "
        "bị xét. Không có sửa tự động."
    )
    description_en = (
        "Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, per Decree 30/2020/NĐ-CP, Appendix I. Only "
        "portrait pages are checked; landscape pages for wide tables and stand-alone appendices keep their own "
        "layout. For Party documents the margins of Guidance 36-HD/VPTW are unverified, so the finding is "
        "information only. Reported once, for the first section with wrong margins, listing each. Only .docx files "
        "recognised as official documents (a national or Party header, a type name, or a known system) are checked; "
        "submission slips (phiếu trình) are not. No automatic fix."
    )
    bad = "Lề trái 25 mm."
    good = "Lề trái 30 mm."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, ND30-PAGE-02 [T]; Đảng: HD36-PAGE-01 [U] (info)"

    def check(self, ctx):
        if not applies(ctx) or getattr(ctx.segments, "standalone_appendix", False):
            return  # a stand-alone appendix sheet (wide tables) keeps its own page setup
        for k, s in enumerate(ctx.document.sections, start=1):
            if s.orientation == "landscape" or (s.page_width_mm and s.page_height_mm
                                                and s.page_width_mm > s.page_height_mm):
                continue
            values = {"top": s.margin_top_mm, "bottom": s.margin_bottom_mm, "left": s.margin_left_mm,
                      "right": s.margin_right_mm}
            bad = [(side, v) for side, v in values.items()
                   if v is not None and not (_ND30[side][0] - _TOL <= v <= _ND30[side][1] + _TOL)]
            if not bad:
                continue
            parts = [f"{_VI[side]} {fmt_mm(v)} mm (cần {fmt_mm(_ND30[side][0])}–{fmt_mm(_ND30[side][1])} mm)"
                     for side, v in bad]
            parts_en = [f"{side} {v:.1f} mm (expected {_ND30[side][0]:.0f}–{_ND30[side][1]:.0f})" for side, v in bad]
            where = f" (phần {k})" if len(ctx.document.sections) > 1 else ""
            note = UNVERIFIED if ctx.profile == "party" else ""
            ctx.report(self,
                       message=f"Lề trang{where}: " + "; ".join(parts) + "." + note,
                       message_en="Margins: " + "; ".join(parts_en) + ".")
            return
