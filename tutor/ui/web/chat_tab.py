"""The Chat tab: its layout, and the gradio callbacks that turn `chat.py`'s turns into page updates.

The callbacks only translate: what to show comes from `chat.py` (answers, Explain) and
`check_yourself.py` ("Check yourself"); this module decides which components change and how.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tutor.answer.wording import Wording
from tutor.ui.web import check_yourself
from tutor.ui.web.article import ArticleIndex
from tutor.ui.web.chat import MAX_SUGGESTIONS, Message, QuizState, Turn, chat_turn, explain_turn, faq_conversation
from tutor.ui.web.render import SOURCES_EMPTY
from tutor.ui.web.shelf import Texts, texts_choice

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Answerer
    from tutor.faq import Faq
    from tutor.revision.reviser import Reviser
    from tutor.ui.web.revise_tab import ReviseHandlers


@dataclass(frozen=True)
class CheckPanel:
    """ "Check yourself" under an answer: the offer, then a question answered in place."""

    section: gr.State  # the cited section "Check yourself" asks about
    item: gr.State
    button: gr.Button
    panel: gr.Column
    question: gr.Markdown
    answer: gr.Textbox
    submit: gr.Button
    feedback: gr.Markdown


@dataclass(frozen=True)
class ChatTabUI:
    chatbot: gr.Chatbot
    history: gr.State  # this session's earlier questions, oldest first
    sources: gr.HTML
    box: gr.Textbox
    send: gr.Button
    new: gr.Button
    starters: gr.Dataset | None
    suggest_box: gr.Column
    suggest_buttons: list[gr.Button]
    check: CheckPanel
    scope: gr.State  # the sources this session asks about ([]: every text)
    quiz: gr.State  # the quiz question asked in the chat and waiting for its answer (`chat.QuizState`)
    within: gr.Dropdown  # "Ask about": the texts to ask about (shown with several texts)

    def turn_outputs(self) -> list[Any]:
        """What a chat turn updates, in the order `ChatHandlers.respond` yields it."""
        check = [self.check.section, self.check.button, self.check.panel]
        page = [self.chatbot, self.history, self.sources, self.suggest_box, *self.suggest_buttons, *check]
        return [*page, self.box, self.quiz]


def _check_panel() -> CheckPanel:
    import gradio as gr

    section = gr.State("")
    item = gr.State("")
    button = gr.Button("Check yourself", visible=False, size="sm", variant="secondary", elem_id="check-open")
    with gr.Column(visible=False, elem_id="check-panel") as panel:
        question = gr.Markdown(elem_id="check-question")
        with gr.Row():
            answer = gr.Textbox(show_label=False, placeholder="Your answer…", lines=1, scale=5, elem_id="check-answer")
            submit = gr.Button("Check", scale=1, min_width=80, elem_id="check-submit")
        feedback = gr.Markdown(elem_id="check-feedback")
    return CheckPanel(section, item, button, panel, question, answer, submit, feedback)


def _suggestions() -> tuple[gr.Column, list[gr.Button]]:
    import gradio as gr

    with gr.Column(visible=False, elem_id="suggestions") as box:
        gr.Markdown("**Closest sections — ask about one of them:**")
        buttons = [
            gr.Button("", visible=False, size="sm", variant="secondary", elem_classes="suggestion")
            for _ in range(MAX_SUGGESTIONS)
        ]
    return box, buttons


def _conversation(placeholder: str) -> gr.Chatbot:
    import gradio as gr

    return gr.Chatbot(
        label="Conversation",
        show_label=False,
        elem_id="chat",
        height=520,
        buttons=["copy"],
        feedback_options=None,
        placeholder=placeholder,
        autoscroll=True,
    )


def build_chat_tab(
    history: gr.State, examples: list[str], wording: Wording = Wording(), texts: Sequence[tuple[str, str]] = ()
) -> ChatTabUI:
    """Lay out the Chat tab inside the current `gr.Tab`: the conversation on the left, its sources on the right.
    `wording` names the knowledge in the empty chat's invitation; with several `texts` ((title, source) pairs)
    the learner can choose which to ask about."""
    import gradio as gr

    starters = None
    scope = gr.State([])
    quiz = gr.State({})
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=360):
            chatbot = _conversation(wording.placeholder())
            check = _check_panel()
            suggest_box, suggest_buttons = _suggestions()
            with gr.Row():
                box = gr.Textbox(
                    show_label=False,
                    placeholder="Your question — or “what is this about?”, “summarize …”, “quiz me”…",
                    lines=1,
                    max_lines=6,
                    scale=5,
                    elem_id="question",
                    autofocus=True,
                )
                send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
            with gr.Row():
                new = gr.Button("New conversation", size="sm", elem_id="new-conversation")
            if examples:
                starters = gr.Dataset(
                    components=[gr.Textbox(visible=False)],
                    samples=[[q] for q in examples],
                    label="Example questions",
                    elem_id="examples",
                )
        with gr.Column(scale=2, min_width=300):
            # shown once the library holds several texts (texts added later show up when the tab is opened)
            within = gr.Dropdown(label="Ask about", elem_id="ask-within", **texts_choice(list(texts), []))
            within.change(lambda chosen: list(chosen or []), within, scope, api_visibility="private")
            sources = gr.HTML(SOURCES_EMPTY, elem_id="sources")
    suggest = (suggest_box, suggest_buttons)
    return ChatTabUI(chatbot, history, sources, box, send, new, starters, *suggest, check, scope, quiz, within)


class ChatHandlers:
    """The Chat tab's gradio callbacks; `revise` is set once the Revise tab is built (None: no revision)."""

    def __init__(self, tutor: Answerer, faq: Faq | None, article: ArticleIndex) -> None:
        self.tutor, self.faq, self.article = tutor, faq, article
        self.revise: ReviseHandlers | None = None
        # one conversation for the app: what it reads of the index is made once; the FAQ is the current one
        self.talk = faq_conversation(tutor, lambda: self.faq, self._reviser)

    def _shown(self, turn: Turn) -> tuple[Any, ...]:
        """Suggestions and the "Check yourself" offer for a turn."""
        import gradio as gr

        hidden = [gr.update(visible=False, value="")] * MAX_SUGGESTIONS
        shown = [gr.update(visible=True, value=q) for q in turn.suggestions]
        buttons = shown + hidden[len(shown) :]
        revise = self.revise
        answer = turn.answer if turn.kind == "answer" else None
        section = check_yourself.offer_check(revise.reviser, answer) if revise and answer else ""
        return gr.update(visible=bool(shown)), *buttons, section, gr.update(visible=bool(section)), _hidden()

    def respond(
        self,
        message: str,
        chat: list[Message],
        history: list[str],
        scope: list[str] | None = None,
        quiz: QuizState | None = None,
        learner: str | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """One message's turns; `quiz` is the chat's quiz so far, `learner` the Revise tab's name (quiz answers
        given in the chat are recorded under it)."""
        turns = chat_turn(
            self.tutor, self.faq, message, chat, history, self.article, scope or None, quiz, learner, talk=self.talk
        )
        for turn in turns:
            yield turn.chat, turn.history, turn.sources, *self._shown(turn), "", turn.quiz

    def _reviser(self) -> Reviser | None:
        return self.revise.reviser if self.revise is not None else None

    def new_conversation(self) -> tuple[Any, ...]:
        import gradio as gr

        hidden = [gr.update(visible=False, value="")] * MAX_SUGGESTIONS
        return [], [], SOURCES_EMPTY, gr.update(visible=False), *hidden, "", _hidden(), _hidden(), "", {}

    def check_open(self, section: str, learner: str) -> tuple[Any, ...]:
        import gradio as gr

        assert self.revise is not None  # wired only with a Revise tab
        q = check_yourself.check_question(self.revise.reviser, section, learner)
        return q.item_id, q.text, "", "", gr.update(visible=True)

    def check_submit(self, learner: str, item_id: str, text: str) -> str:
        assert self.revise is not None  # wired only with a Revise tab
        return check_yourself.check_answer(self.revise.reviser, learner, item_id, text)

    def explain(self, item_id: str, chat: list[Message], history: list[str]) -> tuple[Any, ...]:
        import gradio as gr

        assert self.revise is not None  # wired only with a Revise tab
        if not item_id:
            keep = gr.update
            return keep(), keep(), keep(), *[keep()] * MAX_SUGGESTIONS, "", _hidden(), _hidden(), keep()
        turn = explain_turn(self.revise.bank, item_id, chat, history, self.article, self.tutor.index.chunks)
        return turn.chat, turn.sources, *self._shown(turn), gr.Tabs(selected="chat")


def _hidden() -> Any:
    import gradio as gr

    return gr.update(visible=False)


def wire_chat(ui: ChatTabUI, h: ChatHandlers, busy: dict[str, Any]) -> None:
    """Asking: the box, the Ask button, a suggestion or an example; and starting over. A quiz answered in the chat
    is recorded under the Revise tab's learner name (when there is a Revise tab)."""
    import gradio as gr

    outputs = ui.turn_outputs()
    learner = h.revise.ui.learner if h.revise is not None and h.revise.ui is not None else gr.State("")
    state = [ui.chatbot, ui.history, ui.scope, ui.quiz, learner]
    inputs = [ui.box, *state]
    ui.box.submit(h.respond, inputs, outputs, api_name="chat", **busy)
    ui.send.click(h.respond, inputs, outputs, api_visibility="private", **busy)
    for b in ui.suggest_buttons:
        b.click(h.respond, [b, *state], outputs, api_visibility="private", **busy)
    if ui.starters is not None:
        ui.starters.click(lambda s: s[0], [ui.starters], [ui.box], api_visibility="private").then(
            h.respond, inputs, outputs, api_visibility="private", **busy
        )
    ui.new.click(h.new_conversation, None, outputs, api_name="new_conversation")
    ui.chatbot.clear(h.new_conversation, None, outputs, api_visibility="private")


def wire_revision(ui: ChatTabUI, h: ChatHandlers, tabs: gr.Tabs, busy: dict[str, Any]) -> None:
    """Where the chat meets the Revise tab: "Check yourself" under an answer, "Explain" after a wrong answer."""
    assert h.revise is not None and h.revise.ui is not None  # called once the Revise tab is built
    learner, c = h.revise.ui.learner, ui.check
    c.button.click(h.check_open, [c.section, learner], [c.item, c.question, c.answer, c.feedback, c.panel])
    for event in (c.submit.click, c.answer.submit):
        event(h.check_submit, [learner, c.item, c.answer], [c.feedback], api_visibility="private", **busy)
    checks = [c.section, c.button, c.panel]
    h.revise.ui.explain.click(
        h.explain,
        [h.revise.ui.quiz_item, ui.chatbot, ui.history],
        [ui.chatbot, ui.sources, ui.suggest_box, *ui.suggest_buttons, *checks, tabs],
        api_visibility="private",
    )


def wire_chat_refresh(tab: gr.Tab, ui: ChatTabUI, texts_now: Callable[[], Texts]) -> None:
    """Opening the tab offers the texts as they are now in "Ask about" (a removed text leaves the choice)."""
    import gradio as gr

    def opened(chosen: list[str] | None) -> tuple[Any, list[str]]:
        texts = texts_now()
        kept = [s for s in chosen or () if s in {source for _, source in texts}]
        return gr.update(**texts_choice(texts, kept)), kept

    tab.select(opened, [ui.within], [ui.within, ui.scope], api_visibility="private")
