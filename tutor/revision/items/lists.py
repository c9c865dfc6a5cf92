"""List items: the elements of a list block under its lead-in, or of a series in a sentence ("A, B, and C")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import (
    AS_EXAMPLE,
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    STOPWORDS,
    UI_CONTROLS,
    alternation,
)
from tutor.english.text import content_terms, stem, words
from tutor.records import Block, Document, Section, Unit
from tutor.revision.items.clauses import in_question
from tutor.revision.items.context import (
    CROSS_REFERENCE,
    DISCOURSE,
    FILE_NAME,
    SUPPOSED,
    Context,
    declarative,
    finite,
    reads_alone,
    speaks_of_numbered,
)
from tutor.revision.items.labels import (
    NOTE_LABEL,
    element_label,
    list_labels,
    without_cross_reference,
    without_telling_asides,
)
from tutor.revision.items.list_leads import FOR_EXAMPLE, leads_elsewhere, link_roll
from tutor.revision.items.list_names import (
    COUNTED,
    HEDGED_THERE,
    advice_noun,
    heading_names,
    heading_noun,
    holder_of,
    list_noun,
    mid_sentence,
    names_things,
    noun_tail,
    number,
    plural_noun,
    pointing_subject,
    relative_tail,
    said_there,
    two_topics,
    uncounted_noun,
    value,
)
from tutor.revision.items.list_places import for_the_doing, heading_place
from tutor.revision.items.list_shapes import claims, code_captions, counts_a_singular, list_captions, statements
from tutor.revision.items.questions import YEAR
from tutor.revision.items.record import QuizItem, heading, item_id, passage_item, sentence_case, unit_reading
from tutor.revision.items.series import counts_two, pair, parse_series

# what opens a series, and how its name is found: the plural noun right before it, or a counted one
_TRIGGER = re.compile(r"(?::|\bincluding\b|\binclude[sd]?\b|\bsuch as\b|\bnamely\b|\bof\b|\bare\b|\bwere\b)\s+", re.I)
_NEEDS_COUNT = ("are", "were", "include", "includes", "included")
_LISTING_VERB = re.compile(r"\b(?:include[sd]?|are|were|such as)\s", re.I)  # a later trigger inside a first element
_TASKS = frozenset("exercises assignments homework".split())  # not "challenges", "tasks": often what is taught
# what code and formulas have: "y ~ a + b", "lm()", "x = 1", "sum += x", "a === 0", "array[i]"
_FORMULA = re.compile(
    r"\s(?:[=~]|[-+*/%]=|[=!]==?)\s|\w\(\)|//|[{}]|\w\[[a-z_]\w*\]"
    r"|\b[a-z]{2,}[A-Z_]\w*\([^()]*\)|=>"  # "handleAddTask(text) is called when …", "() => alert(…)": code's calls
)
# a reading list's elements: "Read this article about …", "Next, watch this video …" (not "Don't read or write …")
_READING = re.compile(r"(?i)\b(?:(?:read|watch)\s+(?:this|these|the|through|and)\b|article|video|blog post|tutorial)\b")
_BOLD_LABEL = re.compile(r"\*\*([A-Za-z][\w\s'-]{2,50}?)\*\*:?")  # "**Hotel Meta-review columns**" over a list
_CUT_ENDS = PREPOSITIONS | DETERMINERS | frozenset("and or but of to so".split())  # "… and then fits copies of"
_VAGUE = frozenset("more others other many etc".split())
# an element that only says the list goes on: "etc., etc", "and so on", "…"
_MORE_OF_THEM = re.compile(
    r"(?i)(?:(?:and\s+)?(?:etc\.?|so\s+on|so\s+forth|(?:many\s+)?more(?:\s+\w+){0,2}|others)|\.\.\.|…)"
    r"(?:[\s,.;]+(?:etc\.?|…))*[\s.,;!]*"  # "And many more advanced features."
)
# the nouns that name what a series after "of" is, a class of things ("fields of law, policy and …", "the concepts of
# ownership, borrowing, and slices"); any other names what the things have or belong to ("the particulars of CI
# services, formatters, …", "members of A, B and C", "values of x, y and z": rated 9 keep, 35 fix, 23 discard of 67
# verdicts in `tests/data/item-ratings`, the class nouns 6 keep of 6)
_CLASSES_OF = frozenset(
    "fields categories kinds types classes branches families sorts concepts notions faculties".split()
)
_ARTICLE = re.compile(rf"^(?:{alternation(DETERMINERS)})\s+", re.I)


def list_item(doc: Document, section: Section, block: Block, previous: Block | None, ctx: Context) -> QuizItem | None:
    """A list block under its lead-in paragraph: "Name the three categories listed under …"."""
    elements = _recallable(doc, block)
    if not elements:
        return None
    led = _leads(doc, block, previous)
    if not led and block.units[0].start > section.start + len(section.title) + 16:
        return None  # neither a lead-in paragraph nor the heading right above introduces it
    before = previous.units[-2:] if led and previous else ()
    context_text = " ".join(unit_reading(doc, u) for u in before) or section.title
    start = before[-1].start if before else block.start
    labels = list_labels(doc, elements)
    if len(labels) > tuning.LIST_MAX_ELEMENTS or any(label.endswith("…") for label in labels):
        return None  # a list too long to recall, or elements too long to name in a few words
    if any(len(label.split()) > 2 and label.split()[-1].lower() in _CUT_ENDS for label in labels):
        return None  # "AdaBoost fits a classifier to a dataset and then fits copies of": a label cut short
    if claims(labels) or code_captions(doc, elements, block.end) or list_captions(doc, elements, labels):
        return None  # "WASI | WASI | WASI": examples of one thing; "They can … | They cannot …": claims of one
    if 2 * sum(bool(UI_CONTROLS.match(label)) for label in labels) >= len(labels):
        return None  # "Share on Twitter | Close | Fullscreen": the page's controls, not its content
    if 2 * sum(bool(FILE_NAME.fullmatch(label)) for label in labels) >= len(labels):
        return None  # "../data/dog-breed-identification/labels.csv; …": where the files are, not what it teaches
    if 2 * sum(bool(CROSS_REFERENCE.match(label)) for label in labels) >= len(labels):
        return None  # "Table 3.15, price level; Table 3.16, exchange rate": where the data are, not what it teaches
    if sum(bool(YEAR.match(label)) for label in labels) > 1 or any(map(speaks_of_numbered, labels)):
        return None  # a timeline: its years and names are asked one by one; "In (6), …": about an equation not shown
    formulas = [bool(_FORMULA.search(said) or "=" in said) for said in (unit_reading(doc, us[0]) for us in elements)]
    if 2 * sum(formulas) >= len(elements):  # "c = λν | E=hν=hcλ | …": a book's key equations, to use, not recall
        return None  # "R (lm()): y ~ a + b + c * d.": a model formula in each language, code to read, not recall (an
        # element's own sentence: "For instance, consider the program: var a = 2;" under it is an example)
    lead = unit_reading(doc, before[-1]).strip() if before else ""
    if leads_elsewhere(lead):
        return None
    label = _BOLD_LABEL.fullmatch(doc.text[before[-1].start - 2 : before[-1].end + 3].strip()) if before else None
    noun = list_noun(lead, len(labels)) if before else None
    noun = label.group(1).lower() if label and not noun and plural_noun(label.group(1).split()[-1]) else noun
    titled = None if noun or section.title == doc.title else heading_names(section.title, lead if before else "", ctx)
    if noun and not titled and section.title != doc.title and _heading_agrees(section.title, lead, noun, ctx):
        titled, noun = heading_noun(section.title, ctx), None  # "## Value Types" over "… seven … value types:"
    noun = noun or (uncounted_noun(lead) if titled is None else None)
    topics = noun is None and section.title != doc.title and two_topics(section.title)  # "Structure and semantics"
    topics = topics and names_things(section.title)  # not "Create training and testing datasets": a step
    advised = advice_noun(labels, heading(section.title)) if titled or topics else None  # "## Tables" names the topic
    if noun is None and titled is None and not advised or (noun or titled or "-").split()[-1] in _TASKS:
        return None  # a list the item could not name ("Name the five items"), or what the reader is to do
    place = heading_place(doc, section, labels, titled)
    if place is None:
        return None  # "independence | identically distributed" under "Independently and identically distributed"
    said = list_prompt(lead, noun, titled, place, len(labels), ctx) if not advised else None
    prompt = f"Name the {number(len(labels))} {advised}." if advised else said
    asks = 2 * sum(unit_reading(doc, us[0]).rstrip().endswith("?") for us in elements) >= len(elements)
    if prompt is None or asks and "question" not in prompt or counts_a_singular(prompt):
        return None  # "Before you look, think about what will happen: • Will he decide sooner …?": for the reader;
        # "Name the four questions the text lists under “Writing a README”" are to learn
    if statements(labels, prompt, titled="" if advised or noun or lead else titled or ""):
        return None
    terms = element_terms(labels, f"{context_text} {prompt}", ctx)
    text = doc.text[start : block.end]
    return recall_item(item_id("list", doc.source, text), doc, section, (start, block.end), prompt, labels, terms)


def _leads(doc: Document, block: Block, previous: Block | None) -> bool:
    """A paragraph right before the list, not across a tag ("<Recap>": the page's own box follows, not what the
    paragraph leads to) or a container's fence (":::: challenge": an exercise stands between)."""
    if previous is None or previous.kind != "paragraph" or not previous.units:
        return False
    return not re.search(r"^\s*(?:<[A-Za-z]|:{3})", doc.text[previous.end : block.start], re.M)


