"""residual-block: 50 of the learner's blocks between an input and an output layer, on digits.

The stack is nn.Linear(64, DIM) -> 50 × ResidualBlock(DIM) -> nn.Linear(DIM, 10); the judge's
two layers keep PyTorch's default init (seeded by the judge: HEAD_SEED + the stack's seed). The
plain stack beside it has the same depth with Linear(DIM, DIM) + ReLU blocks (the starter's block).

The learner process builds BLOCKS blocks per seed the judge names (all under that seed, one after
another), traces the forward pass of ONE block (the first one built) with input width DIM in
each (training mode, batch size) of SHAPES, and answers with those graphs and every block's
parameters and buffers, which must have the traced block's names and shapes (see
grader/harness/traced.py). In the judge every block of a stack is a GraphModel: that graph with
the block's own weights. What the judge inspects and trains is the traced graph itself, so
code that behaves differently while traced has nothing to behave differently in.

1. zero-identity: the first block of the first init with every parameter set to zero by the judge
   (buffers left alone), on N(0, 1) inputs of BATCH rows, in training and in evaluation mode:
   the largest |block(x) − x|, or |block(x) − relu(x)| for a post-activation block, whichever of
   the two is smaller.
2. grad-ratio: for INIT_SEEDS stacks (blocks built under seed * 1000 + 17 + k), one backward pass
   of the projection loss on the first PROBE (= BATCH) training images through the training
   graph; a block's gradient norm is the L2 norm over all its parameters' gradients; the ratio is
   first block over last block, both geometric means over the inits. The plain stack's per-layer
   norms are measured the same way (one init) for the plot.
3. val-accuracy: the stack of the blocks built under `seed`, trained by the judge with Adam (the
   same for everyone), STEPS mini-batches of BATCH, evaluated in eval mode on the whole validation
   split (VAL) every EVAL_EVERY steps; the best evaluation counts ("reaches 0.9 within the budget").

The plain stack is a control, not a criterion: its result does not depend on the learner's code
and training it in every grading would double the time. Its accuracy under this very budget is
measured once (it is the starter's val-accuracy, rerun by the calibration test on 5 seeds) and
shown as PLAIN_VAL_ACCURACY in the reference series.

Calibration (CPU, one thread, 5 seeds; tests/grader/references/residual-block): see CALIBRATION
below the constants.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T
from grader.harness.measure import reference_grad_series

DIM = 32
BLOCKS = 50
RATIO_BAND = (0.1, 10.0)
IDENTITY_TOL = 1e-5
ACCURACY = 0.9
STEPS = 100
BATCH = 256
LR = 3e-3
EVAL_EVERY = 10
INIT_SEEDS = 3
PROBE = BATCH  # the gradient probe runs the same training-mode graph as training
VAL = 450  # the validation split: evaluation runs it whole
# (training mode, batch size) the learner process traces: training and the probe, the
# zero-identity check in eval mode, validation.
SHAPES = ((True, BATCH), (False, BATCH), (False, VAL))
HEAD_SEED = 7_000_000  # the judge's first and last layers: HEAD_SEED + the stack's seed

# CALIBRATION (2026-11-26, CPU, one thread, PyTorch 2.13; seeds 0-4 unless said otherwise; judge
# and learner process through run_local).
# References: preact_zero_init (x + W2 relu(W1 relu(x)), W2 = 0), postact_zero_init
# (relu(x + W2 relu(W1 x)), He W1, W2 = 0), rezero (x + alpha F(x), alpha = 0). Worst pass:
#   grad-ratio      0.99–1.07 preact, 1.04–1.37 postact, 0.198–6.11 rezero (only alpha has a
#                   gradient at init, a noisier single number) within [0.1, 10]; seeds 5-14:
#                   0.92–1.08, 1.09–1.45, 0.42–6.10
#   zero-identity   0 exactly for all three (≤ 1e-5)
#   val-accuracy    0.956 preact, 0.918 postact (seed 1), 0.947 rezero (≥ 0.9); seeds 5-14:
#                   ≥ 0.956, 0.940, 0.953, all pass
# Failures, best value vs threshold on the criterion they fail:
#   starter (Linear + ReLU, no skip)  grad-ratio ≤ 3.1e-20, zero-identity ≥ 3.7, val-accuracy 0.102
#   fail_no_skip_he (no skip, He)     zero-identity ≥ 3.4, val-accuracy ≤ 0.42 (seeds 0-14)
#   fail_exploding_init (He on both layers of the branch, no scaling): val-accuracy ≤ 0.36
#       (seeds 0-14). Its grad-ratio (1.9–7.3) passes: the forward signal grows as fast as the
#       backward gradient, and ∂L/∂W = δ hᵀ multiplies the two, so the parameter-gradient ratio
#       does not see the explosion; training does.
#   fail_sigmoid_gate (F ends with a sigmoid)   zero-identity 0.5, grad-ratio ≤ 0.052
#       (val-accuracy ≤ 0.85: it fails on all three)
#   fail_projection_skip (proj(x) + F(x))       zero-identity ≥ 3.7, grad-ratio ≤ 3.3e-12
#   fail_post_layernorm (LayerNorm(x + F(x)))   zero-identity ≥ 3.7 (the LayerNorm's own gain is
#       zeroed too, so the block outputs 0); its grad-ratio (1.64–1.86) and val-accuracy
#       (0.964–0.978) pass: the normalization after the sum is all that fails
#   fail_identity_block (no parameters)         grad-ratio not measured (no block has a gradient);
#       the stack is then a linear classifier (0.913–0.933)
# Judging time per seed (one thread, quiet host, learner process included): 1.2–1.4 s for the
# references (building and tracing the blocks 0.1 s of it), 0.9 s starter.

# The reference shape for the per-block plot: pass_preact_zero_init.py at seed 0, each block's
# gradient norm at init (geometric mean over the inits): flat, as every block starts as the identity.
REFERENCE_NORMS = (
    0.8407, 0.8412, 0.7912, 0.8274, 0.8616, 0.8753, 0.8509, 0.8488, 0.8585, 0.832, 0.8617, 0.819, 0.8659,
    0.8443, 0.8716, 0.8494, 0.8286, 0.8692, 0.8508, 0.8388, 0.8425, 0.8477, 0.8763, 0.9127, 0.82, 0.8597,
    0.8254, 0.8734, 0.8298, 0.849, 0.8642, 0.877, 0.8995, 0.827, 0.8654, 0.8527, 0.9046, 0.8282, 0.8617,
    0.8639, 0.8139, 0.8276, 0.8675, 0.893, 0.8914, 0.8739, 0.8515, 0.85, 0.8733, 0.8484,
)

# The plain stack (the starter's Linear + ReLU block, default init) trained with this very budget,
# seed 0: [step, val accuracy]. It stays at chance (0.098-0.102 on seeds 0-4, see CALIBRATION).
PLAIN_VAL_ACCURACY = [[10, 0.1], [20, 0.10222], [30, 0.10222], [40, 0.10222], [50, 0.09778], [60, 0.10222],
                      [70, 0.10222], [80, 0.10222], [90, 0.1], [100, 0.1]]

EXERCISE = Exercise(
    grading=T(ja="採点中：あなたのブロックを 50 個重ねて、勾配の流れを測り学習させています",
              en="Grading: stacking 50 of your blocks, measuring their gradient flow and training them"),
    slug="residual-block",
    contract="""\
