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
    description_en = "Lint reads the text with changes accepted; the file itself still carries them."
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
    description_en = f"Comments whose text starts with “{SUPPRESSION_PREFIX}” are suppression directives, not counted."
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
