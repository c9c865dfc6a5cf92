"""What round 123's blind raters marked to fix or discard on fresh held-out texts (issue 14): research papers as
PDFs, added with `tutor add`. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under, said_under


def test_a_rate_is_no_year(tmp_path: Path) -> None:
    body = "The cluster reached peak read rates of 1300 MB/s, but its applications were using just 380 MB/s."
    assert not any("year" in p for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_an_answer_leaves_its_numbered_citations(tmp_path: Path) -> None:
    body = "Chubby uses the Paxos algorithm [9, 23] to keep its replicas consistent in the face of failure."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("=> the Paxos algorithm") for s in said), said


def test_an_answer_that_only_says_there_are_some_is_none(tmp_path: Path) -> None:
    offer = "The lazy approach to storage reclamation offers several advantages over eager deletion."
    assert not any("offer?" in p for p in prompts_under(tmp_path, f"{offer} {OTHER}"))
    reason = (
        "Despite its high accuracy in detecting storms, the method is not widely used due to the number of limitations."
    )
    assert not any(p.endswith("Why?") or p.startswith("Why") for p in prompts_under(tmp_path, f"{reason} {OTHER}"))


def test_an_answer_cut_before_what_its_adjective_qualifies_is_none(tmp_path: Path) -> None:
    body = (
        "The harbour ledger demonstrates the qualities essential for supporting large shipping workloads on old docks."
    )
    assert not any(s.endswith("=> the qualities essential") for s in said_under(tmp_path, f"{body} {OTHER}"))
