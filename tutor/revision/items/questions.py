"""Questions a teacher asks of one sentence: who or what (its subject or object); years are in `years.py`, reasons
in `reasons.py`.

Each asks about what the sentence teaches and reads on its own: the sentence must not point back ("It…",
"This…"), and the question keeps the sentence's words (a subject question replaces the subject with "Who"/"What";
an object question asks "What did X <verb>?")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DEMONYMS,
    DETERMINERS,
    MONTHS,
    NOT_SUBJECT,
    PARTICLES,
    PREPOSITIONS,
    REPORTING,
    STOPWORDS,
    looks_plural,
)
from tutor.english.people import gender, named_person, names_people
from tutor.english.text import content_terms, stem, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.aims import aimed
from tutor.revision.items.answers import cut_answer, dated_by_writing, occasion, only_a_kind, points_elsewhere
from tutor.revision.items.appraisals import ranks
from tutor.revision.items.clauses import do_support, in_question, no_object, ordered, plural_verb, verb_at, verb_first
from tutor.revision.items.context import (
    DISCOURSE,
    LINKING,
    UNNAMED_MANY,
    Context,
    base_forms,
    declarative,
    finite,
    merged_heading,
    owner_elsewhere,
    reads_alone,
    stands_alone,
    unbalanced_quotes,
)
from tutor.revision.items.record import QuizItem, flip, item_id, passage_item, pick_wrong, shuffled, unit_reading
from tutor.revision.items.subjects import good_subject
from tutor.revision.terms import Term, candidate_terms, term_words

BLANK = "_____"
YEAR = re.compile(r"(?<![\d.,$£€-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d%-]|s\b|’s|'s)")
_WHEN_OPENS = re.compile(
    r"(?i)(?:each|every|last|next)\s+(?:year|month|week|day|night|morning|time|season|period|round|step|iteration|epoch|generation)\s+"
)
_APPOSITION = re.compile(r",\s[^,;:()]{3,160},\s")
# light verbs: "What does Mozilla provide?" has as many answers as the text has sentences about it
# ask for anything, or for what someone said ("What did the sheriff say? Wednesday that …")
EMPTY_VERBS = frozenset("have make take give get do go come seem appear remain see say tell add note".split())
EMPTY_VERBS |= frozenset("argue claim suggest think believe explain report state".split())  # what someone said
EMPTY_VERBS |= frozenset(["pose"])  # "What does ad blocking pose? a threat": the idiom gives its answer away
EMPTY_VERBS |= frozenset("undergo experience face".split())  # "What did New Zealand undergo? changes": any
EMPTY_VERBS |= frozenset("become find".split())  # "What did digital advertising become?", "What did Lorenz find?"
_LIGHT_VERBS = EMPTY_VERBS | frozenset("provide create use include publish offer show".split())  # ask broadly
# … of which a section with nothing else to ask may ask what a thing provides: "What does consumer surplus provide?";
# not "What does the Softmax classifier use?", "What does the training dataset include?" (blind ratings: fix, 1 keep
# in 23 verdicts of use, include, publish, show; 7 in 16 of provide)
_BROAD_VERBS = frozenset("provide create offer".split())
_DATE_FRAME = re.compile(r"In (?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+ )?(?:1[5-9]|20)\d\d, ")  # "In 1999, "
_FOCUS = frozenset("even still just only also".split())  # adverbs that are verbs too ("to even"), seldom after a noun
_HYPOTHETICAL = frozenset("would could might may".split())  # "the VM would try to …": an example, not a fact
# "Expressions in Vue templates can only …": a predicate that opens on the subject's last noun and a modal
_STILL_SUBJECT = re.compile(r"[a-z]\S*\s+(?:can|cannot|could|will|would|may|might|must|should|shall)\b")
_GENDERED = re.compile(r"\b(?:(she|her|hers|herself)|he|him|his|himself)\b", re.I)
# "What does Type C content raise? a different problem", "What did Alben bring? the idea …", "What does the compiler
# apply? the first rule": says nothing
_VAGUE_OBJECT = re.compile(
    r"(?i)(?:a (?:\w+ly )?(?:different|similar)|another|the same|something|a number of|a lot|a thing or two"
    r"|the (?:idea|point|thing)|an? (?:\w+ )?(?:role|part)(?: in)?$|an? (?:\w+ )?(?:role|part) in"
    r"|the (?:first|second|third|fourth|fifth|last|next|previous|final) \w+$"  # "the first rule": of which rules
    r"|an? (?:interesting|curious|remarkable|notable|striking) \w+(?: of \w+)?$"  # "an interesting pattern"
    r"|an? (?:\w+ )?(?:example|illustration|case in point)s?$)\b"  # "What does shoemaking provide? a good example"
)


def subject_item(doc: Document, section: Section, u: Unit, ctx: Context, people: set[str]) -> QuizItem | None:
    """ "Frank Rosenblatt invented the perceptron." -> "Who invented the perceptron?"; a thing's name -> "What …?".
    A person asked about becomes a multiple choice among the text's other people when it names three."""
    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    if sentence.endswith("?") or not stands_alone(sentence):
        return None
    frame = _date_before_person(sentence, people)
    sentence = sentence[len(frame) :]
    lead = next((t for t in candidate_terms(sentence) if t.start <= 4), None)
    if lead is None or sentence[: lead.start].strip().lower() not in ("", "the", "a", "an"):
        return None  # "When the VM executes …": the sentence does not start with its subject
    if lead.text.split()[0].lower() in NOT_SUBJECT or lead.text.split()[0].lower() in _FOCUSING:
        return None  # "While Uber preaches …": a subordinate clause, not the subject; "Even Ireland has …": a place
        # the sentence singles out, not who did something
    if not _askable_subject(lead, sentence, ctx):
        return None
    rest = sentence[lead.end :]
    apposition = _APPOSITION.match(rest)
    predicate = (rest[apposition.end() :] if apposition else rest).strip()
    predicate = re.sub(r"[.;:!]+(['\"”’]*)$", r"\1", predicate)  # "… a 'machine that can think.'" keeps its quote
    whole, predicate = predicate, cut_answer(predicate)  # "… universe, (gained …), and because …": one deed
    if not _one_predicate(predicate) or _BROKEN_PREDICATE.search(predicate):
        return None
    verb = predicate.split()[0]
    who = named_person(lead.text, people)
    person = who is not None and not sentence[: lead.start].strip()  # "The Conger claimed …" is no person
    answer = who if person and who else lead.text  # "Director David Lowery filmed …": "David Lowery"
    if not person and (
        not _local(lead, doc, section, ctx) or set(term_words(lead.text)) & set(term_words(section.title))
    ):
        return None  # "What provides hosting …? Mozilla Foundation" in a text on Mozilla, under "SeaMonkey"
    if not person and (_light(verb) or REPORTING.match(predicate) or _ranked(predicate)):
        return None  # "What has a strong emphasis on …?": the deed says nothing; "What said …?" asks for a source
    if word_count(predicate) > tuning.SUBJECT_PREDICATE_WORDS or not reads_alone(predicate, person=person):
        return None
    if not _one_deed(predicate):
        return None
    if whole != predicate and _INDEFINITE_END.search(predicate):
        return None  # "Who published an influential paper[ in 2005 titled …]?": which paper, the cut part said
    if re.match(r"(?:is|are|was|were)\s+(?:an?|one of)\s", predicate) and not person:
        return None  # "What is a built-in feature of Vue 3?": one of several, which the question cannot single out
    if {stem(w) for w in term_words(lead.text)} & set(content_terms(predicate)) or _inside(lead.text, predicate):
        return None  # "Who founded the Turing Institute?", "What … if one of its MutexGuards …? Mutex": named
    prompt = f"{'Who' if person or names_people(lead.text) else 'What'} {predicate}?"  # "Who called …? the King"
    prompt = f"{frame}{prompt[:1].lower()}{prompt[1:]}" if frame else prompt
    others = _other_people(people, answer, sentence, whole)
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "subject")
    if person and len(others) >= tuning.CHOICE_DISTRACTORS and flip(doc, u):
        cid = item_id("choice", doc.source, doc.text[u.start : u.end], "subject")
        choices = shuffled(cid, answer, pick_wrong(cid, others))
        span = (u.start, u.end)
        return passage_item(cid, "choice", doc, section, span, prompt, answer, (answer,), choices=choices)
    keys = tuple(w for w in term_words(answer) if w.lower() not in STOPWORDS)
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, answer, keys)


