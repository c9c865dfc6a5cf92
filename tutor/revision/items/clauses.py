"""Reading a clause for a question: where its verb is, what its subject reads as inside a question, and the "do"
a question puts before the verb ("Mozilla maintains …" -> "What does Mozilla maintain?")."""

from __future__ import annotations

import re

from tutor.english.dictionary import can_be_noun, is_english_word, parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    NUMBER_WORDS,
    PARTICLES,
    PREPOSITIONS,
    STOPWORDS,
    base_form,
    looks_plural,
)
from tutor.revision.items.context import Context, base_forms, finite
from tutor.revision.items.subjects import lower_article

_NEVER_VERBS = PREPOSITIONS | {"like"}  # "over the Crown", "like the Eldred Act": prepositions there
OBJECT_OPENERS = DETERMINERS | frozenset("all each every some any its their his her both many several".split())


def do_support(verb: str, before: str) -> tuple[str, str]:
    """The "do" a question puts before a verb, and the verb's base form: "invented" -> ("did", "invent"), "uses" ->
    ("does", "use"), "speakers discuss" -> ("do", "discuss"); "put", "set", "cut" are past after one subject
    ("mstriemer put a …": "did")."""
    from lemminflect import getInflection, getLemma

    lemma = getLemma(verb, "VERB")[0]
    # "used", "found" (find); not "need" or "exceed", which are their own lemma
    past = verb == "had" or lemma != verb and not verb.endswith("s")
    past = past or getInflection(lemma, "VBD") == (verb,) and not looks_plural(before.lower())
    return ("did" if past else "does" if verb != lemma and verb.endswith("s") else "do"), lemma


def in_question(subject: str, ctx: Context) -> str:
    """A sentence's subject inside a question: "Effective alerting systems" -> "effective alerting systems";
    a name keeps its capitals ("Network Security Services (NSS)", "Congress" where the text writes it so)."""
    first, _, rest = subject.partition(" ")
    if _gerund(first) and rest:
        return f"{first.lower()} {rest}"  # "Learning Sinatra before Rails" -> "learning Sinatra before Rails"
    if first.isupper() or rest[:1].isupper():
        return lower_article(subject)
    word = re.sub(r"['’]s$", "", first)  # "Today’s businesses": the word is "Today"
    parts = word.split("-")  # "Minimally-guided instruction": each part an English word
    english = all(is_english_word(w) for w in parts if w) and word.lower() not in ctx.named_words
    english = english and not any(w[1:] != w[1:].lower() for w in parts)  # "Auto-CoT": a capital inside is a name's
    if word.lower() in ctx.lowercase_words or english:
        return " ".join([first.lower(), rest]).strip()
    return lower_article(ctx.soften(subject))


def _gerund(word: str) -> bool:
    """ "Learning", "Testing": a verb's "-ing" form opening a sentence (not a name such as "Sterling")."""
    from lemminflect import getLemma

    low = word.lower()
    if not (word[:1].isupper() and low.endswith("ing")):
        return False  # most subjects: no lemma looked up
    lemma = getLemma(low, "VERB")[0]
    return lemma != low and is_english_word(lemma)


_BEFORE_VERB = frozenset("only also often always never just still usually typically generally".split())


