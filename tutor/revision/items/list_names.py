"""What a list is called: the noun its lead-in announces or counts ("the following guidelines", "three
categories"), what has the listed things ("… a Mozilla Rep agrees to take on"), what they are of or for ("two types
of complexity"), or the heading that names them ("Notable discoveries")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import can_be_noun, is_english_word, parts_of_speech
from tutor.english.lexicon import (
    DETERMINERS,
    LEAD_IN_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    alternation,
    looks_plural,
)
from tutor.english.text import content_terms, impersonal, word_count
from tutor.revision.items.context import PRONOUN, Context, base_forms, finite, is_everyday, reads_alone
from tutor.revision.items.record import uncapped

# "three categories", "four golden signals": the count and the noun phrase it counts
COUNTED = re.compile(
    rf"\b({alternation(NUMBER_WORDS[2:])}|\d+)\s+((?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s)\b(?!\s+ago)", re.I
)

# how a lead-in counts or points at its list right before the list's noun: "the following", "these three", "two",
# "a few"
_NUMBER = rf"(?:{alternation(NUMBER_WORDS[2:])}|\d+)"
_QUANTIFIER = (
    rf"(?:the following|(?:the|these|those)\s+{_NUMBER}|these|those|{_NUMBER}|several|various|multiple|a few"
    r"|a number of|a couple(?: of)?)"
)

# two, said loosely: "a couple of basic things", "a couple nice-to-haves"
_COUPLE = re.compile(r"\ba couple(?: of)?\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b(?!\s+of\b)")
# a lead-in that says there are so many of them: "There are usually two cases where …:", "When …, there are three
# main hazards that often arise:"
_HERE_ARE = re.compile(
    r"(?i)^(?:(?:when|if|once)\s+[^,;:]+,\s+)?(?:but\s+)?(?:here\s+are|here['’]s|there\s+are(?=.*\syou\s))"
    r"\s+(?:a few|several|some|many)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s"
    r"(?:\s+of\s+(?:[a-z][\w-]*\s+[a-z][\w-]*s\b|[a-z][\w-]*))?)\b"  # "examples of style guides", "types of roles"
)
# the writer's voice a claim opens on: "I think the answer is that there are two sources of …:"
_HEDGE = r"(?:I|we)\s+(?:think|believe|suspect)\s+(?:that\s+)?(?:the\s+answer\s+is\s+(?:that\s+)?)?"
HEDGED_THERE = re.compile(rf"^{_HEDGE}(?=there\b)", re.I)  # the writer's voice before "there are N …:", left out
_THERE = r"there(?:\s+(?:are|is|were|was|will be)|['’]s)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?"

# what a list's tail cannot end on: the verb of the lead-in's clause ("the other 3 attributes of a descriptor are:")
_TAIL_VERB = re.compile(r"\s+(?:are|is|were|was|include[sd]?|comprise[sd]?)$")

# the noun a lead-in says follows, wherever it stands: "…, keep the following guidelines in mind:"
_ANNOUNCED = re.compile(r"\b[Tt]he following ((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")

# a lead-in that names its list after saying it follows: "The following are the primary practitioners of …:"
_FOLLOWING_ARE = re.compile(r"(?i)the following (?:are|were)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b")

# a lead-in that names its list by its subject: "Some issues that impacted confidence included:"
_SUBJECT_LEAD = re.compile(
    r"^(?:\w+\s+){0,3}?([a-z][\w-]*s)\b(?:(\s+(?:that|which|who)\s+[^:,]{3,60}?)|.*?)"
    r"\s+(?:include[sd]?|are|were|comprise[sd]?)\s*:?\s*$",
    re.I,
)

# the last noun of a lead-in that names something inside a clause or a phrase, not the list: "… depending on how the
# closure's body handles the values:", "You will need to take steps to check for missing dates:"
_IN_A_MODIFIER = re.compile(
    r"(?i)\b(?:how|what|which|that|who|when|where|whether|if|because|depending)\b"
    r"|\b(?:for|about|with|on|in|from|to|by)\s+(?:\w+\s+){0,2}\w+\s*:\s*$"
)

# a noun a lead-in gives an uncounted number of: "… several constants in our calculations:"
_SOME = re.compile(r"\b(?:several|various|multiple|a few|a number of)\s+([a-z][\w-]*s)\b")

# "… these concepts from macroeconomics:": the noun pointed at, before what it is from or of
_POINTED_FROM = re.compile(r"(?i)\b(?:these|those)\s+([a-z][\w-]*)\s+(?:from|of|in)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*:\s*$")

_CLAUSE = re.compile(r"(?i)\b(?:how|what|which|that|who|when|where|whether|if|because)\b")

# nouns that name no list on their own: "Name the three examples"
BARE_NOUNS = frozenset("examples things instances details items ones cases points results".split())
# a lead-in that says what to do, as the list's name: "What to do during your break:" -> "things to do during …"
_WHAT_TO = re.compile(r"(?i)^(?:what|things)\s+(to\s+[a-z][\w\s'’-]{2,60}?)\s*:$")
_POSSESSIVES = frozenset("my our your his her its their".split())
_WRITERS = frozenset("let's let’s let we we'll we’ll we've we’ve i i'll i’ll".split())
_SUBJECT_PRONOUNS = frozenset("it he she they we you this that which".split())
_PRO_FORMS = frozenset(["ones", "others"])  # "some of the major ones:": a noun said before, which names nothing here


def noun_tail(lead: str, noun: str, most: int = tuning.LIST_TAIL_WORDS) -> str:
    """What the lead-in says the listed things are of or for, right after their noun ("two types of complexity:",
    "two widely-used approaches to understanding systems (or components of systems):"); "" when it says nothing, or
    only how or where they come ("three words in the order:", "guidelines in mind")."""
    m = re.search(
        rf"\b{re.escape(noun)}\s+((?:of|to|for|from)\s[^:;,()]+?)(?:\s+and\s+the\s[^:;]*)?"
        r"(?:,\s+(?:each\s+|both\s+|all\s+)?[a-z]+ing\b[^:;]*)?\s*(?:\(.*)?[:.]\s*$",  # "…, each leading to …:"
        lead,
        re.I,
    )  # "two types of errors and the losses they impose.": of errors
    tail = _TAIL_VERB.sub("", m.group(1)) if m else ""
    tail = re.sub(r"\s+(?:(?:that|when|while|where|if|as|once)\s+)?(?:we|you|they|I)\b.*$", "", tail)  # "… we create"
    if not 2 <= word_count(tail) <= most or not reads_alone(tail):
        return ""
    return tail


def relative_tail(lead: str, noun: str) -> str:
    """The relative clause a lead-in ends on after the listed things' noun: "That separation creates three channels
    that matter for survival:" -> "that matter for survival"; "" when it does not read alone ("… three ideas that we
    will use:")."""
    m = re.search(rf"\b{re.escape(noun)}\s+((?:that|which|who)\s+[^:;,()]+?)\s*:\s*$", lead, re.I)
    said = m.group(1) if m else ""
    if not said or not reads_alone(said):
        return ""
    return said if word_count(said) <= tuning.LIST_SAID_WORDS else ""