_INDEFINITE_END = re.compile(r"\b(?:an?|some)\s+(?:[\w-]+\s+)?[\w-]+$", re.I)
_FOCUSING = frozenset("even only also just too".split())
# "has observed, a common alpine species disappears" (the subject was in "As X has observed, …"), "written by his
# son, suspected" (a clause between subject and verb): the predicate the subject question would ask is broken
_BROKEN_PREDICATE = re.compile(r"^(?:\S+\s+){0,2}\S+,\s|,\s+\w+$")


def _date_before_person(sentence: str, people: set[str]) -> str:
    """ "In 1999, " before a person's name ("In 1999, W. Ford Doolittle proposed …"), which the question keeps ("In
    1999, who proposed …?"); "" for none."""
    frame = _DATE_FRAME.match(sentence)
    named = [t for t in candidate_terms(sentence[frame.end() :]) if t.start == 0] if frame else []
    return frame.group() if frame and named and named_person(named[0].text, people) else ""


def _one_predicate(predicate: str) -> bool:
    """A predicate whole, of one finite verb and enough words: not an aside or a quotation the cut left open, nor
    one whose subject goes on in it."""
    if len(re.findall(r"\s[–—]\s", predicate)) % 2 or unbalanced_quotes(predicate) or not predicate:
        return False  # "… the dieback disease – and threatening …": an aside the cut left open
    if _STILL_SUBJECT.match(predicate):
        return False  # "Expressions in Vue templates can only …": the term ended inside the subject ("templates can")
    if re.match(r"\w+ed\s+(?:to|by)\b", predicate) and re.search(r"\b(?:is|are|was|were)\b", predicate):
        return False  # "A Constitution designed to limit … was instead …": the deed comes later
    verb = predicate.split()[0]
    return (
        finite(verb)
        and verb.lower() not in _HYPOTHETICAL
        and len(content_terms(predicate)) >= tuning.SUBJECT_PREDICATE_TERMS
    )


