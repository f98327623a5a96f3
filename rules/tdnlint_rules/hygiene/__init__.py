"""Hygiene rules (TDN701–TDN799): what must be gone before a document is issued.

Warnings by default; a CI gate raises them with ``[tool.tdnlint] severity = {TDN7 = "error"}``.
"""
