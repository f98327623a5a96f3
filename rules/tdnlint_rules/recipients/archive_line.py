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
