"""Where an answer ends: the words after a verb up to a clause that adds something else (", which …", " because …",
"; …"), a time ("in 1999", "two years later") or a second deed ("… and gave them Greek names")."""

from __future__ import annotations

import re

from tutor.english.dictionary import is_adverb, parts_of_speech
from tutor.english.lexicon import AUXILIARIES, PREPOSITIONS
from tutor.revision.items.clauses import OBJECT_OPENERS
from tutor.revision.items.context import base_forms, finite

_REFERENCE_TAIL = re.compile(r"\s+(?:Bug|Issue|PR|#)\s*\d{3,}\.?$")  # "… custom margins Bug 1674106"
# "…, the Receive Timestamp is …": after a comma, the next sentence's subject and verb
NEXT_SUBJECT = r",\s+the\s+(?:[\w-]+\s+){1,3}(?:is|are|was|were)\s"
# where an object answer ends: a clause that adds something else, how long, why or when it happened
_ANSWER_CUTS = re.compile(
    r",\s+(?:which|while|and|but|as|so|because|although)\b|;|\s+(?:because|until|whereas)\b|:(?!\S)|\s-{2,3}\s"
    r"|\s+and vice versa|\s+for (?:hours|days|weeks|months|years|decades|minutes|ages)\b"  # how long: not what
    r"|,\s+to\s|\s+in\s+(?:1[0-9]{3}|20[0-9]{2})\b|\s+(?:back\s+)?when\b"  # why, when: not what
    rf"|{NEXT_SUBJECT}"
    r"|,\s+(?:[a-z]+ly\s+)?(?!including\b)[a-z]{3,}ing\s"  # ", (ultimately) showing …": a participle's clause
    r"(?![^,]*(?:,\s+[a-z]+ing\b[^,]*)*,?\s+(?:(?:and|or)\s+[a-z]+ing|and so)\b)"
    r"|\s+(?:just\s+)?(?:about\s+)?(?:a|an|one|two|three|\d+)\s+(?:year|month|week|day|decade)s?\s+(?:later|earlier|ago)",
)


# what a cut leaves at an answer's end: "a noisy draw on μ, and [since …]"; what points at a formula that follows:
# "a Kronecker product denoted by ⊗ and defined as follows"
DANGLING = re.compile(
    r"[,;]?\s+(?:and|or|but|nor)$|,?\s+(?:and\s+)?(?:is\s+)?(?:defined|given|written)\s+as\s+follows$"
)
_APPOSED = re.compile(r"(?<=\w{3}),\s+(?:a|an)\s+(?=[a-z])")
# "… rewarding because you're able to leverage …, but also incredibly frustrating because …": the claim's other half
_BUT_ALSO = re.compile(r",?\s+but\s+also\s")

# an answer that only counts reasons: "a range of reasons", "several important reasons", "two reasons"
ONLY_REASONS = re.compile(
    r"(?i)(?:(?:a|an)\s+(?:range|number|variety|host|couple|few)(?:\s+of)?|several|many|various|some|other|two|three|"
    r"multiple|numerous)\s+(?:\w+\s+)?reasons"
)


# "a variety of functions", "several bitwise operators", "a rather sophisticated set of components", "a broad class of
# techniques": how many of a kind, and the kind, with nothing that says which (rounds 68, 73, 117: "empty filler");
# "a simple guideline": a kind of saying, not what it says (round 117)
_ONLY_A_KIND = re.compile(
    r"(?i)(?:several|various|numerous|many|some|certain|an? (?:\w+ ){0,2}(?:variety|range|host|set|class|kind) of)"
    r"\s+\S+(?:\s+\S+){0,2}|an?\s+(?:\w+\s+)?(?:guideline|idea|concept|thing|point|lesson|insight)"
)
# "a breakout hit for the PS4 last year": true when it was written, not when it is asked
_WRITING_TIME = re.compile(
    r"(?i)\b(?:(?:last|this|next|past) (?:year|month|week|decade|season|summer|winter|spring|fall|autumn)"
    r"|yesterday|tomorrow)\b"
)


# "a special case of the problem above", "the converse problem": what it is, the text said before; "the new density
# shown in the following figure", "the wage where equality holds in the last expression": what it is, it shows
_POINTS_ELSEWHERE = re.compile(
    r"(?i)\b(?:above|aforementioned|converse)\b|\b(?:following|last|previous|preceding|next)\s+"
    r"(?:expression|equation|formula|figure|plot|graph|chart|table|diagram|listing|example|section|chapter)s?\b"
)


