"""Graphs of learner code: traced in the learner process, checked and run by the judge.

The learner process traces a function of tensors with `make_fx` in fake mode (so Python
control flow that depends on tensor values cannot be frozen in: it fails to trace) and sends
the graph as plain data (`to_wire`): a list of nodes whose targets are ATen operator names,
whose arguments are node references, numbers, strings and a few enums, plus the tensor
constants the code created. The judge rebuilds it (`from_wire`) from that data alone: each
target is looked up by name among ATen's operators and refused unless it is a plain tensor
operation (no file, print, sleep, raw-memory, unchecked-index or device-specific operator),
and a graph that writes into a parameter is refused. What the judge runs is then exactly the
graph it inspected; nothing of the learner's Python runs in the judge.
"""
from __future__ import annotations

import operator
import re

MAX_NODES = 20_000
MAX_STR = 64
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_OVERLOAD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Operators a graph may not use in the judge, by part of their name.
_DENIED_PARTS = (
    "file", "print", "save", "load", "sleep", "unsafe", "strided", "storage", "cuda", "cudnn", "miopen",
    "mkldnn", "sparse", "nested", "quantize", "fake_quant", "fbgemm", "fused", "record_stream", "pin_memory", "share",
    "assert", "debug", "resize", "set_", "local_scalar", "from_blob", "_make_", "dense", "mps", "xpu",
    "nonzero_static", "_cummax_helper", "_cummin_helper", "segment_reduce", "to_padded", "pad_nested",
    "_foobar", "_test", "_efficientzerotensor", "empty_permuted",
)
_DENIED = frozenset({"set", "item", "_nnz", "_version", "data", "sym_constrain_range",
                     "sym_constrain_range_for_size", "_conj_physical", "lift"})
_VIEW_OPS = frozenset({"t", "transpose", "permute", "view", "reshape", "_reshape_alias", "expand", "clone",
                       "detach", "alias", "unsqueeze", "squeeze", "_to_copy", "contiguous", "lift_fresh_copy",
                       "numpy_T", "mT", "adjoint", "view_as", "expand_as", "flatten", "unflatten"})
# Matrix products: (operator name, index of the data operand, index of the weight operand).
_MATMULS = {"addmm": (1, 2), "mm": (0, 1), "bmm": (0, 1), "baddbmm": (1, 2), "matmul": (0, 1),
            "linear": (0, 1), "addmv": (1, 2), "mv": (0, 1)}
_ZERO_FILLED = frozenset({"empty", "empty_like", "new_empty"})


class GraphError(Exception):
    """The graph data is not acceptable (unknown or refused operator, malformed)."""


# ------------------------------------------------------------------------- learner side


def trace(fn, *example_inputs):
    """make_fx(fn) in fake mode over example tensors, as wire data."""
    from torch.fx.experimental.proxy_tensor import make_fx

    return to_wire(make_fx(fn, tracing_mode="fake")(*example_inputs))


def to_wire(gm) -> dict:
    """The graph as plain data (the judge's from_wire reads it)."""
    import torch

    index, nodes, constants = {}, [], {}

    def arg(value):
        if isinstance(value, torch.fx.Node):
            return {"n": index[value]}
        if isinstance(value, (list, tuple)):
            return [arg(v) for v in value]
        if isinstance(value, torch.dtype):
            return {"dtype": str(value).removeprefix("torch.")}
        if isinstance(value, torch.device):
            return {"device": value.type}
        if isinstance(value, torch.layout):
            return {"layout": str(value).removeprefix("torch.")}
        if isinstance(value, torch.memory_format):
            return {"memory_format": str(value).removeprefix("torch.")}
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        raise GraphError(f"cannot send an argument of type {type(value).__name__}")

    for node in gm.graph.nodes:
        index[node] = len(nodes)
        if node.op == "placeholder":
            nodes.append({"op": "placeholder"})
        elif node.op == "get_attr":
            constants[node.target] = getattr(gm, node.target)
            nodes.append({"op": "constant", "name": node.target})
        elif node.op == "call_function":
            if node.target is operator.getitem:
                target = "getitem"
            elif isinstance(node.target, torch._ops.OpOverload) and node.target.namespace == "aten":
                target = f"{node.target._schema.name.split('::')[1]}.{node.target._overloadname}"
            else:
                raise GraphError(f"the traced code calls {node.target}, which is not an ATen operator")
            nodes.append({"op": "call", "target": target, "args": arg(node.args),
                          "kwargs": {str(k): arg(v) for k, v in node.kwargs.items()}})
        elif node.op == "output":
            nodes.append({"op": "output", "args": arg(node.args[0])})
        else:
            raise GraphError(f"unsupported node {node.op}")
    return {"nodes": nodes, "constants": constants}