def _recallable(doc: Document, block: Block) -> list[list[Unit]]:
    """The list's elements to recall (each its sentences); none when too few are left, or when they are readings."""
    # "✅ Based on the other columns, can you think of …?": a note to the reader inside an element, not one of them
    elements = [us for us in block.elements() if unicodedata.category(unit_reading(doc, us[0])[:1] or "a") != "So"]
    elements = [us for us in elements if not _MORE_OF_THEM.fullmatch(unit_reading(doc, us[0]).strip())]
    elements = [us for us in elements if not NOTE_LABEL.fullmatch(element_label(doc, us))]  # "**Tip:** …"
    if 2 * sum(bool(_READING.search(unit_reading(doc, us[0]))) for us in elements) >= len(elements):
        return []  # "Read this article about return values; Next, read this one …": what to read, not what it says
    return elements if len(elements) >= tuning.LIST_MIN_ELEMENTS else []


# "X is a Y with the following Z:": the Z are X's ("A diatonic scale, or "mode", is a further restriction of the 12
# note scale with the following additional constraints:"), X without its other name
_KIND_WITH = re.compile(
    r"(?i)^((?:an?|the)\s+[^,;:]{2,40}?)(?:,\s+or\s+[^,]{1,30},)?\s+(?:is|are)\s+(?:an?|the)\s+[^:;]{2,80}?\s+with\s+"
    r"(?:the\s+following|these|several|some|\w+)\s+"
)


