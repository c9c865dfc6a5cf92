"""Choose the sentences that answer: the best few, the next one when it carries on the best one's subject,
the best for each part of a two-part question, a section's opening when the question repeats its heading,
and a whole list with its lead-in when the answer leans on one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer.asks import has_type
from tutor.answer.lead_ins import following_list, is_lead_in, whole_list
from tutor.answer.scoring import Scored, earlier_in_paragraph
from tutor.english.lexicon import POINTS_BACK, REPORTING_VERBS, alternation
from tutor.english.text import word_count

# "That's because …", "Those …": a sentence that points back, besides those POINTS_BACK knows
_THAT = re.compile(r"^(?:that['’]s|that is|that was|those)\b", re.IGNORECASE)
# who said it, before what was said: "Zuckerberg said this was the reason …", "He added that it …"
_REPORTED = re.compile(rf"^(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:{alternation(REPORTING_VERBS)})\s+(?:that\s+)?")

# "Think of being seated at a restaurant.", "Imagine a library.": the comparison is in the sentences after it
_INVITATION = re.compile(r"^(?:think of|imagine|picture|suppose)\b", re.IGNORECASE)
_INVITATION_WORDS = 12


def _invites(sentence: str) -> bool:
    """A short sentence that asks the reader to imagine something, which the next sentence goes on to describe."""
    return bool(_INVITATION.match(sentence)) and word_count(sentence) <= _INVITATION_WORDS


if TYPE_CHECKING:
    from tutor.answer.options import AnswerOptions
    from tutor.answer.question import Question
    from tutor.answer.scoring import Scorer
    from tutor.index.load import KnowledgeIndex
    from tutor.records import Unit


class Selector:
    def __init__(self, scorer: Scorer, options: AnswerOptions) -> None:
        self.scorer = scorer
        self.index = scorer.index
        self.options = options

    def best(self, scored: list[Scored]) -> list[Scored]:
        """The best sentence (and its continuation), then the next best while they score near it and fit."""
        best = scored[0]
        chosen = [best, *self._continuation(best)]
        used = sum(word_count(self.scorer.text(s)) for s in chosen)
        for s in scored[1:]:
            if len(chosen) >= self.options.max_sentences or s.score < best.score * self.options.keep_ratio:
                break
            text = self.scorer.text(s)
            n = word_count(text)
            # the continuation, say, or the same words elsewhere ("New Zealand History." in three references)
            said = any(self.scorer.text(c) == text for c in chosen)
            if not said and used + n <= self.options.max_words:
                chosen.append(s)
                used += n
        return chosen

    def for_part(self, chosen: list[Scored], overall: list[Scored], ranked: list[Scored], leans: bool) -> None:
        """Add the best sentences for one part of a two-part question (`ranked`: scored for that part alone).

        A part that leans on the other loses its subject ("what did that country do?"): the whole question must
        agree; a part with its own subject stands alone."""
        whole_score = {(s.chunk, s.unit): s for s in overall}
        used = sum(word_count(self.scorer.text(c)) for c in chosen)
        added = 0
        for candidate in ranked[: tuning.PART_SENTENCES]:
            whole = whole_score[(candidate.chunk, candidate.unit)]
            fits = not leans or whole.score >= overall[0].score * tuning.PART_AGREEMENT
            close = candidate.score >= max(self.options.min_score, ranked[0].score * self.options.keep_ratio)
            n = word_count(self.scorer.text(candidate))
            short = not added or used + n <= self.options.max_words  # the part's best, then what the words allow
            if fits and close and short and all(c.unit != candidate.unit for c in chosen):
                chosen.append(whole)
                used, added = used + n, added + 1

    def opening(self, scored: list[Scored], chunk_nos: set[int]) -> list[Scored]:
        """The sentences of these passages in reading order, as far as the words allow: the answer when a
        question repeats a section's heading, and the no-selection baseline of `--without sentences`."""
        by_unit = {(s.chunk, s.unit): s for s in scored}
        chosen: list[Scored] = []
        used = 0
        for chunk_no in sorted(chunk_nos):
            for unit in self.index.chunks[chunk_no].units:
                if (chunk_no, unit) not in by_unit:
                    continue  # what the scorer left out answers nothing ("Click the image above …")
                used += word_count(self.index.chunks[chunk_no].unit_text(unit))
                if chosen and used > self.options.max_words:
                    return chosen
                chosen.append(by_unit[(chunk_no, unit)])
        return chosen

    def _continuation(self, best: Scored) -> list[Scored]:
        """The next sentence of the best one's paragraph when it carries on its subject ("For example, the US
        government has been reluctant…" — "Internally, it has abolished…"): alone it would not say who."""
        following = _beside(self.index, best, 1) if self.options.continuations else None
        if following is None:
            return []
        text = self.index.chunks[best.chunk].unit_text(following)
        fits = word_count(self.scorer.text(best)) + word_count(text) <= self.options.max_words
        # a lead-in without its list says nothing; "Think of being seated at a restaurant." is said by what follows
        carries_on = POINTS_BACK.match(text) and not is_lead_in(text) or _invites(self.scorer.text(best))
        return [Scored(best.chunk, following, best.score)] if fits and carries_on else []

    def antecedents(self, chosen: list[Scored]) -> list[Scored]:
        """The sentence before a chosen one that points back to it ("That's because a superbug isn't …", "It
        refers to …"), from the same paragraph, while the words allow: alone it would not say what it is about."""
        if not self.options.continuations:
            return chosen
        out = list(chosen)
        have = {(s.chunk, s.unit.start) for s in out}
        used = sum(word_count(self.scorer.text(s)) for s in out)
        for s in chosen:
            text = self.scorer.text(s)
            said = _REPORTED.sub("", text, count=1)  # "Zuckerberg said this was the reason …"
            if not (POINTS_BACK.match(said) or _THAT.match(said)) or is_lead_in(text):
                continue
            before = _beside(self.index, s, -1)
            if before is None:
                continue
            n = word_count(self.index.chunks[s.chunk].unit_text(before))
            if (s.chunk, before.start) not in have and used + n <= self.options.max_words:
                out.append(Scored(s.chunk, before, s.score))
                have.add((s.chunk, before.start))
                used += n
        return out

    def with_list(self, question: Question, chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
        """The one list the answer leans on comes whole: its lead-in, then every item.

        A list qualifies through its lead-in sentence ("…include the following:"), through two or more of
        its items scoring near the best sentence, or — when the question asks for several things —
        through any sentence of the paragraph that introduces it.
        """
        candidates, siblings = self._list_candidates(question, scored)
        if not candidates:
            return chosen
        top = scored[0].score

        def strength(k: tuple[int, int]) -> float:
            return candidates[k] + tuning.ITEM_PENALTY * max(0, len(siblings.get(k, ())) - 1) / 2

        key = max(candidates, key=lambda k: (strength(k), -k[0]))
        lead_chosen = any(c.chunk == key[0] and c.unit.item < 0 and is_lead_in(self.scorer.text(c)) for c in chosen)
        qualifies = (lead_chosen and candidates[key] >= top * self.options.keep_ratio) or (
            question.wants_list and strength(key) >= top * tuning.LIST_WANTED_SHARE
        )
        if not qualifies:
            return chosen
        chunk_no, block = key
        score = max(candidates[key], top) if question.wants_list else candidates[key]
        out = list(chosen)
        if question.wants_list:
            out = [c for c in chosen if not (c.unit.item >= 0 and c.unit.block != block)]
        for u in whole_list(self.index.chunks[chunk_no], block):
            if all(c.unit != u for c in out):
                out.append(Scored(chunk_no, u, score))
        return out

    def _list_candidates(
        self, question: Question, scored: list[Scored]
    ) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], set[int]]]:
        """(passage, list block) -> the best score that speaks for it; and the items of each scoring near the best."""
        top = scored[0].score
        candidates: dict[tuple[int, int], float] = {}
        siblings: dict[tuple[int, int], set[int]] = {}
        for s in scored[: tuning.LIST_POOL]:
            chunk = self.index.chunks[s.chunk]
            score = s.score
            if s.unit.item >= 0:
                key = (s.chunk, s.unit.block)
                score -= tuning.ITEM_PENALTY  # one matching item says less about a list than its introduction does
                if s.score >= top * self.options.keep_ratio * tuning.SIBLING_SHARE:
                    siblings.setdefault(key, set()).add(s.unit.item)
            else:
                block = following_list(chunk, s.unit)
                if block is None or not (question.wants_list or is_lead_in(self.scorer.text(s))):
                    continue
                key = (s.chunk, block)
            candidates[key] = max(candidates.get(key, 0.0), score)
        return candidates, siblings


