"""Answers that hold up on texts nobody tuned the tutor for (issue 13).

The fast tests pin each mechanism on a small text written for it, with the fake embedder; the slow ones
hold the tutor to its bar on five real texts of other kinds, each with questions written before anyone
looked at the tutor's answers (`tests/data/texts/SOURCES.md`)."""

from pathlib import Path

import numpy as np
import pytest
from helpers import assert_citation_contract, tutor_over

from tutor.answer.asks import answer_type, has_type
from tutor.answer.query import QueryBuilder, decades_in_digits
from tutor.answer.selection import dated
from tutor.answer.tutor import Tutor
from tutor.index.build import build_index
from tutor.index.load import load_index
from tutor.index.retrieval import Retriever
from tutor.ingest.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
ML_LESSONS = ROOT.parent / "shared" / "eval" / "foreign" / "ml-lessons"

LESSON = """---
title: A short history of computing
---
# A short history of computing

## 1980s Personal computers

The rise of personal computers competed with large, specialized, centralized systems.
Researchers began to field criticism about their approaches:

- Hardware was expensive.
- Critics raised several objections:
  - Mainframes were too slow for interactive work.
  - Terminals were rationed by the hour.
- Budgets shrank.

## Revenue

In a report released in 2012, the company said its revenue for 2011 was $163 million.
It has proven itself to be valuable in business, health, and finance.

## Offices

In 2015 the company opened an office in Berlin.

## Registration

On January 23, 1998, the company made two announcements about its software.
One day later, Jamie Zawinski registered the domain.
The domain soon hosted a small community of volunteers.

Volunteers wrote most of its code.
"""


@pytest.fixture
def lesson_tutor(tmp_path: Path, fake_embedder) -> tuple[Tutor, Path]:
    return tutor_over(tmp_path, {"lesson.md": LESSON}, fake_embedder)


def test_decades_in_words_are_written_as_texts_write_them() -> None:
    assert decades_in_digits("Why did the money vanish in the seventies?") == "Why did the money vanish in the 1970s?"
    assert decades_in_digits("What happened in the late eighties?") == "What happened in the late 1980s?"
    assert decades_in_digits("She was in her twenties") == "She was in her twenties"  # an age, not a decade


def test_a_real_word_is_not_corrected_into_a_word_of_the_text() -> None:
    builder = QueryBuilder({"field": 3, "lab": 2}, {"field": "field"}, known=("field",))
    assert builder.correct("Which camp kept fiddling with their code?") == "Which camp kept fiddling with their code?"
    assert builder.correct("what is a feild") == "what is a field"  # a typo still is


def test_a_decade_is_a_time_and_when_should_asks_for_a_condition() -> None:
    assert has_type("in the 1980s so did the proliferation of expert systems", "time")
    assert has_type("optimism ran high through the mid '70s", "time")
    assert answer_type("When did expert systems spread?") == "time"
    assert answer_type("When should an alert page a human?") is None


def test_a_when_clause_that_sets_the_scene_asks_for_no_time(tmp_path: Path, fake_embedder) -> None:
    assert answer_type("When I collect data for a model, what should I watch out for?") is None
    assert answer_type("When money got tight, how many signs were left?") == "number"  # the question after it
    assert answer_type("When was neon discovered, and when was the first sign lit?") == "time"
    text = "# Data\n\n## Collecting\n\nCollect your data with care and watch out for bias in the data you collect.\n"
    tutor, _ = tutor_over(tmp_path, {"data.md": text}, fake_embedder)
    assert tutor.ask("When I collect data for a model, what should I watch out for?").in_scope


def test_what_something_is_called_prefers_the_sentence_that_names_it() -> None:
    asked = answer_type("Training a big model takes many passes over the data - what are those rounds called?")
    assert asked == "term" and answer_type("What is the name for a pass over the data?") == "term"
    assert has_type("it can take many iterations, or 'epochs', to train a large model", asked)
    assert has_type("This is called a move.", asked)
    assert not has_type("An overfit model has learned the data's details and the model's noise too well.", asked)
    assert answer_type("What is an epoch?") is None