def points_elsewhere(answer: str) -> bool:
    return bool(_POINTS_ELSEWHERE.search(answer))


def only_a_kind(answer: str) -> bool:
    return bool(_ONLY_A_KIND.fullmatch(answer.strip()))


def dated_by_writing(answer: str) -> bool:
    return bool(_WRITING_TIME.search(answer))


_NOW = re.compile(r"(?i)\b(?:currently|right now|at present|at the time of writing|as of this writing)\b")
_NOW_INSIDE = frozenset("who whom whose that which how where when whether if while the a an".split())


def true_as_written(text: str) -> bool:
    """An item's prompt or answer that says its claim holds now ("What is currently available for free for …?",
    "Why does Vue currently rely on …?", "the three main form factors in use right now"): true when written, perhaps
    not when asked. Not a clause or a phrase inside it ("If you are currently using Windows, …", "the data currently
    being stored")."""
    for m in _NOW.finditer(text):
        before = {w.lower().strip(",") for w in text[: m.start()].split()[-4:]}
        after = text[m.end() :].split()[:1]
        if not before & _NOW_INSIDE and after[:1] != ["being"]:
            return True
    return False


def as_written(prompt: str, answer: str, sentence: str) -> bool:
    """ "What is currently …?", or an item of "Currently, ATF is a system for one-time task scheduling": true when
    written (`true_as_written`), its prompt and answer, or its sentence by the word it opens with, which the item
    drops."""
    return true_as_written(f"{prompt} {answer}") or _NOW.match(sentence.lstrip()) is not None


_ASIDE = re.compile(r"(\S*)(\s*\([^()]*\))")
# words after which what is in brackets is what the sentence says: "an output with shape given by (batch size, …)"
_NEEDS_WHAT_FOLLOWS = PREPOSITIONS | {"as", "the", "a", "an", "like", "namely"}


def without_asides(text: str) -> str:
    """The text without what it says in brackets ("(or other authentication method)"), but for brackets that
    carry what the words before them lead to ("given by (batch size, number of channels, height, width)"), and
    without a figure or table it ends by pointing to (", as in Figure 12.")."""
    return _SHOWN_IN.sub("", _ASIDE.sub(lambda m: m.group() if _not_aside(m) else m.group(1), text))


# ", as in Figure 12.", ", as shown in Table 2", ", see Fig. 3", ", Figure 5.": where the text shows it, which an item
# does not
_SHOWN_IN = re.compile(
    r"(?:,|,?\s+(?:(?:as\s+)?(?:shown\s+|seen\s+|illustrated\s+)?in|see))\s+(?:Figure|Fig\.|Table|Listing)\s+\d+(?:[.-]\d+)*"
    r"(?=[.!]?\s*$)"
)


def _not_aside(m: re.Match[str]) -> bool:
    """What the words before lead to ("given by (batch size, …)"), brackets a formula or word holds with no space
    before or after them ("−1/(θ² + 1)", "f(x)", "innovation (1−β)d(β)"), or an interval after a relation ("μ ∈ (−∞,
    ∞)")."""
    if m.group(1).lower() in _NEEDS_WHAT_FOLLOWS or m.group(1)[-1:] in "∈∉=<>≤≥⊂⊆":
        return True
    attached_after = m.string[m.end() : m.end() + 1].isalnum()
    return bool(m.group(1)) and m.group(2).startswith("(") or attached_after


_OBJECT_DETERMINERS = OBJECT_OPENERS | {"it", "them"}  # "and returns it": an object follows


# "and" opening a clause of its own: a few words of a new subject, then its auxiliary (not "and when they will …")
_AND_CLAUSE = re.compile(
    r"\s+and\s+(?!(?:when|where|what|why|how|whether|if|that|which|who)\b)(?:[a-z][\w-]*\s+){1,3}"
    r"(?:is|are|was|were|can|will|may|must|should|has|have|had)\b"
)


