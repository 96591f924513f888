"""Forged passes, through the real service path: every file in tests/grader/forgery/ is a WRONG
solution that tries to get `passed` anyway (reaching the result channel, changing what is measured
with, reaching a forbidden built-in another way, behaving differently while measured, reading the
data, breaking the host, or an exercise's own loophole). Each is graded by grade_source (the judge
and the learner process, each in its own sandbox) and must end in a clean verdict that is not
`passed`: the expected status (and, where it says which, the words the verdict must contain), no
system error, and nothing of the learner's forged text or planted numbers in what the verdict
reports as measured.

Each file's docstring says which attack it is and what it achieved against the old one-process
grader.
"""
import ast
import json
from pathlib import Path

import pytest
from django.test import override_settings

from grader.exercises import EXERCISES
from grader.grading import grade_source

pytestmark = pytest.mark.sandbox

HERE = Path(__file__).parent / "forgery"
NOT_PASSED = {"failed", "error", "rejected", "timeout", "memory_limit", "output_limit"}
# Every marker the forgeries inject starts with this; none may reach criteria, series or message.
MARKER = "KOBAI-FORGED"
# Printed by fvg_validation_lookup only if it could read the data set from the learner's sandbox.
DATA_FOUND = "KOBAI-DATA-FOUND"

# Like the hostile suite's FAST limits, with more wall-clock time: none of these files loops or
# sleeps, and on a busy machine 12 s of wall time turns some of them into a `timeout`, which would
# hide the status the forgery itself earns.
LIMITS = {"GRADER_SANDBOX_WALL_S": 40.0, "GRADER_SANDBOX_CPU_S": 20.0,
          "GRADER_SANDBOX_MEMORY_BYTES": 1024**3, "GRADER_SANDBOX_OUTPUT_BYTES": 256 * 1024}


def case(slug, status, needle=None, planted=None):
    """slug, the statuses allowed, words the message/error must contain, {criterion: forged value}."""
    return {"slug": slug, "statuses": status if isinstance(status, tuple) else (status,), "needle": needle,
            "planted": planted or {}}


