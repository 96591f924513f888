"""A system check that the course's exercises and the grader's registry agree.

The content (lessons/content/exercises/<slug>/exercise.yaml) shows the learner hints keyed by
criterion; the grader's module for the slug (grader.exercises) holds the contract (the one
written form, which the page shows and from which the Check and the grading derive the names
they check) and the criteria it measures. `manage.py check` (and every command that runs the
checks, `migrate` and `runserver` included) fails when they drift apart:

- kobai.E001: an exercise in the content has no grader module, or the other way round;
- kobai.E002: a module's contract defines nothing a learner could write;
- kobai.E003: a hint names a criterion the grader does not measure;
- kobai.E004: the content shows a reference solution the grader does not have.
"""
from __future__ import annotations

from django.core.checks import Error, register

from grader.exercises import EXERCISES, load
from grader.solutions import reference_path
from lessons.content_files import content_root, parse_exercise


@register("kobai")
def exercises_agree(app_configs=None, **kwargs) -> list[Error]:
    root = content_root()
    folders = sorted(p for p in (root / "exercises").iterdir() if (p / "exercise.yaml").exists())
    content = {}
    for folder in folders:
        doc = parse_exercise(folder, root, [])
        if doc is not None:
            content[doc.slug] = doc
    errors = [Error(f"exercise {slug!r} is in the content but has no grader module", id="kobai.E001",
                    hint="Add its module to grader.exercises.EXERCISES.")
              for slug in sorted(set(content) - set(EXERCISES))]
    errors += [Error(f"grader module for {slug!r} has no exercise in the content", id="kobai.E001",
                     hint=f"Add lessons/content/exercises/{slug}/exercise.yaml, or drop it from the registry.")
               for slug in sorted(set(EXERCISES) - set(content))]
    for slug in sorted(set(content) & set(EXERCISES)):
        doc, exercise = content[slug], load(slug).EXERCISE
        if not exercise.names:
            errors.append(Error(f"grader module for {slug!r}: its contract defines no function or class",
                                id="kobai.E002"))
        measured = {criterion.id for criterion in exercise.criteria}
        errors += [Error(f"{doc.path}: a hint names criterion {hint.get('criterion')!r}, which the grader "
                         f"does not measure ({', '.join(sorted(measured))})", id="kobai.E003")
                   for hint in doc.hints if hint.get("criterion") and hint["criterion"] not in measured]
        errors += [Error(f"{doc.path}: solution {item['file']!r} is not in grader/references/{slug}/",
                         id="kobai.E004")
                   for item in doc.solutions if not reference_path(slug, item["file"]).is_file()]
    return errors
