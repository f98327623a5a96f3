"""Cross-document rules (TDN380–389): a citation checked against the other documents of the tree.

They read ``ctx.register`` (tdnlint/register.py, docs/repo.md); each finding stays on the file it
is about and names the other file and line.
"""
