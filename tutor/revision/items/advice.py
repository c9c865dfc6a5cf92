"""When to do what: advice says under what condition a practice is the right one ("It's advisable to have your code
panic when it's possible that your code could end up in a bad state", "In situations such as examples, prototype
code, and tests, it's more appropriate to write code that panics", "Returning Result is a good default choice when
you're defining a function that might fail"). A text that teaches by advice writes few definitions; this asks
"When is it advisable to have your code panic?", answered by the condition. Also what the writer recommends when,
what to use for a need ("If you need X, use Y") and what serves an end ("To ensure X, we use Y": "What do you use to
ensure X?")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.text import content_terms, impersonal, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.answers import cut_answer
from tutor.revision.items.context import DISCOURSE, Context, reads_alone
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.subjects import good_subject

_JUDGED = (
    r"(?P<judged>(?:(?:often|usually|generally|perfectly|much|far|even|also)\s+)?(?:more\s+|most\s+)?"
    r"(?:advisable|appropriate|best|better|wise|sensible|preferable|reasonable|safe|safer|acceptable|recommended"
    r"|a good idea|a better idea|good practice|a good practice|a good choice|a better choice|a good fit))"
)
_CONDITION = r"(?P<condition>(?:when|whenever|if|in cases where|in situations where)\s+.+?)"
# "It's advisable to X when Y": the practice, then the condition
_IT_IS = r"(?:It|it)(?:['’]s| is| would (?:also )?be| can (?:also )?be| may (?:also )?be)"
_PRACTICE_WHEN = re.compile(rf"^{_IT_IS} {_JUDGED} to (?P<practice>[^,;:]+?),?\s+{_CONDITION}$")
# "In situations such as A, B and C, it's more appropriate to X": the condition first
_WHEN_PRACTICE = re.compile(
    rf"^(?P<condition>(?i:In (?:situations|cases|contexts)\b|When\s|Whenever\s|If\s)[^;:]+?),\s+{_IT_IS} {_JUDGED}"
    r" to (?P<practice>[^;:]+)$"
)
# "Returning Result is a good default choice when …": a named practice is the subject
_CHOICE_WHEN = re.compile(
    r"^(?P<subject>[^,;:]+?)\s+(?P<be>is|are)\s+(?P<judged>(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:choice|option|fit|default)"
    r"|(?:(?:often|usually|generally|also|only)\s+)?(?:appropriate|recommended|advisable|preferable))"
    rf",?\s+{_CONDITION}$"
)

_EXPLETIVE = re.compile(r"\bit(?:['’]s| is) (?:possible|likely|clear|true|necessary) that\s+", re.I)  # no pointer

# "we highly recommend using Vue frameworks if you need SSR": what the writer recommends, and when
_RECOMMEND = re.compile(
    r"^(?:[Ww]e|I)\s+(?:(?:only|highly|strongly|generally|usually|also)\s+)?recommend\s+(?P<practice>[^,;:]+?)"
    rf",?\s+{_CONDITION}$"
)
# "To ensure that the variance … remains 1, we use the scaled dot product attention scoring function": what serves an
# end; not "To begin with, …", "To do that, …", "To illustrate …" (the text's own course), nor what follows a colon
_TO_END = re.compile(
    r"^To (?P<end>(?!begin\b|start\b|do\b|see\b|illustrate\b|demonstrate\b|show\b|get started\b)"
    r"[a-z]+\b[^,;:]{8,140}),\s+"
    r"(?:we|you|one)\s+(?P<modal>can\s+|could\s+|must\s+|should\s+|will\s+|simply\s+|first\s+)?"
    r"(?P<verb>use|need)\s+(?P<answer>(?!to\b)[^;:]+)$"
)
# "If you need a NUL-terminated string …, you should use the CString type …": what to use for a need
_NEED_USE = re.compile(r"^If you (?P<need>need|want) (?P<what>[^,;:]+),\s+(?:you should\s+)?use\s+(?P<answer>.+)$")

# "If no other rule applies, the author should maintain consistency with the existing code": what to do when; not
# "… should be added" (its subject is what is done, asked "When should tests be added?" only), nor one a pronoun names
# ("they should …"), nor what follows ("… you should also be able to …", "… you should find that …")
_ACTOR = (  # "you", "the author", "your team lead", "reviewers", "harbour pilots"
    r"(?P<subject>[Yy]ou|(?:[Tt]he|[Aa]n?|[Yy]our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:[A-Z]?[a-z][\w-]*\s+)?[a-z]+s)"
    r"\s+should\s+"
)
_ADVERB = r"(?:(?:always|usually|also|still|first|only|definitely|generally|probably|at least)\s+)?"
_NOT_DONE = "have|not|never|find|expect"  # "should have been", "should not", "should find that …": no practice
_PRACTICE = rf"(?P<practice>(?!(?:[a-z]+\s+)?(?:be|{_NOT_DONE})\b)[a-z]"
_PASSIVE = rf"(?P<practice>(?!(?:[a-z]+\s+)?(?:{_NOT_DONE})\b)[a-z]"  # "When should X be used?"
_DO_WHEN = re.compile(
    rf"^(?P<condition>(?:If|When|Whenever|Once)\s+[^;:]{{6,140}}?),\s+(?:then\s+)?{_ACTOR}{_ADVERB}{_PRACTICE}[^;:]+)$"
)
# "Reviewers should favor approving a CL once it is in a state where …": when to do it
_WHEN_TO = re.compile(
    rf"^(?:(?:In general|Generally|Usually|Typically|Ideally),\s+)?{_ACTOR}{_ADVERB}{_PASSIVE}[^,;:]+?),?\s+"
    r"(?P<condition>(?:when|whenever|if|once)\s+.+)$"
)
_NOT_ACTORS = frozenset("they them these those this that it such there their its his her our".split())
_POINTER = re.compile(r"(?i)\b(?:it|its|they|them|their|this|these|those|such)\b")  # "If you have registered it …"

_REASON_AFTER = re.compile(r",?\s+(?:since|because|so that|but|although|though)\s|,\s+as\s")  # not "such as"


def advice_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """ "It's advisable to X when Y" -> "When is it advisable to X?" (answer: "when Y"); see the module."""
    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip()).rstrip(".!")
    asked = _asked(sentence)
    if asked is None:
        return None
    prompt, said, last = asked
    answer = cut_answer(said, clause=True) if last else said  # "In situations such as A, B, and C": whole
    answer = _REASON_AFTER.split(answer)[0]  # "if you need SSR since they often have …": the condition alone
    answer = answer[:1].lower() + answer[1:]
    if (
        not reads_alone(_EXPLETIVE.sub("", answer), answer=True)
        or not tuning.OBJECT_WORDS[0] <= word_count(answer) <= 30
    ):
        return None
    keys = ctx.key_terms(answer, prompt)
    if len(keys) < 1 or len(content_terms(answer)) < 2:
        return None
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "advice")
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, answer, keys)


def _asked(sentence: str) -> tuple[str, str, bool] | None:
    """The question, what answers it (a condition, or what to use) and whether that ends the sentence; None when the
    sentence gives no advice."""
    m = _PRACTICE_WHEN.match(sentence) or _WHEN_PRACTICE.match(sentence)
    if m:
        practice = m.group("practice").strip()
        if not reads_alone(practice, answer=True) or word_count(practice) > tuning.WHY_REASON_WORDS:
            return None
        return f"When is it {m.group('judged')} to {practice}?", m.group("condition"), m.re is _PRACTICE_WHEN
    m = _RECOMMEND.match(sentence)
    if m and reads_alone(m.group("practice"), answer=True):
        return f"When does the text recommend {m.group('practice')}?", m.group("condition"), True
    m = _TO_END.match(sentence)
    if m and reads_alone(m.group("end"), answer=True) and not re.search(r"\sto\s|[,;]$", m.group("answer")):
        modal = (m.group("modal") or "").strip()
        aux = modal if modal in ("can", "could", "must", "should") else "do"  # "we will use", "we first use": do
        return f"What {aux} you {m.group('verb')} to {m.group('end')}?", m.group("answer"), True
    m = _NEED_USE.match(sentence)
    if m and reads_alone(m.group("what"), answer=True):
        return f"What should you use if you {m.group('need')} {m.group('what')}?", m.group("answer"), True
    to_do = _what_to_do(sentence)
    if to_do:
        return to_do
    m = _CHOICE_WHEN.match(sentence)
    if m and good_subject(m.group("subject")) and reads_alone(m.group("subject")):
        subject = m.group("subject")
        subject = subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject
        return f"When {m.group('be')} {subject} {m.group('judged')}?", m.group("condition"), True
    return None


def _what_to_do(sentence: str) -> tuple[str, str, bool] | None:
    """ "What should the author do if no other rule applies?" (answer: the practice); "When should reviewers …?"
    (answer: the condition); None when a pronoun or a pointer leaves the actor or the condition unsaid."""
    m = _DO_WHEN.match(sentence)
    condition, subject = (m.group("condition"), m.group("subject")) if m else ("", "")
    if m and not set(subject.lower().split()) & _NOT_ACTORS and not _POINTER.search(condition):
        if reads_alone(impersonal(condition)):
            subject = subject[:1].lower() + subject[1:]
            return f"What should {subject} do {condition[:1].lower()}{condition[1:]}?", m.group("practice"), True
    m = _WHEN_TO.match(sentence)
    subject = m.group("subject") if m else ""
    conceding = m is not None and m.group("practice").lower().endswith(" even")  # "… even if disks are failing"
    if (
        m
        and not conceding
        and subject.lower().split()[0] not in _NOT_ACTORS
        and reads_alone(m.group("practice"), answer=True)
    ):
        subject = subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject  # "Reviewers", "You"
        return f"When should {subject} {m.group('practice')}?", m.group("condition"), True
    return None
