"""Generating the bank: a few items per content section on what it teaches, in reading order, each id unique.

Each sentence offers at most one item, the first of: a definition ("X is a …", "X refers to …"), a named term
("a format known as _____"), a reason ("… because …"), an object question ("What does Mozilla maintain?"), a
subject question ("Who invented …?"), a share, a year. A list block its lead-in or heading names is one list item;
a series in a sentence ("challenges include A, B and C") one more; a heading that opens with a date asks when; a
glossary asks its entries as definitions, one of them in the section that teaches its term when that section asks
nothing else. A subject is defined once in a text, by its plainest definition, and asked each short question once; a
section keeps its best few offers by kind. Which sentences may be asked at all is `askable.py`'s."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial

from tutor import tuning
from tutor.english.lexicon import REPORTING, STOPWORDS
from tutor.english.people import people_named
from tutor.english.text import content_terms, word_count
from tutor.ingest.containers import containers
from tutor.records import Block, Document, Section, Unit
from tutor.revision.items.advice import advice_item
from tutor.revision.items.agents import agent_item
from tutor.revision.items.answers import as_written
from tutor.revision.items.appositions import apposition_item
from tutor.revision.items.askable import askable, formula_or_symbol
from tutor.revision.items.consequences import consequence_item
from tutor.revision.items.context import Context, make_context, stands_alone
from tutor.revision.items.definitions import definition_item, subject_key
from tutor.revision.items.described import described_item
from tutor.revision.items.enumerated import enumerated_item
from tutor.revision.items.figures import figure_item
from tutor.revision.items.giveaway import in_heading, shown_again, without_other_term
from tutor.revision.items.glossary import glossary_items, glossary_section_items, is_glossary, taught_in
from tutor.revision.items.lists import led_as_examples, links_to_read, list_item, series_item
from tutor.revision.items.named import named_item
from tutor.revision.items.questions import object_item, subject_item
from tutor.revision.items.reasons import why_item
from tutor.revision.items.record import QuizItem, unit_reading
from tutor.revision.items.sections import anecdotal, boxes, content_sections
from tutor.revision.items.situated import situated
from tutor.revision.items.tenets import tenet_item
from tutor.revision.items.timeline import timeline_item
from tutor.revision.items.years import text_years, year_item
from tutor.revision.terms import names
from tutor.skips import Skips, where

# what a kind of item is worth, best first: a section keeps its best few
_RANK: dict[str, float] = {"definition": 0, "list": 1, "why": 2, "gloss": 2, "short": 3, "term": 3}
_RANK |= {"object": 4, "subject": 4, "figure": 5}
_APPOSED_PLAINNESS = 99  # a name said in passing is defined only where no sentence says what it is
_GLOSSARY_PLAINNESS = 50  # a glossary defines a term the prose has not defined (a section then asks its own)
_RANK |= {"year": 5.5, "series": 6, "broad": 9}  # a share ("85% of revenue") says more than a date
_SAME_ANSWER_WORDS = 3  # a text's two items of one kind answered alike in this many words ask the same
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
# a variable's or a function's name, or a generic parameter's ("X2", "T"), not a type's ("String")
_IDENTIFIER = re.compile(r"[a-z_][\w:.]*(?:\(\))?|[A-Z]\d?")
# a question ending on what the sentence before said: "What should you use if you need that?"
# a broad question that only its section's name places: "In the section “List methods”, what does Python provide?"
# (blind ratings over all rounds: 10 keep, 27 fix, 7 discard of 44 verdicts)
_BROADLY_PLACED = re.compile(r"^In (?:the section )?“[^”]*”, what (?:does|do) .+ (?:provide|create|offer)\?$")
_POINTS_AWAY = re.compile(r"\b(?:that|this|these|those)\?$")


@dataclass(frozen=True)
class _Offer:
    rank: float
    item: QuizItem
    defines: str = ""  # a definition's subject key, or a short question's pattern and subject: one is kept a text
    plainness: int = 0  # the defining pattern's place: the lowest is kept


def generate_items(docs: list[Document], skips: Skips | None = None) -> list[QuizItem]:
    """Every document's items; a section (or a document) the generator cannot use is skipped and counted."""
    skips = skips if skips is not None else Skips("quiz items")
    items: list[QuizItem] = []
    for doc in docs:
        items.extend(skips.attempt(doc.source, partial(_document_items, doc, skips), []))
    seen: Counter[str] = Counter()
    asked: set[str] = set()
    answered: set[tuple[str, str, str]] = set()  # a text's answers of a few words or more, by kind
    out: list[QuizItem] = []
    left = Counter((it.source, it.section) for it in items)  # a section keeps one item at least
    for it in items:
        said = (it.source, it.kind, it.answer.lower())
        if it.prompt in asked or said in answered and left[it.source, it.section] > 1:
            left[it.source, it.section] -= 1  # a sentence the text repeats is asked once; "What did emalysz fix?" has
            continue  # one answer; a summary's "What does all reinforcement increase?" after "What do all
            # reinforcers increase?", answered alike, unless it is all its section asks
        asked.add(it.prompt)
        if word_count(it.answer) >= _SAME_ANSWER_WORDS:
            answered.add(said)
        seen[it.id] += 1
        new_id = it.id if seen[it.id] == 1 else f"{it.id}-{seen[it.id]}"  # the same sentence, asked another way
        out.append(replace(it, id=new_id, order=len(out)))
    return out


