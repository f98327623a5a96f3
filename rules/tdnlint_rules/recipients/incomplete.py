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
    description_en = (
        "Reads `ctx.assignments` (tdnlint/analysis/assignments.py): bodies in subject position before a task verb, "
        "numbered headings that are body names, objects of “đề nghị/giao/yêu cầu”, targets of “báo cáo … về”, and "
        "issuers in “Thực hiện/Căn cứ <văn bản> … của X”. Names are compared through the alias table of "
        "tdnlint/analysis/bodies.py (UBMTTQ = Ủy ban MTTQ = Ủy ban Mặt trận Tổ quốc, BTG, BCĐ, TTĐN, CT-XH, TW, TU…; "
        "Huyện/Tỉnh đoàn, Hội LHPN/ND/CCB, LĐLĐ, Bộ/Ban CHQS, BĐBP, CA, TN&MT-style initials; level words tỉnh/huyện/xã "
        "matter). Collective lines cover their members: “Các sở, ban, ngành” (departments, Ban Quản lý, sector "
        "agencies), “Các cơ quan, đơn vị có liên quan”, grouped “Các Sở: A, B”. The issuer, its own units (when a "
        "collective line such as "
        "“Các ban, đơn vị cơ quan” is present) and bodies merely mentioned are not reported. "
        "Also covered: “Các bộ, cơ quan ngang bộ” (each ministry), “Sở: NN&MT, TC, VH,TT&DL” (initials), “Đài THVN, "
        "Đài TNVN, TTXVN”, “BCTMT các thôn, TDP”, and in a decision “Như Điều N” when Điều N names a catch-all "
        "(“các cơ quan, đơn vị có liên quan”, “có tên tại Điều 1”). Silent on: verbs that look like bodies "
        "(“Thanh tra, kiểm tra …”, “cơ sở giáo dục”, “bộ phận”), text quoted from another document (numbered "
        "clauses of a law between quotes), central bodies in the plan of a commune or district. The issuer of an "
        "implemented document (“để b/c”, a convention) is information only."
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
