import re

from tdnlint.api import Rule, Severity

_SLASH_RE = re.compile(r"ngày\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})")
_DAY_RE = re.compile(r"ngày[ \t]+(\d{1,2})(?=[ \t]+tháng)")
_MONTH_RE = re.compile(r"tháng[ \t]+(\d{1,2})(?=[ \t]+năm)")
_YEAR_RE = re.compile(r"năm[ \t]+(\d+)")


class DateLineFormat(Rule):
    code = "TDN113"
    name = "date-line-format"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Dòng địa danh, ngày tháng năm viết sai: phải đủ “ngày … tháng … năm …”, số 0 trước ngày < 10 và tháng 1, 2, dấu phẩy sau địa danh."
    summary_en = "Malformed place-and-date line: full “ngày … tháng … năm …” form, leading zero for day < 10 and months 1–2, comma after the place."
    description = (
        "Dòng địa danh, ngày tháng của chính văn bản viết theo mẫu “Hà Nội, ngày 05 tháng 01 năm 2025” (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.4; văn bản Đảng theo mẫu của Hướng dẫn 36-HD/VPTW). Báo khi: ngày viết "
        "bằng gạch chéo hoặc dấu chấm (“ngày 05/01/2025”); thiếu chữ “tháng”, “năm”; ngày nhỏ hơn 10 hoặc tháng 1, 2 "
        "thiếu số 0; năm không đủ 4 chữ số; thiếu dấu phẩy sau địa danh; địa danh viết tắt (“TP.HCM”) hoặc không "
        "viết hoa chữ đầu. Tháng 3 đến 12 không cần số 0. Khoảng trống để văn thư điền ngày trong dự thảo là hợp lệ; "
        "ngày không có thật do quy tắc TDN320 báo; ngày tháng trong nội dung do các quy tắc về ngày tháng xét. --fix "
        "viết lại ngày theo mẫu, thêm số 0, dấu phẩy, viết hoa địa danh; địa danh viết tắt và năm thiếu chữ số phải "
        "tự sửa."
    )
    description_en = (
        "The document's own place-and-date line follows “Hà Nội, ngày 05 tháng 01 năm 2025” (NĐ 30/2020, Phụ lục I, "
        "mục II.4; Party documents per the HD 36-HD/VPTW examples). Reported: a date with slashes or dots (“ngày "
        "05/01/2025”); missing “tháng”/“năm”; a day below 10 or month 1–2 without its zero; a year without 4 digits; "
        "no comma after the place; an abbreviated place (“TP.HCM”) or one without an initial capital. Months 3–12 "
        "need no zero. Blanks left for the văn thư in a draft are fine; impossible dates are TDN320's; dates in the "
        "body are the date rules'. --fix rewrites the date, adds zeros and the comma, capitalises the place; an "
        "abbreviated place and a short year are fixed by hand."
    )
    bad = "Hà Nội, ngày 05/01/2023\nHà Nội ngày 5 tháng 1 năm 2023\nTP.HCM, ngày 05 tháng 01 năm 2023"
    good = "Hà Nội, ngày 05 tháng 01 năm 2023\nThành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2023"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4 [T]; HD 36-HD/VPTW mục 1.4 [E]; spec ND30-DATE-01/02/04, HD36-DATE-01"

    def check(self, ctx):
        d = ctx.segments.date
        if d is None:
            return
        i, ds, de = d.date_span
        p = ctx.document.paragraphs[i]
        text = p.text[ds:de]
        m = _SLASH_RE.match(text)
        if m:
            day, month, year = m.groups()
            if len(year) == 4:
                good = f"ngày {int(day):02d} tháng {_month(int(month))} năm {year}"
                ctx.report(self, p, ds, ds + m.end(),
                           message=f"Ngày ban hành viết đầy đủ “ngày … tháng … năm …”, không dùng dấu gạch chéo hay dấu chấm: “{good}”.",
                           message_en=f"Write the issue date in full words: “{good}”.",
                           replacement=good)
            else:
                ctx.report(self, p, ds, ds + m.end(),
                           message="Ngày ban hành viết đầy đủ “ngày … tháng … năm …” với năm 4 chữ số.",
                           message_en="Write the issue date in full with a 4-digit year.")
        else:
            if "tháng" not in text or "năm" not in text:
                ctx.report(self, p, ds, de,
                           message="Ngày ban hành viết đầy đủ “ngày … tháng … năm …”.",
                           message_en="Write the issue date as “ngày … tháng … năm …”.")
            for rx, kind in ((_DAY_RE, "day"), (_MONTH_RE, "month")):
                mm = rx.search(text)
                if not mm:
                    continue
                v = mm.group(1)
                s = ds + mm.start(1)
                if len(v) == 1 and (kind == "day" or v in "12"):
                    what = "Ngày" if kind == "day" else "Tháng"
                    ctx.report(self, p, s, s + 1,
                               message=f"{what} “{v}” phải viết “0{v}” (ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước).",
                               message_en=f"Write “0{v}”: days below 10 and months 1–2 take a leading zero.",
                               replacement="0" + v)
            # A date that does not exist ("ngày 31 tháng 4") is judged once, by the dates analysis
            # (DateRef.valid, leap years included) and reported by TDN320 alone.
            y = _YEAR_RE.search(text)
            if y and len(y.group(1)) != 4 and text[y.end():y.end() + 1] not in ("…", ".", "_"):
                s = ds + y.start(1)
                ctx.report(self, p, s, s + len(y.group(1)),
                           message="Năm ban hành viết đủ 4 chữ số.", message_en="The year takes 4 digits.")
        if d.place and d.place_span:
            _, ps, pe = d.place_span
            place = d.place
            if not d.comma:
                ctx.report(self, p, pe, pe, message=f"Thiếu dấu phẩy sau địa danh: “{place}, ngày …”.",
                           message_en=f"Missing comma after the place: “{place}, ngày …”.", replacement=",")
            if re.match(r"^(TP|Tp|T\.P|tp)\b|^[A-ZĐ]{2,}\.|\.", place) and "…" not in place:
                ctx.report(self, p, ps, pe,
                           message=f"Địa danh ghi đầy đủ tên đơn vị hành chính, không viết tắt: “{place}”.",
                           message_en=f"Write the place name in full, not abbreviated: “{place}”.")
            elif place[:1].islower():
                ctx.report(self, p, ps, ps + 1, message=f"Địa danh viết hoa chữ cái đầu: “{place}”.",
                           message_en=f"Capitalise the place name: “{place}”.", replacement=place[0].upper())


def _month(m: int) -> str:
    return f"{m:02d}" if m in (1, 2) else str(m)
