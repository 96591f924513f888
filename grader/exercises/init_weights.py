"""init-weights: the learner's init_weights on hidden deep MLPs, forward and backward at init.

For each nonlinearity ('relu', 'tanh') and each hidden net (depth 30–50, square and non-square
layers, widths 48–192, no normalization), K times: reset the net to PyTorch's default init
(seeded), let the learner initialize it, and keep its weights. The K copies then run together
(batched matmuls, float64 so that the failures' explosions stay finite and readable) through
one forward pass on N(0, 1) inputs and one backward pass of a projection loss.

The learner process does the K initializations: per request (net, nonlinearity, seeds) it builds
the net, redraws PyTorch's default init from each seed, calls init_weights and answers with the
weights (K, out, in) and biases (K, out) of every layer, stacked (float32). The judge checks them
(count, shapes, dtypes), runs the batched passes and builds the plotted nets itself.

- forward: the std of every hidden layer's activations relative to the first hidden layer's,
  built by chaining the layer-to-layer variance ratios Var(a_l) / Var(a_{l-1}), each averaged
  over the K copies; the measurement is the ratio furthest from 1 (in log) over every layer of
  every net.
- backward: the per-layer growth of the gradient towards the input, (‖∂L/∂z_first‖ /
  ‖∂L/∂z_last‖)^(1/(L-1)) over the hidden pre-activations z, with mean squares over the K
  copies; the measurement is the growth furthest from 1 over the nets. With a fan-in init the
  norm of ∂L/∂z (not its per-unit size) is what stays constant across non-square layers.

Why chain averaged layer-to-layer ratios: even for He init, the squared length of one ReLU
net's activations is log-normal across draws, with Var(log) ≈ 5 Σ 1/n_l (Hanin & Rolnick 2018).
A geometric mean over draws estimates its median, which drifts down by ≈ exp(-2.5 Σ 1/n_l)
(a factor 0.5 in std for the narrow net) although nothing is wrong with the init; an arithmetic
mean of the variances is unbiased but heavy-tailed (one draw dominates). A single layer's
ratio is light-tailed with mean exactly the init's gain, so averaging it over the copies and
chaining the averages measures what the init controls, without bias, with noise ∝ 1/sqrt(K).
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T

RELU_FORWARD_BAND = (0.2, 5.0)
TANH_FORWARD_BAND = (0.5, 2.0)
RELU_BACKWARD_BAND = (0.9, 1.1)
TANH_BACKWARD_BAND = (0.9, 1.25)
COPIES = 16  # K: weight draws per net and nonlinearity
BATCH = 16

# (name, input width, hidden widths): depth 30–50, square and non-square layers.
NETS = (
    ("narrow", 64, [64] * 40),
    ("wide", 128, [128] * 30),
    ("alternating", 64, [160 if i % 2 == 0 else 48 for i in range(50)]),
    ("funnel", 192, [round(192 * (48 / 192) ** (i / 35)) for i in range(36)]),
)

# CALIBRATION (2026-11-25, CPU, one thread, float64; 150 outer seeds for the references, 5 for
# the rest; re-measured on seeds 0-4 after the judge / learner-process split: the same figures to
# the last digit, since the learner process makes the same RNG draws). Judge ≈ 0.4–0.55 s CPU per
# seed; the learner process's init calls and PyTorch's RNG ≈ 0.8–1.4 s more (its own process; in
# run_local with the wire round trips of 8 answers of 10–30 MiB), on a busy two-core host:
#   pass_kaiming_xavier / pass_manual_std  relu-forward 0.49–1.73   relu-backward 0.986–1.020
#                                          tanh-forward 0.77–0.86   tanh-backward 1.07–1.12
#   (tanh with the 5/3 gain sits at ≈ 1.1 per layer by design: slightly on the chaotic side)
#   closest failures  relu-forward: starter (default init) 0.083, Xavier 1e-9, std 1 2e40
#                     relu-backward: Xavier 0.65, 1/fan_in 0.70, starter 0.41, std 1 8.0
#                     tanh-forward: starter 0.12, 1/fan_in 0.16, std 0.01 5e-51
#                     tanh-backward: std 1 2.4 (its forward passes: saturated tanh looks steady),
#                     starter 0.57, std 0.01 0.08
#   Also measured (not references): kaiming fan_out passes (relu-forward ≈ 2.2: the funnel),
#   He for both nonlinearities passes, kaiming_uniform_ with default biases passes, rescaling
#   the default init by sqrt(6) passes; orthogonal_ with the ReLU gain fails relu-forward
#   (≈ 5e-7: a semi-orthogonal expanding layer does not scale with fan-in), zero init fails.


def _criterion(cid: str, kind: str, nl: str, band) -> Criterion:
    if kind == "forward":
        message = T(ja=f"{nl} の深い MLP で、各隠れ層の活性化の標準偏差 ÷ 最初の隠れ層の標準偏差"
                       "（1 から最も離れた値）が許容範囲に収まる",
                    en=f"In the deep {nl} MLPs, each hidden layer's activation std over the first hidden "
                       "layer's (the value furthest from 1) stays within the band")
    else:
        message = T(ja=f"{nl} の深い MLP で、逆伝播で 1 層さかのぼるごとの勾配の増え方"
                       "（1 から最も離れた値）が 1 のまわりの許容範囲に収まる",
                    en=f"In the deep {nl} MLPs, the per-layer growth of the gradient going back one layer "
                       "(the value furthest from 1) stays within a band around 1")
    hints = {
        ("relu", "forward"): T(
            ja="範囲より下なら活性化が層ごとに縮み、上なら膨らんでいます。ReLU は入力の半分を 0 にするので、"
               "線形層だけなら大きさを保てる重みの分散の 2 倍が必要です。その基準は各層の入力の数（fan_in）です"
               "（He 初期化）。nn.Linear の既定値や Xavier 初期化では小さすぎ、幅に関係なく決めた標準偏差では"
               "層の幅が変わると合いません。",
            en="Below the band the activations shrink layer after layer; above it they grow. ReLU zeroes half of "
               "its inputs, so the weights need twice the variance that would keep a purely linear layer's output "
               "at its input's scale, measured against each layer's number of inputs (fan-in): He init. The "
               "nn.Linear default and Xavier init are too small, and a std fixed regardless of the width cannot "
               "fit layers of different widths."),
        ("relu", "backward"): T(
            ja="1 層さかのぼるごとに、勾配のノルムの 2 乗はおよそ fan_in · Var(w) / 2 倍になります。"
               "範囲より下なら勾配は入力側へ向かって消え、上なら爆発しています（標準偏差 1 では爆発し、"
               "0.01 や Xavier 初期化では消えます）。この倍率が 1 になる重みの分散（He 初期化）を選び、"
               "バイアスは 0 にしましょう。",
            en="Going back one layer multiplies the squared norm of the gradient by about fan_in · Var(w) / 2. "
               "Below the band the gradient fades towards the input; above it, it explodes (a std of 1 explodes, "
               "0.01 or Xavier init fades). Choose the weight variance that makes this factor 1 (He init), with "
               "zero biases."),
        ("tanh", "forward"): T(
            ja="範囲より下なら、活性化が層ごとに 0 に近づいています。tanh に対して重みが小さすぎます。"
               "tanh は 0 の近くではほぼ線形なので、入力の数と出力の数（fan_in と fan_out）から、"
               "出力の大きさを入力と同じに保つ尺度を決め（Xavier 初期化）、tanh が値を縮める分を"
               "tanh のゲイン 5/3 で補いましょう。",
            en="Below the band, the activations fade towards 0 layer after layer: the weights are too small for "
               "tanh. Near 0, tanh is almost linear, so derive from the fan-in and fan-out the scale that keeps "
               "each layer's output at its input's size (Xavier init), and make up for tanh's squashing with its "
               "gain of 5/3."),
        ("tanh", "backward"): T(
            ja="範囲より上なら、重みが大きすぎて tanh が飽和しています。順伝播は一見安定しますが、"
               "逆伝播では勾配が層ごとに膨らみます。範囲より下なら、重みが小さすぎて勾配が層ごとに縮んでいます。"
               "標準偏差 1 のような固定値ではなく、fan_in と fan_out から尺度を決め、tanh のゲインを掛けましょう。",
            en="Above the band, the weights are so large that tanh saturates: the forward pass looks steady but "
               "the gradient grows at every layer going back. Below it, the weights are too small and the "
               "gradient shrinks at every layer. Derive the scale from the fan-in and fan-out, times tanh's gain, "
               "rather than a fixed std such as 1."),
    }
    return Criterion(cid, "between", band, message=message, hint=hints[(nl, kind)])


EXERCISE = Exercise(
    grading=T(ja="採点中：あなたの初期化で、深いネットワークを通る信号と勾配を測っています",
              en="Grading: measuring signals and gradients through deep networks initialized by your code"),
    slug="init-weights",
    traces=False,
    contract="""\
