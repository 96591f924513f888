"""Every lesson is complete in both languages: math, figures with alt text, a quiz, references,
its exercises linked, and every measured number quoted from the data file its script wrote."""
import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from lessons.models import Lesson, Question
from lessons.rendering import DATA_PATTERN, format_number, lookup
from tests.lessons.test_pages import LANGS, LESSONS, soup

pytestmark = pytest.mark.django_db


def source_of(slug: str, lang: str) -> str:
    folder = Path(settings.CONTENT_DIR) / "lessons"
    return next(folder.glob(f"*-{slug}.{lang}.md")).read_text()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", LESSONS)
def test_each_lesson_has_math_figures_quiz_exercises_and_references(client, slug, lang):
    lesson = Lesson.objects.get(slug=slug)
    assert lesson.status == Lesson.Status.PUBLISHED
    page = soup(client.get(f"/{lang}/lessons/{slug}/"))
    assert not page.select(".badge-draft")
    assert page.select("math[display=block]"), "display math as MathML"
    assert page.select("math[display=inline]"), "inline math as MathML"
    assert page.select("pre.highlight"), "code snippets"
    figures = page.select("figure.figure img")
    assert len(figures) >= 2, "at least two figures"
    for img in figures:
        assert img["alt"].strip(), "every figure has alt text"
        assert img["src"].endswith(f".{lang}.svg"), "in the page's language"
    assert len(page.select(".footnotes li")) >= 2, "references by footnote"
    for exercise in lesson.exercises.all():
        assert page.select_one(f"a[href='/{lang}/exercises/{exercise.slug}/']"), exercise.slug
    questions = Question.objects.filter(quiz__lesson=lesson)
    assert 3 <= questions.count() <= 6
    assert questions.filter(kind="numeric").exists(), "at least one numeric question"
    quiz = soup(client.get(f"/{lang}/lessons/{slug}/quiz/"))
    assert len(quiz.select("fieldset")) == questions.count()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", LESSONS)
def test_quoted_numbers_come_from_the_figure_data(client, slug, lang):
    """Each `{{ data:... }}` in the prose shows the value in the JSON the figure script wrote."""
    source = re.sub(r"\$\$.*?\$\$|\$[^$\n]+\$", "", source_of(slug, lang), flags=re.S)  # math is checked apart
    quoted = list(DATA_PATTERN.finditer(source))
    assert len(quoted) >= 5, "the lesson quotes its own measurements"
    text = " ".join(soup(client.get(f"/{lang}/lessons/{slug}/")).get_text(" ").split())
    data_dir = Path(settings.CONTENT_DIR) / "figures"
    for match in quoted:
        figure, path, spec = match.groups()
        value = format_number(lookup(json.loads((data_dir / f"{figure}.json").read_text()), path), spec)
        assert value in text, f"{match.group(0)} = {value!r} is not on the page"


def test_every_glossary_term_links_to_where_it_is_taught(client):
    page = soup(client.get("/en/glossary/"))
    terms = page.select("dt, .glossary-term")
    assert len(terms) >= 40
    for lang in LANGS:
        page = soup(client.get(f"/{lang}/glossary/"))
        links = [a["href"] for a in page.select("a[href*='/lessons/']")]
        lessons = {href.split("/")[3] for href in links}
        assert set(LESSONS) <= lessons, f"every lesson teaches glossary terms ({lang})"
