from pathlib import Path

import numpy as np
import pytest
from helpers import assert_citation_contract, tutor_over

from tutor.answer.options import AnswerOptions
from tutor.answer.scoring import Scored
from tutor.answer.tutor import Tutor
from tutor.index.build import build_index
from tutor.index.load import load_index


@pytest.fixture
def fake_tutor(knowledge: Path, tmp_path: Path, fake_embedder) -> Tutor:
    build_index(knowledge, tmp_path / "index", fake_embedder, progress=False)
    return Tutor(load_index(tmp_path / "index"), fake_embedder)


def test_answer_quotes_the_article_with_exact_citations(fake_tutor: Tutor, knowledge: Path) -> None:
    answer = fake_tutor.ask(
        "What did the Ministry of Foreign Affairs oversee in collaboration with governmental entities?"
    )
    assert answer.in_scope
    assert_citation_contract(answer.to_dict(), knowledge, all_used=True)
    assert "Ministry of Foreign Affairs" in answer.text


def test_list_question_gets_the_whole_list(fake_tutor: Tutor, knowledge: Path) -> None:
    answer = fake_tutor.ask("What range of diplomatic agendas does cyber diplomacy have?")
    assert_citation_contract(answer.to_dict(), knowledge, all_used=True)
    for item in ("dialogue", "collective response", "cyber arms", "human rights", "cyber laws"):
        assert item in answer.text
    assert answer.text.count("\n- ") >= 5


def test_unknown_names_are_refused_with_closest_sections(fake_tutor: Tutor) -> None:
    answer = fake_tutor.ask("What did the Budapest Convention say about cyber diplomacy?")
    assert not answer.in_scope
    assert answer.text.startswith(fake_tutor.wording.refusal()) and "does not answer" in answer.text
    assert answer.closest_sections and all(s in answer.text for s in answer.closest_sections)
    assert answer.citations == ()


def test_when_question_needs_a_time_in_the_evidence(fake_tutor: Tutor) -> None:
    assert fake_tutor.ask("When did the UNGGE publish its report on developments in Information?").in_scope
    assert not fake_tutor.ask("In what year did Christopher Painter become the first cyber-diplomat?").in_scope