def _document_items(doc: Document, skips: Skips) -> list[QuizItem]:
    fenced = containers(doc.text)  # once: the text's fenced containers and boxes
    sections, boxed = content_sections(doc, fenced), boxes(fenced)
    ctx = make_context(doc, sections)
    found = (n.text for s in sections for b in s.blocks for u in b.units for n in names(unit_reading(doc, u)))
    people, years = people_named(found, ctx.lowercase_words, doc.text), text_years(doc)
    offers: list[list[_Offer]] = []
    for section in sections:
        made = partial(_section_offers, doc, section, ctx, people, years)
        made_here: list[_Offer] = skips.attempt(where(doc.source, section.title), made, [])
        offers.append([o for o in made_here if not anecdotal(o.item.start, o.item.answer, boxed)])
    for glossary in offers:  # an entry is asked in the section that teaches its term, where it would ask nothing else
        for o in [o for o in glossary if o.plainness == _GLOSSARY_PLAINNESS][1:]:
            at = taught_in(doc, sections, o.defines)
            if at is not None and not offers[at]:
                glossary.remove(o)
                offers[at].append(replace(o, item=replace(o.item, section=sections[at].title)))
    chosen = _once_a_subject(sections, offers)
    defined = {o.defines for os in offers for o in os if id(o) in chosen and o.item.kind == "definition"}
    items: list[QuizItem] = []
    for section, section_offers in zip(sections, offers, strict=True):
        kept = [o for o in section_offers if not o.defines or id(o) in chosen]
        kept = [o for o in kept if not (o.item.kind == "short" and subject_key(o.item.answer) in defined)]
        # "What is the root square of …? the standard deviation" asks the term a definition asks, the other way round
        salience = partial(ctx.salience, doc, section)
        ranked = sorted((o for o in kept if o.rank < _RANK["broad"]), key=lambda o: (o.rank, -salience(o.item.reading)))
        named = {o.item.answer.lower(): o for o in reversed(ranked)}  # "Polaris" twice: the better question
        asked = {o.item.prompt: o for o in reversed(ranked)}  # "What did emalysz fix?" twice: one answer
        best = [
            o for o in ranked if (_dated(o.item) or named[o.item.answer.lower()] is o) and asked[o.item.prompt] is o
        ]  # a timeline's entries may share a year; "Protests also emerged in _____" after "On March 24, _____" not
        best = best[: _wanted(section)] or kept[:1]  # a broad question only where there is nothing else
        placed = (situated(doc, section, o.item) for o in sorted(best, key=lambda o: o.item.start))
        items.extend(it for it in placed if not _BROADLY_PLACED.match(it.prompt))
    return items