def _ranked(predicate: str) -> bool:
    """ "is the most powerful part of Rails": where the writer ranks the subject, not what it is."""
    verb, _, described = predicate.partition(" ")
    return verb in ("is", "are", "was", "were") and ranks(described)


def _inside(name: str, predicate: str) -> bool:
    """A name the predicate spells inside a longer word ("Mutex" in "its MutexGuards")."""
    said = [w.lower() for w in re.findall(r"\w+", predicate)]
    return any(len(n) >= 4 and any(n in w and n != w for w in said) for n in (w.lower() for w in name.split()))


def _one_deed(predicate: str) -> bool:
    """A predicate that asks for one subject: not a denial, one of many, two deeds, a report or a deed of "the
    country"."""
    if owner_elsewhere(predicate):
        return False  # "Who is the country's monarch?": which country?
    if re.match(r"\S+\s+(?:not|never)\b|\S+n[’']t\b", predicate):
        return False  # "What was not in the position to …?": everything else was not either
    if re.match(r"(?:is|are|was|were)\s+(?:one|among|some)\b", predicate):
        return False  # "Who is one of America's forgotten inventor geniuses?": one of many
    if re.match(r"\S+,", predicate):
        return False  # "Thus, Judge Sentelle argued, the court …": the verb has no object, the clause after is another
    if re.search(r"\s+and\s+(?:is|are|was|were|has|have)\s", predicate):
        return False  # "Who is the queen and is represented by …?" asks two things
    if REPORTING.match(predicate) and not re.match(r"wr(?:ote|ites)\s+(?!that\b|[“\"‘])", predicate):
        return False  # "Who said that anything that touches …?": whose words, not what the text teaches; "Who wrote
        # the first published algorithm?" asks for a deed
    # "…, Else said": a report of what someone said, not the deed asked about
    return not re.search(r",\s+\S+(?:\s+\S+)?\s+(?:said|says|wrote|writes|notes|argues|explains)$", predicate)