def test_refusal_checks_can_be_switched_off(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    build_index(knowledge, tmp_path / "index", fake_embedder, progress=False)
    lenient = Tutor(load_index(tmp_path / "index"), fake_embedder, options=AnswerOptions(unknown_names=False))
    assert lenient.ask("What did the Budapest Convention say about cyber diplomacy?").in_scope


@pytest.mark.parametrize("question", ["", "   ", "?!", "\x00\x01"])
def test_empty_question_gets_a_prompt(fake_tutor: Tutor, question: str) -> None:
    answer = fake_tutor.ask(question)
    assert answer.text == fake_tutor.wording.empty_reply() and not answer.in_scope
    assert answer.text.startswith("Ask me a question about “")  # the knowledge by its title


def test_followup_is_resolved_from_history(fake_tutor: Tutor) -> None:
    alone = fake_tutor.ask("What does it rely on?")
    followup = fake_tutor.ask("What does it rely on?", ["What is the US International Strategy for Cyberspace?"])
    assert "International Strategy for Cyberspace" in followup.resolved_query
    assert "International Strategy for Cyberspace" not in alone.resolved_query
    assert "three pillars" in followup.text


def test_ideas_can_be_switched_off_by_name() -> None:
    from tutor.answer.options import options_without

    options = options_without(["typos", "lists", "centering"])
    assert not options.query.typos and not options.lists and options.centered == 0.0
    assert options.headings and options.query.followups and options.answer_types
    with pytest.raises(ValueError, match="unknown idea nope"):
        options_without(["nope"])


def test_sentence_similarity_blends_in_the_cosine_seen_from_the_mean_sentence(fake_tutor: Tutor) -> None:
    units = fake_tutor.index.unit_vectors
    question = fake_tutor.embedder.embed(["Who oversees cyber diplomacy?"])[0]
    mean = units.mean(axis=0)
    seen = (units - mean) @ (question - mean)
    seen = seen / (np.linalg.norm(units - mean, axis=1) * np.linalg.norm(question - mean))
    expected = 0.5 * (units @ question) + 0.5 * seen
    alone = Tutor(fake_tutor.index, fake_tutor.embedder, options=AnswerOptions(continuations=False))
    assert np.allclose(alone.scorer.similarity(0, len(units), question), expected, atol=1e-5)
    plain = Tutor(fake_tutor.index, fake_tutor.embedder, options=AnswerOptions(centered=0.0, continuations=False))
    assert np.allclose(plain.scorer.similarity(0, len(units), question), units @ question)


def test_a_sentence_that_points_back_is_also_read_with_the_one_before(fake_tutor: Tutor) -> None:
    index = fake_tutor.index
    plain = Tutor(index, fake_tutor.embedder, options=AnswerOptions(centered=0.0, continuations=False))
    read = Tutor(index, fake_tutor.embedder, options=AnswerOptions(centered=0.0))
    leaning = read.scorer.leaning(0, len(index.unit_vectors))
    assert leaning, "the article has sentences that start with 'It' or 'This'"
    n, (before, _) = next(iter(leaning.items()))
    question = index.unit_vectors[before]  # asks what the sentence before says
    alone, joined = (
        plain.scorer.similarity(0, len(index.unit_vectors), question),
        read.scorer.similarity(0, len(index.unit_vectors), question),
    )
    assert joined[n] > alone[n]
    others = [i for i in range(len(alone)) if i not in leaning]
    assert np.allclose(joined[others], alone[others])


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # "American" is how a question names what the text calls "the US"
        ("How did the American government show it was reluctant to prioritize cyber diplomacy?", True),
        ("What did the Australian government say about cyber diplomacy?", False),
        # what someone did to a named one, in a verb the text never uses: the text does not say
        ("Who succeeded Christopher Painter as Coordinator for Cyber Challenges?", False),
        ("Who created the Office of the Coordinator for Cyber Challenges?", True),
        ("Who emphasises Germany's cyber diplomacy?", True),  # the text says "emphasis": another form, same word
        # "which countries" may be answered by a kind of country
        ("Which countries may be excluded from the development of cyberlaw?", True),
    ],
)
def test_whether_the_text_can_answer_who_and_which(fake_tutor: Tutor, question: str, answered: bool) -> None:
    assert fake_tutor.ask(question).in_scope is answered


LESSON = """---
title: Ownership
---

# Ownership

## The rules

Ownership is a set of rules that govern how a program manages memory. First, let's take a look at the
ownership rules. Keep these rules in mind as we work through the examples:

- Each value has an _owner_.
- There can only be one owner at a time.
- When the owner goes out of [scope](https://example.com/scope), the value will be dropped.

## Slices

What would happen if the string changed? A *string slice* is a reference to part of a string, and it looks
like this:

```rust
let hello = &s[0..5];
```

Slices let you reference a contiguous sequence of elements rather than the whole collection.
"""


@pytest.fixture
def lesson_tutor(tmp_path: Path, fake_embedder) -> tuple[Tutor, Path]:
    return tutor_over(tmp_path, {"ownership.md": LESSON}, fake_embedder)


def test_a_lead_in_brings_its_list(lesson_tutor: tuple[Tutor, Path]) -> None:
    tutor, knowledge = lesson_tutor
    answer = tutor.ask("Keep which rules in mind as we work through the examples?")
    assert_citation_contract(answer.to_dict(), knowledge, all_used=True)
    kinds = [p.kind for p in answer.pieces]
    assert "lead_in" in kinds and kinds.count("item") == 3
    assert "- When the owner goes out of scope, the value will be dropped. [1]" in answer.text.splitlines()


