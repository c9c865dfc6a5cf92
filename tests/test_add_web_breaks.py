"""`tutor add` on a page that sets its paragraphs apart with `<br>` rather than `<p>`, as hand-written and older
sites do (the essays on paulgraham.com: a layout table, the text in a `<font>`, notes marked "[<a>1</a>]"): each
paragraph whole, links inside sentences kept in them, the notes and their marks left out, menus not made prose."""

from __future__ import annotations

import re
from pathlib import Path

from tutor.ingest.convert import add_documents

_PARAGRAPHS = [
    "Ten years ago people wondered what would happen when the telephone and the computer finally met. We now know "
    "the answer: the computer simply absorbed the telephone, as it had already absorbed the typewriter.",
    "Why did the computer win this contest? Three forces, two of which anyone could have foreseen.",
    "The cheapest way to take advantage of falling costs is to <a href='http://example.org/volume'>raise "
    "volume</a>. Most firms miss this because they still think of themselves as selling one thing to everyone.",
    "The third force was social: people want to talk to their friends, and the device that lets them do it wins."
    "<font color=#999999>[<a href='#f1n'><font color=#999999>1</font></a>]</font>",
]
_NOTE = "Thanks to a friend for this point, which he made over a long dinner in the spring."


def _page() -> str:
    body = "<br /><br />".join(_PARAGRAPHS)
    return (
        "<html><head><title>Why the Computer Won</title></head><body><table><tr valign=top>"
        "<td><a href='index.html'>Home</a><br /><a href='articles.html'>Essays</a><br /><br />"
        "<a href='books.html'>Books</a><br /><a href='faq.html'>FAQ</a></td>"
        "<td><table><tr><td><img src='title.gif' alt='Why the Computer Won'><br /><br />"
        f"<font size=2 face=verdana>May 2015<br /><br />{body}<br /><br /><center>___</center><br /><br />"
        "A last paragraph of the essay, long enough to read as prose, says what the reader should take away."
        "<br /><br /><b>Notes</b><br /><br />"
        f"[<a name='f1n'><font color=#000000>1</font></a>] {_NOTE}<br /><br /></font></td></tr></table>"
        "<table><tr><td><a href='https://example.org/ja'>Japanese Translation</a></td>"
        "<td><a href='https://example.org/fr'>French Translation</a></td></tr></table>"
        "</td></tr></table></body></html>"
    )


def test_paragraphs_set_apart_by_breaks_come_out_whole_with_their_links_and_without_notes(tmp_path: Path) -> None:
    page = tmp_path / "computer.html"
    page.write_text(_page(), encoding="utf-8")
    [added] = add_documents([page], tmp_path / "knowledge")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.split("---\n", 2)[2])]
    assert (
        "The cheapest way to take advantage of falling costs is to raise volume. Most firms miss this because they "
        "still think of themselves as selling one thing to everyone." in paragraphs
    )  # was three paragraphs: "… is to", "raise volume", ". Most firms …"
    assert "Why did the computer win this contest? Three forces, two of which anyone could have foreseen." in paragraphs
    assert any(p.endswith("the device that lets them do it wins.") for p in paragraphs)  # without its "[1]"
    assert _NOTE[:30] not in text and "[1]" not in text and "\\[" not in text  # the note and its mark
    assert "Translation" not in text  # a table of nothing but links is a menu
    assert "FAQ" not in text and "Books" not in text  # the site's menu, links set apart by breaks