def test_nested_list_items_keep_their_level(tmp_path: Path) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(LESSON, encoding="utf-8")
    document = read_document(path, tmp_path)
    units = [u for s in document.sections for b in s.blocks for u in b.units if u.item >= 0]
    levels = {u.text: u.level for u in units}
    assert levels["Critics raised several objections:"] == 0
    assert levels["Mainframes were too slow for interactive work."] == 1
    assert levels["Budgets shrank."] == 0


def test_an_item_that_introduces_nested_items_brings_them(lesson_tutor) -> None:
    tutor, knowledge = lesson_tutor
    answer = tutor.ask("Critics raised several objections: which?")
    assert_citation_contract(answer.to_dict(), knowledge, all_used=True)
    assert "Critics raised several objections:" in answer.text
    assert "Mainframes were too slow" in answer.text and "Terminals were rationed" in answer.text


def test_an_acronym_the_text_spells_out_is_known(lesson_tutor) -> None:
    tutor, _ = lesson_tutor
    assert tutor.unknown_names("How did cheap home PCs affect centralized systems?") == []
    assert tutor.unknown_names("How did cheap home GPUs affect centralized systems?") == ["GPUs"]
    # small words are never the initials: "field criticism about" does not spell "FCA"
    assert tutor.unknown_names("What did the FCA say about the approaches?") == ["FCA"]


def test_a_word_said_loudly_or_a_countrys_other_name_is_no_unknown_name(tmp_path: Path, fake_embedder) -> None:
    text = "# Neon\n\nThe first neon signs in the United States were made for a car company in Los Angeles.\n"
    tutor, _ = tutor_over(tmp_path, {"neon.md": text}, fake_embedder)
    assert tutor.unknown_names("Who made the BIGGEST neon signs in America?") == []
    assert tutor.unknown_names("Who made the first neon signs in ENGLAND?") == ["ENGLAND"]
    assert tutor.unknown_names("Who made the first neon signs in Britain?") == ["Britain"]
    assert tutor.unknown_names("Who made the first signs for GDPR?") == ["GDPR"]


def test_a_name_is_known_by_all_its_parts_and_a_functions_name_in_any_case(tmp_path: Path, fake_embedder) -> None:
    text = (
        "# Tidy data\n\nTidy data is Codd's 3rd normal form, framed in statistical language. Melting turns columns "
        "into rows, and casting turns rows into columns; the melt() function does the first.\n"
    )
    tutor, _ = tutor_over(tmp_path, {"tidy.md": text}, fake_embedder)
    assert tutor.unknown_names("What is Boyce-Codd normal form?") == ["Boyce-Codd"]  # "Codd" alone is not it
    assert tutor.unknown_names("How is Codd's third normal form framed?") == []
    assert tutor.unknown_names("How do gather() and spread() differ from melt()?") == ["gather", "spread"]
    assert not tutor.ask("How do the functions gather() and spread() work?").in_scope


def test_a_year_the_question_names_must_be_in_the_evidence(lesson_tutor) -> None:
    tutor, _ = lesson_tutor
    assert tutor.ask("What was the company's revenue for 2011?").in_scope
    refused = tutor.ask("What was the company's revenue for 2015?")
    assert not refused.in_scope and "Revenue" in refused.closest_sections
    assert tutor.ask("What competed with centralized systems in the late eighties?").in_scope  # "1980s" heading


def test_the_passage_of_the_nearest_sentence_is_searched(lesson_tutor) -> None:
    tutor, _ = lesson_tutor
    index = tutor.index
    sentence = "It has proven itself to be valuable in business, health, and finance."
    vector = tutor.embedder.embed([sentence])[0]
    hits = Retriever(index).by_sentence(vector, 1)
    assert len(hits) == 1 and sentence in index.chunks[hits[0].chunk].text
    assert hits[0].dense == pytest.approx(float(index.faiss.reconstruct(hits[0].chunk) @ vector), abs=1e-5)
    assert Retriever(index).by_sentence(np.zeros_like(vector), 0) == []