import torch
from torch import nn

class ResidualBlock(nn.Module):
    def __init__(self, dim: int): ...
    def forward(self, x): ...  # (N, dim) -> (N, dim)
""",
    criteria=[
        Criterion(
            "has-branch", "true", True,
            message=T(ja="ブロックの中に、パラメータを持つ nn.Linear と非線形な活性化関数がある（学習する分岐がある）",
                      en="The block holds a learned branch: an nn.Linear with parameters and a nonlinear activation"),
            hint=T(ja="入力を定数倍するだけ、あるいは線形な変換だけのブロックを 50 個重ねても、全体は 1 つの線形変換"
                      "にしかなりません。スキップ接続の横に、層と活性化関数からなる分岐を置き、その出力を入力に"
                      "足しましょう。",
                   en="A block that only scales its input, or applies a linear map, stacks 50 times into one linear "
                      "map. Put a branch of layers with an activation beside the skip connection, and add its "
                      "output to the input."),
        ),
        Criterion(
            "grad-ratio", "between", RATIO_BAND,
            message=T(ja="50 個積んだときの、初期化直後の勾配ノルムの比（最初のブロック / 最後のブロック）",
                      en="With 50 blocks stacked, the gradient-norm ratio first block / last block at "
                         "initialization"),
            hint=T(ja="比がとても小さいなら、勾配が入力側に届いていません。ブロックの入力を、分岐の出力にそのまま"
                      "足し戻すスキップ接続を付けましょう。分岐の最後の層の重みとバイアスを 0 から始めると、"
                      "どのブロックも恒等写像から始まり、勾配が深さによらず保たれます。",
                   en="A tiny ratio means the gradient does not reach the input side: add a skip connection that "
                      "adds the block's input, unchanged, to the output of its branch. Starting the weight and "
                      "bias of the branch's last layer at zero makes every block start as the identity, and the "
                      "gradient keeps its size whatever the depth."),
        ),
        Criterion(
            "zero-identity", "<=", IDENTITY_TOL,
            message=T(ja="パラメータをすべて 0 にしたブロックの出力と、入力（post-activation 型なら入力の ReLU）との"
                         "最大の差（学習モードと推論モード）",
                      en="With every parameter set to zero, the largest difference between the block's output "
                         "and its input (or the ReLU of its input, for a post-activation block), in training and "
                         "in eval mode"),
            hint=T(ja="パラメータをすべて 0 にしても、ブロックの出力が入力（post-activation 型なら入力の ReLU）に"
                      "戻りません。パラメータが 0 でも入力を変えてしまうものが、どこかにあります。たとえば、"
                      "スキップ経路に層や係数が挟まっている（またはスキップ経路がない）、分岐の最後にシグモイドや定数があって"
                      "分岐の出力が 0 にならない、足し算のあとに正規化などの処理がある、といった場合です。"
                      "入力は何も通さずに足し算まで届け、分岐はパラメータが 0 なら 0 を出す層で終え、"
                      "足し算をブロックの最後の処理にしましょう（そのあとの ReLU はかまいません）。"
                      "正規化を使うなら、分岐の中、その層の前に置きます（pre-norm）。",
                   en="With every parameter at zero, the block does not give back its input (or the ReLU of its "
                      "input, for a post-activation block): something changes the input even though all the "
                      "parameters are zero. For instance, something sits on the skip path (a layer, a scale) or "
                      "there is no skip path; the branch does not give 0 (it ends with a sigmoid or adds a "
                      "constant); or a step comes after the sum, such as a normalization. Let the input reach the "
                      "sum untouched, end the branch with a layer that gives 0 when its parameters are 0, and make "
                      "the sum the block's last step (a ReLU after it is fine). To normalize, do it inside the "
                      "branch, before its layers (pre-norm)."),
        ),
        Criterion(
            "val-accuracy", ">=", ACCURACY,
            message=T(ja="50 個積んだネットワークが、決められた学習量のうちに到達した検証データの正解率（最高値）",
                      en="The best validation accuracy the 50-block network reaches within the training budget"),
            hint=T(ja="スキップ接続があっても、ブロックごとに信号が大きくなる初期化（例えば両方の層を He 初期化）"
                      "では 50 個重ねると爆発します。分岐の最後の層を 0 で初期化しましょう。"
                      "分岐は nn.Linear 2 つのあいだに ReLU を挟むくらいで十分です。",
                   en="Even with a skip connection, an init that makes each block amplify the signal (He init on "
                      "both layers, say) explodes over 50 blocks: initialize the branch's last layer to zero. Two "
                      "nn.Linear layers with a ReLU between them are enough inside the branch."),
        ),
    ],
    reference_series={"grad_norms": reference_grad_series(REFERENCE_NORMS, "block"),
                      "plain_val_accuracy": PLAIN_VAL_ACCURACY},
)


# ---------------------------------------------------------------- the learner process


def _blocks(learner, seeds):
    """BLOCKS blocks per seed, built one after another under it; the first one traced.

    The answer has traced.model_answer's form, one set of weights per block (stack after stack),
    so that the judge reads it with traced.receive."""
    import copy

    import torch
    from torch import nn

    from grader.harness import graphs
    from grader.harness.context import LearnerError

    where = f"ResidualBlock({DIM})"
    built = []
    for seed in seeds:
        torch.manual_seed(int(seed))
        for _ in range(BLOCKS):
            try:
                block = learner.ResidualBlock(DIM)
            except Exception as exc:
                if type(exc).__name__ == "Refused":
                    raise
                raise LearnerError(exc, where) from None
            if not isinstance(block, nn.Module):
                raise LearnerError(TypeError(f"{where} must build an nn.Module, not {type(block).__name__}"), where)
            built.append(block)
    layout = _layout(built[0])
    for i, block in enumerate(built):
        if _layout(block) != layout:
            raise LearnerError(ValueError(f"every {where} must have the same parameters and buffers (names and "
                                          f"shapes); block {i % BLOCKS + 1} of a stack differs from the first"),
                               where)
    first = copy.deepcopy(built[0])
    pnames = [n for n, _ in first.named_parameters()]
    bnames = [n for n, _ in first.named_buffers()]
    answer = {"params": pnames, "buffers": bnames,
              "trainable": [bool(p.requires_grad) for _, p in first.named_parameters()], "graphs": [],
              "states": [{"params": [p.detach() for _, p in b.named_parameters()],
                          "buffers": [t.detach() for _, t in b.named_buffers()]} for b in built]}

    def forward(*flat):
        tensors = dict(zip(pnames + bnames, flat[:-1], strict=True))
        return (torch.func.functional_call(first, tensors, (flat[-1],)),)

    for training, batch in SHAPES:
        first.train(training)
        example = ([p.detach().clone() for _, p in first.named_parameters()]
                   + [t.detach().clone() for _, t in first.named_buffers()] + [torch.zeros(batch, DIM)])
        answer["graphs"].append({"training": training, "batch": batch, "graph": graphs.trace(forward, *example)})
    return answer


def _layout(block) -> list:
    return [(name, tuple(t.shape)) for name, t in [*block.named_parameters(), *block.named_buffers()]]


LEARNER_OPS = {"blocks": _blocks}


# ---------------------------------------------------------------- the judge


def _stack_class():
    import torch
    from torch import nn

    from grader.harness.peer import learner_error
    from grader.harness.traced import run_graph

    class Stack(nn.Module):
        """The judge's first layer, the learner's blocks, the judge's last layer. Each block is a
        GraphModel (its parameters and buffers); the stack runs the traced block graph for the
        current mode and batch size with each block's weights (GraphModel.forward, without
        rebuilding the argument list 50 times a step)."""

        def __init__(self, first, blocks, last, traced):
            super().__init__()
            self.first, self.blocks, self.last = first, nn.ModuleList(blocks), last
            self.traced = [traced]  # a list: not a submodule
            self.arguments = [[*block.weights, *block.buffer_list] for block in blocks]

        def forward(self, x):
            h = self.first(x)
            key = (self.training, int(x.shape[0]))
            gm = self.traced[0].graphs.get(key)
            if gm is None:
                raise KeyError(f"no graph traced for {key}")  # the judge's mistake: not the learner's
            for arguments in self.arguments:
                h = check_block_output(run_graph(gm, [*arguments, h]), h)
            return self.last(h)

    def check_block_output(out, x):
        if not isinstance(out, torch.Tensor) or tuple(out.shape) != tuple(x.shape):
            found = tuple(out.shape) if isinstance(out, torch.Tensor) else type(out).__name__
            raise learner_error(f"ResidualBlock({DIM}) must map (N, {DIM}) to (N, {DIM}); for N = {len(x)} it "
                                f"returned {found}", "forward")
        if out.dtype != x.dtype:
            raise learner_error(f"ResidualBlock({DIM}) must keep its input's dtype ({x.dtype}); it returned "
                                f"{out.dtype}", "forward")
        return out

    return Stack, check_block_output


_CLASSES: list = []


def _stack_tools():
    if not _CLASSES:
        _CLASSES.extend(_stack_class())
    return _CLASSES


def _stack(traced, index: int, seed: int, device):
    """The stack of the blocks the learner process built under its index-th seed."""
    import torch
    from torch import nn

    stack_class, _ = _stack_tools()
    torch.manual_seed(HEAD_SEED + seed)
    first, last = nn.Linear(64, DIM).to(device), nn.Linear(DIM, 10).to(device)
    blocks = [traced.model(index * BLOCKS + b) for b in range(BLOCKS)]
    return stack_class(first, blocks, last, traced)


def _plain_stack(device):
    from torch import nn

    layers = [nn.Linear(64, DIM)]
    for _ in range(BLOCKS):
        layers.append(nn.Sequential(nn.Linear(DIM, DIM), nn.ReLU()))
    layers.append(nn.Linear(DIM, 10))
    return nn.Sequential(*layers).to(device)


def _block_grad_norms(stack, blocks, x, seed: int) -> list[float]:
    """Norm of each block's parameter gradients (the judge's two layers excluded)."""
    import torch

    from grader.harness.measure import check_logits, finite_or_inf, projection_loss

    stack.train()
    stack.zero_grad(set_to_none=True)
    out = stack(x)
    check_logits(out, len(x))
    projection_loss(out, seed).backward()
    norms = []
    for block in blocks:
        total = torch.zeros((), dtype=torch.float64)
        for p in block.parameters():
            if p.grad is not None:
                total = total + p.grad.detach().double().pow(2).sum().cpu()
        norms.append(finite_or_inf(float(total.sqrt())))
    stack.zero_grad(set_to_none=True)
    return norms


def _zero_identity(traced, seed: int, device) -> float:
    import torch

    _, check_block_output = _stack_tools()
    block = traced.model(0)
    gen = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.randn(BATCH, DIM, generator=gen).to(device)
    dev_id = dev_relu = 0.0
    with torch.no_grad():
        for p in block.parameters():
            p.zero_()
        for training in (True, False):
            block.train(training)
            out = check_block_output(block(x), x)
            dev_id = max(dev_id, float((out - x).abs().max()))
            dev_relu = max(dev_relu, float((out - torch.relu(x)).abs().max()))
    value = min(dev_id, dev_relu)
    return value if value == value else float("inf")


def _adam(params):
    from grader.harness.measure import adam

    return adam(params, LR)


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _has_branch(traced) -> bool:
    """On every graph of the block: a matrix product with a 2-D parameter on the way from the input
    to the output, and a nonlinear activation operator (a scalar gain or a linear map is not a block
    that learns anything a stack of them could not do as one layer)."""
    from grader.harness import graphs
    from grader.harness.measure import ACTIVATION_OPS

    if not traced.chain():
        return False
    return all(set(graphs.operator_counts(gm)) & ACTIVATION_OPS for gm in traced.graphs.values())


def _judge(peer, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import gmean, ratio_of, train_and_evaluate
    from grader.harness.traced import receive

    device = ctx.torch_device()
    data = digits(device)
    probe = data[0][:PROBE]
    init_seeds = [seed * 1000 + 17 + k for k in range(INIT_SEEDS)]
    traced = receive(peer.call("blocks", seeds=[*init_seeds, seed]), seeds=(INIT_SEEDS + 1) * BLOCKS,
                     shapes=SHAPES, width=DIM, device=ctx.device)

    torch.manual_seed(seed)  # random draws in the graph (dropout) as in the sandbox, whatever ran before
    identity = _zero_identity(traced, seed, device)
    branch = _has_branch(traced)

    runs = []
    for k, init_seed in enumerate(init_seeds):
        stack = _stack(traced, k, init_seed, device)
        runs.append(_block_grad_norms(stack, stack.blocks, probe, init_seed))
    norms = [gmean(run[i] for run in runs) for i in range(BLOCKS)]
    ratio = ratio_of(norms[0], norms[-1])  # None: the last block gets no gradient (or has no parameters)

    torch.manual_seed(seed * 1000 + 17)
    plain = _plain_stack(device)
    plain_norms = _block_grad_norms(plain, list(plain)[1:-1], probe, seed * 1000 + 17)

    stack = _stack(traced, INIT_SEEDS, seed, device)
    torch.manual_seed(seed)
    trained = train_and_evaluate(stack, ctx, data, seed, steps=STEPS, batch=BATCH, make_optimizer=_adam,
                                 eval_every=EVAL_EVERY)
    return {
        "measurements": {
            "has-branch": branch,
            "grad-ratio": ratio,
            "zero-identity": identity,
            "val-accuracy": trained["best"],
        },
        "series": {
            "grad_norms": reference_grad_series(norms, "block"),
            "plain_grad_norms": reference_grad_series(plain_norms, "block"),
            "loss": trained["loss"],
            "val_accuracy": trained["curve"],
        },
    }


def try_it(peer, ctx) -> dict:
    """The Try button: each block's gradient norm at init in the judge's 50-block stack, measured
    as a grading at seed 0 measures it, beside the reference shape; no training."""
    from grader.harness.measure import gmean, one_thread, try_series
    from grader.harness.traced import receive

    with one_thread():
        from grader.harness.data import digits

        device = ctx.torch_device()
        probe = digits(device)[0][:PROBE]
        init_seeds = [17 + k for k in range(INIT_SEEDS)]
        traced = receive(peer.call("blocks", seeds=init_seeds), seeds=INIT_SEEDS * BLOCKS, shapes=SHAPES,
                         width=DIM, device=ctx.device)
        runs = []
        for k, init_seed in enumerate(init_seeds):
            stack = _stack(traced, k, init_seed, device)
            runs.append(_block_grad_norms(stack, stack.blocks, probe, init_seed))
        norms = [gmean(run[i] for run in runs) for i in range(BLOCKS)]
        return try_series(reference_grad_series(norms, "block"), EXERCISE.reference_series["grad_norms"])
