from tdnlint.api import Rule, Severity

from ._common import shorten

_REASON = {
    "task": ("văn bản giao nhiệm vụ cho đơn vị này", "the text assigns it work"),
    "report": ("văn bản yêu cầu báo cáo về đơn vị này", "the text asks to report to it"),
    "basis": ("đây là cơ quan ban hành văn bản được triển khai, thường gửi “để b/c”",
              "it issued the document this one implements (usually “để b/c”)"),
}


class RecipientsIncomplete(Rule):
    code = "TDN550"
    name = "recipients-incomplete"
    category = "recipients"
    severity = Severity.WARNING
    summary = "“Nơi nhận” thiếu cơ quan, đơn vị được giao nhiệm vụ, được báo cáo về, hoặc ban hành văn bản được triển khai."
    summary_en = "“Nơi nhận” omits a body the text assigns work to, reports to, or whose document it implements."
    description = (
        "So “Nơi nhận” với nội dung văn bản: cơ quan, đơn vị được giao nhiệm vụ, được yêu cầu báo cáo về, hoặc ban "
        "hành văn bản đang được triển khai (“Thực hiện Kế hoạch … của X”) cần có trong nơi nhận, theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.9 (nơi nhận gồm nơi thi hành, nơi báo cáo); việc đối chiếu là quy ước nên "
        "chỉ là cảnh báo. Tên được so qua các cách gọi tương đương (“UBMTTQ” = “Ủy ban MTTQ” = “Ủy ban Mặt trận Tổ "
        "quốc”) và có phân biệt cấp tỉnh, huyện, xã; dòng chung như “Các sở, ban, ngành”, “Các cơ quan, đơn vị có "
        "liên quan” hay “Như Điều N” được coi là đã gồm các đơn vị thuộc nhóm đó; đơn vị ghi ở dòng lưu (“- Lưu Văn "
        "phòng Đảng ủy.”) đã nhận văn bản. Không báo: cơ quan ban hành, các "
        "đơn vị của chính nó khi nơi nhận đã có dòng chung cho các đơn vị đó, cơ quan chỉ được nhắc đến, từ trông "
        "giống tên cơ quan (“Thanh tra, kiểm tra …”, “bộ phận”), nội dung trích trong ngoặc kép, cơ "
        "quan trung ương trong kế hoạch cấp xã, huyện. Gửi “để b/c” cơ quan ban hành văn bản được triển khai chỉ là "
        "thông tin. Không có sửa tự động; thông báo đề xuất dòng cần thêm."
    )
    description_en = (
        "Compares “Nơi nhận” with the body: a body the text assigns work to, asks to report to, or whose document it "
        "implements (“Thực hiện Kế hoạch … của X”) should be a recipient, per Decree 30/2020/NĐ-CP, Appendix I, II.9 "
        "(recipients include those who carry out and those reported to); the comparison is a convention, so it is a "
        "warning. Names are compared through equivalent forms (“UBMTTQ” = “Ủy ban MTTQ” = “Ủy ban Mặt trận Tổ quốc”) "
        "and province, district and commune levels are told apart; collective lines such as “Các sở, ban, ngành”, "
        "“Các cơ quan, đơn vị có liên quan” or “Như Điều N” cover their members; a unit named on the archive line "
        "(“- Lưu Văn phòng Đảng ủy.”) has the document. Not reported: the issuer, its own "
        "units when a collective line covers them, bodies merely mentioned, words that look like bodies (“Thanh tra, "
        "kiểm tra …”, “bộ phận”), text in quotation marks, central bodies in the plan of a commune or "
        "district. Sending “để b/c” to the issuer of the implemented document is information only. No automatic fix; "
        "the message suggests the line to add."
    )
    bad = ("3. Sở Văn hóa và Thể thao, Báo Hòa Bình Mới\nPhối hợp đưa tin về các hoạt động của ngày hội…\n"
           "Nơi nhận:\n- UBND các huyện, thành phố;\n- Lưu: VT, VX.")
    good = ("3. Sở Văn hóa và Thể thao, Báo Hòa Bình Mới\nPhối hợp đưa tin về các hoạt động của ngày hội…\n"
            "Nơi nhận:\n- UBND các huyện, thành phố;\n- Sở Văn hóa và Thể thao;\n- Báo Hòa Bình Mới;\n- Lưu: VT, VX.")
    basis = ("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 (nơi nhận gồm nơi thi hành, nơi báo cáo) [T]; "
             "kiểm tra đối chiếu là quy ước [O]")

    def check(self, ctx):
        a = ctx.assignments
        for item in a.missing():
            p = ctx.document.paragraphs[item.paragraph]
            who = " ".join(item.body.text.split())
            vi, en = _REASON[item.reason]
            quote = shorten(item.sentence, max(0, item.sentence.find(who[:20]) - 30))
            # sending "để b/c" to the issuer of the document implemented is a convention, not a rule of NĐ 30:
            # information only
            severity = Severity.INFO if item.reason == "basis" else None
            ctx.report(self, p, item.start, item.end, severity=severity,
                       message=f"“Nơi nhận” thiếu “{who}”: {vi} — “{quote}”.",
                       message_en=f"“Nơi nhận” does not include “{who}”: {en} — “{quote}”.",
                       suggestion=f"- {who};")
