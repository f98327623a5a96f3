import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import VI_LETTER, around, scan

# A dash with a space on one side only, between two words or numbers: "2021 -2025", "kinh tế- xã hội".
_PATTERN = re.compile(
    rf"(?<=[{VI_LETTER}\d])( [-–—]|[-–—] )(?=[{VI_LETTER}\d])"
)
_NEED = re.compile("[-–—]")  # implied by every _PATTERN match (scan pre-filter)
# "69 -HD/BTGTU" and "57- KL/TW" are document codes: the citation rules own those.
_CODE_AHEAD = re.compile(r"[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ]")
# Party heading numbers "I- MỤC ĐÍCH", "2- Nhiệm vụ", "a- …" (spec HD36-NUM-01): the dash belongs to the number.
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])$")


class RangeDashSpacing(Rule):
    code = "TDN207"
    name = "dash-spacing"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Dấu gạch nối/gạch ngang chỉ có dấu cách ở một bên."
    summary_en = "A dash with a space on one side only."
    bad = "giai đoạn 2021 -2025; phát triển kinh tế- xã hội"
    good = "giai đoạn 2021 - 2025; phát triển kinh tế - xã hội"
    basis = "convention; spec BODY-03 (khoảng thời gian viết thống nhất '2025 - 2030')"

    def check(self, ctx):
        for p, m in scan(ctx, _PATTERN, _NEED):
            after = p.text[m.end():m.end() + 12]
            before = p.text[max(0, m.start() - 6):m.start()]
            if _CODE_AHEAD.match(after) and before[-1:].isdigit():
                continue
            if m.start() > 0 and p.text[:m.start()].strip() == "":
                continue
            if m.group(1).startswith("-") and _HEADING_NUMBER.match(p.text[:m.start()]):
                continue
            if before[-1:].isalpha() and after[:1].isdigit():
                continue  # a name with a number ("COVID -19", "F0 -F1"): one token, written without spaces (TDN406)
            dash = m.group(1).strip()
            ctx.report(self, p, m.start(), m.end(),
                       message=f"Dấu '{dash}' cần có dấu cách ở cả hai bên (hoặc không có ở bên nào).",
                       message_en=f"'{dash}' needs a space on both sides (or on neither).",
                       replacement=f" {dash} ",
                       suggestion=around(p.text, m.start(), m.end(), f" {dash} "))
