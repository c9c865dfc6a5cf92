"""Where a definition's answer ends: before a reason, a relative clause or a second clause, after the whole series
a colon opens, and, for a name, before where or by whom it is used ("called inflation in the popular press"); and
the answers that say what a subject is not."""

from __future__ import annotations

import re

from tutor.english.dictionary import can_be_noun, parts_of_speech
from tutor.english.lexicon import ANSWER_ENDS, DETERMINERS, MODALS, PREPOSITIONS, STOPWORDS, alternation
from tutor.revision.items.answers import (
    DANGLING,
    NEXT_SUBJECT,
    ONLY_REASONS,
    dated_by_writing,
    only_a_kind,
    points_elsewhere,
    without_asides,
    without_second_deed,
)
from tutor.revision.items.appraisals import no_class, ranks
from tutor.revision.items.context import Context, finite, owner_elsewhere
from tutor.revision.items.list_names import COUNTED

# the end of a definition's answer: a reason, a relative clause, a second clause ("…, and is Mozilla's flagship"),
# not the last element of a series ("HTML, SVG, and MathML")
_CUT_ANSWER = re.compile(
    rf"\s+(?:{alternation(ANSWER_ENDS)})\b|,\s+(?:which|who|whose|while|followed by|so)\b|;"
    r"|,\s+(?!including\b)[a-z]+ing\b(?!(?:,\s+[a-z]+ing)*,?\s+(?:and|or)\s)"  # not "encoding, decoding, …",
    # "openness, sharing, and continual pursuit of …": a series' element
    r"|,?\s+and\s+(?=(?:is|are|was|were|has|have)\b)"  # "… the country's monarch and is represented by …"
    r"|\s[-–—]\s+(?=for (?:instance|example)\b)"  # "… in a sentence - for instance …": an example follows
    r"|,\s+(?:again\s+|also\s+)?without\s"  # "… a keyboard shortcut, again without having to run a command": how
    r"|,\s+(?:consistent|compatible|in\s+line|in\s+keeping)\s+with\b"  # "the kilowatt-hour, consistent with E = Pt"
    r"|\s-{2,3}\s"  # "… predators and disease --- all of which vary …": a dash typed as hyphens opens an aside
    rf"|{NEXT_SUBJECT}"  # "the time the sender last touched it, the Receive Timestamp is …": the next definition
    r"|\s+and\s+(?=[A-Z]\w*\s+(?:is|are|was|were)\b)"  # "… and Ross is an investor …": another subject's
    r"|\s+and\s+(?=(?:the|every|each)\s+(?:[\w.-]+\s+){0,5}?(?:is|are|was|were)\b)"  # "… and the 0.25 quantile is …",
    # "… and every piece of code in it is Ruby": another one
    r"|,\s+and\s+(?=what\s)"  # "ES2015, and what some articles refer to as ES7 is …": a clause of its own
    r"|,\s+as\s+(?:do|does|did)\s"  # "… both in-groups and out-groups, as do secondary groups": another's
    r"|,\s+but\s+(?=\w+ing\s)"  # "Speeding is a deviant act, but receiving a ticket …": what else is so
    r"|\s+and\s+(?=(?:his|her|its|their)\s+\w+\s+(?:is|are|was|were)\b)"  # "… and her language is often …"
    r"|,\s+and\s+(?=(?:\w+\s+){1,5}(?:is|are|was|were)\b)"  # "…, and removing data is called …": another one's
    r"|,\s+but\s+(?=(?:a|an|the|this|that|these|those|its|their|it|they|he|she|his|her|we)\b)"  # "…, but he was also …"
)
# "…, and the interest rate comes from …": another subject's clause (not inside the things a colon counts)
_ANOTHER_SUBJECT = re.compile(
    r",\s+and\s+(?=(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,3}[a-z]+(?:s|ed)\s"
    r"|(?:[a-z][\w-]*\s+){1,3}(?:is|are|was|were|has|have|had)\s"  # "…, and necrotizing fasciitis has been …"
    r"|(?:for|in|on|at|by|with|as)\s[^,]{1,40},\s+(?:\S+\s+){1,3}(?:is|are|was|were|has|have)\s)"
)  # "…, and for typing purposes, None is an alias …": its subject after an opening phrase
_AND = re.compile(r",\s+and\s+")
# a relative clause after a preposition ("…, in which Berlioz and Wagner were …"): whole in an answer, or not at all
_RELATIVE = re.compile(r",\s+(?:in|on|at|to|for|by|with|from|through|under|of)\s+(?:which|whom|whose)\b")
_ELEMENT = r"(?:[\w'’-]+\s+){0,2}[\w'’-]+"
# "… consists of three steps for …: attending, comparing, and aggregating.": the series a colon opens ends a sentence
_COLON_SERIES = re.compile(rf":\s+{_ELEMENT}(?:,\s+{_ELEMENT})*,?\s+(?:and|or)\s+{_ELEMENT}[.!]?$")
# "called inflation in the popular press", "called Hicksian by economists": where or by whom, after the name
_POINTED_EXAMPLE = re.compile(r",?\s+(?:such as|like|e\.g\.)\s.*\b(?:below|above|following|shown)\b.*$")
_NAMED_WHERE = re.compile(
    r"\s+(?:in|by|among|within|throughout|across)\s+(?:the\s+|an?\s+)?[a-z].*$"
    r"|,\s+(?:also\s+)?(?:named|coined|introduced|dubbed)\s+by\b.*$"  # "quantum chromodynamics, also named by …"
)