from torch import nn

def init_weights(model: nn.Module, nonlinearity: str) -> None: ...  # nonlinearity: 'relu' or 'tanh'
""",
    criteria=[
        _criterion("relu-forward", "forward", "relu", RELU_FORWARD_BAND),
        _criterion("relu-backward", "backward", "relu", RELU_BACKWARD_BAND),
        _criterion("tanh-forward", "forward", "tanh", TANH_FORWARD_BAND),
        _criterion("tanh-backward", "backward", "tanh", TANH_BACKWARD_BAND),
    ],
)


def _build(input_width: int, widths: list[int], nl: str):
    from torch import nn

    act = nn.ReLU if nl == "relu" else nn.Tanh
    layers, fan_in = [], input_width
    for fan_out in widths:
        layers += [nn.Linear(fan_in, fan_out), act()]
        fan_in = fan_out
    layers.append(nn.Linear(fan_in, 10))
    return nn.Sequential(*layers)


def _reference_init(model, nl) -> None:
    import torch
    from torch import nn

    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.Linear):
                if nl == "relu":
                    nn.init.kaiming_normal_(module.weight, mode="fan_in", nonlinearity="relu")
                else:
                    nn.init.xavier_normal_(module.weight, gain=nn.init.calculate_gain("tanh"))
                nn.init.zeros_(module.bias)


INF = float("inf")


def _finite(value: float) -> float:
    """NaN and overflow both mean the values blew up: report them as infinite."""
    return value if value == value and abs(value) != INF else INF


def _log(value: float) -> float:
    import math

    return math.log(min(max(value, 1e-300), 1e300))


def _furthest_from_one(values: list[float]) -> float:
    return max(values, key=lambda v: abs(_log(v)))


def _backward_growth(first_sq: float, last_sq: float, layers: int) -> float:
    """(‖g_first‖ / ‖g_last‖)^(1/(layers-1)): the growth per layer towards the input."""
    if first_sq == INF:
        return INF
    if last_sq == 0.0 or last_sq == INF:
        return 0.0
    return (first_sq / last_sq) ** (0.5 / (layers - 1))


# ---------------------------------------------------------------- the learner process


def _init_copies(learner, net: int, nonlinearity: str, seeds: list):
    """Stacked (K, out, in) weights and (K, out) biases of NETS[net], one copy per seed, as the
    learner's init_weights set them. Runs on a fork of the global RNG, so that run_local's
    loopback leaves the judge's draws as two processes would."""
    import torch

    if not (type(net) is int and 0 <= net < len(NETS)) or nonlinearity not in ("relu", "tanh"):
        raise ValueError("bad request")
    with torch.random.fork_rng(devices=[]):
        return _copies(learner, NETS[net], nonlinearity, [int(s) for s in seeds])


