"""Effective formatting: direct formatting -> character style -> paragraph style (basedOn chain) -> docDefaults.

Toggle properties (bold, italic, hidden) use "nearest explicit value wins", which
is what Word shows in practice for documents that do not toggle the same
property twice along one style chain.  Table styles are not applied.
"""

from __future__ import annotations

from .names import Names

_ON = {"1", "true", "on", ""}
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_A_STRICT = "http://purl.oclc.org/ooxml/drawingml/main"

# Word stores built-in style names in lower case ("heading 1"); users and rules know "Heading 1".
_BUILTIN_LOWER = ("heading ", "toc ", "caption", "header", "footer", "footnote text", "endnote text",
                  "normal", "title", "subtitle", "list paragraph", "annotation text", "body text")


def onoff(el, val_attr: str) -> bool:
    v = el.get(val_attr)
    return v is None or v.lower() in _ON


def display_name(name: str | None) -> str | None:
    if name and name[0].islower() and name.startswith(_BUILTIN_LOWER):
        return name[0].upper() + name[1:]
    return name


class Styles:
    def __init__(self, root, n: Names, theme_root=None):
        self.n = n
        self.by_id: dict[str, object] = {}
        self.names: dict[str, str] = {}
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.theme = _theme_fonts(theme_root)
        self.defaults: dict = {}
        self.default_layout: dict = {}
        self._para_cache: dict[str | None, tuple] = {}
        self._run_cache: dict[tuple[str | None, str | None], dict] = {}
        self._chain_cache: dict[str, dict] = {}
        if root is None:
            return
        for st in root.iter(n.style):
            sid = st.get(n.attr("styleId"))
            if sid is None:
                continue
            self.by_id[sid] = st
            name_el = st.find(n.name)
            self.names[sid] = display_name(name_el.get(n.val) if name_el is not None else sid) or sid
            if (st.get(n.attr("default")) or "").lower() in ("1", "true", "on"):
                stype = st.get(n.type)
                if stype == "paragraph" and self.default_para is None:
                    self.default_para = sid
                elif stype == "character" and self.default_char is None:
                    self.default_char = sid
        dd = root.find(n.docDefaults)
        if dd is not None:
            rd = dd.find(n.rPrDefault)
            if rd is not None:
                rpr = rd.find(n.rPr)
                if rpr is not None:
                    self.defaults = self.rpr_props(rpr)
            pd = dd.find(n.pPrDefault)
            if pd is not None:
                ppr = pd.find(n.pPr)
                if ppr is not None:
                    self.default_layout = self.ppr_layout(ppr)

    # ---- run properties ------------------------------------------------------------------
    def rpr_props(self, rpr) -> dict:
        """Properties set explicitly in one w:rPr element (only the keys present)."""
        n = self.n
        out: dict = {}
        for ch in rpr:
            tag = ch.tag
            if tag == n.rFonts:
                font = self._font(ch)
                if font:
                    out["font"] = font
            elif tag == n.sz:
                v = ch.get(n.val)
                if v:
                    out["size"] = _half_points(v)
            elif tag == n.b:
                out["bold"] = onoff(ch, n.val)
            elif tag == n.i:
                out["italic"] = onoff(ch, n.val)
            elif tag == n.u:
                v = ch.get(n.val)
                out["underline"] = v is None or v != "none"
            elif tag == n.vanish:
                out["hidden"] = onoff(ch, n.val)
            elif tag == n.highlight:
                v = ch.get(n.val)
                out["highlight"] = None if v in (None, "none") else v
            elif tag == n.color:
                out["color"] = ch.get(n.val)
        return out

    def direct_props(self, rpr) -> tuple[dict, str | None, int]:
        """(explicit properties, character style id, revision marks) of a run's w:rPr -- the hot path."""
        n = self.n
        out: dict = {}
        rstyle = None
        changes = 0
        val = n.val
        for ch in rpr.iterchildren(n.b, n.i, n.sz, n.rFonts, n.rStyle, n.u, n.vanish, n.highlight, n.color,
                                   n.rPrChange, n.ins, n.del_):
            tag = ch.tag
            if tag == n.b:
                v = ch.get(val)
                out["bold"] = v is None or v.lower() in _ON
            elif tag == n.i:
                v = ch.get(val)
                out["italic"] = v is None or v.lower() in _ON
            elif tag == n.sz:
                v = ch.get(val)
                if v:
                    out["size"] = _half_points(v)
            elif tag == n.rFonts:
                font = self._font(ch)
                if font:
                    out["font"] = font
            elif tag == n.rStyle:
                rstyle = ch.get(val)
            elif tag == n.u:
                v = ch.get(val)
                out["underline"] = v is None or v != "none"
            elif tag == n.vanish:
                v = ch.get(val)
                out["hidden"] = v is None or v.lower() in _ON
            elif tag == n.highlight:
                v = ch.get(val)
                out["highlight"] = None if v in (None, "none") else v
            elif tag == n.color:
                out["color"] = ch.get(val)
            elif tag == n.rPrChange or tag == n.ins or tag == n.del_:
                changes += 1
        return out, rstyle, changes

    def _font(self, el) -> str | None:
        n = self.n
        for attr in ("asciiTheme", "ascii", "hAnsiTheme", "hAnsi"):
            v = el.get(n.attr(attr))
            if v:
                if attr.endswith("Theme"):
                    v = self.theme.get("major" if v.startswith("major") else "minor")
                    if not v:
                        continue
                return v
        return None

    def chain(self, sid: str | None) -> list:
        """Style ``sid`` and its basedOn ancestors, nearest first (a basedOn loop or a missing style ends it):
        the one inheritance walk both run and paragraph properties use."""
        out = []
        seen = set()
        cur = sid
        while cur and cur not in seen and cur in self.by_id:
            seen.add(cur)
            st = self.by_id[cur]
            out.append(st)
            based = st.find(self.n.basedOn)
            cur = based.get(self.n.val) if based is not None else None
        return out

    def _style_rpr_chain(self, sid: str | None) -> dict:
        """Run properties contributed by style ``sid`` and its basedOn ancestors (nearest wins)."""
        if sid is None:
            return {}
        hit = self._chain_cache.get(sid)
        if hit is not None:
            return hit
        props: dict = {}
        for st in reversed(self.chain(sid)):
            rpr = st.find(self.n.rPr)
            if rpr is not None:
                props.update(self.rpr_props(rpr))
        self._chain_cache[sid] = props
        return props

    def run_base(self, pstyle: str | None, rstyle: str | None) -> dict:
        """Effective properties before direct formatting, for a run in paragraph style ``pstyle``."""
        key = (pstyle, rstyle)
        hit = self._run_cache.get(key)
        if hit is None:
            hit = dict(self.defaults)
            hit.update(self._style_rpr_chain(pstyle or self.default_para))
            hit.update(self._style_rpr_chain(rstyle))
            self._run_cache[key] = hit
        return hit

    # ---- paragraph properties ------------------------------------------------------------
    def para_base(self, sid: str | None) -> tuple[str | None, str | None, int | None, dict, tuple]:
        """(style display name, alignment, outline level 0-based, layout) inherited from style ``sid``.

        ``layout`` keys (only those set): first (mm, negative = hanging), left (mm), before (pt),
        after (pt), line (lines) or line_pt (points); see :meth:`ppr_layout`.  The last item is the
        inherited list numbering ``(numId, ilvl)`` (either may be None).
        """
        sid = sid if sid in self.by_id else self.default_para
        hit = self._para_cache.get(sid)
        if hit is not None:
            return hit
        jc = outline = num_id = ilvl = None
        chain = self.chain(sid)
        for st in chain:
            ppr = st.find(self.n.pPr)
            if ppr is not None:
                if jc is None:
                    el = ppr.find(self.n.jc)
                    if el is not None:
                        jc = el.get(self.n.val)
                if outline is None:
                    el = ppr.find(self.n.outlineLvl)
                    if el is not None:
                        outline = _int(el.get(self.n.val))
                numpr = ppr.find(self.n.w + "numPr")
                if numpr is not None:
                    if num_id is None:
                        el = numpr.find(self.n.w + "numId")
                        if el is not None:
                            num_id = el.get(self.n.val)
                    if ilvl is None:
                        el = numpr.find(self.n.w + "ilvl")
                        if el is not None:
                            ilvl = _int(el.get(self.n.val))
        layout = dict(self.default_layout)
        for st in reversed(chain):
            ppr = st.find(self.n.pPr)
            if ppr is not None:
                layout.update(self.ppr_layout(ppr))
        hit = (self.names.get(sid) if sid else None, jc, outline, layout, (num_id, ilvl))
        self._para_cache[sid] = hit
        return hit

    def ppr_layout(self, ppr) -> dict:
        """Indents and spacing set explicitly in one w:pPr."""
        n = self.n
        out: dict = {}
        ind = ppr.find(n.ind)
        if ind is not None:
            left = ind.get(n.attr("left")) or ind.get(n.attr("start"))
            if left is not None:
                out["left"] = universal_mm(left)
            hanging = ind.get(n.attr("hanging"))
            first = ind.get(n.attr("firstLine"))
            if hanging is not None:
                v = universal_mm(hanging)
                out["first"] = None if v is None else -v
            elif first is not None:
                out["first"] = universal_mm(first)
        sp = ppr.find(n.spacing)
        if sp is not None:
            for attr, key in (("before", "before"), ("after", "after")):
                v = sp.get(n.attr(attr))
                if v is not None:
                    mm = universal_mm(v)
                    out[key] = None if mm is None else round(mm / 25.4 * 72, 2)
            line = sp.get(n.attr("line"))
            if line is not None:
                rule = sp.get(n.attr("lineRule")) or "auto"
                try:
                    value = float(line)
                except ValueError:
                    value = None
                if value is not None and not -1e7 <= value <= 1e7:  # nan, inf, absurd
                    value = None
                if rule == "auto":
                    out["line"] = None if value is None else round(value / 240, 3)
                    out["line_pt"] = None
                else:
                    mm = universal_mm(line)
                    out["line_pt"] = None if mm is None else round(mm / 25.4 * 72, 2)
                    out["line"] = None
        return out