def _dated(item: QuizItem) -> bool:
    """A timeline entry's year ("In what year does the text date X?"): a section may ask two of one year."""
    return item.answer.isdigit() and item.prompt.startswith("In what year")


def _once_a_subject(sections: list[Section], offers: list[list[_Offer]]) -> set[int]:
    """The offers kept of those that define a subject or ask a short question of it (`_Offer.defines`): one each,
    the plainest pattern's, asked by its section's heading if one is ("Why is X important?" under that heading,
    not "Why is X essential?" elsewhere), else the first."""
    best: dict[str, tuple[tuple[int, bool], _Offer]] = {}
    for section, section_offers in zip(sections, offers, strict=True):
        heading = set(content_terms(section.title))
        for o in (o for o in section_offers if o.defines):
            order = (o.plainness, not set(content_terms(o.item.prompt)) <= heading)
            if o.defines not in best or order < best[o.defines][0]:
                best[o.defines] = (order, o)
    return {id(o) for _, o in best.values()}


def _section_offers(doc: Document, section: Section, ctx: Context, people: set[str], years: list[int]) -> list[_Offer]:
    if is_glossary(section):
        entries = glossary_section_items(doc, section, ctx)
        return [_Offer(_RANK["definition"], it, subject_key(term), _GLOSSARY_PLAINNESS) for it, term in entries]
    dated = timeline_item(doc, section)
    offers: list[_Offer] = [_Offer(_RANK["year"], dated)] if dated else []
    previous: Block | None = None
    before: Unit | None = None  # the sentence right before, when it is whole: what "This is called …" names
    for block in section.blocks:
        if block.kind == "list" and _reported(doc, previous) or _quoted_voice(doc, block):
            previous = block
            continue  # "President Obama also said: • The UK must stay in the EU …": his claims, not the text's
        if led_as_examples(doc, block, previous) or links_to_read(doc, section, block, previous):
            previous = block
            continue  # "For example: • …": instances; "Discussions: • Reddit discussion on r/programming": elsewhere
        listed = list_item(doc, section, block, previous, ctx) if block.kind == "list" else None
        if listed:
            offers.append(_Offer(_RANK["list"], listed))
        if block.kind == "list":
            offers += [_Offer(_RANK["gloss"], it) for it in glossary_items(doc, section, block, ctx)]
        last_subject = ""  # a definition's subject, for "This is also called …" right after it
        if block.kind == "list" or previous is not None and previous.kind == "list":
            before = None  # a paragraph's last sentence is before the next paragraph's first; a list's is not
        for u in () if listed else block.units:  # a list asked whole is not asked again element by element
            sentence = unit_reading(doc, u)
            counted = enumerated_item(doc, section, before, u, ctx) if before is not None else None
            offers += [_Offer(_RANK["list"], counted)] if counted else []  # "… five factors. These are: (1) …"
            if not askable(sentence, listed=block.kind == "list"):
                before = None
                continue
            offer = _sentence_offer(doc, section, (before, u), ctx, people, years, last_subject)
            before = u
            last_subject = offer.defines if offer and offer.item.kind == "definition" else ""
            if offer:
                offers.append(offer)
            series = series_item(doc, section, u, ctx) if stands_alone(sentence) else None
            if series:
                offers.append(_Offer(_RANK["series"], series))
        previous = block
    defined = [o.item for o in offers if o.rank == _RANK["definition"]]
    offers = [o for o in offers if not (o.rank == _RANK["gloss"] and _holds_any(o.item, defined))]
    offers = [o for o in offers if o.item.answer]  # "due to Hochreiter.Schmidhuber.1997": a citation, no answer
    offers = [replace(o, item=replace(o.item, prompt=without_other_term(o.item.prompt, o.item.answer))) for o in offers]
    offers = [o for o in offers if not o.item.answer.endswith(":")]  # "… a production function:" leads to a formula
    offers = [o for o in offers if not _POINTS_AWAY.search(o.item.prompt)]  # "What should you use if you need that?"
    offers = [o for o in offers if not formula_or_symbol(o.item, printed=bool(doc.pages))]
    offers = [o for o in offers if not _leans_on_code(doc, o.item)]
    offers = [o for o in offers if not as_written(o.item.prompt, o.item.answer, o.item.reading or o.item.text)]
    offers = [o for o in offers if not (o.item.kind == "cloze" and shown_again(o.item.prompt, o.item.answer))]
    offers = [o for o in offers if not _heading_says(o.item, section)]
    return offers or _broad(doc, section, ctx)


