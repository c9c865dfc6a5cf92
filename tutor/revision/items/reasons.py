"""Reason questions: "X because Y" asks "Why …X?" (the answer: Y); "so that", "in order to" ask for the purpose."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    ELSEWHERE,
    PREPOSITIONS,
    REPORTING,
    STOPWORDS,
)
from tutor.english.text import content_terms, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.answers import ONLY_REASONS, cut_answer
from tutor.revision.items.claim_questions import NOT_PARTICIPLES, as_question
from tutor.revision.items.clauses import plural_verb, verb_at
from tutor.revision.items.context import (
    DISCOURSE,
    UNNAMED_MANY,
    Context,
    base_forms,
    declarative,
    finite,
    merged_heading,
    reads_alone,
    stands_alone,
)
from tutor.revision.items.record import QuizItem, item_id, passage_item, sentence_case, unit_reading

_REASON = re.compile(
    r"(?:,\s*|\s+)(because(?: of)?|due to|thanks to|as a result of|in response to|so that|in order to|by)\s+", re.I
)
_CREDITED = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et al\.)?\s*\((?:1[5-9]|20)\d\d[a-z]?\)")
_OPENING_REASON = re.compile(r"^(because|in response to|due to|thanks to|as a result of)\s+", re.I)
# "As it is …, Y", "Since no type information is available, Y": a reason when its verb states what is so
_OPENING_STATE = re.compile(r"^(as|since)\s+(?!(?:long|soon|far|well|much|if|though)\b)", re.I)  # not "As long as …"
_STATES = frozenset("is are am has have does do can cannot must".split())
_ASIDE_TO_KNOWING = re.compile(
    r"(?i)as\s+(?:you|we|I|one)\s+(?:can|could|may|might|will|would)\s+(?:see|tell|imagine|guess|expect|notice)\b"
)
_NO_CLAIM = re.compile(r"(?i)(?:don['’]t|do not|never)\s|(?:relative|compared|similar|prior|next|close)\s+to\b")
_SUBORDINATORS = frozenset("although though whereas unless once while if when since because as".split())
_PURPOSE = ("so that", "in order to", "to")
# "States are using X as a weapon to establish …", "The quotient is used in the theorem to get …": what a thing is
# used for, when "use" is the clause's main verb
_USED_TO = re.compile(r"\b(?:use[sd]?|using)\s+[^,;:()]{2,80}?\s+(to)\s+(?=[a-z])")
_TO = re.compile(r"\s(to)\s+")
# "Economists use the term demand to refer to …": what a term names, asked as that, not "For what purpose do economists
# use the term demand?" (blind ratings: 6 of 6 verdicts fix it so)
_NAMES_A_TERM = re.compile(r"\b(?:use[sd]?|using)\s+the\s+(?:term|word|phrase|expression|label|name)\s")
_TERM_VERB = re.compile(r"(\w+(?:\s+(?:to|as))?)\s+(\S.*)")  # "refer to …", "describe …"
_JOINS = frozenset("and but or that which who whose".split())
_BETWEEN_VERBS = AUXILIARIES | frozenset("also often still now commonly widely mainly mostly usually sometimes".split())
_STATEMENT_REASONS = ("because", "as", "since")  # a clause follows, its subject first ("to A and B": one aim)
_NOUN_REASONS = ("because of", "due to", "thanks to", "as a result of", "in response to")  # a noun phrase follows
_MEANS = "by"  # "States foster relations by using …": "How do states foster relations?", answered "by using …"
# words the answer keeps: "by using …" says how; "so that patterns emerge" is a clause ("in response to new disputes"
# is asked "In response to what …?", answered "new disputes")
_KEPT = (_MEANS, "to", "so that")
_ASKED_BY = {_MEANS: "How", "in response to": "In response to what"}  # how it is done; what set it off, not why
_OWN_REASON = re.compile(r"(?i)\b(?:thanks to|due to|because of)\b")  # the claim gives its own reason
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_ASIDE_TO_READER = re.compile(r"(?i)(?:note|notice)\s+(?:also\s+)?that\b")
_DEFINING = re.compile(
    r"(?i)\b(?:refers?|referred|referring)\s+to\b|\b(?:is|are)\s+defined\s+as\b|(?<!by )\b(?:means|denotes)\b"
)
_AIM = re.compile(r"\b(?:is|are|was|were)\s+to\s+\w+")  # "The secret of success is to organize the cache so that …"
_CLAIMS_OWN = re.compile(r"\b(?:it|its|they|them)\b", re.I)  # in a reason, the claim's subject
_ASIDE = re.compile(
    r",?\s+(?:of course|in fact|indeed|however|therefore|after all)\b,?(?=\s|$)"
    r"|,\s+not (?:just|only|merely)\s[^,]{1,40},",
    re.I,
)  # "Many applications, not just Webtable, choose …": the aside left out
# adverbs that weigh or hedge the reason after them: "… simply because", "…, usually because of …"
_FOCUS = frozenset(
    "simply just only partly mainly largely precisely mostly perhaps usually often probably possibly typically "
    "generally primarily chiefly presumably apparently sometimes frequently solely partially entirely".split()
)
# a focus word near the claim's end that belongs to the reason after it: "… is only feasible because", "… was selected
# merely because"
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_ONLY_BECAUSE = re.compile(r"\s+(?:only|merely|solely|purely|simply|just)\b(?=(?:\s+(?!(?:the|an?)\b)\S+)?$)", re.I)


# a clause inside the claim, which the reason after it belongs to: "Scans are even faster since the tablet server can
# return … in response to …"
_INNER_CLAUSE = re.compile(r"\s(?:since|because|although|though|whereas|unless|if|while)\s", re.I)
# a claim that opens on a phrase before its subject ("Using hinted handoff, Dynamo …") or is a clause of time whose
# main clause comes after the reason ("After all sample hashes have been used to search … to form …, the bins …")
_OPENS_ASIDE = re.compile(
    r"^(?:[A-Za-z][a-z]+ing\b[^,]{0,80},\s+(?:[A-Z]|(?:the|an?|we|it|they)\s)|(?:[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce)\s[^,]*$)"
)  # not "Iterating over a vector, whether immutably or mutably, is safe …": a gerund, the claim's subject
_SHELL_THAT = re.compile(r"(?i)^the\s+(?:intuition|idea|point|upshot|claim|lesson)\s+(?:here\s+)?is\s+that\s+")
# "The main drawback of a VM is that it can be slow, because …": the claim is about the VM ("Why can a VM be slow?")
_SHELL_OF = re.compile(
    r"(?i)^the\s+(?:\w+\s+)?(?:drawback|downside|disadvantage|advantage|benefit|upside|problem|catch)\s+(?:of|with)\s+"
    r"([^,;:]{3,60}?)\s+is\s+that\s+((?:it|they)\s+)?"
)


def _unshelled(claim: str) -> str:
    """The claim a shell noun frames: "The intuition is that volatility is attractive …" -> "volatility is attractive
    …", "The main drawback of a VM is that it can be slow" -> "a VM can be slow"."""
    claim = _SHELL_THAT.sub("", claim.strip())
    shell = _SHELL_OF.match(claim)
    if shell and not shell.group(2):
        return ""  # "The disadvantage of strategy 3 is that changing the node membership requires …": not strategy 3's
    return f"{shell.group(1)} {claim[shell.end() :]}" if shell else claim