def normalize_jc(v: str | None) -> str | None:
    if v is None:
        return None
    return {"start": "left", "end": "right", "distribute": "both", "lowKashida": "both",
            "mediumKashida": "both", "highKashida": "both", "thaiDistribute": "both"}.get(v, v)


def _int(v: str | None) -> int | None:
    try:
        value = int(v) if v is not None else None
    except (ValueError, TypeError):
        return None
    return value if value is None or -1_000_000 <= value <= 1_000_000 else None


def _half_points(v: str) -> float | None:
    """w:sz: half-points ("28" = 14 pt), or a universal measure; None when it is not a sane size."""
    try:
        value = int(v) / 2
    except ValueError:
        return _universal_pt(v)
    except OverflowError:
        return None
    return value if 0 <= value <= 10_000 else None


def _universal_pt(v: str) -> float | None:
    mm = universal_mm(v)
    return None if mm is None else round(mm / 25.4 * 72, 2)


def universal_mm(v: str | None) -> float | None:
    """A measure in twips ("11906") or ISO universal measure ("210mm", "8.5in") -> millimetres."""
    if v is None:
        return None
    v = v.strip()
    try:
        return _sane_mm(int(v) / 1440 * 25.4)
    except ValueError:
        pass
    except OverflowError:  # thousands of digits
        return None
    units = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "pi": 25.4 / 6}
    for unit, factor in units.items():
        if v.endswith(unit):
            try:
                return _sane_mm(float(v[: -len(unit)]) * factor)
            except ValueError:
                return None
    return None


def _sane_mm(mm: float) -> float | None:
    """A length a page can have (±100 m covers every real value); nan, inf and absurd values are unknown."""
    return mm if -100_000.0 <= mm <= 100_000.0 else None


def _theme_fonts(root) -> dict[str, str]:
    if root is None:
        return {}
    out = {}
    for ns in (_A_NS, _A_STRICT):
        a = "{" + ns + "}"
        for kind in ("major", "minor"):
            el = root.find(f".//{a}{kind}Font/{a}latin")
            if el is not None and el.get("typeface"):
                out[kind] = el.get("typeface")
    return out