# what points to where the list is ("The method below returns …") or is the text itself ("The paper offers …")
_NOT_HOLDERS = frozenset("below above following previous paper lecture chapter book article text lesson".split())


def _after_subject(ws: list[str], k: int) -> bool:
    """A verb's "-s" form that could be a plural noun ("proceeds"), right after a subject that opens with "the" and
    holds no verb: "The existence proof proceeds in"."""
    w = ws[k].lower()
    if {x.lower() for x in ws[1:k]} & _NOT_HOLDERS:
        return False  # "The method below returns": which method, the text shows; "The paper offers": the text
    return (
        2 <= k <= 4
        and ws[0].lower() == "the"
        and finite(w, nouns_too=True)
        and w.endswith("s")
        and "VERB" in parts_of_speech(w)
    )


def said_there(lead: str, noun: str) -> str:
    """What a lead-in that says there are so many of the listed things says of them after their noun, with the
    condition it opens on: "There are usually two cases where a prop gets mutated:" -> "where a prop gets mutated",
    "When variables are exposed via scope, there are three main hazards that often arise:" -> "that often arise
    when variables are exposed via scope", "There are three common structures associated with X." -> "associated
    with X", "Recall that there are two objectives in generative modeling:" -> "in generative modeling"; "" when it
    says nothing more, or nothing that reads alone."""
    m = re.search(
        rf"^(?:(?:recall|remember|note)\s+that\s+|{_HEDGE})?(?:(when|if|once)\s+([^;:]+?),\s+)?(?:but\s+)?"
        rf"(?:{_THERE}|here\s+are\s+|here['’]s\s+)(?:{_QUANTIFIER}|some|many)\s+{re.escape(noun)}\s+([^:;()]+?)\s*[:.]\s*$",
        lead,
        re.I,
    )
    if not m:
        return ""
    said = m.group(3) + (f" {m.group(1).lower()} {m.group(2)}" if m.group(1) else "")
    if said.lower().startswith("you ") and len(content_terms(said)) < 2:
        return ""  # "Here are a few types of roles you may recognize:": no more than a list of roles
    if PRONOUN.search(said):
        return ""  # "Here's a few ways you can compare them:": what they are, the text said before
    anyone = re.sub(r"(?i)\byour\b", "a", re.sub(r"(?i)\byou\b", "people", said))  # the prompt's "you" is the learner
    return said if reads_alone(anyone) and word_count(said) <= tuning.LIST_SAID_WORDS else ""


