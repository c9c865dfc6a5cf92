"""Definition and short-answer items from defining sentences ("X is defined as …", "X is a …", "X relies on …")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import DETERMINERS, PERSON_NOUNS, TOOL_OR_PERSON, alternation
from tutor.english.text import content_terms, stem, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.clauses import OBJECT_OPENERS, fill_template, head_noun, name_number, verb_at
from tutor.revision.items.context import DISCOURSE, LINKING, SPEAKER, Context, reads_alone, unbalanced_quotes
from tutor.revision.items.glosses import gloss, no_gloss
from tutor.revision.items.named_by import is_name, named_by, unique
from tutor.revision.items.record import ItemKind, QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.subjects import ACTIVITY, good_subject, in_prompt

_ASIDE = re.compile(r"\s*\([^()]*\)")  # "(or other authentication method)": left out of the subject's key
_LONG_ASIDE = re.compile(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)")  # three words or more in parentheses

# (verb pattern, prompt template, kind); templates get {subj} {Subj} {be} {do} {verb} {adj}
_WHAT_IS = "What {be} {subj}?"
# "Tokenization is splitting …": an activity's name, then what doing it is (not "is becoming popular": a change)
_DOING = re.compile(r"\b(is) (?=(?!becoming|getting|growing|gaining|being|going|starting|beginning)[a-z]{3,}ing\s)")
# "Blocking a thread means that …": what a term or an activity means, not a consequence ("the law's lines mean …")
_MEANS = re.compile(r"\b(means) that\b")
_TERM_NAMED = re.compile(r"(?i)^(?:the (?:term|word|phrase|expression) )?[“\"'‘][^“”\"'‘’]{2,40}[”\"'’]$")
_DEGREE = "very|especially|particularly|most|mostly|often|also|extremely|really|quite"
_STEP = re.compile(r"(?i)(?:then|next|finally|afterwards|lastly|second|third)\b")
_OPENING_ADVERB = re.compile(r"(?i)^(sometimes|often|usually|commonly|generally|typically)\s+(?=(?:a|an|the)\s)")
_EXAMPLE_OF = re.compile(r"(?i)^(?:an|one|a good|another) example of (.+)$")  # one of many: which the text gives
# "an example of a stochastic fractal": of a kind named in a few words (not "… of a micro-world where blocks …")
_AN_EXAMPLE_OF = re.compile(r"(?i)^(?:an|one)\s+(?:\w+\s+)?example\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)$")
# a subject that names no term: an example of what was said before ("A crude example"), or what none is ("Neither A
# nor B", not "No-code tools")
_NO_TERM = re.compile(r"(?i)(?:(?:an?|one|another)\s+(?:\w+\s+)?examples?$|(?:neither|no|none|not)\s)")
# a subject that is an amount, a unit at most after it ("A million miles is a small number of miles for an
# astronomer", "One-quarter is a large fraction of one's income …"): an example of a size, no term ("One-hot encoding",
# "5G", "Two-phase commit" are terms)
_AMOUNT = re.compile(
    r"(?i)(?:an?\s+)?(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?:half|halves|thirds?|quarters?"
    r"|fifths?|tenths?)|(?:hundred|thousand|million|billion)s?)(?:\s+[a-z]+)?"
)
_SPLICED = re.compile(
    r",\s+(?:an?|the)\s+[a-z]+\s+(?:is|are)\s"
    r"|\s+and\s+(?!(?:which|that|who|where)\b)(?:(?:an?|the|other|some|many|most)\s+)?[\"“]?[a-z][\w-]*(?:\s+[\w-]+)?[\"”]?"
    r"\s+(?:is|are|has|have)\s"
)  # "…, a person is …", "… and other cultures have …", "… and a "half step" is …": another claim
_EVERY_TIME = r"(?:whenever|every time|each time)\s"
_TO_A_THING = r"an?|the|its|their|his|her|our|\w+(?:ion|ment|ness|ity|ance|ence|ure)"  # "to the …", "to survival"
_PATTERNS: list[tuple[re.Pattern[str], str, ItemKind]] = [
    (re.compile(r"\b(is|are) defined as\b"), "How does the text define {subj}?", "definition"),
    (re.compile(r"\b(is|are) also (?:called|known as)\b"), "What else {be} {subj} called?", "definition"),
    (re.compile(r"\b(is|are|was|were) (?:called|known as|termed)\b"), "What {be} {subj} called?", "definition"),
    (re.compile(r"\b(refers|refer) to\b"), "What {do} {subj} refer to?", "definition"),
    (re.compile(r"\bcan be traced back to\b"), "What can {subj} be traced back to?", "short"),
    # "… is essential to a clear apprehension of its truth": what to, not why (blind ratings: fix by both raters)
    (
        re.compile(rf"\b(is|are) (important|essential|crucial|necessary|vital) to (?=(?:{_TO_A_THING})\b)"),
        "What {be} {subj} {adj} to?",
        "short",
    ),
    (
        re.compile(r"\b(is|are) (important|essential|crucial|necessary|vital) (?=to\s)"),  # keeps "to …"
        "Why {be} {subj} {adj}?",
        "short",
    ),
    # "The pons is important for regulating REM sleep": what for ("Why is the pons important?" reads awkwardly)
    (
        re.compile(r"\b(is|are) (important|essential|crucial|necessary|vital) for\b"),
        "What {be} {subj} {adj} for?",
        "short",
    ),
    (re.compile(r"\b(is|are) needed (?=to\s)"), "Why {be} {subj} needed?", "short"),
    # "A watcher's callback will execute whenever the watched source changes", "The cache is cleared every time …":
    # when it happens
    (re.compile(rf"\b(will) (\w+) (?={_EVERY_TIME})"), "When will {subj} {adj}?", "short"),
    (
        re.compile(rf"\b(will) be (\w+ed|run|built|shown|thrown) (?={_EVERY_TIME})"),
        "When will {subj} be {adj}?",
        "short",
    ),
    (
        re.compile(rf"\b(is|are) ((?:\w+ly )?\w+ed|run|rerun|built|shown|hidden|thrown|rewritten) (?={_EVERY_TIME})"),
        "When {be} {subj} {adj}?",
        "short",
    ),
    (re.compile(r"\bcan only be (\w+) (?=if\s)"), "When can {subj} be {adj}?", "short"),  # "if …": a condition
    # "Tuple structs are useful when you want to …", "Custom messages are useful for documenting …": when, what for
    (re.compile(rf"\b(is|are) (?:(?:{_DEGREE}) )?useful (?=(?:when|if)\s)"), "When {be} {subj} useful?", "short"),
    (re.compile(rf"\bcan be (?:(?:{_DEGREE}) )?(useful) (?=(?:when|if)\s)"), "When can {subj} be {adj}?", "short"),
    (re.compile(rf"\b(is|are) (?:(?:{_DEGREE}) )?useful for\b"), "What {be} {subj} useful for?", "short"),
    (re.compile(r"\b(seeks|seek|aims|aim) to\b"), "What {do} {subj} {verb} to do?", "short"),
    # "Boxes allow you to store data on the heap …": what a thing lets its user do
    (
        re.compile(r"\b(allows|allow|enables|enable|lets|let) (?:you|us|users|developers|programmers) to\b"),
        "What {do} {subj} {verb} you to do?",
        "short",
    ),
    (_MEANS, "What does {subj} mean?", "short"),  # "Blocking a thread means that …"
    (re.compile(r"\b(relies|rely|depends|depend) on\b"), "What {do} {subj} {verb} on?", "short"),
    (re.compile(r"\b(is|are|was|were) concerned with\b"), "What {be} {subj} concerned with?", "short"),
    (re.compile(r"\b(consists|consist|consisted) of\b"), "What {do} {subj} consist of?", "short"),
    (re.compile(r"\b(comprises|comprise|comprised) (?!of\b)"), "What {do} {subj} comprise?", "short"),
    (re.compile(r"\b(signifies|signify|denotes|denote) (?!that\b)"), "What {do} {subj} {verb}?", "definition"),
    (re.compile(r"\b(is|are|was|were) (?:made up|composed) of\b"), "What {be} {subj} made up of?", "short"),
    (
        re.compile(r"\b(is|are|was|were) (?:mainly |mostly |commonly |typically )?used (?=(?:to|for)\s)"),
        "What {be} {subj} used for?",
        "short",
    ),
    (re.compile(r"\b(is|are|was|were) responsible for\b"), "What {be} {subj} responsible for?", "short"),
    (re.compile(r"\b(is|are|was|were) based on\b"), "What {be} {subj} based on?", "short"),
    (re.compile(r"\b(leads|lead|led) to\b"), "What {do} {subj} lead to?", "short"),
    (re.compile(r"\b(results|result|resulted) in\b"), "What {do} {subj} result in?", "short"),
    (re.compile(r"\b(is|are|was|were) caused by\b"), "What {be} {subj} caused by?", "short"),
    (re.compile(r"\b(is|are|was|were) (?=an?\s(?!(?:lot|bit|little)\b))"), _WHAT_IS, "definition"),  # not "a lot …"
    (_DOING, _WHAT_IS, "definition"),  # "Parsing is recognizing what words are related …": an activity, what it does
    (re.compile(r"\b(is|are|was|were) (?=the\s)"), _WHAT_IS, "definition"),  # "The main function of X is the …"
]


def definition_item(
    doc: Document, section: Section, u: Unit, ctx: Context, last_subject: str, people: Collection[str] = ()
) -> tuple[QuizItem, str, int] | None:
    """The first pattern the sentence fits with a good subject and answer: the item, its subject ("This is also
    called …" takes the previous definition's subject) and the pattern's place (the lower, the plainer a
    definition: "defined as" before "is a")."""
    sentence = _as_is(unit_reading(doc, u))
    for place, (pattern, template, kind) in enumerate(_PATTERNS):
        m = pattern.search(sentence)
        if not m:
            continue
        if _reported(sentence, m) or _in_quotation(sentence[: m.start()]):
            continue  # "“… two tablets was a lethal dose – and she had taken eight,” her mother said": hers; '… while
            # mutation alone "is a poor mechanism …"': the verb is someone's words
        subj = "".join(
            c for c in _subject(sentence[: m.start()]) if unicodedata.category(c) != "So"
        ).strip()  # "pickle 🥒"
        if unbalanced_quotes(subj):
            subj = subj.strip('“”"')  # “Film Sampling is …”: the quotation, not the subject, opens there
        if subj.lower() in ("this", "it") and last_subject and kind == "definition" and template != _WHAT_IS:
            subj = last_subject  # "This is also called …" names it; "This is a bit more convenient …" judges it
        opening = _OPENING_ADVERB.match(subj)  # "Sometimes a Hicksian demand curve is called …": how often, not what
        subj = subj[opening.end() :] if opening else subj
        if not _fits(subj, m, template, ctx) or template == _WHAT_IS and (_doing(subj) or _names_no_term(subj)):
            continue  # "Learning any new skill is a journey …": a doing, judged
        answer = gloss(sentence[m.end() :], called="called" in template)
        if answer is None or _restricted(answer, sentence[m.end() :]):
            continue  # "The excise is the only part of the British system of taxation, which would require …"
        if len(content_terms(answer)) < tuning.DEFINITION_ANSWER_TERMS or not reads_alone(answer, answer=True):
            continue
        answer = re.sub(r'^"([^"]+)"\s*(?:source|link)?$', r"\1", answer)  # "“the average of …” source": a link
        answer = re.sub(r'^((?:the |an? )?)["“]([^"“”]+?)[.,]?["”]$', r"\1\2", answer)  # 'the "prototype chain."'
        answer = _NAME_FOR.sub("", answer)  # "a contrived … term to describe using a tool …": what the term names
        if no_gloss(answer, subj, template == _WHAT_IS, ctx) or _spliced(answer):
            continue  # "A city is a complex system of people, a person is …": a chain of claims, no definition
        prompt = fill_template(template, in_prompt(subj, ctx), [g for g in m.groups() if g], name_number(subj))
        condition = _CONDITION.search(answer) if "called" in template else None
        if condition and reads_alone(condition.group(1), answer=True):  # "A graph is called strongly connected if
            # all its nodes …"; "is known as acquisition, when an organism …" answers "acquisition"
            answer, prompt = answer[: condition.start()].rstrip(" ,;"), f"{prompt[:-1]} {condition.group(1)}?"
        prompt, answer = _examples(prompt, answer, subj, template, ctx)
        if "called" in template and _TIMED.match(answer):  # "a watcher's callback is called after parent component
            prompt, kind = re.sub(r"^What\b", "When", prompt), "short"  # updates": when, not what by name
        prompt = _worded(prompt, template, subj, answer, opening.group(1) if opening else "", people)
        keys = ctx.key_terms(answer, prompt)
        be = prompt.split()[1]  # the verb in the subject's number: "Mozilla Summit are …" asks "What is …?"
        named = template == _WHAT_IS and _is_the(sentence, m) and named_by(subj, answer, be, people, ctx)
        if named:
            (prompt, keys, answer), kind = named, "short"
        elif template == _WHAT_IS and _is_the(sentence, m) and unique(answer) and not is_name(subj, ctx):
            continue  # "Nuts are the main reason people get …" says what the reason is, not what nuts are
        elif len(keys) < (
            tuning.DEFINITION_KEY_TERMS
            if kind == "definition" and not (condition or "called" in template)
            else tuning.SHORT_KEY_TERMS
        ):
            continue  # a name (with its condition) is a word or two ("invertible", "a *compensated* demand curve")
        iid, prompt = item_id(kind, doc.source, doc.text[u.start : u.end], template), _framed(prompt, sentence, subj)
        return passage_item(iid, kind, doc, section, (u.start, u.end), prompt, answer, keys), subj, place
    return None


_COMPARED = re.compile(r"(?i)\b(?:more|less|fewer)\s+[a-z]")
# a setting the claim holds in, which the question keeps: "In the current academic system, …" (not "In the example
# above", "In this case": what the text said before)
_FRAME = re.compile(
    r"^(In (?:the|an?) (?![^,]*\b(?:above|below|previous|following|next|latter|former|example|case|same|end"
    r"|meantime)\b)[a-z][^,]{3,50}),\s+"
)


def _framed(prompt: str, sentence: str, subj: str) -> str:
    """The prompt in the setting the sentence opens on (`_FRAME`), when its subject follows the setting."""
    frame = _FRAME.match(sentence)  # "In the current academic system, a primary consideration … is …"
    return (
        f"{frame.group(1)}, {prompt[:1].lower()}{prompt[1:]}"
        if frame and subj in sentence[frame.end() :][:80]
        else prompt
    )


_ONE_OF_ALL = re.compile(r"(?i)^the\s+(?:very\s+)?(?:only|sole|single|first|last|\w+est)\b")


def _restricted(answer: str, said: str) -> bool:
    """ "the only part of the British system of taxation" cut before ", which would require to be varied …": the
    clause the answer was cut at says which part, and without it the answer is false."""
    rest = said.strip()
    after = rest[len(answer) :] if rest.startswith(answer) else ""
    return bool(re.match(r"\s*,?\s*(?:which|that|who|whose|where)\b", after) and _ONE_OF_ALL.match(answer))


# a law's "shall be", which says what is ("The Senate … shall be composed of two Senators from each State")
_SHALL_BE = re.compile(r"(\b[A-Za-z]+) shall be\b(?! able\b)")


def _as_is(sentence: str) -> str:
    """A law's "X shall be …" read as "X is …" ("What is the Senate … made up of?"); not where it says what none shall
    be ("No person, company or legal entity shall be a third party beneficiary …")."""
    return (
        sentence
        if re.match(r"(?i)\W*(?:no|neither|nor|none|nothing)\b", sentence)
        else _SHALL_BE.sub(r"\1 is", sentence)
    )


def _examples(prompt: str, answer: str, subj: str, template: str, ctx: Context) -> tuple[str, str]:
    """ "An example of X is Y" asks "What example of X does the text give?"; "A coastline is an example of a stochastic
    fractal" asks "What is a coastline an example of?", as does an example of a kind the answer describes at
    length."""
    example = _EXAMPLE_OF.match(subj) if template == _WHAT_IS else None
    if example:
        return f"What example of {ctx.soften(example.group(1))} does the text give?", answer
    instance = _AN_EXAMPLE_OF.match(answer) if template == _WHAT_IS else None
    if instance:
        return f"{prompt[:-1]} an example of?", instance.group(1)
    longer = re.match(r"(?i)(?:an|one)\s+example\s+of\s+(?=(?:an?|the)\s)", answer) if template == _WHAT_IS else None
    return (f"{prompt[:-1]} an example of?", answer[longer.end() :]) if longer else (prompt, answer)  # "Childbirth
    # at full term is an example of a situation in which …": of what kind, the answer at length


def _worded(prompt: str, template: str, subj: str, answer: str, often: str, people: Collection[str]) -> str:
    """ "What is X sometimes called?"; "Who" for a person ("Who was Frank Rosenblatt?", "Who was Millar? a Scottish
    bookseller"), one where the answer is one ("Nippers … was a young lawyer": "Who was Nippers?")."""
    if often and prompt.endswith(" called?"):
        prompt = f"{prompt[: -len(' called?')]} {often.lower()} called?"
    named = not (subj.islower() and " " not in subj)  # "rvest", "npm": a tool's or a term's name, not a person's
    named = named and not re.match(r"(?i)(?:an?|the)\s", subj)  # "an engineer": a role the text defines, no one
    head = head_noun(answer)
    if template == _WHAT_IS and (subj in people or head in PERSON_NOUNS - TOOL_OR_PERSON and named):
        prompt = "Who" + prompt[4:]
        if re.match(r"(?i)an?\s", answer):
            prompt = re.sub(r"^Who (?:were|are)\b", lambda b: f"Who {'was' if 'were' in b.group() else 'is'}", prompt)
    return prompt


# a doing with its object as a subject: "learning any new skill", "writing your own tests"
_GERUND_OBJECT = re.compile(r"(?i)[a-z]+ing\s+(?:any|a|an|the|your|our|their|his|her|its|new|every|some|\d[\d,]*)\s+\w")


def _names_no_term(subject: str) -> bool:
    """ "A crude example": of what; "Neither abstraction nor simplicity": none; "A million miles": a size; "the value
    of n! increases …; thus 100!": a clause before the subject."""
    adjective = " " not in subject and parts_of_speech(subject.lower()) == {"ADJ"}  # "Unhappy is the fate of one …"
    return bool(_NO_TERM.match(subject) or _AMOUNT.fullmatch(subject)) or ";" in subject or adjective


def _doing(subject: str) -> bool:
    """A doing with its object ("learning any new skill", "writing good papers", "training large models"), judged
    where a term would be defined."""
    ws = subject.lower().split()
    if _GERUND_OBJECT.match(subject):
        return True
    gerund = len(ws) >= 3 and ws[0].endswith("ing") and "VERB" in parts_of_speech(ws[0])
    return gerund and "ADJ" in parts_of_speech(ws[1]) and "VERB" not in parts_of_speech(ws[1])


# the condition under which a thing has its name: "… is called strongly connected if all its nodes communicate"
_CONDITION = re.compile(r"\s+((?:if|when|whenever)\s+\S.*)$")

# "a watcher's callback is called after …": when it is called, not what
_TIMED = re.compile(r"(?i)(?:after|before|when|whenever|once|during|as soon as|every time)\b")

# "a contrived and community-invented term to describe using a tool …": the answer is what the term names
_NAME_FOR = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:term|word|name|label)\s+(?:used\s+)?"
    r"(?:to\s+(?:describe|refer\s+to|mean)|for|that\s+(?:describes|refers\s+to|means))\s+(?=\w)",
    re.I,
)