def _copies(learner, spec, nl: str, seeds: list[int]) -> dict:
    """Before each copy the net's layers are redrawn from PyTorch's default init,
    U(±1/sqrt(fan_in)) for weights and biases (what an init_weights that does nothing leaves), so
    that an init that rescales the existing weights neither compounds over the copies nor sees
    the same draw K times. Parameters the learner replaced (removed, re-shaped, re-typed) are put
    back first, so that every copy starts from the same net; in the copy itself, a bias removed
    or re-shaped counts as zeros."""
    import math

    import torch
    from torch import nn

    from grader.harness.context import LearnerError

    _, input_width, widths = spec
    model = _build(input_width, widths, nl)
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    weights = [torch.empty(len(seeds), m.out_features, m.in_features) for m in linears]
    biases = [torch.zeros(len(seeds), m.out_features) for m in linears]
    originals = [(layer.weight, layer.bias) for layer in linears]
    for k, seed in enumerate(seeds):
        for layer, (w, b) in zip(linears, originals, strict=True):
            if layer.weight is not w or layer.bias is not b or w.dtype != torch.float32:
                layer.weight, layer.bias = w, b
                w.data, b.data = w.data.float(), b.data.float()
        torch.random.default_generator.manual_seed(seed)
        with torch.no_grad():
            for layer in linears:  # nn.Linear.reset_parameters' distribution, without its overhead
                bound = 1.0 / math.sqrt(layer.in_features)
                layer.weight.uniform_(-bound, bound)
                layer.bias.uniform_(-bound, bound)
        try:
            learner.init_weights(model, nl)
        except Exception as exc:
            if type(exc).__name__ == "Refused":
                raise
            raise LearnerError(exc, "init_weights") from None
        with torch.no_grad():
            for i, layer in enumerate(linears):
                w, b = layer.weight, layer.bias
                if not isinstance(w, torch.Tensor) or w.shape != weights[i].shape[1:]:
                    raise LearnerError(ValueError(_shape_message(i)), "init_weights")
                weights[i][k].copy_(w.detach())
                if isinstance(b, torch.Tensor) and b.numel() == biases[i].shape[1]:
                    biases[i][k].copy_(b.detach().reshape(-1))
    return {"weights": weights, "biases": biases}