def holder_of(lead: str, noun: str) -> str:
    """What has, takes or needs the listed things, from the clause announcing them: "…—your system might end up
    with the following levels of complexity:" -> "a system might end up with", "When joining the program, a Mozilla
    Rep agrees to take on the following responsibilities:" -> "a Mozilla Rep agrees to take on"; "" when the clause
    does not open on its subject ("keep the following guidelines in mind", "We see … as having the following …")."""
    m = re.search(
        rf"([^,;:—–()]+?)\s+{_QUANTIFIER}\s+(?:[a-z][\w-]*\s+)?{re.escape(noun)}\b"
        r"(?:\s+(?:of|to|for)\s[^:;,()]+?)?\s*:\s*$",  # "… has several useful properties:"
        lead,
        re.I,
    )
    if not m:
        return ""
    if lead[: m.start(1)].rstrip().endswith(")"):
        return ""  # "The reactive() API has …": the clause began before the brackets
    clause = re.sub(r"^(?i:your)\s+", "a ", m.group(1).strip())
    clause = re.sub(r"\s+(?:due to|because of)$", "", clause)  # "Programs go wrong due to two main reasons:"
    clause = re.sub(r"(?i)\s+(?:at least|at most|exactly)$", "", clause)  # "… interesting for at least two reasons:"
    # "Synthesizers are often constructed from some combination of four … waveforms:": of the waveforms themselves
    clause = re.sub(r"(?i)\s+(?:some|a|any)\s+(?:combination|mix|mixture|selection|variety)\s+of$", "", clause)
    clause = re.sub(r"(?i)\s+(?:then|now|next|finally)(?=\s+[a-z]+s\b)", "", clause)  # "The proof then proceeds in"
    ws = clause.split()
    if not ws or re.search(rf"\b{_THERE}", clause + " ", re.I) or _CLAUSE.search(clause):
        return ""  # not "A problem occurs when a loop meets all of these conditions:": the list is not the subject's
    first = re.sub(r"^you['’](?:ll|d)$", "you", ws[0].lower())  # "You’ll use default type parameters in …"
    if first in _WRITERS:
        return ""  # "First, let's discuss the two major aspects of …:": the writer, not what has them
    after_comma = lead[: m.start(1)].rstrip().endswith(",")  # "While convenient, global registration has …:"
    opens = first in ("a", "an", "the", "each", "every", "you") or (
        (ws[0][:1].isupper() or after_comma and first not in base_forms(first))  # not "…, keep the following …"
        and first not in STOPWORDS | PREPOSITIONS | WH_WORDS
    )
    verb = next((k for k, w in enumerate(ws[1:], 1) if finite(w) or _after_subject(ws, k)), 0)
    verb = 1 if first != ws[0].lower() and len(ws) > 1 else verb  # "You’ll use": the auxiliary is in the subject
    end = len(ws) - 1 - (len(ws) > 2 and ws[-1].lower() in PREPOSITIONS)  # "LLM-based agents rely on": its particle
    if not verb and len(ws) > 1 and ws[end] in base_forms(ws[end]) and "VERB" in parts_of_speech(ws[end]):
        verb = end  # "The bodies of test functions typically perform these three actions:": a plural's verb
    alone = reads_alone(re.sub(r"^(?i:you)\b", "people", clause))  # the prompt's "you" is the learner
    if not opens or not verb or verb > 6 or not alone or word_count(clause) > tuning.LIST_TAIL_WORDS + 4:
        return ""
    before_with = parts_of_speech(ws[-2].lower()) if len(ws) > 1 and ws[-1].lower() == "with" else frozenset()
    if "NOUN" in before_with and not before_with & {"ADV", "VERB"}:
        return ""  # "Lucas considered an economy with these features:": the economy's, not Lucas's ("end up with" is)
    gerund = plural_noun(ws[0]) or first.endswith("ing")  # "Programs generally go …", "Training the encoder is …"
    common = first in ("a", "an", "the", "each", "every", "you") or gerund and is_english_word(first)
    clause = clause[:1].lower() + clause[1:] if common else clause
    why = noun.split()[-1].lower() in ("reasons", "causes") and ws[-1].lower() == "for"
    return f"why {clause[: -len(' for')]}" if why else clause  # "… is the perfect place to start for three reasons:"


