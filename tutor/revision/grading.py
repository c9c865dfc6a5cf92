"""Grade a learner's answer: by meaning (the embedding model) and by the key terms it covers.

Word order never matters and typos are forgiven (see `terms.similar`). A list answer earns credit
per element. The score (0..1) maps to an FSRS rating: Again, Hard, Good or Easy.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tutor import tuning
from tutor.english.text import clean_question, normalize_for_match
from tutor.revision.items import CHOICE_LETTERS, QuizItem
from tutor.revision.terms import alternatives, answer_tokens, coverage, similar, term_words

if TYPE_CHECKING:
    from tutor.index.embedding import Embedder

RATINGS = ("Again", "Hard", "Good", "Easy")
MAX_ANSWER_CHARS = 4000


@dataclass(frozen=True)
class GradingSettings:
    """What grading weighs; the defaults, and what each means, are in `tutor.tuning` ("quiz items and grading")."""

    meaning_floor: float = tuning.GRADE_MEANING_FLOOR
    meaning_full: float = tuning.GRADE_MEANING_FULL
    same_meaning: float = tuning.GRADE_SAME_MEANING
    element_cosine: float = tuning.GRADE_ELEMENT_COSINE
    again_below: float = tuning.GRADE_AGAIN_BELOW
    hard_below: float = tuning.GRADE_HARD_BELOW
    easy_from: float = tuning.GRADE_EASY_FROM


@dataclass(frozen=True)
class Grade:
    item: str
    score: float
    rating: str
    right: tuple[str, ...]
    missing: tuple[str, ...]
    verdict: str  # "Right. (92%) …": the first line of the feedback
    details: tuple[str, ...]  # the reference answer or the whole list, when the learner needs it
    citation: dict[str, Any]  # where the item comes from; its "text" is the exact source
    reading: str  # the passage as a learner reads it: what the feedback quotes

    @property
    def passage(self) -> str:
        """Where the item comes from, "section — source:start-end"."""
        c = self.citation
        return f"{c['section']} — {c['source']}:{c['start']}-{c['end']}"

    @property
    def feedback(self) -> str:
        """The feedback as plain text: verdict, details, the passage quoted as a learner reads it."""
        return "\n".join([self.verdict, *self.details, f"Passage ({self.passage}): “{self.reading}”"])

    @property
    def correct(self) -> bool:
        return self.rating in ("Good", "Easy")

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "score": round(self.score, 3),
            "rating": self.rating,
            "right": list(self.right),
            "missing": list(self.missing),
            "feedback": self.feedback,
            "citation": self.citation,
        }


def rating_for(score: float, kind: str, settings: GradingSettings = GradingSettings()) -> str:
    if score < settings.again_below:
        return "Again"
    if score < settings.hard_below:
        return "Hard"
    if score >= settings.easy_from and kind not in ("cloze", "choice"):  # recognition is not easy recall
        return "Easy"
    return "Good"


class Grader:
    """Grades answers to items; without an embedder it grades by key terms alone."""

    def __init__(self, embedder: Embedder | None = None, settings: GradingSettings = GradingSettings()) -> None:
        self.embedder = embedder
        self.settings = settings
        self._vectors: dict[str, Any] = {}  # reference texts come back with every answer: embed them once

    def _embed(self, texts: list[str]) -> Any:
        import numpy as np

        assert self.embedder is not None
        found = {t: v for t in texts if (v := self._vectors.get(t)) is not None}  # safe across handler threads
        todo = list(dict.fromkeys(t for t in texts if t not in found))
        if todo:
            fresh = dict(zip(todo, self.embedder.embed(todo), strict=True))
            found.update(fresh)
            if len(self._vectors) > 4096:
                self._vectors = {}
            self._vectors.update(fresh)
        return np.stack([found[t] for t in texts])

    def grade(self, item: QuizItem, answer: str) -> Grade:
        answer = clean_question(answer or "")[:MAX_ANSWER_CHARS]
        right: list[str]
        if not answer:
            score, right, missing = 0.0, [], list(item.elements or item.key_terms)
            note = "No answer given."
        elif item.kind == "choice":
            score, right, missing, note = self._choice(item, answer)
        elif item.kind == "cloze":
            score, right, missing, note = self._cloze(item, answer)
        elif item.kind == "list":
            score, right, missing, note = self._list(item, answer)
        else:
            score, right, missing, note = self._free(item, answer)
        score = max(0.0, min(1.0, score))
        rating = rating_for(score, item.kind, self.settings)
        verdict, details = _feedback(item, score, rating, note)
        return Grade(
            item.id, score, rating, tuple(right), tuple(missing), verdict, details, item.citation, item.reading
        )

    # ------------------------------------------------------------ kinds

    def _choice(self, item: QuizItem, answer: str) -> tuple[float, list[str], list[str], str]:
        picked = _pick_choice(item.choices, answer)
        if picked is None:
            return 0.0, [], [item.answer], f"That is none of the options; the answer is “{item.answer}”."
        if picked == item.answer:
            return 1.0, [item.answer], [], f"Right: “{item.answer}”."
        return 0.0, [], [item.answer], f"You chose “{picked}”; the answer is “{item.answer}”."

    def _cloze(self, item: QuizItem, answer: str) -> tuple[float, list[str], list[str], str]:
        score = term_score(item.answer, answer)
        if score >= tuning.GRADE_CLOZE_RIGHT:
            return 1.0, [item.answer], [], f"Right: “{item.answer}”."
        if score > 0:
            return score, [], [item.answer], f"Close: the blank is “{item.answer}”."
        return 0.0, [], [item.answer], f"The blank is “{item.answer}”."

    def _list(self, item: QuizItem, answer: str) -> tuple[float, list[str], list[str], str]:
        tokens = answer_tokens(answer)
        hit = [_element_recalled(terms, tokens) for terms in item.element_terms]
        if self.embedder is not None and not all(hit):
            fixed = correct_spelling(answer, " ".join(item.elements))
            segments = [s for s in re.split(r"[,;\n•]|\band\b|\bor\b|\d+[.)]", fixed) if s.strip()]
            if segments:
                vectors = self._embed(segments + list(item.elements))
                sims = vectors[len(segments) :] @ vectors[: len(segments)].T
                hit = [h or float(sims[i].max()) >= self.settings.element_cosine for i, h in enumerate(hit)]
        right = [e for e, h in zip(item.elements, hit, strict=True) if h]
        missing = [e for e, h in zip(item.elements, hit, strict=True) if not h]
        n = len(item.elements)
        if not missing:
            note = f"All {n} of {n}."
        else:
            note = f"{len(right)} of {n}: you missed " + "; ".join(missing) + "."
        return len(right) / max(1, n), right, missing, note

    def _free(self, item: QuizItem, answer: str) -> tuple[float, list[str], list[str], str]:
        tokens = answer_tokens(answer)
        cover = {t: coverage(t, tokens) for t in item.key_terms}
        right = [t for t, c in cover.items() if c >= tuning.GRADE_TERM_COVERED]
        missing = [t for t, c in cover.items() if c < tuning.GRADE_TERM_COVERED]
        terms = sum(cover.values()) / max(1, len(cover))
        if self.embedder is None:
            score = terms
        else:
            fixed = correct_spelling(answer, f"{item.answer} {item.reading}")
            # a whole-sentence answer ("X is defined as …") is compared with the whole source sentence too,
            # but only once it has the key terms: the sentence's subject alone must not earn meaning
            references = [item.answer, item.reading] if terms >= tuning.GRADE_TERM_COVERED else [item.answer]
            cosine = self.cosine(fixed, references)
            lo, hi = self.settings.meaning_floor, self.settings.meaning_full
            meaning = max(0.0, min(1.0, (cosine - lo) / (hi - lo)))
            score = math.sqrt(terms * meaning)  # the right words and the right meaning, both
            if cosine >= self.settings.same_meaning:
                score = max(score, tuning.GRADE_OTHER_WORDS_CREDIT * meaning)  # the same thing in other words
        parts = []
        if right:
            parts.append("You covered: " + ", ".join(right) + ".")
        if missing:
            parts.append("Missing: " + ", ".join(missing) + ".")
        return score, right, missing, " ".join(parts)

    def cosine(self, answer: str, references: list[str]) -> float:
        """The answer's closest cosine to any of the references."""
        vectors = self._embed([answer, *references])
        return float((vectors[1:] @ vectors[0]).max())