# ------------------------------------------------------------------------- judge side


def resolve(target: str):
    """The ATen operator overload named `target` ("addmm.default"), or GraphError."""
    import torch

    if target == "getitem":
        return operator.getitem
    name, _, overload = target.partition(".")
    if not _NAME.match(name) or not _OVERLOAD.match(overload):
        raise GraphError(f"bad operator name {target[:80]!r}")
    base = name.rstrip("_")
    if name in _DENIED or base in _DENIED or any(part in name for part in _DENIED_PARTS):
        raise GraphError(f"the operator aten.{name} is not allowed in a graph")
    try:
        packet = getattr(torch.ops.aten, name)
        op = getattr(packet, overload)
    except (AttributeError, RuntimeError):
        raise GraphError(f"unknown operator aten.{target[:80]}") from None
    if not isinstance(op, torch._ops.OpOverload) or op.namespace != "aten":
        raise GraphError(f"not an ATen operator: {target[:80]}")
    if name in _ZERO_FILLED:
        return _zero_filled(op)
    return op


def _zero_filled(op):
    """Uninitialised memory could hold the judge's data: fill it before the graph sees it."""

    def run(*args, **kwargs):
        return op(*args, **kwargs).zero_()

    run.__name__ = f"zeroed_{op.__name__}"
    run.aten_op = op
    return run


def from_wire(data, *, inputs: int, device: str = "cpu", protected: tuple[int, ...] = ()):
    """A torch.fx.GraphModule from wire data: `inputs` placeholders, every target checked.

    protected: placeholder positions the graph may not write into (the parameters).
    Raises GraphError for anything unexpected.
    """
    import torch
    from torch import fx

    if not isinstance(data, dict) or set(data) != {"nodes", "constants"}:
        raise GraphError("graph data must have nodes and constants")
    nodes, constants = data["nodes"], data["constants"]
    if not isinstance(nodes, list) or not isinstance(constants, dict) or len(nodes) > MAX_NODES:
        raise GraphError("malformed or too large graph")
    root = torch.nn.Module()
    graph = fx.Graph()
    made: list = []
    placeholders = 0
    output_seen = False

    def arg(value, depth=0):
        if depth > 8:
            raise GraphError("arguments nested too deeply")
        if isinstance(value, list):
            return [arg(v, depth + 1) for v in value]
        if isinstance(value, dict):
            if set(value) == {"n"} and type(value["n"]) is int and 0 <= value["n"] < len(made):
                return made[value["n"]]
            if set(value) == {"dtype"}:
                return _enum(torch, value["dtype"], torch.dtype)
            if set(value) == {"device"}:
                return torch.device(device)  # whatever the learner process ran on, the judge's device
            if set(value) == {"layout"}:
                return _enum(torch, value["layout"], torch.layout)
            if set(value) == {"memory_format"}:
                return _enum(torch, value["memory_format"], torch.memory_format)
            raise GraphError("unknown argument")
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, str) and len(value) <= MAX_STR:
            return value
        raise GraphError("bad argument")

    for spec in nodes:
        if output_seen or not isinstance(spec, dict):
            raise GraphError("malformed node")
        kind = spec.get("op")
        if kind == "placeholder":
            if made and made[-1].op != "placeholder":
                raise GraphError("placeholders come first")
            made.append(graph.placeholder(f"in_{placeholders}"))
            placeholders += 1
        elif kind == "constant":
            name = spec.get("name")
            value = constants.get(name) if isinstance(name, str) else None
            if not isinstance(value, torch.Tensor) or not _NAME.match(name):
                raise GraphError("bad constant")
            root.register_buffer(name, value.to(device))
            made.append(graph.get_attr(name))
        elif kind == "call":
            target = resolve(str(spec.get("target", "")))
            args, raw_kwargs = arg(spec.get("args")), spec.get("kwargs")
            if not isinstance(args, list) or not isinstance(raw_kwargs, dict) or len(raw_kwargs) > 32 \
                    or not all(isinstance(k, str) and _NAME.match(k) for k in raw_kwargs):
                raise GraphError("malformed call")
            kwargs = {k: arg(v) for k, v in raw_kwargs.items()}
            made.append(graph.call_function(target, tuple(args), kwargs))
        elif kind == "output":
            out = arg(spec.get("args"))
            graph.output(out)
            output_seen = True
            made.append(None)
        else:
            raise GraphError("unknown node kind")
    if not output_seen:
        raise GraphError("the graph has no output")
    if placeholders != inputs:
        raise GraphError(f"the graph takes {placeholders} inputs, {inputs} expected")
    gm = fx.GraphModule(root, graph)
    writes = written_inputs(gm)
    if writes & set(protected):
        raise GraphError("the graph writes into its parameters")
    return gm


