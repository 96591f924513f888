"""One voice across the course: find term variants that `content/style.yaml` rules out.

Not a spell checker: the style sheet lists the course's terms with their one spelling per
language and the form a lesson is referred to by; `variants()` reports every place where a
ruled-out form appears, with the file, the line and the spelling to use instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

LANGS = ("ja", "en")


@dataclass(frozen=True)
class Rule:
    lang: str
    use: str
    patterns: tuple[re.Pattern, ...]
    allow: tuple[str, ...] = ()
    why: str = ""


@dataclass(frozen=True)
class Variant:
    path: Path
    line: int
    found: str
    rule: Rule

    def __str__(self) -> str:
        why = f" ({self.rule.why})" if self.rule.why else ""
        return f"{self.path}:{self.line}: “{self.found}”: write “{self.rule.use}”{why}"


def load_rules(style_file: Path) -> list[Rule]:
    data = yaml.safe_load(style_file.read_text(encoding="utf-8")) or {}
    rules = []
    for lang in LANGS:
        for entry in data.get(lang, []):
            rules.append(
                Rule(
                    lang=lang,
                    use=entry["use"],
                    patterns=tuple(re.compile(pattern) for pattern in entry["not"]),
                    allow=tuple(entry.get("allow", ())),
                    why=entry.get("why", ""),
                )
            )
    return rules


def course_text_files(root: Path) -> list[Path]:
    """Every file whose text a learner or instructor reads, in either language."""
    content = root / "lessons" / "content"
    files = [
        *sorted((content / "lessons").glob("*.md")),
        *sorted((content / "quizzes").glob("*.yaml")),
        content / "glossary.yaml",
        *sorted((content / "glossary").glob("*.yaml")),
        *sorted((content / "exercises").glob("*/statement.*.md")),
        *sorted((content / "exercises").glob("*/exercise.yaml")),
        *sorted((root / "lessons" / "static" / "lessons" / "figures").glob("*.svg")),
        *sorted((root / "grader" / "exercises").glob("*.py")),
        root / "lessons" / "demo.py",
        *sorted(root.glob("*/locale/*/LC_MESSAGES/django.po")),
    ]
    return [path for path in files if path.is_file()]


def _blank(text: str, phrases: Iterable[str]) -> str:
    """`text` with every allowed phrase blanked out, lengths and line breaks kept."""
    for phrase in phrases:
        text = text.replace(phrase, " " * len(phrase))
    return text


def variants_in(path: Path, text: str, rules: Iterable[Rule]) -> Iterator[Variant]:
    for rule in rules:
        searched = _blank(text, rule.allow)
        for pattern in rule.patterns:
            for match in pattern.finditer(searched):
                line = searched.count("\n", 0, match.start()) + 1
                yield Variant(path, line, match.group(0), rule)


def variants(root: Path, style_file: Path | None = None) -> list[Variant]:
    rules = load_rules(style_file or root / "lessons" / "content" / "style.yaml")
    found = []
    for path in course_text_files(root):
        found.extend(variants_in(path.relative_to(root), path.read_text(encoding="utf-8"), rules))
    return found
