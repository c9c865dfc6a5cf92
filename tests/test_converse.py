"""The conversation around answers (issue 16): what a learner wants, and the reply of each kind, with exact citations.

The fake embedder serves where meaning does not matter (recognising a request, composing a reply, the quiz flow,
the JSON); the real model serves the question sets of conversational turns (`tests/data/conversation/`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLE, FakeEmbedder
from helpers import assert_citation_contract, run_cli, tutor_over

from tutor.converse import Conversation, Dialog
from tutor.converse.intents import recognise
from tutor.records import QUOTED

ROOT = Path(__file__).resolve().parents[1]
TURNS = Path(__file__).parent / "data" / "conversation"
ML_LESSONS = ROOT.parent / "shared" / "eval" / "foreign" / "ml-lessons"

SOIL = """# Soil

Soil is the loose upper layer of the Earth's surface where plants grow. It is a mixture of minerals, organic
matter, water and air that forms over thousands of years.

## Formation

Soil forms when rock is broken down by weathering. For example, freezing water cracks rocks into smaller pieces
that plants and microbes then turn into soil. Weathering is slow and takes centuries.

## Layers

Soil is made of distinct layers called horizons. The topsoil is the dark upper layer rich in humus. The subsoil
lies below it and holds minerals washed down from the topsoil.

## Erosion

Erosion is the removal of soil by wind and water. Farmers prevent erosion by planting cover crops and building
terraces on steep slopes.
"""

VOLCANO = """# Volcanoes

A volcano is an opening in the Earth's crust through which molten rock escapes. Volcanoes form where tectonic
plates meet or over hot spots in the mantle.

## Eruptions

