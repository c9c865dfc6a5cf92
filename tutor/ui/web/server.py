"""Serving the page: launch it locally, warn about an open bind, read --auth.

No share link, no analytics, no API/Gradio footer, and system fonts only, so nothing reaches the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.ui.web.style import CSS, HEAD

if TYPE_CHECKING:
    import gradio as gr


def _theme() -> gr.themes.Base:
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    # system fonts only: the default theme would fetch Google Fonts, a network call at run time
    return gr.themes.Default(font=system, font_mono=mono)


def launch(
    app: gr.Blocks,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    open_browser: bool = False,
    block: bool = True,
    quiet: bool = False,
) -> Any:
    """Serve the app locally: no share link, no analytics, no API/Gradio footer, offline fonts."""
    return app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        inbrowser=open_browser,
        prevent_thread_lock=not block,
        quiet=quiet,
        footer_links=[],
        show_error=False,
        theme=_theme(),
        css=CSS,
        head=HEAD,
        mcp_server=False,
        ssr_mode=False,
        pwa=False,
    )


def bind_warning(host: str, auth: tuple[str, str] | None) -> str | None:
    """The warning to print when the app is reachable from other machines without a password."""
    if host in ("127.0.0.1", "localhost", "::1") or auth:
        return None
    return (
        f"WARNING: serving on {host} without --auth: anyone who can reach this machine can use the tutor. "
        "Add --auth USER:PASSWORD, or serve on 127.0.0.1."
    )


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise TutorError(f"--auth {value!r}: expected USER:PASSWORD, e.g. --auth alice:s3cret")
    return user, password
