from tdnlint.api import Rule, Severity

from ._common import first_run
from .metadata import is_personal

SUPPRESSION_PREFIX = "tdnlint-disable"


class TrackedChanges(Rule):
    code = "TDN701"
    name = "tracked-changes"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản còn thay đổi được theo dõi (Track Changes) chưa chấp nhận/từ chối."
    summary_en = "The document still has unresolved tracked changes."
    description = (
        "Tệp .docx còn các thay đổi được theo dõi (Track Changes) chưa chấp nhận hoặc từ chối. Khi kiểm tra, nội "
        "dung được đọc như đã chấp nhận mọi thay đổi, nhưng bản thân tệp vẫn mang các chỗ sửa, người nhận có thể "
        "thấy. Đây là quy ước trước khi phát hành, không phải quy định thể thức, nên mặc định là cảnh báo; khâu kiểm "
        "tra trước khi ban hành có thể nâng lên lỗi trong tệp cấu hình .tdnlint.toml. Báo một lần kèm số thay đổi. "
        "Không có sửa tự động: chấp nhận hoặc từ chối tất cả (Review → Accept/Reject) rồi lưu."
    )
    description_en = (
        "The .docx still has tracked changes that were not accepted or rejected. The check reads the text with all "
        "changes accepted, but the file itself still carries the edits, visible to the recipient. This is a "
        "convention for issuing, not a rule of form, so it is a warning by default; a check before issuing can raise "
        "it to an error in .tdnlint.toml. Reported once with the number of changes. No automatic fix: accept or "
        "reject them all (Review → Accept/Reject) and save."
    )
    bad = "Tệp .docx còn 3 thay đổi theo dõi."
    good = "Review → Accept All Changes, tắt Track Changes, rồi lưu."
    basis = "convention: văn bản phát hành không còn dấu vết sửa (hygiene)"
    examples_are_text = False

    def check(self, ctx):
        n = ctx.document.tracked_changes
        if n:
            ctx.report(self,
                       message=f"Văn bản còn {n} thay đổi được theo dõi (Track Changes) chưa xử lý; "
                               "chấp nhận hoặc từ chối tất cả (Review → Accept/Reject) trước khi phát hành.",
                       message_en=f"{n} unresolved tracked change(s); accept or reject them before issuing.")


class Comments(Rule):
    code = "TDN702"
    name = "comments"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản còn chú thích (comment) góp ý."
    summary_en = "The document still has review comments."
    description = (
        "Tệp .docx còn chú thích góp ý (comment). Đây là quy ước trước khi phát hành, không phải quy định thể thức, "
        "nên mặc định là cảnh báo; khâu kiểm tra trước khi ban hành có thể nâng lên lỗi trong tệp cấu hình "
        ".tdnlint.toml. Chú thích bắt đầu bằng “tdnlint-disable” là lệnh tắt quy tắc nên không tính. Báo một lần kèm "
        "số chú thích và tên người góp ý (khi đó là tên người), tại chỗ chú thích đầu tiên. Không có sửa tự động: "
        "xóa hết chú thích (Review → Delete All Comments)."
    )
    description_en = (
        "The .docx still has review comments. This is a convention for issuing, not a rule of form, so it is a "
        "warning by default; a check before issuing can raise it to an error in .tdnlint.toml. Comments starting "
        "with “tdnlint-disable” are suppression directives and are not counted. Reported once with the number of "
        "comments and their authors (when these are person names), at the first comment. No automatic fix: delete "
        "all comments (Review → Delete All Comments)."
    )
    bad = "Tệp .docx còn comment “Sửa lại câu này”."
    good = "Xóa hết comment (Review → Delete All Comments)."
    basis = "convention: văn bản phát hành không còn góp ý (hygiene)"
    examples_are_text = False

    def check(self, ctx):
        comments = [c for c in ctx.document.comments
                    if not c.text.strip().lower().startswith(SUPPRESSION_PREFIX)]
        if not comments:
            return
        authors = sorted({c.author for c in comments if c.author and is_personal(c.author)})
        who = f" của {', '.join(authors[:3])}" + ("…" if len(authors) > 3 else "") if authors else ""
        first = next((c for c in comments if c.anchor), None)
        msg = dict(message=f"Văn bản còn {len(comments)} chú thích (comment){who}; xóa trước khi phát hành.",
                   message_en=f"{len(comments)} review comment(s) left in the document; delete them before issuing.")
        if first:
            i, s, e = first.anchor
            p = ctx.document.paragraphs[i]
            ctx.report(self, p, s, max(e, s), **msg)
        else:
            ctx.report(self, **msg)


