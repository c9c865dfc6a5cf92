"""How the tutor speaks of what it teaches from: one text by its title, several as "these texts", and the
example questions it offers, taken from the texts' own headings. Replies, labels and prompts all ask here,
so no message names a subject the loaded knowledge does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.index.load import KnowledgeIndex

GENERIC = "the text"  # where the wording is not known (a render function, a help text) or one name fits all
_NUMBERING = re.compile(r"^\s*(\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+", re.I)  # "3) …": the number is no part of it
_MARKUP = re.compile(r"\]\(|https?://|<[a-z/]|[\[\]{}|*_#>]")  # a heading that is a link or carries markup


@dataclass(frozen=True)
class Wording:
    """`titles` are the loaded texts' titles in reading order; `headings` their sections' headings."""

    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    passages: tuple[str, ...] = ()  # the texts' passages, where names are told from ordinary words

    @classmethod
    def of(cls, index: KnowledgeIndex) -> Wording:
        titles = tuple(t.title.strip() for t in index.texts.values())
        return cls(titles, tuple(h for _, h in index.sections), tuple(c.text for c in index.chunks))

    @property
    def name(self) -> str:
        """“History of machine learning” for one titled text, "these texts" for several, else "the text"."""
        if len(self.titles) == 1 and self.titles[0]:
            return f"“{self.titles[0]}”"
        return "these texts" if len(self.titles) > 1 else GENERIC

    @property
    def the_text(self) -> str:
        """The plain way to say it: "the text", or "the texts" when there are several."""
        return "the texts" if len(self.titles) > 1 else GENERIC

    @cached_property
    def examples(self) -> tuple[str, ...]:
        """Questions the knowledge answers, in reading order: the text's own questions (its FAQ, headings
        written as questions) first, then its other headings turned into questions; furniture and links left out."""
        from tutor.english.furniture import is_furniture
        from tutor.faq.headings import heading_question, proper_names

        usable = [h for h in dict.fromkeys(self.headings) if _plain(h) and not is_furniture(h, "", ())]
        proper = proper_names(list(self.passages)) if usable else set()
        asked = [heading_question(h, proper) for h in usable if h.rstrip().endswith("?")]
        made = [heading_question(h, proper) for h in usable if not h.rstrip().endswith("?")]
        return tuple(dict.fromkeys(q for q in [*asked, *made] if len(q) <= MAX_EXAMPLE_CHARS))

    def empty_reply(self) -> str:
        example = f" — for example, “{self.examples[0]}”" if self.examples else ""
        return f"Ask me a question about {self.name}{example}"

    def foreign_reply(self) -> str:
        return f"I can only read questions in English, the language of {self.the_text}: please ask in English."

    def refusal(self) -> str:
        name = self.name
        verb = "do" if name == "these texts" else "does"
        return f"{name[:1].upper()}{name[1:]} {verb} not answer that."

    def greeting(self) -> str:
        """The first line of `tutor chat`."""
        example = f" For example: “{self.examples[0]}”" if self.examples else ""
        return f"Ask about {self.name}.{example}"

    def placeholder(self) -> str:
        """What an empty chat shows in the web app."""
        return f"Ask about {self.name}. Every answer quotes {self.the_text} and cites its passages."


MAX_EXAMPLE_CHARS = 70  # a longer question does not fit on an example line or button


def _plain(heading: str) -> bool:
    """A heading a learner could ask as written: words, no link, no markup, starting with a letter."""
    text = _NUMBERING.sub("", heading).strip()
    return bool(text) and text[0].isalpha() and not _MARKUP.search(text)