def _plain_claim(claim: str) -> str:
    """The claim a reason is given for, without what only frames it: a shell noun ("The intuition is that …"), "only"
    ("… is only feasible because …"), "in part", "especially"."""
    claim = _unshelled(claim)
    if not _NEGATED.search(claim):  # "… need not be valuable only because …" says the reverse without "only"
        claim = _ONLY_BECAUSE.sub("", claim.strip().rstrip(",;:—-. "))  # "… is only feasible because …"
    return re.sub(
        r"\s+(?:at least\s+)?in (?:large\s+)?part$|,\s+(?:especially|particularly|mainly|largely|partly|mostly)$"
        r"|\s+(?:obviously|clearly|evidently|presumably|probably|apparently|largely|mainly|mostly|partly|primarily)$",
        "",
        claim.strip().rstrip(",;:—-. "),
    )  # "… in part because", "… remain imprecise, especially because", "… higher than read latencies obviously because"


# a claim that its deed is not done: "Previous methods don't use the goal" (not "Bigtable clients, not just …")
_NOT_DONE = re.compile(
    r"(?i)\b(?:do|does|did|is|are|was|were|can|could|will|would|should|must|may)\s+not\b|n[’']t\b|\bnever\b"
)


def why_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """ "Outages can be prolonged because Y" -> "Why can outages be prolonged?" (answer: Y), or "The text says:
    “X.” Why?" when the claim's subject and verb are not plain to see; "so that"/"in order to" ask the purpose."""
    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    opening = _OPENING_REASON.match(sentence) or _OPENING_STATE.match(sentence)
    state = opening is not None and opening.re is _OPENING_STATE  # "As it is …, Y", "Since X is …, Y"
    if state and opening and not _stated_cause(opening.group(1), sentence.split(",")[0]):
        return None  # "As the field grew, …", "Since it was founded, …": when, not why
    if opening:  # "Because X, Y", "In response to X, Y", "Since X is …, Y"
        comma = sentence.find(",")
        if comma < 0:
            return None
        reason, claim, word = sentence[opening.end() : comma], sentence[comma + 1 :], opening.group(1).lower()
    else:
        m = next((m for m in _REASON.finditer(sentence) if m.start() > 0 and _gives_reason(m, sentence)), None)
        m = m or _used_for(sentence)
        if not m:
            return None
        claim, reason, word = sentence[: m.start()], sentence[m.end() :], m.group(1).lower()
    if _ASIDE_TO_READER.match(sentence) or _DEFINING.search(claim) or _result(word, sentence, reason):
        return None  # "Note that the spins … are aligned so that …": an aside; "Hormonal stimuli refers to the release
        # of a hormone in response to another hormone": what the term means; a result (`_result`)
    if _OWN_REASON.search(claim) or claim.count("(") > claim.count(")") or len(_SPACED_DASH.findall(claim)) == 1:
        return None  # "PixelCNN is faster … thanks to …, since …", "X can be fast (though … because …)", "summative
        # assessments - used after instruction to …": its own reason, an aside's, a label's gloss (no claim)
    if _CREDITED.fullmatch(reason.strip().rstrip(".")):
        return None  # "… the LSTM model due to Hochreiter and Schmidhuber (1997)": whose it is, not why
    said = re.sub(r"^of\s+", "", reason.strip())
    reason = cut_answer(said, word in _PURPOSE, word in _STATEMENT_REASONS)
    reason = f"{word} {reason}" if word in _KEPT else reason  # "by using …", "in response to new threats"
    reason = f"to {reason}" if word == "in order to" else reason  # "to provide a consistent interface"
    reason = f"because {reason}" if word == "because" and re.match(r"that\s", reason) else reason  # "that
    # delivers viewers …" would read as a clause's "that"
    own = _CLAIMS_OWN.sub("", reason)  # "… interstate due to the diplomacy involved in it": the claim's subject
    if not reads_alone(own, answer=True) or set(reason.lower().split()) & ELSEWHERE:
        return None
    tail = claim.rsplit(",", 1)[1] if "," in claim else ""
    bare = re.sub(r"^(\s*(?:\w+\s+)?)\w+ed\b", r"\1", tail)  # the phrase without its participle: "each"
    participle = re.search(r",\s+\w+ing\b", claim) or bare != tail and not _has_finite_verb(f"x {bare}")
    if word in _PURPOSE and (participle or _AIM.search(claim) or _NOT_DONE.search(claim)):
        return None  # "…, making it … in order to …", "…, each ordered so that …", "The secret is to …": whose?;
        # "Previous methods don't use the goal to select a path": a purpose of what is not done
    if word in _NOUN_REASONS and any(w.lower() in AUXILIARIES for w in reason.split()):
        return None  # "an error triggered due to X might be served quickly": "due to" ends a noun phrase here
    if not _says_a_reason(reason) or UNNAMED_MANY.match(reason):
        return None  # "… is not extensively used due to the number of limitations": which, it does not say
    wh = "For what purpose" if word in _PURPOSE else _ASKED_BY.get(word, "Why")
    claim, reason = _only_way(_plain_claim(claim), reason, wh)
    if not claim or first_clause(claim) != claim:
        return None  # "X is based on Y, but extends it with Z by calling …": the reason is the last clause's
    # "…, originally not as works of art": no claim; "The text says: “…” How?" asks nothing a learner can follow
    prompt = claim_question(claim, wh, ctx, quoted=not state and wh != "How")
    if prompt is None or len(set(content_terms(reason)) & set(content_terms(claim))) > 1:
        return None  # "… distracts a human from improving the system …" gives "improve … the system" away
    prompt, reason = _what_a_term_names(claim, wh, prompt, said) or (prompt, reason)
    if wh == "How" and re.search(r"\bthan\b", reason):
        return None  # "… much easier to learn by doing than reading …": a comparison, not how
    if wh == "How" and _names_what(claim) or _inner_reason(claim, wh, word):
        return None  # "How is the Foundation a charity that …?": not what it is
    return reason_item(doc, section, (u, u), prompt, reason, claim, ctx, "why")


