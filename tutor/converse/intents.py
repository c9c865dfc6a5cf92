"""What a learner wants from a chat message: an answer, or an overview, a summary, a quiz, a simpler or another
explanation, an example, the next thing to study, or a greeting or thanks.

A message is read as a command wrapped around a subject ("Explain like I'm 12: what is X?", "quiz me on the
challenges", "summarize that"). Small talk is small talk only when nothing else is left: any words about a
subject make the message a question ("thanks to what did X emerge?"), so a question about the text always
wins over small talk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tutor.english import conversation as cue
from tutor.english.lexicon import NUMBER_WORDS, STOPWORDS, WH_WORDS
from tutor.english.text import words

IntentName = Literal[
    "question", "greeting", "thanks", "overview", "summary", "simpler", "example", "clarify", "quiz",
    "quiz-answer", "quiz-stop", "next",
]  # fmt: skip
Target = Literal["", "that", "whole", "part"]

# Words that name a command, the text or a part of it rather than a subject: "summarize the lesson for me".
_COMMAND_WORDS = (
    frozenset(
        """summarize summarise summary summaries recap overview outline gist takeaways takeaway points point main key
    ideas idea quiz test ask question questions example examples instance explain explanation simply simple simpler
    plain plainly words terms english give show make let lets want would could can tell describe cover covers covered
    discuss discussed discusses include included includes contain contains go goes over learn learning study read
    reading revise review next topics topic sections section parts part chapters chapter whole entire full brief
    short version few sentences sentence lines line bullet bullets nutshell sum up down about general overall mainly
    mostly really even all everything stuff thing things please quick quickly first before begin start ready
    going get started deal deals dealt talk talks treat treats concern concerns both""".split()
    )
    | frozenset(cue.TEXT_NOUNS.split("|"))
    | frozenset(cue.PART_NOUNS.split("|"))
)
_TRAILING_POLITE = re.compile(r"[\s,.;!]*\b(thanks?( you| a lot| so much)?|thank u|thx|please|pls|cheers)\W*$", re.I)
_MEANING = re.compile(r"^what (does|do|did)\b", re.I)
_SUMMARY_QUESTION = re.compile(
    r"^(what|which) (is|are|were|was) (the |its |their |some |a few )?(main|key|most important|central|big|major)", re.I
)
_OVERVIEW_NOUNS = frozenset(("overview", "outline", "big picture"))
_CHAT_SPELLING = {
    "wat": "what", "wats": "what's", "whats": "what's", "u": "you", "r": "are", "ur": "your", "pls": "please"
}  # fmt: skip
_CHAT_WORDS = re.compile(rf"\b({'|'.join(_CHAT_SPELLING)})\b", re.I)


@dataclass(frozen=True)
class Intent:
    name: IntentName
    subject: str = ""  # the question underneath, or the part of the text a summary or quiz is about
    target: Target = ""  # a summary's: the last answer, the whole text, or the part named in `subject`


def subject_words(text: str) -> list[str]:
    """The words of `text` that name a subject: neither small talk, nor a command, nor a function word."""
    return [
        w
        for w in words(text)
        if w not in STOPWORDS
        and w not in cue.SMALL_TALK_WORDS
        and w not in _COMMAND_WORDS
        and w not in NUMBER_WORDS
        and not w.isdigit()
    ]


def substantive(text: str) -> bool:
    """Whether `text` names a subject (see `subject_words`)."""
    return bool(subject_words(text))


def recognise(message: str, after_answer: bool = False, quiz_pending: bool = False) -> Intent:
    """The intent of `message`; `after_answer`: the tutor has answered a question in this conversation;
    `quiz_pending`: the tutor's last turn asked a quiz question."""
    text = _chat_spelling(" ".join(message.replace("’", "'").replace("‘", "'").split()))
    if quiz_pending:
        if cue.THANKS.search(text) and not substantive(text) and not cue.DONT_KNOW.match(text):
            return Intent("thanks")
        if cue.LEAVE_QUIZ.match(text):
            wants_more = re.match(r"^\W*(skip|pass|next( question)?)\b", text, re.I)
            return Intent("quiz" if wants_more else "quiz-stop")
        if not _leaves_quiz(text):
            return Intent("quiz-answer")
    greeting = cue.GREETING.match(text)
    rest = text[greeting.end() :].lstrip(" ,.!-—–:") if greeting else text
    rest = _TRAILING_POLITE.sub("", rest).strip()
    command = _command(rest, after_answer)
    if command is not None:
        return command
    if substantive(rest):
        return Intent("question")
    if greeting and not cue.THANKS.search(rest):
        return Intent("greeting")
    if cue.THANKS.search(text) or (rest == "" and _TRAILING_POLITE.search(text)):
        return Intent("thanks")
    return Intent("question")  # nothing to go on: the tutor asks for a question