def cut_answer(answer: str, clause: bool = False, statement: bool = False) -> str:
    """An answer up to a clause that adds something else (", which …", "; …", " because …"); an answer that is a
    `clause` of its own ("that black-box monitoring is symptom-oriented and represents …") keeps its second verb; one
    that is a `statement`, its subject first (a reason after "because"), keeps the "and" of its subject ("every
    combination of the rows and new columns must have …") and the "when" of its verb ("a database that is deleted
    when you quit R")."""
    answer = without_asides(answer)
    answer = re.sub(r",(?:\s*,)+", ",", answer)  # "the Apple universe, (gained by …), and": one comma left
    answer = _REFERENCE_TAIL.sub("", answer)
    cut = next(
        (
            m
            for m in _ANSWER_CUTS.finditer(answer)
            if not (_series_end(answer, m) or _not_until(answer, m) or _joined(answer, m))
            and not (clause and _condition_goes_on(answer, m))
            and not (statement and m.group().strip() == "when")
        ),
        None,
    )  # "by using norms, procedures, and behaviors" ends its series
    answer = answer[: cut.start()] if cut else answer
    apposed = _APPOSED.search(answer)
    if (
        apposed
        and len(answer[: apposed.start()].split()) >= 4
        and "," not in answer[: apposed.start()]
        and not re.search(r",\s+(?:and|or)\s", answer[apposed.end() :])
    ):
        answer = answer[: apposed.start()]  # "… to decline with age, a demographic pattern central to …": what it
        # is, said again, not a series ("a theme, a plot, and a twist")
    but_also = _BUT_ALSO.search(answer)
    if but_also and not re.search(r"(?i)\bnot\s+(?:only|just|merely)\b", answer[: but_also.start()]):
        answer = answer[: but_also.start()]  # not "not only … but also …": one answer in two halves
    second_clause = _AND_CLAUSE.search(answer)  # "… of all components beneath them and leaf components are often …"
    if second_clause and statement and not _verb_before(answer[: second_clause.start()]):
        second_clause = None  # "every combination of the rows and new columns must …": one subject
    inner = second_clause and re.search(r"\b(?:that|which|who|how|whether|what|if)\b", answer[: second_clause.start()])
    answer = answer[: second_clause.start()] if second_clause and not inner else answer  # not "that A and B are …"
    run_on = re.search(r"(?<=[a-z]{3})(?<!etc)\.\s+\S", answer)  # "traces (81). crypto-md5 forms …": a sentence
    answer = answer[: run_on.start()] if run_on else answer  # the splitter kept, for its lower-case start
    answer = re.sub(r",\s+[a-z]+ing$", "", answer)  # "a U-shape, falling [until …]": the cut left a clause open
    answer = re.sub(r",?\s*(?:e\.g|i\.e|such as|for example|for instance)\.?,?$", "", answer)  # "…, e.g[., during …]"
    answer = re.sub(r"(?<=\w)\s+(?:also|too|as well)[.!]?$", "", answer)  # "… on the client side also": the claim's
    ws = answer.split()
    deed = 0 if clause else next((n for n in range(1, len(ws)) if _next_deed(ws[n - 1], ws[n])), 0)
    if deed:  # "walks the new tree, compares it with …": the first deed's object
        ws = ws[:deed]
        answer = " ".join(ws)
    answer = answer if clause else without_second_deed(answer)
    return DANGLING.sub("", answer.strip().rstrip(".!,"))


def without_second_deed(answer: str) -> str:
    """The answer before an "and" that begins a second deed: "three more noble gases [and gave them Greek names]",
    "xylem and phloem tissues [and conducts water …]" (the object, not a second deed)."""
    ws = answer.split()
    second = next((n for n in range(1, len(ws) - 1) if _second_deed(ws, n)), 0)
    if second and re.search(r"\b(?:between|both)\s+(?:\S+\s+){0,3}\S+$", " ".join(ws[:second]), re.I):
        second = 0  # "the distance between the real and predicted values": one phrase, "predicted" no deed
    if second and ws[second + 1] in base_forms(ws[second + 1]) and re.search(r"\bto\s+\w+", " ".join(ws[:second])):
        second = 0  # "the thread to halt normal execution and unwind its stack": the same "to"
    return " ".join(ws[:second]) if second else answer


def _verb_before(words: str) -> bool:
    """Some word is only a verb, or a finite one of the lexicon's ("the defaults create", "it is")."""
    return any(finite(w) and parts_of_speech(w) == {"VERB"} or w in AUXILIARIES for w in words.lower().split())


def _next_deed(before: str, word: str) -> bool:
    """A verb's "-s" form after a comma: the next deed ("walks the new tree, compares it with …")."""
    if not re.fullmatch(r"[a-z]+s", word) or not before.endswith(","):
        return False
    return finite(word) and parts_of_speech(word) == {"VERB"}


