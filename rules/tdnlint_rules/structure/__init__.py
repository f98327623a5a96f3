"""Structure rules: required sections by document type, closing mark, Kính gửi (read segments and outline)."""