def _spliced(answer: str) -> bool:
    """Another claim runs on after the gloss (`_SPLICED`), not inside a clause of it ("a discipline that studies how
    patterns of behavior and cognitive processes have evolved": the clause's own subject)."""
    m = _SPLICED.search(answer)
    return m is not None and not re.search(
        r"\b(?:that|which|who|whom|whose|where|how|what|when)\b", answer[: m.start()]
    )


def _fits(subj: str, m: re.Match[str], template: str, ctx: Context) -> bool:
    """The subject the pattern `m` needs: a term or an activity for "means that" ("The fuzzy lines of the law mean
    that …" says what follows from it; doing something is a subject here: "Blocking a thread means that …"), an
    activity's one-word name for "is doing" ("The model is learning …" says what it does now), no judgement ("X is
    the pinnacle of …" praises the text's subject; "erosion is the removal of …" defines), and no step's "a X" ("Then
    a CNN is used to …": the procedure's, which the question would not say)."""
    if _STEP.match(m.string) and re.match(r"(?i)an?\s", subj):
        return False
    if _COMPARED.search(subj) and not re.search(r"\bthan\b", m.string):
        return False  # "A more common challenge for … is …": more common than what the text said before
    ws = subj.split()
    if _CONJUNCTION.search(subj):
        return False  # "1 while F(x) is a constant …": a clause of a derivation, not a subject
    if len(ws) > 2 and re.fullmatch(r"[a-z]+ed", ws[-1]) and "NOUN" in parts_of_speech(ws[-2].lower()):
        return False  # "the context vectors outputted are …": what was done to them, said without by whom or where
    if any(w.endswith("s") and ws[i + 1].lower() in OBJECT_OPENERS and verb_at(ws, i) for i, w in enumerate(ws[:-1])):
        return False  # "Condition (d) makes the government's beliefs depend on …": a clause, not a subject
    if m.re is _MEANS:
        return _term_or_activity(subj) and reads_alone(subj)
    if m.re is _DOING and not (ACTIVITY.search(subj) and word_count(subj) <= 3 and subj[:1].isupper()):
        return False
    return good_subject(subj) and not (template == _WHAT_IS and _is_the(m.string, m) and not _defines(subj, ctx))