def list_prompt(lead: str, noun: str | None, titled: str | None, place: str, count: int, ctx: Context) -> str | None:
    """ "Name the three …" with what the lead-in says of the list: what has it, what it is of or for, where there
    are so many of them, or the lead-in quoted; None when only a bare "examples" or "things" would name it."""
    counted = re.compile(rf"(?i)^(?:the\s+)?{number(count)}\s+")  # a heading that counts them: "The four principles"
    noun, titled = (counted.sub("", n) if n else n for n in (noun, titled))
    tail = noun_tail(lead, noun) if noun else ""
    holder = holder_of(lead, noun) if noun else ""
    there = said_there(lead, noun) if noun else ""
    if holder:  # "… your system might end up with the following levels of complexity:", "A path can take two forms:"
        tail = noun_tail(lead, noun or "", tuning.LIST_SAID_WORDS)  # "… modifiers you can use to trigger listeners …"
        of, to = (f" {tail}", "") if tail.startswith("of ") else ("", f" {tail}" if tail else "")
        *clause, last = holder.split()
        if not to and last in ("in", "during", "through", "at"):  # "… stages in which a program is processed …",
            holder = f"{last} which {' '.join(clause)}"  # not "… stages a program is processed by a compiler in"
        holder = in_question(holder, ctx)  # "… techniques modern computers offer", not "Modern computers"
        kind = re.fullmatch(r"(.+?)\s+(?:is|are)\s+(?:an?|the)\s+[\w-]+\s+with", holder)
        if kind:  # "a pure function is a function with the following characteristics:"
            return f"Name the {number(count)} {noun} of {kind.group(1)}."
        return f"Name the {number(count)} {noun}{of} {holder}{to}."  # "… facilities Rust provides for …"
    if re.fullmatch(r"(?:\w+\s+)?things\s+to\s+\w+", f"{noun} {tail}".strip()):
        return None  # "Two things to notice:": what is noticed is in the elements, which say "The first thing to …"
    if noun and re.search(r"\s(?:that|which|who)\s|^things to\s", noun):
        return f"Name the {number(count)} {noun}."  # the clause says what the list is: "… things to do during …"
    if tail:
        return f"Name the {number(count)} {noun} {tail}."  # "… approaches to understanding systems"
    if there:
        return f"Name the {number(count)} {noun} {there}."  # "There are two cases where …:"
    relative = relative_tail(lead, noun) if noun else ""
    if relative:
        return f"Name the {number(count)} {noun} {relative}."  # "… three channels that matter for survival:"
    subject = _LISTED_SUBJECT.match(lead)  # "The most common hyperparameters in context of Neural Networks include:"
    listed = subject.group(1).split() if subject else []
    if noun and len(listed) > 2 and noun.split()[-1] in listed and not any(map(finite, listed)):  # not "main limits"
        return f"Name the {number(count)} {in_question(' '.join(listed), ctx)}."
    acting = _acting(lead, noun, count) if noun else None
    if acting:  # "To update a component with new data, two things need to happen:"
        rest, before = acting
        return f"Name the {number(count)} {noun} that {rest}{' ' + in_question(before, ctx) if before else ''}."
    doing = for_the_doing(noun, place, ctx)  # "Name the two tips for writing reducers well"
    if doing:
        return f"Name the {number(count)} {noun}{doing}."
    kind = _KIND_WITH.match(lead) if noun else None
    if kind:  # "A diatonic scale, or "mode", is a further restriction of the 12 note scale with the following …:"
        return f"Name the {number(count)} {noun} of {in_question(kind.group(1), ctx)}."
    name = noun or titled or ""
    if len(name.split()) < 2 or name.split()[0].lower() in PREPOSITIONS:  # "For Enterprise users": whose, not what
        return None  # "the three goals the text lists (under “…”)": one noun names no list (rounds 60–119: 50 keep,
        # 165 fix, 51 discard of 266 verdicts; raters rename it "the three things an accessibility statement covers")
    under = f" under “{place}”" if place and " of " not in name else ""
    return f"Name the {number(count)} {name} the text lists{under}."


