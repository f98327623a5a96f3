import re

from tdnlint.api import Edit, Fix, Rule, Severity

from .._examples import PLAN, plan
from ._common import suffix

_LUU_RE = re.compile(r"Lưu\b\s*(:?)\s*")
_VT_RE = re.compile(r"\bVT\b|Văn thư|văn thư")


class ArchiveLineMissing(Rule):
    code = "TDN544"
    name = "archive-line-missing"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    summary = "“Nơi nhận” phải kết thúc bằng dòng lưu (“- Lưu: VT, …”)."
    summary_en = "The recipients list must end with the archive line (“- Lưu: VT, …”)."
    description = (
        "Dòng cuối cùng của “Nơi nhận” là dòng lưu (“- Lưu: VT, <đơn vị soạn thảo>.”), theo Nghị định 30/2020/NĐ-CP, "
        "Phụ lục I, mục II.9. Bị báo: không có dòng lưu, hoặc dòng lưu không nằm cuối. Chỉ xét khi văn bản có dòng "
        "nơi nhận. Với văn bản Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh nên thông báo chỉ "
        "là thông tin; văn bản chưa rõ hệ thống chỉ bị cảnh báo. Không có sửa tự động."
    )
    description_en = (
        "The last line of “Nơi nhận” is the archive line (“- Lưu: VT, <drafting unit>.”), per Decree 30/2020/NĐ-CP, "
        "Appendix I, II.9. Reported: no archive line, or one that is not last. Checked only when there are recipient "
        "lines. For Party documents the corresponding rule (Guidance 36-HD/VPTW) is unverified, so the finding is "
        "information only; a document of unknown system gets a warning. No automatic fix."
    )
    bad = "Nơi nhận:\n- Như trên;\n- Sở Nội vụ."
    good = "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, VP."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-03 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        lines = ctx.assignments.recipients
        if not lines:
            return
        doc = ctx.document
        archive = [k for k, line in enumerate(lines) if line.kind == "archive"]
        if not archive:
            i, s, e = lines[-1].last
            p = doc.paragraphs[i]
            ctx.report(self, p, s, e,
                       message="“Nơi nhận” không có dòng lưu; thêm dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”."
                       + suffix(ctx),
                       message_en="The recipients list has no archive line (“- Lưu: VT, …”).")
        elif archive[-1] != len(lines) - 1:
            i, s, e = lines[archive[-1]].first
            p = doc.paragraphs[i]
            ctx.report(self, p, s, e,
                       message="Dòng lưu phải là dòng cuối cùng của “Nơi nhận”." + suffix(ctx),
                       message_en="The archive line must be the last recipient line.")


class ArchiveLineFormat(Rule):
    code = "TDN545"
    name = "archive-line-format"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    fixable = True
    summary = "Dòng lưu viết sai: phải là “- Lưu: VT, <đơn vị soạn thảo>.” (Đảng: “- Lưu …” kết thúc bằng dấu chấm)."
    summary_en = "Archive line format: “- Lưu: VT, <drafting unit>.” (Party: “- Lưu …” ending with “.”)."
    description = (
        "Dòng lưu viết đúng mẫu “- Lưu: VT, <đơn vị soạn thảo>.”: có dấu hai chấm sau “Lưu”, có “VT” (Văn thư) và "
        "kết thúc bằng dấu chấm, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9. Văn bản Đảng chỉ cần “- Lưu …” "
        "kết thúc bằng dấu chấm, không đòi “VT” và dấu hai chấm. Chấp nhận chữ viết tắt đơn vị kèm tên người soạn "
        "sau dấu chấm (“NC.Châu”). Với văn bản Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh "
        "nên thông báo chỉ là thông tin; văn bản chưa rõ hệ thống chỉ bị cảnh báo. Với --fix: thêm dấu hai chấm và "
        "dấu chấm cuối (sửa an toàn); thiếu “VT” thì phải tự thêm."
    )
    description_en = (
        "The archive line reads “- Lưu: VT, <drafting unit>.”: a colon after “Lưu”, “VT” (the records office) and a "
        "final period, per Decree 30/2020/NĐ-CP, Appendix I, II.9. Party documents only need “- Lưu …” ending with a "
        "period, without “VT” or the colon. A unit abbreviation followed by the drafter's name (“NC.Châu”) is "
        "accepted. For Party documents the corresponding rule (Guidance 36-HD/VPTW) is unverified, so the finding is "
        "information only; a document of unknown system gets a warning. With --fix the colon and the final period "
        "are added (safe fix); a missing “VT” must be added by hand."
    )
    bad = plan(
        ("- Lưu: VT, NC.\tCHỦ TỊCH\n", "- Lưu VT, NC\tCHỦ TỊCH\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-03 [T]; Đảng: HD36-NN-01 [U] (info, không đòi “VT”)"

    def check(self, ctx):
        lines = ctx.assignments.recipients
        archive = [line for line in lines if line.kind == "archive"]
        if not archive:
            return
        line = archive[-1]
        doc = ctx.document
        fi, fs, fe = line.first
        li, ls, le = line.last
        first = doc.paragraphs[fi]
        last = doc.paragraphs[li]
        m = _LUU_RE.search(first.text, fs, fe)
        if m is None:
            return
        party = ctx.profile == "party"
        problems: list[str] = []
        edits: list[Edit] = []
        if not party and not m.group(1):
            problems.append("thiếu dấu “:” sau “Lưu”")
            edits.append(Edit(first.index, m.start() + 3, m.end(), ": "))
        full = " ".join(doc.paragraphs[i].text[s:e] for i, s, e in line.spans)
        if not party and not _VT_RE.search(full[m.end() - fs:]):
            problems.append("thiếu “VT” (Văn thư)")
        body = last.text[ls:le]
        punct = re.search(r"[;,.:]*$", body).group(0)
        # "- Lưu: VT, NC.Châu": unit abbreviation + drafter's name, an observed convention that closes the line
        drafter = re.search(r"\b[A-ZĐ]{1,8}\.[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$", body) is not None
        if punct != "." and not drafter:
            problems.append(f"kết thúc bằng “{punct}” thay vì “.”" if punct else "thiếu dấu “.” ở cuối")
            edits.append(Edit(last.index, le - len(punct), le, "."))
        if not problems:
            return
        expected = "- Lưu …." if party else "- Lưu: VT, <đơn vị soạn thảo>."
        ctx.report(self, first, m.start(), fe,
                   message=f"Dòng lưu “{' '.join(full.split())}”: {'; '.join(problems)} (đúng: “{expected}”)."
                   + suffix(ctx),
                   message_en=f"Archive line should read “{expected}”.",
                   fix=Fix(tuple(edits)) if edits else None)
