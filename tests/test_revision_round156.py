"""Generator 138 (round 156: RFCs as plain text): a back-matter section is not asked however it is numbered or
lettered ("12.1. Normative References", "Appendix C. Acknowledgements": round 156's raters discarded every item of
those); a series of things is no one thing to ask "What buffer …?" of; a definition's answer stops where the next
one begins after a comma ("…, the Receive Timestamp is …"). The RFC is real (`tests/data/documents/`); the other
texts are written for the test."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT

from tests.test_revision_key_terms import said_under
from tutor.ingest.reading import read_knowledge
from tutor.revision.items import generate_items


def test_back_matter_is_not_asked_however_its_heading_is_numbered(tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "data" / "documents" / "rfc6749.txt", tmp_path)
    items = generate_items(read_knowledge(tmp_path))
    sections = {it.section for it in items}
    assert not [s for s in sections if "References" in s or "Acknowledgements" in s], sorted(sections)
    assert {"1.3. Authorization Grant", "1.4. Access Token"} <= sections  # what the text teaches is still asked


def test_a_series_of_things_is_no_one_thing_to_ask_for(tmp_path: Path) -> None:
    body = (
        "The reassembly resources consist of a data buffer, a header buffer, a fragment block bit table, a total "
        "data length field, and a timer. "
    )
    said = said_under(tmp_path, body, heading="An example reassembly procedure")
    assert not [s for s in said if s.startswith("What buffer")], said


def test_a_definitions_answer_stops_where_the_next_definition_begins(tmp_path: Path) -> None:
    body = (
        "The Originate Timestamp is the time the sender last touched the message before sending it, the Receive "
        "Timestamp is the time the echoer first touched it on receipt, and the Transmit Timestamp is the time the "
        "echoer last touched the message on sending it. "
    )
    said = said_under(tmp_path, body, heading="Timestamp or Timestamp Reply Message")
    [originate] = [s for s in said if "Originate Timestamp?" in s]
    assert originate.endswith("=> the time the sender last touched the message before sending it"), originate


def test_a_subject_the_heading_names_in_full_is_asked_by_that_name(tmp_path: Path) -> None:
    body = (
        "Refresh tokens are credentials used to obtain access tokens. The token denotes an identifier used to "
        "retrieve the authorization information. "
    )
    said = said_under(tmp_path, body, heading="Refresh Token")
    assert [s for s in said if s.startswith("What does the refresh token denote?")], said
    body = "The credentials should only be used when there is a high degree of trust between the owner and the client. "
    said = said_under(tmp_path, body, heading="Resource Owner Password Credentials")
    assert [s for s in said if s.startswith("When should the resource owner password credentials be used?")], said
    # not a heading that says where ("Shifts in Labor Demand"), nor a noun that is no subject's head
    body = "The demand for labor is called a derived demand. The retention duration depends on the purpose. "
    said = said_under(tmp_path, body, heading="Shifts in Labor Demand")
    assert not [s for s in said if "shifts in labor demand" in s.lower()], said