# ----------------------------------------------------------------------------------- real texts, real model

TEXTS = {
    # name: (knowledge folder, question set, floors: hit@1, hit@3, keyword recall, out-of-scope refused)
    "ml-lessons": (ML_LESSONS, ML_LESSONS.parent / "ml-lessons.jsonl", (0.80, 0.88, 0.80, 0.80)),
    "mozilla-wikipedia": (
        DATA / "texts" / "mozilla-wikipedia",
        DATA / "mozilla-wikipedia.jsonl",
        (0.85, 0.94, 0.70, 0.65),
    ),
    "sre-monitoring": (DATA / "texts" / "sre-monitoring", DATA / "sre-monitoring.jsonl", (0.73, 0.88, 0.70, 0.8)),
    "rust-ownership": (DATA / "texts" / "rust-ownership", DATA / "rust-ownership.jsonl", (0.75, 0.88, 0.65, 0.8)),
    "ml-lessons-3-4": (DATA / "texts" / "ml-lessons-3-4", DATA / "ml-lessons-3-4.jsonl", (0.72, 0.9, 0.7, 0.65)),
    # a research paper as a PDF, added as a learner adds it (`tutor add`); its blind set declines 3 of 25 in scope
    "tracemonkey-paper": (DATA / "documents" / "tracemonkey.pdf", DATA / "tracemonkey.jsonl", (0.55, 0.72, 0.5, 0.5)),
    "dpr-paper": (DATA / "documents" / "dpr-paper.pdf", DATA / "dpr-paper.jsonl", (0.6, 0.68, 0.55, 0.9)),
    # a single-column journal article set in TeX, with tables and R code; its set written blind (2026-12-02)
    "tidy-data-paper": (DATA / "documents" / "tidy-data.pdf", DATA / "tidy-data.jsonl", (0.55, 0.85, 0.6, 0.6)),
    # lecture slides a browser printed to PDF (reveal.js), read slide by slide; its set written blind (2026-12-05)
    "ai-slides": (
        DATA / "documents" / "ai-slides-browser.pdf",
        DATA / "ai-slides-browser.jsonl",
        (0.68, 0.8, 0.55, 0.8),
    ),
    # a standard as plain text set in pages (RFC 6749, OAuth 2.0); its set written blind (2026-12-06)
    "rfc6749": (DATA / "documents" / "rfc6749.txt", DATA / "rfc6749.jsonl", (0.48, 0.68, 0.55, 0.8)),
}
# false refusals at most, where not 0.05: TraceMonkey's 4 of 25 (3 until its PDF was read whole, a54b6fc: a figure's
# garbled caption, "(11)" and all, had been the best evidence for "… and how many traces per loop are needed?")
MOST_DECLINED = {"tracemonkey-paper": 0.16}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TEXTS))
def test_texts_nobody_tuned_for_meet_their_bar(name: str, tmp_path: Path, real_embedder) -> None:
    """Measured like `tutor eval` (floors a little under today's numbers, README "Texts nobody tuned it for")."""
    from tutor.evaluation import evaluate, load_questions, summarize
    from tutor.ingest.convert import add_documents

    folder, questions, (hit1, hit3, keywords, declined) = TEXTS[name]
    if not folder.exists():
        pytest.skip(f"{folder} lives in ../shared")
    if folder.is_file():  # a document: converted into a knowledge folder first
        [added] = add_documents([folder], tmp_path / "knowledge")
        assert added.written, added.error
        folder = tmp_path / "knowledge"
    build_index(folder, tmp_path / "index", real_embedder, progress=False)
    tutor = Tutor(load_index(tmp_path / "index"), real_embedder)
    s = summarize(evaluate(load_questions(questions), tutor.ask))
    assert s["hit1"] >= hit1 and s["hit3"] >= hit3 and s["keyword_recall"] >= keywords
    assert s["false_refusal"] <= MOST_DECLINED.get(name, 0.05) and s["oos_refusal"] >= declined
    assert s["median_words"] <= 80


