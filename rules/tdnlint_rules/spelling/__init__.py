"""Spelling, diacritics and encoding rules (TDN401–TDN499).

They share one tokenisation (``ctx.tokens``), one lexicon (``ctx.lexicon``) and
one spelling pass (:func:`tdnlint.vietnamese.checker.spelling_scan`).  When the
text is in a legacy 8-bit encoding (TCVN3/VNI) only TDN421 speaks.
"""
