import re

from tdnlint.api import Rule, Severity

# Values Office or tools write by themselves: not a person's name.
_GENERIC = {
    "user", "users", "windows", "windows user", "admin", "administrator", "microsoft office user", "author",
    "unknown", "python-docx", "autobvt", "lawsoft", "owner", "pc", "hp", "dell", "lenovo", "asus", "acer",
    "microsoft", "default", "guest", "office", "word", "libreoffice", "apache poi", "docx4j", "pandoc",
}
_FIELDS = (("author", "tác giả", "author"), ("last_modified_by", "người sửa cuối", "last modified by"))


def is_personal(value: str) -> bool:
    v = " ".join(value.split()).strip().lower()
    if len(v) < 3 or v in _GENERIC:
        return False
    return bool(re.search(r"[a-zà-ỹđ]", v))


class PersonalMetadata(Rule):
    code = "TDN706"
    name = "personal-metadata"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Thuộc tính tệp còn tên người soạn/sửa (Author, Last Modified By)."
    summary_en = "File properties still name people (Author, Last Modified By)."
    description = "Generic values written by software (User, Admin, Windows User…) are not reported."
    bad = "Author: Nguyễn Văn A; Last Modified By: Trần Thị B"
    good = "File → Info → Check for Issues → Inspect Document → Remove All (Document Properties)."
    basis = "convention: không để lộ thông tin cá nhân trong tệp phát hành (hygiene)"
    examples_are_text = False

    def check(self, ctx):
        props = ctx.document.properties
        found = [(vi, en, props[k]) for k, vi, en in _FIELDS if props.get(k) and is_personal(props[k])]
        if not found:
            return
        vi = "; ".join(f"{label}: “{v}”" for label, _, v in found)
        en = "; ".join(f"{label}: “{v}”" for _, label, v in found)
        ctx.report(self,
                   message=f"Thuộc tính tệp còn thông tin cá nhân ({len(found)} mục): {vi}. Xóa bằng File → Info → "
                           "Inspect Document trước khi phát hành.",
                   message_en=f"File properties name people ({len(found)}): {en}.")