PAPER = """# Dense retrieval

## 3.1 Overview

Our retriever maps every passage to a vector and indexes them all before any question is asked.

Inference During inference time, we apply the passage encoder to all the passages and index them using FAISS \
offline. FAISS is an extremely efficient, open-source library for similarity search and clustering of dense \
vectors, which can easily be applied to billions of vectors. Given a question at run-time, we derive its embedding \
and retrieve the top passages with embeddings closest to it.

## 5.4 Run-time Efficiency

The main reason that we require a retrieval component is to reduce the number of candidate passages. However, \
building the FAISS index on 21 million vectors on a single server takes 8.5 hours. In comparison, building an \
inverted index using Lucene is much cheaper.
"""


@pytest.mark.model
def test_what_is_x_is_answered_first_by_the_sentence_that_says_what_x_is(tmp_path: Path, real_embedder) -> None:
    tutor, _ = tutor_over(tmp_path, {"dpr.md": PAPER}, real_embedder)
    for question in ("What is FAISS?", "what's FAISS?"):
        answer = tutor.ask(question)  # the first citation holds the definition, not "building the FAISS index"
        assert answer.in_scope and "FAISS is an extremely efficient" in answer.citations[0].text, answer.text


def test_a_lead_in_scores_no_more_than_halfway_to_its_best_item(lesson_tutor) -> None:
    from tutor.answer.scoring import Scored

    tutor, _ = lesson_tutor
    index = tutor.index
    (c, chunk), *_ = [(i, ch) for i, ch in enumerate(index.chunks) if "field criticism" in ch.text]
    scores = {u: 0.1 for u in chunk.units}
    lead_in = next(u for u in chunk.units if chunk.unit_text(u).startswith("Researchers began"))
    scores[lead_in] = 0.9
    scored = [Scored(c, u, s) for u, s in scores.items()]
    rescored = {s.unit: s.score for s in tutor.lead_ins.by_list(scored)}
    assert rescored[lead_in] == pytest.approx(0.5)  # halfway between 0.9 and its items' 0.1
    assert all(rescored[u] == 0.1 for u in chunk.units if u != lead_in)
    scores[next(u for u in chunk.units if u.item >= 0)] = 0.95  # an item scores better: the lead-in keeps its own
    rescored = {s.unit: s.score for s in tutor.lead_ins.by_list([Scored(c, u, s) for u, s in scores.items()])}
    assert rescored[lead_in] == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("question", "wants_list"),
    [
        ("Name the three pillars of cyber diplomacy.", True),
        ("What are the main challenges states face?", True),
        ("List the prerequisites.", True),
        ("Which Python toolkit does the course mainly rely on?", False),  # "mainly" is not "main"
        ("Who are Markov chains named after?", False),  # "named" is not "name"
    ],
)
def test_list_cues_are_whole_words(question: str, wants_list: bool) -> None:
    from tutor.answer.asks import asks_for_list

    assert asks_for_list(question) is wants_list


def test_a_question_that_names_a_heading_is_asked_within_that_section(lesson_tutor) -> None:
    tutor, _ = lesson_tutor
    sections = tutor.sections
    within = sections.contained("During the personal computers era, what competed with centralized systems?")
    assert within and {tutor.index.chunks[i].section for i in within} == {"1980s Personal computers"}
    assert sections.contained("What did the company say about its money?") == set()  # names no heading
    assert sections.contained("What were the offices and the revenue?") == set()  # names two: neither wins