def value(number: str) -> int:
    """ "three" -> 3, "15" -> 15."""
    return NUMBER_WORDS.index(number.lower()) if number.lower() in NUMBER_WORDS else int(number)


def number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def list_noun(lead: str, count: int) -> str | None:
    """The noun phrase a lead-in announces for a list of `count` elements: "… three categories …", "… the following
    questions:", "Some issues that impacted confidence included:"; None when it names none ("… other journalists in
    15 student newsrooms brought up a few repeating issues." counts something else than its six issues)."""
    counted = COUNTED.search(lead)
    if counted and counted.group(2).split()[-1].lower() in _PRO_FORMS:
        return None  # "Three common ones are:": ones said before, named by nothing here
    if counted and re.search(r"(?i)\bthe following\s+[\w\s-]+:\s*$", lead[counted.end() :]):
        counted = None  # "… between two distinct distributions that are hard to tell apart for the following reason:"
    if counted:
        noun = re.sub(r"(?i)^(?:of\s+(?:these|those|the|its|their|our|your)|several)\s+", "", counted.group(2))
        # "two of these properties:" -> "properties"; "six several calamities" -> "calamities"
        return mid_sentence(noun) if value(counted.group(1)) == count else None
    couple = _COUPLE.search(lead)
    if couple and count == 2:
        return mid_sentence(couple.group(1))  # "… might involve a couple of basic things:"
    lead = lead.strip()
    here = _HERE_ARE.search(lead)  # "Here are a few types of roles you may recognize:"
    if here and lead.endswith(":"):
        return mid_sentence(here.group(1))
    if re.search(r"(?i)\b(?:proceeds|continues|goes|runs|works)\s+as\s+follows\s*:\s*$", lead):
        return None  # "This lecture proceeds as follows:": how it goes on, not a noun for its list
    if lead.endswith(":"):
        named = _FOLLOWING_ARE.match(lead)  # "The following are the primary practitioners of cyber diplomacy:"
        if named and plural_noun(named.group(1).split()[-1]):
            return mid_sentence(named.group(1))
        announced = _announced(lead)  # "keep the following guidelines in mind:", "the following columns relating
        if announced:  # to the average score and number of reviews:", "the following key components:"
            return mid_sentence(announced)
        ws = [w for w in re.findall(r"[A-Za-z][\w-]*", lead[:-1]) if w.lower() not in ("following", "as", "follows")]
        pointed = re.search(r"(?i)\b(?:these|those)\s+(?:\w+\s+)?\w+\s*:\s*$", lead)  # "… all of these conditions:"
        verb = len(ws) > 1 and ws[-2].lower() in _SUBJECT_PRONOUNS  # "And it returns:": a verb, not a noun
        if ws and plural_noun(ws[-1]) and not verb and (pointed or not _IN_A_MODIFIER.search(lead.rsplit(",", 1)[-1])):
            compound = len(ws) > 1 and "-" in ws[-2].strip("-")  # "we'll look at high-level trade-offs:"
            return mid_sentence(" ".join(ws[-2:]) if compound else ws[-1])
        pointed = _POINTED_FROM.search(lead)  # "we have encountered these concepts from macroeconomics:"
        if pointed and plural_noun(pointed.group(1)):
            return mid_sentence(pointed.group(1))
    what_to = _WHAT_TO.match(lead)
    if what_to:
        return f"things {what_to.group(1)}"
    subject = _SUBJECT_LEAD.match(lead)
    if not subject or not plural_noun(subject.group(1)):
        return None
    head, before = subject.group(1), lead[: subject.start(1)].split()
    alone = re.fullmatch(r"\s+(?:include[sd]?|are|were|comprise[sd]?)\s*:?\s*", lead[subject.end(1) :], re.I)
    if alone and head.lower() not in BARE_NOUNS and all(w.isalpha() and w.lower() not in STOPWORDS for w in before):
        head = " ".join([*before, head])  # "Possible dynamic properties include": all of it names the list
    said = subject.group(2) or ""
    if said and not reads_alone(impersonal(said)):
        return None  # "Common tasks that are done in this method are:": which method, the text said before ("…
        # aspects that you may want to modify in your terminal" speaks to the learner the prompt speaks to)
    return mid_sentence(head + said)  # "issues that impacted confidence"


