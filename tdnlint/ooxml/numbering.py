"""Word automatic list numbering: the label Word displays before a paragraph ("1.", "a)", "II.", "•").

The label is not in the paragraph's text nodes, so the reader exposes it separately
(``Paragraph.list_label``) and never puts it into the analysis text (a fix could not
be written back to it).

Model (what Word does in practice):
* a paragraph is numbered by ``w:numPr`` (``w:numId`` + ``w:ilvl``), directly or through its
  paragraph style chain; ``numId`` 0 switches numbering off;
* ``w:num`` instances point to a ``w:abstractNum`` (possibly through ``w:numStyleLink``);
  instances of the same abstract definition share counters, unless the instance has a
  ``w:startOverride`` for a level, which restarts that level the first time it is used;
* numbering a level restarts every deeper level (``w:lvlRestart`` honoured);
* ``w:lvlText`` "%1.%2." is filled with each level's counter in its own ``w:numFmt``
  (``w:isLgl`` forces decimal).
"""

from __future__ import annotations

from .names import Names

_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓", "\uf02d": "-",
                   "\uf0a8": "□", "\uf06e": "■", "\uf0e0": "→", "\uf0de": "⇒"}


class Level:
    __slots__ = ("fmt", "legal", "restart", "start", "text")

    def __init__(self, start: int = 1, fmt: str = "decimal", text: str = "%1.", restart: int | None = None,
                 legal: bool = False):
        self.start = start
        self.fmt = fmt
        self.text = text
        self.restart = restart
        self.legal = legal


class Numbering:
    """Parsed numbering.xml plus the running counters of one story."""

    def __init__(self, root, n: Names, styles=None):
        self.n = n
        self.abstract: dict[str, dict[int, Level]] = {}
        self.num_abstract: dict[str, str] = {}
        self.num_overrides: dict[str, dict[int, Level | int]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self._started: set[tuple[str, int]] = set()
        self._style_links: dict[str, str] = {}
        self.styles = styles
        if root is None:
            return
        for a in root.iter(n.w + "abstractNum"):
            aid = a.get(n.w + "abstractNumId")
            if aid is None:
                continue
            # A damaged or hand-made package may say ilvl="0x10": such a level is ignored, not a crash.
            self.abstract[aid] = {_int(lvl.get(n.w + "ilvl"), 0): self._level(lvl) for lvl in a.iter(n.w + "lvl")}
            link = a.find(n.w + "numStyleLink")
            if link is not None and link.get(n.val):
                self._style_links[aid] = link.get(n.val)
        for num in root.iter(n.w + "num"):
            nid = num.get(n.w + "numId")
            ref = num.find(n.w + "abstractNumId")
            if nid is None or ref is None:
                continue
            self.num_abstract[nid] = ref.get(n.val) or ""
            overrides: dict[int, Level | int] = {}
            for ov in num.iter(n.w + "lvlOverride"):
                ilvl = _int(ov.get(n.w + "ilvl"), 0)
                lvl = ov.find(n.w + "lvl")
                so = ov.find(n.w + "startOverride")
                if lvl is not None:
                    overrides[ilvl] = self._level(lvl)
                elif so is not None:
                    overrides[ilvl] = _int(so.get(n.val), 1)
            if overrides:
                self.num_overrides[nid] = overrides

    def for_story(self) -> Numbering:
        """The same definitions with fresh counters (each story numbers on its own)."""
        other = Numbering.__new__(Numbering)
        other.__dict__.update(self.__dict__)
        other.counters = {}
        other._started = set()
        return other

    def _level(self, lvl) -> Level:
        n = self.n

        def val(tag: str) -> str | None:
            el = lvl.find(n.w + tag)
            return el.get(n.val) if el is not None else None

        restart = val("lvlRestart")
        legal = lvl.find(n.w + "isLgl")
        return Level(
            start=_int(val("start"), 1),
            fmt=val("numFmt") or "decimal",
            text=val("lvlText") if val("lvlText") is not None else "",
            restart=_int(restart, None) if restart is not None else None,
            legal=legal is not None and (legal.get(n.val) or "1").lower() not in ("0", "false", "off"),
        )

    def _abstract_of(self, num_id: str) -> str | None:
        aid = self.num_abstract.get(num_id)
        seen = set()
        # numStyleLink: the abstract definition lives behind a numbering style's own numId
        while aid is not None and aid in self._style_links and aid not in seen and self.styles is not None:
            seen.add(aid)
            style = self.styles.by_id.get(self._style_links[aid])
            nid = _style_num_id(style, self.n) if style is not None else None
            if nid is None or nid == num_id:
                break
            aid = self.num_abstract.get(nid)
        return aid

    def label(self, num_id: str | None, ilvl: int | None) -> str | None:
        """Advance the counters for a paragraph numbered (num_id, ilvl) and return its label."""
        if not num_id or num_id == "0":
            return None
        aid = self._abstract_of(num_id)
        if aid is None or aid not in self.abstract:
            return None
        levels = self.abstract[aid]
        ilvl = max(0, min(ilvl or 0, 8))
        overrides = self.num_overrides.get(num_id, {})

        def level(k: int) -> Level:
            ov = overrides.get(k)
            if isinstance(ov, Level):
                return ov
            return levels.get(k) or Level(text=f"%{k + 1}.")

        counters = self.counters.setdefault(aid, [None] * 9)
        ov = overrides.get(ilvl)
        if ov is not None and (num_id, ilvl) not in self._started:
            self._started.add((num_id, ilvl))
            counters[ilvl] = (ov if isinstance(ov, int) else ov.start) - 1
        lv = level(ilvl)
        current = counters[ilvl]
        counters[ilvl] = (lv.start if current is None else current + 1)
        for deeper in range(ilvl + 1, 9):
            restart = level(deeper).restart  # 1-based level whose numbering restarts it; 0 = never
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                counters[deeper] = None
        text = lv.text
        if lv.fmt == "bullet":
            return "".join(_SYMBOL_BULLETS.get(c, c) for c in text) or "•"
        if lv.fmt == "none":
            return _fill(text, counters, level, lv.legal) if "%" in text else text
        return _fill(text, counters, level, lv.legal)


def _fill(text: str, counters, level, legal: bool) -> str:
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text) and text[i + 1] in "0123456789":  # not "²": isdigit() is wider
            k = int(text[i + 1]) - 1
            if 0 <= k < 9:
                lv = level(k)
                value = counters[k] if counters[k] is not None else lv.start
                out.append(format_number(value, "decimal" if legal else lv.fmt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def format_number(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(value)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        if value < 1 or value > 26 * 40:  # "aaaa…" past 40 letters is no label (w:start="999999999")
            return str(value)
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)  # decimal and every format we do not render specially


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)


def _style_num_id(style, n: Names) -> str | None:
    ppr = style.find(n.pPr)
    if ppr is None:
        return None
    numpr = ppr.find(n.w + "numPr")
    if numpr is None:
        return None
    nid = numpr.find(n.w + "numId")
    return nid.get(n.val) if nid is not None else None


def _int(v, default):
    """An integer attribute, or ``default`` when it is missing or not a sane integer."""
    try:
        value = int(v) if v is not None else default
    except (ValueError, TypeError):
        return default
    if value is not None and not -1_000_000_000 <= value <= 1_000_000_000:
        return default
    return value
