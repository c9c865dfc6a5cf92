"""What a PDF says of itself, and the back matter its layout runs into the text: a title or author property only
when it names the text (not the file it was made from, a preprint's number, a template's leftover, the account that
saved it),
and a References or Acknowledgments heading set in the body's type made a heading."""

from __future__ import annotations

import re

# a title property that only names the file the PDF was made from, as TeX and Word write it, a preprint's number
# ("arXiv:math/9404236v1 [math.HO] 1 Apr 1994") or a journal's initials ("IJEL")
_FILE_NAME_TITLE = re.compile(
    r"(?i)\.(?:dvi|docx?|tex|pdf|ps|rtf|odt|pages|indd|qxd)$|^microsoft (?:word|powerpoint|excel) - |^untitled\b"
    r"|^arxiv:|^(?-i:[A-Z]{2,6})$"
)
_NO_AUTHOR = frozenset("administrator admin user owner unknown author".split())  # the account that saved the file
# a back-matter heading set in the body's type and run into its text: "References 1. Birrell, A.D. …", "REFERENCES [1]
# Thomas Anderson …", "… regretted it. Acknowledgments I am indebted …" (not "References to immutable objects.")
_RUN_IN_BACK_MATTER = re.compile(
    r"(^|(?<=[.!?] ))(REFERENCES|References|BIBLIOGRAPHY|Bibliography|ACKNOWLEDG(?:E?)MENTS?|Acknowledg(?:e?)ments?)"
    r" (?=\[\d|\d{1,3}\\?\. |[A-Z])",
    re.M,
)


def title_property(title: str, first_page: str) -> str:
    """The Title property, or "" when it names no text: "paper.dvi", "Microsoft Word - ISMIR-2003.doc", or a title
    the first page does not show ("System Model" over "Dynamo: Amazon's Highly Available Key-value Store", a
    template's leftover); letters and digits compared, whatever the spacing."""

    def letters(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    return "" if _FILE_NAME_TITLE.search(title) or letters(title) not in letters(first_page) else title


def author_property(author: str) -> str:
    """The Author property, or "" when it is the account that saved the file ("Administrator")."""
    return "" if author.lower() in _NO_AUTHOR else author


def back_matter_headed(markdown: str) -> str:
    """Each run-in back-matter heading starts a section of its own, which quiz items and the FAQ leave out: the
    acknowledgments had been asked who worked on what, and a reference's year was blanked."""
    return _RUN_IN_BACK_MATTER.sub(lambda m: f"{m.group(1) and ''}\n\n## {m.group(2).capitalize()}\n\n", markdown)
