"""Signature-block rules: presence, authority prefix (TM./KT./T/M …), title, name (read ``ctx.segments``)."""