def _enum(torch, name, kind):
    value = getattr(torch, name, None) if isinstance(name, str) and _NAME.match(name) else None
    if not isinstance(value, kind):
        raise GraphError(f"unknown {kind.__name__}")
    return value


# ------------------------------------------------------------------------- reading a graph


def op_name(node) -> str | None:
    """"addmm" for aten.addmm.default, "getitem", or None for a placeholder/output/constant."""
    if node.op != "call_function":
        return None
    target = getattr(node.target, "aten_op", node.target)
    schema = getattr(target, "_schema", None)
    if schema is None:
        return getattr(target, "__name__", "?")
    return schema.name.split("::")[1]


def placeholders(gm) -> list:
    return [n for n in gm.graph.nodes if n.op == "placeholder"]


def _running_stats(node) -> tuple[int, ...]:
    """Argument positions a batch-norm operator updates in place although its schema does not
    say so (native_batch_norm writes running_mean and running_var)."""
    name = op_name(node) or ""
    return (3, 4) if "batch_norm" in name else ()


def _written_args(node) -> list:
    target = getattr(node.target, "aten_op", node.target)
    schema = getattr(target, "_schema", None)
    if schema is None:
        return []
    values = []
    for i, argument in enumerate(schema.arguments):
        if (argument.alias_info is not None and argument.alias_info.is_write) or i in _running_stats(node):
            value = node.args[i] if i < len(node.args) else node.kwargs.get(argument.name)
            values.extend(value if isinstance(value, (list, tuple)) else [value])
    return values


def written_inputs(gm) -> set[int]:
    """Positions of placeholders that some in-place or out= operator writes into (or a view of)."""
    position = {n: i for i, n in enumerate(placeholders(gm))}
    written = set()
    for node in gm.graph.nodes:
        for candidate in _written_args(node):
            origin = source_of(candidate)
            if origin in position:
                written.add(position[origin])
    return written


def state_feeds_output(gm, state: set[int]) -> bool:
    """Whether the output depends on a placeholder in `state` (mutable buffers). A batch norm in
    training mode writes its running statistics without reading them: that is no dependency."""
    ins = placeholders(gm)
    tainted = {ins[i] for i in state if i < len(ins)}
    for node in gm.graph.nodes:
        if node.op != "call_function":
            continue
        skip = set()
        if _running_stats(node) and len(node.args) > 5 and node.args[5] is True:
            skip = {node.args[3], node.args[4]}
        if any(a in tainted for a in _node_args(node) if a not in skip):
            tainted.add(node)
        if node.op == "output":
            break
    out = next(n for n in gm.graph.nodes if n.op == "output")
    return any(a in tainted for a in _node_args(out))


def source_of(node):
    """Follow view-like operators back to where a tensor comes from."""
    seen = 0
    while hasattr(node, "op") and node.op == "call_function" and op_name(node) in _VIEW_OPS and node.args:
        node = node.args[0]
        seen += 1
        if seen > 64:
            break
    return node


