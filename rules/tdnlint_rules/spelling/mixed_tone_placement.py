from tdnlint.api import Edit, Fix, Rule, Severity, compose, open_glide_style, parse

from ._common import spelling_on, spelling_scan


def _open_glide_forms() -> frozenset[str]:
    """Every toned open oa/oe/uy syllable in both styles, lower case (pre-filter)."""
    from tdnlint.api import ONSETS

    out = set()
    for onset in ONSETS:
        for rhyme in ("oa", "oe", "uy"):
            for tone in range(1, 6):
                for new in (False, True):
                    w = compose(onset, rhyme, tone, new_style=new)
                    if open_glide_style(w) is not None:
                        out.add(w)
    return frozenset(out)


OPEN_GLIDE = _open_glide_forms()


def restyle(word: str, style: str) -> str | None:
    syl = parse(word)
    if syl is None:
        return None
    out = compose(syl.onset, syl.rhyme, syl.tone, new_style=(style == "new"))
    if word.isupper():
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


class MixedTonePlacement(Rule):
    code = "TDN410"
    name = "mixed-tone-placement"
    category = "consistency"
    severity = Severity.WARNING
    fixable = True
    summary = "Văn bản dùng lẫn hai kiểu đặt dấu thanh (\"hòa\" và \"hoà\", \"Ủy\" và \"Uỷ\"): thống nhất một kiểu."
    summary_en = "Both tone-mark placements are used (\"hòa\"/\"hoà\", \"Ủy\"/\"Uỷ\"): use one style."
    description = (
        "Phát hiện văn bản dùng lẫn hai kiểu đặt dấu thanh trên vần “oa”, “oe”, “uy” (kiểu cũ “hòa”, “thủy”, “Ủy”; "
        "kiểu mới “hoà”, “thuỷ”, “Uỷ”). Không quy định nào bắt buộc một kiểu, nhưng một văn bản nên thống nhất một "
        "kiểu (thực tiễn); Quyết định 1989/QĐ-BGDĐT chọn kiểu mới cho sách giáo khoa. Chỉ đếm âm tiết không có phụ "
        "âm cuối: “hoàn”, “toán”, “quý” viết giống nhau ở cả hai kiểu nên không tính. Báo một lần cho cả văn bản, "
        "tại chỗ đầu tiên, kèm số chỗ dùng kiểu ít hơn; văn bản gõ bằng bảng mã cũ không được kiểm tra. Với --fix: "
        "chuyển tất cả về kiểu dùng nhiều hơn (nếu hai kiểu bằng nhau thì theo kiểu cũ), sửa an toàn."
    )
    description_en = (
        "Finds a document that mixes the two tone-mark placements on “oa”, “oe”, “uy” (traditional “hòa”, “thủy”, "
        "“Ủy”; new “hoà”, “thuỷ”, “Uỷ”). No regulation mandates one style, but one document should use one "
        "(practice); Decision 1989/QĐ-BGDĐT chose the new style for school books. Only syllables without a final "
        "consonant count: “hoàn”, “toán”, “quý” are written the same in both styles. Reported once per document, at "
        "the first place, with the number of minority forms; legacy-encoded text is not checked. With --fix "
        "everything is restyled to the majority style (the traditional one on a tie), a safe fix."
    )
    bad = "Ủy ban nhân dân tỉnh … thừa uỷ quyền … văn hóa và hoà nhập."
    good = "Ủy ban nhân dân tỉnh … thừa ủy quyền … văn hóa và hòa nhập."
    basis = "spec ENC-05 [T/O]; QĐ 1989/QĐ-BGDĐT Điều 8 (kiểu mới); NĐ 30/2020 dùng lẫn cả hai"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        hits = []
        counts = {"old": 0, "new": 0}
        scan = spelling_scan(ctx)
        forms = scan.words & OPEN_GLIDE
        if len({open_glide_style(f) for f in forms}) < 2:
            return  # one style only (the usual case): nothing to count
        for p, start, end, written in scan.find(forms):
            style = open_glide_style(written)
            if style is None:
                continue
            counts[style] += 1
            hits.append((p, start, end, written, style))
        if not counts["old"] or not counts["new"]:
            return
        majority = "new" if counts["new"] > counts["old"] else "old"
        minority = "old" if majority == "new" else "new"
        label = {"old": "kiểu cũ (hòa, thủy)", "new": "kiểu mới (hoà, thuỷ)"}
        label_en = {"old": "traditional (hòa, thủy)", "new": "new (hoà, thuỷ)"}
        places = []
        for p, start, end, written, style in hits:
            if style != minority:
                continue
            good = restyle(written, majority)
            if good is None or good == written:
                continue
            places.append((p, start, end, written, good))
        if not places:
            return
        # one finding per document (a style choice, not N errors): the first place, the others as
        # related locations, and one fix that restyles them all
        p, start, end, written, good = places[0]
        n = len(places)
        forms = ", ".join(dict.fromkeys(f"'{w}'" for _p, _s, _e, w, _g in places[:6]))
        fix = Fix(tuple(Edit(q.index, s0, e0, g) for q, s0, e0, _w, g in places), safe=True)
        ctx.report(self, p, start, end,
                   message=(f"{n} chỗ đặt dấu {label[minority]} ({forms}), trong khi văn bản chủ yếu đặt dấu "
                            f"{label[majority]} ({counts[majority]} lần): nên thống nhất, ví dụ '{good}'."),
                   message_en=(f"{n} place(s) use the {label_en[minority]} tone placement ({forms}) while the "
                               f"document mostly uses the {label_en[majority]} one ({counts[majority]} times): "
                               f"use one style, e.g. '{good}'."),
                   fix=fix, suggestion=good, related=[(q, s0, e0) for q, s0, e0, _w, _g in places[1:]])
