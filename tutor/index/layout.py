"""The one place that knows the index folder: its file names, the manifest, the lock, and the one writer.

index/
  manifest.json   format version, model id and dimension, knowledge file hashes, chunker settings,
                  counts, and a hash of every other file here (so an edited or truncated file is caught)
  faiss.index     normalised chunk embeddings, inner product
  units.npy       normalised sentence embeddings, in chunk order
  contexts.npy    normalised embedding of each chunk's heading path (what a question about a section matches)
  titles.npy      normalised embedding of each chunk's own heading (a question that repeats a heading matches it)
  chunks.jsonl    one Chunk per line
  vocab.json      document frequency and common form of every stemmed term (idf, typo correction),
                  and the acronyms the texts define
  bm25/           the bm25s index over the same chunks
  README.md       says the folder is generated

Written later, beside a built index (`write_beside`), and not in its manifest: each carries its own key
to the build it was made from, and a rebuild drops them with the old folder.
  items.jsonl     the quiz item bank
  faq.json        the FAQ entries and their key; faq.npy: their question vectors

Every write is atomic: a whole index is written into a temporary folder beside `index/` and swapped in by
rename (`new_index`); a file beside it goes through a temporary name (`write_beside`). A crash at any
moment leaves the previous state whole on disk, and `recover` tidies what a dead build left behind.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from tutor.errors import IndexStateError, KnowledgeError
from tutor.ingest.reading import display_source, knowledge_files
from tutor.records import Chunk

if TYPE_CHECKING:
    import numpy as np

FORMAT_VERSION = 39  # 4: texts.json; 5: sentences carry their reading view; 6: and their list nesting; 7: read anew
# (a middle initial ends no sentence, a definition list's ":" mark is markup); 8: a bracketed placeholder is no prose;
# 9: a standfirst marked up as a heading is the text's first paragraph; 10: a code span broken across lines is read
# whole, a bold label opening a paragraph reads as a label; 11: a stop inside inline code ends no sentence; 12: a
# heading's attributes ("{#id}") and a container's fence lines (":::tip") are markup; 13: MyST roles and notebook
# cell markers ("+++") are markup; 14: a citation's key stays ("{cite}`Prais1955`" reads "Prais1955"); 15: a
# name of a one-letter prefix and small words ("v-if") is a search term whole; 16: TeX math reads as its symbols
# ("$\\alpha$" reads "α"), a display formula ("$$ … $$") is no prose, roles as Sphinx writes them (":cite:`key`")
# read as MyST's do; 17: "!" or "?" before a lower-case word ends no sentence ("a panic! call"); 18: a footnote's
# mark ("[^note]") is markup and its note ("[^note]: …") no prose; 19: d2lbook's citation keys read as its book
# prints them (":cite:`Ioffe.Szegedy.2015`" reads "(Ioffe and Szegedy, 2015)"); 20: a cross-reference to a label of
# its document reads as the book prints it ("{eq}`eq:debt`" reads "(3)", "{prf:ref}`thm-x`" "Theorem 1"), and MyST's
# target line ("(sec-break)=") is markup; 21: a Sphinx citation of a key that is no author and year
# (":cite:`BellmanMDP`") reads as nothing, a norm's bars ("\\|x\\|") read "‖x‖"; 22: math between MathJax's
# brackets ("\\(x_i\\)", "\\[ … \\]") reads as dollar math does; 23: an MDX comment after a heading ("Step 1
# {/*step-1*/}") is its anchor, not its words; 24: a Quarto cross-reference reads as the book prints it ("@fig-x" reads
# "Figure 2", "@sec-x" the section's title); 25: a sentence that ends on a formula read as one symbol ends past the
# formula's closing delimiter; 26: an initial after another ends no sentence ("Renée M. P. Teate"); 27: a heading's
# anchor as Hugging Face's doc-builder writes it ("Unigram tokenization[[unigram-tokenization]]") is markup; 28:
# kramdown's attribute lists ('**anatomy**{: data-type="term"}') and block-end marks ("^") are markup, and an
# abbreviation after a quotation mark ends no sentence ('Mendelssohn's "St. Paul" the choir sings …'); 29: "etc."
# before a capital ends one ('… the “Water Carrier,” etc. Cherubini was a pupil of …'); 30: "Nos." is an abbreviation
# ("Changes Nos. 1 to 19"); 31: a superscript or subscript written in HTML reads as Unicode writes it ("S<sub>0</sub>"
# reads "S₀", "1.06<sup>30</sup>" "1.06³⁰", not "1.0630"); 32: a heading on the line after an HTML tag is a heading
# (OpenStax's glossary had run into the section before it), and the search for a paragraph's text resumes past a
# kramdown attribute list ("…**term**{: data-type="term"}\: educated …, A &amp; B" had lost "educ"); 33: an initial
# after a comma or a preposition, before two capitalised words, ends no sentence ("In 1999, W. Ford Doolittle …");
# 34: a MathML formula set apart by blank lines inside a sentence joins it again, and reads without its annotation
# ("… in an⏎⏎<math>…RC…</math>⏎⏎ circuit." reads "… in an RC circuit.", not "in an RC size 12{ ital "RC"} {}");
# 35: a title before a name ends no sentence ("… a new and revised edition of Capt. Calthrop's translation"); 36: a
# dash set for the minus in an HTML superscript reads as one ("10<sup>–43</sup>" reads "10⁻⁴³", not "10–43"); 37: a
# template macro in prose reads as the page shows it ('{{jsxref("Map")}}' reads "Map"), and javascript.info's heading
# anchor ("querySelector [#querySelector]") is markup; 38: a plain text's paragraph goes on over a page break inside
# a sentence, its numbered headings nest by their numbers and indented ones under the heading further out, its
# centred first line is its title, a figure's caption or a line of a drawing is no heading, a running header's
# chapter line is furniture; 39: a Project Gutenberg text's header and licence are furniture and its "Title:" field its
# title, a line in capitals ending in a full stop may head a section, a chapter's sections set like its line nest
# under it, a book's contents and index are lists, not headings
MANIFEST = "manifest.json"
FAISS_FILE = "faiss.index"
UNITS_FILE = "units.npy"
CONTEXTS_FILE = "contexts.npy"
TITLES_FILE = "titles.npy"
CHUNKS_FILE = "chunks.jsonl"
VOCAB_FILE = "vocab.json"
TEXTS_FILE = "texts.json"
BM25_DIR = "bm25"
README = "README.md"
INDEX_FILES = (FAISS_FILE, UNITS_FILE, CONTEXTS_FILE, TITLES_FILE, CHUNKS_FILE, VOCAB_FILE, TEXTS_FILE)
ITEMS_FILE = "items.jsonl"
FAQ_FILE = "faq.json"
FAQ_VECTORS = "faq.npy"
BESIDE_FILES = (ITEMS_FILE, FAQ_FILE, FAQ_VECTORS)
README_TEXT = "# index/\n\nGenerated by `tutor build` from `knowledge/`; not committed. Delete it to force a rebuild.\n"


# ---------------------------------------------------------------- the manifest


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def knowledge_hashes(knowledge: Path) -> dict[str, str]:
    """What the manifest records of the knowledge: each file's hash, by the name citations use."""
    out = {}
    for p in knowledge_files(knowledge):
        try:
            out[display_source(p, knowledge)] = sha256_file(p)
        except OSError as e:
            raise KnowledgeError(
                f"{p}: cannot be read ({e.strerror or e}); check that it exists, or remove it"
            ) from None
    return out


