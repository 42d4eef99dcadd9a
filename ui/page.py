"""How the page looks and who may open it: theme, CSS, JS, login and upload limit, the
same under `rag ui` (Gradio's own server) and `rag serve` (mounted on the API's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from rag.errors import RagError
from rag.settings import Settings

STATIC = Path(__file__).parent / "static"


def _theme() -> gr.themes.Base:
    # Local fonts only: the default theme pulls web fonts from Google, which an offline
    # or mainland-China deployment cannot reach, and CJK needs a CJK face first.
    sans = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"]
    theme: gr.themes.Base = gr.themes.Soft(
        primary_hue=gr.themes.colors.red,
        secondary_hue=gr.themes.colors.stone,
        neutral_hue=gr.themes.colors.stone,
        radius_size=gr.themes.sizes.radius_md,
        font=[*sans, "system-ui", "sans-serif"],
        font_mono=["Noto Sans Mono CJK SC", "ui-monospace", "monospace"],
    )
    return theme.set(
        # One deep red for actions, as on a letterhead, instead of the theme's bright one.
        button_primary_background_fill="#b42318",
        button_primary_background_fill_hover="#912018",
        button_primary_text_color="#ffffff",
        button_primary_border_color="#b42318",
        # Quiet field labels; red is kept for actions and citation markers.
        block_title_background_fill="transparent",
        block_title_text_color="*neutral_600",
        block_label_background_fill="transparent",
        block_label_text_color="*neutral_600",
    )


def _auth(settings: Settings) -> tuple[str, str] | None:
    if settings.ui_auth is None:
        return None
    user, sep, password = settings.ui_auth.get_secret_value().partition(":")
    if not sep or not user or not password:
        raise RagError('RAG_UI_AUTH must look like "user:password"')
    return user, password


def page_options(settings: Settings) -> dict[str, Any]:
    """How the page looks and who may open it: the same under `rag ui` and `rag serve`."""
    return {
        "auth": _auth(settings),
        "auth_message": "答复函问答 — 请登录 Please sign in",
        "theme": _theme(),
        "css_paths": [STATIC / "app.css"],
        "js": (STATIC / "app.js").read_text(encoding="utf-8"),
        # Gradio refuses larger files in the browser, before they are sent, with a message
        # naming the limit; the upload handler checks again for API clients.
        "max_file_size": int(settings.max_file_mb * 2**20),
        "footer_links": [],
        # Gradio 6 ships no text for its upload button's key, so screen readers said
        # "common.upload"; "en" is every locale's fallback.
        "i18n": gr.I18n(en={"common.upload": "上传答复函 Upload letters"}),
        "show_error": False,
    }
