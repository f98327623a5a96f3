"""Is the document Vietnamese at all?  (``ctx.is_vietnamese``; the form rules skip foreign text.)"""

from __future__ import annotations

import re

from ..model import Document

# One match per whitespace-separated word holding a Vietnamese letter (ăâđêôơư or U+1EA0–U+1EF9, all
# letters): from its first such letter to the end of the word (starts with a class: fast scan, linear).
_VN_WORD_RE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]\\S*")
# A word without any letter ("12", "–", "2021/2025"), in the words joined by \x01: not a word of any language.
# It starts with the literal separator, so the regex engine skips ahead in C.
_NO_LETTER_RE = re.compile(r"\x01(?:[^\w\x01]|[\d_])+(?=\x01)")
_SAMPLE_WORDS = 4000


def is_vietnamese(document: Document) -> bool:
    """False for a document whose words are (almost) never Vietnamese: foreign text, or text in a
    legacy 8-bit encoding (.VnTime/VNI) that reads as Latin-1.  Short texts count as Vietnamese.

    Words are whitespace-separated tokens holding a letter, Vietnamese words those holding a Vietnamese
    letter (first 4,000 tokens of the main story).  Counted with C-level split/regex calls per paragraph;
    the tokens without a letter ("12", "–") are only counted when the answer depends on them: with all
    tokens as words the Vietnamese share can only be lower, so a share of 5 % there already decides.  A
    Vietnamese text is usually decided after a few hundred words: the count stops as soon as the share is
    certain (see ``bound`` below), not at 4,000 tokens.
    """
    main = [p.text for p in document.main if p.text]
    # Early decision: a paragraph of n characters has at most (n + 1) // 2 tokens, so the sample ends with at
    # most ``bound`` tokens (fewer than 4,000 before the paragraph that reaches it, plus that paragraph; and
    # never more than the whole main story).  Once the Vietnamese words counted so far are 5 % of that bound,
    # the final share is too: the answer is True whatever the rest of the sample holds.
    longest = total = 0
    for text in main:
        n = (len(text) + 1) // 2
        total += n
        if n > longest:
            longest = n
    bound = min(_SAMPLE_WORDS - 1 + longest, total)
    texts = []
    tokens = vn = 0
    for text in main:
        texts.append(text)
        tokens += len(text.split())
        vn += len(_VN_WORD_RE.findall(text))
        if tokens >= _SAMPLE_WORDS:
            break
        if vn and vn >= 0.05 * bound:
            return True
    if vn and vn >= 0.05 * tokens:
        return True
    words = tokens - sum(len(_NO_LETTER_RE.findall("\x01" + "\x01".join(t.split()) + "\x01")) for t in texts)
    if vn == 0 and words >= 5:
        return False
    return words < 40 or vn / words >= 0.05