class HiddenText(Rule):
    code = "TDN703"
    name = "hidden-text"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản có chữ ẩn (hidden text)."
    summary_en = "The document contains hidden text."
    description = (
        "Tệp .docx có chữ định dạng ẩn (hidden): không hiện khi in nhưng vẫn nằm trong tệp và lộ ra khi người khác "
        "mở hoặc chuyển đổi tệp. Đây là quy ước trước khi phát hành, không phải quy định thể thức, nên mặc định là "
        "cảnh báo; khâu kiểm tra trước khi ban hành có thể nâng lên lỗi trong tệp cấu hình .tdnlint.toml. Chỉ tính "
        "phần ẩn có chữ; dấu cách hay dấu xuống dòng bị ẩn không lộ gì nên không tính; phần ẩn trong chú thích không "
        "tính. Báo một lần kèm số đoạn ẩn. Không có sửa tự động: bật hiển thị ký hiệu định dạng, kiểm tra rồi xóa."
    )
    description_en = (
        "The .docx has text formatted as hidden: not printed, but still in the file and revealed when someone opens "
        "or converts it. This is a convention for issuing, not a rule of form, so it is a warning by default; a "
        "check before issuing can raise it to an error in .tdnlint.toml. Only hidden runs holding characters count; "
        "a hidden space or paragraph mark reveals nothing, and comments do not count. Reported once with the number "
        "of hidden runs. No automatic fix: show formatting marks, check and delete."
    )
    bad = "Một đoạn định dạng Hidden vẫn nằm trong tệp."
    good = "Hiện và xóa chữ ẩn (Home → ¶ để xem) trước khi phát hành."
    basis = "convention: nội dung ẩn có thể lộ khi chuyển tệp (hygiene)"
    examples_are_text = False

    def check(self, ctx):
        if not ctx.document.hidden_text:
            return
        # only hidden runs that hold text: a hidden space or paragraph mark reveals nothing
        n = sum(1 for p in ctx.document.paragraphs if p.part not in ("comment", "metadata")
                for r in p.runs if r.hidden and p.text[r.start:r.end].strip())
        if not n:
            return
        hit = first_run(ctx, lambda r: r.hidden)
        msg = dict(message=f"Văn bản có {n} đoạn chữ ẩn (hidden text); hiện lên kiểm tra và xóa trước khi phát hành.",
                   message_en=f"{n} run(s) of hidden text; reveal and delete them before issuing.")
        if hit:
            p, r = hit
            ctx.report(self, p, r.start, r.end, **msg)
        else:
            ctx.report(self, **msg)


class HighlightedText(Rule):
    code = "TDN704"
    name = "highlighted-text"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản còn chữ được tô sáng (highlight) khi soạn thảo."
    summary_en = "The document still has highlighted text."
    description = (
        "Tệp .docx còn chữ được tô sáng (highlight), thường là dấu đánh dấu khi soạn thảo (chỗ cần điền ngày, cần "
        "xem lại). Đây là quy ước trước khi phát hành, không phải quy định thể thức, nên mặc định là cảnh báo; khâu "
        "kiểm tra trước khi ban hành có thể nâng lên lỗi trong tệp cấu hình .tdnlint.toml. Báo một lần kèm số đoạn "
        "tô sáng, tại chỗ đầu tiên. Không có sửa tự động: bỏ tô sáng (Text Highlight Color → No Color) sau khi xử lý "
        "xong nội dung."
    )
    description_en = (
        "The .docx still has highlighted text, usually a drafting mark (a date to fill in, a passage to review). "
        "This is a convention for issuing, not a rule of form, so it is a warning by default; a check before issuing "
        "can raise it to an error in .tdnlint.toml. Reported once with the number of highlighted runs, at the first "
        "one. No automatic fix: remove the highlighting (Text Highlight Color → No Color) once the content is "
        "settled."
    )
    bad = "Cụm “ngày … tháng …” còn tô vàng."
    good = "Bỏ tô sáng (Text Highlight Color → No Color)."
    basis = "convention: đánh dấu soạn thảo phải gỡ trước khi phát hành (hygiene)"
    examples_are_text = False

    def check(self, ctx):
        n = ctx.document.highlights
        if not n:
            return
        hit = first_run(ctx, lambda r: r.highlight and r.highlight != "none")
        msg = dict(message=f"Văn bản còn {n} đoạn chữ tô sáng (highlight); bỏ tô sáng trước khi phát hành.",
                   message_en=f"{n} highlighted run(s); remove highlighting before issuing.")
        if hit:
            p, r = hit
            ctx.report(self, p, r.start, r.end, **msg)
        else:
            ctx.report(self, **msg)