def _shape_message(i: int) -> str:
    return f"init_weights changed the shape of Linear weight number {i}"


LEARNER_OPS = {"init": _init_copies}


# ---------------------------------------------------------------- the judge


def _layer_shapes(input_width: int, widths: list[int]) -> list[tuple[int, int]]:
    """(out, in) of every nn.Linear of _build(input_width, widths, ...), input side first."""
    fans = [input_width, *widths]
    return [(fan_out, fan_in) for fan_in, fan_out in zip(fans, [*widths, 10], strict=True)]


def _receive(answer, shapes, copies: int):
    """The learner's stacked weights and biases, checked, as float64 (CPU)."""
    import torch

    from grader.harness.peer import expect_dict, expect_list, expect_tensor, learner_error

    answer = expect_dict(answer, "init")
    weights = expect_list(answer.get("weights"), "init: weights", length=len(shapes))
    biases = expect_list(answer.get("biases"), "init: biases", length=len(shapes))
    out_w, out_b = [], []
    for i, ((fan_out, fan_in), w, b) in enumerate(zip(shapes, weights, biases, strict=True)):
        w = expect_tensor(w, f"init: weight {i}")
        if tuple(w.shape) != (copies, fan_out, fan_in):
            raise learner_error(_shape_message(i), "init_weights")
        expect_tensor(w, f"init: weight {i}", dtype=torch.float32)
        b = expect_tensor(b, f"init: bias {i}", shape=(copies, fan_out), dtype=torch.float32)
        out_w.append(w.double())
        out_b.append(b.double())
    return out_w, out_b


def _batched_pass(weights, biases, nl: str, input_width: int, seed: int, device) -> dict:
    """One forward and backward pass through the K copies at once.

    Forward: the std of each hidden layer over the first's, chaining the layer-to-layer variance
    ratios averaged over the copies (an unbiased, light-tailed estimate; see the docstring).
    Backward: (‖g_first‖ / ‖g_last‖)^(1/(L-1)) with mean squares over the copies.
    """
    import math

    import torch

    weights = [w.to(device) for w in weights]
    biases = [b.to(device) for b in biases]
    copies = weights[0].shape[0]
    gen = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.randn(copies, BATCH, input_width, generator=gen, dtype=torch.float64).to(device)
    h = x.requires_grad_(True)
    act = torch.relu if nl == "relu" else torch.tanh
    hidden = len(weights) - 1
    variances, z_first, z_last = [], None, None
    for i in range(hidden):
        z = torch.baddbmm(biases[i].unsqueeze(1), h, weights[i].transpose(1, 2))
        if i == 0:
            z_first = z
        if i == hidden - 1:
            z_last = z
        h = act(z)
        variances.append(h.detach().reshape(copies, -1).var(dim=1))
    out = torch.baddbmm(biases[-1].unsqueeze(1), h, weights[-1].transpose(1, 2))
    r = torch.randn(out.shape, generator=gen, dtype=torch.float64).to(device)
    loss = (out * r).sum() / math.sqrt(out[0].numel())
    g_first, g_last = torch.autograd.grad(loss, [z_first, z_last])

    v = torch.stack(variances)  # (layers, copies)
    v = torch.where(torch.isfinite(v), v, torch.full_like(v, float("inf")))
    prev, cur = v[:-1], v[1:]
    factor = torch.where(prev > 0, cur / prev.clamp_min(1e-300),
                         torch.where(cur > 0, torch.full_like(cur, float("inf")), torch.zeros_like(cur)))
    factor = torch.where(torch.isnan(factor), torch.full_like(factor, float("inf")), factor)
    log_chain = torch.cumsum(torch.log(factor.mean(dim=1).clamp(1e-300, 1e300)), dim=0)
    ratios = [1.0] + [math.exp(0.5 * max(min(float(c), 1380.0), -1380.0)) for c in log_chain]
    if not float(v[0].max()) > 0 or float(v[0].max()) == INF:  # nothing to compare with
        ratios = [1.0] + [0.0 if not float(v[0].max()) > 0 else INF] * (hidden - 1)
    return {"ratios": ratios,
            "first_sq": _finite(float(g_first.pow(2).sum(dim=(1, 2)).mean())),
            "last_sq": _finite(float(g_last.pow(2).sum(dim=(1, 2)).mean()))}


