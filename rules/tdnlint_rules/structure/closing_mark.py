from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class ClosingMark(Rule):
    code = "TDN503"
    name = "closing-mark"
    category = "structure"
    severity = Severity.WARNING
    fixable = True
    profiles = frozenset({"state", "mttq"})
    summary = "Văn bản nhà nước, MTTQ kết thúc nội dung bằng dấu “./.”."
    summary_en = "State/MTTQ documents end the body with “./.”."
    description = (
        "Văn bản của cơ quan nhà nước và Mặt trận kết thúc phần nội dung bằng dấu “./.”. Quy định không nói thành "
        "lời; căn cứ là các mẫu văn bản tại Nghị định 30/2020/NĐ-CP, Phụ lục III, nên chỉ là cảnh báo. Văn bản Đảng "
        "không bị xét (hướng dẫn của Đảng không đòi dấu này). Không báo khi không tìm thấy phần cuối văn bản (nơi "
        "nhận, chữ ký) để biết nội dung kết thúc ở đâu, và với phụ lục đứng riêng. Với --fix: thay dấu chấm cuối "
        "bằng “./.” hoặc thêm “./.” (sửa an toàn)."
    )
    description_en = (
        "State and Front documents end the body with “./.”. No regulation says so in words; the basis is the "
        "templates of Decree 30/2020/NĐ-CP, Appendix III, so it is a warning. Party documents are not checked (the "
        "Party guidance does not ask for it). Not reported when no closing part (recipients, signature) shows where "
        "the body ends, nor for a stand-alone appendix. With --fix the final period becomes “./.” or “./.” is added "
        "(safe fix)."
    )
    bad = plan(
        ("Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n", "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này.\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục III (Mẫu 1.2–1.10) [E]; spec ND30-END-01, BODY-04"

    def check(self, ctx):
        seg = ctx.segments
        if seg.closing is not None or not seg.body or seg.standalone_appendix:
            return
        if seg.recipients_label is None and not seg.signature:
            return  # no closing part found: the signature rule reports that; "./." cannot be placed reliably
        last = None
        for i in reversed(seg.body):
            p = ctx.document.paragraphs[i]
            if p.text.strip():
                last = p
                break
        if last is None:
            return
        text = last.text.rstrip()
        if text.endswith("/.") or len(text) < 2:
            return
        end = len(text)
        if text.endswith("."):
            ctx.report(self, last, end - 1, end, message="Kết thúc nội dung văn bản bằng “./.”.",
                       message_en="End the body with “./.”.", replacement="./.")
        else:
            ctx.report(self, last, end, end, message="Kết thúc nội dung văn bản bằng “./.”.",
                       message_en="End the body with “./.”.", replacement="./.")
