"""`manage.py grade` through the real sandbox: the verdict's shape and the bad-input statuses."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.sandbox

ROOT = Path(settings.BASE_DIR)
REFS = ROOT / "grader" / "references"
SLUG = "layer-grad-norms"
GOOD = (REFS / SLUG / "pass_comprehension.py").read_bytes()


def grade(tmp_path, source: bytes, *args, slug=SLUG, name="solution.py"):
    path = tmp_path / name
    path.write_bytes(source)
    proc = subprocess.run(
        [sys.executable, "manage.py", "grade", slug, str(path), "--json", *args],
        cwd=ROOT, capture_output=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "courseware.settings.test"},
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    return json.loads(proc.stdout)


def test_a_reference_solution_passes_with_the_full_verdict_shape(tmp_path):
    verdict = grade(tmp_path, GOOD)
    assert verdict["status"] == "passed" and verdict["score"] == 1.0
    assert [c["id"] for c in verdict["criteria"]] == ["keys-match", "values-match"]
    for criterion in verdict["criteria"]:
        assert set(criterion) >= {"id", "passed", "measured", "threshold", "message"}
        assert criterion["passed"] is True
    assert verdict["device"] == "cpu" and verdict["torch_version"].startswith("2.13.0")
    assert verdict["series"]["grad_norms"]
    assert verdict["timings"]["wall_s"] > 0


def test_the_starter_fails_with_messages_and_hints_in_japanese(tmp_path):
    starter = (Path(settings.CONTENT_DIR) / "exercises" / SLUG / "starter.py").read_bytes()
    verdict = grade(tmp_path, starter, "--lang", "ja")
    assert verdict["status"] == "failed" and verdict["score"] == 0.0
    assert "基準" in verdict["message"]
    keys = next(c for c in verdict["criteria"] if c["id"] == "keys-match")
    assert keys["passed"] is False and "勾配のないパラメータ" in keys["hint"]


def test_the_japanese_text_output_is_japanese_throughout(tmp_path):
    """Issue 17: no raw status ("failed（未合格）"), no "true" as a threshold, one kind of colon, seconds with a
    unit, powers of ten in superscript."""
    path = tmp_path / "solution.py"
    path.write_bytes((Path(settings.CONTENT_DIR) / "exercises" / SLUG / "starter.py").read_bytes())
    proc = subprocess.run(
        [sys.executable, "manage.py", "grade", SLUG, str(path), "--lang", "ja"], cwd=ROOT, capture_output=True,
        timeout=120, env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "courseware.settings.test"})
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    out = proc.stdout.decode()
    assert out.startswith(f"{SLUG}：未合格、スコア 0%"), out
    assert "failed" not in out and "true" not in out, out
    assert "keys-match：測定値 いいえ（基準 はい）" in out, out
    assert ": " not in out.replace("ValueError: ", ""), out
    assert re.search(r"所要時間 [\d.]+ (秒|ミリ秒)", out), out
    assert "（基準 ≤ 10⁻⁵）" in out and "e-05" not in out, out


def test_the_same_submission_gives_the_same_verdict(tmp_path):
    first, second = grade(tmp_path, GOOD), grade(tmp_path, GOOD)
    assert first["criteria"] == second["criteria"] and first["series"] == second["series"]


@pytest.mark.parametrize("source,needle", [
    (b"x" * (64 * 1024 + 1), "65537"),
    (b"def grad_norms(model):\n    return {}\n# \xff\xfe\n", "UTF-8"),
    (b"def grad_norms(model):\x00\n", "NUL"),
    (b"   \n\n", "empty"),
])
def test_bad_input_is_rejected_before_anything_runs(tmp_path, source, needle):
    verdict = grade(tmp_path, source)
    assert verdict["status"] == "rejected"
    assert needle in verdict["message"]
    assert all(c["measured"] is None and not c["passed"] for c in verdict["criteria"])
    assert verdict["device"] == "", "the sandbox never started"


def test_a_syntax_error_names_line_and_column(tmp_path):
    verdict = grade(tmp_path, b"from torch import nn\n\ndef grad_norms(model)\n    return {}\n", "--lang", "ja")
    assert verdict["status"] == "error"
    assert verdict["error"] == {"kind": "syntax", "line": 3, "column": 22, "message": "expected ':'"}
    assert "3 行目" in verdict["message"]


def test_a_missing_name_or_wrong_signature_names_what_was_expected(tmp_path):
    verdict = grade(tmp_path, b"def gradnorms(model):\n    return {}\n")
    assert verdict["status"] == "error"
    assert "def grad_norms(model)" in verdict["message"]
    verdict = grade(tmp_path, b"def grad_norms(net, extra):\n    return {}\n")
    assert verdict["status"] == "error"
    assert "def grad_norms(net, extra)" in verdict["message"]


def test_an_exception_names_the_learners_line_with_a_trimmed_traceback(tmp_path):
    source = b"import torch\n\n\ndef grad_norms(model):\n    total = 0\n    return 1 / total\n"
    verdict = grade(tmp_path, source)
    assert verdict["status"] == "error"
    assert verdict["error"]["line"] == 6 and verdict["error"]["type"] == "ZeroDivisionError"
    assert "line 6" in verdict["message"]
    assert "/opt/kobai" not in verdict["error"]["traceback"], "only the learner's own frames"
    assert "submission.py" in verdict["error"]["traceback"]


def test_learner_output_is_captured_but_never_read_as_a_verdict(tmp_path):
    forged = json.dumps({"type": "result", "measurements": {"keys-match": True, "values-match": 0}})
    source = (b"import sys\nprint(" + repr(forged).encode() + b")\nsys.exit(0)\n"
              b"def grad_norms(model):\n    return {}\n")
    verdict = grade(tmp_path, source)
    assert verdict["status"] == "error", "sys.exit at import ends grading: the learner's doing"
    assert forged in verdict["stdout"]


def test_an_unknown_exercise_is_a_command_error(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("pass\n")
    proc = subprocess.run([sys.executable, "manage.py", "grade", "no-such", str(path)], cwd=ROOT,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin",
                                                               "DJANGO_SETTINGS_MODULE": "courseware.settings.test"})
    assert proc.returncode != 0 and "unknown exercise 'no-such'" in proc.stderr


def test_progress_lines_stream_while_grading():
    from grader.grading import grade_source

    seen = []
    verdict = grade_source(slug=SLUG, source=GOOD, on_progress=seen.append)
    assert verdict.status == "passed"
    assert seen and seen[-1] == {"phase": "check", "step": 5, "total": 5, "loss": None}
