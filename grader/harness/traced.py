"""Learner models as data: built and traced in the learner process, trained by the judge.

Learner side, `model_answer(make, seeds, shapes, width)`: build one model per seed (under that
seed), trace the first one's forward in each (training mode, batch size) the judge asked for,
and answer with the graphs and every model's parameters and buffers as tensors.

Judge side, `receive(answer, ...)`: check the answer (names, shapes, dtypes, graphs through
graphs.from_wire) and give a `Traced`, whose `model(i)` is a `GraphModel` holding the i-th set
of initial weights: an nn.Module whose forward runs the graph for the current mode and batch
size. The judge trains and measures that module with its own code; the learner's Python never
runs there.
"""
from __future__ import annotations

from grader.harness import graphs
from grader.harness.peer import LearnerFault, bad_answer, expect_dict, expect_list, expect_tensor

MAX_NAMES = 4096


# ------------------------------------------------------------------------- learner side


def model_answer(make, seeds, shapes, width: int, where: str = "build_model") -> dict:
    import copy

    import torch
    from torch import nn

    from grader.harness.context import LearnerError

    models = []
    for seed in seeds:
        torch.manual_seed(int(seed))
        model = make()
        if not isinstance(model, nn.Module):
            raise LearnerError(TypeError(f"{where} must return an nn.Module, not {type(model).__name__}"), where)
        models.append(model)
    first = copy.deepcopy(models[0])
    pnames = [n for n, _ in first.named_parameters()]
    bnames = [n for n, _ in first.named_buffers()]
    answer = {"params": pnames, "buffers": bnames,
              "trainable": [bool(p.requires_grad) for _, p in first.named_parameters()], "graphs": [],
              "states": [{"params": [p.detach() for _, p in m.named_parameters()],
                          "buffers": [b.detach() for _, b in m.named_buffers()]} for m in models]}

    def forward(*flat):
        tensors = dict(zip(pnames + bnames, flat[:-1], strict=True))
        return (torch.func.functional_call(first, tensors, (flat[-1],)),)

    for training, batch in shapes:
        first.train(bool(training))
        example = ([p.detach().clone() for _, p in first.named_parameters()]
                   + [b.detach().clone() for _, b in first.named_buffers()]
                   + [torch.zeros(int(batch), width)])
        answer["graphs"].append({"training": bool(training), "batch": int(batch),
                                 "graph": graphs.trace(forward, *example)})
    return answer


# ------------------------------------------------------------------------- judge side


class Traced:
    """Checked graphs and initial weights of the learner's model (see receive)."""

    def __init__(self, pnames, bnames, trainable, graph_modules, states, device):
        self.pnames, self.bnames, self.trainable = pnames, bnames, trainable
        self.graphs = graph_modules  # {(training, batch): GraphModule}
        self.states = states
        self.device = device

    def model(self, index: int = 0):
        """A fresh GraphModel holding the index-th set of initial weights."""
        return GraphModel(self, self.states[index])

    def chain(self) -> list[int]:
        """The shortest of the longest Linear chains over every graph (positions of weights)."""
        weights = {i: name for i, name in enumerate(self.pnames) if self.states[0]["params"][i].dim() == 2}
        data_input = len(self.pnames) + len(self.bnames)
        chains = [graphs.linear_chain(gm, data_input, weights) for gm in self.graphs.values()]
        return min(chains, key=len) if chains else []


def receive(answer, *, seeds: int, shapes, width: int, device: str) -> Traced:
    answer = expect_dict(answer, "model")
    pnames = _names(answer.get("params"), "parameter names")
    bnames = _names(answer.get("buffers"), "buffer names")
    trainable = expect_list(answer.get("trainable"), "trainable flags", length=len(pnames))
    if not all(isinstance(flag, bool) for flag in trainable):
        raise bad_answer("trainable flags")
    states = expect_list(answer.get("states"), "weights", length=seeds)
    checked_states = []
    for k, state in enumerate(states):
        state = expect_dict(state, "weights")
        params = expect_list(state.get("params"), "parameters", length=len(pnames))
        buffers = expect_list(state.get("buffers"), "buffers", length=len(bnames))
        params = [expect_tensor(t, f"parameter {pnames[i]}") for i, t in enumerate(params)]
        buffers = [expect_tensor(t, f"buffer {bnames[i]}") for i, t in enumerate(buffers)]
        if any(not t.is_floating_point() for t in params):
            raise bad_answer("a parameter is not floating point")
        if k and [t.shape for t in params + buffers] != [t.shape for t in checked_states[0]["params"]
                                                          + checked_states[0]["buffers"]]:
            raise LearnerFault({"kind": "exception", "type": "ValueError", "line": None, "where": "build_model",
                                "message": "build_model() must build the same architecture every time "
                                           "(the parameter shapes changed between calls)", "traceback": ""})
        checked_states.append({"params": params, "buffers": buffers})
    traced = expect_list(answer.get("graphs"), "graphs", length=len(shapes))
    modules = {}
    inputs = len(pnames) + len(bnames) + 1
    for (training, batch), item in zip(shapes, traced, strict=True):
        item = expect_dict(item, "graph")
        if item.get("training") is not bool(training) or item.get("batch") != batch:
            raise bad_answer("graph for another mode or batch size")
        gm = graphs.from_wire(item.get("graph"), inputs=inputs, device=device, protected=tuple(range(len(pnames))))
        if training:
            check_stateless(gm, len(pnames), len(bnames))
        modules[(bool(training), batch)] = gm
    return Traced(pnames, bnames, trainable, modules, checked_states, device)


