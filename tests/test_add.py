"""`tutor add` (issue 15): real PDF, web page, Word and EPUB documents into Markdown in the knowledge folder, their
structure kept, their furniture left out; bad documents named, nothing else lost. Documents: tests/data/documents."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import run_cli

from tutor.ingest.convert import Added, add_documents
from tutor.ingest.reading import read_knowledge

DOCS = ROOT / "tests" / "data" / "documents"
DROPBOX_HEADINGS = [  # the headings of the post's main text, as Readability's expected.html has them
    "Introduction",
    "Glossary",
    "Features",
    "System guarantees",
    "Lambda requirements",
    "Architecture",
    "Data model",
    "Lifecycle of a task",
    "Achieving guarantees",
    "Ownership model",
    "Extending ATF",
    "Conclusion",
]


def _add(tmp_path: Path, *names: str) -> tuple[list[Added], Path]:
    knowledge = tmp_path / "knowledge"
    return add_documents([DOCS / n for n in names], knowledge), knowledge


def _headings(markdown: str) -> list[str]:
    return re.findall(r"^#{2,6} (.+)$", markdown, re.M)


def _front(text: str) -> dict[str, str]:
    head = text.split("---\n")[1]
    return {k: v.strip().strip('"') for k, _, v in (line.partition(":") for line in head.splitlines())}


def test_a_pdf_paper_becomes_markdown_with_its_sections_and_no_page_furniture(tmp_path: Path) -> None:
    [added], knowledge = _add(tmp_path, "tracemonkey-pages-1-4.pdf")
    assert added.written and not added.error
    text = added.written.read_text(encoding="utf-8")
    assert _front(text)["title"] == "Trace-based Just-in-Time Type Specialization for Dynamic Languages"
    assert _front(text)["original"] == "tracemonkey-pages-1-4.pdf" and _front(text)["converter"].startswith("pypdfium2")
    assert len(_front(text)["sha256"]) == 64
    assert _headings(text) == [
        "Abstract",
        "1. Introduction",
        "2. Overview: Example Tracing Run",
        "3. Trace Trees",
        "3.1 Traces",  # set bold at the body's size: a subsection, one level down
    ]
    assert "\n### 3.1 Traces\n" in text
    assert "difficult to compile than statically typed ones" in text  # "com-⏎pile" joined where PDFium cut it
    assert "\ufffe" not in text and "\ufb01" not in text
    assert not re.search(r"^\d{1,3}$", text, re.M), "a bare page number is left in the text"
    [doc] = read_knowledge(knowledge)  # the tutor reads what was written as a text with those sections
    assert [s.title for s in doc.sections if s.blocks][:3] == [
        "Trace-based Just-in-Time Type Specialization for Dynamic Languages",
        "Abstract",
        "1. Introduction",
    ]


def test_a_papers_notice_figures_and_code_listings_do_not_run_into_its_prose(tmp_path: Path) -> None:
    [added], _ = _add(tmp_path, "tracemonkey-pages-1-4.pdf")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    # the copyright notice set small at the foot of the column is set apart; the sentence it cut in two is whole
    assert "standard for client-side web programming and is used for the application logic" in text
    assert re.search(r"^Permission to make digital or hard copies", text, re.M)
    assert "Interpret Bytecodes" not in text and "Compile LIR Trace" not in text  # a figure's labels, set tiny
    # the listings, set in a font of fixed pitch, are code blocks the tutor does not read as sentences
    assert re.search(r"^```\nv0 := ld state\[748\] // load primes from the trace activation record$", text, re.M)
    assert re.search(r"^```\n1 for \(var i = 2; i < 100; \+\+i\) \{$", text, re.M)
    [doc] = read_knowledge(added.written.parent)
    read = " ".join(doc.text[u.start : u.end] for s in doc.sections for b in s.blocks for u in b.units)
    assert "ld state[748]" not in read and "primes[k] = false" not in read
    # a line set in from the one above begins a paragraph
    assert re.search(r"^Compilers for statically typed languages rely on type information", text, re.M)
    assert re.search(r"^Every compiled trace contains all the guards", text, re.M)
    assert (
        "In a naïve implementation" in text and "¨" not in text
    )  # TeX's accent, a character of its own, set on its letter


def test_a_second_paper_in_another_style_keeps_its_title_and_numbered_sections(tmp_path: Path) -> None:
    [added], _ = _add(tmp_path, "dpr-paper.pdf")  # ACL style: bold section headings a point over the body
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert _front(text)["title"] == "Dense Passage Retrieval for Open-Domain Question Answering"
    assert "arXiv:2004.04906v3" not in text  # the stamp set up the margin, turned, is left out
    headings = re.findall(r"^(#{2,6}) (.+)$", text, re.M)
    assert ("##", "Abstract") in headings and ("##", "1 Introduction") in headings
    assert ("###", "3.1 Overview") in headings and ("##", "8 Conclusion") in headings
    assert not any(h.startswith(("Top-1", "Training Model", "Sim Loss")) for _, h in headings)  # tables' header rows
    assert not re.search(r"^\(i\)$", text, re.M)  # a formula's indices, set small, are no paragraph


def test_a_pdf_whose_fonts_give_no_letters_is_refused_or_its_unreadable_pages_named(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    [refused], _ = _add(tmp_path / "whole", "TAMReview.pdf")  # 21 of its 23 pages give control characters
    assert refused.error and not refused.written
    assert "pages 2–22 of 23 cannot be read" in refused.error and ".txt" in refused.error
    mixed = pdfium.PdfDocument.new()  # a paper with one such page among four good ones
    mixed.import_pages(pdfium.PdfDocument(str(DOCS / "tracemonkey-pages-1-4.pdf")))
    mixed.import_pages(pdfium.PdfDocument(str(DOCS / "TAMReview.pdf")), [1])
    mixed.save(str(tmp_path / "mixed.pdf"))
    [added] = add_documents([tmp_path / "mixed.pdf"], tmp_path / "knowledge")
    assert added.written and not added.error
    assert added.notes == ("page 5 left out: its text cannot be read (the PDF's fonts give no letters)",)
    text = added.written.read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text) and "3.1 Traces" in text


def test_a_saved_web_page_keeps_its_main_text_and_headings_without_the_sites_furniture(tmp_path: Path) -> None:
    [added], _ = _add(tmp_path, "dropbox-blog.html")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert _front(text)["title"].startswith("How we designed Dropbox’s ATF")
    assert _headings(text) == DROPBOX_HEADINGS
    assert "I joined Dropbox not long after graduating" in text
    source = (DOCS / "dropbox-blog.html").read_text(encoding="utf-8")
    for furniture in ("Sign up", "Cookie", "Related posts", "Dropbox Tech Blog"):  # on the page, not in the post
        if furniture in source:
            assert furniture not in text.split("---\n", 2)[2], furniture


def test_a_wiki_page_keeps_its_headings_and_sentences_without_edit_links_note_marks_or_captions(tmp_path: Path) -> None:
    [added], knowledge = _add(tmp_path, "mozilla-wikipedia.html")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert _headings(text)[:3] == ["History", "Eich CEO promotion controversy", "Values"]  # not "History[edit]"
    assert "edit]" not in text and not re.search(r"<sup>\\?\[\d", text)
    assert "the Mozilla Foundation was designated the legal steward of the project. Soon after" in text  # no "[11]"
    assert "Knight Foundation discuss" not in text  # a photo's caption on the page, not the article's text
    [doc] = read_knowledge(knowledge)
    assert all("[" not in s.title for s in doc.sections)


def test_a_pages_note_marks_go_and_its_exponents_stay() -> None:
    from tutor.ingest.convert.web import convert_html

    body = " ".join(["The tail of the latency distribution matters more than its mean for a busy service."] * 8)
    html = (
        f"<html><body><article><h1>Tails</h1><h2>Latency[edit]</h2><p>{body} One percent of requests might easily "
        "take 5 seconds.<sup>23</sup> The area is 268,021 km<sup>2</sup> in all. This is known as the Toeplitz "
        "decomposition of C.<sup>:p. 227</sup> Mozilla was named in 1998.<sup>[4]</sup></p></article></body></html>"
    )
    markdown = convert_html(Path("page.html"), html.encode()).markdown
    assert "## Latency\n" in markdown and "take 5 seconds. The area is 268,021 km<sup>2</sup> in all." in markdown
    assert "decomposition of C. Mozilla was named in 1998.\n" in markdown


NOTED = (
    '<p>The greatest improvement<a href="endnotes.xhtml#note-113" id="noteref-113" epub:type="noteref">113</a> in the '
    "productive powers of labour seems to have been the effect of the division of labour. It was observed in the "
    'trade of the pin-maker,<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a> where ten men '
    "made forty-eight thousand pins in a day.</p>"
    '<section epub:type="endnotes" role="doc-endnotes"><ol><li id="note-113"><p>An editor\'s note on the word '
    "improvement, which the first edition spelled otherwise.</p></li></ol></section>"
)


def test_a_books_note_marks_and_its_notes_are_no_prose(tmp_path: Path) -> None:
    from tutor.ingest.convert.office import convert_epub
    from tutor.ingest.convert.web import convert_html

    body = " ".join(["The division of labour raises the quantity of work the same number of people can do."] * 6)
    html = f"<html><body><article><h1>Labour</h1><p>{body}</p>{NOTED}</article></body></html>"
    page = convert_html(Path("chapter.html"), html.encode()).markdown
    epub = convert_epub(tmp_path / "b.epub", _epub([f"<h1>Labour</h1>{NOTED}"])).markdown
    for markdown in (page, epub):
        assert "The greatest improvement in the productive powers" in markdown, markdown
        assert "trade of the pin-maker, where ten men" in markdown, markdown
        assert "editor" not in markdown, markdown


def test_a_research_articles_own_elements_are_read_as_headings_math_and_no_citations() -> None:
    from tutor.ingest.convert.web import convert_html

    body = " ".join(["The heavy ball keeps rolling where the plain gradient would stall in a narrow valley."] * 6)
    html = (
        "<html><body><dt-article><h1>Why Momentum Works</h1><p>Here is a story about momentum <dt-cite key='a'>"
        f"</dt-cite>: a ball rolls down a hill. {body}</p><h2>First Steps</h2><p>We step along the gradient "
        "<dt-math block>w^{k+1} = w^k - \\alpha \\nabla f(w^k)</dt-math> for a smooth <d-math>f</d-math>, "
        "as Nesterov<d-footnote>A lower bound.</d-footnote> showed.</p><p>Each weight "
        "<script type='math/tex'>w_i</script> moves.</p></dt-article>"
        "<dt-appendix><h3>Acknowledgments</h3><p>We thank the editors for their feedback on every draft.</p>"
        "</dt-appendix></body></html>"
    )
    markdown = convert_html(Path("momentum.html"), html.encode()).markdown
    assert "## First Steps" in markdown, markdown  # the article's headings, lost inside its own element before
    assert "a story about momentum: a ball rolls" in markdown, markdown
    assert "$$w^{k+1} = w^k - \\alpha \\nabla f(w^k)$$" in markdown and "a smooth $f$, as Nesterov showed" in markdown
    assert "Each weight $w_i$ moves." in markdown, markdown  # MathJax's TeX, kept in a script
    assert "editors" not in markdown and "lower bound" not in markdown, markdown


def test_a_documentation_pages_permalinks_go_and_a_cited_paragraph_stays() -> None:
    from tutor.ingest.convert.web import convert_html

    body = " ".join(["Mutable history lets a team amend changesets it has already shared with others."] * 8)
    html = (
        '<html><body><article><h1>Evolve<a class="headerlink" href="#evolve">¶</a></h1>'
        f'<h2>Setting up<a class="headerlink" href="#setting-up">¶</a></h2><p>{body} The order says so in '
        "¶ 12 of its ruling.</p></article></body></html>"
    )
    markdown = convert_html(Path("page.html"), html.encode()).markdown
    assert "## Setting up\n" in markdown and "¶\n" not in markdown
    assert "in ¶ 12 of its ruling." in markdown


def test_a_pages_glossary_keeps_each_term_with_its_definition(tmp_path: Path) -> None:
    from tutor.revision.items import generate_items

    [added], knowledge = _add(tmp_path, "google-sre-book.html")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert "\n- **White-box monitoring**: Monitoring based on metrics exposed by the internals" in text
    assert "\n- **Push**: Any change to a service’s running software or its configuration.\n" in text
    # a definition's own list stays under it, though its items name two tools by links (a menu, to the converter)
    assert "worth monitoring on a single machine. The services may either be:\n" in text
    assert "\n  - Unrelated services sharing hardware: for example, a code repository and a master for a" in text
    [doc] = read_knowledge(knowledge)
    asked = {it.prompt: it.answer for it in generate_items([doc])}
    assert asked["What does the text mean by “white-box monitoring”?"].startswith("Monitoring based on metrics exposed")


def test_only_a_short_list_of_prose_loses_its_links() -> None:
    from bs4 import BeautifulSoup

    from tutor.ingest.convert.links import incidental_links_unwrapped

    prose = '<ul><li>Tools that share a machine: a code store and <a href="p">Puppet</a> or <a href="c">Chef</a></li>'
    prose += "</ul>"
    menu = (  # a sentence of its own, but mostly links
        '<ul><li><a href="n">Our newsletter: the best stories</a> Sign up for it now, every Friday morning</li>'
        '<li><a href="p">Subscribe to our print edition today</a></li></ul>'
    )
    buttons = '<ul><li><a href="t">Tweet</a></li><li><a href="s">Share</a> 0 All Share Services</li></ul>'
    summary = "Its summary runs on and on. " * 15
    teaser = f'<ul><li><a href="x">Related story</a> {summary}</li><li><a href="y">Two</a></li></ul>'
    soup = BeautifulSoup(prose + menu + buttons + teaser, "html.parser")
    assert incidental_links_unwrapped(soup) == 1
    plain = "<ul><li>Tools that share a machine: a code store and Puppet or Chef</li></ul>"
    assert str(soup) == plain + menu + buttons + teaser


def test_a_paragraph_that_is_only_a_link_is_no_prose() -> None:
    from bs4 import BeautifulSoup

    from tutor.ingest.convert.links import link_paragraphs_removed

    story = '<p>Two gunmen died, <a href="o">officials</a> said.</p><p>Heba Habib contributed to this report.</p>'
    related = '<p><b>Read more:</b></p><p> <a href="t">Tunisia’s Islamists get a sobering lesson</a> </p>'
    soup = BeautifulSoup(story + related + '<p><a href="f">Tunisia sends most foreign fighters</a></p>', "html.parser")
    assert link_paragraphs_removed(soup) == 2
    assert str(soup) == story  # the label "Read more:" went with the links it introduced
    kept = BeautifulSoup("<p>In short:</p><p>It <a href='x'>works</a>.</p>", "html.parser")
    assert link_paragraphs_removed(kept) == 0


def test_a_page_laid_out_in_a_table_is_added_as_paragraphs(tmp_path: Path) -> None:
    [added], knowledge = _add(tmp_path, "lwn-weekly-edition.html")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert not [line for line in text.splitlines() if line.startswith("|")]  # not the article in one table cell
    assert "\nThe Arduino has been one of the biggest success stories of the open-hardware movement," in text
    [doc] = read_knowledge(knowledge)
    assert sum(b.kind == "paragraph" for s in doc.sections for b in s.blocks) >= 40


def test_only_a_table_used_for_layout_is_unwrapped() -> None:
    from bs4 import BeautifulSoup

    from tutor.ingest.convert.layout_tables import layout_tables_unwrapped

    data = "<table><tr><th>Year</th><th>Revenue</th></tr><tr><td><p>2011</p></td><td>$163 million</td></tr></table>"
    article = "<h2>Arduino</h2><p>Two companies bear the name.</p><p>Both sell boards.</p>"
    html = (
        f"{data}<table><tr><td>{article}{data}</td><td>Menu</td></tr></table>"
        '<table role="presentation"><tr><td>Front page</td></tr></table>'
    )
    soup = BeautifulSoup(html, "html.parser")
    assert layout_tables_unwrapped(soup) == 2
    assert str(soup) == f"{data}<div><div>{article}{data}</div><p>Menu</p></div><div><p>Front page</p></div>"
    long_cell = BeautifulSoup(f"<table><tr><td>{'word ' * 200}</td></tr></table>", "html.parser")
    assert layout_tables_unwrapped(long_cell) == 1  # a cell holding a page's worth of text


def test_a_play_set_in_a_table_keeps_the_introduction_before_it() -> None:
    from tutor.ingest.convert.web import convert_html

    intro = "".join(
        f"<p>The introduction's paragraph {n} explains how the speakers came to argue about courage, and what each of "
        f"them believes about training young soldiers in the {n}th year of the war.</p>"
        for n in range(1, 16)
    )
    rows = "".join(  # the speakers' lines, one a long speech (a cell too long for a data table's)
        f'<tr><td epub:type="z3998:persona">{who}</td><td>Line {n}: we should ask what courage is before we decide '
        f"how to teach it{', since no one can teach what he cannot define' * (1 + 24 * (n == 7))}.</td></tr>"
        for n, who in enumerate(["Lysimachus", "Nicias", "Laches"] * 20)
    )
    page = (  # as Standard Ebooks set a dialogue: an introduction in prose, then the speakers' lines in a table
        f"<html><body><section><h2>Laches</h2><section><h3>Introduction</h3>{intro}</section><section>"
        f"<h3>Laches: Or, Courage</h3><table><tbody>{rows}</tbody></table></section></section></body></html>"
    )
    markdown = convert_html(Path("laches.xhtml"), page.encode()).markdown
    assert "The introduction's paragraph 1 explains" in markdown  # was dropped for the table's lines
    assert "Line 1: we should ask" in markdown and "|" not in markdown


def test_a_definition_list_that_is_no_glossary_is_left_as_it_is() -> None:
    from bs4 import BeautifulSoup

    from tutor.ingest.convert.glossaries import glossaries_as_lists

    html = (
        "<dl><dt>Government</dt></dl><ul><li>Portal</li></ul>"  # Wikipedia's pseudo-heading
        "<dl><dd>An indented line.</dd></dl>"  # and its indentation
        "<dl><dt>Latency</dt><dt>Delay</dt><dd><p>The time a request takes.</p>\n  <p>Tails matter.</p></dd></dl>"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert glossaries_as_lists(soup) == 1
    signature = BeautifulSoup(
        '<dl><dt><span>os.path.</span><span>join</span>(<em>path</em>)<a href="#j">¶</a></dt><dd>Joins.</dd></dl>',
        "html.parser",
    )
    glossaries_as_lists(signature)
    assert str(signature) == "<ul><li><b>os.path.join(path)</b>: Joins.</li></ul>"  # as written, no permalink
    assert str(soup) == (
        "<dl><dt>Government</dt></dl><ul><li>Portal</li></ul><dl><dd>An indented line.</dd></dl>"
        "<ul><li><b>Latency, Delay</b>: The time a request takes. Tails matter. </li></ul>"
    )


def test_an_epub_books_glossary_keeps_each_term_with_its_definition(tmp_path: Path) -> None:
    from tutor.ingest.convert.office import convert_epub

    glossary = "<dl><dt>Latency</dt><dd>The time a request takes.</dd></dl>"
    markdown = convert_epub(tmp_path / "b.epub", _epub([f"<h1>Terms</h1>{glossary}"], title="Terms")).markdown
    assert "- **Latency**: The time a request takes." in markdown


def test_a_word_document_keeps_its_title_and_heading_styles(tmp_path: Path) -> None:
    [added], _ = _add(tmp_path, "autogen.docx")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert _front(text)["title"] == "AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation"
    assert "\n# AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation\n" in text  # the Title style
    assert _headings(text)[:2] == ["Abstract", "Introduction"]  # Heading 1 styles, under the title
    assert "AutoGen is an open-source framework" in text


def test_an_epub_book_gives_its_chapters_in_reading_order_without_its_contents_page(tmp_path: Path) -> None:
    [added], _ = _add(tmp_path, "test.epub")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert _front(text)["title"] == "Test EPUB Document" and _front(text)["author"] == "Test Author"
    assert re.findall(r"^# (.+)$", text, re.M) == ["Chapter 1: Test Content", "Chapter 2: More Content"]
    assert "xml version" not in text and "](chap_1.xhtml)" not in text


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("scan-bad.pdf", "no text to read: the PDF is scanned images; OCR is not supported"),
        ("issue3371-password.pdf", "the PDF is protected by a password"),
        ("empty_protected.pdf", "the PDF is encrypted and gives no text"),
        ("helloworld-bad.pdf", "no text to read in this PDF (it is empty, or damaged)"),
        ("Pages-tree-refs.pdf", "is not a readable PDF (Failed to load page.); it may be damaged"),  # opens, no page
        ("empty.docx", "nothing to read came out of this Word document; it holds no text"),
    ],
)
def test_a_bad_document_is_named_with_what_to_do_and_the_others_still_go_in(
    tmp_path: Path, name: str, says: str
) -> None:
    results, knowledge = _add(tmp_path, name, "test.epub")
    bad, good = results
    assert bad.written is None and bad.error.startswith(f"{DOCS / name}: ") and says in bad.error
    assert good.written and good.written.parent == knowledge
    assert sorted(p.name for p in knowledge.iterdir()) == ["test-epub-document.md"]  # nothing stray, nothing hidden


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/padding.xml", b"\0" * (300 * 2**20))  # 300 MiB of zeros: a few hundred KB packed
    cases = {
        "zip bomb": ("bomb.docx", bomb.getvalue(), "a zip bomb"),
        "not a zip": ("report.docx", b"this is not a zip file", "is not a readable Word (.docx) file"),
        "not a pdf": ("paper.pdf", b"<html>a page saved with the wrong name</html>", "is not a PDF"),
        "unsupported": ("slides.odp", b"PK\x03\x04", "cannot add a .odp file"),
        "empty": ("empty.html", b"", "is empty"),
        "no main text": ("blank.html", b"<html><body><nav>Home | About</nav></body></html>", "no main text"),
        "not utf-8 text": ("notes.txt", "café".encode("latin-1"), "is not UTF-8"),
    }
    out = {}
    for case, (name, data, says) in cases.items():
        (tmp / name).write_bytes(data)
        out[case] = (tmp / name, says)
    return out


def test_every_bad_document_is_named_and_leaves_no_stray_file(tmp_path: Path) -> None:
    cases = _bad_files(tmp_path)
    knowledge = tmp_path / "knowledge"
    results = add_documents([p for p, _ in cases.values()] + [DOCS / "test.epub"], knowledge)
    for (path, says), result in zip(cases.values(), results, strict=False):
        assert result.error.startswith(f"{path}: ") and says in result.error, (path.name, result.error)
    assert results[-1].written and not results[-1].error
    assert [p.name for p in knowledge.iterdir()] == ["test-epub-document.md"]


def test_a_document_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    from tutor import tuning

    monkeypatch.setattr(tuning, "MAX_DOCUMENT_BYTES", 100_000)
    [result], knowledge = _add(tmp_path, "tracemonkey-pages-1-4.pdf")
    assert "0.2 MiB is more than the 0.1 MiB the tutor adds from one document; split it" in result.error
    assert not list(knowledge.iterdir())


def test_adding_the_same_document_twice_writes_it_once_and_other_names_never_clash(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    [first] = add_documents([DOCS / "test.epub"], knowledge)
    [again] = add_documents([DOCS / "test.epub"], knowledge)
    assert again.already and again.written == first.written
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "test-epub-document.md").write_text("# Another text\n\nWith a sentence.\n", encoding="utf-8")
    [copied] = add_documents([tmp_path / "other" / "test-epub-document.md"], knowledge)
    assert copied.written == knowledge / "test-epub-document-2.md"  # a different text under the same name
    [twice] = add_documents([tmp_path / "other" / "test-epub-document.md"], knowledge)
    assert twice.already and twice.written == copied.written


def test_tutor_add_prints_what_it_wrote_names_what_it_could_not_and_builds(tmp_path, capsys, monkeypatch) -> None:
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    (tmp_path / "folder").mkdir()
    for name in ("test.epub", "dropbox-blog.html", "scan-bad.pdf"):
        (tmp_path / "folder" / name).write_bytes((DOCS / name).read_bytes())
    argv = ["add", str(tmp_path / "folder"), "--knowledge", str(knowledge), "--index", str(index)]
    code, out, err = run_cli(argv, capsys, monkeypatch)
    assert code == 1  # one document failed: the exit status says so
    assert "test.epub → " in out and "dropbox-blog.html → " in out and "Indexed 2 document(s)" in out
    assert "scan-bad.pdf: no text to read" in err and "1 of 3 document(s) could not be added" in err
    code, out, err = run_cli(
        ["ask", "--json", "What is a lambda in ATF?", "--knowledge", str(knowledge), "--index", str(index)],
        capsys,
        monkeypatch,
    )
    assert code == 0 and "knowledge/how-we-designed-dropbox" in out


def _original_words(path: Path) -> set[str]:
    """The words a learner finds in the original document, read by another route than the converter's."""
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        text = " ".join(page.get_textpage().get_text_range() for page in pdf).replace("\ufffe\r\n", "")
        text = text.replace("\ufffe", "")
    elif path.suffix == ".docx":
        import mammoth

        text = mammoth.extract_raw_text(io.BytesIO(path.read_bytes())).value
    else:
        from bs4 import BeautifulSoup

        text = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return {w.lower() for w in re.findall(r"\w+", text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "question", "expected"),
    [
        ("tracemonkey-pages-1-4.pdf", "What is a trace tree?", "trace tree"),
        ("dropbox-blog.html", "What does ATF stand for?", "asynchronous task framework"),
        ("autogen.docx", "What is AutoGen?", "framework"),
    ],
)
def test_questions_on_added_documents_cite_text_found_in_the_original(
    tmp_path: Path, real_embedder, name: str, question: str, expected: str
) -> None:
    from helpers import assert_citation_contract

    from tutor.service import build_everything, open_tutor

    [added], knowledge = _add(tmp_path, name)
    list(build_everything(lambda m: None, knowledge, tmp_path / "index", real_embedder))
    answer = open_tutor(knowledge, tmp_path / "index", rebuild=False, embedder=real_embedder).ask(question)
    assert answer.in_scope and expected in answer.text.lower(), answer.text
    assert_citation_contract(answer, knowledge)
    original = _original_words(DOCS / name)
    for citation in answer.citations[:1]:
        quoted = {w.lower() for w in re.findall(r"\w+", citation.text) if not w.startswith("http")}
        missing = quoted - original
        assert len(missing) <= max(2, len(quoted) // 20), f"not in {name}: {sorted(missing)[:10]}"


def test_a_citation_of_a_converted_pdf_names_the_page_it_is_on(tmp_path: Path, fake_embedder) -> None:
    import pypdfium2 as pdfium

    from tutor.service import build_everything, open_tutor

    [added], knowledge = _add(tmp_path, "tracemonkey-pages-1-4.pdf")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert re.findall(r"<!-- page (\d+) -->", text) == ["1", "2", "3", "4"]  # where each page begins, unseen
    list(build_everything(lambda m: None, knowledge, tmp_path / "index", fake_embedder))
    tutor = open_tutor(knowledge, tmp_path / "index", rebuild=False, embedder=fake_embedder)
    pdf = pdfium.PdfDocument(str(DOCS / "tracemonkey-pages-1-4.pdf"))
    pages = [set(re.findall(r"\w+", p.get_textpage().get_text_range().replace("\ufffe\r\n", ""))) for p in pdf]
    checked = 0
    for chunk in tutor.index.chunks:
        if not chunk.page or "–" in chunk.page:
            continue
        words = set(re.findall(r"\w+", chunk.reading)) - {"page"}
        on_page = pages[int(chunk.page) - 1]
        assert len(words - on_page) <= max(3, len(words) // 10), (chunk.page, sorted(words - on_page)[:8])
        checked += 1
    assert checked >= 10
    answer = tutor.ask("What is a trace tree?")
    assert all(c.page for c in answer.citations) and "page" in answer.to_dict()["citations"][0]


def test_a_heading_with_no_words_in_a_word_document_or_book_is_left_out() -> None:
    from tutor.ingest.convert.office import _as_markdown

    # an empty paragraph styled "Heading 1", as mammoth gives it (a real 872-page handbook has three)
    markdown = _as_markdown("<h2></h2><h2>CHAPTER 1 – INTRODUCTION</h2><h3> </h3><p>The handbook sets out …</p>", [])
    assert re.findall(r"^#+.*$", markdown, re.M) == ["## CHAPTER 1 – INTRODUCTION"]
    assert "The handbook sets out" in markdown


def test_a_chapter_saved_as_an_html_fragment_keeps_its_headings_and_lists() -> None:
    from tutor.ingest.convert.web import convert_html

    html = (  # as a book's chapter files are: no <html>, no <body>
        '<section data-type="chapter"><h2>Object-Oriented Cells</h2><p>Over the course of this book, I have built '
        "systems of objects that have properties and move about the canvas. In this chapter, although I have been "
        "talking about a cell as if it were an object, I have not used objects in the code. This has worked because "
        "a cell is such a simple object; its only property is its state, a single 0 or 1.</p>"
        "<h2>Variations on Traditional CA</h2><p>A feature of complex systems is that they can be nested. A city is a "
        "complex system of people, a person is a complex system of organs, and so on. A cell may have:</p>"
        "<ul><li>a <strong>history</strong> of its states</li><li>a <strong>neighborhood</strong> of any shape</li>"
        "</ul></section>"
    )
    markdown = convert_html(Path("07_ca.html"), html.encode()).markdown
    assert _headings(markdown) == ["Object-Oriented Cells", "Variations on Traditional CA"]
    assert "- a **history** of its states" in markdown


def test_an_xhtml_file_that_declares_its_encoding_is_read_in_that_encoding() -> None:
    from tutor.ingest.convert.web import convert_html

    body = (  # as Standard Ebooks and an EPUB's chapter files are: XHTML, its prose straight in <body>
        "<h2>Of Individuality</h2><p>Such being the reasons which make it imperative that human beings should be "
        "free to form opinions, and to express their opinions without reserve, let us next examine whether the same "
        "reasons do not require that men should be free to act upon their opinions.</p><p>No one pretends that "
        "actions should be as free as opinions. On the contrary, even opinions lose their immunity when the "
        "circumstances in which they are expressed are such as to constitute a positive instigation to some "
        "mischievous act. Caf\u00e9 talk is opinion too.</p>"
    )
    for encoding in ("utf-8", "iso-8859-1"):
        page = f'<?xml version="1.0" encoding="{encoding}"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        page += f"<title>III: Of Individuality</title></head><body>{body}</body></html>"
        markdown = convert_html(Path("chapter-3.xhtml"), page.encode(encoding)).markdown
        assert "let us next examine whether the same reasons" in markdown, encoding
        assert "Caf\u00e9 talk" in markdown and "xml version" not in markdown, encoding


def test_a_date_inside_a_sentence_is_kept() -> None:
    from tutor.ingest.convert.web import convert_html

    body = (  # as Standard Ebooks mark a date: <time>, which trafilatura drops with its text
        "<h2>St. Jago</h2><p>After having been twice driven back by heavy southwestern gales, the ship sailed from "
        'Devonport on the <time datetime="1831-12-27">27th of December, 1831</time>. The object of the expedition '
        "was to complete the survey of Patagonia and Tierra del Fuego, and to carry a chain of measurements round "
        'the world.</p><p><span><time datetime="1835-11-15">November 15th</time></span>. At daylight, Tahiti was in '
        "view, and as soon as we anchored in Matavai Bay we were surrounded by canoes of every size and kind.</p>"
    )
    page = f"<html><head><title>I: St. Jago</title></head><body>{body}</body></html>"
    markdown = convert_html(Path("chapter-1.xhtml"), page.encode()).markdown
    assert "sailed from Devonport on the 27th of December, 1831. The object" in markdown, markdown
    assert "November 15th. At daylight" in markdown, markdown


def test_a_books_heading_group_is_one_heading_and_its_publishers_pages_are_left_out(tmp_path: Path) -> None:
    from tutor.ingest.convert.office import convert_epub
    from tutor.ingest.convert.web import convert_html

    chapter = (  # as Standard Ebooks set a chapter and their imprint: epub:type on <section>, a heading group
        '<section epub:type="chapter"><hgroup><h2 epub:type="z3998:ordinal">I</h2><p epub:type="title">Laying '
        "Plans</p></hgroup><p>The art of war is of vital importance to the State. It is a matter of life and death, "
        "a road either to safety or to ruin, and a subject of inquiry which can on no account be neglected.</p>"
        "<p>The art of war is governed by five constant factors, to be taken into account in one's deliberations, "
        "when seeking to determine the conditions obtaining in the field.</p></section>"
    )
    imprint = (
        '<section epub:type="imprint"><h2>Imprint</h2><p>This ebook is the product of many hours of hard work by '
        "volunteers, and builds on the hard work of other literature lovers made possible by the public domain.</p>"
        "</section>"
    )
    epub = convert_epub(tmp_path / "b.epub", _epub([imprint, chapter])).markdown
    assert _headings(epub) == ["I: Laying Plans"], epub
    page = convert_html(Path("chapter-1.xhtml"), f"<html><body>{imprint}{chapter}</body></html>".encode())
    assert page.title == "I: Laying Plans", page.title
    for markdown in (epub, page.markdown):
        assert "five constant factors" in markdown and "volunteers" not in markdown, markdown


def _epub(bodies: list[str], title: str = "") -> bytes:
    """An EPUB book written by hand: its container, an OPF whose spine reads `bodies` in order, an XHTML file each."""
    ids = [f"c{k}" for k in range(len(bodies))]
    meta = f"<metadata><dc:title>{title}</dc:title></metadata>" if title else ""
    manifest = "".join(f'<item id="{i}" href="{i}.xhtml"/>' for i in ids)
    spine = "".join(f'<itemref idref="{i}"/>' for i in ids)
    book = io.BytesIO()
    with zipfile.ZipFile(book, "w") as z:
        z.writestr(
            "META-INF/container.xml", '<container><rootfiles><rootfile full-path="b.opf"/></rootfiles></container>'
        )
        z.writestr(
            "b.opf",
            '<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"{meta}<manifest>{manifest}</manifest><spine>{spine}</spine></package>",
        )
        for i, body in zip(ids, bodies, strict=True):
            z.writestr(f"{i}.xhtml", f"<html><body>{body}</body></html>")
    return book.getvalue()


def _pdf_with_title_property(title: str, heading: str, body: list[str], author: str = "") -> bytes:
    """A one-page PDF written by hand: `heading` set large, `body` lines small, `title` as its Title property."""
    lines = [f"BT /F1 24 Tf 72 700 Td ({heading}) Tj ET"]
    lines += [f"BT /F1 11 Tf 72 {660 - 14 * i} Td ({text}) Tj ET" for i, text in enumerate(body)]
    return _pdf_drawing(lines, title, author)


def _pdf_drawing(lines: list[str], title: str = "", author: str = "") -> bytes:
    """A one-page PDF written by hand from the operators of its content stream (Helvetica as /F1)."""
    stream = "\n".join(lines).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) /Author ({author}) >>".encode(),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdfs_title_property_that_names_a_file_gives_way_to_its_title_line(tmp_path: Path) -> None:
    from tutor.ingest.convert.pdf import convert_pdf

    body = ["Ships carry cargo between the harbours of the coast every day of the week.", "Each ship has a crew."]
    pdf = tmp_path / "harbour.pdf"
    junks = ("paper.dvi", "Microsoft Word - ISMIR-2003-rev2.doc", "arXiv:math/9404236v1  [math.HO]  1 Apr 1994", "IJEL")
    for junk in (*junks, "System Model"):  # the last a template's leftover the page does not show
        pdf.write_bytes(_pdf_with_title_property(junk, "Harbour Logistics", body))
        assert convert_pdf(pdf).title == "Harbour Logistics", junk
    pdf.write_bytes(_pdf_with_title_property("Harbour logistics", "HARBOUR LOGISTICS", body))
    assert convert_pdf(pdf).title == "Harbour logistics"  # a title property the page shows stays
    pdf.write_bytes(_pdf_with_title_property("Harbours", "Harbour Logistics", body, author="Administrator"))
    assert convert_pdf(pdf).author == ""  # the account that saved the file, no author
    pdf.write_bytes(_pdf_with_title_property("Harbours", "Harbour Logistics", body, author="Ada Lovelace"))
    assert convert_pdf(pdf).author == "Ada Lovelace"
    named = tmp_path / "the-harbour_logistics.pdf"
    named.write_bytes(_pdf_with_title_property("paper.dvi", "", body))  # no title line either: the file's name
    assert convert_pdf(named).title == "The harbour logistics"


def test_a_pdfs_run_in_references_and_acknowledgments_start_sections_of_their_own(tmp_path: Path) -> None:
    from tutor.ingest.convert.pdf import convert_pdf

    body = [
        "Ships carry cargo between the harbours of the coast every day of the week.",
        "We thank them all. Acknowledgments I am indebted to the crews of both ships.",
        "References 1. Birrell, A.D. Grapevine. Comm. ACM 25, 4, April 1982, pp 260-273.",
        "References to harbours are kept in the ledger.",
    ]
    pdf = tmp_path / "harbour.pdf"
    pdf.write_bytes(_pdf_with_title_property("Harbours", "Harbour Logistics", body))
    markdown = convert_pdf(pdf).markdown
    assert _headings(markdown) == ["Acknowledgments", "References"], markdown
    assert "References to harbours are kept" in markdown  # a sentence that opens on the word stays one


def test_a_book_page_with_its_prose_straight_in_the_body_keeps_its_headings_and_loses_its_page_numbers() -> None:
    from tutor.ingest.convert.web import convert_html

    def chapter(number: str, title: str, first: str, page: int) -> str:
        return (  # as Project Gutenberg's HTML books are laid out: headings and paragraphs straight in <body>
            f'<h2><a name="{number}" id="{number}"></a>{number}</h2>\n<h2><i>{title}</i></h2>\n'
            f"<p>{first} It does not aim to edify either the musical professor or the musical scholar. Its business "
            "is with those who love music and present themselves for its gracious ministrations in Concert-Room and "
            f'Opera House, but have not<span class="pagenum"><a name="Page_{page}">[Pg {page}]</a></span> studied '
            "it as professors and scholars are supposed to study.</p>\n"
            "<p>The capacity properly to listen to music is better proof of musical talent in the listener than "
            'skill to play upon an in<span epub:type="pagebreak" id="p9">9</span>strument.</p>\n'
        )

    html = (
        "<html><head><title>How to Listen to Music</title></head><body>\n<h1>HOW TO LISTEN TO MUSIC</h1>\n"
        + chapter("I", "Introduction", "This book has a purpose, which is as simple as it is plain.", 4)
        + chapter("II", "Recognition of Musical Elements", "Music is the most ideal of the arts.", 20)
        + "</body></html>"
    )
    markdown = convert_html(Path("17474-h.htm"), html.encode()).markdown
    assert _headings(markdown) == ["I", "*Introduction*", "II", "*Recognition of Musical Elements*"]  # were none
    assert "but have not studied it" in markdown and "Pg" not in markdown  # the paper edition's page number
    assert "play upon an instrument." in markdown
    nested = html.replace("<body>", "<body><div class='main'><div>").replace("</body>", "</div></div></body>")
    assert "Pg" not in convert_html(Path("nested.htm"), nested.encode()).markdown  # marks go from any page


def test_a_heading_broken_over_lines_keeps_its_words_and_a_numbering_reads_as_one() -> None:
    from tutor.ingest.convert.web import convert_html

    prose = (
        "<p>Darwin's theory that music had its origin in the love calls of animals is one that has been argued "
        "for and against by many writers, and it still finds followers among those who study the question.</p>"
    )
    html = (
        "<html><body><article><h1>Critical and Historical Essays</h1>"
        f'<h2><a name="I"></a>I<br /><br />\nTHE ORIGIN OF MUSIC</h2>{prose}'
        f"<h2>Chapter 2<br>Song</h2>{prose}<h2>Lectures delivered<br/>at Columbia</h2>{prose}</article></body></html>"
    )
    markdown = convert_html(Path("16351-h.htm"), html.encode()).markdown
    assert _headings(markdown) == ["I. THE ORIGIN OF MUSIC", "Chapter 2. Song", "Lectures delivered at Columbia"]
    assert "\nTHE ORIGIN OF MUSIC" not in markdown  # was a paragraph of its own under the heading "I"


def test_notes_marked_only_by_their_links_are_left_out_and_other_links_stay() -> None:
    from tutor.ingest.convert.web import convert_html

    prose = (
        "Counterpoint consists of the trick of making a number of voices sing different melodies at the same time "
        "without violating certain given rules, and it grew slowly out of the music of the church."
    )
    html = (  # as Project Gutenberg's books mark notes: a link to the note, and a note that opens with its label
        f"<html><body><article><h1>Essays</h1><h2>Counterpoint</h2><p>{prose} <a name='ft11'></a>The given melody "
        "soon acquired the name of <i>cantus firmus</i>, and the other parts were each called <i>contrapunctus</i>,"
        '<a class="fn" href="#fn11">&nbsp;11&nbsp;</a> as before. See section <a href="#s2">2</a> for the rules.</p>'
        f'<p>{prose} The French horn is mellow.<a href="#Footnote_A_1" class="fnanchor">[A]</a></p>'
        '<h2 id="s2">Rules</h2><p class="fn"><span><a href="#ft11">&nbsp;11&nbsp;</a></span><a name="fn11"></a>'
        "Only principal (tenor or cantus firmus) was sung to words.</p>"
        '<div class="footnote"><p><a name="Footnote_A_1" id="Footnote_A_1"></a><a href="#FNanchor_A_1">'
        '<span class="label">[A]</span></a> "Beethoven and His Nine Symphonies," p. 374.</p></div>'
        f"<p>{prose}</p></article></body></html>"
    )
    markdown = convert_html(Path("16351-h.htm"), html.encode()).markdown
    assert "*contrapunctus*, as before." in markdown and "The French horn is mellow.\n" in markdown  # no "11", "[A]"
    assert "Only principal" not in markdown and "Nine Symphonies" not in markdown  # the notes
    assert "See section 2 for the rules." in markdown  # a link to a heading is no note's mark


def test_a_pdfs_superscripts_and_subscripts_go_back_into_their_line(tmp_path: Path) -> None:
    from tutor.ingest.convert.pdf import convert_pdf

    def run(size: int, x: float, y: float, text: str) -> str:
        return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"

    body = "Equations of the same form involve one unknown that is multiplied by itself, so"
    lines = [run(12, 72, 700, body), run(12, 72, 684, "that x"), run(8, 106.7, 689, "2"), run(12, 111.2, 684, ", x")]
    lines += [run(8, 124.4, 689, "3"), run(12, 134.5, 684, ", etc., appear. Again 3x"), run(8, 261, 689, "2")]
    lines += [run(12, 265.5, 684, "- 2x + 1 = 0 is quadratic, and the water molecule H"), run(8, 533.2, 681, "2")]
    lines += [run(12, 537.5, 684, "O is")]
    lines += [run(12, 72, 668, "bent. The greatest improvement"), run(8, 242, 673, "113"), run(12, 258, 668, "in")]
    lines += [run(12, 270, 668, "the productive powers of labour came with the division of labour in the factory.")]
    pdf = tmp_path / "forms.pdf"
    pdf.write_bytes(_pdf_drawing(lines))
    text = " ".join(convert_pdf(pdf).markdown.split())
    assert "so that x², x³, etc., appear. Again 3x²- 2x + 1 = 0 is quadratic" in text  # was "x 2 , x 3 , … 3x 2- 2x"
    assert "the water molecule H₂O is bent." in text
    assert "The greatest improvement in the productive powers" in text  # a note's mark after a word: no "113"


def test_a_line_break_inside_a_sentence_is_a_space_and_one_between_lines_of_code_or_verse_stays(tmp_path: Path) -> None:
    page = tmp_path / "fetch.html"
    page.write_text(
        "<html><head><title>Fetching</title></head><body><article><h1>Fetching</h1>"
        "<p>The <code>fetch()</code> function takes the same arguments as those passed to the\n<br/>\n"
        "<code>Request()</code> constructor, so you may pass arbitrarily complex requests to it. They map to the "
        "underlying HTTP concepts but have\n<br/>certain visibility filters in place for privacy and security.</p>"
        "<p>The woods are lovely, dark and deep,<br/>But I have promises to keep, and many more lines to write.</p>"
        "<pre>$ wasmer run hello.wasm<br/>hello, world!</pre>"
        "<p>Another paragraph long enough to be kept as text by the extractor, with several more words in it.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [added] = add_documents([page], tmp_path / "knowledge")
    text = added.written.read_text(encoding="utf-8") if added.written else ""
    assert re.search(r"passed to the[ \t]*\n?[ \t]*`Request\(\)` constructor", text)  # one paragraph, not two
    assert re.search(r"but have[ \t]*\n?[ \t]*certain visibility filters", text)
    assert not re.search(r"dark and deep, But", text)  # a verse's next line opens on a capital: its break stays
    assert not re.search(r"hello\.wasm hello", text)  # a line of output after a command: preformatted, kept