def _acting(lead: str, noun: str, count: int) -> tuple[str, str] | None:
    """A lead-in whose counted noun is the subject of what it says: "To update a component with new data, two things
    need to happen:" -> ("need to happen", "To update a component with new data"); "But two things prevent …:"."""
    counted = rf"(?:{number(count)}|{count}|the following)"  # "The following compiler options need to be set …:"
    m = re.fullmatch(
        rf"(?i)(?:([^,:;]{{3,80}}),\s+)?(?:but\s+|and\s+|so\s+)?{counted}\s+{re.escape(noun)}\s+([a-z][^:;]*?)\s*:",
        lead,
    )
    first = m.group(2).split()[0] if m else ""
    if not m or "VERB" not in parts_of_speech(first) or first in PREPOSITIONS | AUXILIARIES:
        return None  # not "Two notions are involved:", which names nothing more than its heading does
    return m.group(2), m.group(1) or ""


def _heading_agrees(title: str, lead: str, noun: str, ctx: Context) -> bool:
    """A heading that names the list as its lead-in ends, in more than a word: "Value Types" over "The language
    provides seven built-in, primitive (non-object) value types:", where the lead-in says nothing else to name it by."""
    named = heading_noun(title, ctx) or ""
    if len(named.split()) < 2 or not lead.rstrip(" :").lower().endswith(f" {named}".lower()):
        return False
    return not _names_list(lead, noun)


# a lead-in whose subject is what it lists: "The most common hyperparameters … include:", "The main parts are:"
_LISTED_SUBJECT = re.compile(r"(?i)^the\s+([^,;:()]{3,80}?)\s+(?:include|are)\s*:$")