def _heading_says(item: QuizItem, section: Section) -> bool:
    """The heading the quiz shows above the question gives its answer away ("What are considered a type of cache?
    CDNs" under "CDN caching"); not a list's, nor an item that asks what the heading says ("In what decade does the
    text date “Expert systems”?", its passage the heading)."""
    asks_heading = (item.reading or "").startswith(section.title)
    return item.kind != "list" and not asks_heading and in_heading(item.answer, section.title)


def _reported(doc: Document, lead: Block | None) -> bool:
    """A lead-in that gives the list as someone's words: "In a wide-ranging interview, President Obama also said:"."""
    last = unit_reading(doc, lead.units[-1]).rstrip() if lead is not None and lead.units else ""
    return last.endswith(":") and bool(REPORTING.search(last.split(",")[-1]))


def _holds_any(item: QuizItem, others: list[QuizItem]) -> bool:
    """ "Validating. A validation set is …": the gloss's passage holds a definition, which asks it better."""
    return any(item.start <= o.start and o.end <= item.end for o in others)


def _sentence_offer(
    doc: Document,
    section: Section,
    pair: tuple[Unit | None, Unit],
    ctx: Context,
    people: set[str],
    years: list[int],
    last_subject: str,
) -> _Offer | None:
    """The sentence's best item (the sentence before it is what "This is called …" names)."""
    before, u = pair
    sentence = unit_reading(doc, u)
    alone = stands_alone(sentence) or last_subject
    made = definition_item(doc, section, u, ctx, last_subject, people) if alone else None
    if made:
        defined, subject, place = made
        # a subject is defined once a text; a short answer's question ("Why is X important?") is asked once a
        # subject too ("Why is X essential?" beside it would ask the same)
        key = subject_key(subject)
        defines = key if defined.kind == "definition" else f"{place} {key}"
        return _Offer(_RANK[defined.kind], defined, defines, place)
    apposed = apposition_item(doc, section, u, ctx, people) if alone else None
    if apposed:  # "Grammarly, a writing assistant that …, uses …": defined in passing, after any "X is a …"
        return _Offer(_RANK["definition"], apposed[0], subject_key(apposed[1]), _APPOSED_PLAINNESS)
    # a person's deed is asked "Who invented …?" before "What did X invent?"
    for kind, make in (
        ("term", lambda: named_item(doc, section, u, before)),
        ("short", lambda: described_item(doc, section, u, ctx)),
        ("short", lambda: tenet_item(doc, section, u, ctx)),
        ("short", lambda: advice_item(doc, section, u, ctx)),
        ("why", lambda: why_item(doc, section, u, ctx)),
        ("why", lambda: consequence_item(doc, section, pair, ctx)),
        ("subject", lambda: subject_item(doc, section, u, ctx, people)),
        ("subject", lambda: agent_item(doc, section, u, ctx)),
        ("object", lambda: object_item(doc, section, u, ctx)),
        ("figure", lambda: figure_item(doc, section, u)),  # a share before the year it was measured in
        ("year", lambda: year_item(doc, section, u, years)),
    ):
        item = make()
        if item and not _announces(item):
            return _Offer(_RANK[kind], item)
    return None