def operator_counts(gm) -> dict[str, int]:
    counts: dict[str, int] = {}
    for node in gm.graph.nodes:
        name = op_name(node)
        if name and name != "getitem":
            key = name.rstrip("_") or name
            counts[key] = counts.get(key, 0) + 1
    return counts


def linear_chain(gm, data_input: int, weights: dict[int, str]) -> list[int]:
    """The longest chain of matrix products with a weight (a 2-D parameter placeholder) along
    the data path from placeholder `data_input` to the output: the weights' positions, input
    side first, each weight counted once. Layers side by side (summed) are one step deep."""
    ins = placeholders(gm)
    position = {n: i for i, n in enumerate(ins)}
    best: dict = {ins[data_input]: ()}
    out = None
    for node in gm.graph.nodes:
        if node.op == "output":
            out = node
            continue
        if node.op != "call_function":
            continue
        chains = [best[a] for a in _node_args(node) if a in best]
        if not chains:
            continue
        chain = max(chains, key=len)
        name = op_name(node)
        if name in _MATMULS:
            data_at, weight_at = _MATMULS[name]
            args = node.args
            if len(args) > max(data_at, weight_at):
                data, weight = args[data_at], args[weight_at]
                origin = source_of(weight)
                if data in best and position.get(origin) in weights and position[origin] not in chain:
                    chain = best[data] + (position[origin],)
        best[node] = chain
    if out is None:
        return []
    finals = [best[a] for a in _node_args(out) if a in best]
    return list(max(finals, key=len)) if finals else []


def _node_args(node) -> list:
    found = []

    def walk(value):
        if isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif hasattr(value, "op") and hasattr(value, "graph"):
            found.append(value)

    walk(node.args)
    walk(node.kwargs)
    return found


# ------------------------------------------------------------------------- forbidden operators


def trace_or_forbidden(fn, examples, is_forbidden):
    """Learner side: the graph as wire data; if tracing fails, {"forbidden": name} when an eager
    run of the same call dispatches an operator `is_forbidden(name)` refuses (a clearer report
    than the tracing error), else the tracing error. Nothing is measured from the eager run: a
    lying learner process can only make itself fail."""
    try:
        return trace(fn, *examples)
    except Exception:
        hit = _forbidden_in_eager_run(fn, examples, is_forbidden)
        if hit is not None:
            return {"forbidden": hit}
        raise


def _forbidden_in_eager_run(fn, examples, is_forbidden):
    from torch.utils._python_dispatch import TorchDispatchMode

    found = []

    class Census(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            name = func._schema.name.split("::")[-1]
            if is_forbidden(name) and not found:
                found.append(name)
            return func(*args, **(kwargs or {}))

    inputs = [e.detach().clone().requires_grad_(e.requires_grad) for e in examples]
    try:
        with Census():
            fn(*inputs)
    except Exception:  # noqa: BLE001 - the tracing error is the one reported
        pass
    return found[0] if found else None


def receive_checked(item, inputs: int, device: str, is_forbidden):
    """Judge side: a checked GraphModule from the learner's answer, or the forbidden-call failure
    (LearnerFault kind "forbidden") when the graph holds an operator `is_forbidden` refuses."""
    from grader.harness.peer import LearnerFault, bad_answer

    def forbidden(name):
        return LearnerFault({"kind": "forbidden", "name": f"aten.{name}"})

    if isinstance(item, dict) and set(item) == {"forbidden"}:
        name = item["forbidden"]
        if not isinstance(name, str) or not _NAME.fullmatch(name) or len(name) > 64 or not is_forbidden(name):
            raise bad_answer("forbidden operator report")
        raise forbidden(name)
    nodes = item.get("nodes") if isinstance(item, dict) else None
    for spec in nodes if isinstance(nodes, list) else []:
        target = spec.get("target") if isinstance(spec, dict) else None
        name = target.partition(".")[0] if isinstance(target, str) else None
        if name and _NAME.fullmatch(name) and len(name) <= 64 and is_forbidden(name):
            raise forbidden(name)
    try:
        return from_wire(item, inputs=inputs, device=device)
    except GraphError as exc:
        raise LearnerFault({"kind": "untraceable", "message": str(exc)[:500], "line": None,
                            "where": "graph"}) from None