def gloss(rest: str, called: bool = False) -> str | None:
    """The answer in `rest`, the words after a defining verb ("is a …", "consists of …", "is called …"); None when
    the things it counts are cut off ("three parts: (i) content loss …; (ii) …")."""
    rest = without_asides(rest)
    series = _COLON_SERIES.search(rest)  # the counted things' elements are the answer, not clauses to cut off
    series = series if series and COUNTED.search(rest[: series.start()]) else None
    cuts = [*_CUT_ANSWER.finditer(rest), *(c for c in _ANOTHER_SUBJECT.finditer(rest) if ":" not in rest[: c.start()])]
    cut = min((c for c in cuts if not series or c.start() < series.start()), key=lambda c: c.start(), default=None)
    answer = (rest[: cut.start()] if cut else rest).strip().rstrip(".;:!,").strip()
    inner = _RELATIVE.search(answer) if cut else None  # "…, in which Berlioz [and Wagner were …]": cut inside it
    answer = answer[: inner.start()] if inner else answer
    answer = DANGLING.sub("", answer)  # "a noisy draw on μ, and [since …]": the cut left the "and"
    answer = _before_another_clause(answer)
    deed = without_second_deed(answer)
    after = answer.split()[len(deed.split()) :]  # "and conducts water …"
    relative = re.search(r"\b(?:that|which|who|whose|where|when|if)\b", answer.split(": ")[0])  # not what a colon
    # opens: "wheels [and contain … a package]: the code files, …, instructions for where to place files"
    verb = len(after) > 1 and (after[1].endswith("s") or parts_of_speech(after[1].lower()) == {"VERB"})
    if deed != answer and verb and not relative:
        answer = deed.rstrip(",")  # "xylem and phloem tissues [and conducts water …]", "wheels [and contain …]"; not
        # "a program that parses input and writes output" (one clause's two deeds), nor "a set of rules, and related
        # tools"
    colon = -1 if series else answer.find(": ")
    if colon > 0 and COUNTED.match(answer[:colon]):  # "two major sources of randomness: A, and B"
        if cut and cut.start() > rest.find(": "):
            return None  # "three parts: (i) content loss …; (ii) …": not all the parts are in the answer
    elif colon > 0:
        answer = answer[:colon]  # "a way of dividing up …: grouping a thing …": what follows elaborates
    answer = _POINTED_EXAMPLE.sub("", answer)  # "a list of numbers such as the Python list below": the list
    if called:
        answer = _NAMED_WHERE.sub("", answer)  # "called inflation in the popular press": the name
    if answer.count("”") > answer.count("“"):
        answer = answer.rstrip("”").rstrip(".;:!,")  # “Film Sampling is an exciting way to …”: the close
    return answer


