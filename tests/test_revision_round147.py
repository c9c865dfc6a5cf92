"""Generator 123 (round 147: ten research papers read from PDFs, rated again): a reason or purpose belongs to the
clause it ends, so one inside a clause of the claim ("… since the server can return … in response to …", "… a
data store where no updates are rejected due to …", "After all hashes have been used … to form …") is not asked of
the claim, nor one after a phrase that opens the claim ("Using hinted handoff, Dynamo ensures …"); "as long as" is
a condition, "even if" a concession, "need" no participle, a plural subject's verb may follow a participle's phrase,
a sentence adverb before "because" and an aside after the subject are left out of the question, a purpose keeps
its "to", an object ends before a clause after its comma, a shell noun's claim about something else is not its
subject's, and "an engineer" is asked "What", not "Who". Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import prompts_under, said_under


def test_a_reason_inside_a_clause_of_the_claim_is_not_asked_of_the_claim(tmp_path: Path) -> None:
    for inner in (
        "Scans are even faster since the tablet server can return many values in response to a single client RPC.",
        "Dynamo is targeted at applications that need a data store where no updates are rejected due to failures or "
        "concurrent writes.",
        "After all sample hashes have been used to search in the database to form matching time pairs, the bins "
        "are scanned for matches.",
        "Using hinted handoff, Dynamo ensures that the read and write operations are not failed due to node failures.",
    ):
        said = said_under(tmp_path, inner)
        assert not [s for s in said if s.startswith(("Why", "In response to", "For what purpose", "The text says"))]
    # the subject's own clause does not take the reason: the claim is still asked why
    subject = (
        "Many of the questions that psychologists study cannot be pursued in experiments because of ethical concerns."
    )
    assert any(s.endswith("=> ethical concerns") for s in said_under(tmp_path, subject))


def test_a_condition_a_concession_and_a_verb_ending_in_ed_are_read_as_such(tmp_path: Path) -> None:
    condition = (
        "As long as it is cheap to pass control back and forth, an interface can combine simplicity and high "
        "performance by solving only one problem and leaving the rest to the client."
    )
    assert not [s for s in said_under(tmp_path, condition) if "long as" in s]  # not "Why …? long as it is cheap"
    concession = (
        "For example, customers should be able to view and add items to their shopping cart even if disks are failing, "
        "network routes are flapping, or data centers are being destroyed by tornados."
    )
    assert not [p for p in prompts_under(tmp_path, concession) if p.startswith("When")]  # "When should … even?"
    need = "Because of compatibility issues, computer programs usually need to be rewritten frequently from scratch."
    assert "Why do computer programs usually need to be rewritten frequently from scratch?" in prompts_under(
        tmp_path, need
    )


def test_a_plural_subjects_verb_after_a_participles_phrase_and_a_purpose_kept_with_its_to(tmp_path: Path) -> None:
    said = said_under(
        tmp_path,
        "Data replication algorithms used in commercial systems traditionally perform synchronous replica "
        "coordination in order to provide a strongly consistent data access interface.",
    )
    assert (
        "For what purpose do data replication algorithms used in commercial systems traditionally perform synchronous "
        "replica coordination? => to provide a strongly consistent data access interface"
    ) in said


def test_an_adverb_before_because_and_an_aside_after_the_subject_are_left_out(tmp_path: Path) -> None:
    adverb = "The write latencies are higher than the read latencies obviously because writes always reach the disk."
    assert "Why are the write latencies higher than the read latencies?" in prompts_under(tmp_path, adverb)
    aside = "Bigtable clients, not just Webtable, choose their row names so that similar data ends up clustered."
    assert "For what purpose do Bigtable clients choose their row names?" in prompts_under(tmp_path, aside)


def test_an_object_ends_before_a_clause_after_its_comma(tmp_path: Path) -> None:
    body = (
        "Each random read involves the transfer of a large SSTable block over the network to a tablet server, out of "
        "which only a single small value is used."
    )
    assert not [p for p in prompts_under(tmp_path, body) if p.endswith(" out?")]  # "What does each read involve out?"


def test_a_shell_nouns_claim_about_something_else_is_not_asked_as_its_subjects(tmp_path: Path) -> None:
    body = (
        "The disadvantage of strategy 3 is that changing the node membership requires coordination in order to "
        "preserve the properties required of the assignment."
    )
    assert not [p for p in prompts_under(tmp_path, body) if "strategy 3 changing" in p]


def test_a_role_with_its_article_is_asked_what_not_who(tmp_path: Path) -> None:
    body = "An engineer is a person who can build for a dime what anyone else can build for a dollar."
    prompts = prompts_under(tmp_path, body)
    assert "What is an engineer?" in prompts and "Who is an engineer?" not in prompts
