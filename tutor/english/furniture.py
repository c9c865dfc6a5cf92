"""Site furniture: what a web page carries around its text (the author's bio, the publisher's promotion,
a comment box, a reading list). Neither the FAQ nor the item bank turns it into questions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tutor import tuning
from tutor.english.lexicon import FURNITURE_HEADINGS, SITE_FIELDS, alternation

_HEADING = re.compile(rf"\b({alternation(FURNITURE_HEADINGS)})\b", re.I)


def site_names(meta: Mapping[str, str]) -> list[str]:
    """The author's and the site's names from a document's front matter, when long enough to tell apart."""
    names = (meta.get(key, "").strip() for key in SITE_FIELDS)
    return [n for n in names if len(n) >= tuning.SITE_NAME_MIN_CHARS]


def is_furniture(title: str, body: str, names: Iterable[str]) -> bool:
    """A section with a furniture heading, or one that names the author or the site (see `site_names`):
    it is about them, not about the subject."""
    if _HEADING.search(title):
        return True
    low = body.lower()
    return any(name.lower() in low for name in names)
