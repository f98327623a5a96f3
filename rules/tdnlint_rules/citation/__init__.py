"""Citation rules (TDN301–TDN319): number-symbol grammar, type codes, registry."""
