import re

from tdnlint.api import Rule, Severity

# Values Office or tools write by themselves: not a person's name.
_GENERIC = {
    "user", "users", "windows", "windows user", "admin", "administrator", "microsoft office user", "author",
    "unknown", "python-docx", "autobvt", "lawsoft", "owner", "pc", "hp", "dell", "lenovo", "asus", "acer",
    "microsoft", "default", "guest", "office", "word", "libreoffice", "apache poi", "docx4j", "pandoc",
    "un-named", "unnamed", "no name", "noname", "anonymous", "ẩn danh", "người dùng", "máy tính",
}
# A word that makes the value an organisation, a machine or a program, never a person.
_NOT_A_PERSON = re.compile(
    r"(?i)(?<![\wÀ-ỹ])(?:công\s+ty|cty|tổng\s+công\s+ty|tập\s+đoàn|company|corp(?:oration)?|inc|ltd|llc|jsc|co|"
    r"group|team|office|microsoft|adobe|scanner|camscanner|abbyy|finereader|scan|pdf|converter|software|reader|writer|editor|studio|acrobat|foxit|wps|kingsoft|google|docs|apple|pages|openoffice|"
    r"windows|user|admin|pc|laptop|computer|máy|phòng|ban|sở|ủy\s+ban|uỷ\s+ban|ubnd|văn\s+phòng|trung\s+tâm|"
    r"cục|chi\s+cục|bộ|huyện|tỉnh|xã|trường|bệnh\s+viện|đảng\s+ủy|hội|đoàn|chi\s+nhánh|kho\s+bạc|"
    r"bảo\s+hiểm|ngân\s+hàng|thư\s+viện|library|template|mẫu|vnpt|viettel|fpt|misa)(?![\wÀ-ỹ])"
)
# A name word: a capital letter then letters (Vietnamese with or without diacritics, Western names), or all capitals.
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:[-'][A-ZĐÀ-Ỹa-zđà-ỹ]+)?$|^[A-ZĐÀ-Ỹ]{2,}$|^[A-ZĐ]\.?$")
_FIELDS = (("author", "tác giả", "author"), ("last_modified_by", "người sửa cuối", "last modified by"))


def is_personal(value: str) -> bool:
    """Does ``value`` look like a person's full name ("Nguyễn Văn A", "Tran Thi Hoa", "John Smith")?

    Two to five capitalised words of letters only.  A single word (a login, "Un-named", "CamScanner"),
    a value with digits, e-mail signs or underscores, and anything naming an organisation, a program
    or a machine ("Công ty ABC", "Microsoft Office User", "Phòng Hành chính") are not personal names.
    """
    v = " ".join(value.split()).strip()
    if len(v) < 3 or v.lower() in _GENERIC or _NOT_A_PERSON.search(v):
        return False
    words = v.split()
    if not 2 <= len(words) <= 5:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    # all initials ("A B") or all capitals acronyms ("HP PC") are not a name
    if sum(len(w.strip(".")) > 1 for w in words) < 2:
        return False
    # all capitals ("NGUYỄN VĂN AN") is a name; short acronyms side by side ("HP PC") are not
    return any(not w.isupper() for w in words) or any(len(w) >= 4 for w in words)


class PersonalMetadata(Rule):
    code = "TDN706"
    name = "personal-metadata"
    category = "hygiene"
    severity = Severity.INFO
    summary = "Thuộc tính tệp còn tên người soạn/sửa (Author, Last Modified By)."
    summary_en = "File properties still name people (Author, Last Modified By)."
    description = (
        "Thuộc tính tệp .docx (tác giả, người sửa cuối) còn ghi họ tên người soạn thảo. Không có quy định bắt buộc "
        "để trống các trường này, nên đây chỉ là thông tin và mặc định không làm kiểm tra thất bại; nơi có quy định "
        "riêng có thể nâng lên cảnh báo trong tệp cấu hình .tdnlint.toml. Chỉ báo giá trị đọc như họ tên người (hai "
        "đến năm chữ viết hoa, không có số); không báo tên cơ quan, công ty, phần mềm, máy quét, tên đăng nhập và "
        "các giá trị mặc định của Office (User, Admin, Windows User …). Không có sửa tự động: xóa bằng File → Info → "
        "Inspect Document."
    )
    description_en = (
        "The .docx properties (author, last modified by) still name the drafter. No regulation requires these fields "
        "to be empty, so this is information only and does not fail a check by default; where a policy asks for "
        "clean properties, raise it to a warning in .tdnlint.toml. Only values that read as a person's full name are "
        "reported (two to five capitalised words, no digits); agency, company, program and scanner names, logins and "
        "Office's default values (User, Admin, Windows User …) are not. No automatic fix: remove them with File → "
        "Info → Inspect Document."
    )
    bad = "Author: Nguyễn Văn A; Last Modified By: Trần Thị B"
    good = "File → Info → Check for Issues → Inspect Document → Remove All (Document Properties)."
    basis = "convention: không để lộ thông tin cá nhân trong tệp phát hành (hygiene); không có quy định bắt buộc"
    examples_are_text = False

    def check(self, ctx):
        props = ctx.document.properties
        found = [(vi, en, props[k]) for k, vi, en in _FIELDS if props.get(k) and is_personal(props[k])]
        if not found:
            return
        vi = "; ".join(f"{label}: “{v}”" for label, _, v in found)
        en = "; ".join(f"{label}: “{v}”" for _, label, v in found)
        ctx.report(self,
                   message=f"Thuộc tính tệp còn tên người ({len(found)} mục): {vi}. Nếu cần, xóa bằng File → Info → "
                           "Inspect Document trước khi phát hành.",
                   message_en=f"File properties name people ({len(found)}): {en}.")