def _leaves_quiz(text: str) -> bool:
    """A reply to a quiz question that is rather a new request: another command, or a wh-question about a subject."""
    first = words(text)[:1]
    if first and first[0] in WH_WORDS and text.rstrip().endswith("?") and substantive(text):
        return True
    return bool(cue.QUIZ.search(text) or cue.SUMMARY.search(text) or cue.OVERVIEW.search(text) or cue.NEXT.search(text))


def _command(text: str, after_answer: bool) -> Intent | None:
    """The command in `text`, with its subject; None when it is a question or small talk. A cue inside the first
    clause of a wh-question is part of the question ("What priorities does the strategy outline?", "Which country
    is used to illustrate this?"), not a command wrapped around it."""
    if m := cue.QUIZ.search(text):
        subject = _subject(text[m.end() :]) or _subject(text[: m.start()])
        return Intent("quiz", subject if substantive(subject) else "")
    if m := cue.NEXT.search(text):
        if not substantive(_without(text, m)):
            return Intent("next")
    if (m := cue.SUMMARY.search(text)) and (not _inside_question(text, m) or _SUMMARY_QUESTION.match(text)):
        return _summary(_subject(text[m.end() :]) or _subject(text[: m.start()]), after_answer)
    if (m := cue.OVERVIEW.search(text)) and not _inside_question(text, m):
        if not substantive(_without(text, m)):
            return Intent("overview")
        if m.group(0).lower() in _OVERVIEW_NOUNS:  # "an overview of supervised learning": of a part, or a text
            return Intent("overview", _subject(text[m.end() :]), "part")
    if (m := cue.SIMPLER.search(text)) and not _inside_question(text, m):
        return Intent("simpler", _question_in(text, m))
    if (m := cue.EXAMPLE.search(text)) and not _inside_question(text, m):
        return Intent("example", _question_in(text, m))
    if after_answer and (m := cue.CLARIFY.search(text)):  # "what does X mean?" asks for the term's meaning
        return Intent("clarify", text if _MEANING.match(m.group(0).strip(" ,.!?")) else "")
    return None


def _inside_question(text: str, m: re.Match[str]) -> bool:
    """Whether the cue `m` lies in the first clause of a question that starts with a wh-word, after that word."""
    first = words(text)[:1]
    return bool(first) and first[0] in WH_WORDS and m.start() > 0 and not re.search(r"[,:;.!?]", text[: m.start()])


def _summary(subject: str, after_answer: bool) -> Intent:
    subject = _subject(subject)
    if not subject or cue.WHOLE.match(subject) or not substantive(subject):
        that = cue.THAT.match(subject) if subject else None
        return Intent("summary", "", "that" if that and after_answer else "whole")
    return Intent("summary", subject, "part")


def _question_in(text: str, m: re.Match[str]) -> str:
    """The question a wrapper holds ("Explain like I'm 12: what is X?"), or the subject beside the command."""
    for side in (text[m.end() :], text[: m.start()]):
        q = cue.QUESTION_START.search(side)
        if q and substantive(q.group(1)):
            return q.group(1).strip()
    subject = _subject(text[m.end() :]) or _subject(text[: m.start()])
    return subject if substantive(subject) else ""


def _subject(text: str) -> str:
    """What a command is about: its words without the fillers and the word that links them ("on", "about")."""
    text = cue.FILLER.sub(" ", text)
    text = cue.SUBJECT_LINK.sub("", " ".join(text.split()))
    return text.strip(" ,.;:!?-—–'\"")


def _chat_spelling(text: str) -> str:
    """Chat spellings read as words: "wat" as "what", "u" as "you"."""
    return _CHAT_WORDS.sub(lambda m: _CHAT_SPELLING[m.group(0).lower()], text)


def _without(text: str, m: re.Match[str]) -> str:
    """The sentence the match is in, without the match: what else that sentence says."""
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    end = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
    return text[start : m.start()] + " " + text[m.end() : end]


_SENTENCE_END = re.compile(r"[.!?;]+(\s+|$)")
