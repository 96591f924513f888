import shutil
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

from lessons.content_files import ContentInvalid, load_course
from lessons.models import Choice, GlossaryTerm, Lesson, LessonText, Question
from lessons.services import content_sync


@pytest.fixture
def content(tmp_path):
    """A private copy of the real course content, to break on purpose."""
    root = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, root)
    return root


def problems_of(root):
    with pytest.raises(ContentInvalid) as err:
        load_course(root)
    return [str(p) for p in err.value.problems]


def test_the_real_course_is_valid_and_complete():
    course = load_course()
    assert len(course.lessons) == 6
    assert all(set(docs) == {"ja", "en"} for docs in course.lessons.values())
    assert len(course.exercises) == 9
    assert "vanishing-gradients" in course.quizzes
    assert course.lessons["vanishing-gradients"]["ja"].status == "published"


@pytest.mark.django_db
def test_a_second_sync_changes_nothing():
    content_sync()  # the session fixture already loaded it once
    report = content_sync()
    assert not report.changed, (report.created, report.updated, report.deleted)
    assert report.unchanged > 50


@pytest.mark.django_db
def test_sync_updates_only_what_changed(content):
    path = next((content / "lessons").glob("01-*.en.md"))
    path.write_text(path.read_text().replace("\n---\n", "\n---\n\nA new first line.\n", 1))
    report = content_sync(root=content)
    assert report.updated == [f"LessonText {Lesson.objects.get(slug='vanishing-gradients').pk} en (body, content_hash)"]
    assert "A new first line." in LessonText.objects.get(lesson__slug="vanishing-gradients", language="en").body


def test_check_command_reports_ok():
    out = StringIO()
    call_command("sync_content", "--check", stdout=out)
    assert "content OK: 6 lessons, 9 exercises" in out.getvalue()


def test_invalid_yaml_names_the_file_and_line(content):
    quiz = content / "quizzes" / "vanishing-gradients.yaml"
    lines = quiz.read_text().splitlines()
    lines[3] = lines[3] + " : : ["
    quiz.write_text("\n".join(lines))
    found = problems_of(content)
    assert any(p.startswith("lessons/content/quizzes/vanishing-gradients.yaml:") and "invalid YAML" in p
               for p in found), found


def test_front_matter_errors_name_the_file_and_line(content):
    path = content / "lessons" / "03-relu-family.ja.md"
    path.write_text(path.read_text().replace("order: 3", "order: three", 1))
    assert "lessons/content/lessons/03-relu-family.ja.md:2: 'order' is missing or not a int" in problems_of(content)


def test_a_missing_language_is_an_error(content):
    (content / "lessons" / "04-initialization.en.md").unlink()
    found = problems_of(content)
    assert any("lesson 'initialization' has no en version" in p for p in found), found


def test_a_quiz_answer_without_an_explanation_in_one_language_is_an_error(content):
    import yaml

    path = content / "quizzes" / "vanishing-gradients.yaml"
    data = yaml.safe_load(path.read_text())
    question = next(q for q in data["questions"] if q["kind"] != "numeric")
    del question["choices"][0]["explanation"]["ja"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    found = problems_of(content)
    assert any("choices[1].explanation' has no ja text" in p for p in found), found


def test_links_that_point_nowhere_are_errors_with_their_line(content):
    path = content / "lessons" / "02-exploding-gradients.en.md"
    text = path.read_text()
    path.write_text(text + "\n\nSee [this](lesson:no-such-lesson) and [that](exercise:nope).\n")
    line = text.count("\n") + 3
    found = problems_of(content)
    where = f"lessons/content/lessons/02-exploding-gradients.en.md:{line}"
    assert f"{where}: link to lesson:no-such-lesson, which does not exist" in found
    assert any("exercise:nope" in p for p in found)


def test_an_exercise_reference_in_front_matter_must_exist(content):
    path = content / "lessons" / "05-batch-norm.en.md"
    path.write_text(path.read_text().replace("status: published", "exercises: [ghost-exercise]\nstatus: published", 1))
    found = problems_of(content)
    assert any("exercise 'ghost-exercise' does not exist" in p for p in found), found


def test_a_lessons_exercises_come_from_their_exercise_files(content):
    course = load_course(content)
    lesson_of = {slug: doc.lesson for slug, doc in course.exercises.items()}
    assert lesson_of["batchnorm-from-scratch"] == lesson_of["bn-deep-sigmoid"] == "batch-norm"
    assert all(doc.exercises == [] for docs in course.lessons.values() for doc in docs.values())


@pytest.mark.django_db
def test_a_broken_file_loads_nothing(content):
    before = LessonText.objects.get(lesson__slug="vanishing-gradients", language="en").title
    path = next((content / "lessons").glob("01-*.en.md"))
    path.write_text(path.read_text().replace(f"title: {before}", "title: Changed title", 1))
    (content / "glossary.yaml").write_text("- id: [broken\n")
    with override_settings(CONTENT_DIR=content), pytest.raises(CommandError, match="nothing was loaded"):
        call_command("sync_content", stdout=StringIO(), stderr=StringIO())
    assert LessonText.objects.get(lesson__slug="vanishing-gradients", language="en").title == before


@pytest.mark.django_db
def test_sync_loads_quizzes_and_glossary_in_both_languages():
    question = Question.objects.filter(quiz__lesson__slug="vanishing-gradients").first()
    assert question.prompt_ja and question.prompt_en
    assert Choice.objects.filter(question__quiz__lesson__slug="vanishing-gradients").exclude(explanation_ja="").exists()
    assert GlossaryTerm.objects.filter(lesson__slug="vanishing-gradients").count() >= 8
