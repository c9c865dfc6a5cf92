"""`tutor chat`: the conversation in a terminal; follow-up questions remember the earlier ones."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tutor.answer.wording import Wording
from tutor.errors import TutorError
from tutor.ui.terminal import format_answer

if TYPE_CHECKING:
    from tutor.service import LiveTutor

NEW = "/new"  # what the learner types to start a new conversation


def chat(tutor: LiveTutor) -> int:
    """Ask and answer until an empty line or end of input."""
    print(Wording.of(tutor.index).greeting())
    print("An empty line or Ctrl-D ends the chat; /new starts a new conversation.")
    history: list[str] = []
    while True:
        try:
            question = input("you> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        if question.strip() == NEW:
            history = []
            print("(new conversation)")
            continue
        try:
            answer = tutor.ask(question, history)
        except TutorError as e:  # e.g. a knowledge file broke mid-chat: say so, keep the conversation
            print(f"tutor: {e}", file=sys.stderr)
            continue
        print(format_answer(answer, tutor.index.chunks))
        print()
        history.append(question)
