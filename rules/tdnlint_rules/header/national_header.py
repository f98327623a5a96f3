from tdnlint.api import NATIONAL_HEADER, PARTY_HEADER, Rule, Severity

_ACCEPTED = {NATIONAL_HEADER, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}


class NationalHeaderMissing(Rule):
    code = "TDN101"
    name = "national-header-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu Quốc hiệu (văn bản nhà nước, MTTQ) hoặc tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản Đảng)."
    description = (
        "Đầu văn bản phải có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (văn bản nhà nước, Mặt trận Tổ quốc) "
        "hoặc tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản của Đảng), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 "
        "và Hướng dẫn 36-HD/VPTW. Văn bản Đảng thiếu tiêu đề là lỗi; văn bản khác thiếu cả hai là lỗi khi đầu văn "
        "bản có tên cơ quan ban hành cùng số, ký hiệu hoặc tên loại, ngược lại chỉ là cảnh báo. Phụ lục, biểu mẫu "
        "hoặc văn bản ban hành kèm theo đứng riêng một tệp không có Quốc hiệu nên không bị báo. Văn bản không có "
        "thành phần thể thức nào (không Quốc hiệu, tên cơ quan, số, tên loại, Kính gửi, Nơi nhận hay chữ ký — ví dụ "
        "đoạn trích văn bản luật) chỉ nhận một thông tin rằng thể thức không nhận ra được, và các kiểm tra thể thức, "
        "đánh số, chữ ký khác không chạy. Không tự sửa được."
    )
    description_en = (
        "The document starts with the national header “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (State, MTTQ) or the "
        "Party header “ĐẢNG CỘNG SẢN VIỆT NAM” (Party documents): NĐ 30/2020, Phụ lục I, mục II.1 and HD 36-HD/VPTW. "
        "A Party document without its header is an error; another document without either header is an error when "
        "the issuer and a number line or type name were found, a warning otherwise. An appendix, template sheet or "
        "attached document in a file of its own carries no header and is not reported. A text with no form part at "
        "all (no header, issuer, number, type name, Kính gửi, Nơi nhận or signature — e.g. an excerpt of a law) gets "
        "one info finding that the form was not recognised, and the other form, numbering and signature checks do "
        "not run. No automatic fix."
    )
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
    description = (
        "Quốc hiệu viết đúng từng chữ, in hoa: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (Nghị định 30/2020/NĐ-CP, Phụ "
        "lục I, mục II.1.a). Cách bỏ dấu “CỘNG HOÀ” cũng được chấp nhận vì chính Nghị định 30 dùng cả hai cách; dấu "
        "cách thừa giữa các chữ không bị coi là sai. Chỉ xét dòng được nhận ra là Quốc hiệu ở phần đầu văn bản, kể "
        "cả dòng chữ in hoa gõ sai, sót hoặc thừa một hai chữ cái (“CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NA”: báo lỗi chính "
        "tả ở đây, không báo thiếu Quốc hiệu); cụm từ này nằm trong câu văn hay trong đoạn trích dẫn không bị xét. "
        "--fix thay cả dòng bằng Quốc hiệu đúng."
    )
    description_en = (
        "The national header is written exactly, in capitals: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (NĐ 30/2020, Phụ "
        "lục I, mục II.1.a). “CỘNG HOÀ” is accepted too, since NĐ 30 itself uses both tone-mark styles; extra spaces "
        "between the words are not an error. Only the line recognised as the national header in the header block is "
        "checked, including a capitalised line with one or two letters wrong, missing or added (“CỘNG HÒA XÃ HỘI CHỦ "
        "NGHỈA VIỆT NA”: reported here as misspelt, not as a missing header); the phrase inside a sentence or a "
        "quotation is not. --fix replaces the line with the correct "
        "header."
    )
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