def _before_another_clause(answer: str) -> str:
    """The answer before ", and" opens a clause of its own, a noun phrase or a personal pronoun then a verb ("to light
    the factory floor[, and employees strained …]", "Pylance[, and the Go extension for VS Code relies on …]", "[, and
    you can't manufacture that]"); not a participle before its noun ("C, C++, Rust, and other compiled languages")."""
    for m in _AND.finditer(answer):
        raw = answer[m.end() :].split()[:9]
        if raw and raw[0] in _PERSONAL:
            return answer[: m.start()]  # "a sort of ambitious curiosity[, and you can't manufacture that]"
        ws = [w for w in raw if w.lower() not in DETERMINERS]
        for k in range(1, min(6, len(ws) - 1) + 1):
            verb = finite(ws[k]) or ws[k] in MODALS  # "…, and the Electors in each State shall have …"
            verb = verb or ws[k - 1].endswith("s") and parts_of_speech(ws[k].lower()) == {"VERB"}  # "cram schools
            # represent …": a plural subject's verb in its base form
            modifiers = all(w.isalpha() and w.lower() not in _CLAUSE_OPENERS for w in ws[: k - 1])  # "cram schools"
            if not (ws[k].islower() and verb and modifiers and _in_noun_phrase(ws[k - 1])):
                continue
            after = raw[raw.index(ws[k]) + 1 :][:1]
            if ws[k].endswith("ed") and after and after[0].lower() not in STOPWORDS and can_be_noun(after[0]):
                continue  # "and other compiled languages": a participle before its noun
            return answer[: m.start()]
    return answer


def _in_noun_phrase(word: str) -> bool:
    """A word a subject's noun phrase may hold: a noun, a name ("VS Code"), a preposition ("extension for …")."""
    if not word.isalpha() or word.lower() in _CLAUSE_OPENERS:
        return False  # "… all the possible ways [it can transition]": a clause of the noun's own
    return can_be_noun(word) or word[:1].isupper() or word in PREPOSITIONS


_CLAUSE_OPENERS = frozenset("it they he she we you i this that these those which who whose where when".split())
_PERSONAL = frozenset("I you we they he she it".split())  # a subject only: after ", and" it opens a clause


def no_gloss(answer: str, subj: str, what_is: bool, ctx: Context) -> bool:
    """An answer that says what the subject is not: whose ("the country's monarch": which country?), of what ("the
    driest, receiving …": of what the text said before), vague ("a fair one"), only that there are reasons, what
    "follows" ("… are defined as follows: …"), when it is that ("a tree when …"), or no class when the question is
    "What is X?"."""
    if re.match(r"[,;:.]|(?:which|who|whom|whose|where)\s", answer) or re.search(r"\s[-+*/=×]$", answer):
        return True  # "each time calc(..) is called, you'll pass …", "the subscribed method is called which should …":
        # "called" was the verb; "1 - n /": a formula cut
    if points_elsewhere(answer):
        return True  # "Bandits are a special case of the problem above": which problem, the text said before
    if owner_elsewhere(answer, opening=True) or re.match(r"the (?:most \w+|least \w+|\w+est)\s*(?:,|$)", answer, re.I):
        return True
    if _VAGUE_ANSWER.match(answer) or _ADVICE.search(answer) or only_a_kind(answer) or ranks(answer) or ranks(subj):
        return True
    if ONLY_REASONS.fullmatch(answer) or dated_by_writing(answer):
        return True
    if re.match(r"(?i)(?:as )?follows\b|(?:more|less|other|rather) than\b|not\b", answer):
        return True  # "more than “just” adding information to mental models": what it is beyond, not what it is
    if re.search(r"(?i)\bthe following(?:\s+\w+){0,2}$", answer):
        return True  # "an instance of any of the following types": the list is not in the answer
    if what_is and _WHEN_SO.match(answer):
        return True  # "A constraint graph is a tree when any two variables are …": when it is one, not what it is
    if what_is and _circular(subj, answer, ctx):
        return True  # "Albinism is the state of being an albino": the term said again
    return what_is and no_class(subj, answer, ctx)


def _circular(subject: str, answer: str, ctx: Context) -> bool:
    """The answer says the subject's head word again in another form ("albinism" / "albino", "dimorphism" /
    "dimorphic"): the head less a suffix that derives it ("-ism", "-ity", "-ation", …), five letters or more, opens a
    word of the answer that is not the head itself (not "changeset" / "changes", a compound). The head is the word
    before "of" ("the price elasticity of demand") or the last, and no name's."""
    words = subject.split(" of ")[0].split()
    head = words[-1] if words else ""
    if not head.isalpha() or not (head.islower() or head.lower() in ctx.lowercase_words):
        return False  # a name ("Importer", "WebdriverIO"); "Albinism is …" has the sentence's capital
    head = head.lower()
    suffix = next((x for x in _DERIVING if head.endswith(x) and len(head) - len(x) >= 5), "")
    base, forms = head[: len(head) - len(suffix)], {head, head + "s", head + "es"}
    return bool(suffix) and any(w.startswith(base) and w not in forms for w in re.findall(r"[a-z]+", answer.lower()))


