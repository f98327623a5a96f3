"""Year rules (TDN330–TDN339): year consistency (BODY-03) and periods."""
