"""A question whose subject only its section can tell ("What do the bounds capture?", "What does the marker
ensure?", "What does Rust allow you to do?") says where it is asked: "In the section “Example 2: investment
problem”, what do the bounds capture?". The section is named by its own heading, or by the nearest heading above it
that says more than "Introduction" or "Summary", or else by the text's title."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.english.dictionary import is_english_word, parts_of_speech
from tutor.english.lexicon import NUMBER_WORDS, STOPWORDS
from tutor.english.text import content_terms
from tutor.records import Document, Section, file_title
from tutor.revision.items.answers import without_asides
from tutor.revision.items.record import QuizItem, uncapped

_ASKS = r"(?:What|Why|How|When|Which|Who)\s+(?:\w+\s+)?(?:does|do|did|is|are|was|were|can|could|has|have|will|must)"
# "the bounds", "the resulting dataset", "the third parameter": what the sentences before said
_POINTING = r"(?:resulting|above|following|previous|preceding|same|latter|former|first|second|third|last|next)"
_PARTICLE = r"(?:\s+(?:on|to|for|of|in|with|from|about|you\s+to\s+do))?"
_BARE_THE = re.compile(
    rf"^{_ASKS}\s+the\s+(?:{_POINTING}\s+)?(?:[a-z-]+\s+(?![a-z]+ed\b|made\b))?([a-z][a-z-]*)"
    rf"(?:\s+(?:not\s+)?[a-z]+{_PARTICLE})?\?$"
)  # "What does the computational graph depend on?", "Why do the conditional distributions not update?"
# "What does Rust allow you to do?", "What does linprog accept?": a one-word subject and a verb say nothing on their own
_BROAD_VERB = re.compile(rf"^What\s+(?:does|do)\s+(\S+)\s+[a-z]+{_PARTICLE}\?$")
_MEANING = re.compile(r"\s(?:mean|refer to|stand for)\?$")  # "What does coercion mean?" asks it anywhere
_NOT_SITUATED = frozenset("text article author authors book chapter lesson paper page section".split())
_PLACE_WORDS = 10  # a heading longer than this says something, rather than naming a place to ask in
_NAMING_WORDS = 5  # a heading that names its subject in full ("Resource Owner Password Credentials") is this short
_NUMBERED = re.compile(  # "4.1 Nesting", "CHAPTER VII. MISCELLANEOUS …": the number is the book's, not the topic
    r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|(?:chapter|part|book)\s+(?:\d+|[IVXLC]+)[.:])\s+", re.I
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{0,3}[A-Z]s?)\)")  # "What is Bayesian personalized ranking (BPR)?"
# headings that say where in a text, not what about
_STRUCTURAL = frozenset(
    (
        "introduction overview summary conclusion conclusions background discussion motivation preliminaries "
        "exercises exercise example examples details notes usage basics setup results recap review implementation "
        "training evaluation appendix preface foreword abstract"
    ).split()
)


# "In style transfer, the synthesized image is the only variable …": the field a sentence opens by saying it speaks
# within, which its question keeps; not a time ("In 2017", "In the past"), a place in the text ("In this section",
# "In the figure below") or a discourse marker ("In particular", "In other words")
_FRAME = re.compile(r"^(?:[•*-]\s*)?In\s+((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}),\s+\S")
_NOT_FRAME = frozenset(
    (
        "this that these those such which some most many each other particular general addition fact practice "
        "former latter same resulting present current our "
        "short summary contrast turn order case cases words end part total theory principle past future meantime "
        "following above below previous next first last example figure fig table equation code listing section "
        "chapter paper article text book lesson way sense terms response time recent years days early late mid "
        "january february march april may june july august september october november december spring summer fall "
        "autumn winter nutshell brief sum essence conclusion effect reality"
    ).split()
)


def framed(item: QuizItem) -> QuizItem | None:
    """The item asked within the field its sentence opens with ("In style transfer, what is the only variable …?"),
    or None when the sentence opens with none, or the prompt already says it or quotes the sentence."""
    frame = _FRAME.match(item.reading or item.text)
    if not frame or item.kind in ("cloze", "list") or item.prompt.startswith(("In ", "The text says")):
        return None
    if ";" in (item.reading or item.text):
        return None  # "In deductive reasoning, ideas are tested …; in inductive reasoning, observations lead to …":
        # the frame may be the first clause's only
    words = frame.group(1).split()
    if words[0].lower() == "the" and len(words) < 3:
        return None  # "In the address, the section before the colon …": the address of the example before
    if {w.lower() for w in words} & _NOT_FRAME or set(content_terms(frame.group(1))) <= set(content_terms(item.prompt)):
        return None
    return replace(item, prompt=f"In {frame.group(1)}, {item.prompt[0].lower()}{item.prompt[1:]}")


def situated(doc: Document, section: Section, item: QuizItem) -> QuizItem:
    """The item, its prompt prefixed with where it is asked when its subject needs that (see the module), and
    without what it says in brackets (`_unbracketed`); a count asked "How many …?" (`_counted`)."""
    return _unbracketed(_counted(item) or _situated(doc, section, item))


def _counted(item: QuizItem) -> QuizItem | None:
    """ "What does a cache miss result in? three trips" asks "How many trips does a cache miss result in?": the
    answer is a number of things, which "What" leaves for the learner to guess the kind of."""
    asked = _ASKED.match(item.prompt)
    count = re.fullmatch(r"(\d+|[a-z]+)\s+([a-z]+s)", item.answer)
    if not asked or not count or not (count.group(1).isdigit() or count.group(1) in NUMBER_WORDS[2:]):
        return None
    aux, subject, verb, particle = asked.groups()
    return replace(item, prompt=f"How many {count.group(2)} {aux} {subject} {verb}{particle}?")


def _unbracketed(item: QuizItem) -> QuizItem:
    """ "Why is the risk premium term (blue) positive throughout?", "What is npm (no capitals!)?": what a question
    says in brackets is an aside, a figure's colour or a remark, and it reads without it. A cloze or a prompt that
    quotes the text shows the text's words as they are."""
    if item.kind == "cloze" or "“" in item.prompt:
        return item
    kept = _ACRONYM.sub("\x00\\1\x01", item.prompt)  # "(BPR)": the initials a term goes by are no aside
    prompt = without_asides(kept).replace("\x00", "(").replace("\x01", ")")
    return item if prompt == item.prompt else replace(item, prompt=prompt)