def verb_at(ws: list[str], i: int) -> bool:
    """The sentence's main verb: finite, and not an adjective after a small word ("of specialized …"); a word
    that is also a noun ("mix", "raises") when an article follows it ("Earthworms mix the …")."""
    adverb = i > 1 and ws[i - 1].lower() in _BEFORE_VERB and ws[i - 2].lower() not in STOPWORDS  # "GPT only looks"
    if ws[i - 1].lower() in STOPWORDS and not adverb or ws[i][:1].isupper():
        return False  # "See 17 United States Code": a capitalised word is a name
    if ws[i - 1] in NUMBER_WORDS or i > 1 and ws[i - 1].endswith("ing") and ws[i - 2].lower() in PREPOSITIONS:
        return False  # "a loop with two nested loops", "the algorithm for building nested trace trees": a modifier
    w = ws[i].lower()
    then = ws[i + 1].lower() if i + 1 < len(ws) else ""
    if w.endswith("ed") and i + 2 < len(ws) and _verb_follows(ws, i + 2) and ws[i + 1].lower() not in STOPWORDS:
        return False  # "less technologically advanced states may be …", "The Rejection derived relation simply
        # selects …": a participle before the noun whose verb comes after
    if w.endswith("s") and i + 2 < len(ws) and "NOUN" in parts_of_speech(w) and ws[i + 2].lower() in OBJECT_OPENERS:
        if then in base_forms(then) and "VERB" in parts_of_speech(then) and then not in STOPWORDS:
            return False  # "Model-based approaches construct a model …": a plural noun, its verb after it
    inflected = "VERB" in parts_of_speech(w) and w not in base_forms(w) and not w.endswith("ing")
    phrasal = inflected and w.endswith("s") and then in PARTICLES and "NOUN" in parts_of_speech(ws[i - 1].lower())
    later = [x.lower() for k, x in enumerate(ws[i + 2 : i + 5], i + 2) if ws[k - 1].lower() != "to"]  # not "to be"
    phrasal = phrasal and not set(later) & AUXILIARIES  # "the best books out there can make …": "books" is no verb
    if finite(w) or adverb and inflected or phrasal:
        return True  # "GPT only looks …": after "only", "looks" is no noun; "the cycle in beliefs shows up as …"
    if w not in _NEVER_VERBS and "VERB" in parts_of_speech(w) and not w.endswith("ing") and then in OBJECT_OPENERS:
        return True  # not "… to block something like the Eldred Act", "supremacy of parliament over the Crown"
    if i == 2 and ws[0].lower() in ("a", "an") and w.endswith("s") and w not in base_forms(w):
        return "VERB" in parts_of_speech(w)  # "A standard makes …": one thing, so "makes" is its verb
    named = ws[i - 1][:1].isupper() and i > 1  # "The Calvin Cycle fixes carbon": a name does not take a plural
    return named and w.endswith("s") and "VERB" in parts_of_speech(w) and w not in base_forms(w)


def _verb_follows(ws: list[str], k: int) -> bool:
    """An auxiliary or a finite verb at k, or one after an adverb there ("… relation simply selects")."""
    w = ws[k].lower()
    if w in AUXILIARIES or finite(w) and not w[:1].isupper():
        return True
    return w.endswith("ly") and k + 1 < len(ws) and finite(ws[k + 1].lower())


def plural_verb(ws: list[str], i: int) -> bool:
    """A verb's base form after a plural noun ("States foster relations …"): what `verb_at` leaves to context; not
    "be" ("the requirement that works be deposited": a wish, inside a clause)."""
    before, w = ws[i - 1].lower(), ws[i].lower()
    if before in _BEFORE_VERB and i > 1 and ws[i - 2].lower() not in STOPWORDS:
        before = ws[i - 2].lower()  # "Biofilms also produce …": the noun before the adverb
    if before in STOPWORDS or not looks_plural(before) or "VERB" not in parts_of_speech(w):
        return False
    if w in {"be"} | PARTICLES | _NEVER_VERBS:
        return False  # "shows up", "regular variables like let timeoutID don't …": no verb
    from lemminflect import getInflection

    if w not in base_forms(w) or w.endswith("ing") or getInflection(w, "VBD") == (w,):
        return False  # "firewalls spread quickly": now, or then?
    if i + 1 < len(ws) and finite(ws[i + 1].lower()) and "ADV" in parts_of_speech(w):
        return False  # "The United States still has …": an adverb before the verb, not the verb
    # "Biofilms": a noun the tables lack is a noun still; not "Norton's"
    return before.isalpha() and can_be_noun(before)


