"""`tutor chat`: the conversation in a terminal; follow-up questions remember the earlier ones, and overviews,
summaries, explanations and the quiz work as in the web chat."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tutor.errors import TutorError
from tutor.ui.terminal import format_answer

if TYPE_CHECKING:
    from tutor.converse import Conversation

NEW = "/new"  # what the learner types to start a new conversation


def chat(talk: Conversation, learner: str | None = None) -> int:
    """Reply until an empty line or end of input; quiz answers are recorded under `learner` when given."""
    from tutor.converse import Dialog

    print(talk.wording.greeting())
    print("Ask a question, or say “what is this about?”, “summarize …” or “quiz me”.")
    print("An empty line or Ctrl-D ends the chat; /new starts a new conversation.")
    dialog = Dialog()
    while True:
        try:
            text = input("you> ")
        except EOFError:
            print()
            return 0
        if not text.strip():
            return 0
        if text.strip() == NEW:
            dialog = Dialog()
            print("(new conversation)")
            continue
        try:
            reply = talk.reply(text, dialog, learner)
        except TutorError as e:  # e.g. a knowledge file broke mid-chat: say so, keep the conversation
            print(f"tutor: {e}", file=sys.stderr)
            continue
        print(format_answer(reply.answer, talk.tutor.index.chunks))
        print()
        dialog = reply.dialog
