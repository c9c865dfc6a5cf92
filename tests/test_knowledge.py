import re
from pathlib import Path

import pytest

from tutor.english.text import sentence_spans
from tutor.errors import KnowledgeError
from tutor.ingest.latex import math_text
from tutor.ingest.reading import knowledge_files, knowledge_stats, parse, read_document, read_knowledge
from tutor.records import Unit

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "cyber-diplomacy-article.txt"
FURNITURE = ("You are currently viewing", "Also Read About", "Register Yourself", "Leave a Reply")


def _norm(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_article_keeps_every_sentence_of_the_seed_word_for_word(knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    body = _norm(doc.text)
    checked = 0
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*(•|\d+\.)\s*", "", line).strip()
        if not line or line.startswith(FURNITURE) or not re.search(r"[.!?:;]$", line):
            continue  # headings and captions are checked as headings below
        assert _norm(line) in body, line
        checked += 1
    assert checked >= 35


def test_article_structure(knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    assert doc.title == "The Significance of Cyber Diplomacy in the 21st Century"
    assert doc.meta["author"] == "Oleksandra Mamchii"
    titles = [s.title for s in doc.sections]
    assert "What Is Cyber Diplomacy?" in titles
    assert "5) Cyber Diplomacy Preserves the Interest of Non- State Actors" in titles
    assert not any(t.startswith(FURNITURE) for t in titles)
    assert "Also Read About" not in doc.text and "Leave a Reply" not in doc.text
    function = next(s for s in doc.sections if s.title == "The Function of Cyber Diplomacy")
    lists = [b for b in function.blocks if b.kind == "list"]
    assert len(lists) == 1 and len({u.item for u in lists[0].units}) == 6
    sub = next(s for s in doc.sections if s.title.startswith("2) The Rapid Growth"))
    assert sub.parent == "Cyber Diplomacy Challenges" and sub.level == 3


def test_every_unit_span_is_exact_text(knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    for section in doc.sections:
        for block in section.blocks:
            for u in block.units:
                span = doc.text[u.start : u.end]
                assert span == span.strip() and span


def test_markdown_front_matter_headings_lists() -> None:
    text = (
        '---\ntitle: "T"\nauthor: A\n---\n\n# T\n\nIntro one. Intro two.\n\n'
        "## Part\n\nLead in:\n\n- a thing\n- b thing\n  continued\n"
    )
    doc = parse(text, "k/x.md")
    assert doc.title == "T" and doc.meta == {"title": "T", "author": "A"}
    part = doc.sections[-1]
    assert part.title == "Part"
    items = [doc.text[u.start : u.end] for u in part.blocks[1].units]
    assert items == ["a thing", "b thing\n  continued"]
    intro = [doc.text[u.start : u.end] for u in doc.sections[0].blocks[0].units]
    assert intro == ["Intro one.", "Intro two."]


def test_plain_text_headings_found_by_shape() -> None:
    text = "A Short Title\n\nBody sentence one. Body two.\n\nAnother Heading\n\nMore body text here.\n"
    doc = parse(text, "k/x.txt", markdown=False)
    assert [s.title for s in doc.sections] == ["A Short Title", "Another Heading"]
    assert doc.text[doc.sections[1].blocks[0].start : doc.sections[1].blocks[0].end] == "More body text here."


def test_bom_and_crlf_keep_offsets_exact(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "a.txt").write_bytes("\ufeffTitle Here\r\n\r\nFirst sentence. Second one.\r\n".encode())
    doc = read_document(folder / "a.txt", folder)
    raw = (folder / "a.txt").read_bytes().decode("utf-8")
    units = [u for s in doc.sections for b in s.blocks for u in b.units]
    assert [raw[u.start : u.end] for u in units] == ["First sentence.", "Second one."]
    assert doc.sections[0].title == "Title Here"
    assert doc.source == "knowledge/a.txt"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Caf\u00e9 cr\u00e8me.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_are_named_with_the_fix(tmp_path: Path, content: bytes, message: str) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "good.md").write_text("# Good\n\nFine text.\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(content)
    with pytest.raises(KnowledgeError) as err:
        read_knowledge(folder)
    assert "bad.txt" in str(err.value) and message in str(err.value)


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        read_knowledge(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(KnowledgeError, match="no .md or .txt"):
        read_knowledge(tmp_path / "empty")


def test_sentence_splitting_respects_abbreviations() -> None:
    text = "For example, the U.S. has a plan. It works. so, lower case starts count too. Dr. Smith agrees."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == [
        "For example, the U.S. has a plan.",
        "It works.",
        "so, lower case starts count too.",
        "Dr. Smith agrees.",
    ]


def test_an_exclamation_mark_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Return a Result rather than make a panic! call. You could call panic! for any error. It fails! Stop."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Return a Result rather than make a panic! call.",
        "You could call panic! for any error.",
        "It fails!",
        "Stop.",
    ]


def test_a_middle_initial_ends_no_sentence_but_a_letter_before_a_new_sentence_does() -> None:
    text = (
        "It refers to bacteria, says Brian K. Coombes of McMaster. They moved to Plan B. Then it worked. "
        "SQL for Data Scientists by Renée M. P. Teate is an introduction."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "It refers to bacteria, says Brian K. Coombes of McMaster.",
        "They moved to Plan B.",
        "Then it worked.",
        "SQL for Data Scientists by Renée M. P. Teate is an introduction.",  # an initial after another (format 26)
    ]


def test_which_files_are_knowledge(tmp_path: Path) -> None:
    for name in ["a.md", "b.txt", "sub/c.markdown", "upper.MD", ".hidden.md", ".git/x.md", "sub/.cache/y.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# T\n\nText.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("About this folder.\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    expected = sorted(tmp_path / n for n in ["a.md", "b.txt", "sub/c.markdown", "upper.MD"])
    assert knowledge_files(tmp_path) == expected
    stats = knowledge_stats(tmp_path)
    assert sorted(Path(p) for p in stats) == expected
    assert stats[str(tmp_path / "b.txt")][1] == len("# T\n\nText.\n")


def test_a_heading_inside_a_quote_titles_the_quote_and_the_text_goes_on_under_its_own_heading() -> None:
    text = (
        "## Ownership\n\nOwnership is a set of rules.\n\n"
        "> ### The Stack and the Heap\n>\n> The stack stores values.\n\n"
        "Each value has an owner.\n"
    )
    doc = parse(text, "knowledge/own.md")
    by_title = [(s.title, [u.text for b in s.blocks for u in b.units]) for s in doc.sections]
    assert by_title == [
        ("Ownership", ["Ownership is a set of rules."]),
        ("The Stack and the Heap", ["The stack stores values."]),
        ("Ownership", ["Each value has an owner."]),
    ]
    assert all(text[u.start : u.end] == u.text for s in doc.sections for b in s.blocks for u in b.units)


def test_a_standfirst_marked_up_as_a_heading_is_the_texts_first_paragraph() -> None:
    text = (
        "# Neon\n\n## The once-ubiquitous kind of light was novel when it first emerged, though it now means decline."
        "\n\n"
        "In 1898 Ramsay isolated neon.\n\n## Fiona Parry issued a plea for people to stay away from the pills.\n\n"
        "She spoke on Monday.\n\n## I love it / it segfaulted / there's a problem in the manual!\n\nWrite to us.\n"
    )
    doc = parse(text, "knowledge/neon.md")
    by_title = [(s.title, [u.text for b in s.blocks for u in b.units]) for s in doc.sections]
    assert by_title == [
        (
            "Neon",
            [
                "The once-ubiquitous kind of light was novel when it first emerged, though it now means decline.",
                "In 1898 Ramsay isolated neon.",
            ],
        ),
        ("Fiona Parry issued a plea for people to stay away from the pills.", ["She spoke on Monday."]),  # not first
        ("I love it / it segfaulted / there's a problem in the manual!", ["Write to us."]),
    ]
    assert all(text[u.start : u.end] == u.text for s in doc.sections for b in s.blocks for u in b.units)


def test_a_definition_lists_marks_are_markup_and_its_term_reads_with_its_definition() -> None:
    text = (
        "## Definitions\n\nThe common readings are listed here.\n\n"
        ":   Collecting and displaying real-time data about a system.\n"
        ":   Testing behavior as a user would see it.\n\n"
        "Node and machine\n:   Used interchangeably to indicate a single instance of a running kernel.\n"
    )
    doc = parse(text, "knowledge/terms.md")
    readings = [u.text for b in doc.sections[0].blocks for u in b.units]
    assert readings == [
        "The common readings are listed here.",
        "Collecting and displaying real-time data about a system.",  # not ": Collecting …"
        "Testing behavior as a user would see it.",
        "Node and machine: Used interchangeably to indicate a single instance of a running kernel.",
    ]
    spans = [text[u.start : u.end] for b in doc.sections[0].blocks for u in b.units]
    assert spans[1] == "Collecting and displaying real-time data about a system."  # the citation is exact, mark aside
    assert spans[3].startswith("Node and machine\n:   Used")


def test_a_paragraph_all_in_brackets_is_a_placeholder_not_prose() -> None:
    text = (
        "## Divergence\n\nBob's repository now has two heads.\n\n"
        "\\[figure SG09: Bob’s repo with 2 heads for the 2 divergent changesets\\]\n\n"
        "[Image: a diagram of the two heads]\n\n[1] Smith, J. Mutable history.\n"
    )
    doc = parse(text, "knowledge/evolve.md")
    assert [u.text for s in doc.sections for b in s.blocks for u in b.units] == [
        "Bob's repository now has two heads.",
        "[1] Smith, J.",  # a reference opens with a bracket but is no placeholder
        "Mutable history.",
    ]


def _units(text: str) -> list[Unit]:
    """The sentences of a Markdown text's first section."""
    return [u for b in parse(text, "knowledge/t.md").sections[0].blocks for u in b.units]


def test_a_code_span_broken_across_lines_reads_whole_and_the_rest_of_its_sentence_too() -> None:
    text = (
        "## Instances\n\nWe add curly brackets containing _`key:\nvalue`_ pairs, where the keys are the names of the\n"
        "fields and the values are the data we want to store.   We name `two  spaced\n   words` too.\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "We add curly brackets containing key: value pairs, where the keys are the names of the fields and the values "
        "are the data we want to store.",
        "We name two spaced words too.",
    ]
    assert text[units[0].start : units[0].end].endswith("the data we want to store.")
    assert text[units[1].start : units[1].end] == "We name `two  spaced\n   words` too."


def test_a_code_span_broken_across_lines_is_found_where_it_is_not_where_the_text_writes_it_again() -> None:
    text = (
        "## Results\n\nTests that use `Result<T,\nE>` cannot panic. To assert an error, match on the\n"
        "`Result<T, E>` value. Instead, use `is_err`.\n"
    )
    assert [u.text for u in _units(text)] == [
        "Tests that use Result<T, E> cannot panic.",
        "To assert an error, match on the Result<T, E> value.",
        "Instead, use is_err.",
    ]


def test_a_bold_label_that_opens_a_paragraph_reads_as_a_label() -> None:
    text = (
        "## Guarantees\n\n**Delivery latency** 95% of jobs start within five seconds.\n\n"
        "**Learn Python.** It is the language of the course.\n\n**Bold** words inside stay as they are.\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "Delivery latency: 95% of jobs start within five seconds.",
        "Learn Python.",
        "It is the language of the course.",
        "Bold words inside stay as they are.",
    ]
    assert text[units[0].start : units[0].end].endswith("Delivery latency** 95% of jobs start within five seconds.")


def test_a_stop_inside_inline_code_ends_no_sentence() -> None:
    text = "## Access\n\nHere the `user?.` access is needless, because a user always exists. The `!` type is empty.\n"
    units = _units(text)
    assert [u.text for u in units] == [
        "Here the user?. access is needless, because a user always exists.",
        "The ! type is empty.",
    ]
    assert text[units[0].start : units[0].end] == "Here the `user?.` access is needless, because a user always exists."
    plain = "## Access\n\nHere the user?. Access is needless.\n"
    assert len(_units(plain)) == 2  # outside code, the stop still ends a sentence


def test_a_footnotes_mark_is_markup_and_its_note_no_prose() -> None:
    text = (
        "## Coercion\n\nCrockford says to avoid *implicit coercion*[^Crockford], but his code uses it. [^Ifs] Many "
        'dismissed that.\n\n[^Crockford]: "JavaScript: The World\'s Most Misunderstood Language"; 2001; '
        "https://www.crockford.com/javascript/ ; Accessed August 2022\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "Crockford says to avoid implicit coercion, but his code uses it.",
        "Many dismissed that.",
    ]
    assert text[units[0].start : units[0].end].startswith("Crockford says to avoid *implicit coercion*[^Crockford],")


def test_a_headings_attributes_and_a_containers_fences_are_markup() -> None:
    text = (
        "# Guide\n\n## Headings {#headings .wide}\n\n::: tip Before you start\n"
        "The rest of the guide assumes some HTML.\n:::\n\nPlain text stays.\n"
    )
    doc = parse(text, "knowledge/t.md")
    assert [s.title for s in doc.sections][-1] == "Headings"
    units = [u for s in doc.sections for b in s.blocks for u in b.units]
    assert [u.text for u in units] == ["The rest of the guide assumes some HTML.", "Plain text stays."]
    assert text[units[0].start : units[0].end] == "The rest of the guide assumes some HTML."
    assert [s.title for s in parse("## Sets {of numbers}\n\nA set has members.\n", "k/t.md").sections] == [
        "Sets {of numbers}"
    ]  # braces that are no attributes stay
    mdx = parse("## State is tied to a position {/*state-is-tied*/}\n\nState is isolated.\n", "k/t.md")
    assert [s.title for s in mdx.sections] == ["State is tied to a position"]  # an MDX comment holding its anchor
    hf = parse("## Unigram tokenization[[unigram-tokenization]]\n\nA model splits words.\n", "k/t.md")
    assert [s.title for s in hf.sections] == ["Unigram tokenization"]  # Hugging Face's doc-builder anchor (format 27)
    assert [s.title for s in parse("## Lists [[a]] in R\n\nA list holds things.\n", "k/t.md").sections] == [
        "Lists [[a]] in R"
    ]  # not at the end: brackets of the title's own


def test_myst_roles_cell_markers_and_colon_fences_are_markup() -> None:
    text = (
        "## Growth\n\nAs {cite}`maddison2010` shows, output grew.\n\n"
        '+++ {"user_expressions": []}\n\nIn our {ref}`earlier lecture <prices>`, prices rose.\n\n'
        "We use {doc}`pandas` here. See {numref}`fig1` for the {term}`GDP`.\n\n:::{note}\nDollars are fixed.\n:::\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "As maddison2010 shows, output grew.",
        "In our earlier lecture, prices rose.",
        "We use pandas here.",
        "See fig1 for the GDP.",
        "Dollars are fixed.",
    ]
    assert all(text[u.start] == u.text[0] and text[u.end - 1] == u.text[-1] for u in units)
    assert _units("## Sets\n\nA set {math}`S` has members.\n")[0].text == "A set S has members."
    text = (  # the same roles as Sphinx and d2lbook write them; a label is where a link lands, no words
        "## Norms\n\n:label:`sec_norm`\n\nThe method speeds up training :cite:`Ioffe.2015`, as in "
        ":numref:`sec_resnet`.\n\nEach part:of a ratio:is `x`.\n"
    )
    assert [u.text for u in _units(text)] == [
        "The method speeds up training (Ioffe, 2015), as in sec_resnet.",  # a d2lbook key as its book prints it
        "Each part:of a ratio:is x.",  # colons inside prose mark no role
    ]
    keys = (
        "## Methods\n\nKernel methods :cite:`Scholkopf.Smola.2002`, trees :cite:`Freund.Schapire.ea.1996,A.B.C.2015` "
        "ruled, as :citet:`Yang.Moczulski.Denil.ea.2015` show.\n"
    )
    (unit,) = _units(keys)
    assert unit.text == (
        "Kernel methods (Scholkopf and Smola, 2002), trees (Freund et al., 1996; A et al., 2015) ruled, as Yang et al. "
        "(2015) show."  # ":citet:" cites in the sentence
    )
    assert (keys[unit.start], keys[unit.end - 1]) == ("K", ".")
    other = "## MDPs\n\nA decision process :cite:`BellmanMDP` is a model, as trees are :cite:`Vapnik95,Ioffe.2015`.\n"
    assert [u.text for u in _units(other)] == [  # a key of no author and year: the book prints what it does not hold
        "A decision process is a model, as trees are."
    ]
    lines = (
        "## Steps\n\nThe boxes are labeled.\n:cite:`Girshick.Darrell.2014`\n"
        "Then a model runs, as\n:citet:`Fechner.1860`\nsaid.\n"
    )
    assert [u.text for u in _units(lines)] == [  # a bracketed one on its own line cites the sentence before it
        "The boxes are labeled.",
        "Then a model runs, as Fechner (1860) said.",
    ]
    tabbed = "## Tabs\n\n:begin_tab:`pytorch`\nThe model holds two variables.\n:end_tab:\n"
    assert [u.text for u in _units(tabbed)] == ["The model holds two variables."]  # a role alone on its line


def test_tex_math_reads_as_its_symbols_and_money_stays_money() -> None:
    text = (
        "## Tails\n\nThe parameter $\\alpha$ is called the tail index. Capital $k_{t+1}$ is saved, "
        "as {math}`\\hat\\beta` says.\n\n$$\ny = \\frac{1}{1+r}\n$$\n\nA loaf costs $5 and a cake $10 today.\n\n"
        "$S$ is the set of states, and $\\{p_t\\}$ the prices.\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "The parameter α is called the tail index.",
        "Capital kₜ₊₁ is saved, as β̂ says.",
        "A loaf costs $5 and a cake $10 today.",  # a display formula is no prose; dollars before digits are money
        "S is the set of states, and {pₜ} the prices.",
    ]
    assert [text[u.start : u.end] for u in units][::3] == [
        "The parameter $\\alpha$ is called the tail index.",
        "$S$ is the set of states, and $\\{p_t\\}$ the prices.",  # the source span holds the whole formula
    ]
    titles = [s.title for s in parse("## The role of $\\beta$\n\nIt discounts.\n", "k/t.md").sections]
    assert titles == ["The role of β"]
    assert [math_text(t) for t in ("\\frac{1}{1-b}", "\\tfrac{D_0}{r}", "w_{\\mathrm{area}}", "x_\\text{min}")] == [
        "1/(1−b)",  # a denominator of more than one term in parentheses
        "D₀/r",
        "w_area",  # a word in a script stays a word
        "x_min",
    ]
    assert math_text("\\frac{1") == "\\frac{1"  # TeX that cannot be read stays as written
    assert math_text("D_{KL}(f\\|g) = \\|x\\|") == "D_(KL)(f‖g) = ‖x‖"  # a norm's bars (they read as nothing before)


def test_math_between_mathjax_brackets_reads_as_its_symbols_and_escaped_brackets_stay() -> None:
    text = (
        "## Scores\n\nLet images \\\\( x_i \\in R^D \\\\) be given. The matrix \\\\(W\\\\) holds weights and "
        "\\(b\\) biases.\n\n\\\\[\nL = \\frac{1}{N}\n\\\\]\n\nThe note \\[1\\] stays, as \\\\[ y = 2 \\\\] does.\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "Let images xᵢ ∈ Rᴰ be given.",  # Jekyll's and kramdown's "\\( … \\)"
        "The matrix W holds weights and b biases.",  # … and pandoc's "\( … \)"
        "The note [1] stays, as y = 2 does.",  # a display formula alone is no prose; CommonMark's "\[" a bracket
    ]
    assert text[units[0].start : units[0].end] == "Let images \\\\( x_i \\in R^D \\\\) be given."
    opening = "## W\n\n\\\\(W\\\\) holds the weights.\n"
    assert [opening[u.start : u.end] for u in _units(opening)] == ["\\\\(W\\\\) holds the weights."]  # delimiters too


def test_kramdowns_attribute_lists_and_block_end_marks_are_markup() -> None:
    text = (  # as a Jekyll site's pages write them (an open textbook's sections, converted to kramdown)
        '## Overview\n\nHuman **anatomy**{: data-type="term"} is the study of the body’s structures.\n\n'
        '![A brain](brain.jpg "Gross anatomy"){: #fig-1 data-title="Gross and Microscopic Anatomy"}\n\n'
        '### Glossary\n{: data-type="glossary-title"}\n\nanatomy\n: science that studies the body’s structures\n^\n\n'
        "homeostasis\n: steady state of body systems\n^\n\nA set {of numbers} and x^2 stay.\n"
    )
    doc = parse(text, "knowledge/anatomy.md")
    assert [s.title for s in doc.sections] == ["Overview", "Glossary"]
    units = [u for s in doc.sections for b in s.blocks for u in b.units]
    assert [u.text for u in units] == [
        "Human anatomy is the study of the body’s structures.",  # was 'anatomy{: data-type="term"} is …'
        "anatomy: science that studies the body’s structures",  # was "… structures ^"
        "homeostasis: steady state of body systems",
        "A set {of numbers} and x^2 stay.",  # braces without a colon and a caret inside a line are words
    ]
    assert all(text[u.start : u.end].startswith(u.text.split()[0].rstrip(":")) for u in units)
    assert text[units[0].start : units[0].end].endswith("the study of the body’s structures.")


def test_an_abbreviation_after_a_quotation_mark_ends_no_sentence_and_etc_before_a_capital_does() -> None:
    text = '## Hymns\n\nIn Mendelssohn\'s "St. Paul" the choir sings an old hymn. It is sung in unison.\n'
    assert [u.text for u in _units(text)] == [
        'In Mendelssohn\'s "St. Paul" the choir sings an old hymn.',  # was 'In Mendelssohn\'s "St.' and 'Paul" the …'
        "It is sung in unison.",
    ]
    text = "## Opera\n\nHe wrote “Water Carrier,” etc. Cherubini was a pupil of Sarti. We sing hymns, etc. in class.\n"
    text += "Changes Nos. 1 to 19 are made.\n"
    assert [u.text for u in _units(text)] == [  # "etc." before a capital ends its sentence (index format 29)
        "He wrote “Water Carrier,” etc.",
        "Cherubini was a pupil of Sarti.",
        "We sing hymns, etc. in class.",
        "Changes Nos. 1 to 19 are made.",  # "Nos." is an abbreviation (index format 30)
    ]


def test_a_template_macro_in_prose_reads_as_the_page_shows_it_and_code_is_read_as_written() -> None:
    text = (
        '## Map object {{jsxref("Map")}}\n\n{{jsSidebar("JavaScript Guide")}}\n\n'
        'A {{jsxref("Map")}} object is a simple key/value map. The keys of an Object are '
        '{{jsxref("Global_Objects/String","Strings")}} or {{Glossary("Primitive", "primitives")}}. '
        "A template writes `{{ message }}` where the value goes. The {{optional_inline}} second argument is a label.\n"
    )
    units = _units(text)
    assert [u.text for u in units] == [
        "A Map object is a simple key/value map.",
        "The keys of an Object are Strings or primitives.",
        "A template writes {{ message }} where the value goes.",
        "The second argument is a label.",
    ]
    assert text[units[1].start : units[1].end].endswith('{{Glossary("Primitive", "primitives")}}.')  # exact span
    assert parse(text, "k/t.md").sections[0].title == "Map object Map"


def test_a_headings_anchor_in_brackets_is_markup() -> None:
    doc = parse("# DOM\n\n## querySelector [#querySelector]\n\nThe call returns the first match.\n", "k/t.md")
    assert [s.title for s in doc.sections][-1] == "querySelector"
