import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import VI_DIACRITIC, VI_LOWER, VI_UPPER, scan

# "BanThường", "tỉnhBan": a lower-case letter directly followed by a capitalised syllable.
_PATTERN = re.compile(rf"\b([{VI_UPPER}]?[{VI_LOWER}]+)([{VI_UPPER}][{VI_LOWER}]+)\b")
# implied by every _PATTERN match (scan pre-filter): a lower-case letter then a capital, found from the (rarer)
# capital
_NEED = re.compile(rf"[{VI_UPPER}](?<=[{VI_LOWER}][{VI_UPPER}])")
# brand names, codes and abbreviations that legitimately mix cases
ALLOWED = {
    "iPhone", "iPad", "iOS", "YouTube", "TikTok", "Facebook", "PowerPoint", "VnExpress", "VNeID", "eKYC",
    "LinkedIn", "WhatsApp", "WordPress", "JavaScript", "GitHub", "OpenAI", "ChatGPT", "McDonald", "MacBook",
    "PayPal", "VietinBank", "VietcomBank", "Vietcombank", "SeABank", "TPBank", "VPBank", "MBBank", "HDBank",
    "VinFast", "VinGroup", "VinHomes", "FanPage", "Fanpage", "ZaloPay", "MoMo", "SmartCity", "eGov", "eOffice",
    "iOffice", "mHealth", "eHealth", "QĐi", "ThU", "TxU", "CTr", "TTr", "QyĐ", "TrS", "BCĐi", "VietNamNet",
    "VietnamPlus", "VietNam", "HanoiTV", "YouTuber", "TikToker", "BlackBerry", "LibreOffice", "OneDrive",
}


class GluedCapital(Rule):
    code = "TDN206"
    name = "glued-capital"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai từ viết dính liền (chữ thường liền chữ hoa)."
    summary_en = "Two words glued together (lower-case letter followed by a capital)."
    bad = "báo cáo kết quả về BanThường trực Ủy ban MTTQ"
    good = "báo cáo kết quả về Ban Thường trực Ủy ban MTTQ"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        if not ctx.tokens.spelling_enabled:
            return  # TCVN3/VNI text reads as Latin-1 ("QuyÕt"): TDN421 reports the encoding once
        for p, m in scan(ctx, _PATTERN, _NEED):
            whole = m.group(0)
            if whole in ALLOWED or any(whole.startswith(a) for a in ALLOWED if len(a) > 3):
                continue
            left, right = m.group(1), m.group(2)
            if not (VI_DIACRITIC.search(whole) or (len(left) >= 3 and len(right) >= 3)):
                continue
            if len(left) == 1:
                continue
            ctx.report(self, p, m.start(), m.end(),
                       message=f"Hai từ viết dính liền: '{whole}'.",
                       message_en=f"Words glued together: '{whole}'.",
                       replacement=f"{left} {right}")
