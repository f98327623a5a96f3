"""Capitalisation rules (TDN430–TDN434): NĐ 30/2020/NĐ-CP, Phụ lục II.

They read one shared pass, :func:`tdnlint.vietnamese.capitals.capitals_scan`, and report its hits.
"""