def _other_people(people: set[str], answer: str, sentence: str, predicate: str) -> list[str]:
    """The wrong choices for a person: the text's other people, one name each ("Edwin Howard Armstrong", not also
    "Howard Armstrong"), none the sentence names, of the gender the predicate gives ("Who had married John Gille
    and changed her name?": women)."""
    by_surname: dict[str, str] = {}
    named = [p for p in people if " " in p and p != answer]
    named = [p for p in named if not any(p.startswith(f"{q} ") for q in (*named, answer))]  # "Margaret Hamilton Lego"
    for p in sorted(named, key=len, reverse=True):
        by_surname.setdefault(p.split()[-1], p)
    others = sorted(p for last, p in by_surname.items() if last not in sentence)
    pronoun = _GENDERED.search(predicate)
    if pronoun:
        others = [p for p in others if gender(p) == ("female" if pronoun.group(1) else "male")]
    return others


# how much or how well, after a verb that takes no object: "works the best", "matters most", "helps a lot"
_DEGREE = re.compile(r"(?i)(?:the\s+)?(?:best|worst|most|least|better|worse|a lot|a little)\b")


def object_item(doc: Document, section: Section, u: Unit, ctx: Context, broad: bool = False) -> QuizItem | None:
    """ "Mozilla maintains a developer documentation website …" -> "What does Mozilla maintain?": the subject
    before the sentence's first verb, the verb's base form, the object as the answer. `broad` also asks of the
    common verbs a section with nothing else to ask may need ("What does Firefox use?")."""
    from lemminflect import getLemma

    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    if sentence.endswith("?") or not (stands_alone(sentence) and reads_alone(sentence) and declarative(sentence)):
        return None
    ws = sentence.split()
    i = next((i for i, w in enumerate(ws[1 : tuning.DEFINITION_SUBJECT_WORDS + 1], 1) if verb_at(ws, i)), 0)
    if not i or any("," in w or ";" in w for w in ws[:i]) or _order_as(ws):
        return None  # "Half face to the right; carry the right toe …", "Take as a thought experiment …": orders
    subject, verb = " ".join(ws[:i]), ws[i].lower()
    if verb in PARTICLES | PREPOSITIONS | NOT_SUBJECT | _FOCUS:
        return None  # "Each scene ratchets up the tension": "up" is the verb's particle, the verb no verb to it;
        # "The band plays while …": "while" opens a clause; "Norms accompany even the smallest …": "even" no verb
    if not good_subject(subject) or i + 1 >= len(ws) or not _object_starts(ws[i + 1]) or not verb.isalpha():
        return None  # "flourished, and …": no object
    opener = re.sub(r"[’'].*", "", ws[0].lower())
    if merged_heading(ws[:i]) or ws[0].lower().endswith("ing"):
        return None  # "Executor The executor is …", "3.1 Trace A trace …"; "Observing CPU load …" is an activity
    if opener in ("there", "it", "a", "an") or any(LINKING.fullmatch(w.lower()) for w in ws[1:i]):
        return None  # "There's no …", "a common theme …", "white-box monitoring therefore allows …"
    if {"that", "which", "who"} & {w.lower() for w in ws[:i]} or ordered(ws) or no_object(ws, i):
        return None  # "every page that happens today distracts …": the subject is a clause
    said = " ".join(ws[i + 1 :])
    answer = cut_answer(said)
    if ":" in said and re.sub(r"\s*\([^()]*\)", "", said[: said.index(":")]).strip() == answer:
        return None  # "Rust uses a third approach: memory is managed …": the answer is after the colon
    answer, aim = aimed(answer, getLemma(verb, "VERB")[0])
    answer, after = _particle_apart(answer)
    light = EMPTY_VERBS if aim else _LIGHT_VERBS - _BROAD_VERBS if broad else _LIGHT_VERBS  # "… as its …?": one thing
    if verb in AUXILIARIES | _HYPOTHETICAL or getLemma(verb, "VERB")[0] in light:
        return None  # "is …" is a definition's; "has …", "provides …" ask for anything at all
    aux, lemma = do_support(verb, ws[i - 1])
    aux = "do" if ws[0].lower() == "both" and aux == "does" else aux  # "Both A and B performs …": two of them
    if aux == "did":
        return None  # "What did the Chozo detect?": one event of a story, open (they did much), seldom what it teaches
    if _VAGUE_OBJECT.match(answer) or UNNAMED_MANY.match(answer) or only_a_kind(answer) or _open_clause(answer):
        return None  # "What does Type C content raise? a different problem", "several advantages": says nothing
    if _complemented(answer) or _adjective_after(answer):
        return None  # "Jesse to admit …"; "the qualities essential" (its "for …" cut off): no whole noun phrase
    if _DEGREE.match(answer):
        return None  # "The text infilling strategy works the best though": how well, no object
    if dated_by_writing(answer) or points_elsewhere(answer):
        return None  # "… a new console last year": true when it was written; "the converse problem": of which
    if any(plural_verb(answer.split(), k) for k in range(1, min(3, len(answer.split())))) or verb_first(answer):
        return None  # "4K/HDR enhanced games look great": "games" is no object but a clause's subject
    n = word_count(answer)
    if not tuning.OBJECT_WORDS[0] <= n <= tuning.OBJECT_WORDS[1] or len(content_terms(answer)) < 2:
        return None
    when = _WHEN_OPENS.match(subject)  # "Each year the conference hosted …": "What did the conference host each year?"
    subject, after = (subject[when.end() :], f"{after} {when.group().strip().lower()}") if when else (subject, after)
    prompt, answer = _asked(subject, (aux, lemma, verb), f"{aim}{after}{occasion(said, answer)}", answer, ctx)
    keys = ctx.key_terms(answer, prompt)
    if len(keys) < 2:
        return None
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "object")
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, answer, keys)