# what names something a colon then says: "… the question:", "… the following:", "… this:"
_ANNOUNCING = re.compile(r"\b(?:the (?:question|following|answer)|this|these|as follows)$", re.I)


def _announces(item: QuizItem) -> bool:
    """An answer that stops where a colon opens what it announces ("to ask yourself the question[: what do you wish
    someone would make for you?]"): the answer is what follows. Not one the colon only elaborates ("so that they can
    afford the essentials of life[: food, clothing, …]", "to count requests by latency bucket[: how many …?]")."""
    at = item.reading.find(item.answer)
    after = item.reading[at + len(item.answer) :].strip() if at >= 0 else ""
    return after.startswith(":") and bool(_ANNOUNCING.search(item.answer))


def _leans_on_code(doc: Document, item: QuizItem) -> bool:
    """A prompt or an answer that speaks of the code's own names ("Why does word still contain the value 5?", "the
    mutable reference in clear", "the class `SearchProblem`" its listing defines): the listing it leans on is not
    shown. An answer that is the name is taught ("This function is called _____": drop)."""
    spans = _INLINE_CODE.findall(doc.text[item.start : item.end])
    names = {c for c in spans if _IDENTIFIER.fullmatch(c)}
    names |= {c for c in set(spans) - names if c.isidentifier() and re.search(_DEFINES.format(c), doc.text)}
    start = item.start
    while start > 0 and doc.text[start - 1] in "`*_[":
        start -= 1  # "`"Joe Smith"` is the code …": the span starts inside the mark that opens it
    values = _INLINE_CODE.findall(doc.text[start : item.end])
    names |= {c.strip("\"'") for c in values if len(c) > 2 and c[0] == c[-1] and c[0] in "\"'"}  # `"Joe Smith"`
    names -= STOPWORDS  # "whose value is `a`": the prompt's "a" is the article
    said = [item.prompt] + ([item.answer] if item.answer.strip() not in names else [])
    if item.kind == "list":  # a rule may name a keyword ("declared with the mut keyword"); "When s comes …" leans
        names = {n for n in names if len(n) <= 2 or re.search(r"[\d_]", n)} | {n for n in names if n in item.prompt}
    return any(re.search(rf"(?<![\w`]){re.escape(n)}(?![\w`])", text) for n in names for text in said)


# what a listing of the text's own says to define a name ("class SearchProblem:", "def step(", "struct Point {")
_DEFINES = r"\b(?:class|struct|enum|trait|interface|def|fn|function)\s+{}\b"


def _quoted_voice(doc: Document, block: Block) -> bool:
    """A quotation set apart that speaks in its own first person ("> … analytics allow us to prioritise …"):
    someone else's words, whose "we" the question could not name."""
    line = doc.text.rfind("\n", 0, block.start) + 1
    quoted = doc.text[line : block.start + 1].lstrip().startswith(">")
    return quoted and bool(re.search(r"\b(?:we|us|our|I|my)\b", doc.text[block.start : block.end]))


def _broad(doc: Document, section: Section, ctx: Context) -> list[_Offer]:
    """A section with nothing else to ask: one object question of a common verb ("What does Firefox use?")."""
    for block in section.blocks:
        for u in block.units:
            whole = askable(unit_reading(doc, u), listed=block.kind == "list")
            item = object_item(doc, section, u, ctx, broad=True) if whole else None
            if item and not _leans_on_code(doc, item):
                return [_Offer(_RANK["broad"], item)]
    return []


def _wanted(section: Section) -> int:
    """About one item per two sentences, at least two and at most ITEM_SECTION_CAP."""
    n = sum(len(b.units) for b in section.blocks)
    return min(tuning.ITEM_SECTION_CAP, max(2, n // 2))
