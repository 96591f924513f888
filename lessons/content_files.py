"""Reading and validating `lessons/content/` (see docs/content.md). No database here.

`load_course(root)` parses every file into plain dataclasses and checks the whole course:
both languages of every lesson, quiz explanations in both languages, links and exercise
references that point somewhere, numbers quoted from figure data files. Every problem is a
`ContentProblem` naming the file and line; the loader collects them all before failing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings

from lessons.rendering import ContentError, content_hash, load_json, render

LANGUAGES = ("ja", "en")
LESSON_FILE = re.compile(r"^(\d+)-([a-z0-9-]+)\.(ja|en)\.md$")
STATUSES = ("published", "in-preparation")
QUESTION_KINDS = ("single", "multiple", "numeric")


@dataclass
class ContentProblem:
    path: str
    line: int | None
    message: str

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ContentInvalid(Exception):
    def __init__(self, problems: list[ContentProblem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class LessonDoc:
    slug: str
    order: int
    status: str
    exercises: list[str]
    language: str
    title: str
    summary: str
    objectives: list[str]
    body: str
    path: str
    body_line: int
    content_hash: str = ""
    anchors: set[str] = field(default_factory=set)


@dataclass
class ExerciseDoc:
    slug: str
    lesson: str
    order: int
    title: dict
    hints: list[dict]
    starter_code: str
    statements: dict  # language -> markdown
    statement_hashes: dict
    path: str
    solutions: list = field(default_factory=list)  # [{"file", "ja", "en"}], shown once open
    walkthroughs: dict = field(default_factory=dict)  # language -> markdown, or {} for none
    walkthrough_hashes: dict = field(default_factory=dict)


@dataclass
class QuizDoc:
    lesson: str
    questions: list[dict]
    path: str


@dataclass
class Course:
    slug: str
    title: dict
    summary: dict
    lessons: dict[str, dict[str, LessonDoc]]  # slug -> language -> doc
    exercises: dict[str, ExerciseDoc]
    quizzes: dict[str, QuizDoc]
    glossary: list[dict]


def content_root() -> Path:
    return Path(settings.CONTENT_DIR)


def _rel(path: Path, root: Path) -> str:
    """A file's name as the repository spells it, wherever the content folder lies."""
    try:
        return f"lessons/content/{path.relative_to(root).as_posix()}"
    except ValueError:
        return str(path)