def test_a_lead_in_to_code_is_not_given_alone(lesson_tutor: tuple[Tutor, Path]) -> None:
    tutor, knowledge = lesson_tutor
    answer = tutor.ask("What is a string slice a reference to, and what does it look like?")
    assert_citation_contract(answer.to_dict(), knowledge)
    assert not any(s.rstrip().endswith(":") for p in answer.pieces for s in p.sentences)
    off = Tutor(tutor.index, tutor.embedder, options=AnswerOptions(lead_ins=False))
    assert any(s.rstrip().endswith(":") for p in off.ask(answer.question).pieces for s in p.sentences)


def test_the_texts_own_questions_are_not_answers(lesson_tutor: tuple[Tutor, Path]) -> None:
    tutor, _ = lesson_tutor
    for question in ("What would happen if the string changed?", "What happens when the string changes?"):
        sentences = [s for p in tutor.ask(question).pieces for s in p.sentences]
        assert "What would happen if the string changed?" not in sentences
    off = Tutor(tutor.index, tutor.embedder, options=AnswerOptions(own_questions=False))
    shown = [s for p in off.ask("What would happen if the string changed?").pieces for s in p.sentences]
    assert "What would happen if the string changed?" in shown


DEALS = """# Deals

## Acquisitions

Facebook bought many companies over a decade of growth and expansion into new markets.

He also stressed the need to assure a target that both sides share a vision of how they will work together.
Zuckerberg said this was the reason Facebook was able to acquire Oculus for less than its asking price.
That's because the founders wanted their mission to go on after the sale.
"""


def test_a_sentence_that_points_back_comes_with_the_one_it_points_to(tmp_path: Path, fake_embedder) -> None:
    tutor, knowledge = tutor_over(tmp_path, {"deals.md": DEALS}, fake_embedder)
    answer = tutor.ask("Why was Facebook able to acquire Oculus for less than its asking price?")
    assert_citation_contract(answer.to_dict(), knowledge)
    said = [s for p in answer.pieces for s in p.sentences]
    reason = said.index(
        "Zuckerberg said this was the reason Facebook was able to acquire Oculus for less than its asking price."
    )
    assert said[reason - 1].startswith("He also stressed the need to assure a target")  # what "this" is
    off = Tutor(tutor.index, tutor.embedder, options=AnswerOptions(continuations=False))
    assert not any(s.startswith("He also stressed") for p in off.ask(answer.question).pieces for s in p.sentences)


THEORIES = """# A short history

## Foundations

- 1805 Least Square Theory by French mathematician Adrien-Marie Legendre. This theory, which you will learn about \
in our Regression unit, helps in data fitting.
- 1913 Markov Chains, named after Russian mathematician Andrey Markov, describe a sequence of possible events.
"""


def test_a_sentence_is_chosen_once_when_it_carries_on_the_best_and_also_scores_next(
    tmp_path: Path, fake_embedder
) -> None:
    tutor, _ = tutor_over(tmp_path, {"history.md": THEORIES}, fake_embedder)
    chunk = next(i for i, c in enumerate(tutor.index.chunks) if "Legendre" in c.text)
    units = tutor.index.chunks[chunk].units
    texts = [tutor.index.chunks[chunk].unit_text(u) for u in units]
    first = next(u for u, t in zip(units, texts, strict=True) if t.startswith("1805"))
    this = next(u for u, t in zip(units, texts, strict=True) if t.startswith("This theory"))
    chosen = tutor.selector.best([Scored(chunk, first, 0.6), Scored(chunk, this, 0.59)])
    assert [s.unit for s in chosen] == [first, this]  # "This theory" carries on the best sentence, and is said once


BLOCKS = """# AI history

## The golden years

* "Blocks world" was an example of a micro-world where blocks could be stacked and sorted, and experiments in \
teaching machines to make decisions could be tested. Advances built with libraries such as \
[SHRDLU](https://wikipedia.org/wiki/SHRDLU) helped propel language processing forward.

    [![blocks world with SHRDLU](https://img.youtube.com/vi/x/0.jpg)](https://www.youtube.com/watch?v=x "blocks")

    > 🎥 Click the image above for a video: Blocks world with SHRDLU
"""


