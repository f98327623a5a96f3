"""Input readers: each turns one file format into a :class:`tdnlint.model.Document`."""
