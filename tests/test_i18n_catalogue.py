"""The translation catalogues are complete, compiled, and cover every translatable string in the sources."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "courseware" / "locale"
PO_FILES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
SOURCE_PACKAGES = ("courseware", "lessons", "grader", "instructors", "lti")
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
SKIPPED_DIRS = {"migrations", "static", "__pycache__"}
# A Python conversion specifier: %(name)s, %d, %.2f, %% ...
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _key(entry: polib._BaseEntry) -> tuple[str | None, str, str | None]:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def _describe(keys) -> str:
    lines = []
    for msgctxt, msgid, msgid_plural in sorted(keys, key=lambda k: (k[1], k[0] or "", k[2] or "")):
        text = repr(msgid)
        if msgid_plural:
            text += f" / plural {msgid_plural!r}"
        if msgctxt:
            text += f" (context {msgctxt!r})"
        lines.append(f"  - {text}")
    return "\n".join(lines)


def _live(po: polib.POFile) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete and e.msgid != ""]


def _translations(entries) -> dict:
    """msgid (with context and plural id) -> its translation, singular or the tuple of plural forms."""
    out = {}
    for e in entries:
        if e.msgid == "":
            continue
        if e.msgid_plural:
            out[_key(e)] = tuple(e.msgstr_plural[i] for i in sorted(e.msgstr_plural))
        else:
            out[_key(e)] = e.msgstr
    return out


def test_there_are_catalogues():
    assert PO_FILES, f"no .po catalogue under {_rel(LOCALE_DIR)}"


@pytest.mark.parametrize("po_path", PO_FILES, ids=_rel)
def test_catalogue_is_fully_translated(po_path):
    po = polib.pofile(str(po_path))
    problems = []
    if po.metadata_is_fuzzy:
        problems.append("the header is marked fuzzy")
    fuzzy = [_key(e) for e in _live(po) if "fuzzy" in e.flags]
    if fuzzy:
        problems.append(f"{len(fuzzy)} fuzzy entries:\n{_describe(fuzzy)}")
    untranslated = [_key(e) for e in _live(po) if "fuzzy" not in e.flags and not e.translated()]
    if untranslated:
        problems.append(f"{len(untranslated)} untranslated entries:\n{_describe(untranslated)}")
    assert not problems, f"{_rel(po_path)}: " + "\n".join(problems)


@pytest.mark.parametrize("po_path", PO_FILES, ids=_rel)
def test_placeholders_are_kept(po_path):
    po = polib.pofile(str(po_path))
    broken = []
    for e in _live(po):
        if "python-format" not in e.flags or not e.translated():
            continue
        if e.msgid_plural:
            wanted = sorted(PLACEHOLDER.findall(e.msgid_plural))
            given = [sorted(PLACEHOLDER.findall(s)) for s in e.msgstr_plural.values()]
        else:
            wanted = sorted(PLACEHOLDER.findall(e.msgid))
            given = [sorted(PLACEHOLDER.findall(e.msgstr))]
        if any(g != wanted for g in given):
            broken.append(_key(e))
    assert not broken, f"{_rel(po_path)}: placeholders changed in translation:\n{_describe(broken)}"


@pytest.mark.parametrize("po_path", PO_FILES, ids=_rel)
def test_compiled_catalogue_matches(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), (
        f"{_rel(mo_path)} is missing: run `python -m courseware.scripts.compile_messages`"
    )
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(mo_path))
    # Like msgfmt, compile only translated, non-fuzzy, non-obsolete entries.
    expected = _translations(e for e in po.translated_entries() if not e.obsolete)
    compiled = _translations(mo)
    stale = {k for k in expected.keys() | compiled.keys() if expected.get(k) != compiled.get(k)}
    assert not stale, (
        f"{_rel(mo_path)} does not match {po_path.name} "
        f"(run `python -m courseware.scripts.compile_messages`); differing msgids:\n{_describe(stale)}"
    )


def _copy_sources(dest: Path) -> None:
    for package in SOURCE_PACKAGES:
        for path in (ROOT / package).rglob("*"):
            rel = path.relative_to(ROOT)
            if not path.is_file() or path.suffix not in SOURCE_SUFFIXES:
                continue
            if SKIPPED_DIRS.intersection(rel.parts[:-1]):
                continue
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest / rel)
    shutil.copy2(ROOT / "manage.py", dest / "manage.py")
    for po_path in PO_FILES:
        rel = po_path.relative_to(ROOT)
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(po_path, dest / rel)


def test_catalogue_covers_the_sources(tmp_path):
    if shutil.which("xgettext") is None:
        pytest.fail("xgettext is not installed: run `courseware/scripts/system_deps.sh test` (package gettext)")
    _copy_sources(tmp_path)
    languages = sorted({p.relative_to(LOCALE_DIR).parts[0] for p in PO_FILES if p.name == "django.po"})
    assert languages, "no django.po catalogue to compare with"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "courseware.settings.test"}
    env.pop("PYTHONPATH", None)
    args = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--no-location"]
    for lang in languages:
        args += ["-l", lang]
    run = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, f"makemessages failed:\n{run.stdout}\n{run.stderr}"

    problems = []
    for lang in languages:
        rel = Path("courseware", "locale", lang, "LC_MESSAGES", "django.po")
        committed = {_key(e) for e in _live(polib.pofile(str(ROOT / rel)))}
        regenerated = {_key(e) for e in _live(polib.pofile(str(tmp_path / rel)))}
        new = regenerated - committed
        if new:
            problems.append(f"{rel}: {len(new)} translatable strings are missing:\n{_describe(new)}")
    assert not problems, (
        "\n".join(problems)
        + "\nRun `python manage.py makemessages -l ja --no-obsolete --ignore '.venv/*' "
        "--ignore 'node_modules/*' --ignore 'var/*'`, translate, then compile."
    )