def _yaml(path: Path, root: Path, problems: list, text: str | None = None, line_offset=0):
    try:
        raw = text if text is not None else path.read_text(encoding="utf-8")
        return yaml.safe_load(raw)
    except UnicodeDecodeError:
        problems.append(ContentProblem(_rel(path, root), None, "not UTF-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        problems.append(ContentProblem(_rel(path, root), line, f"invalid YAML: {problem}"))
    return None


def _need(mapping, key, kind, path, problems, line=None, where=""):
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        label = f"{where}{key}"
        problems.append(ContentProblem(path, line, f"'{label}' is missing or not a {kind.__name__}"))
        return None
    return value


def _bilingual(mapping, key, path, problems, where="") -> dict | None:
    value = _need(mapping, key, dict, path, problems, where=where)
    if value is None:
        return None
    for lang in LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            problems.append(ContentProblem(path, None, f"'{where}{key}' has no {lang} text"))
    return value


def parse_lesson(path: Path, root: Path, problems: list) -> LessonDoc | None:
    rel = _rel(path, root)
    match = LESSON_FILE.match(path.name)
    if not match:
        problems.append(ContentProblem(rel, None, "lesson files are named <order>-<slug>.<ja|en>.md"))
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(ContentProblem(rel, None, "not UTF-8"))
        return None
    if not text.startswith("---\n"):
        problems.append(ContentProblem(rel, 1, "front matter (--- ... ---) is missing"))
        return None
    end = text.find("\n---\n", 4)
    if end < 0:
        problems.append(ContentProblem(rel, 1, "front matter is not closed with ---"))
        return None
    meta = _yaml(path, root, problems, text[4:end], line_offset=1)
    if meta is None:
        return None
    if not isinstance(meta, dict):
        problems.append(ContentProblem(rel, 2, "front matter must be a mapping"))
        return None
    before = len(problems)
    slug = _need(meta, "slug", str, rel, problems, 2)
    order = _need(meta, "order", int, rel, problems, 2)
    title = _need(meta, "title", str, rel, problems, 2)
    summary = _need(meta, "summary", str, rel, problems, 2)
    objectives = _need(meta, "objectives", list, rel, problems, 2)
    exercises = meta.get("exercises") or []
    status = meta.get("status", "published")
    if status not in STATUSES:
        problems.append(ContentProblem(rel, 2, f"status must be one of {', '.join(STATUSES)}"))
    if slug and slug != match.group(2):
        problems.append(ContentProblem(rel, 2, f"slug '{slug}' does not match the file name"))
    if order is not None and order != int(match.group(1)):
        problems.append(ContentProblem(rel, 2, f"order {order} does not match the file name"))
    if not isinstance(exercises, list) or not all(isinstance(e, str) for e in exercises):
        problems.append(ContentProblem(rel, 2, "'exercises' must be a list of slugs"))
        exercises = []
    if len(problems) > before:
        return None
    body = text[end + 5 :]
    body_line = text[: end + 5].count("\n") + 1
    return LessonDoc(
        slug=slug, order=order, status=status, exercises=exercises, language=match.group(3),
        title=title.strip(), summary=summary.strip(),
        objectives=[str(o).strip() for o in objectives], body=body, path=rel,
        body_line=body_line,
    )


def parse_quiz(path: Path, root: Path, problems: list) -> QuizDoc | None:
    rel = _rel(path, root)
    data = _yaml(path, root, problems)
    if data is None:
        return None
    lesson = _need(data, "lesson", str, rel, problems)
    questions = _need(data, "questions", list, rel, problems)
    if lesson is None or questions is None:
        return None
    if not 1 <= len(questions) <= 10:
        problems.append(ContentProblem(rel, None, "a quiz has between 1 and 10 questions"))
    seen = set()
    for number, question in enumerate(questions, 1):
        where = f"questions[{number}]."
        qid = _need(question, "id", str, rel, problems, where=where)
        if qid in seen:
            problems.append(ContentProblem(rel, None, f"duplicate question id '{qid}'"))
        seen.add(qid)
        kind = question.get("kind") if isinstance(question, dict) else None
        if kind not in QUESTION_KINDS:
            problems.append(ContentProblem(rel, None, f"{where}kind must be one of {QUESTION_KINDS}"))
            continue
        _bilingual(question, "prompt", rel, problems, where)
        if kind == "numeric":
            _need(question, "answer", (int, float), rel, problems, where=where)
            _need(question, "tolerance", (int, float), rel, problems, where=where)
            _bilingual(question, "explanation", rel, problems, where)
            continue
        choices = _need(question, "choices", list, rel, problems, where=where) or []
        if len(choices) < 2:
            problems.append(ContentProblem(rel, None, f"{where}choices: at least two"))
        for c_number, choice in enumerate(choices, 1):
            c_where = f"{where}choices[{c_number}]."
            _bilingual(choice, "text", rel, problems, c_where)
            _bilingual(choice, "explanation", rel, problems, c_where)
        correct = sum(1 for c in choices if isinstance(c, dict) and c.get("correct") is True)
        if kind == "single" and correct != 1:
            problems.append(ContentProblem(rel, None, f"{where}single choice needs exactly one correct choice"))
        if kind == "multiple" and correct < 1:
            problems.append(ContentProblem(rel, None, f"{where}needs at least one correct choice"))
    return QuizDoc(lesson=lesson, questions=questions, path=rel)


def parse_exercise(folder: Path, root: Path, problems: list) -> ExerciseDoc | None:
    meta_path = folder / "exercise.yaml"
    rel = _rel(meta_path, root)
    if not meta_path.exists():
        problems.append(ContentProblem(rel, None, "exercise.yaml is missing"))
        return None
    meta = _yaml(meta_path, root, problems)
    if meta is None:
        return None
    before = len(problems)
    slug = _need(meta, "slug", str, rel, problems)
    lesson = _need(meta, "lesson", str, rel, problems)
    order = _need(meta, "order", int, rel, problems)
    title = _bilingual(meta, "title", rel, problems)
    hints = meta.get("hints") or []
    if slug and slug != folder.name:
        problems.append(ContentProblem(rel, None, f"slug '{slug}' does not match the folder name"))
    for number, hint in enumerate(hints, 1):
        _need(hint, "criterion", str, rel, problems, where=f"hints[{number}].")
        for lang in LANGUAGES:
            _need(hint, lang, str, rel, problems, where=f"hints[{number}].")
    statements, hashes = {}, {}
    for lang in LANGUAGES:
        path = folder / f"statement.{lang}.md"
        if not path.exists():
            problems.append(ContentProblem(_rel(path, root), None, f"the {lang} statement is missing"))
            continue
        statements[lang] = path.read_text(encoding="utf-8")
    solutions = _solutions(meta, rel, problems)
    walkthroughs = _walkthroughs(folder, root, problems, bool(solutions))
    starter = folder / "starter.py"
    if not starter.exists():
        problems.append(ContentProblem(_rel(starter, root), None, "starter.py is missing"))
        starter_code = ""
    else:
        starter_code = starter.read_text(encoding="utf-8")
        try:
            compile(starter_code, str(starter), "exec")
        except SyntaxError as exc:
            problems.append(ContentProblem(_rel(starter, root), exc.lineno, f"syntax error: {exc.msg}"))
    if len(problems) > before:
        return None
    return ExerciseDoc(
        slug=slug, lesson=lesson, order=order, title=title,
        hints=hints, starter_code=starter_code, statements=statements,
        statement_hashes=hashes, path=rel, solutions=solutions, walkthroughs=walkthroughs,
    )


SOLUTION_FILE = re.compile(r"^pass_[a-z0-9_]+\.py$")


def _solutions(meta: dict, rel: str, problems: list) -> list[dict]:
    """`solutions:` in exercise.yaml: the reference files shown after a pass, each titled in both
    languages. Only the names are checked here; that the grader has the files is its own check."""
    solutions = meta.get("solutions") or []
    if not isinstance(solutions, list):
        problems.append(ContentProblem(rel, None, "'solutions' must be a list"))
        return []
    for number, item in enumerate(solutions, 1):
        name = item.get("file") if isinstance(item, dict) else None
        if not isinstance(name, str) or not SOLUTION_FILE.match(name):
            problems.append(ContentProblem(rel, None, f"solutions[{number}].file must name a pass_*.py file"))
        for lang in LANGUAGES:
            _need(item, lang, str, rel, problems, where=f"solutions[{number}].")
    return solutions


def _walkthroughs(folder: Path, root: Path, problems: list, needed: bool) -> dict[str, str]:
    """walkthrough.<lang>.md: why the reference solutions work; both languages or neither, and
    both whenever the exercise shows solutions."""
    paths = {lang: folder / f"walkthrough.{lang}.md" for lang in LANGUAGES}
    present = {lang: p for lang, p in paths.items() if p.exists()}
    if present or needed:
        for lang, path in paths.items():
            if lang not in present:
                problems.append(ContentProblem(_rel(path, root), None, f"the {lang} walkthrough is missing"))
    return {lang: path.read_text(encoding="utf-8") for lang, path in present.items()}


class CheckingResolver:
    """Resolves references during validation; records what each document depends on."""

    def __init__(self, root: Path, language: str, lessons, exercises, glossary_ids):
        self.root = root
        self.language = language
        self.lessons = lessons
        self.exercises = exercises
        self.glossary_ids = glossary_ids
        self.depends: list[str] = []
        self.anchor_checks: list[tuple[str, str]] = []

    def link(self, scheme, target, anchor):
        known = {
            "lesson": self.lessons, "exercise": self.exercises, "glossary": self.glossary_ids,
        }.get(scheme)
        if known is None:
            raise ContentError(f"{scheme}: links are for images only")
        if target not in known:
            raise ContentError(f"link to {scheme}:{target}, which does not exist")
        if scheme == "lesson" and anchor:
            self.anchor_checks.append((target, anchor))
        return f"#{scheme}-{target}"

    def figure(self, name, variant=""):
        svg = Path(settings.FIGURES_STATIC_DIR) / f"{name}.{self.language}{'.' + variant if variant else ''}.svg"
        if not svg.exists():
            raise ContentError(f"figure {name}: {svg.name} does not exist (run `make figures`)")
        self.depends.append(svg.read_text(encoding="utf-8"))
        return svg.name

    def data(self, figure):
        path = self.root / "figures" / f"{figure}.json"
        data = load_json(path)
        self.depends.append(path.read_text(encoding="utf-8"))
        return data


def load_course(root: Path | None = None) -> Course:
    """Parse and validate the whole course; raise ContentInvalid listing every problem."""
    root = root or content_root()
    problems: list[ContentProblem] = []
    course_slug, course_title, course_summary = _course_meta(root, problems)
    lessons = _lessons(root, problems)
    exercises = _exercises(root, lessons, problems)
    quizzes = _quizzes(root, lessons, problems)
    glossary = _glossary(root, lessons, problems)
    _RenderCheck(root, lessons, exercises, glossary, problems).run(quizzes)
    if problems:
        raise ContentInvalid(problems)
    return Course(
        slug=course_slug, title=course_title, summary=course_summary, lessons=lessons,
        exercises=exercises, quizzes=quizzes, glossary=glossary,
    )


def _course_meta(root: Path, problems: list) -> tuple[str, dict, dict]:
    course_meta = _yaml(root / "course.yaml", root, problems) if (root / "course.yaml").exists() else None
    if course_meta is None and not problems:
        problems.append(ContentProblem(_rel(root / "course.yaml", root), None, "missing"))
    if not isinstance(course_meta, dict):
        return "gradient-flow", {}, {}
    rel = "lessons/content/course.yaml"
    return (_need(course_meta, "slug", str, rel, problems) or "gradient-flow",
            _bilingual(course_meta, "title", rel, problems) or {},
            _bilingual(course_meta, "summary", rel, problems) or {})


def _lessons(root: Path, problems: list) -> dict[str, dict[str, LessonDoc]]:
    """slug -> language -> doc; both languages present and agreeing, orders unique."""
    lessons: dict[str, dict[str, LessonDoc]] = {}
    for path in sorted((root / "lessons").glob("*.md")):
        doc = parse_lesson(path, root, problems)
        if doc:
            if doc.language in lessons.get(doc.slug, {}):
                problems.append(ContentProblem(doc.path, None, f"a second {doc.language} file for {doc.slug}"))
            lessons.setdefault(doc.slug, {})[doc.language] = doc
    orders: dict[int, str] = {}
    for slug, docs in lessons.items():
        for lang in LANGUAGES:
            if lang not in docs:
                other = next(iter(docs.values()))
                problems.append(ContentProblem(other.path, None, f"lesson '{slug}' has no {lang} version"))
        ja, en = docs.get("ja"), docs.get("en")
        if ja and en:
            for key in ("order", "status", "exercises"):
                if getattr(ja, key) != getattr(en, key):
                    problems.append(ContentProblem(en.path, 2, f"'{key}' differs from {ja.path}"))
        first = next(iter(docs.values()))
        if first.order in orders:
            problems.append(ContentProblem(first.path, 2, f"order {first.order} is also used by {orders[first.order]}"))
        orders[first.order] = slug
    return lessons


def _exercises(root: Path, lessons: dict, problems: list) -> dict[str, ExerciseDoc]:
    """Each exercise names its lesson; a lesson's optional `exercises:` list must agree."""
    exercises: dict[str, ExerciseDoc] = {}
    for folder in sorted(p for p in (root / "exercises").glob("*") if p.is_dir()):
        doc = parse_exercise(folder, root, problems)
        if doc:
            exercises[doc.slug] = doc
            if doc.lesson not in lessons:
                problems.append(ContentProblem(doc.path, None, f"lesson '{doc.lesson}' does not exist"))
    for slug, docs in lessons.items():
        for doc in docs.values():
            for ex in doc.exercises:
                if ex not in exercises:
                    problems.append(ContentProblem(doc.path, 2, f"exercise '{ex}' does not exist"))
                elif exercises[ex].lesson != slug:
                    owner = exercises[ex].lesson
                    problems.append(ContentProblem(doc.path, 2, f"exercise '{ex}' belongs to lesson '{owner}'"))
    return exercises


def _quizzes(root: Path, lessons: dict, problems: list) -> dict[str, QuizDoc]:
    quizzes: dict[str, QuizDoc] = {}
    for path in sorted((root / "quizzes").glob("*.yaml")):
        quiz = parse_quiz(path, root, problems)
        if quiz:
            if quiz.lesson not in lessons:
                problems.append(ContentProblem(quiz.path, None, f"lesson '{quiz.lesson}' does not exist"))
            elif path.stem != quiz.lesson:
                problems.append(ContentProblem(quiz.path, None, "the file is named after its lesson"))
            quizzes[quiz.lesson] = quiz
    return quizzes


def _glossary(root: Path, lessons: dict, problems: list) -> list[dict]:
    """glossary.yaml, then glossary/*.yaml (one file per lesson), in name order; ids unique.
    Each term keeps its file in `_path` until the render check has used it."""
    glossary: list[dict] = []
    glossary_paths = [root / "glossary.yaml", *sorted((root / "glossary").glob("*.yaml"))]
    for glossary_path in (p for p in glossary_paths if p.exists()):
        raw = _yaml(glossary_path, root, problems)
        rel = _rel(glossary_path, root)
        if raw is not None and not isinstance(raw, list):
            problems.append(ContentProblem(rel, 1, "the glossary is a list of terms"))
            continue
        for number, term in enumerate(raw or [], 1):
            where = f"[{number}]."
            ok = all([
                _need(term, "id", str, rel, problems, where=where),
                _need(term, "ja", str, rel, problems, where=where),
                _need(term, "en", str, rel, problems, where=where),
                _bilingual(term, "definition", rel, problems, where),
            ])
            if ok and term.get("lesson") and term["lesson"] not in lessons:
                problems.append(ContentProblem(rel, None, f"{where}lesson '{term['lesson']}' does not exist"))
            if ok:
                if any(t["id"] == term["id"] for t in glossary):
                    problems.append(ContentProblem(rel, None, f"duplicate glossary id '{term['id']}'"))
                    continue
                glossary.append(dict(term, _path=rel))
    return glossary


class _RenderCheck:
    """Render everything once: math, links, figures and data must all resolve, and every
    `lesson:<slug>#<anchor>` must name a section of that lesson in both languages."""

    def __init__(self, root: Path, lessons: dict, exercises: dict, glossary: list[dict], problems: list):
        self.root, self.lessons, self.exercises, self.glossary = root, lessons, exercises, glossary
        self.glossary_ids = {t["id"] for t in glossary}
        self.problems = problems
        self.anchor_checks: list[tuple[str, str, str]] = []

    def run(self, quizzes: dict[str, QuizDoc]) -> None:
        self._lessons()
        self._statements()
        self._quizzes(quizzes)
        self._glossary()
        self._anchors()

    def render(self, text, path, line_offset, language):
        resolver = CheckingResolver(self.root, language, self.lessons, self.exercises, self.glossary_ids)
        errors: list[ContentError] = []
        try:
            rendered = render(text, resolver, errors)
        except ContentError as exc:  # math that does not convert
            errors.append(exc)
            rendered = None
        for exc in errors:
            line = exc.line + line_offset - 1 if exc.line and line_offset else None
            self.problems.append(ContentProblem(path, line, exc.message))
        if errors:
            return None, resolver
        self.anchor_checks.extend((path, lesson, anchor) for lesson, anchor in resolver.anchor_checks)
        return rendered, resolver

    def _lessons(self) -> None:
        for docs in self.lessons.values():
            for doc in docs.values():
                rendered, resolver = self.render(doc.body, doc.path, doc.body_line, doc.language)
                if rendered:
                    doc.anchors = {h["id"] for h in rendered.toc}
                    doc.content_hash = content_hash(doc.body, *resolver.depends)

    def _statements(self) -> None:
        for ex in self.exercises.values():
            for lang, text in ex.statements.items():
                path = ex.path.replace("exercise.yaml", f"statement.{lang}.md")
                rendered, resolver = self.render(text, path, 1, lang)
                if rendered:
                    ex.statement_hashes[lang] = content_hash(text, *resolver.depends)
            for lang, text in ex.walkthroughs.items():
                path = ex.path.replace("exercise.yaml", f"walkthrough.{lang}.md")
                rendered, resolver = self.render(text, path, 1, lang)
                if rendered:
                    ex.walkthrough_hashes[lang] = content_hash(text, *resolver.depends)

    def _quizzes(self, quizzes: dict[str, QuizDoc]) -> None:
        for quiz in quizzes.values():
            for question in quiz.questions:
                texts = [question.get("prompt"), question.get("explanation")]
                texts += [c.get(k) for c in question.get("choices") or [] for k in ("text", "explanation")]
                for text in texts:
                    for lang in LANGUAGES:
                        if isinstance(text, dict) and isinstance(text.get(lang), str):
                            self.render(text[lang], quiz.path, None, lang)

    def _glossary(self) -> None:
        for term in self.glossary:
            where = term.pop("_path")
            for lang in LANGUAGES:
                self.render(term["definition"][lang], where, None, lang)
            if term.get("anchor") and term.get("lesson") in self.lessons:
                self.anchor_checks.append((where, term["lesson"], term["anchor"]))

    def _anchors(self) -> None:
        for path, lesson, anchor in self.anchor_checks:
            for lang, doc in self.lessons.get(lesson, {}).items():
                if doc.anchors and anchor not in doc.anchors:
                    message = f"lesson:{lesson}#{anchor}: no such section in the {lang} lesson"
                    self.problems.append(ContentProblem(path, None, message))