def _order_as(ws: list[str]) -> bool:
    """An order to the reader that opens on a verb and "as" ("Take as a thought experiment a reviewer …")."""
    first = ws[0].lower()
    return ws[1].lower() == "as" and "VERB" in parts_of_speech(first) and first in base_forms(first)


def _asked(subject: str, verb: tuple[str, str, str], tail: str, answer: str, ctx: Context) -> tuple[str, str]:
    """ "What does X V …?" and its answer; a command glossed by what it does ("`da'` delete a single-quoted string")
    asks "What does da' do?", answered "delete a single-quoted string"."""
    aux, lemma, said = verb
    if aux == "do" and " " not in subject and re.search(r"[^\w.+#-]", subject):
        return f"What does {subject} do?", f"{said} {answer}"
    return f"What {aux} {in_question(subject, ctx)} {lemma}{tail}?", answer


def _particle_apart(answer: str) -> tuple[str, str]:
    """An object before its verb's particle, and the particle: "London dispersion forces hold the layers together
    [during …]" asks "What do they hold together?", answered "the layers"; ("answer", "") without one."""
    ws = answer.split()
    at = next((k for k in range(1, len(ws)) if ws[k].lower() in PARTICLES), 0)
    if at and ws[at - 1].endswith(","):
        return answer, ""  # "… to a tablet server, out of which only …": a clause after the object, no particle
    if at and (at + 1 == len(ws) or ws[at + 1].lower() in PREPOSITIONS):
        return " ".join(ws[:at]), f" {ws[at].lower()}"
    return answer, ""