def _beside(index: KnowledgeIndex, s: Scored, step: int) -> Unit | None:
    """The sentence `step` away from a chosen one (1: the next, -1: the one before) in its paragraph or list item,
    or None."""
    units = index.chunks[s.chunk].units
    at = units.index(s.unit) + step
    near = units[at] if 0 <= at < len(units) else None
    return near if near is not None and (near.block, near.item) == (s.unit.block, s.unit.item) else None


def dated(scorer: Scorer, chosen: list[Scored], needed: str | None, max_words: int) -> list[Scored]:
    """A *when* answer whose best sentence is dated only by an earlier sentence of its paragraph ("In the summer
    of 1898, Ramsay made a discovery … In so doing, …") brings the nearest such sentence, in place of the lesser
    sentences when the words would not allow both."""
    if needed != "time" or not chosen:
        return chosen
    best = chosen[0]
    chunk = scorer.index.chunks[best.chunk]
    if has_type(scorer.text(best), needed) or has_type(chunk.context, needed):
        return chosen
    have = {(s.chunk, s.unit.start) for s in chosen}
    earlier = [u for u in earlier_in_paragraph(chunk, best.unit) if has_type(chunk.unit_text(u), needed)]
    if not earlier or (best.chunk, earlier[-1].start) in have:
        return chosen
    kept, need = list(chosen), word_count(chunk.unit_text(earlier[-1]))
    while len(kept) > 1 and sum(word_count(scorer.text(s)) for s in kept) + need > max_words:
        kept.pop()  # the date asked for before a lesser sentence
    if sum(word_count(scorer.text(s)) for s in kept) + need > max_words:
        return chosen
    return [*kept, Scored(best.chunk, earlier[-1], best.score)]
