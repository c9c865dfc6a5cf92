"""Every English word list the tutor uses, each written once, with what it is for.

Modules name these lists instead of writing their own: when a list grows, every reader of it grows with it.
Lists are lower case; regular-expression alternations of them are made with `alternation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# ------------------------------------------------------------------ function words

# What a chat's question fills its pauses with ("anyway… what is FAISS?"): no subject, and no question word.
CHAT_FILLERS = frozenset("anyway anyways btw um uh hmm ok okay yeah kinda sorta".split())

# Words that carry no subject of their own: left out of search terms, key terms and names. Besides
# English function words, the words of a question's frame ("explain", "according") and of chat ("pls", "hey",
# the fillers above).
# Not "article": a text about "Article 5" needs it; "the article" of a question is a `SELF_REFERENCES`.
STOPWORDS = (
    frozenset(
        """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall according say says said tell explain describe mean means does did
    r u ur pls please hey hi hello so like kind kinds sort way ways thing things really just think""".split()
    )
    | CHAT_FILLERS
)

# Nouns a question names the text it is about with, after "the"/"this" ("What does the article say about …",
# "in this lesson"): not what it asks about, so no search term. Without the determiner ("Article 5") they count.
SELF_REFERENCES = ("article", "text", "texts", "lesson", "document")

# The articles: a heading that starts with one is already a noun phrase ("The Function of …").
DETERMINERS = frozenset("the a an".split())

# Words that open a noun phrase naming no one definite thing ("A mysterious universe", "Some terminology"): a
# heading that starts with one is asked about ("What does the text say about …?"), never "What is …?".
INDEFINITE_OPENERS = frozenset("a an some any this that these those my our your their its his her".split())

# Headings that name a part of the text itself: "What is the conclusion?" reads well, "… say about" does not.
PART_HEADINGS = frozenset("conclusion introduction summary overview recap".split())

# Question words: a heading that starts with one is already a question; a question that asks two things
# is split before one ("Which X …, and why Y?").
WH_WORDS = frozenset("how why what when where who which whom whose".split())

# Auxiliary and modal verbs: moved before the subject to make a question, never inside a definition's
# subject, and not the deed in "who did X" questions.
AUXILIARIES = frozenset(
    "is are was were be been can could does do did has have had will would should may might must".split()
)

# The modal verbs: what follows says what may, must or will be ("the Electors … shall have …", "Ctrl+C will cancel …").
MODALS = frozenset("shall will must may can should would could might cannot".split())

# Prepositions: a noun phrase's head is the word before its first one; they are never a key term.
PREPOSITIONS = frozenset(
    """of in on for to with from by at about among amongst between against into over under within without via
    upon toward towards across along around onto per through throughout during despite near beneath beside
    behind beyond amid except""".split()
)
# A verb's particle: "blew away", "shows up", "turns out"; no verb itself, nor the start of an object
PARTICLES = frozenset("away back apart together forward aside up down out off".split())

# Conjunctions that join the parts of a noun phrase or a list ("A, B and C").
CONJUNCTIONS = frozenset("and or".split())

# Small words that may link the capitalised words of one name ("Office of the Coordinator for Cyber Challenges",
# "Ministerio de Defensa").
NAME_LINKS = frozenset("of the for on in de".split())

# Further small words an acronym's long form may hold: they have no letter in the acronym ("Research and
# Development (R&D)", "Right to Privacy").
ACRONYM_LINKS = NAME_LINKS | frozenset("and to".split())

# Words written in capitals that name nothing ("a 200 OK").
NOT_NAMES = frozenset("ok okay".split())

# Capitalised small words a name never starts with ("In Germany" is "Germany").
NAME_OPENERS = DETERMINERS | frozenset("at in on for as by of to from with here there now then thus hence".split())

# A sentence whose subject is the one before it: a pronoun or "this/these …", perhaps after one introductory
# word ("Internally, it has…", "This restriction…").
POINTS_BACK = re.compile(r"^(?:\w+ly,\s+|also,\s+)?(it|its|they|their|this|these|he|she|his|her)\b", re.IGNORECASE)

# Words that start a phrase pointing back or around, not a name ("This Agreement", "Their Ministries").
POINTERS = frozenset("the a an this that these those it its their".split())

# Words a definition's subject never starts with: pronouns and the conjunctions of a subordinate clause.
NOT_SUBJECT = frozenset(
    """as although though while if because since when which who whom whose that there it this these those they
    he she we you i its their our his her such what where how why after before until unless once whereas whenever
    wherever whether""".split()
)

# Nouns for people: "Who is the country's monarch?", not "What is …".
PERSON_NOUNS = frozenset(
    "person people man men woman women monarch king queen prince princess president founder founders leader "
    "author inventor creator chief ceo director chairman minister emperor ruler settlers explorer scientist "
    "lawyer judge senator politician activist professor researcher engineer journalist writer publisher "
    "bookseller economist historian artist musician composer producer actor actress student teacher "
    "philosopher mathematician physicist chemist biologist psychologist entrepreneur investor executive "
    "officer diplomat general soldier poet novelist editor architect designer programmer developer member citizen"
    " bishop astronomer pupil disciple singer pianist violinist organist painter sculptor playwright dramatist critic"
    " scholar monk priest pope knight minstrel troubadour merchant physician surgeon theologian botanist naturalist"
    " statesman admiral governor duke"
    " daughter son mother father sister brother child children infant baby wife husband parent teenager adult"
    " colonist worker farmer slave servant delegate representative loyalist patriot immigrant voter resident owner"
    " employer employee consumer participant volunteer victim".split()
)

# Person nouns that name tools and parts as often ("Vim is a modal editor", "a Kafka consumer", "a worker"):
# a person only when the subject is one of the text's people.
TOOL_OR_PERSON = frozenset("editor reader writer publisher producer consumer worker".split())

# What makes "the … of X" the one thing of its kind: "the main cause", "the first people", "the only state".
UNIQUE_MODIFIERS = frozenset(
    "first last only main primary principal chief leading sole single most root default canonical quintessential"
    " archetypal".split()
)

# Words that point elsewhere in the text ("the following", "the latter"): a subject with one is not
# understood without its neighbours.
ELSEWHERE = frozenset("following above below former latter".split())

# Verbs that report what someone said ("Zuckerberg said …", "Authorities told …"), in their inflected forms.
REPORTING_VERBS = frozenset(
    """says said tells told adds added notes noted reports reported writes wrote claims claimed argues argued
    explains explained stresses stressed""".split()
)

# Shell nouns: abstract nouns whose content a sentence before supplies ("the important issue", "a good example")
SHELL_NOUNS = frozenset(
    """issue issues example examples point problem question idea fact reason thing way case matter result process
    aspect factor effort difference situation fight change step answer solution approach challenge concern
    argument claim view analogy story stories""".split()
)

# Words that end a list's last element ("A, B and C, which …", "… and C are …"): subordinators and verbs.
ELEMENT_ENDS = "while because since which who whom that when whereas are is was were have has can will may".split()

# Subordinators that end a definition's answer ("X is Y because …").
ANSWER_ENDS = ("because", "while", "since", "whereas", "so that", "according to")

# Adjectives that judge rather than classify: "a great way to …", "a complicated beast" define nothing
JUDGEMENTS = frozenset(
    "great good bad excellent wonderful terrible awful complicated fantastic nice perfect amazing beautiful"
    " fine funny lovely brilliant remarkable impressive exceptional outstanding superb awesome mere legitimate".split()
)

# Prepositions that end the last element of a series when it runs on ("… and trade with neighbours").
SERIES_ENDS = ("to", "by", "for", "in", "on", "at", "from", "with")

# Prepositions that never appear inside an element of a series other than the last.
INSIDE_SERIES = frozenset("by to from with for".split())

# Words a lead-in ends in "-s" that are not the plural noun it announces ("as follows", "includes").
LEAD_IN_VERBS = frozenset("follows includes states".split())

# Linking adverbs at the start of a sentence ("Moreover, …"): dropped from subjects and clozes ("After all, …"; not
# "After all sample hashes have been used …").
DISCOURSE_MARKERS = [
    "moreover", "furthermore", "additionally", "however", "yet", "so", "therefore", "thus", "nowadays",
    "unfortunately", "fortunately", "hence", "nevertheless", "in a nutshell", "for example", "for instance",
    "in short", "in fact",
    "also", "finally", "in addition", "in summary", "overall", "obviously", "of course", "indeed", "still",
    "either way", "instead", "meanwhile", "similarly", "likewise", "consequently", "as a result", "in other words",
    "besides", "then", "clearly", "in the end", "ultimately", r"after all(?=\s*,)", "in practice", "actually",
    "on the other hand", "in contrast", "by contrast", "at the same time", "conversely", "for one",
]  # fmt: skip
# A sentence given as an example: "For example, …", "For instance, …", "e.g. …"
AS_EXAMPLE = re.compile(r"(?i)\b(?:for example|for instance|e\.g\.)(?!\w)")
# Conjunctions a sentence may open with ("But Armstrong discovered …"): not part of its subject
OPENING_CONJUNCTIONS = ["but", "and", "or"]

# Verbs a heading may start with when it tells the reader to do something ("Learn Cyber Diplomacy …").
IMPERATIVES = frozenset(
    """learn understand explore discover master study meet join get find build use choose know start become read
    see improve develop prepare apply register""".split()
)

# Abbreviations after which a period does not end a sentence; the titles before a name too ("a new and revised
# edition of Capt. Calthrop's translation", "Gen. Washington", "Rev. Martin Luther King").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st vs etc e.g i.e u.s u.k u.n no nos fig al approx inc ltd co jr sr "
    "capt col gen lt maj sgt cpl adm cmdr gov sen rev hon".split()
)

# ------------------------------------------------------------------ numbers and time

# Number words, each at its value's index: a list item's prompt says "Name the three …".
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()

# Words that give an amount without a figure ("dozens of ministries", "several states").
QUANTITY_WORDS = "dozen dozens hundred hundreds thousand thousands million millions several many".split()

# Ordinal words and the item of a list they point at (from 1; -1 for the last).
ORDINALS = {
    "first": 1, "1st": 1, "former": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "last": -1, "latter": -1, "final": -1,
}  # fmt: skip

MONTHS = "january february march april may june july august september october november december".split()

# Decades in words, as a learner says them ("the late eighties"), and as texts write them.
DECADES = {
    "twenties": "1920s", "thirties": "1930s", "forties": "1940s", "fifties": "1950s",
    "sixties": "1960s", "seventies": "1970s", "eighties": "1980s", "nineties": "1990s",
}  # fmt: skip

# Words that name a time without a date ("a decade ago", "in the summer"); "years? ago" is a pattern.
PERIODS = ["decade", "century", "years? ago", "summer", "winter", "spring", "autumn"]

# ------------------------------------------------------------------ names

# A people's name for its country ("American" for the U.S.): the question may say one, the text the other.
DEMONYMS = {
    "american": "America, US, USA, U.S., United States",
    "british": "Britain, UK, U.K., United Kingdom, England",
    "english": "England, Britain, UK",
    "french": "France",
    "german": "Germany",
    "russian": "Russia",
    "soviet": "Soviet, USSR, Russia",
    "chinese": "China",
    "japanese": "Japan",
    "korean": "Korea",
    "indian": "India",
    "european": "Europe, EU, European Union",
    "italian": "Italy",
    "spanish": "Spain",
    "dutch": "Netherlands, Holland",
    "swiss": "Switzerland",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "estonian": "Estonia",
    "polish": "Poland",
    "ukrainian": "Ukraine",
    "turkish": "Turkey",
    "israeli": "Israel",
    "iranian": "Iran",
    "saudi": "Saudi Arabia",
    "canadian": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "australian": "Australia",
    "african": "Africa",
    "nigerian": "Nigeria",
    "egyptian": "Egypt",
    "pakistani": "Pakistan",
}

# ------------------------------------------------------------------ other languages

# Frequent function words of the major Latin-script languages that are not English words.
FOREIGN_WORDS = frozenset(
    """le la les des du une est sont qu que qui quoi quel quelle quels quelles pourquoi comment où ce cette ces
    dans sur avec pour pas et ou il elle ils elles nous vous leur leurs été être fait
    el los las una es son qué cuál cuáles cómo dónde por para con del al sus su y o muy también según sobre
    der das und ist nicht ein eine einer eines dem den wie warum welche welcher wer wo sind mit von zu auf für
    il di che per non sono della delle degli gli cosa perché qual quale quali è
    os uma não são da das dos em com porque quais
    het een ik je zijn wat waarom hoe niet van voor""".split()
)

# ------------------------------------------------------------------ site furniture and FAQs

# Headings of a text's own questions and answers: the sections under one are its FAQ entries.
FAQ_HEADINGS = ["faqs?", "frequently asked questions?", "questions and answers", r"q\s*&\s*a"]

# Headings of what a web page carries around its text: author bios, the publisher's promotion, comment
# boxes, reading lists. Such a section is neither revised nor made an FAQ entry. The whole heading ("References",
# "Comments (12)"; not "References and Borrowing", "Register allocation", "Contact forces"), or how it opens ("About
# the author: Jane Doe", "Leave a Reply Cancel reply")
FURNITURE_HEADINGS = [
    "the author", "author", "author bio", "biography", "bio", "contact( us| me)?", "newsletter", "comments?",
    "register", "advertisement", "((normative|informative|cited) )?references", "bibliography", "contents",
    "(end|foot)?notes", "citations", "acknowledge?ments", "authors?['’]?s?['’]? (address(es)?|information)",
    "copyright notice", "(additional|further|other|useful|extra) (resources|references|links|reading|learning)",
]  # fmt: skip
FURNITURE_OPENINGS = [
    "about (the )?authors?", "related (posts|articles)", "share this", "leave a (reply|comment)", "subscribe",
    "sponsored", "further reading", "table of contents", "external links", "see also",
]  # fmt: skip

# A web page's controls, kept as a list when it was saved ("Share on Twitter", "Close", "1 of 5", "Next")
UI_CONTROLS = re.compile(
    r"(?i)^(?:share(?: on \w+)?|tweet|e-?mail|print|close|open|next|prev(?:ious)?|back|more|full ?screen|thumbnails"
    r"|menu|search|home|log ?in|sign (?:in|up)|subscribe|\d+ of \d+)$"
)

# Front-matter fields that name the author or the site: a section that names them is about them, not the subject.
SITE_FIELDS = ("author", "publisher", "site", "site_name")

# ------------------------------------------------------------------ word forms

# Endings of words that end in "s" without being plurals or third persons ("class", "status", "analysis").
SINGULAR_S = ("ss", "us", "is")

# Endings after which a verb's "-s" is "-es" ("pushes", "fixes").
ES_ENDINGS = ("sses", "xes", "zes", "ches", "shes")

_IRREGULAR_PLURALS = frozenset("people children men women mice feet teeth geese criteria phenomena".split())


def looks_plural(word: str) -> bool:
    """A plural noun or a verb's third person by its spelling: "challenges", "creates", "people", not "status"."""
    return word.endswith("s") and not word.endswith(SINGULAR_S) or word.lower() in _IRREGULAR_PLURALS


def base_form(verb: str) -> str:
    """The verb without its third-person "-s": "creates" -> "create", "applies" -> "apply"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(ES_ENDINGS):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def alternation(words: Iterable[str]) -> str:
    """The words (or small patterns) as a regular-expression alternation, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# A reporting verb as a word ("Authorities said Wednesday that …", "The company said the lineup …")
REPORTING = re.compile(rf"\b(?:{alternation(REPORTING_VERBS)})\b")