def links_to_read(doc: Document, section: Section, block: Block, previous: Block | None) -> bool:
    """A list of links to read elsewhere, under a lead-in or heading that says so ("Discussions:", "UPDATE:",
    "## Other great resources"): neither the list nor its elements are what the text teaches."""
    if block.kind != "list":
        return False
    lead = _lead_line(doc, block, previous)
    starts = [us[0].start for us in block.elements()]
    newline = doc.text.find("\n", block.end)  # the line's end: a link's target comes after its words
    end = newline if newline >= 0 else len(doc.text)
    written = [doc.text[a:b] for a, b in zip(starts, [*starts[1:], end], strict=True)]  # "[HN discussion](…)"
    return link_roll(lead or section.title, written)


def led_as_examples(doc: Document, block: Block, previous: Block | None) -> bool:
    """A list its lead-in gives as examples ("A foreign key is … For example: • `flights$tailnum` is a foreign key
    that …"): instances of what the text just taught, not more of it to ask."""
    return block.kind == "list" and bool(FOR_EXAMPLE.search(_lead_line(doc, block, previous)))


def _lead_line(doc: Document, block: Block, previous: Block | None) -> str:
    """The last sentence of the paragraph that leads in to the list; "" when none does."""
    return unit_reading(doc, previous.units[-1]).strip() if previous and _leads(doc, block, previous) else ""


def series_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """The longest series in a sentence, blanked: "Fill in the three missing items: “… include …”"."""
    sentence = unit_reading(doc, u)
    if AS_EXAMPLE.match(sentence) or SUPPOSED.match(sentence):
        return None  # "For example, self-driving needs … the positions of vehicles, pedestrians, …": an illustration;
        # "Suppose two countries … need to decide … two crops: sugar cane and wheat": the example's own setting
    best: tuple[int, int, list[tuple[int, int]], str] | None = None  # (count, trigger position, spans, name)
    for m in _TRIGGER.finditer(sentence):
        if sentence[: m.start()].count("(") > sentence[: m.start()].count(")") or sentence[: m.start()].count("—") % 2:
            continue  # "HOG (histograms of oriented gradient), …": a series from inside brackets or dashes runs out
        spans = parse_series(sentence[m.end() :])
        if spans is None and m.group().strip() == ":" and counts_two(sentence[: m.start()]):  # not "two other types"
            spans = pair(sentence[m.end() :])  # "Rust has two primitive compound types: tuples and arrays."
        if spans and _LISTING_VERB.search(sentence, m.end(), m.end() + spans[0][1]):
            continue  # "examples of reasoning models include A, B and C": the series is the later verb's
        name = _series_noun(sentence[: m.start()], m.group().strip().lower(), len(spans or ()))
        examples = " ".join(m.group().lower().split()) in ("such as", "including")
        if examples and spans and re.search(r"\bor\b", sentence[m.end() + spans[-2][1] : m.end() + spans[-1][0]]):
            continue  # "services such as Google Drive, Dropbox, or GitHub": any one will do, none is to recall
        if spans and name and (best is None or (len(spans), m.end()) >= (best[0], best[1])):
            best = (len(spans), m.end(), [(m.end() + a, m.end() + b) for a, b in spans], name)
    if best is None:
        return None
    spans, noun = best[2], best[3]
    dash = sentence.find("—", *spans[0])
    spans[0] = (dash + 1, spans[0][1]) if dash >= 0 else spans[0]  # "particles—leptons, quarks, …": after the dash
    labels = [_ARTICLE.sub("", sentence[a:b].strip().strip('“”"').rstrip(".").strip('“”"')) for a, b in spans]
    labels = [without_cross_reference(label) for label in labels]  # "0; 1 (Figure 7.3)"
    if any(set(label.lower().split()) <= _VAGUE | STOPWORDS for label in labels) or claims(labels):
        return None  # "Hawking, Einstein and many more": not a list to recall
    if statements(labels, noun):
        return None  # "… contexts: TasksContext provides the tasks, TasksDispatchContext provides …": each asked alone
    if all(re.fullmatch(r"[−-]?[\d.,%]+", label) for label in labels):
        return None  # "returns of 1, 2, and 10": the numbers of a worked example, not a list to recall
    after = re.sub(r"^\s*\([^()]*\)", "", sentence[spans[-1][1] :])  # "… and functional (FP).": the last one's
    masked = HEDGED_THERE.sub("", DISCOURSE.sub("", sentence[: spans[0][0]] + "…" + after))
    masked = sentence_case(without_telling_asides(masked, labels))
    if not reads_alone(masked) or pointing_subject(masked) or not declarative(masked):
        return None  # "Explore base concepts such as …": an instruction to the reader
    lead = sentence[: spans[0][0]].strip()
    named = lead.endswith(":") and not after.strip(" .") and _names_list(lead, noun)
    prompt = (  # "There are also 2 ways to get information out of an object: …" -> "Name the two ways to get …"
        list_prompt(lead, noun, None, "", len(labels), ctx) if named else None
    ) or f"Fill in the {number(len(labels))} {noun}: “{masked.strip()}”"
    terms = element_terms(labels, masked, ctx)
    if any(not t for t in terms):
        return None
    iid = item_id("list", doc.source, doc.text[u.start : u.end], "series")
    return recall_item(iid, doc, section, (u.start, u.end), prompt, labels, terms)


