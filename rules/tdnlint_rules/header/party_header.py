from tdnlint.api import PARTY_HEADER, Rule, Severity

from .._examples import PARTY_PLAN, plan


class PartyHeaderSpelling(Rule):
    code = "TDN104"
    name = "party-header-spelling"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” viết sai (chữ hoa, dấu)."
    summary_en = "The Party header is not written “ĐẢNG CỘNG SẢN VIỆT NAM”."
    description = (
        "Văn bản của Đảng có tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, in hoa đủ các chữ (Hướng dẫn 36-HD/VPTW, phần tiêu "
        "đề). Báo khi dòng tiêu đề ở phần đầu văn bản có chữ viết thường hoặc sai dấu, ví dụ “ĐẢNG CỘNG SẢN Việt "
        "Nam”; dấu cách thừa giữa các chữ không bị coi là sai. Tên Đảng nhắc đến trong câu văn không bị xét. --fix "
        "thay bằng tiêu đề đúng."
    )
    description_en = (
        "Party documents carry the header “ĐẢNG CỘNG SẢN VIỆT NAM”, all in capitals (HD 36-HD/VPTW, tiêu đề). "
        "Reported when the header line of the header block has lower-case letters or wrong marks, e.g. “ĐẢNG CỘNG "
        "SẢN Việt Nam”; extra spaces between words are not an error. The Party's name inside a sentence is not "
        "checked. --fix writes the header correctly."
    )
    bad = plan(
        ("ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN VIỆT NAM\n", "ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN Việt Nam\n"),
        base=PARTY_PLAN,
    )
    good = PARTY_PLAN
    basis = "HD 36-HD/VPTW, tiêu đề [T]; spec HD36-TD-01"

    def check(self, ctx):
        span = ctx.segments.party_header
        if span is None:
            return
        i, s, e = span
        p = ctx.document.paragraphs[i]
        if " ".join(p.text[s:e].split()) != PARTY_HEADER:
            ctx.report(self, p, s, e,
                       message=f"Tiêu đề Đảng viết sai: “{p.text[s:e]}”.",
                       message_en=f"Party header written wrongly: “{p.text[s:e]}”.",
                       replacement=PARTY_HEADER)


class BothHeaders(Rule):
    code = "TDN105"
    name = "both-headers"
    category = "header"
    severity = Severity.ERROR
    summary = "Văn bản có cả Quốc hiệu và tiêu đề Đảng; chỉ được dùng một."
    summary_en = "Both the national header and the Party header are present; use exactly one."
    description = (
        "Một văn bản chỉ mang một trong hai tiêu đề: Quốc hiệu (văn bản nhà nước, Mặt trận Tổ quốc) hoặc “ĐẢNG CỘNG "
        "SẢN VIỆT NAM” (văn bản của Đảng), theo Nghị định 30/2020/NĐ-CP và Hướng dẫn 36-HD/VPTW. Khi phần đầu văn "
        "bản có cả hai, phát hiện đặt ở tiêu đề không hợp với loại văn bản: ở văn bản Đảng là Quốc hiệu, ở văn bản "
        "khác là tiêu đề Đảng. Tên Đảng hay Quốc hiệu được nhắc trong nội dung không bị tính. Không tự sửa được: "
        "người soạn chọn tiêu đề đúng với cơ quan ban hành."
    )
    description_en = (
        "A document carries exactly one of the two headers: the national header (State, MTTQ) or “ĐẢNG CỘNG SẢN VIỆT "
        "NAM” (Party), per NĐ 30/2020 and HD 36-HD/VPTW. When the header block has both, the finding is on the one "
        "that does not fit the document: the national header in a Party document, the Party header otherwise. Either "
        "name in the body does not count. No automatic fix: the drafter keeps the header that fits the issuer."
    )
    bad = "ĐẢNG CỘNG SẢN VIỆT NAM … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    good = "ĐẢNG CỘNG SẢN VIỆT NAM (văn bản Đảng) hoặc Quốc hiệu (văn bản nhà nước, MTTQ)"
    basis = "spec PROF-01 [T/E]"

    def check(self, ctx):
        seg = ctx.segments
        if seg.party_header and seg.national_header:
            keep = "tiêu đề Đảng" if ctx.profile == "party" else "Quốc hiệu"
            i, s, e = seg.national_header if ctx.profile == "party" else seg.party_header
            p = ctx.document.paragraphs[i]
            ctx.report(self, p, s, e,
                       message=f"Văn bản có cả Quốc hiệu và tiêu đề Đảng; giữ {keep} phù hợp với cơ quan ban hành.",
                       message_en="Both the national and the Party header are present; keep the one that fits the issuer.")