def _only_way(claim: str, reason: str, wh: str) -> tuple[str, str]:
    """ "The attributes can only be set by passing …" asks "How can the attributes be set?", answered "only by
    passing …": the "only" says the means is the one way, which the answer says."""
    only = (
        re.search(r"\b(?:can|could|may|must|will|should|is|are|was|were)\s+(only)\s+", claim) if wh == "How" else None
    )
    return (claim[: only.start(1)] + claim[only.end(1) + 1 :], f"only {reason}") if only else (claim, reason)


def _inner_reason(claim: str, wh: str, word: str) -> bool:
    """The reason belongs to a clause inside the claim, not to the claim: "an outcome … in which inflation can be
    reduced by …", "a feature that enables it to update the UI in response to …", "a data store where no updates are
    rejected due to …", "D₀ shows how … would change as a result of …", "Scans are faster since the server can return
    … in response to …", "After all hashes have been used … to form …"; or the claim opens on a phrase no question
    keeps whole ("Using hinted handoff, Dynamo ensures …")."""
    if re.search(r"\b(?:which|that|who|where)\b", claim) and (wh == "How" or word == "in response to"):
        return True
    if word in _NOUN_REASONS and re.search(r"\b(?:which|who|where)\b|(?<!,)\s(?:how|whether)\s", claim):
        return True  # not "Many of the questions that psychologists would like to answer cannot be pursued … because
        # of …": the subject's clause
    return bool(_INNER_CLAUSE.search(claim) or _OPENS_ASIDE.match(claim))


