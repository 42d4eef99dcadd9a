"""Gradio web UI for the reply-letter QA system; see `ui.app`."""