def _announced(lead: str) -> str | None:
    """The noun phrase after "the following", up to its first plural noun: "guidelines", "key components"."""
    m = _ANNOUNCED.search(lead)
    ws = m.group(1).split() if m else []
    end = next((k for k, w in enumerate(ws) if plural_noun(w)), None)
    return " ".join(ws[: end + 1]) if end is not None else None


def uncounted_noun(lead: str) -> str | None:
    """The noun a lead-in gives an uncounted number of, when nothing names the list better: "In the process so far
    we've used several constants in our calculations:"."""
    if not lead.strip().endswith(":") or _CLAUSE.search(lead):
        return None  # "… when we have multiple components that share a common state:": the list is not of those
    some = _SOME.search(lead)
    return some.group(1).lower() if some and plural_noun(some.group(1)) else None


def heading_noun(title: str, ctx: Context) -> str | None:
    """A heading that names its list: "Notable discoveries", "Examples of applied ML"."""
    title = uncapped(title, ctx.lowercase_words)
    ws = title.split()
    if not names_things(title) or two_topics(title):
        return None  # "Risk Aversion and Asset Prices": two topics, not the name of one list
    cut = next((k for k, w in enumerate(ws[1:], 1) if w.lower() in PREPOSITIONS), len(ws))
    head = ws[cut - 1]  # "Tools for data science", "Examples of applied ML"; not "A conversation among friends"
    if not plural_noun(head):
        return None
    english = [all(map(is_english_word, w.split("-"))) or w.lower() in ctx.lowercase_words for w in ws]  # "Phrase-…"
    soft = (w.lower() if e and not w.isupper() else w for w, e in zip(ws, english, strict=True))
    return _ARTICLE_OR_QUANTITY.sub("", " ".join(soft))


# what a heading opens with that the prompt's count says instead: "Some examples of array magic" -> "the three examples"
_ARTICLE_OR_QUANTITY = re.compile(r"^(?:the|an?|some|several|various|many|a few|a couple of)\s+")


def names_things(title: str) -> bool:
    """A short heading that could name things: not a question, a step to take, a condition, a count of something
    else or a thing to do."""
    ws = title.split()
    if not 1 <= len(ws) <= tuning.LIST_HEADING_WORDS or not re.fullmatch(r"[\w\s'’-]+", title):
        return False
    first, then = ws[0].lower(), ws[1].lower() if len(ws) > 1 else ""
    step = first in base_forms(first) and then in (PREPOSITIONS | DETERMINERS | {"your", "our"}) - {"of"}
    # "Four Centuries of Price Levels" counts something else; "Not taking breaks" is what goes wrong
    other = first in NUMBER_WORDS or first.isdigit() or first == "not"
    if first in WH_WORDS | PREPOSITIONS or " - " in title or parts_of_speech(first) == {"VERB"} or step or other:
        return False  # "How a firewall works" is a question, "Exercise - display the clusters" and "Create training
        # and testing datasets" and "Experiment With Different Values" steps to take, "With Build Tools" a condition
    gerund = first.endswith("ing") and "VERB" in parts_of_speech(first)
    doing = gerund and len(ws) > 2  # "Passing event handlers as props": a doing and its object, not "Operating systems"
    return not (doing or gerund and (then in DETERMINERS | _POSSESSIVES or not can_be_noun(then)))  # "Dealing with …"