_DERIVING = ("ization", "isation", "ation", "ition", "tion", "ism", "ist", "ity", "ness", "ment", "ence", "ance", "ic")


_WHEN_SO = re.compile(r"(?i)(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:when|whenever|if|only if|unless)\b")


# "a classic computer science tale worth reading if you haven't already": advice to the reader, not what it is
_ADVICE = re.compile(r"\bworth (?:reading|a (?:look|read)|checking out|watching)\b")


# "the analogy is a fair one …", "X was the first, but then …": a judgement or an order, no answer
# "Preventing errors is the advantage of thinking about ownership": what Y gives, said of X the other way round
_VAGUE_ANSWER = re.compile(
    r"(?i)an?\s+(?:\w+\s+)?one\b|the (?:first|second|third|last)\b(?:\s*[,;]|\s+(?:but|and)\b)"
    r"|the (?:\w+ )?(?:advantage|benefit|upside|downside|drawback)s? of\b"
    r"|an? (?:\w+ )?example of the (?:first|second|third|last|former|latter|above|previous)\b"  # which, said before
    r"|the one (?:who|whose|that|which)\b"  # "The class with the smallest D is the one whose …": the subject again
    r"|the (?:unique|only|right|best|preferred|correct|natural) one\b"  # "the unique one when …": the noun said before
    r"|the (?:first|second|third|fourth|fifth|last) of\b"  # "the first of a set of 5 design principles": its place
    r"|the same\b"  # "The cross-sectional area of the coils is the same on either side": compared, not defined
    r"|the same as\b"  # "… is the same as that in the third and fourth modules": as what, the text said before
    # "a principal purpose of economic history", "a driving factor behind political turmoil": what it is to another
    r"|an?\s+(?:[\w-]+\s+){0,2}(?:purpose|goal|aim|factor|driver|cause|consequence|result)\s+(?:of|behind|for)\b"
    r"|(?:the|an?|one)\s+(?:[\w-]+\s+)?reasons?\b"  # "the reason that the decision maker waits longer": why, not what
    r"|an?\s+(?:term|word|name|phrase)\s+(?:that\s+)?(?:originat|come|derive|stem)\w*\s+from\b"  # the word's origin
    # "Starting from scratch is an easy way to …", "Model ensembles are a pretty much guaranteed way to gain 2%": praise
    # (not "Matrices are a neat way of organizing data": what they are)
    r"|an?\s+(?:easy|easier|good|great|nice|simple|quick)\s+way\b|an?\s+(?:(?:pretty\s+much|almost|very|really)\s+)?"
    r"(?:easy|easier|good|great|nice|simple|quick|guaranteed|surefire|reliable|handy|powerful|cheap)\s+way\s+to\b"
    r"|an?\s+(?:much\s+|far\s+)?(?:more\s+\w+|less\s+\w+|better|worse)\s+way\b"  # "a more natural way to …": compared
    r"|an?\s+(?:contraction|abbreviation|acronym)\s+(?:of|for)\b"  # "'grep' is a contraction of …": what it stands for
    # "Exit abuse is a serious barrier to …", "… is an unsolved problem", "a solution that is far from ideal",
    # "… a whole lot better than 800": a judgement of it, not what it is
    r"|an?\s+(?:serious|major|big|huge|real|significant|unsolved|open|key|main)\s+"
    r"(?:barrier|obstacle|hurdle|challenge|problem|issue|concern|threat)\b"
    r"|an?\s+(?:\w+\s+)?solution\s+that\s+is\s+far\s+from\b|(?:a\s+(?:whole\s+)?lot\s+)?(?:better|worse)\s+than\b"
    # "Fixed interval is the least productive and the easiest to extinguish": a ranking among others, no noun said
    r"|the\s+(?:most|least)\s+\w+\s+and\s+the\s+(?:most\s+|least\s+)?\w+"
)
