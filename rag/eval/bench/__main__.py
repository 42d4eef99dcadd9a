"""`python -m rag.eval.bench [--quick] [--server/--no-server] [--letters N] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rag.errors import RagError
from rag.eval.bench.runner import run_bench
from rag.settings import Settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m rag.eval.bench",
        description="`rag bench`: where the time goes, measured against the floor of each step "
        "in the same run.",
    )
    parser.add_argument("--out", type=Path, default=Path("out/bench"))
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument(
        "--server",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also measure against a `chroma run` server (default: full runs)",
    )
    parser.add_argument("--letters", type=int, help="synthetic letters for the ingest measurement")
    args = parser.parse_args(argv)
    try:
        run_bench(
            Settings(), out=args.out, quick=args.quick, server=args.server, letters=args.letters
        )
    except RagError as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