def two_topics(title: str) -> bool:
    """A heading that joins a topic to another ("Risk Aversion and Asset Prices", "Structure and semantics"), not
    one plural that names a list ("Tools and techniques")."""
    ws = title.split()
    cut = next((k for k, w in enumerate(ws[1:], 1) if w.lower() in PREPOSITIONS), len(ws))
    joined = next((k for k, w in enumerate(ws[1:cut], 1) if w.lower() == "and"), 0)
    return bool(joined) and not plural_noun(ws[joined - 1])


def mid_sentence(phrase: str) -> str:
    """A noun phrase as a prompt says it mid-sentence: "Major Categories" -> "major categories", but an acronym
    stays ("two major DSTs")."""
    return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in phrase.split())


def plural_noun(word: str) -> bool:
    w = word.lower()
    return looks_plural(w) and len(w) >= 4 and w not in STOPWORDS | LEAD_IN_VERBS | _PRO_FORMS and can_be_noun(w)


# a label that marks a note, not one of the list's things ("**Tip:** …")
_ORDER = re.compile(r"(?i)(?:don['’]t|do not|never|avoid|always)\s")


def advice_noun(labels: list[str], topic: str) -> str | None:
    """A list of things to do under a heading that names only their topic ("## Tables" over "Use tables only for
    tabular data", "Include header cells …"): "guidelines … for tables"; None unless most elements are orders."""
    orders = sum(bool(_ORDER.match(label)) or _imperative(label.split()) for label in labels)
    if orders * 2 <= len(labels):
        return None
    named = re.sub(rf"(?i)^(?:the\s+)?(?:{'|'.join(NUMBER_WORDS[2:])}|\d+)?\s*", "", topic.strip())
    first = named.split()[0].lower() if named.split() else ""
    # "The five rules of ARIA", "Rules of JSX", "Principles for structuring state"; not "Tables"
    counted = named != topic.strip() or re.match(r"\S+\s+(?:of|for)\s", named) is not None
    if counted and plural_noun(first) and first not in BARE_NOUNS:
        return mid_sentence(named)  # the heading names them, not "guidelines … for" it
    return f"guidelines the text gives for {mid_sentence(topic)}"


def _imperative(ws: list[str]) -> bool:
    """ "Keep lines reasonably short", "Use tables only for …": a verb's base form, and no verb of its own subject
    in the words after it ("Test cases are run …", "Google AlphaGo beats …" are claims), not the first of two nouns
    ("space complexity")."""
    first = ws[0].lower() if ws else ""
    kinds = parts_of_speech(first)
    if len(ws) < 2 or "VERB" not in kinds or first not in base_forms(first):
        return False
    if len(ws) == 2 and "NOUN" in kinds or ws[1][:1].isupper() and len(ws) > 2 and finite(ws[2], nouns_too=True):
        return False  # "space complexity": a noun compound; "Google AlphaGo beats …": a name and its verb
    return not any(finite(w.lower()) or w.lower() in ("is", "are") for w in ws[1:3])


def heading_names(title: str, lead: str, ctx: Context) -> str | None:
    """The heading's name for the list under it ("Notable discoveries"), when the list has no lead-in, or one that
    announces it or is about what the heading names: not "Stochastic matrices" over "In other words, …"."""
    titled = heading_noun(title, ctx)
    if titled and lead and not lead.endswith(":") and not set(content_terms(titled)) & set(content_terms(lead)):
        return None
    return titled


def pointing_subject(sentence: str) -> bool:
    """ "The strategy outlines several priorities, including …": "the" and one everyday noun, then the verb — the
    strategy the sentence before named."""
    ws = sentence.split()
    if len(ws) < 3 or ws[0].lower() != "the" or not is_everyday(ws[1]) or "ADJ" in parts_of_speech(ws[1]):
        return False
    return finite(ws[2], nouns_too=True)
