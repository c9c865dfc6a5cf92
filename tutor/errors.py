"""Errors the tutor raises on purpose; the CLI turns them into one clear message each."""


class TutorError(Exception):
    """Base class: something the user can fix, with a message that says how."""


class KnowledgeError(TutorError):
    """A file in the knowledge folder cannot be read as a text."""


class IndexStateError(TutorError):
    """The index is missing, stale or broken and may not be rebuilt."""


class ModelError(TutorError):
    """The embedding model cannot be found or loaded."""