def test_a_direction_around_the_page_is_no_answer(tmp_path: Path, fake_embedder) -> None:
    tutor, knowledge = tutor_over(tmp_path, {"history.md": BLOCKS}, fake_embedder)
    answer = tutor.ask("What was the Blocks world with SHRDLU?")
    assert_citation_contract(answer.to_dict(), knowledge)
    assert "micro-world" in answer.text and "Click the image" not in answer.text


@pytest.mark.parametrize(
    ("sentence", "steers"),
    [
        ("> 🎥 Click the image above for a short video working through this lesson.", True),
        ("Watch the video below to learn more.", True),
        ("See the figure above for the layout.", True),
        ("Click here to subscribe.", True),
        ("Clicking a link opens the page in a new tab.", False),  # about links, not a direction
        ("See Chapter 4 for details.", False),
        ("The press release was published above the fold.", False),
        ("✅ Discussion: Revisit some of the examples and see if they show different harms.", True),  # a task
        ("Stop and Think: What other groups are likely to be affected?", True),
        ("Let’s take a look at the examples.", True),  # an announcement of what follows
        ("Let’s use the loan selection example to isolate each factor's impact on the prediction.", False),
        ("Discussion of the results shows a gain.", False),
        ("See also: Typing Computed Properties", True),  # a pointer to another page
        ("Read more: The history of the mark", True),
        ("See also the chapter on ownership, which explains moves.", False),
        ("We use the following imports.", True),  # it points at code it does not hold
        ("The update rule is as follows.", True),
        ("Machine learning covers the following topics:", False),  # a list's lead-in, read with its list
        ("The following imports are used by every lesson of this course.", False),
    ],
)
def test_what_steers_the_reader_around_the_page(sentence: str, steers: bool) -> None:
    from tutor.english.furniture import steers_the_reader

    assert steers_the_reader(sentence) is steers


INFOBOX = """# Mozilla

Mozilla

**Mozilla** is a free-software community, created in 1998 by members of Netscape.

## History

On January 23, 1998, Netscape made two announcements about its browser.
"""


def test_a_line_that_only_repeats_its_heading_is_no_answer(tmp_path: Path, fake_embedder) -> None:
    tutor, knowledge = tutor_over(tmp_path, {"mozilla.md": INFOBOX}, fake_embedder)
    answer = tutor.ask("What is Mozilla?")
    assert_citation_contract(answer.to_dict(), knowledge)
    said = [s for p in answer.pieces for s in p.sentences]
    assert "Mozilla is a free-software community, created in 1998 by members of Netscape." in said
    assert "Mozilla" not in said  # the infobox's caption says nothing the heading did not


def test_the_same_words_are_said_once(tmp_path: Path, fake_embedder) -> None:
    sources = "# Wars\n\n## Sources\n\n" + "".join(
        f'- "The {war} War". *New Zealand History*. Ministry for Culture and Heritage.\n'
        for war in ("Vietnam", "Korean", "Boer")
    )
    tutor, knowledge = tutor_over(tmp_path, {"wars.md": sources}, fake_embedder)
    answer = tutor.ask("What is New Zealand History?")
    assert_citation_contract(answer.to_dict(), knowledge)
    said = [s for p in answer.pieces for s in p.sentences]
    assert said.count("New Zealand History.") == 1, said


def test_each_part_of_a_two_part_question_adds_its_best_sentence_then_only_what_the_words_allow(
    fake_tutor: Tutor,
) -> None:
    from tutor.answer.scoring import Scored
    from tutor.english.text import word_count

    scorer, selector = fake_tutor.scorer, fake_tutor.selector
    units = [(c, u) for c, chunk in enumerate(fake_tutor.index.chunks) for u in chunk.units]
    long = sorted(units, key=lambda cu: -word_count(fake_tutor.index.chunks[cu[0]].unit_text(cu[1])))[:6]
    scored = [Scored(c, u, 0.9 - k * 0.01) for k, (c, u) in enumerate(long)]
    chosen = scored[:2]  # the first part's answer, already long
    words = sum(word_count(scorer.text(s)) for s in chosen)
    assert words > selector.options.max_words / 2
    selector.for_part(chosen, scored, scored[2:4], leans=False)
    assert chosen[2] == scored[2]  # the part's best sentence, whatever its length
    added = word_count(scorer.text(scored[3]))
    assert (len(chosen) == 4) == (words + word_count(scorer.text(scored[2])) + added <= selector.options.max_words)


