"""Fast tests of the trust boundary's data paths (no sandbox): the pipe's frames, the graphs the
judge accepts, the host's schema for the judge's channel, and how the host reads two sandboxes'
outcomes."""
import json
import os
import struct

import pytest
import torch

from grader import grading
from grader.exercises import load
from grader.harness import graphs, wire
from grader.judge_output import SchemaError, parse_line, parse_lines
from grader.sandbox import SandboxResult

# ---------------------------------------------------------------- the pipe


def test_a_frame_round_trips_numbers_tensors_and_non_finite_floats():
    value = {"a": [1, 2.5, float("nan"), float("-inf")], "t": torch.arange(6.0).reshape(2, 3), "s": "x"}
    back = wire.decode(wire.encode(value))
    assert back["a"][:2] == [1, 2.5] and back["a"][2] != back["a"][2] and back["a"][3] == float("-inf")
    assert torch.equal(back["t"], value["t"]) and back["s"] == "x"


def frame(header: bytes, tail: bytes = b"") -> bytes:
    return wire.MAGIC + b"F" + struct.pack(">I", len(header)) + header + tail


@pytest.mark.parametrize("raw,kind", [
    (b"XXXX" + b"\0" * 8, "malformed"),
    (wire.MAGIC + b"F" + struct.pack(">I", 1 << 30), "too_large"),
    (frame(b"[" * 10_000 + b"]" * 10_000), "malformed"),
    (frame(b'{"v": ' + b"9" * 5000 + b', "t": []}'), "malformed"),
    (frame(b'{"v": NaN, "t": []}'), "malformed"),
    (frame(b'{"v": {"$t": 3}, "t": []}'), "malformed"),
    (frame(b'{"v": {"$code": "x"}, "t": []}'), "malformed"),
    (frame(b'{"v": 1, "t": [["object", [1]]]}'), "malformed"),
    (frame(b'{"v": 1, "t": [["float64", [100000, 100000]]]}'), "too_large"),
    (frame(b'{"v": 1, "t": [["float32", [4]]]}', b"\0" * 3), "timeout"),
])
def test_malformed_frames_are_refused_cleanly(raw, kind):
    with pytest.raises(wire.WireError) as caught:
        wire.decode(raw)
    assert caught.value.kind == kind


def test_a_closed_pipe_reads_as_closed():
    r, w = os.pipe()
    os.close(w)
    with pytest.raises(wire.WireError) as caught:
        wire.Reader(r).recv(timeout=1)
    os.close(r)
    assert caught.value.kind == "closed"


# ---------------------------------------------------------------- graphs


def traced_linear():
    weight = torch.randn(3, 4)
    return graphs.trace(lambda w, x: (x @ w.t(),), weight, torch.randn(2, 4)), weight


def test_a_traced_graph_is_rebuilt_and_runs_in_the_judge():
    data, weight = traced_linear()
    gm = graphs.from_wire(wire.decode(wire.encode(data)), inputs=2)
    x = torch.randn(2, 4)
    assert torch.allclose(gm(weight, x)[0], x @ weight.t())


@pytest.mark.parametrize("target", ["from_file.default", "_print.default", "as_strided.default", "set_.source_Tensor",
                                    "resize_.default", "_unsafe_index.Tensor", "no_such_op.default", "Bad Name.x",
                                    "sleep.default", "_local_scalar_dense.default"])
def test_refused_operators_never_reach_the_judge(target):
    data, _ = traced_linear()
    data["nodes"][2]["target"] = target
    with pytest.raises(graphs.GraphError):
        graphs.from_wire(data, inputs=2)


def test_a_graph_that_writes_into_a_parameter_is_refused():
    data = graphs.trace(lambda w, x: (w.mul_(0).sum() + x,), torch.randn(3), torch.randn(3))
    with pytest.raises(graphs.GraphError, match="parameters"):
        graphs.from_wire(data, inputs=2, protected=(0,))


def test_uninitialised_memory_is_zeroed_before_a_graph_sees_it():
    data = graphs.trace(lambda x: (torch.empty(1000) + x.sum(),), torch.zeros(2))
    gm = graphs.from_wire(data, inputs=1)
    assert torch.count_nonzero(gm(torch.zeros(2))[0]) == 0


def test_a_graph_with_the_wrong_number_of_inputs_is_refused():
    data, _ = traced_linear()
    with pytest.raises(graphs.GraphError):
        graphs.from_wire(data, inputs=3)


def test_layers_side_by_side_are_one_step_deep():
    ws = [torch.randn(10, 64) for _ in range(12)]

    def wide(*flat):
        x = flat[-1]
        return (sum(x @ w.t() for w in flat[:-1]),)

    gm = graphs.from_wire(graphs.trace(wide, *ws, torch.randn(5, 64)), inputs=13)
    assert len(graphs.linear_chain(gm, 12, {i: "w" for i in range(12)})) == 1


# ---------------------------------------------------------------- the judge's channel on the host