An eruption happens when pressure from gases in the magma becomes too great. For instance, the eruption of Mount
St. Helens in 1980 blew away the top of the mountain.
"""


# ------------------------------------------------------------------ recognising what the learner wants


@pytest.mark.parametrize(
    ("message", "after", "wanted", "subject"),
    [
        ("hello!", False, "greeting", ""),
        ("Good evening tutor", False, "greeting", ""),
        ("thanks, that really helped", True, "thanks", ""),
        ("ok bye", True, "thanks", ""),
        ("Hi, what is soil made of?", False, "question", ""),
        ("thanks to what does soil form?", False, "question", ""),
        ("Tell me about the layers", False, "question", ""),
        ("What does the text say about erosion?", False, "question", ""),
        ("What is this text about?", False, "overview", ""),
        ("give me the big picture please", False, "overview", ""),
        ("which topics does this lesson cover?", False, "overview", ""),
        ("summarise the whole thing", False, "summary", ""),
        ("tl;dr", True, "summary", ""),
        ("Sum up the part on erosion for me", False, "summary", "erosion"),
        ("Explain like I'm 12: what is weathering?", False, "simpler", "what is weathering?"),
        ("can you say that more simply", True, "simpler", ""),
        ("what is humus, in plain english?", False, "simpler", "what is humus"),
        ("give me an example", True, "example", ""),
        ("I still don't get it", True, "clarify", ""),
        ("quiz me on the layers", False, "quiz", "layers"),
        ("Could you test me?", False, "quiz", ""),
        ("what should I study next?", True, "next", ""),
    ],
)
def test_a_request_is_recognised_in_its_own_words(message: str, after: bool, wanted: str, subject: str) -> None:
    intent = recognise(message, after_answer=after)
    assert intent.name == wanted
    if subject:
        assert subject in intent.subject


def test_summaries_know_what_they_are_of() -> None:
    assert recognise("summarize that", after_answer=True).target == "that"
    assert recognise("summarize that", after_answer=False).target == "whole"
    assert recognise("give me a short summary of the article").target == "whole"
    assert recognise("a short summary of the erosion section, please").target == "part"


def test_while_a_quiz_question_waits_a_message_is_its_answer_unless_it_leaves() -> None:
    assert recognise("the topsoil", quiz_pending=True).name == "quiz-answer"
    assert recognise("I don't know", quiz_pending=True).name == "quiz-answer"
    assert recognise("skip", quiz_pending=True).name == "quiz"
    assert recognise("stop the quiz", quiz_pending=True).name == "quiz-stop"
    assert recognise("thanks, bye", quiz_pending=True).name == "thanks"
    assert recognise("What is erosion?", quiz_pending=True).name == "question"
    assert recognise("summarize the layers", quiz_pending=True).name == "summary"


# ------------------------------------------------------------------ replies, with the fake embedder


@pytest.fixture
def soil(tmp_path: Path):  # type: ignore[no-untyped-def]
    from tutor.revision.bank import ensure_item_bank
    from tutor.revision.reviser import Reviser
    from tutor.revision.store import ProgressStore

    embedder = FakeEmbedder()
    tutor, knowledge = tutor_over(tmp_path, {"soil.md": SOIL, "volcano.md": VOLCANO}, embedder)
    bank = ensure_item_bank(knowledge, tutor.index.folder)
    reviser = Reviser(bank, ProgressStore(tmp_path / "progress.sqlite3"), embedder)
    return Conversation(tutor, revision=lambda: reviser), knowledge, reviser


def _quoted_words(reply) -> int:  # type: ignore[no-untyped-def]
    return sum(len(" ".join(p.sentences).split()) for p in reply.answer.pieces if p.kind in QUOTED)


def test_every_kind_of_reply_keeps_the_citation_contract(soil) -> None:  # type: ignore[no-untyped-def]
    talk, knowledge, _ = soil
    dialog = Dialog()
    seen = set()
    for message in [
        "hi",
        "What is this about?",
        "What is erosion?",
        "explain it more simply",
        "give me an example",
        "I don't get it",
        "summarize that",
        "summarize everything",
        "quiz me on the layers",
        "the topsoil and the subsoil",
        "what should I study next?",
        "How do I bake bread?",
        "thank you!",
    ]:
        reply = talk.reply(message, dialog)
        assert_citation_contract(reply.answer, knowledge)
        as_json = reply.to_dict()
        assert as_json["kind"] == reply.kind and as_json["answer"] == reply.answer.text
        seen.add(reply.kind)
        dialog = reply.dialog
    assert seen == {"answer", "overview", "summary", "quiz", "smalltalk", "refusal"}


def test_an_overview_names_the_texts_and_quotes_them_in_reading_order(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    reply = talk.reply("give me an overview")
    assert reply.kind == "overview"
    lead = reply.answer.pieces[0].sentences[0]
    assert "“Soil”" in lead and "“Volcanoes”" in lead
    assert {c.source for c in reply.answer.citations} == {"knowledge/soil.md", "knowledge/volcano.md"}
    within = talk.reply("what is this about?", within=["knowledge/soil.md"])
    assert "Formation" in within.answer.pieces[0].sentences[0] and "Volcano" not in within.answer.text
    starts = [(c.source, c.start) for c in within.answer.citations]
    assert starts == sorted(starts), "sentences in reading order"


def test_an_overview_of_a_text_without_parts_counts_none(tmp_path: Path) -> None:
    tutor, _ = tutor_over(tmp_path, {"soil.md": SOIL.split("## Formation")[0]}, FakeEmbedder())
    reply = Conversation(tutor).reply("what is this about?")
    assert reply.answer.pieces[0].sentences[0] == "“Soil”, in a few of its own sentences:"
    assert "Soil is the loose upper layer" in reply.answer.text
    (tmp_path / "one").mkdir()
    (one, _) = tutor_over(tmp_path / "one", {"volcano.md": VOLCANO}, FakeEmbedder())
    assert (
        Conversation(one).reply("what is this about?").answer.pieces[0].sentences[0]
        == "“Volcanoes” covers “Eruptions”."
    )


def test_a_summary_of_a_part_quotes_that_part_within_its_length(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    reply = talk.reply("sum up the section on layers")
    assert reply.kind == "summary" and reply.part == "Layers"
    assert {c.section for c in reply.answer.citations} == {"Layers"}
    assert _quoted_words(reply) <= 80
    whole = talk.reply("summarize the text")
    assert whole.part == "" and len({c.section for c in whole.answer.citations}) >= 2, "a summary spreads"


def test_summarize_that_is_about_the_last_answer(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    answered = talk.reply("How do farmers prevent erosion?")
    reply = talk.reply("summarize that", answered.dialog)
    assert reply.part == answered.answer.citations[0].section == "Erosion"


def test_simpler_and_example_answer_the_question_inside_or_the_last_one(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    simple = talk.reply("Explain like I'm 10: what is weathering?")
    assert simple.kind == "answer" and simple.dialog.questions == ("what is weathering?",)
    assert "weathering" in simple.answer.text.lower()
    example = talk.reply("give me an example", simple.dialog)
    assert example.kind == "answer" and "For example" in example.answer.text
    assert "freezing water" in example.answer.text
    nothing = talk.reply("give me an example")
    assert nothing.kind == "smalltalk" and not nothing.answer.citations


def test_quiz_in_the_chat_is_graded_in_place_and_recorded(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, reviser = soil
    asked = talk.reply("quiz me on erosion", learner="ada")
    assert asked.kind == "quiz" and asked.quiz is not None and asked.quiz.section == "Erosion"
    assert asked.dialog.quiz == asked.quiz.id and not asked.answer.citations
    graded = talk.reply(asked.quiz.answer, asked.dialog, learner="ada")
    assert graded.kind == "quiz" and graded.outcome is not None and graded.outcome.grade.correct
    assert graded.dialog.quiz == "" and graded.answer.citations[0].section == "Erosion"
    assert [r.item_id for r in reviser.store.reviews("ada")] == [asked.quiz.id]
    again = talk.reply("quiz me on erosion", graded.dialog)
    assert again.quiz is None or again.quiz.id != asked.quiz.id, "another quiz me asks something new"
    anonymous = talk.reply("no idea", asked.dialog)
    assert anonymous.outcome is None and "Not recorded" in anonymous.answer.text


def test_quiz_me_says_why_there_is_no_question(soil, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tutor.revision.bank import ensure_item_bank
    from tutor.revision.reviser import Reviser
    from tutor.revision.store import ProgressStore

    talk, _, reviser = soil
    dialog, said = Dialog(), []
    for _ in range(len(reviser.bank.items) + 1):
        reply = talk.reply("quiz me", dialog)
        said.append(reply.answer.text)
        dialog = talk.reply("no idea", reply.dialog).dialog if reply.quiz else reply.dialog
    assert "every quiz question I have on these texts" in said[-1] and all("every" not in s for s in said[:-1])
    embedder = FakeEmbedder()
    (tmp_path / "bare").mkdir()
    bare, knowledge = tutor_over(tmp_path / "bare", {"notes.md": "# Notes\n\nHello there, reader.\n"}, embedder)
    bank = ensure_item_bank(knowledge, bare.index.folder)
    assert not bank.items
    quiet = Conversation(bare, revision=lambda: Reviser(bank, ProgressStore(tmp_path / "p.sqlite3"), embedder))
    assert quiet.reply("quiz me").answer.text.startswith("I have no quiz questions on “Notes”")
    assert "about that" in talk.reply("quiz me on volcanic glaciers of the moon").answer.text


def test_replaying_a_history_gives_the_dialog_the_chat_had(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    live = Dialog()
    messages = ["hi", "What is soil?", "quiz me on layers", "topsoil", "and erosion?"]
    for m in messages:
        live = talk.reply(m, live).dialog
    assert talk.replay(messages) == live
    assert live.questions == ("What is soil?", "and erosion?")


def test_without_quiz_items_the_chat_says_what_to_do(tmp_path: Path) -> None:
    tutor, _ = tutor_over(tmp_path, {"soil.md": SOIL}, FakeEmbedder())
    reply = Conversation(tutor).reply("quiz me")
    assert reply.kind == "smalltalk" and "tutor build" in reply.answer.text


# ------------------------------------------------------------------ the command line


@pytest.mark.usefixtures("cli_env")
def test_ask_json_carries_the_kind_and_batch_replays_history(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(["ask", "--json", "What is this text about?"], capsys, monkeypatch)
    assert code == 0 and json.loads(out)["kind"] == "overview"
    batch = tmp_path / "turns.jsonl"
    lines = [
        {"id": "a", "question": "thanks!"},
        {"id": "b", "question": "quiz me", "history": ["What is this about?"]},
        {"id": "c", "question": "I have no idea", "history": ["quiz me"]},
    ]
    batch.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, out, _ = run_cli(["ask", "--batch", str(batch)], capsys, monkeypatch)
    got = {d["id"]: d for d in map(json.loads, out.splitlines())}
    assert code == 0 and [got[k]["kind"] for k in "abc"] == ["smalltalk", "quiz", "quiz"]
    assert got["b"]["quiz"]["item"] and "Not recorded" in got["c"]["answer"] and got["c"]["citations"]


@pytest.mark.usefixtures("cli_env")
def test_terminal_chat_converses(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("hello\nwhat is this about\nquiz me\nno idea\nthanks\n\n"))
    code, out, _ = run_cli(["chat", "--learner", "bo"], capsys, monkeypatch)
    assert code == 0
    assert "Hello!" in out and "covers" in out and "Quiz ·" in out and "You're welcome" in out
    assert "Recorded for bo" in out


# ------------------------------------------------------------------ the question sets, with the real model


@pytest.mark.model
@pytest.mark.parametrize(("turns", "folder"), [("seed.jsonl", ARTICLE.parent), ("ml-lessons.jsonl", ML_LESSONS)])
def test_conversational_turns_get_the_right_kind_of_reply(turns, folder, real_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Measured like `tutor eval tests/data/conversation/…` (README "Conversation")."""
    from tutor.converse.evaluation import evaluate_turns, load_turns, report
    from tutor.service import open_conversation, open_tutor

    if not folder.exists():
        pytest.skip(f"{folder} lives in ../shared")
    tutor = open_tutor(folder, tmp_path / "index", embedder=real_embedder)
    table = report(evaluate_turns(load_turns(TURNS / turns), open_conversation(tutor, folder)))
    assert table["right_kind"] >= 0.9, table
    assert table["questions_taken_for_talk"] == 0, table
    assert table["digest_repeated_pairs"] == 0, table