def correct_spelling(answer: str, reference: str) -> str:
    """Replace misspelt words by the reference's word they are closest to, so typos do not blur the meaning."""
    vocab = {w.lower(): w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", reference)}

    def fix(m: re.Match[str]) -> str:
        w = m.group()
        low = w.lower()
        if len(low) < tuning.GRADE_TYPO_MIN_CHARS or low in vocab:
            return w
        for cand in vocab:
            if similar(low, cand):
                return vocab[cand]
        return w

    return re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", fix, answer)


def term_score(term: str, answer: str) -> float:
    """1 for the term (or one of its forms) as given, partial credit for part of it, typos forgiven."""
    norm = normalize_for_match(answer)
    best = 0.0
    for form in alternatives(term):
        target = normalize_for_match(form)
        extra = len(norm.split()) - len(target.split())
        if norm == target or (target and f" {target} " in f" {norm} " and extra <= tuning.GRADE_CLOZE_EXTRA_WORDS):
            return 1.0
        best = max(best, coverage(form, answer_tokens(answer)))
    return best


def _element_recalled(terms: tuple[str, ...], tokens: list[str]) -> bool:
    """One of the element's two rarest terms, or at least half of its terms."""
    if not terms:
        return False
    found = [coverage(t, tokens) >= tuning.GRADE_TERM_COVERED for t in terms]
    return any(found[: tuning.GRADE_ELEMENT_RAREST]) or sum(found) * 2 >= len(terms)


def _pick_choice(choices: tuple[str, ...], answer: str) -> str | None:
    a = answer.strip().rstrip(".)").strip()
    if len(a) == 1 and a.upper() in CHOICE_LETTERS[: len(choices)]:
        return choices[CHOICE_LETTERS.index(a.upper())]
    if a.isdigit() and 1 <= int(a) <= len(choices):
        return choices[int(a) - 1]
    norm = normalize_for_match(a)
    for c in choices:
        if normalize_for_match(c) == norm:
            return c
    scored = sorted(((term_score(c, a), c) for c in choices), reverse=True)
    match = tuning.GRADE_CHOICE_MATCH
    if scored and scored[0][0] >= match and (len(scored) == 1 or scored[1][0] < match):
        return scored[0][1]
    words = normalize_for_match(a).split()
    for c in choices:
        cw = normalize_for_match(c).split()
        if len(words) == len(cw) and all(similar(x, y) for x, y in zip(words, cw, strict=True)):
            return c
    return None


def _feedback(item: QuizItem, score: float, rating: str, note: str) -> tuple[str, tuple[str, ...]]:
    """The verdict line, and the details the learner needs beside the passage."""
    head = {"Again": "Not yet.", "Hard": "Partly right.", "Good": "Right.", "Easy": "Right."}[rating]
    verdict = f"{head} ({round(score * 100)}%) {note}".strip()
    if item.kind in ("definition", "short"):
        return verdict, (f"Reference answer: {item.answer}.",)
    if item.kind == "list" and rating != "Easy" and score < 1:
        return verdict, ("The list: " + "; ".join(item.elements) + ".",)
    return verdict, ()


__all__ = ["Grade", "Grader", "GradingSettings", "RATINGS", "rating_for", "term_score", "term_words"]