def test_a_when_question_needs_the_time_in_its_best_sentence_or_what_it_leans_on(lesson_tutor) -> None:
    from tutor.answer.question import analyse
    from tutor.answer.scoring import Scored

    tutor, _ = lesson_tutor
    index = tutor.index
    (c, chunk), *_ = [(i, ch) for i, ch in enumerate(index.chunks) if "Jamie Zawinski" in ch.text]
    unit = {chunk.unit_text(u)[:12]: u for u in chunk.units}
    later, hosted, announced = unit["One day late"], unit["The domain s"], unit["On January 2"]
    wrote = unit["Volunteers w"]
    question = analyse(tutor.queries.build("When did the domain get going?"), True, pointed=False)
    assert question.answer_type == "time"
    typed = tutor.checks._typed_evidence
    assert typed(question, [Scored(c, later, 1.0)])  # "One day later": the date is in the sentence before
    assert typed(question, [Scored(c, hosted, 1.0)])  # "soon": the paragraph is dated by its opening sentence
    assert not typed(question, [Scored(c, wrote, 1.0), Scored(c, announced, 0.9)])  # another paragraph's date
    # the answer quotes the sentence that dates it, in place of a lesser one when the words would not allow both
    chosen = dated(tutor.scorer, [Scored(c, hosted, 1.0), Scored(c, wrote, 0.9)], "time", max_words=80)
    assert [chunk.unit_text(s.unit)[:12] for s in chosen] == ["The domain s", "Volunteers w", "On January 2"]
    short = dated(tutor.scorer, [Scored(c, hosted, 1.0), Scored(c, wrote, 0.9)], "time", max_words=25)
    assert [chunk.unit_text(s.unit)[:12] for s in short] == ["The domain s", "On January 2"]
    assert dated(tutor.scorer, [Scored(c, wrote, 1.0)], "time", max_words=80) == [Scored(c, wrote, 1.0)]


def test_an_images_caption_is_not_prose(tmp_path: Path) -> None:
    path = tmp_path / "lesson.md"
    path.write_text(
        "# Lesson\n\n![A sketch](sketch.png)\n> Sketchnote by Tomomi Imura\n\n"
        "![A chart](chart.png)\n\n*Figure 2: the hype curve of AI.*\n\n"
        "![A graph](graph.png)\n\nMachine learning is a subset of artificial intelligence.\n\n"
        "> A quote that teaches, with no image above it.\n",
        encoding="utf-8",
    )
    document = read_document(path, tmp_path)
    texts = [u.text or document.text[u.start : u.end] for s in document.sections for b in s.blocks for u in b.units]
    assert "Sketchnote by Tomomi Imura" not in texts
    assert not any("Figure 2" in t for t in texts)
    assert "Machine learning is a subset of artificial intelligence." in texts  # a plain paragraph after an image
    assert "A quote that teaches, with no image above it." in texts


def test_a_follow_up_is_asked_within_the_section_its_subject_heads(tmp_path: Path, fake_embedder) -> None:
    text = (
        "# Harms\n\n## Fairness-related harms\n\nThe main harms are allocation and denigration. "
        "Let us look at examples.\n\n"
        "Revisit the examples of each harm and compare them with examples of your own.\n\n"
        "## Denigration\n\nAn image labeling technology infamously mislabeled photographs of people.\n"
        "The label itself has a long history of being used to insult people.\n"
    )
    tutor, _ = tutor_over(tmp_path, {"harms.md": text}, fake_embedder)
    answer = tutor.ask("What example does the text give of it?", history=["What is the denigration harm?"])
    assert answer.in_scope and answer.citations[0].section == "Denigration"


def test_an_invitation_to_imagine_brings_the_sentence_that_describes_it(tmp_path: Path, fake_embedder) -> None:
    text = (
        "# Memory\n\n## The heap\n\nThe memory allocator finds an empty spot in the heap that is big enough. "
        "Think of being seated at a restaurant. When you enter, you state the number of people in your group, "
        "and the host finds an empty table that fits everyone.\n\n## The stack\n\nThe stack is fast.\n"
    )
    tutor, _ = tutor_over(tmp_path, {"memory.md": text}, fake_embedder)
    answer = tutor.ask("How is the heap like being seated at a restaurant?")
    assert "Think of being seated" in answer.text and "the host finds an empty table" in answer.text
