"""Rules about tdnlint itself (suppression directives).  Their findings come from the engine."""
