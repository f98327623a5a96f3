"""Date rules (TDN320–TDN329): impossible dates, date line, citation dates."""