def test_a_hyphenated_name_whose_parts_are_small_words_is_still_searched(tmp_path: Path, fake_embedder) -> None:
    from tutor.english.text import content_terms

    assert content_terms("What does v-if do?") == ["v-if"]
    assert "v-if" not in content_terms("a state-of-the-art x-ray")  # parts that count are searched as they are
    text = "# Directives\n\n## Conditionals\n\nThe directive v-if renders a block only when its condition holds.\n"
    tutor, knowledge = tutor_over(tmp_path, {"guide.md": text}, fake_embedder)
    answer = tutor.ask("What does v-if do?")
    assert_citation_contract(answer.to_dict(), knowledge)
    assert answer.in_scope and "renders a block" in answer.text


OUTLINE = """# Introduction to AI

## Strong and weak AI

Weak AI — acting intelligently

- the belief that machines can be made to act as if they are intelligent

Strong AI — being intelligent

- the belief that those machines are actually thinking

## Agents

- Explicit states

  - a state is one way the world could be

- Features or propositions

  - states can be described using features
"""


def test_a_short_label_brings_what_is_listed_under_it(tmp_path: Path, fake_embedder) -> None:
    # a slide's outline: a label that is no sentence ("Weak AI — acting intelligently") says what it means in the
    # list right after it or nested under it; the answer that quotes the label quotes that too
    tutor, knowledge = tutor_over(tmp_path, {"slides.md": OUTLINE}, fake_embedder)
    answer = tutor.ask("What is weak AI, acting intelligently?")
    assert_citation_contract(answer.to_dict(), knowledge, all_used=True)
    lines = answer.text.splitlines()
    assert any(line.startswith("Weak AI — acting intelligently") for line in lines)
    assert any("act as if they are intelligent" in line for line in lines)
    nested = tutor.ask("What are explicit states?")
    assert "a state is one way the world could be" in nested.text


def test_a_refusal_points_to_sections_that_teach_not_to_the_references(tmp_path: Path, fake_embedder) -> None:
    text = (
        "# Budgets\n\n## Planning\n\nHouseholds plan their spending on food and rent each month.\n\n"
        "## Saving\n\nA household saves what its spending leaves over at the end of the month.\n\n"
        "## References\n\nSmith, J. Household spending and saving by the month. Budget Press, 2001.\n"
    )
    tutor, _ = tutor_over(tmp_path, {"budgets.md": text}, fake_embedder)
    answer = tutor.ask("What did the Zagreb Accord say about household spending by the month?")
    assert not answer.in_scope and answer.closest_sections
    assert "References" not in answer.closest_sections and "Saving" in answer.closest_sections


def test_the_passages_that_define_a_term_are_found_by_its_words(tmp_path: Path, fake_embedder) -> None:
    text = (
        "# Wind turbines\n\n## Overview\n\nWind turbines turn the wind into power. Each rotor turns with the "
        "wind.\n\n## Parts\n\nThe parts of a turbine are named below.\n\n"
        "rotor\n:   The blades and the hub that carries them.\n\n## Towers\n\nA tower is a steel tube.\n"
    )
    tutor, _ = tutor_over(tmp_path, {"turbines.md": text}, fake_embedder)
    [parts] = [i for i, c in enumerate(tutor.index.chunks) if c.section == "Parts"]
    [towers] = [i for i, c in enumerate(tutor.index.chunks) if c.section == "Towers"]
    assert tutor.definitions.of("rotors") == [parts]  # a glossary's entry, its term in either number
    assert tutor.definitions.of("Tower") == [towers] and tutor.definitions.of("power") == []  # "X is …", not a use