def test_what_a_word_means_after_an_answer_is_its_meaning(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, _ = soil
    answered = talk.reply("What are the layers of soil?")
    reply = talk.reply("what does humus mean?", answered.dialog)
    assert reply.intent == "clarify" and reply.kind == "answer"
    assert "humus" in reply.answer.text.lower()
    assert reply.dialog.questions[-1] == "what does humus mean?"


def test_an_overview_follows_a_text_added_while_the_tutor_runs(tmp_path: Path) -> None:
    from tutor.service import open_tutor

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "soil.md").write_text(SOIL, encoding="utf-8")
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=FakeEmbedder())
    talk = Conversation(tutor)
    assert "Volcanoes" not in talk.reply("what is this about?").answer.text
    (knowledge / "volcano.md").write_text(VOLCANO, encoding="utf-8")
    assert "“Volcanoes”" in talk.reply("what is this about?").answer.text


def test_quiz_me_on_a_part_without_questions_asks_from_the_nearest_part(soil) -> None:  # type: ignore[no-untyped-def]
    talk, _, reviser = soil
    assert not [it for it in reviser.bank.items if it.section == "Formation"], "the fixture's premise"
    reply = talk.reply("quiz me on formation")
    assert reply.kind == "quiz" and reply.quiz is not None and reply.quiz.section in ("Layers", "Soil")