def _in_quotation(before: str) -> bool:
    """A quotation is open where `before` ends."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _term_or_activity(subject: str) -> bool:
    """ "The term 'least-squares'", "Blocking a thread": a term named, or doing something in a few words."""
    ws = subject.split()
    return bool(_TERM_NAMED.match(subject)) or 0 < len(ws) <= 4 and bool(ACTIVITY.search(ws[0].lower()))


def subject_key(subject: str) -> str:
    """One key for the ways a text names a subject: "Machine learning (ML)", "machine learning", "the ML"."""
    key = " ".join(_ASIDE.sub("", subject).lower().split())
    key = re.sub(r"^(?:the )?(?:concept|term|notion|idea|word) (?:of )?", "", key)  # "the concept of X" is X
    return re.sub(r"^(?:the|an?) ", "", key)  # "A half-life is …" and "The half-life is …" define one thing


def _defines(subject: str, ctx: Context) -> bool:
    """ "X is the …" defines X when X is a phrase with a preposition ("the main function of X") or a term the
    text does not use everywhere (the text's own subject is praised as often as defined)."""
    if re.search(r"\s(?:of|behind|for|in)\s", subject):
        return True
    stems = [stem(w) for w in content_terms(subject)]
    return bool(stems) and not all(ctx.everywhere(s) for s in stems)


def _reported(sentence: str, m: re.Match[str]) -> bool:
    """The definition is inside a quotation someone is said to have said: the quotation opens before it and closes
    after it, followed by its speaker ("…,” her mother, Fiona, said")."""
    before = sentence[: m.start()]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened and bool(SPEAKER.search(sentence, m.end()))


def _is_the(sentence: str, m: re.Match[str]) -> bool:
    return sentence[m.end() :].startswith("the ")


def _subject(raw: str) -> str:
    raw = DISCOURSE.sub("", raw.strip())
    label, _, rest = raw.partition(": ")  # a run-in label: "Store Consumer: The Store Consumer is …"
    named = set(content_terms(label)) if rest[:1].isupper() and len(label) <= _LABEL_CHARS else set()
    if named and named <= set(content_terms(rest)):
        raw = rest  # the label names what the sentence defines
    raw = _CITED.sub("", raw)  # "Open-domain question answering (QA) (Voorhees, 1999) is …": a reference
    raw = _LONG_ASIDE.sub("", raw)  # "Firefox OS (project name: Boot to Gecko) is …"; "Machine learning (ML)" stays
    # "Machine learning, from a systems perspective, is …", not a series' last ("the dm package, by A, B, and C, is …")
    raw = re.sub(r",(?!\s*(?:and|or)\s)[^,]{1,60},\s*$", "", raw)
    raw = re.sub(r"^(?:1[0-9]{3}|20[0-9]{2})\s+(?=[A-Z])", "", raw)  # a timeline entry: "1967 Nearest Neighbor"
    raw = re.sub(r",\s+(?:like|as|unlike|including)\b[^,]*,", "", raw)  # "X, like Y, is …" -> "X is …"
    parts = raw.split(",")
    adjective = len(parts) > 1 and re.fullmatch(r"\s*(?:an?|the)\s+([a-z]+)", parts[-2], re.I)
    if adjective and "ADJ" in parts_of_speech(adjective.group(1).lower()):
        parts[-2:] = [f"{parts[-2]},{parts[-1]}"]  # "A happy, comfortable mind at ease": adjectives in a row
    subject = parts[-1].strip()
    head, _, last = subject.rpartition(" ")
    subject = head if head and LINKING.fullmatch(last) else subject  # "File-by-File therefore is based on …"
    titled = _DESCRIBED_TITLE.match(subject)  # "Cheeky horror game “Until Dawn” was …": the title is the subject
    subject = re.sub(r'^(?i:the)\s+["“]([a-z][^"“”]*)["”]$', r"\1", subject)  # 'The "tempo" is …': the term named
    return titled.group(1) if titled else subject


_LABEL_CHARS = 60
_CONJUNCTION = re.compile(r"(?i)\s(?:while|whereas|although|though|because|unless|when|whenever|until|if)\s")
_CITED = re.compile(r"\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)[a-z]?\)")  # "(Voorhees, 1999)", "(Lee et al., 2019a)"
# a few words that say what kind of thing a quoted title is, without an article: "Cheeky horror game “Until Dawn”"
_DESCRIBED_TITLE = re.compile(
    rf'^(?!(?i:{alternation(DETERMINERS)})\s)[A-Z]?[a-z]+(?:\s+[a-z]+){{0,3}}\s+(“[^“”]+”|"[^"]+")$'
)
