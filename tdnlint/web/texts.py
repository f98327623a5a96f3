"""Words of the page, Vietnamese first, English with ``?lang=en``."""

from __future__ import annotations

UI: dict[str, tuple[str, str]] = {
    "title": ("Kiểm tra thể thức văn bản", "Check an official document"),
    "tagline": ("Văn bản hành chính nhà nước, văn bản Đảng, MTTQ — Nghị định 30/2020, Hướng dẫn 36-HD/VPTW",
                "State, Party and Fatherland Front documents — Decree 30/2020, Guidance 36-HD/VPTW"),
    "drop": ("Kéo thả tệp văn bản vào đây", "Drop a document here"),
    "or_choose": ("hoặc bấm để chọn tệp", "or click to choose a file"),
    "formats": (".docx (Word), .txt, .md — tối đa {mb} MB", ".docx (Word), .txt, .md — at most {mb} MB"),
    "profile": ("Loại văn bản", "Document kind"),
    "profile_auto": ("Tự nhận biết", "Detect automatically"),
    "profile_state": ("Nhà nước", "State"),
    "profile_party": ("Đảng", "Party"),
    "profile_mttq": ("Mặt trận Tổ quốc (MTTQ)", "Fatherland Front (MTTQ)"),
    "submit": ("Kiểm tra", "Check"),
    "checking": ("Đang kiểm tra…", "Checking…"),
    "privacy": ("Văn bản chỉ được xử lý trên máy chủ này, không lưu lại: tệp bị xóa ngay sau khi kiểm tra; "
                "kết quả để tải bản góp ý giữ trong bộ nhớ tối đa {minutes} phút.",
                "Documents are processed on this server only and not kept: the file is deleted right after "
                "the check; the result (for the downloads) stays in memory for at most {minutes} minutes."),
    "other_lang": ("English", "Tiếng Việt"),
    "verdict": ("Kết luận", "Verdict"),
    "profile_detected": ("Hồ sơ", "Profile"),
    "findings": ("Phát hiện", "Findings"),
    "n_findings": ("{n} phát hiện", "{n} findings"),
    "sev_error": ("Lỗi", "Errors"),
    "sev_warning": ("Cảnh báo", "Warnings"),
    "sev_info": ("Thông tin", "Notes"),
    "one_error": ("Lỗi", "Error"),
    "one_warning": ("Cảnh báo", "Warning"),
    "one_info": ("Thông tin", "Note"),
    "verdict_pass_note": ("Không có lỗi hay cảnh báo.", "No errors or warnings."),
    "verdict_needs-fix_note": ("Có cảnh báo cần xem lại trước khi trình ký.",
                               "Warnings to review before signing."),
    "verdict_fail_note": ("Có lỗi phải sửa trước khi trình ký.", "Errors to fix before signing."),
    "download": ("Tải về", "Download"),
    "dl_annotate": ("Bản có góp ý (chú thích Word)", "Copy with Word comments"),
    "dl_fix": ("Bản đã sửa lỗi đơn giản (theo dõi thay đổi)", "Copy with safe fixes (tracked changes)"),
    "dl_fix_text": ("Bản đã sửa lỗi đơn giản", "Copy with safe fixes"),
    "dl_json": ("Báo cáo JSON", "JSON report"),
    "fixable": ("{n} lỗi sửa được tự động", "{n} can be fixed automatically"),
    "document": ("Văn bản", "Document"),
    "list": ("Danh sách phát hiện", "All findings"),
    "filter": ("Lọc theo mức", "Filter by severity"),
    "all": ("Tất cả", "All"),
    "suggestion": ("Gợi ý", "Suggestion"),
    "basis": ("Căn cứ", "Basis"),
    "about_rule": ("Quy tắc", "Rule"),
    "line": ("dòng", "line"),
    "new_check": ("Kiểm tra văn bản khác", "Check another document"),
    "nothing": ("Không có phát hiện nào. Văn bản đạt yêu cầu về thể thức mà tdnlint kiểm tra được.",
                "Nothing found: the document passes every check tdnlint makes."),
    "whole_doc": ("Về toàn văn bản", "About the whole document"),
    "expired": ("Kết quả này đã hết hạn (được giữ tối đa {minutes} phút). Hãy tải văn bản lên lại.",
                "This result has expired (kept for at most {minutes} minutes). Please upload the document again."),
    "no_file": ("Chưa chọn tệp văn bản (.docx, .txt hoặc .md).", "No file chosen (.docx, .txt or .md)."),
    "bad_profile": ("Loại văn bản không hợp lệ (chọn: tự nhận biết, nhà nước, Đảng, MTTQ).",
                    "Unknown document kind (auto, state, party, mttq)."),
    "busy": ("Máy chủ đang bận; hãy thử lại sau ít phút.", "The server is busy; please try again in a minute."),
    "timeout": ("Kiểm tra quá {seconds} giây nên đã dừng (tệp quá lớn hoặc bất thường).",
                "The check took longer than {seconds} seconds and was stopped (file too large or unusual)."),
    "internal": ("Lỗi nội bộ khi kiểm tra tệp; hãy báo cho người quản trị.",
                 "Internal error while checking the file; please tell the administrator."),
    "not_found": ("Không có trang này.", "No such page."),
    "footer": ("tdnlint {version} — chạy trên máy chủ của cơ quan, không cần Internet.",
               "tdnlint {version} — runs on your office's server, no Internet needed."),
    "part_document": ("Toàn văn bản", "Whole document"),
    "part_header": ("Phần đầu (quốc hiệu, tên cơ quan, số, ngày)", "Header block (motto, issuer, number, date)"),
    "part_title": ("Tên loại và trích yếu", "Type name and summary"),
    "part_addressees": ("Kính gửi", "Addressees"),
    "part_basis": ("Căn cứ", "Legal basis"),
    "part_body": ("Nội dung", "Body"),
    "part_recipients": ("Nơi nhận", "Recipients"),
    "part_signature": ("Chữ ký", "Signature"),
    "part_appendix": ("Phụ lục", "Appendices"),
    "part_other": ("Đầu trang, chân trang, chú thích", "Headers, footers, notes"),
    "cat_header": ("Thể thức phần đầu", "Header block"),
    "cat_structure": ("Bố cục", "Structure"),
    "cat_numbering": ("Đánh số mục", "Numbering"),
    "cat_citation": ("Trích dẫn văn bản", "Citations"),
    "cat_date": ("Ngày tháng", "Dates"),
    "cat_year": ("Năm", "Years"),
    "cat_spelling": ("Chính tả", "Spelling"),
    "cat_spacing": ("Dấu cách, dấu câu", "Spacing and punctuation"),
    "cat_consistency": ("Tính nhất quán", "Consistency"),
    "cat_recipients": ("Nơi nhận", "Recipients"),
    "cat_signature": ("Chữ ký", "Signature"),
    "cat_formatting": ("Trình bày", "Layout"),
    "cat_hygiene": ("Trước khi phát hành", "Before issuing"),
    "prof_state": ("nhà nước", "State"),
    "prof_party": ("Đảng", "Party"),
    "prof_mttq": ("MTTQ", "MTTQ"),
    "prof_unknown": ("chưa rõ", "unknown"),
    "shortened": ("Văn bản rất dài: chỉ hiện các đoạn có phát hiện và đoạn liền kề.",
                  "A very long document: only the paragraphs with findings and their neighbours are shown."),
    "also_at": ("Cả ở dòng", "Also at line"),
    "and_more": ("và {n} chỗ khác", "and {n} more"),
    "skip": ("Bỏ qua, đến kết quả", "Skip to results"),
}


class Texts:
    """``t.key`` or ``t("key", n=3)`` in templates; unknown keys show the key (never crash a page)."""

    def __init__(self, lang: str):
        self.lang = "en" if lang == "en" else "vi"
        self._i = 1 if self.lang == "en" else 0

    def __call__(self, key: str, **kw) -> str:
        pair = UI.get(key)
        text = pair[self._i] if pair else key
        return text.format(**kw) if kw else text

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self(key)