def _what_a_term_names(claim: str, wh: str, prompt: str, said: str) -> tuple[str, str] | None:
    """ "Economists use the term demand to refer to …" asks "What do economists use the term demand to refer to?",
    answered by what the term names (`said`, uncut: its "when" kept), not "For what purpose …?"."""
    termed = _TERM_VERB.match(said) if _NAMES_A_TERM.search(claim) and prompt.startswith(wh) else None
    if termed is None:
        return None
    return f"What{prompt[len(wh) : -1]} to {termed[1]}?", cut_answer(termed[2], statement=True)


def _says_a_reason(reason: str) -> bool:
    """A reason a learner can give in a few words of their own: not a name alone, a way, a question, or that there
    are reasons."""
    if word_count(reason) > tuning.WHY_REASON_WORDS or len(content_terms(reason)) < 2 or reason.endswith("?"):
        return False
    if not re.search(r"\b[a-z]{3,}\b", reason):
        return False  # "Thanks to Ruby-LSP, RuboCop is integrated …": a name, not a reason said
    if re.match(r"(?i)(?:how|what|whether)\s", reason):
        return False  # "… because of how they make plans depend on …": a way named, not the reason said
    return not ONLY_REASONS.fullmatch(reason)  # "Ergodicity is important for a range of reasons.": not which


def _result(word: str, sentence: str, reason: str) -> bool:
    """ "…, so that" with no modal after it: what follows, not what for ("High voltages pose greater hazards, so that
    transformers are employed …", "… did not end with the conclusion of the peace; so that though, on the 5th of January
    1764, the funded debt was increased …"; not "…, so that a rule serving several states can split in two")."""
    modal = re.search(r"\b(?:can|could|may|might|will|would|shall|should)\b", reason)
    return word == "so that" and re.search(r"[,;]\s*so that", sentence) is not None and not modal


def first_clause(claim: str) -> str:
    """ "LIR traces are type-specialized, and a compiler can …" -> "LIR traces are type-specialized", "the compiler
    has more flexibility and can …" -> "the compiler has more flexibility": what the reason before leads to is the
    first claim; "…, and cheap" closes no clause and stays."""
    for m in re.finditer(
        r"(?:,\s+(?:and|but|so|while)|;)\s+|\s+and\s+(?=(?:can|could|will|would|may|might|must)\s)", claim
    ):
        rest = claim[m.end() :]
        if _has_finite_verb(rest) or finite(rest.split()[0].lower()):  # "…, but extends it with …"
            return claim[: m.start()]
    return claim