def _situated(doc: Document, section: Section, item: QuizItem) -> QuizItem:
    in_frame = framed(item) or _named_by_heading(section, item)
    if in_frame:
        return in_frame
    if item.kind == "definition" or _MEANING.search(item.prompt) or not _leans_on_section(item.prompt):
        return item  # "What is the skewness?" asks what the term means wherever it is
    headed = _headed(item)
    if headed:
        return headed
    place = _place(doc, section)
    if not place or set(content_terms(place)) <= set(content_terms(item.prompt)):
        return item  # "What does the compiler rely on?" under "The compiler": the heading adds nothing
    shown = place.replace("---", "—").replace("--", "–")  # TeX's "The Encoder--Decoder Architecture"
    lead = f"In the section “{shown}”" if place != doc.title else f"In “{shown}”"
    return replace(item, prompt=f"{lead}, {item.prompt[0].lower()}{item.prompt[1:]}")


# "When should the credentials be used?": a question whose subject is "the" and one noun
_THE_NOUN = re.compile(
    r"^((?:What|Why|How|When|Which|Who)\s+(?:\w+\s+)?"
    r"(?:does|do|did|is|are|was|were|can|could|has|have|will|must|should|may|would|might)\s+the\s+)([a-z][a-z-]*)\b"
)


def _named_by_heading(section: Section, item: QuizItem) -> QuizItem | None:
    """ "When should the credentials be used?" under "1.3.3. Resource Owner Password Credentials" asks "When should
    the resource owner password credentials be used?": the heading names in full what the sentence shortens ("the
    token" under "Refresh Token"), its last word the very noun."""
    asked = _THE_NOUN.match(item.prompt)
    if not asked or item.kind in ("cloze", "list") or "“" in item.prompt:
        return None
    noun, after = asked.group(2), item.prompt[asked.end() :].split()
    if not after or parts_of_speech(after[0].strip("?").lower()) & {"NOUN", "VERB"} != {"VERB"}:
        return None  # "the retention duration", "the authorization code grant type": not the subject's head
    for title in (section.title, section.parent):
        words = _NUMBERED.sub("", title).split()
        modifiers = [w for w in words[:-1] if w.isalpha() and w.lower() not in STOPWORDS and not w.endswith("ing")]
        if 2 <= len(words) <= _NAMING_WORDS and words[-1].lower() == noun and len(modifiers) == len(words) - 1:
            named = " ".join(_lowered(w) for w in words)
            if named.lower() in item.prompt.lower():
                return None
            return replace(item, prompt=f"{asked.group(1)}{named}{item.prompt[asked.end() :]}")
    return None


def _lowered(word: str) -> str:
    """A heading's word as a sentence writes it: "Token" → "token"; "OAuth", "TLS" as set."""
    low = word.lower()
    return low if word[:1].isupper() and word[1:] == low[1:] and is_english_word(low) else word


