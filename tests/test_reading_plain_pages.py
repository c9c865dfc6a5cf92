"""Plain text set as printed pages, as RFCs are: two real ones, unedited (`tests/data/documents/SOURCES.md`). RFC 6749
as the RFC Editor publishes it (a centred title, numbered headings four deep, a footer and a header on every page,
often inside a sentence, figures drawn in ASCII with captions, definition lists) and RFC 791 as the IETF's tools site
printed it (a three-line running header, chapter headings centred in capitals, subsections set in by indentation,
centred captions, a glossary). Each reads as the document it is: its title, its sections nested as numbered or set
in, its sentences whole across page breaks, its glossary's terms with their definitions."""

from __future__ import annotations

import pytest
from conftest import ROOT

from tutor.ingest.reading import read_document
from tutor.records import Document

DOCS = ROOT / "tests" / "data" / "documents"


def _read(name: str) -> Document:
    path = DOCS / name
    return read_document(path, path.parent)


@pytest.fixture(scope="module")
def oauth() -> Document:
    return _read("rfc6749.txt")


@pytest.fixture(scope="module")
def ip() -> Document:
    return _read("rfc791.txt")


def _parents(doc: Document) -> dict[str, str]:
    return {s.title: s.parent for s in doc.sections}


def _sentences(doc: Document) -> list[str]:
    return [u.text or doc.text[u.start : u.end] for s in doc.sections for b in s.blocks for u in b.units]


def test_the_centred_title_is_the_texts_title_and_numbered_headings_nest_by_their_numbers(oauth: Document) -> None:
    assert oauth.title == "The OAuth 2.0 Authorization Framework"  # not the file's name, "rfc6749"
    parents = _parents(oauth)
    assert parents["1.3.1. Authorization Code"] == "1.3. Authorization Grant"
    assert parents["1.3. Authorization Grant"] == "1. Introduction"
    assert parents["4.1.2.1. Error Response"] == "4.1.2. Authorization Response"
    assert parents["8.1. Defining Access Token Types"] == "8. Extensibility"  # "8." over "8.1." is no list item
    assert parents['A.1. "client_id" Syntax'].startswith("Appendix A.")


def test_a_figures_caption_and_a_line_of_an_example_are_no_headings(oauth: Document) -> None:
    titles = [s.title for s in oauth.sections]
    assert not [t for t in titles if t.startswith("Figure")], titles  # "Figure 1: Abstract Protocol Flow"
    assert not [t for t in titles if t.startswith("Authorization: Basic")], titles  # set in deeper, the text goes on
    # the prose after the implicit grant's figure is still the implicit grant's section
    implicit = next(s for s in oauth.sections if s.title == "4.2. Implicit Grant")
    said = " ".join(u.text or oauth.text[u.start : u.end] for b in implicit.blocks for u in b.units)
    assert "The flow illustrated in Figure 4 includes the following steps:" in said


def test_a_sentence_goes_on_over_a_page_break(ip: Document) -> None:
    [cut] = [u for s in ip.sections for b in s.blocks for u in b.units if u.text.startswith("In the ARPANET case")]
    assert cut.text == (
        "In the ARPANET case, for example, the internet module would call on a local net module which would add "
        "the 1822 leader [2] to the internet datagram creating an ARPANET message to transmit to the IMP."
    )
    span = ip.text[cut.start : cut.end]
    assert span.startswith("In the ARPANET case") and span.endswith("to the IMP.")  # the citation stays exact
    assert not [s.title for s in ip.sections if s.title.startswith("In the ARPANET case")]  # it was a heading


def test_a_running_headers_lines_a_signature_and_a_drawings_row_are_no_headings(ip: Document) -> None:
    titles = [s.title for s in ip.sections]
    for furniture in ("Introduction", "Jon Postel", "Editor", "LNI-1 LNI-1 LNI-2 LNI-2", "Protocol Relationships"):
        assert furniture not in titles, furniture
    parents = _parents(ip)
    assert parents["1.1. Motivation"] == "1. INTRODUCTION"  # the chapter's heading, centred
    assert parents["Fragmentation"] == "2.3. Function Description"  # set in under the numbered heading
    assert parents["Loose Source and Record Route"] == "Specific Option Definitions"
    assert "GLOSSARY" in titles  # in capitals once, under "Glossary" in every page's header


def test_a_glossarys_term_on_a_line_of_its_own_reads_with_its_definition(oauth: Document, ip: Document) -> None:
    assert "resource owner: An entity capable of granting access to a protected resource." in _sentences(oauth)
    glossary = _sentences(ip)
    assert "ARPANET message: The unit of transmission between a host and an IMP in the ARPANET." in glossary
    assert "ICMP" not in [s.title for s in ip.sections]  # a term in capitals, not a heading
    assert [s for s in glossary if s.startswith("ICMP: Internet Control Message Protocol")]
