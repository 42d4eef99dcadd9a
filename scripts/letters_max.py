"""How many of the multi-letter questions' gold letters an answer cites, for each cap on the
letters one answer lists (`Settings.letters_max`).

    rag eval --qa made_up/qa18/qa18.jsonl --corpus corpus --corpus ../shared/letters/real \
        --corpus made_up/qa7/letters … --corpus made_up/qa18/letters --out out/qa18
    .venv/bin/python scripts/letters_max.py out/qa18/home made_up/qa18/qa18.jsonl [HOME QA …]

Each HOME is the index a `rag eval --out DIR` run built (DIR/home); the questions of type
`multi_letter` in the paired Q&A file are asked there, offline, once per cap, and the script
prints the gold letters cited over all gold letters and the letters listed per answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rag import ReplyLetterQA, Settings

CAPS = (8, 12, 20, 30)


def main(args: list[str]) -> None:
    if not args or len(args) % 2:
        raise SystemExit("usage: letters_max.py HOME QA.jsonl [HOME QA.jsonl …]")
    totals = {cap: [0, 0, 0, 0] for cap in CAPS}  # gold cited, gold, letters listed, questions
    for home, qa_file in zip(args[::2], args[1::2], strict=True):
        lines = Path(qa_file).read_text(encoding="utf-8").splitlines()
        questions = [q for q in map(json.loads, filter(None, lines)) if q["type"] == "multi_letter"]
        for cap in CAPS:
            qa = ReplyLetterQA(Settings(home=home, letters_max=cap))
            for question in questions:
                gold = set(question.get("gold_files_any") or ())
                cited = {c.source for c in qa.ask(question["question"]).citations}
                found = totals[cap]
                found[0] += len(gold & cited)
                found[1] += len(gold)
                found[2] += len(cited)
                found[3] += 1
    for cap, (hit, gold, listed, asked) in totals.items():
        print(
            f"letters_max={cap}: gold letters cited {hit}/{gold}, letters per answer "
            f"{listed / max(asked, 1):.1f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
