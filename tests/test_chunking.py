from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.english.text import word_count
from tutor.ingest.chunking import ChunkerSettings, chunk_document
from tutor.ingest.reading import parse, read_knowledge


def test_chunks_are_exact_spans_within_one_section(knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    chunks = chunk_document(doc)
    assert len(chunks) >= 15
    for c in chunks:
        assert c.text == doc.text[c.start : c.end]
        section = next(s for s in doc.sections if s.title == c.section)
        assert section.start <= c.start and c.end <= section.end
        assert word_count(c.text) <= 200
        assert all(c.start <= u.start < u.end <= c.end for u in c.units)


def test_list_stays_with_its_lead_in(knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    chunk = next(c for c in chunk_document(doc) if "diplomatic agendas, following are;" in c.text)
    assert "The development of international cyber laws." in chunk.text


def test_long_section_splits_between_paragraphs_then_sentences() -> None:
    para = " ".join(f"Sentence number {i} has five words." for i in range(30))  # 180 words
    text = f"# Doc\n\n## Long\n\n{para}\n\n{para}\n"
    doc = parse(text, "k/long.md")
    chunks = chunk_document(doc, ChunkerSettings(max_words=100))
    assert len(chunks) >= 4
    for c in chunks:
        assert word_count(c.text) <= 100
        assert c.text.endswith(".") and c.text == text[c.start : c.end]


def test_lead_in_moves_to_the_next_chunk_with_its_list() -> None:
    filler = " ".join(["Filler words go here."] * 18)  # 72 words
    text = f"# D\n\n## S\n\n{filler}\n\nThese are the items:\n\n- alpha one\n- beta two\n- gamma three\n"
    chunks = chunk_document(parse(text, "k/d.md"), ChunkerSettings(max_words=80))
    with_list = next(c for c in chunks if "alpha one" in c.text)
    assert with_list.text.startswith("These are the items:")


_line = st.one_of(
    st.text(min_size=0, max_size=80),
    st.sampled_from(
        ["# Heading", "## Sub heading", "- item", "1. first", "", "   ", "---", "Plain sentence. Another!"]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_line, max_size=40), markdown=st.booleans(), sep=st.sampled_from(["\n", "\r\n"]))
def test_chunk_spans_exact_on_arbitrary_documents(lines: list[str], markdown: bool, sep: str) -> None:
    text = sep.join(lines)
    doc = parse(text, "k/x.md", markdown=markdown)
    for c in chunk_document(doc, ChunkerSettings(max_words=30)):
        assert c.text == text[c.start : c.end]
        assert c.text.strip()
        for u in c.units:
            assert c.start <= u.start < u.end <= c.end
            assert text[u.start : u.end].strip() == text[u.start : u.end]