def _module_pass(model, x, seed: int) -> dict:
    """Per-layer activation statistics and weight-gradient norms of one net, for the plots."""
    from torch import nn

    from grader.harness.measure import dead_of, projection_loss, saturation_of

    names = {m: n for n, m in model.named_modules()}
    outs, hooks = [], []
    for module in model.modules():
        if type(module).__name__ in ("ReLU", "Tanh"):
            hooks.append(module.register_forward_hook(
                lambda m, _i, o: outs.append((m, o.detach())) and None))
    model.zero_grad(set_to_none=True)
    try:
        projection_loss(model(x), seed).backward()
    finally:
        for h in hooks:
            h.remove()
    activations = [{"layer": names.get(m, str(i)), "mean": _finite(float(a.mean())),
                    "std": _finite(float(a.std())), "saturation": saturation_of(m, a.float()),
                    "dead": dead_of(m, a.float())} for i, (m, a) in enumerate(outs)]
    grad_norms = [{"layer": names.get(m, ""), "norm": _finite(float(m.weight.grad.norm()))
                   if m.weight.grad is not None else 0.0}
                  for m in model.modules() if isinstance(m, nn.Linear)]
    return {"activations": activations, "grad_norms": grad_norms}


def _plot_series(series, weights, biases, input_width, widths, nl, seed, device) -> None:
    """The learner's activations and gradient norms for one net (its last copy), beside the
    reference init's."""
    import torch
    from torch import nn

    model = _build(input_width, widths, nl)
    with torch.no_grad():
        for layer, w, b in zip([m for m in model.modules() if isinstance(m, nn.Linear)], weights, biases,
                               strict=True):
            layer.weight.copy_(w[-1])
            layer.bias.copy_(b[-1])
    gen = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.randn(BATCH, input_width, generator=gen, dtype=torch.float64).to(device)
    mine = _module_pass(model.to(device).double(), x, seed)
    torch.manual_seed(seed)
    reference = _build(input_width, widths, nl).to(device)
    _reference_init(reference, nl)
    ref = _module_pass(reference.double(), x, seed)
    key = "activations" if nl == "relu" else "activations_tanh"
    series[key] = mine["activations"]
    series.setdefault("reference", {})[key] = ref["activations"]
    if nl == "relu":
        series["grad_norms"] = mine["grad_norms"]
        series["reference"]["grad_norms"] = ref["grad_norms"]


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    device = ctx.torch_device()
    measurements, summary, series = {}, [], {}
    total = 2 * len(NETS)
    done = 0
    for nl in ("relu", "tanh"):
        forward_extremes, backward_extremes = [], []
        for index, (name, input_width, widths) in enumerate(NETS):
            seeds = [100_000 * seed + 1_000 * index + k for k in range(COPIES)]
            answer = peer.call("init", net=index, nonlinearity=nl, seeds=seeds)
            weights, biases = _receive(answer, _layer_shapes(input_width, widths), COPIES)
            if name == "narrow":
                _plot_series(series, weights, biases, input_width, widths, nl, seeds[-1], device)
            result = _batched_pass(weights, biases, nl, input_width, seeds[0], device)
            forward = result["ratios"]
            growth = _backward_growth(result["first_sq"], result["last_sq"], len(widths))
            forward_extremes.append(_furthest_from_one(forward))
            backward_extremes.append(growth)
            summary.append({"nonlinearity": nl, "net": name, "depth": len(widths),
                            "widths": f"{min(widths)}–{max(widths)}" if min(widths) != max(widths)
                            else str(widths[0]),
                            "forward_min": min(forward), "forward_max": max(forward), "backward_growth": growth})
            done += 1
            ctx.progress(done, total, None, phase="measure")
        measurements[f"{nl}-forward"] = _furthest_from_one(forward_extremes)
        measurements[f"{nl}-backward"] = _furthest_from_one(backward_extremes)
    series["nets"] = summary
    return {"measurements": measurements, "series": series}


def try_it(peer, ctx) -> dict:
    """The Try button: the narrow ReLU net initialized by the learner's `init_weights`, its
    per-layer weight-gradient norms beside the reference init's, as a grading at seed 0 plots
    them; no criterion."""
    from grader.harness.measure import one_thread, try_series

    with one_thread():
        index, (_name, input_width, widths) = next((i, net) for i, net in enumerate(NETS) if net[0] == "narrow")
        seeds = [1_000 * index + k for k in range(COPIES)]
        answer = peer.call("init", net=index, nonlinearity="relu", seeds=seeds)
        weights, biases = _receive(answer, _layer_shapes(input_width, widths), COPIES)
        series: dict = {}
        _plot_series(series, weights, biases, input_width, widths, "relu", seeds[-1], ctx.torch_device())
        return try_series(series["grad_norms"], series["reference"]["grad_norms"])
