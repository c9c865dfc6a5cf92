"""The item bank: quiz questions generated from the knowledge, never written by hand.

Each asks what a section teaches, made from one sentence or one list:
  definition  "X is defined as / is called / refers to / is a …"   How does the text define X? / What is X?
  short       a reason ("… because …")                              Why can outages be prolonged?
              an object or a person ("Mozilla maintains …")        What does Mozilla maintain? / Who invented …?
              a condition, an aim, a timeline year                  When can X be …? / In what year … date X?
  list        a list its lead-in or heading names, or a series      Name the four golden signals …
  cloze       a year (or a share) blanked out of a sentence; a term the text names ("a format known as _____"),
              with the sentence before when the naming points back ("This is called _____.")
  choice      the same year or person among the text's nearest other years or other people
Prompts, answers, choices and elements are made from the sentences' reading views (markup gone); every item
keeps the exact span it was made from (`text == doc.text[start:end]`), its reading view (`reading`) and an id that
depends only on that text, so ids survive rebuilds while the sentence is unchanged.
"""

from tutor.revision.items.generate import generate_items
from tutor.revision.items.questions import BLANK
from tutor.revision.items.record import CHOICE_LETTERS, KINDS, ItemKind, QuizItem, SectionKey, item_id
from tutor.revision.items.sections import is_furniture

# what each version changed, and the blind round that showed it: GENERATORS.md beside this file
GENERATOR_VERSION = 140

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
