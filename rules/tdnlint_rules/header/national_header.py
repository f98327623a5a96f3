from tdnlint.api import NATIONAL_HEADER, PARTY_HEADER, Rule, Severity

_ACCEPTED = {NATIONAL_HEADER, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}


class NationalHeaderMissing(Rule):
    code = "TDN101"
    name = "national-header-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu Quốc hiệu (văn bản nhà nước, MTTQ) hoặc tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản Đảng)."
    description_en = ("An error when the rest of the header (issuer and a number line or type name) shows a letter-form "
                   "document; a warning when less was found.  A text with no header, title, Kính gửi, Nơi nhận or "
                   "signature at all (a header-less legal text, an excerpt) gets this finding once as info — the form "
                   "was not recognised — and the other header, numbering and signature rules stay silent.")
    summary_en = "The national header (State, MTTQ) or the Party header is missing."
    bad = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/KH-UBND\n\nKẾ HOẠCH …"
    good = "ỦY BAN NHÂN DÂN TỈNH A        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
           "                               Độc lập - Tự do - Hạnh phúc"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ) [T]; HD 36-HD/VPTW (tiêu đề) [T]; spec PROF-01"

    def check(self, ctx):
        seg = ctx.segments
        profile = ctx.profile
        if seg.standalone_appendix or getattr(seg, "form", "document") == "attachment":
            return  # an appendix or template sheet on its own carries no header (it is attached to a document)
        if getattr(seg, "form", "document") == "unrecognised":
            # no header, title, number, date, Kính gửi, Nơi nhận or signature at all: a legal text without its
            # header, an excerpt, a note.  One info finding instead of a "missing" error for every part.
            if seg.main:
                ctx.report(self, severity=Severity.INFO,
                           message="Không nhận ra thể thức văn bản (không thấy Quốc hiệu, tên cơ quan, số, ký hiệu, "
                                   "tên loại, Nơi nhận hay chữ ký): chỉ kiểm tra chính tả, dấu câu, trích dẫn; "
                                   "bỏ qua thể thức, đánh số và chữ ký.",
                           message_en="Document form not recognised (no national header, issuer, number, type "
                                      "name, recipients or signature found): form, numbering and signature checks "
                                      "were skipped.")
            return
        if profile == "party":
            if seg.party_header is None:
                anchor = _first_line(ctx)
                ctx.report(self, anchor, 0, len(anchor.text) if anchor else None,
                           message="Thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” ở đầu văn bản Đảng.",
                           message_en="Party document without the header “ĐẢNG CỘNG SẢN VIỆT NAM”.",
                           suggestion=PARTY_HEADER) if anchor else ctx.report(
                    self, message="Thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”.", suggestion=PARTY_HEADER)
            return
        if seg.national_header is None and seg.party_header is None:
            sev = None if (seg.number or seg.title or seg.vv_line) and seg.issuer else Severity.WARNING
            which = "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”" if profile in ("state", "mttq") else \
                "Quốc hiệu (văn bản nhà nước, MTTQ) hoặc tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản Đảng)"
            ctx.report(self,
                       message=f"Thiếu {which} ở đầu văn bản.",
                       message_en="The national header (or the Party header) is missing.",
                       suggestion=NATIONAL_HEADER if profile in ("state", "mttq") else None, severity=sev)


class NationalHeaderSpelling(Rule):
    code = "TDN102"
    name = "national-header-spelling"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Quốc hiệu viết sai (chính tả, dấu, chữ hoa)."
    summary_en = "The national header is misspelt."
    bad = "CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    good = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1.a [T]; spec ND30-QH-01 (chấp nhận cả “CỘNG HOÀ”, ENC-05)"

    def check(self, ctx):
        span = ctx.segments.national_header
        if span is None:
            return
        i, s, e = span
        p = ctx.document.paragraphs[i]
        found = " ".join(p.text[s:e].split())
        if found in _ACCEPTED:
            return
        ctx.report(self, p, s, e,
                   message=f"Quốc hiệu viết sai: “{p.text[s:e]}”.",
                   message_en=f"Misspelt national header: “{p.text[s:e]}”.",
                   replacement=NATIONAL_HEADER)


def _first_line(ctx):
    for p in ctx.document.main:
        if p.text.strip():
            return p
    return None