def read_manifest(index: Path) -> dict[str, Any]:
    """The manifest of the index in `index`; OSError when it cannot be read, ValueError when it is not one."""
    manifest = json.loads((index / MANIFEST).read_text(encoding="utf-8"))
    if not isinstance(manifest, dict):
        raise ValueError(f"{index / MANIFEST} holds no JSON object")
    return manifest


def write_manifest(folder: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """Write the README and, last, the manifest with the hash of every file already in `folder`; return it."""
    (folder / README).write_text(README_TEXT, encoding="utf-8")
    files = {
        p.relative_to(folder).as_posix(): sha256_file(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != README
    }
    manifest = {**manifest, "files": files}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return manifest


def write_chunks(path: Path, chunks: Iterable[Chunk]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")


def read_chunks(path: Path) -> list[Chunk]:
    with path.open(encoding="utf-8") as f:
        return [Chunk.from_dict(json.loads(line)) for line in f if line.strip()]


# ---------------------------------------------------------------- locking


@contextmanager
def lock(index: Path, shared: bool = False) -> Iterator[None]:
    """An advisory lock on the folder that holds the index: shared while reading it, exclusive while swapping it.

    The parent folder is what stays put while `_swap_in` renames the index, and locking it leaves no file behind.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no cross-process lock
        yield
        return
    try:
        fd = os.open(index.parent, os.O_RDONLY)
    except OSError:  # no such folder yet: nothing to swap there
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def shared_lock(func: Callable[Concatenate[Path, _P], _R]) -> Callable[Concatenate[Path, _P], _R]:
    """Run `func(index, ...)` holding the shared lock, so it never reads half of one index and half of the next."""

    @functools.wraps(func)
    def wrapper(index: Path, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with lock(index, shared=True):
            return func(index, *args, **kwargs)

    return wrapper


# ---------------------------------------------------------------- writing


@contextmanager
def new_index(index: Path) -> Iterator[Path]:
    """A fresh temporary folder to write a whole index into; swapped in for `index` when the block ends.

    The files are synced before the swap, so a crash never leaves a renamed but empty index; if the block
    fails, the temporary folder is removed and `index` is left as it was.
    """
    tmp = index.parent / f".{index.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        yield tmp
        _fsync_tree(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap_in(tmp, index)


def write_beside(index: Path, files: Mapping[str, bytes | np.ndarray]) -> None:
    """Add or replace files beside a built index (see BESIDE_FILES), so a reader sees each whole or not at all.

    Each file is written under a temporary name and synced; then all are renamed into place in the order
    given, so put last the one whose key says what the others were made for. The shared lock keeps a
    rebuild from swapping the folder away in the middle.
    """
    unknown = [name for name in files if name not in BESIDE_FILES]
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: not a file written beside an index ({', '.join(BESIDE_FILES)})")
    written: list[tuple[Path, Path]] = []
    with lock(index, shared=True):
        try:
            for name, content in files.items():
                tmp = index / f".{name}.tmp-{os.getpid()}"
                written.append((tmp, index / name))
                _write_synced(tmp, content)
            for tmp, final in written:
                os.replace(tmp, final)
        finally:
            for tmp, _ in written:
                tmp.unlink(missing_ok=True)


def _write_synced(path: Path, content: bytes | np.ndarray) -> None:
    with path.open("wb") as f:
        if isinstance(content, bytes):
            f.write(content)
        else:
            import numpy as np

            np.save(f, content)
        f.flush()
        os.fsync(f.fileno())


def _fsync_tree(folder: Path) -> None:
    for p in folder.rglob("*"):
        if p.is_file():
            with p.open("rb") as f:
                os.fsync(f.fileno())


def _swap_in(tmp: Path, index: Path) -> None:
    """Replace `index` by `tmp` so that a crash at any point leaves one whole index on disk."""
    old = index.parent / f".{index.name}.old-{os.getpid()}"
    with lock(index):  # readers never see the moment between the two renames
        if index.exists():
            os.replace(index, old)
        os.replace(tmp, index)
    shutil.rmtree(old, ignore_errors=True)


def recover(index: Path) -> None:
    """After a crash between the two renames of `_swap_in`, put the previous index back; drop dead builds' leftovers."""
    with lock(index):
        if not (index / MANIFEST).exists():
            olds = sorted(index.parent.glob(f".{index.name}.old-*"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in olds:
                if (old / MANIFEST).exists():
                    if index.exists():
                        shutil.rmtree(index)
                    os.replace(old, index)
                    break
        for left in [*index.parent.glob(f".{index.name}.old-*"), *index.parent.glob(f".{index.name}.tmp-*")]:
            pid = left.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(left, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def check_replaceable(index: Path) -> None:
    """Refuse to replace a file or folder that is not an index (a mistyped --index must never delete data)."""
    if not index.exists():
        return
    known = {MANIFEST, BM25_DIR, README, *INDEX_FILES, *BESIDE_FILES}
    if index.is_dir():
        try:
            if "format_version" in read_manifest(index):
                return
        except (OSError, ValueError):
            pass
        if all(p.name in known for p in index.iterdir()) or (index / CHUNKS_FILE).exists():
            return  # empty, or recognisably the remains of a damaged index
    raise IndexStateError(
        f"{index} exists and is not a tutor index, so `tutor build` will not replace it: "
        "choose another --index folder, or move that one away"
    )
