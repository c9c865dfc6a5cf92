"""Words a PDF sets apart with no space character between them (`tutor.ingest.convert.pdf_spacing`): one paper's
font loses PDFium's space after every "k" ("chunkreplicas", "networkbandwidth"). The rule reads the characters'
places, so the places are made here: letters five points apart, four point eight wide, and a wider gap where the
test puts one."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.ingest.convert.pdf_spacing import spaced


@dataclass
class _Placed:
    x: float
    right: float


class _Line:
    """The places of a line's characters: each `gaps` index starts a word set that much further on."""

    def __init__(self, text: str, gaps: dict[int, float]) -> None:
        self.text, x, self.places = text, 0.0, []
        for k in range(len(text)):
            x += gaps.get(k, 0.0)
            self.places.append(_Placed(x, x + 4.8))
            x += 5.0

    def __call__(self, i: int) -> _Placed:
        return self.places[i]


def _spaced(text: str, gaps: dict[int, float]) -> str:
    line = _Line(text, gaps)
    out, at = spaced(line, text, list(range(len(text))))  # type: ignore[arg-type]
    assert len(at) == len(out)  # each character keeps its index; a space takes the next one's
    return out


def test_a_gap_a_space_wide_between_two_words_is_a_space() -> None:
    text = "the chunkreplicas are placed on haveanumber of racks"
    k = text.index("replicas")
    assert _spaced(text, {k: 3.0}) == "the chunk replicas are placed on haveanumber of racks"
    have = text.index("anumber")
    both = _spaced(text, {k: 3.0, have: 3.0, have + 1: 3.0})
    assert both == "the chunk replicas are placed on have a number of racks"


def test_letters_set_close_stay_one_word_and_a_name_set_letter_spaced_is_not_cut() -> None:
    assert _spaced("the chunkservers", {}) == "the chunkservers"  # no gap: one word the dictionary lacks
    assert _spaced("the chunkservers", {len("the chunk"): 0.5}) == "the chunkservers"  # a kern, not a space
    assert _spaced("O'Reilly and Dillon", {7: 3.0}) == "O'Reilly and Dillon"  # "Rei lly": no word after the gap
    assert _spaced("because", {1: 3.0}) == "because"  # a word the text spells, whatever its letters' places
    assert _spaced("howPageRank", {3: 3.0}) == "how PageRank"  # a name after a word
