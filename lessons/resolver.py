"""Turns `lesson:`, `exercise:`, `glossary:` and `figure:` references into URLs for a page."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import override

from lessons.rendering import ContentError, load_json


@lru_cache(maxsize=64)
def _data(path: str, mtime: float) -> dict:
    return load_json(Path(path))


class PageResolver:
    def __init__(self, language: str):
        self.language = language

    def link(self, scheme: str, target: str, anchor: str) -> str:
        with override(self.language):
            if scheme == "lesson":
                url = reverse("lessons:lesson", args=[target])
            elif scheme == "exercise":
                url = reverse("grader:exercise", args=[target])
            elif scheme == "glossary":
                return reverse("lessons:glossary") + f"#term-{target}"
            else:
                raise ContentError(f"unknown link scheme {scheme}")
        return f"{url}#{anchor}" if anchor else url

    def figure(self, name: str, variant: str = "") -> str:
        return static(f"lessons/figures/{name}.{self.language}{'.' + variant if variant else ''}.svg")

    def data(self, figure: str) -> dict:
        path = Path(settings.CONTENT_DIR) / "figures" / f"{figure}.json"
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError as exc:
            raise ContentError(f"missing data file {path.name}") from exc
        return _data(str(path), mtime)