def _second_deed(ws: list[str], n: int) -> bool:
    """ "and"/"but" at n begins a second deed ("one draw and updates the posterior", "context bidirectionally but
    uses …"), not the answer's own verb's second ("it reads and writes the file")."""
    if ws[n] not in ("and", "but") or n <= 2 and ws[n - 1].endswith("s") and ws[n + 1].endswith("s"):
        return False
    if ws[n] == "and" and n >= 2 and ws[n - 2].endswith(","):
        return False  # "the input, output and forget gates": the "and" closes a series of words, not a clause
    k = n + 2 if n + 2 < len(ws) and _adverb_only(ws[n + 1]) else n + 1  # "… and somewhat reduces the stress"
    then = ws[k + 1] if k + 1 < len(ws) else ""
    return _deed(ws[k], then if ws[n] == "and" else "the")


def _adverb_only(word: str) -> bool:
    return word.islower() and is_adverb(word) and not parts_of_speech(word) & {"NOUN", "ADJ", "VERB"}


def _deed(word: str, then: str = "") -> bool:
    """A verb that begins a second deed: a finite one ("and gave"), or a plural subject's, a verb and no noun ("…
    construct a model and specify how it must behave"), or an "-s" verb before its object ("one draw and updates the
    posterior")."""
    pos = parts_of_speech(word.lower())
    base = word.islower() and word in base_forms(word) and not word.endswith("ing")
    acts = word.islower() and word.endswith("s") and "VERB" in pos and then.lower() in _OBJECT_DETERMINERS
    return finite(word) or acts or base and "VERB" in pos and "NOUN" not in pos and "ADJ" not in pos


def _condition_goes_on(answer: str, m: re.Match[str]) -> bool:
    """ "if you often encounter bugs …, and want to introduce more structure …": a condition's second verb, its
    subject unsaid, is still the condition."""
    following = answer[m.end() :].split()
    verb = bool(following) and following[0] in base_forms(following[0]) and "VERB" in parts_of_speech(following[0])
    return m.group().strip(", ") == "and" and bool(re.match(r"(?i)(?:if|when|whenever|unless)\s", answer)) and verb


def _joined(answer: str, m: re.Match[str]) -> bool:
    """ "… what audiences are interested in and when they will attend": the cut would leave "and" hanging."""
    return bool(re.search(r"(?:^|\s)(?:and|or|nor|but)\s*$", answer[: m.start()]))  # not "a grand either/or:"


def _not_until(answer: str, m: re.Match[str]) -> bool:
    """ "do not update the state until exiting": "until" after a negation says when it does, and stays."""
    return m.group().strip() == "until" and bool(re.search(r"\b(?:not|never|no)\b|n[’']t\b", answer[: m.start()]))


def _series_end(answer: str, m: re.Match[str]) -> bool:
    """ "…, and Z" after an earlier comma closes a series ("norms, procedures, and behaviors"), not a clause."""
    if not (m.group().startswith(",") and m.group().rstrip().endswith("and") and "," in answer[: m.start()]):
        return False
    following = answer[m.end() :].split()
    if not following or not finite(following[0], nouns_too=True):
        return True  # "…, and works on …" is a second deed
    element = answer[: m.start()].rsplit(",", 1)[-1].split()  # the element before: "flowers"
    objected = len(following) > 1 and following[1].lower() in _OBJECT_DETERMINERS  # "…, and makes the tea"
    short = len(element) <= 2 and len(following) <= 2  # not "A-Frame, a web framework for …, and works on …"
    return short and not objected and _plural_nouns(element[-1].lower(), following[0])  # "leaves, flowers, and fruits"


def _plural_nouns(*words: str) -> bool:
    """Words that are each a noun's plural (and may be a verb's "-s" form): "flowers", "fruits"."""
    bare = [w.strip(".,;:!?") for w in words]
    return all(re.fullmatch(r"[a-z]+s", w) and "NOUN" in parts_of_speech(w) for w in bare)


# the sentence's last clause, saying when its claim holds: "… receive a list of arguments when they are executed."
_OCCASION = re.compile(r"(?i)^,?\s+((?:when|whenever|once|if|unless|until)\s+[^,;:()“”\"]{3,60}?)\.?$")


def occasion(said: str, answer: str) -> str:
    """ " when they are executed" when the object ends its sentence but for such a clause, which the question keeps
    ("What do shell programs receive when they are executed?": not anything they receive); else ""."""
    m = _OCCASION.match(said[len(answer) :]) if said.startswith(answer) else None
    return f" {m.group(1)}" if m and len(m.group(1).split()) <= 8 else ""
