"""Compile every .po catalogue under courseware/locale to .mo with polib (no gettext needed)."""
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent / "locale"


def main() -> None:
    for po_path in ROOT.glob("*/LC_MESSAGES/*.po"):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"compiled {po_path.relative_to(ROOT.parent.parent)}")


if __name__ == "__main__":
    main()
