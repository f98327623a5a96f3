"""Layout rules for .docx (TDN601–TDN699): page, margins, font, sizes (NĐ 30 Phụ lục I; HD 36 where verified)."""
