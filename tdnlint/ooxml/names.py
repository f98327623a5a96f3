"""Clark-notation tag names for WordprocessingML, Transitional or ISO Strict.

Strict documents (``http://purl.oclc.org/ooxml/...``) use the same local names as
Transitional ones, only the namespace URIs differ.  Rather than rewriting the
XML (which would make write-back produce a mixed package) we build the tag
strings for whichever namespace the part actually uses.
"""

from __future__ import annotations

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
M_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/math"
M_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Local names used by the story walker; each becomes an attribute holding the Clark tag.
_W_TAGS = ["document", "body", "p", "pPr", "r", "rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "sym", "fldChar", "fldSimple", "instrText", "delText", "delInstrText", "ins", "del", "moveFrom", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "bdo", "dir", "tbl", "tr", "tc", "tcPr", "gridSpan", "trPr", "tblGrid", "gridBefore", "txbxContent", "pict", "object", "drawing", "commentRangeStart", "commentRangeEnd", "commentReference", "footnoteReference", "endnoteReference", "pStyle", "rStyle", "jc", "outlineLvl", "sectPr", "pgSz", "pgMar", "rFonts", "sz", "b", "i", "u", "vanish", "highlight", "color", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "style", "styles", "docDefaults", "rPrDefault", "pPrDefault", "name", "basedOn", "font", "fonts", "comment", "comments", "footnote", "footnotes", "endnote", "endnotes", "hdr", "ftr", "headerReference", "footerReference", "ptab", "lastRenderedPageBreak", "caps", "smallCaps", "strike", "dstrike", "ind", "spacing", "titlePg", "numPr", "numId", "ilvl"]


class Names:
    """Tag names for one WordprocessingML namespace (``Names(strict=True)`` for ISO Strict)."""

    def __init__(self, strict: bool = False):
        self.strict = strict
        self.W = W_STRICT if strict else W_TRANSITIONAL
        self.R = R_STRICT if strict else R_TRANSITIONAL
        self.M = M_STRICT if strict else M_TRANSITIONAL
        w = "{" + self.W + "}"
        for local in _W_TAGS:
            setattr(self, local, w + local)
        self.w = w
        self.val = w + "val"
        self.id = w + "id"
        self.type = w + "type"
        self.r_id = "{" + self.R + "}id"
        self.fldCharType = w + "fldCharType"
        self.del_ = w + "del"  # "del" is a Python keyword
        self.m_t = "{" + self.M + "}t"
        self.oMath = "{" + self.M + "}oMath"
        self.oMathPara = "{" + self.M + "}oMathPara"
        self.mc_alternate = "{" + MC + "}AlternateContent"
        self.mc_choice = "{" + MC + "}Choice"
        self.mc_fallback = "{" + MC + "}Fallback"

    def attr(self, local: str) -> str:
        return self.w + local


TRANSITIONAL = Names(False)
STRICT = Names(True)


def names_for(root) -> Names:
    """The Names matching the namespace of ``root`` (an lxml element of a WordprocessingML part)."""
    tag = root.tag
    if isinstance(tag, str) and tag.startswith("{" + W_STRICT + "}"):
        return STRICT
    return TRANSITIONAL
