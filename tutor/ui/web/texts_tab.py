"""The Texts tab: the library of texts the tutor teaches from, and adding (by upload) or removing one.

An upload goes through `tutor add`'s converters (`tutor.ingest.convert`) into the knowledge folder under a name
made from the text's title, never from the uploaded file's name, so no upload can write outside the folder;
then the index, quiz items and FAQ are brought up to date with a progress bar, and the chat answers from it."""

from __future__ import annotations

import html
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.ingest.convert import KINDS

if TYPE_CHECKING:
    from tutor.service import LiveTutor

COLUMNS = ["Title", "Kind", "Words", "Sections", "Passages", "File"]


@dataclass
class Library:
    """The knowledge folder and the live tutor over it, for the tab's handlers."""

    knowledge: Path
    tutor: LiveTutor
    changed: Callable[[], object] | None = None  # told once the tutor answers from the new library

    def rows(self) -> list[list[Any]]:
        """One row per text of the loaded index: its title, kind, size, sections and passages."""
        index = self.tutor.index
        rows = []
        for source, info in index.texts.items():
            chunks = [c for c in index.chunks if c.source == source]
            kind = KINDS.get(Path(info.meta.get("original", source)).suffix.lower(), "text")
            words = sum(len(c.reading.split()) for c in chunks)
            sections = len({c.section for c in chunks})
            rows.append([info.title, kind, words, sections, len(chunks), source])
        return rows

    def files(self) -> list[str]:
        return list(self.tutor.index.texts)

    def add(self, uploads: Sequence[str], progress: Callable[..., Any]) -> str:
        """Convert the uploaded files into the knowledge folder and rebuild; a report of what happened."""
        from tutor.service import add_texts

        if not uploads:
            return "Drop files here, or click to choose them."
        progress(0.05, desc="Converting…")
        with tempfile.TemporaryDirectory(prefix="tutor-upload-") as tmp:
            # only the suffix of an uploaded name is used; the text's own title names the file written
            paths = []
            for n, upload in enumerate(uploads):
                local = Path(tmp) / f"upload-{n}{Path(upload).suffix.lower()[:10]}"
                shutil.copyfile(upload, local)
                paths.append(local)
            names = {str(p): Path(u).name for p, u in zip(paths, uploads, strict=True)}
            results = add_texts(paths, self.knowledge)
        lines = []
        for r in results:
            shown = html.escape(names.get(str(r.source), r.source.name))
            if r.error:
                reason = r.error.split(": ", 1)[-1]
                lines.append(f"- **{shown}** could not be added: {html.escape(reason)}")
            elif r.already:
                lines.append(f"- **{shown}** is already in the library, as `{r.written.name if r.written else ''}`")
            else:
                lines.append(f"- **{shown}** added as `{r.written.name if r.written else ''}`")
            lines += [f"  - {html.escape(note)}" for note in r.notes]
        if any(r.written and not r.already for r in results):
            self._rebuild(progress)
            lines.append("\nReady: ask about it in the Chat; the FAQ, Read and Revise tabs have it too.")
        return "\n".join(lines)

    def remove(self, file: str | None, progress: Callable[..., Any]) -> str:
        """Delete one text of the library from the knowledge folder and rebuild."""
        if not file or file not in self.files():
            return "Choose a text of the library to remove."
        path = (self.knowledge.parent / file).resolve()
        if self.knowledge.resolve() not in path.parents:
            return "That file is not in the knowledge folder."
        if len(self.files()) == 1:
            return "This is the only text: add another before removing it."
        path.unlink(missing_ok=True)
        self._rebuild(progress)
        return f"Removed `{html.escape(path.name)}`."

    def _rebuild(self, progress: Callable[..., Any]) -> None:
        from tutor.service import build_everything

        progress(0.2, desc="Embedding and making quiz items…")
        for _ in build_everything(lambda m: None, self.knowledge, self.tutor.index.folder, self.tutor.embedder):
            progress(0.9, desc="Making the FAQ…")
        self.tutor.refresh()
        if self.changed is not None:
            self.changed()


def build_texts_tab(library: Library) -> None:
    """The tab's layout and wiring: the table of texts, the drop zone, the remove control."""
    import gradio as gr

    gr.Markdown("The texts the tutor teaches from. Add PDF, Word, web page (.html), EPUB, Markdown or text files.")
    table = gr.Dataframe(value=library.rows(), headers=COLUMNS, interactive=False, elem_id="texts-table", wrap=True)
    upload = gr.File(
        label="Add texts: drop files here (several at once), or click to choose",
        file_count="multiple",
        file_types=sorted(KINDS),
        type="filepath",
        elem_id="texts-upload",
    )
    status = gr.Markdown(elem_id="texts-status")
    with gr.Row():
        choice = gr.Dropdown(choices=library.files(), label="Remove a text", elem_id="texts-remove-choice", scale=3)
        remove = gr.Button("Remove", variant="stop", elem_id="texts-remove", scale=1)

    def added(files: list[str] | None, progress: gr.Progress = gr.Progress(track_tqdm=True)) -> tuple[Any, ...]:
        try:
            report = library.add(files or [], progress)
        except TutorError as e:
            report = f"Could not add: {html.escape(str(e))}"
        return report, library.rows(), gr.update(choices=library.files(), value=None), None

    def removed(file: str | None, progress: gr.Progress = gr.Progress(track_tqdm=True)) -> tuple[Any, ...]:
        try:
            report = library.remove(file, progress)
        except TutorError as e:
            report = f"Could not remove: {html.escape(str(e))}"
        return report, library.rows(), gr.update(choices=library.files(), value=None)

    # one queue with the answers: a rebuild never races a question for the model
    outputs = [status, table, choice]
    upload.upload(
        added, [upload], [*outputs, upload], api_visibility="private", concurrency_id="tutor", concurrency_limit=1
    )
    remove.click(removed, [choice], outputs, api_visibility="private", concurrency_id="tutor", concurrency_limit=1)