def fill_template(template: str, subj: str, groups: list[str], named_plural: bool | None = None) -> str:
    """The template filled in, its verbs agreeing with the subject the sentence's verb shows, or with a name's own
    number (`named_plural`: "Markov Chains is used …" asks "What are Markov Chains used for?")."""
    verb = groups[0].lower() if groups else ""
    past = verb in ("was", "were", "led") or verb.endswith("ed")
    plural = verb in ("are", "were") or bool(verb and not verb.endswith("s"))
    plural = plural if named_plural is None else named_plural
    be = ("were" if plural else "was") if verb in ("was", "were") else "are" if plural else "is"
    return template.format(
        subj=subj,
        Subj=subj[:1].upper() + subj[1:],
        be=be,
        do="did" if past else "do" if plural else "does",
        verb=base_form(verb) if verb else "",
        adj=groups[-1].lower() if groups else "",
    )


_MANY_OF = frozenset("number couple lot majority variety range series host handful bunch few".split())  # "… of X are"


def name_number(subject: str) -> bool | None:
    """Whether a short name is plural by its last word ("Markov Chains", not "Mozilla Summit"), or a short phrase by
    a plural not made with "s" ("humoral stimuli") or by its head ("regular expressions"), a phrase with a singular
    head before "of" singular ("a good choice of models"); None for another phrase, whose head the sentence's verb
    knows better."""
    from lemminflect import getAllLemmas

    ws = [w for w in subject.split() if w.lower() not in ("the", "a", "an")]
    lows = [w.lower() for w in ws]
    of = lows.index("of") if "of" in lows else 0
    if of and not looks_plural(lows[of - 1]) and lows[of - 1] not in _MANY_OF:
        return False  # "Good choice of models allow …": a choice, whatever the text's verb says
    if not 1 <= len(ws) <= 3 or not ws[-1].isalpha():
        return None
    last = ws[-1].lower()
    nouns = getAllLemmas(last).get("NOUN")
    headed = not last.endswith("s") or not {w.lower() for w in ws} & PREPOSITIONS  # not "amount of parameters"
    if nouns and ws[-1].islower() and last not in nouns and headed:
        return True  # "Humoral stimuli refers to …", "Regular expressions, commonly abbreviated as “regex”, is a
        # language …": a plural of its own, whatever the verb says
    if not all(w[:1].isupper() for w in ws):
        return None
    return last not in nouns if nouns else None  # "Chains": a plural; "Commons", "Summit": not; "Pdf.js": unknown


def head_noun(phrase: str) -> str:
    """The noun a noun phrase is about: its last word before a preposition, a clause or a comma ("the first people
    to reach …" -> "people", "a lawyer at Starwave" -> "lawyer")."""
    head = ""
    for w in phrase.split():
        word = w.lower().strip("“”\"'(),.;:")
        if word in PREPOSITIONS or word in ("who", "that", "which", "whose", "to") or not word:
            break
        head = word
        if w.endswith((",", ";", ":")):
            break
    return re.sub(r"['’]s$", "", head)


_DEGREE_WORDS = frozenset("less more most least".split())


def no_object(ws: list[str], i: int) -> bool:
    """The verb taken at `i` is no verb with an object: the subject before it holds the sentence's verb ("The masses of
    molecular clouds range from a thousand times …": not "times"), or how much follows it ("The spirit of party
    prevails less in Scotland than in England")."""
    if any(plural_verb(ws, k) for k in range(2, i)):
        return True
    after = ws[i + 2].lower() if i + 2 < len(ws) else ""
    return ws[i + 1].lower() in _DEGREE_WORDS and (not after or after in PREPOSITIONS | {"than"})


def ordered(ws: list[str]) -> bool:
    """An order, not a subject: "Make sure the CL follows …", "Check the log …" (a verb's base form, then what it
    acts on)."""
    from lemminflect import getLemma

    first = ws[0].lower()
    verb = "VERB" in parts_of_speech(first) and getLemma(first, "VERB")[0] == first
    return verb and ws[0][:1].isupper() and ws[1].lower() in DETERMINERS | {"sure", "that", "your", "all"}


def verb_first(answer: str) -> bool:
    """ "The Malay slaves soon ran away": the noun taken for a verb leaves a verb in the answer's first words."""
    return any(finite(w) and not w.endswith("ed") for w in answer.split()[:2])
