"""Regenerate the lesson figures: `python -m figures [script ...]`.

Each script is a module in this package with a `main()` that writes its SVGs (one per
language) under `lessons/static/lessons/figures/` and its numbers under
`lessons/content/figures/`. A new script is added to FIGURE_SCRIPTS.
"""
from __future__ import annotations

import argparse
import importlib
import time

FIGURE_SCRIPTS = [
    "vanishing",
    "exploding",
    "relu_family",
    "initialization",
    "batchnorm",
    "residual",
]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m figures", description=__doc__)
    parser.add_argument("scripts", nargs="*", help=f"any of {', '.join(FIGURE_SCRIPTS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.scripts) - set(FIGURE_SCRIPTS))
    if unknown:
        parser.error(f"unknown figure script(s): {', '.join(unknown)}")
    started = time.perf_counter()
    for name in args.scripts or FIGURE_SCRIPTS:
        importlib.import_module(f"figures.{name}").main()
    print(f"figures: done in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
