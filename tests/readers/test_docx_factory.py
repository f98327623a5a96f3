"""The docx test factory itself produces valid packages python-docx can reopen."""

from __future__ import annotations

import io
import zipfile

import docx
from docx_factory import Field, Footnote, Para, R, Table, TextBox, docx_bytes


def test_factory_builds_a_package_python_docx_can_reopen():
    data = docx_bytes(
        [
            "Căn cứ Luật;",
            "",
            Para([R("Quy đ", bold=True), R("ịnh chung")]),
            Para(["Đã ", R("thêm", tracked="ins"), R("xóa", tracked="del")]),
            Para(["Trang ", Field("PAGE", "1")]),
            Para(["Văn bản", Footnote("Chú thích.")]),
            Para(["Neo", TextBox(["Trong hộp"])]),
            Para("Góp ý", comment=("A", "Sửa")),
            Table([["a", [Table([["lồng"]]), "sau"]]]),
        ],
        header_table=(["ỦY BAN NHÂN DÂN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        header="Đầu trang",
        footer="Chân trang",
        author="Nguyễn Văn A",
    )
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert {"word/comments.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"} <= set(names)
    d = docx.Document(io.BytesIO(data))
    assert d.core_properties.author == "Nguyễn Văn A"
    assert d.tables[0].cell(0, 0).text == "ỦY BAN NHÂN DÂN"
