import re

from tdnlint.api import Rule, Severity

from ._common import MEANING, STATE_COLLEGIAL_RE, authorities, prefix, span_text


class StateCollectiveDeputy(Rule):
    code = "TDN533"
    name = "state-collective-deputy"
    category = "signature"
    severity = Severity.WARNING
    profiles = frozenset({"state"})
    summary = "Cấp phó ký thay mặt tập thể (TM. …) thì thêm “KT. <chức vụ cấp trưởng>”: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."
    summary_en = "A deputy signing for a collegial body: TM. <BODY> / KT. <HEAD TITLE> / <DEPUTY TITLE>."
    description = (
        "Áp dụng cho văn bản nhà nước: cấp phó ký văn bản do tập thể quyết định thì trình bày “TM. <tên tập thể>”, "
        "“KT. <chức vụ cấp trưởng>”, rồi chức vụ cấp phó (“TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”). Quy "
        "tắc báo khi có “TM.” mà thiếu “KT.”, hoặc khi nghị quyết của tập thể, quyết định của tập thể (dòng thẩm "
        "quyền ghi tên cơ quan tập thể) có “KT.” mà thiếu “TM.”. Đây là cách trình bày thường gặp (Nghị định "
        "30/2020/NĐ-CP, Điều 13 và Phụ lục I, mục II.7; thực tiễn), nên chỉ là cảnh báo. Không báo: kế hoạch, báo "
        "cáo, thông báo và quyết định của chủ tịch ký “KT. CHỦ TỊCH” (đúng), văn bản Mặt trận (thường ký “TM. BAN "
        "THƯỜNG TRỰC / PHÓ CHỦ TỊCH”). Không có sửa tự động."
    )
    description_en = (
        "For State documents: a deputy signing a document decided by a collective writes “TM. <body>”, “KT. <head's "
        "title>”, then the deputy's title (“TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”). Reported when “TM.” "
        "has no “KT.” line, or when a collective's resolution or decision (its enacting line naming the collective "
        "body) has “KT.” without “TM.”. This is the usual form (Decree 30/2020/NĐ-CP, Article 13 and Appendix I, "
        "II.7; practice), so it is a warning. Not reported: plans, reports, notices and the chairman's own decisions "
        "signed “KT. CHỦ TỊCH” (correct), and Front documents (usually “TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH”). No "
        "automatic fix."
    )
    bad = "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH"
    good = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    basis = "NĐ 30/2020/NĐ-CP, Điều 13 và Phụ lục I, mục II.7 [T]; spec ND30-SIG-03 [O]"

    def check(self, ctx):
        seg = ctx.segments
        title = span_text(ctx, seg.signer_title).strip()
        if not title.startswith("PHÓ ") or seg.signer_title is None:
            return
        meanings = [MEANING.get(prefix(t) or "") for *_, t in authorities(ctx)]
        issuer = " ".join(seg.text_of(sp) or "" for sp in seg.issuer).upper()
        enacting = (seg.text_of(seg.enacting_line) or "").upper()
        # Decided by the collective: a resolution of a collegial body, or a decision whose enacting line names
        # the body itself ("ỦY BAN NHÂN DÂN TỈNH …", not "CHỦ TỊCH ỦY BAN NHÂN DÂN …").  Then a deputy signs
        # "TM. <BODY>" / "KT. <HEAD>" (spec example [O]).  Plans, reports, notices and the Chủ tịch's own
        # decisions are signed "KT. CHỦ TỊCH" alone, which is correct (real issued documents do so).
        collective = (seg.doc_type == "NGHỊ QUYẾT" and STATE_COLLEGIAL_RE.search(issuer)) or (
            seg.doc_type == "QUYẾT ĐỊNH" and STATE_COLLEGIAL_RE.match(enacting))
        if collective and "KT" in meanings and "TM" not in meanings:
            i, s, e = seg.signature_authority
            ctx.report(self, ctx.document.paragraphs[i], s, e,
                       message=f"{seg.doc_type.capitalize()} do tập thể quyết định, cấp phó ký: thêm dòng "
                               "“TM. <tên tập thể>” phía trên dòng “KT. …”.",
                       message_en="A collective's resolution signed by a deputy: add “TM. <BODY>” above “KT. …”.")
            return
        if "TM" in meanings and "KT" not in meanings:
            # The deputy's post in *this* collective is the first title line under "TM. …"; further lines are
            # concurrent posts ("PHÓ TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH"): the missing line is then
            # "KT. TRƯỞNG BAN", not "KT. CHỦ TỊCH UBND TỈNH".  With several title lines the line to add is only
            # named in the message, not offered as a ready-made text.
            titles = _title_lines(ctx)
            first = titles[0] if titles else title
            if not first.startswith("PHÓ "):
                return
            head = re.sub(r"^PHÓ\s+", "", first)
            i, s, e = seg.signer_title
            ctx.report(self, ctx.document.paragraphs[i], s, e,
                       message=f"Cấp phó ký thay mặt tập thể: thêm dòng “KT. {head}” giữa dòng “TM. …” và “{first}”.",
                       message_en=f"Add “KT. {head}” between the “TM. …” line and “{first}”.",
                       suggestion=f"KT. {head}" if len(titles) <= 1 else None)


def _title_lines(ctx) -> list[str]:
    """Upper-case title lines of the signature block between the last authority line and the name."""
    seg = ctx.segments
    auth = set(map(tuple, seg.signature_authorities))
    out: list[str] = []
    for sp in seg.signature_lines:
        if tuple(sp) in auth:
            out = []
            continue
        if seg.signer_name is not None and tuple(sp)[:2] >= tuple(seg.signer_name)[:2]:
            break
        t = (seg.text_of(sp) or "").strip()
        if t and t.upper() == t and not t.startswith("("):
            out.append(" ".join(t.split()))
    return out
