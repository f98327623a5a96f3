"""Vietnamese language core: orthography, Telex/VNI keyboards, the shipped lexicon,
legacy-encoding detection and the shared spelling pass used by the TDN4xx rules.

Nothing here imports the lexicon at import time; ``ctx.lexicon`` loads it on first use.
"""
