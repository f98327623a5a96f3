"""Recipients rules (TDN540–TDN579): "Nơi nhận" present, line format, archive line, completeness."""
