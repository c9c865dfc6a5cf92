"""Every weight and threshold that shapes what a learner gets, in one place.

Each value says what it does and how it was chosen. Scoring code names these; it holds no bare numbers.
Values were chosen on the seed article's dev set and the question sets in `tests/data/` unless a line says
otherwise; `tutor eval … --without IDEA` measures what each idea adds.
"""

from __future__ import annotations

# ------------------------------------------------------------------ retrieval

# ------------------------------------------------------------------ answers

# ------------------------------------------------------------------ FAQ

# ------------------------------------------------------------------ quiz items and grading
