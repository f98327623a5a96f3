"""Is the document Vietnamese at all?  (``ctx.is_vietnamese``; the form rules skip foreign text.)"""

from __future__ import annotations

import re

from ..model import Document

# One match per whitespace-separated word holding a Vietnamese letter (ăâđêôơư or U+1EA0–U+1EF9, all
# letters): from its first such letter to the end of the word (starts with a class: fast scan, linear).
_VN_WORD_RE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]\\S*")
# A whitespace-separated word without any letter ("12", "–", "2021/2025"): not a word of any language.
_NO_LETTER_RE = re.compile(r"(?<!\S)(?:[^\w\s]|[\d_])+(?!\S)")
_SAMPLE_WORDS = 4000


def is_vietnamese(document: Document) -> bool:
    """False for a document whose words are (almost) never Vietnamese: foreign text, or text in a
    legacy 8-bit encoding (.VnTime/VNI) that reads as Latin-1.  Short texts count as Vietnamese.

    Counted with C-level regex/split calls per paragraph (no per-word Python loop): words are
    whitespace-separated tokens holding a letter, Vietnamese words those holding a Vietnamese letter.
    """
    words = vn = 0
    for p in document.main:
        text = p.text
        if not text:
            continue
        words += len(text.split()) - len(_NO_LETTER_RE.findall(text))
        vn += len(_VN_WORD_RE.findall(text))
        if words >= _SAMPLE_WORDS:
            break
    if vn == 0 and words >= 5:
        return False
    return words < 40 or vn / words >= 0.05
