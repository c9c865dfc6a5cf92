"""The tutor: a local, offline tutor that teaches from a text with cited answers."""

__version__ = "0.1.0"