def _names_list(lead: str, noun: str) -> bool:
    """A lead-in that says, after its noun, what has the listed things, what they are of or for, or where they are."""
    return bool(holder_of(lead, noun) or noun_tail(lead, noun) or said_there(lead, noun))


def _series_noun(before: str, trigger: str, count: int) -> str | None:
    """What a series in a sentence is a list of: the noun a number counts ("the four golden signals … are"),
    else the plural noun right before "including", "such as", "of", ":" ("fields of law, policy and …"), not one in
    brackets that say more of it ("a series of steps (repeated N times): …" lists steps)."""
    before = re.sub(r"\s*\([^()]*\)\s*$", "", before)
    counted = list(COUNTED.finditer(before))
    if counted and ":" in before[counted[-1].end() :]:
        return None  # "three parts, shown on the left: a pointer to … the contents of the string, …": begun at ":"
    if counted:
        return mid_sentence(counted[-1].group(2)) if value(counted[-1].group(1)) == count else None
    if trigger in _NEEDS_COUNT:
        return None  # "X are A, B and C" lists qualities as often as things
    ws = re.findall(r"[A-Za-z][\w-]*", before)
    if trigger == ":" and len(ws) == 1:
        return None  # "Windows: Press Win + R, type cmd …": a label over what it says, not a noun its series fills
    if trigger == "of" and ws and ws[-1].lower() not in _CLASSES_OF:
        return None  # "members of the academic community, …", "lots of numbers …, one additional experiment, and …"
    return mid_sentence(ws[-1]) if ws and plural_noun(ws[-1]) else None  # "three RNNs", not "three rnns"


def element_terms(labels: list[str], banned: str, ctx: Context) -> list[tuple[str, ...]]:
    """Per element: up to three content words that tell it apart from the others and from the prompt."""
    banned_stems = set(content_terms(banned))
    stems = [set(content_terms(label)) for label in labels]
    shared = Counter(s for ss in stems for s in ss)
    out = []
    for label in labels:
        chosen: dict[str, str] = {}
        for w in words(label):
            s = stem(w)
            if w in STOPWORDS or w in PREPOSITIONS or s in banned_stems or s in chosen:
                continue
            if len(w) < tuning.ITEM_KEY_TERM_MIN_CHARS or len(labels) > 2 and shared[s] > len(labels) / 2:
                continue
            chosen[s] = w
        if not chosen:  # everything is shared: fall back to the label's own content words
            chosen = {stem(w): w for w in words(label) if w not in STOPWORDS}
        best = sorted(chosen, key=lambda s: -ctx.idf(s))[: tuning.LIST_ELEMENT_TERMS]  # rarest recalls it alone
        out.append(tuple(chosen[s] for s in best))
    return out


def recall_item(
    iid: str,
    doc: Document,
    section: Section,
    span: tuple[int, int],
    prompt: str,
    labels: list[str],
    terms: list[tuple[str, ...]],
) -> QuizItem:
    """A list-recall item, graded element by element."""
    keys = tuple(w for ts in terms for w in ts)
    elements = tuple(zip(labels, terms, strict=True))
    return passage_item(iid, "list", doc, section, span, prompt, "; ".join(labels), keys, elements=elements)