_ASKED = re.compile(r"^What (does|do) (.+) ([a-z]+)((?:\s+(?:on|to|for|of|in|with|from|about))?)\?$")
# nouns that say how much or what sort, not what: "a set of …", "a kind of …"
_NO_HEAD = frozenset(
    "set number lot kind type sort variety range series group way part amount thing one use form".split()
)
_CLAUSE_AFTER = frozenset("to that which who whose where".split())
# nouns whose "that" clause says what they hold ("the inference that …"), and the words such a clause opens on
_CONTENT_NOUNS = frozenset("inference conclusion belief idea fact claim view assumption hypothesis notion".split())
_CLAUSE_SUBJECTS = frozenset("the a an this these it they he she we you i there all no every some".split())


def _headed(item: QuizItem) -> QuizItem | None:
    """ "What does GitHub reserve?", answered "the right to refuse service …", asks "What right does GitHub reserve?";
    "What do quarks obey? the Pauli exclusion principle": "What principle do quarks obey?". The answer's head noun
    says what is asked for, where the section's name would only say where; only when the head is modified by a noun
    or a clause, so that the answer says more than the head."""
    asked = _ASKED.match(item.prompt)
    ws = item.answer.split()
    if not asked or len(ws) < 3 or ws[0].lower() not in ("the", "a", "an"):
        return None
    k = 1
    while k < len(ws) and re.fullmatch(r"[\w-]+", ws[k]) and (ws[k][:1].isupper() or _nominal(ws[k].lower())):
        k += 1  # the noun phrase's words up to a preposition, a clause, an adverb or a comma
    if k < len(ws) and re.fullmatch(r"[a-z-]+,", ws[k]) and _nominal(ws[k][:-1]):
        if k + 1 < len(ws) and ws[k + 1].lower() in ("a", "an", "the"):
            return None  # "a data buffer, a header buffer, a fragment block bit table, …": a series, no one head
        ws, k = [*ws[:k], ws[k][:-1], ","], k + 1  # "a familiar file system interface, though …": its head ends it
    head, modifiers, after = ws[k - 1], ws[1 : k - 1], ws[k].lower() if k < len(ws) else ""
    if k == 1 or not head.isalpha() or not head.islower() or head in _NO_HEAD or "NOUN" not in parts_of_speech(head):
        return None
    if after in ("of", "and", "or", "as", "than") or k < len(ws) and not re.fullmatch(r"[\w-]+|,", ws[k]):
        return None  # "the life processes of organisms", "the borrowing limit and the cap …": the head is not all
    nouns = [w for w in modifiers if w[:1].isupper() or "NOUN" in parts_of_speech(w.lower())]
    if not (nouns or after in _CLAUSE_AFTER):
        return None  # "the entire computer": "What computer do VMs abstract?" asks nothing the answer says
    aux, subject, verb, particle = asked.groups()
    said = ws[k + 1].lower() if after == "that" and k + 1 < len(ws) else ""
    answer = " ".join(ws[k:]) if head in _CONTENT_NOUNS and said in _CLAUSE_SUBJECTS else item.answer  # "the
    # inference that the courageous man is …" answers "What inference …?" with what it says: "that the …"
    keys = item.key_terms if answer == item.answer else tuple(t for t in item.key_terms if t.lower() in answer.lower())
    return replace(item, prompt=f"What {head} {aux} {subject} {verb}{particle}?", answer=answer, key_terms=keys)


def _nominal(word: str) -> bool:
    return word not in STOPWORDS and bool({"NOUN", "ADJ", "PROPN"} & parts_of_speech(word))


def _leans_on_section(prompt: str) -> bool:
    bare = _BARE_THE.match(prompt)
    if bare:
        word = bare.group(1)
        return word not in _NOT_SITUATED and parts_of_speech(word) != {"ADJ"}  # "the same", not "the template"
    return bool(_BROAD_VERB.match(prompt))


def _place(doc: Document, section: Section) -> str:
    """The section's heading, else its parent's, else the text's title, whichever first says what it is about."""
    named = doc.title != file_title(doc.source)  # not "odin introduction to git"
    for title in (section.title, section.parent, doc.title if named else ""):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
        if title.rstrip().endswith(".") and not title.isupper() or len(words) > _PLACE_WORDS:
            continue  # "A malicious actor who manages to impersonate … will cause catastrophic damages.": a claim;
            # not an old book's heading in capitals, "GEOMETRICAL RATIO OF INCREASE."
        if words and not set(words) <= _STRUCTURAL | {"and", "the", "a", "of", "further", "more", "key"}:
            title = re.sub(r"^\[(.*)\]$", r"\1", title.strip())  # "[Dense Blocks]": a mark round the heading
            return uncapped(_NUMBERED.sub("", title).strip().rstrip("."))
    return ""
