"""The FAQ: the knowledge's own questions and answers, plus one question per section, each with a cited answer.

A learner's wording is matched to the nearest entry by cosine similarity of question embeddings; below a
threshold nothing is close. `entries` holds the record, `headings` the questions made from headings,
`build` the building, `search` the matching and the chat lookup, `store` the files beside the index.
"""

from tutor.faq.entries import FaqEntry, FaqMatch, format_entry
from tutor.faq.headings import heading_question, proper_names
from tutor.faq.search import Faq, ask
from tutor.faq.store import FAQ_FILE, load_faq, open_faq, save_faq

__all__ = [
    "FAQ_FILE",
    "Faq",
    "FaqEntry",
    "FaqMatch",
    "ask",
    "format_entry",
    "heading_question",
    "load_faq",
    "open_faq",
    "proper_names",
    "save_faq",
]
