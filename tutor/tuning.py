"""Every weight and threshold that shapes what a learner gets, in one place.

Each value says what it does and how it was chosen. Scoring code names these; it holds no bare numbers.
Values were chosen on the seed article's dev set and the question sets in `tests/data/` unless a line says
otherwise; `tutor eval … --without IDEA` measures what each idea adds.
"""

from __future__ import annotations

# ------------------------------------------------------------------ retrieval

# ------------------------------------------------------------------ answers
# How much of the retrieved text competes for an answer, and how long an answer may be.
PASSAGES = 6  # passages whose sentences compete for the answer; set by hand on the seed article
MAX_SENTENCES = 3  # sentences chosen by score (a list or a continuation may add more); set by hand
MAX_WORDS = 80  # words an answer may hold before its list; the eval's length target is a median of at most 80
KEEP_RATIO = 0.8  # a further sentence must score this share of the best; chosen on the dev set to keep answers' length
MIN_SCORE = 0.25  # below this the best sentence cannot answer the question; chosen on the dev set's out-of-scope rows

# A sentence's score: weights of its own cosine, the question's terms it holds, its heading, its passage.
# Set by hand on the seed article, then checked with `tutor eval --without` on each part.
WEIGHTS = (0.5, 0.25, 0.1, 0.15)
CENTERED = 0.5  # share of a sentence's cosine measured from the mean sentence; dev set, 0.5 against 0 and 1
CONTEXT_TERMS = 0.5  # weight of terms a sentence only has through earlier sentences of its paragraph or its heading
HISTORY_TERMS = 0.5  # weight of terms only the earlier conversation brings to a follow-up
TYPE_BONUS = 0.03  # a sentence holding what the question asks for (a year, a number, a name) edges ahead

# Two-part questions ("Which office…, and who…?").
PART_PASSAGES = 3  # passages retrieved for each part besides the whole question's
PART_SENTENCES = 2  # a part may ask for two things ("which office and which diplomat")
PART_AGREEMENT = 0.8  # a part that leans on the other ("and who ran it?") needs this share of the whole's best score

# A question that repeats a section's heading in other words is answered from that section.
HEADING_ECHO = 0.9  # cosine at which a question repeats a heading; set by hand on the seed's FAQ questions
HEADING_MARGIN = 0.03  # ... and by which it stands out from the next heading
LIFT = 0.01  # how far the echoed (or named) section's best sentence is lifted above the best other one
REFERENCE_MATCH = 0.67  # share of a named section's words ("according to the section on …") its heading must hold

# Lists: the one list an answer leans on comes whole, with its lead-in.
LIST_POOL = 12  # best sentences looked at for a list to bring
ITEM_PENALTY = 0.03  # one matching item says less about a list than its introduction does
SIBLING_SHARE = 0.95  # an item counts as a sibling match at this share of the keep ratio times the best score
LIST_WANTED_SHARE = 0.9  # a list question takes a list whose strength reaches this share of the best score

# Table-of-contents items inside a text (list items that repeat another section's heading).
POINTER_OVERLAP = 0.75  # share of shared terms (Jaccard) at which an item repeats a heading
POINTER_PENALTY = 0.1  # such an item echoes a question but answers nothing; 0.05 was not enough on the seed

# Declining "Who succeeded X?" when the text never uses the verb: a known word sharing this many first letters
# with the verb's stem counts as the same verb in another form ("emphasises" / "emphasis").
SAME_VERB_PREFIX = 6

# ------------------------------------------------------------------ FAQ

# ------------------------------------------------------------------ quiz items and grading
