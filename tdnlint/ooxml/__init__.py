"""Low-level OOXML (WordprocessingML) support used by the .docx reader and by writers.

* :mod:`.names`   -- namespace-aware tag names for Transitional and Strict documents.
* :mod:`.package` -- the zip package: safety limits, relationships, safe XML parsing, and
  :meth:`Package.save` that rewrites only modified parts (all other members copied byte-identical).
* :mod:`.styles`  -- effective run / paragraph formatting (direct -> style chain -> docDefaults).
* :mod:`.story`   -- walks one story (body, header, footnote, comment ...) into paragraphs with
  an exact source map (:class:`.story.Piece`) back to the XML text nodes.

Nothing here imports lxml at module import time: callers import these modules lazily.
"""