_POINTER_ASIDE = re.compile(r"\s*\((?:compare|cf\.|see)\s[^()]*\)", re.I)  # where else to read, not the claim


def claim_question(claim: str, wh: str, ctx: Context, quoted: bool = True) -> str | None:
    """The question a reason answers: the claim asked "Why …?" (`as_question`), else (when `quoted`) quoted whole ("The
    text says: “X.” Why?"); None when the claim is no whole claim that reads on its own."""
    claim = claim.rstrip(" ,;:—–")  # "… is the supposedly witty put-down[,] probably because …"
    claim = _POINTER_ASIDE.sub("", claim)  # "… the same as all virtues (compare “Protagoras,” 350 following)"
    if REPORTING.search(claim):
        return None  # "The company said the lineup was introduced …": the reason is theirs, not the text's
    if re.match(r"[\d$£€]", claim):
        return None  # "1,600 workers look for jobs with the city": a step of a worked example (blind ratings: 0 keep)
    if not (stands_alone(claim) and _has_finite_verb(claim) and _whole_claim(claim)) or merged_heading(claim.split()):
        return None  # "At-least-once task execution At-least-once execution is guaranteed …": a heading ran in
    if not reads_alone(claim) or not tuning.WHY_CLAIM_WORDS[0] <= word_count(claim) <= tuning.WHY_CLAIM_WORDS[1]:
        return None
    claim = sentence_case(claim)  # not "F(x)" for "f(x)", "Cₜ" for "cₜ"
    asked = as_question(_ASIDE.sub("", claim), wh, ctx)  # "Congress of course likes …": "Why does Congress like …?"
    if asked is None or not asked and claim.split()[0].lower() in DETERMINERS:
        # "The recording artist thus benefited.": quoted whole, an article's noun would name nothing on its own
        return None
    if not asked and not (quoted and declarative(claim)) or not asked and finite(claim.split()[0]):
        return None  # "Learn how to use the components by checking out …": an instruction, not a claim; "Avoids
        # conflicts in module names …" (under "Pros"): a claim whose subject only its heading holds
    return asked or f"The text says: “{claim}.” {'Why' if wh == 'For what purpose' else wh}?"  # not "For what purpose?"


def reason_item(
    doc: Document,
    section: Section,
    units: tuple[Unit, Unit],
    prompt: str,
    reason: str,
    claim: str,
    ctx: Context,
    asked: str,
) -> QuizItem | None:
    """A short item whose answer is the reason: graded by its words that the claim does not say."""
    keys = ctx.key_terms(reason, claim)
    least = 1 if prompt.startswith(_ASKED_BY["in response to"]) else 2  # "the politicization of cyberspace": one
    if not keys or len(set(content_terms(reason)) - set(content_terms(claim))) < least:
        return None  # "… interstate due to the “diplomacy” involved in it": the claim's own word, no reason
    first, last = units
    iid = item_id("short", doc.source, doc.text[first.start : last.end], asked)
    return passage_item(iid, "short", doc, section, (first.start, last.end), prompt, reason, keys)


def _gives_reason(m: re.Match[str], sentence: str) -> bool:
    """ "by" gives a means only before a verb's "-ing" form ("by using …", not "by morning" or "by the court")."""
    if m.group(1).lower() != _MEANS:
        return True
    from lemminflect import getLemma

    following = sentence[m.end() :].split(" ", 1)[0].lower()
    if not following.endswith("ing") or "VERB" not in parts_of_speech(following):
        return False
    return getLemma(following, "VERB")[0] != following  # "by using", not "dominated by string processing"


def _used_for(sentence: str) -> re.Match[str] | None:
    """ "… use X to do Y": the "to" that says what for, when "use" is the main verb (only auxiliaries between the
    subject's verb and it), no other verb comes before "to", and a verb's base form follows it ("to establish", not
    "to the server"; not "kids who use a computer to …", "fair use … mean the right to …")."""
    for m in _USED_TO.finditer(sentence):
        ws, k = sentence.split(), len(sentence[: m.start()].split())  # the words, and where "use" is
        i = next((i for i in range(1, k + 1) if verb_at(ws, i) or plural_verb(ws, i)), 0)  # none: the subject's words
        if any(w.lower() not in _BETWEEN_VERBS for w in ws[i:k]) or any("," in w for w in ws[:i]):
            continue
        between = sentence[m.start() : m.start(1)].split()[1:]
        if any(finite(w) or w.lower() in _JOINS for w in between):
            continue  # "… using AI weren't using more tools but felt a need to …"
        following = sentence[m.end() :].split(" ", 1)[0].lower()
        if following in base_forms(following) and "VERB" in parts_of_speech(following):
            return _TO.match(sentence, m.start(1) - 1)  # from the space before "to", as `_REASON`'s matches are
    return None


