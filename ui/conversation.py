"""One browser session's conversation, and the chat messages shown for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from rag.models import Answer
from ui import render

GENERIC_ERROR = (
    "抱歉，处理这个问题时出错了，请稍后再试。(Something went wrong; the error was logged.)"
)


@dataclass
class Turn:
    question: str
    answer: Answer | None = None  # None when answering failed


@dataclass
class Conversation:
    """Per-browser-session state (a gr.State copies it for every session)."""

    turns: list[Turn] = field(default_factory=list)

    def history(self) -> list[tuple[str, str]]:
        """(question, answer_text) pairs of the answered turns, for follow-ups."""
        return [(t.question, t.answer.text) for t in self.turns if t.answer is not None]

    def turn_at(self, message_index: int) -> Turn | None:
        """The turn a chat message belongs to: each turn is a user and an assistant message."""
        i = message_index // 2
        return self.turns[i] if 0 <= i < len(self.turns) else None


def chat_messages(conv: Conversation, pending: str | None = None) -> list[dict[str, str]]:
    """Chatbot value (Gradio 6 messages) rebuilt from the conversation, always escaped.

    `pending` is the Markdown shown for the last turn while it is being answered.
    """
    messages: list[dict[str, str]] = []
    for i, turn in enumerate(conv.turns):
        messages.append({"role": "user", "content": render.md_text(turn.question)})
        last = i == len(conv.turns) - 1
        if last and pending is not None:
            content = pending
        elif turn.answer is not None:
            content = render.final_answer_markdown(turn.answer, turn.question)
        else:
            content = GENERIC_ERROR
        messages.append({"role": "assistant", "content": content})
    return messages