FORGERY = {
    # layer-grad-norms
    "lgn_fd_spray_forged_result": case("layer-grad-norms", "error", "bad frame start", {"values-match": 0.0}),
    "lgn_gc_walk_nonce": case("layer-grad-norms", "rejected", "gc.get_objects"),
    "lgn_patch_tensor_float": case("layer-grad-norms", "failed", None, {"values-match": 0.0}),
    "lgn_forged_values_nan": case("layer-grad-norms", "failed"),
    "lgn_nested_bigint_answer": case("layer-grad-norms", "failed"),
    "lgn_thread_alias_later": case("layer-grad-norms", ("failed", "rejected"), None, {"values-match": 0.0}),
    # fix-vanishing-gradients
    "fvg_walk_frames_to_peer": case("fix-vanishing-gradients", "rejected", "inspecting stack frames",
                                    {"val-accuracy": 1.0}),
    "fvg_global_module_hooks": case("fix-vanishing-gradients", "failed"),
    "fvg_patch_exercise_and_measure": case("fix-vanishing-gradients", "failed", None,
                                           {"grad-ratio": 1.0, "val-accuracy": 1.0}),
    "fvg_detect_fake_tensor": case("fix-vanishing-gradients", "failed"),
    "fvg_side_by_side_twelve": case("fix-vanishing-gradients", "failed", None, {"min-linear-layers": 12}),
    "fvg_validation_lookup": case("fix-vanishing-gradients", "failed"),
    "fvg_forged_graph": case("fix-vanishing-gradients", "error", "not allowed in a graph"),
    "fvg_gradient_amplifier": case("fix-vanishing-gradients", "failed"),
    # clip-gradients
    "clip_patch_norms": case("clip-gradients", "failed"),
    "clip_patch_cross_entropy": case("clip-gradients", "failed"),
    "clip_exercise_constants": case("clip-gradients", "failed"),
    "clip_double_step": case("clip-gradients", "failed"),
    "clip_scaled_update": case("clip-gradients", "failed"),
    "clip_wrap_json_os_write": case("clip-gradients", "failed", None, {"norm-bound": 1.0, "loss-falls": 0.01}),
    "clip_bigint_loss": case("clip-gradients", "error", "header is not valid JSON"),
    "clip_patch_then_restore": case("clip-gradients", "failed"),
    "clip_ignores_max_norm": case("clip-gradients", "failed"),
    # warmup-schedule
    "warmup_get_last_lr_lies": case("warmup-schedule", "failed"),
    "warmup_host_nested_frame": case("warmup-schedule", "error", "header is not valid JSON"),
    # leaky-relu-autograd
    "leaky_c_nn": case("leaky-relu-autograd", "failed", "aten.leaky_relu"),
    "leaky_prelu_constant": case("leaky-relu-autograd", "failed", "prelu"),
    "leaky_getattr_strings": case("leaky-relu-autograd", "failed", "aten.leaky_relu"),
    "leaky_call_counter_switch": case("leaky-relu-autograd", "failed"),
    # init-weights
    "init_proc_paths": case("init-weights", ("failed", "rejected"), None, {"relu-forward": 1.0, "tanh-backward": 1.0}),
    "init_nondeterministic": case("init-weights", "failed"),
    "init_stdout_host_shapes": case("init-weights", "failed", None, {"relu-forward": 1.0, "tanh-backward": 1.0}),
    # batchnorm-from-scratch
    "bn_saved_reference": case("batchnorm-from-scratch", "failed", "aten.native_batch_norm"),
    "bn_aten_native": case("batchnorm-from-scratch", "failed", "aten.native_batch_norm"),
    "bn_builtin_plus_zero": case("batchnorm-from-scratch", "failed", "aten.native_batch_norm"),
    # bn-deep-sigmoid
    "bds_detect_tracing": case("bn-deep-sigmoid", "failed"),
    "bds_written_out_relu": case("bn-deep-sigmoid", "failed"),
    "bds_maxpool_relu": case("bn-deep-sigmoid", "failed"),
    # residual-block
    "res_switch_after_calls": case("residual-block", "failed"),
    "res_patch_zero_identity": case("residual-block", "failed", None, {"zero-identity": 0.0}),
    "res_scalar_gain_no_branch": case("residual-block", "failed"),
}


def test_every_exercise_has_forgeries_and_every_file_is_mapped():
    files = {p.stem for p in HERE.glob("*.py")}
    assert files == set(FORGERY)
    assert len(files) >= 28
    assert {c["slug"] for c in FORGERY.values()} == set(EXERCISES)
    for c in FORGERY.values():
        assert set(c["statuses"]) <= NOT_PASSED


@pytest.mark.parametrize("name", sorted(FORGERY))
def test_the_forgery_has_a_docstring_saying_what_it_did_before(name):
    doc = ast.get_docstring(ast.parse((HERE / f"{name}.py").read_text()))
    assert doc and "Old one-process grader" in doc, name
    assert FORGERY[name]["slug"] in doc.splitlines()[0], "the first line names the exercise"


@pytest.mark.parametrize("name", sorted(FORGERY))
def test_forgery_does_not_pass(name):
    expected = FORGERY[name]
    with override_settings(**LIMITS):
        verdict = grade_source(slug=expected["slug"], source=(HERE / f"{name}.py").read_bytes(), lang="en")
    measured = {c.id: c.measured for c in verdict.criteria}
    detail = (verdict.status, verdict.message, verdict.error, measured, verdict.stderr[-800:])
    assert verdict.status != "passed", detail
    assert verdict.status != "system_error", detail
    assert verdict.status in expected["statuses"], detail
    if expected["needle"]:
        assert expected["needle"] in f"{verdict.message} {json.dumps(verdict.error)}", detail

    # Nothing the learner forged is reported as measured.
    reported = json.dumps({"criteria": [c.__dict__ for c in verdict.criteria], "series": verdict.series,
                           "message": verdict.message, "error": verdict.error}, default=str)
    assert MARKER not in reported, detail
    assert DATA_FOUND not in verdict.stdout + verdict.stderr, detail
    for criterion, forged in expected["planted"].items():
        value = measured.get(criterion)
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        assert not (numeric and float(value) == forged), (criterion, value, detail)
