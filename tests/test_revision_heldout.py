"""What blind raters marked to fix or discard on held-out lessons and news pages (issue 14): someone's words given
as the text's, a judgement given as a definition, a question cut off at "and", a time phrase read as a subject."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _said(tmp_path: Path, body: str) -> list[str]:
    items = generate_items_from(tmp_path, f"# Applications\n\n## Uses\n\n{body}\n")
    return [f"{it.prompt} => {it.answer}" for it in items]


def test_a_quotation_whose_speaker_comes_before_it_closes_is_not_the_texts_claim(tmp_path: Path) -> None:
    said = '"During fiscal 2017, the model predicted attendance within 1 percent of accuracy, says Ann Lee, a manager."'
    assert _said(tmp_path, said) == []
    assert _said(tmp_path, said.replace(", says Ann Lee, a manager", ", a record for the gallery")) != []


def test_a_list_given_as_someones_words_asks_nothing_of_them(tmp_path: Path) -> None:
    claims = (
        "- The UK must stay in the EU to have influence on the world stage\n"
        "- Syria needs a political solution in order to defeat the Islamic State group\n"
    )
    assert _said(tmp_path, f"In a wide-ranging interview, President Obama also said:\n\n{claims}") == []
    assert _said(tmp_path, f"The report draws two conclusions for the coming decade:\n\n{claims}") != []


def test_how_much_a_thing_matters_is_no_definition_of_it(tmp_path: Path) -> None:
    assert (
        _said(tmp_path, "Linear regression is a valuable tool for understanding how a fund performs over time.") == []
    )
    assert _said(tmp_path, "Toxicity in clinical trials is a major concern to drug makers and their regulators.") == []
    defined = _said(tmp_path, "Linear regression is a statistical method for modelling how a fund performs over time.")
    assert [d.lower() for d in defined] == [
        "what is linear regression? => a statistical method for modelling how a fund performs over time"
    ]


def test_a_question_is_not_cut_off_at_and(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The Art Institute of Chicago built models to predict what audiences are interested in and when they will "
        "attend its exhibitions.",
    )
    assert said == [
        "What built models to predict what audiences are interested in and when they will attend its exhibitions? "
        "=> Art Institute of Chicago"
    ]


def test_a_time_phrase_before_the_subject_goes_after_the_verb(tmp_path: Path) -> None:
    assert _said(tmp_path, "Each year the conference hosted a workshop to tackle a thorny language problem.") == [
        "What did the conference host each year? => a workshop to tackle a thorny language problem"
    ]


def test_be_after_a_plural_noun_is_a_wish_not_the_sentences_verb(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The purpose of the requirement that works be deposited was to keep a copy of each work in the library, "
        "so that it could be copied by others later.",
    )
    assert not any(s.startswith("For what purpose be ") for s in said), said


def test_a_sentence_set_in_what_the_text_said_before_is_not_asked(tmp_path: Path) -> None:
    claim = "analyzing various clinical trial methods led to a new approach for predicting the odds of trial outcomes."
    assert _said(tmp_path, f"In this study, {claim}") == []
    assert _said(tmp_path, f"In a large study, {claim}") != []


def test_an_activity_is_defined_by_its_name_alone_and_by_what_doing_it_is(tmp_path: Path) -> None:
    assert [
        s.lower() for s in _said(tmp_path, "Classification is a form of supervised learning close to regression.")
    ] == ["what is classification? => a form of supervised learning close to regression"]
    assert _said(
        tmp_path,
        "Parsing is recognizing which words relate to each other in a sentence - for instance a noun and its verb.",
    ) == ["What is Parsing? => recognizing which words relate to each other in a sentence"]
    assert _said(tmp_path, "Tokenization is becoming a routine step in every language processing pipeline.") == []
    assert _said(tmp_path, "The model is learning hidden patterns from the labelled examples it receives.") == []
    assert not any(
        s.startswith("What is Mozilla?") for s in _said(tmp_path, "Mozilla is building a new browser engine.")
    )
