"""The item bank: quiz questions generated from the knowledge, never written by hand.

Four kinds come out of the text itself:
  definition / short  from defining sentences ("X is defined as …", "X refers to …", "X relies on …")
  list                from the article's lists (a list block and its lead-in, or "including A, B, and C")
  cloze               a key term blanked out of a sentence
  choice              the same, with distractors that are terms from elsewhere in the article
Prompts, answers, choices and elements are made from the sentences' reading views (markup gone); every item
keeps the exact span it was made from (`text == doc.text[start:end]`), its reading view (`reading`) and an id that
depends only on that text, so ids survive rebuilds while the sentence is unchanged.
"""

from tutor.revision.items.clozes import BLANK
from tutor.revision.items.context import is_furniture
from tutor.revision.items.generate import generate_items
from tutor.revision.items.record import CHOICE_LETTERS, KINDS, ItemKind, QuizItem, SectionKey, item_id

# 2: prompts, answers and choices from reading views; items carry `reading`; 3: blanks on taught terms, a few a section
GENERATOR_VERSION = 3

__all__ = [
    "CHOICE_LETTERS",
    "BLANK",
    "GENERATOR_VERSION",
    "KINDS",
    "ItemKind",
    "QuizItem",
    "SectionKey",
    "generate_items",
    "is_furniture",
    "item_id",
]