@pytest.mark.parametrize("raw", [
    b"[" * 10_000 + b"]" * 10_000,
    b'{"type": "result", "measurements": {"keys-match": ' + b"1" * 5000 + b"}, \"series\": {}}",
    b'{"type": "result", "measurements": {"keys-match": NaN}, "series": {}}',
    b'{"type": "result", "measurements": {"keys-match": "passed"}, "series": {}}',
    b'{"type": "result", "measurements": [], "series": {}}',
    b'{"type": "error", "error": {"kind": "owned"}}',
    b'{"type": "verdict"}',
    b"\xff\xfe",
])
def test_the_host_refuses_lines_that_do_not_fit_the_schema(raw):
    with pytest.raises(SchemaError):
        parse_line(raw)


def test_series_keep_their_shape_with_odd_values_bounded():
    line = {"type": "result", "measurements": {"keys-match": True, "values-match": "nan"},
            "series": {"loss": [["step", 1.0], [2, "inf"]], "note": "x" * 1000}}
    parsed = parse_lines(json.dumps(line).encode() + b"\n")[0]
    assert parsed["series"]["loss"][0] == ["step", 1.0] and len(parsed["series"]["note"]) == 300


def result(**kw) -> SandboxResult:
    base = dict(exit_code=0, signal=None, stdout=b"", stderr=b"", result=b"", stdout_truncated=False,
                stderr_truncated=False, result_truncated=False, wall_s=1.0, cpu_s=1.0, limit_hit=None,
                max_rss=None, memory_peak=None, sandbox_start_s=0.01)
    base.update(kw)
    return SandboxResult(**base)


def line(obj) -> bytes:
    return json.dumps(obj).encode() + b"\n"


EXERCISE = load("layer-grad-norms").EXERCISE
GONE = line({"type": "error", "error": {"kind": "learner_gone", "detail": "closed"}})


@pytest.mark.parametrize("judge,learner,status", [
    (result(result=GONE), result(limit_hit="memory", exit_code=None, signal=9), "memory_limit"),
    (result(result=GONE), result(limit_hit="wall", exit_code=None, signal=9), "timeout"),
    (result(result=GONE), result(limit_hit="output", exit_code=None, signal=9), "output_limit"),
    (result(result=GONE), result(exit_code=3), "error"),
    (result(limit_hit="wall", exit_code=None, signal=9), result(), "timeout"),
    (result(limit_hit="memory", exit_code=None, signal=9), result(), "memory_limit"),
    (result(exit_code=1), result(), "system_error"),
    (result(result=line({"type": "result", "measurements": {"owned": True}, "series": {}})), result(),
     "system_error"),
    (result(result=line({"type": "error", "error": {"kind": "bad_answer", "what": "x"}})), result(), "error"),
    (result(result=line({"type": "error", "error": {"kind": "untraceable", "message": "data-dependent"}})),
     result(), "error"),
    (result(result=line({"type": "result", "measurements": {"keys-match": True, "values-match": 0.0},
                         "series": {}})), result(), "passed"),
    (result(result=line({"type": "result", "measurements": {"keys-match": True, "values-match": "nan"},
                         "series": {}})), result(), "failed"),
])
def test_the_host_reads_both_outcomes(judge, learner, status):
    record = grading._interpret(EXERCISE, "layer-grad-norms", judge, learner, 1.0)
    assert record["status"] == status, record["outcome"]


def test_what_the_learner_printed_is_shown_and_the_judges_stderr_is_not():
    judge = result(result=line({"type": "result", "measurements": {"keys-match": True, "values-match": 0.0},
                                "series": {}}), stderr=b"judge internals")
    record = grading._interpret(EXERCISE, "layer-grad-norms", judge, result(stdout=b"hello"), 1.0)
    assert record["stdout"] == "hello" and "judge internals" not in record["stderr"]


def test_a_model_whose_output_reads_the_state_it_updates_is_refused():
    from torch import nn

    from grader.harness import traced
    from grader.harness.peer import LearnerFault

    class Counting(nn.Module):
        def __init__(self):
            super().__init__()
            self.lin = nn.Linear(64, 10)
            self.register_buffer("calls", torch.zeros(()))

        def forward(self, x):
            self.calls += 1
            return torch.where(self.calls > 1, self.lin(x), -self.lin(x))

    shapes = ((True, 4),)
    answer = wire.decode(wire.encode(traced.model_answer(Counting, [0], shapes, 64)))
    with pytest.raises(LearnerFault, match="state it updates"):
        traced.receive(answer, seeds=1, shapes=shapes, width=64, device="cpu")
    # Batch norm's running statistics are state too, but written, not read, in training mode.
    bn = wire.decode(wire.encode(traced.model_answer(
        lambda: nn.Sequential(nn.Linear(64, 8), nn.BatchNorm1d(8), nn.Linear(8, 10)), [0], shapes, 64)))
    assert traced.receive(bn, seeds=1, shapes=shapes, width=64, device="cpu").chain() == [0, 4]


def test_a_batch_norm_cannot_write_into_a_parameter():
    def sneaky(w, x):
        return (torch.ops.aten.native_batch_norm(x, None, None, w, w, True, 1.0, 1e-5)[0],)

    data = graphs.trace(sneaky, torch.zeros(3), torch.randn(4, 3))
    with pytest.raises(graphs.GraphError, match="parameters"):
        graphs.from_wire(data, inputs=2, protected=(0,))
