"""Numbering rules: Roman sections, Arabic items, decimal sub-items, letters (read ``ctx.outline``)."""