def check_stateless(gm, params: int, buffers: int) -> None:
    """In training mode the output may depend only on the parameters, the input and constant
    buffers: state the model updates itself (a counter, a buffer it writes) may not change what
    it computes, or it could behave one way while measured and another while trained. Batch
    norm's running statistics are written, not read, in training mode."""
    written = graphs.written_inputs(gm) & set(range(params, params + buffers))
    if written and graphs.state_feeds_output(gm, written):
        raise LearnerFault({"kind": "exception", "type": "ValueError", "line": None, "where": "forward",
                            "message": "in training mode the model's output depends on state it updates "
                                       "itself (a buffer it writes, such as a call counter): the output may "
                                       "depend only on the parameters, the input and constant buffers",
                            "traceback": ""})


def _names(value, what: str) -> list[str]:
    names = expect_list(value, what, most=MAX_NAMES)
    if not all(isinstance(n, str) and 0 < len(n) <= 200 for n in names) or len(set(names)) != len(names):
        raise bad_answer(what)
    return names


def _graph_module_class():
    import torch
    from torch import nn

    class GraphModel(nn.Module):
        """The learner's model in the judge: parameters and buffers of its own, the traced graphs."""

        def __init__(self, traced: Traced, state: dict):
            super().__init__()
            self.traced = [traced]  # a list: not a submodule
            self.weights = nn.ParameterList(
                nn.Parameter(t.detach().clone().to(traced.device), requires_grad=flag)
                for t, flag in zip(state["params"], traced.trainable, strict=True))
            self.buffer_list = [t.detach().clone().to(traced.device) for t in state["buffers"]]

        def forward(self, x):
            key = (self.training, int(x.shape[0]))
            gm = self.traced[0].graphs.get(key)
            if gm is None:
                raise KeyError(f"no graph traced for {key}")  # the judge's mistake: not the learner's
            return run_graph(gm, [*self.weights, *self.buffer_list, x])

        def capture(self, x, names: frozenset[str]) -> list[tuple[str, object]]:
            """Outputs of the nodes whose operator is in `names`, in graph order (for plots)."""
            gm = self.traced[0].graphs[(self.training, int(x.shape[0]))]
            seen = []

            class Recorder(torch.fx.Interpreter):
                def run_node(self, node):
                    out = super().run_node(node)
                    if graphs.op_name(node) in names and isinstance(out, torch.Tensor):
                        seen.append((graphs.op_name(node), out.detach()))
                    return out

            with torch.no_grad():
                _guarded(lambda: Recorder(gm).run(*self.weights, *self.buffer_list, x))
            return seen

    return GraphModel


def run_graph(gm, args):
    """Run a learner graph: its failures are the learner's, reported cleanly."""
    out = _guarded(lambda: gm(*args))
    if not isinstance(out, (list, tuple)) or len(out) != 1:
        raise LearnerFault({"kind": "exception", "type": "ValueError", "line": None, "where": "forward",
                            "message": "the model must return one tensor", "traceback": ""})
    return out[0]


def _guarded(fn, where: str = "forward"):
    """fn() on a learner graph: running out of memory and the errors a graph raises are the
    learner's (LearnerFault, attributed to `where`), reported cleanly."""
    import torch

    try:
        return fn()
    except torch.OutOfMemoryError:
        raise LearnerFault({"kind": "memory"}) from None
    except MemoryError:
        raise LearnerFault({"kind": "memory"}) from None
    except (RuntimeError, ValueError, TypeError, IndexError, AssertionError, ZeroDivisionError) as exc:
        if "can't allocate memory" in str(exc):  # the CPU allocator's refusal (RLIMIT_DATA)
            raise LearnerFault({"kind": "memory"}) from None
        raise LearnerFault({"kind": "exception", "type": type(exc).__name__, "line": None, "where": where,
                            "message": str(exc).split("\n")[0][:500], "traceback": ""}) from None


def call_graph(gm, args, outputs: int, where: str) -> list:
    """Run a learner graph on the judge's tensors without autograd: its failures are the learner's
    (see _guarded), and it must give `outputs` tensors (or None where there is no gradient)."""
    import torch

    with torch.no_grad():
        out = _guarded(lambda: gm(*args), where)
    if not isinstance(out, (list, tuple)) or len(out) != outputs \
            or not all(t is None or isinstance(t, torch.Tensor) for t in out):
        raise bad_answer(f"{where}: graph output")
    return list(out)


def GraphModel(traced: Traced, state: dict):  # noqa: N802 - a class, built on first use (torch is lazy here)
    if not _CLASS:
        _CLASS.append(_graph_module_class())
    return _CLASS[0](traced, state)


_CLASS: list = []
