"""The conversation around the answers: what a learner wants from a message (`intents`), and the reply that
gives it (`replies`): an answer, an overview or a summary made of the text's own sentences (`summaries`), a
plainer or another wording of an answer (`quoting`), a quiz in the chat (`quiz`), or a word of small talk."""

from tutor.converse.replies import Conversation, Dialog, Reply, ReplyKind

__all__ = ["Conversation", "Dialog", "Reply", "ReplyKind"]
