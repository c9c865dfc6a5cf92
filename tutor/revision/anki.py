"""Export the item bank as an Anki deck (genanki): the prompt in front, the answer and its cited passage on the back."""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.errors import TutorError
from tutor.revision.bank import ItemBank
from tutor.revision.items import QuizItem

if TYPE_CHECKING:
    import genanki


def _stable_id(name: str) -> int:
    """Anki wants 31-bit-ish ids that never change for the same deck/model."""
    return int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) | (1 << 30)


CSS = (
    ".card{font-family:sans-serif;font-size:18px;text-align:left;max-width:40em;margin:auto}"
    ".passage{color:#444;border-left:3px solid #999;padding-left:.6em;margin-top:1em}"
    ".cite{font-size:13px;color:#777}"
)


def _model() -> genanki.Model:
    import genanki

    return genanki.Model(
        _stable_id("tutor-quiz-model-v1"),
        "Tutor quiz item",
        fields=[{"name": "ItemId"}, {"name": "Prompt"}, {"name": "Answer"}, {"name": "Passage"}, {"name": "Citation"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Prompt}}",
                "afmt": '{{FrontSide}}<hr id="answer"><b>{{Answer}}</b>'
                '<div class="passage">{{Passage}}</div><div class="cite">{{Citation}}</div>',
            }
        ],
        css=CSS,
    )


def _front(item: QuizItem) -> str:
    text = html.escape(item.prompt)
    if item.choices:
        text += "<ol type='A'>" + "".join(f"<li>{html.escape(c)}</li>" for c in item.choices) + "</ol>"
    return text


def _answer(item: QuizItem) -> str:
    if item.elements:
        return "<ul>" + "".join(f"<li>{html.escape(e)}</li>" for e in item.elements) + "</ul>"
    return html.escape(item.answer)


def export_anki(bank: ItemBank, path: Path, deck_name: str = "Tutor") -> int:
    """Write `path` (.apkg); returns the number of notes. Note ids follow item ids, so re-imports update cards."""
    try:
        import genanki
    except ImportError:
        raise TutorError("Anki export needs genanki: `.venv/bin/pip install genanki`") from None
    if path.suffix.lower() != ".apkg":
        raise TutorError(f"{path}: an Anki package must end in .apkg")
    if not path.parent.exists():
        raise TutorError(f"{path.parent} does not exist; create it or choose another place for the deck")
    model = _model()
    deck = genanki.Deck(_stable_id(f"tutor-deck:{deck_name}"), deck_name)
    for item in bank.items:
        citation = f"{item.section} — {item.source}:{item.start}-{item.end}"
        passage = html.escape(item.reading).replace("\n", "<br>")
        note = genanki.Note(
            model=model,
            fields=[item.id, _front(item), _answer(item), passage, html.escape(citation)],
            guid=genanki.guid_for(item.id),
            tags=[item.kind, "text::" + _tag(Path(item.source).stem), "section::" + _tag(item.section)],
        )
        deck.add_note(note)
    genanki.Package(deck).write_to_file(str(path))
    return len(deck.notes)


def _tag(name: str) -> str:
    """A name as an Anki tag, which cannot hold spaces."""
    return "_".join(name.split())
