from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class SignerAcademicTitle(Rule):
    code = "TDN536"
    name = "signer-academic-title"
    category = "signature"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "mttq": Severity.WARNING, "unknown": Severity.WARNING}
    fixable = True
    summary = "Không ghi học hàm, học vị, danh hiệu (TS., ThS., PGS. …) trước họ tên người ký."
    summary_en = "No academic or honorific title (TS., ThS., PGS. …) before the signer's name."
    description = (
        "Không ghi học hàm, học vị, danh hiệu (TS., ThS., PGS., GS. …) trước họ tên người ký, theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.7. Là lỗi ở văn bản nhà nước; cảnh báo ở văn bản Đảng, Mặt trận và văn bản "
        "chưa rõ hệ thống. Các cơ quan lực lượng vũ trang, giáo dục, y tế, khoa học được bộ chủ quản cho phép ghi "
        "thì tắt quy tắc cho tệp đó trong cấu hình. Với --fix: xóa học hàm, học vị trước tên (sửa an toàn)."
    )
    description_en = (
        "No academic or honorific title (TS., ThS., PGS., GS. …) before the signer's name, per Decree 30/2020/NĐ-CP, "
        "Appendix I, II.7. An error in State documents; a warning in Party, Front and unclassified documents. Armed "
        "forces, education, health and science bodies whose ministry allows it switch the rule off for that file in "
        "the configuration. With --fix the title is removed (safe fix)."
    )
    bad = plan(
        ("\tNguyễn Văn An", "\tTS. Nguyễn Văn An"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c [T]; spec ND30-SIG-02"

    def check(self, ctx):
        seg = ctx.segments
        if seg.signer_prefix is None:
            return
        i, s, e = seg.signer_prefix
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message=f"Không ghi “{p.text[s:e].strip()}” trước họ tên người ký.",
                   message_en=f"Drop “{p.text[s:e].strip()}” before the signer's name.",
                   replacement="")