def _names_what(claim: str) -> bool:
    """ "Raspberry Pi Foundation is charity organization that …", "A much better strategy is to learn …": the claim
    says what its subject is (a noun or an aim after "is"), not how it is ("dense encodings are also learnable")."""
    ws = [w.lower().strip(",") for w in claim.split()]
    at = next((k for k, w in enumerate(ws) if w in ("is", "are", "was", "were")), -1)
    after = [w for w in ws[at + 1 :] if not (w.endswith("ly") or w in NOT_PARTICIPLES)][:1] if at >= 0 else []
    pos = parts_of_speech(after[0]) if after else frozenset()
    return bool(after) and (after[0] in DETERMINERS or after[0] == "to" or pos == {"NOUN"})


def _stated_cause(word: str, clause: str) -> bool:
    """ "As it is the first true multistakeholder form …", "Since no concrete type information is available": the
    clause states what is so ("as" also what was), so it gives the reason; not "As nations are growing …" (while),
    "Since it was founded …" (from when), nor "As we have discussed" (how), which ends on its verb."""
    if _ASIDE_TO_KNOWING.match(clause):
        return False  # "As you can tell from the number of chapters, …": how the reader knows, not why it is so
    ws = [w.lower().strip(",;") for w in clause.split()]
    at = next((k for k in range(2, len(ws)) if finite(ws[k], nouns_too=True)), 0)
    if not at or at + 1 >= len(ws) or ws[at + 1].endswith("ing") or finite(ws[-1]):
        return False
    return ws[at] in _STATES | ({"was", "were"} if word.lower() == "as" else set())


def _whole_claim(claim: str) -> bool:
    """A claim worth asking why of: no colon, not "There is …"/"It is …", not cut before its last word
    ("… his contribution was"), and about something (three content words)."""
    ws = claim.split()
    last = ws[-1].lower().strip("”\"'),")
    opener = ws[0].lower()
    if ":" in claim or opener in STOPWORDS - DETERMINERS | _SUBORDINATORS | {"there", "it", "either", "neither"}:
        return False  # "Either in quantity … or in quality": no subject; "Although the network is deep": no claim
    if last in STOPWORDS | AUXILIARIES | _FOCUS and not ws[-1].strip("”\"'),").isupper():
        return False  # "… for languages like R" ends on a name
    if re.search(r"\bthere(?: is| are| was| were|['’]s)\b", claim, re.I) or _NO_CLAIM.match(claim):
        return False  # "Don't leave an unwanted contribution open because …": an order; "relative to closed source"
    if last.endswith(("'s", "’s")) or len(ws) > 1 and ws[-2].lower() in AUXILIARIES and last.endswith("ly"):
        return False  # "… but mostly that's", "… is apparently": stops before what it is
    if re.search(r",\s+(?:who|which)\b[^,]*$", claim):
        return False  # "Trump, who rallied voters": no claim
    if re.search(r"=\s*-?\d*\.\d", claim):
        return False  # "Hence, probability of class 1 is 1/(1+e^(-(-3))) = 0.0474": a step of a worked sum
    tail = claim.rsplit(",", 1)[-1].lower().split() if "," in claim else []
    if tail[:1] in (["and"], ["or"], ["but"]) and tail[1:2] and tail[1] in PREPOSITIONS | {"as"}:
        return False  # "… their own content, and as a by-product": the reason came inside an aside
    return len(content_terms(claim)) >= tuning.WHY_CLAIM_TERMS


def _has_finite_verb(clause: str) -> bool:
    """A clause, not a phrase: a word after the first that can be a verb other than an "-ing" form."""
    ws = [w.lower().strip(",;") for w in clause.split()[1:]]
    return any(finite(w) or "VERB" in parts_of_speech(w) and not w.endswith("ing") and w not in STOPWORDS for w in ws)