def _object_starts(word: str) -> bool:
    """A direct object follows: not a preposition, an adverb, "that" or "to" (a clause or an infinitive)."""
    w = word.lower().strip("“\"',;:")  # "exists because, by nature, …": no object
    if w in PARTICLES or w in (STOPWORDS | PREPOSITIONS) - DETERMINERS or w.endswith(("ly", "ing")):
        return False  # "blew away the top": the verb is "blow away"; "depends upon …"
    return w[:1].isalnum() and not finite(w) and parts_of_speech(w) != {"VERB"}  # "requests originate …"


def _adjective_after(answer: str) -> bool:
    """A short answer that ends on an adjective after its noun, what it qualifies cut off: "the qualities essential"."""
    ws = answer.lower().split()
    return 1 < len(ws) <= 3 and looks_plural(ws[-2]) and "ADJ" in parts_of_speech(ws[-1])


def _complemented(answer: str) -> bool:
    """An object and what it is to do or be: "Jesse to admit …", "Yahoo to terminate …", "Jesse a pirate" ("What did
    the RIAA want?" asks two things); not "access to safe transport"."""
    ws = answer.split()
    for k in range(1, min(4, len(ws) - 1)):
        pos = parts_of_speech(ws[k + 1])
        if ws[k] == "to" and "VERB" in pos and not pos & {"NOUN", "ADJ"} and ws[0].lower() not in ("a", "an"):
            return True  # not "a request to fetch a resource": a noun and what it is for
    return bool(re.match(r"[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:a|an|the)\s", answer))


def _open_clause(answer: str) -> bool:
    """ "a landscape in which older, flickering neon signs": a relative clause the cut left without its verb; "the
    default value should be treated": a clause, its verb the modal's."""
    modal = re.search(r"\s(?:should|would|could|must|might|can|will|shall)\s", f" {answer} ")
    if modal and not re.search(r"\b(?:which|that|who|whom|whose|where|when|what|if)\b", answer[: modal.start()]):
        return True
    starts = [m.end() for m in re.finditer(r"\b(?:which|whom|whose|where)\b", answer)]
    return bool(starts) and not any(finite(w) for w in answer[starts[-1] :].split())


def _light(verb: str) -> bool:
    from lemminflect import getLemma

    lemma = getLemma(verb.lower(), "VERB")
    return bool(lemma) and lemma[0] in _LIGHT_VERBS


def _local(lead: Term, doc: Document, section: Section, ctx: Context) -> bool:
    """A name the text uses mostly in this section (not "Google SRE" in a book by Google SRE)."""
    return ctx.local([stem(w) for w in term_words(lead.text)], ctx.here(doc, section))


def _askable_subject(lead: Term, sentence: str, ctx: Context) -> bool:
    """A name (not a month or a nationality) or a quoted or hyphenated term, not the whole text's subject."""
    if lead.kind == "number" or lead.text.lower() in DEMONYMS or lead.text.lower() in MONTHS:
        return False
    if sentence[lead.end : lead.end + 2] in ("'s", "’s"):
        return False  # "Turing's test …": the subject is the test
    if not reads_alone(lead.text, answer=True):
        return False  # "Appendix B contains a list of …": a pointer to another part of the book
    stems = [stem(w) for w in term_words(lead.text)]
    if not stems or all(ctx.everywhere(s) for s in stems):
        return False
    return lead.kind == "name" and (" " in lead.text or lead.text.lower() not in ctx.lowercase_words)
