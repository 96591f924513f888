"""residual-block: 50 of the learner's blocks between an input and an output layer, on digits.

The stack is nn.Linear(64, DIM) -> 50 × ResidualBlock(DIM) -> nn.Linear(DIM, 10); the grader's
two layers keep PyTorch's default init. The plain stack beside it has the same depth with
Linear(DIM, DIM) + ReLU blocks (the starter's block).

1. zero-identity: one block with every parameter set to zero (buffers left alone), on N(0, 1)
   inputs, in training and in evaluation mode: the largest |block(x) − x|, or |block(x) −
   relu(x)| for a post-activation block, whichever of the two is smaller.
2. grad-ratio: for INIT_SEEDS fresh stacks, one backward pass of the projection loss on the
   first PROBE training images; a block's gradient norm is the L2 norm over all its parameters'
   gradients; the ratio is first block over last block, both geometric means over the inits.
   The plain stack's per-layer norms are measured the same way (one init) for the plot.
3. val-accuracy: a fresh stack (seed `seed`) trained with Adam (the same for everyone), STEPS
   minibatches of BATCH, evaluated every EVAL_EVERY steps; the best evaluation counts ("reaches
   0.9 within the budget").

The plain stack is a control, not a criterion: its result does not depend on the learner's code
and training it in every grading would double the time. Its accuracy under this very budget is
measured once (it is the starter's val-accuracy, rerun by the calibration test on 5 seeds) and
shown as PLAIN_VAL_ACCURACY in the reference series.

Calibration (CPU, torch.set_num_threads(1), 5 seeds; tests/grader/references/residual-block):
see CALIBRATION below.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T
from grader.exercises.fix_vanishing_gradients import reference_grad_series

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
PROBE = 256

# CALIBRATION (2026-11-25, CPU, one thread, PyTorch 2.13; seeds 0-4 unless said otherwise).
# References: preact_zero_init (x + W2 relu(W1 relu(x)), W2 = 0), postact_zero_init
# (relu(x + W2 relu(W1 x)), He W1, W2 = 0), rezero (x + alpha F(x), alpha = 0). Worst pass:
#   grad-ratio      0.978–1.02 preact, 1.12–1.61 postact, 0.37–4.95 rezero (only alpha has a
#                   gradient at init, a noisier single number) within [0.1, 10]; seeds 5-14:
#                   rezero 0.47–3.46
#   zero-identity   0 exactly for all three (≤ 1e-5)
#   val-accuracy    0.956 preact, 0.938 postact, 0.953 rezero (≥ 0.9); seeds 5-14: ≥ 0.953,
#                   0.949, 0.953, all pass
# Failures, best value vs threshold on the criterion they fail:
#   starter (Linear + ReLU, no skip)  grad-ratio ≤ 5.1e-20, zero-identity ≥ 3.4, val-accuracy 0.102
#   fail_no_skip_he (no skip, He)     zero-identity ≥ 3.0, val-accuracy ≤ 0.48 (seeds 0-14)
#   fail_exploding_init (He on both layers of the branch, no scaling): val-accuracy ≤ 0.33
#       (seeds 0-14). Its grad-ratio (1.3–5.4) passes: the forward signal grows as fast as the
#       backward gradient, and ∂L/∂W = δ hᵀ multiplies the two, so the parameter-gradient ratio
#       does not see the explosion; training does.
#   fail_sigmoid_gate (F ends with a sigmoid)   zero-identity 0.5, grad-ratio ≤ 0.061
#       (val-accuracy ≤ 0.86 on seeds 0-4, ≤ 0.90 on seeds 5-14: it fails on the other two)
#   fail_projection_skip (proj(x) + F(x))       zero-identity ≥ 3.4, grad-ratio ≤ 2.1e-12
#   fail_identity_block (no parameters)         grad-ratio not measured (no block has a gradient);
#       the stack is then a linear classifier (0.92–0.94)
# Procedure time per seed (one thread, quiet host): 0.95–1.15 s for the references, 0.45 s starter.

# The reference shape for the per-block plot: pass_preact_zero_init.py at seed 0, each block's
# gradient norm at init (geometric mean over the inits): flat, as every block starts as the identity.
REFERENCE_NORMS = (
    0.8161, 0.8292, 0.8092, 0.8224, 0.8005, 0.7841, 0.8101, 0.8059, 0.7992, 0.8329, 0.8054, 0.8073, 0.8003,
    0.8244, 0.7861, 0.8262, 0.8036, 0.8067, 0.7956, 0.8061, 0.8133, 0.8487, 0.8221, 0.8181, 0.8137, 0.8171,
    0.837, 0.8126, 0.8187, 0.8527, 0.8322, 0.8302, 0.7858, 0.8149, 0.8074, 0.8545, 0.8328, 0.8527, 0.7955,
    0.7967, 0.8094, 0.8332, 0.7856, 0.8302, 0.8268, 0.8056, 0.8122, 0.8046, 0.8251, 0.8332,
)

# The plain stack (the starter's Linear + ReLU block, default init) trained with this very budget,
# seed 0: [step, val accuracy]. It stays at chance (0.100-0.102 on seeds 0-4, see CALIBRATION).
PLAIN_VAL_ACCURACY = [[10, 0.10222], [20, 0.1], [30, 0.1], [40, 0.10222], [50, 0.10222], [60, 0.10222],
                      [70, 0.10222], [80, 0.10222], [90, 0.1], [100, 0.10222]]

EXERCISE = Exercise(
    slug="residual-block",
    names=[Name("ResidualBlock", kind="class", base="torch.nn:Module", methods=("forward",))],
    criteria=[
        Criterion(
            "grad-ratio", "between", RATIO_BAND,
            message=T(ja="50 個積んだときの、初期化直後の勾配ノルムの比（最初のブロック / 最後のブロック）",
                      en="With 50 blocks stacked, the gradient-norm ratio first block / last block at "
                         "initialization"),
            hint=T(ja="比がとても小さいなら、勾配が入力側に届いていません。スキップ接続（x + F(x)）を付けましょう。"
                      "F の最後の nn.Linear の重みとバイアスを 0 で初期化すると（nn.init.zeros_）、"
                      "どのブロックも恒等写像から始まり、勾配が深さによらず保たれます。",
                   en="A tiny ratio means the gradient does not reach the input side: add the skip connection "
                      "(x + F(x)). Initialising the weight and bias of F's last nn.Linear to zero "
                      "(nn.init.zeros_) makes every block start as the identity, and the gradient keeps its "
                      "size whatever the depth."),
        ),
        Criterion(
            "zero-identity", "<=", IDENTITY_TOL,
            message=T(ja="パラメータをすべて 0 にしたブロックの出力と、入力（post-activation 型なら入力の ReLU）との"
                         "最大の差",
                      en="With every parameter set to zero, the largest difference between the block's output "
                         "and its input (or the ReLU of its input, for a post-activation block)"),
            hint=T(ja="出力は x + F(x)（post-activation 型なら relu(x + F(x))）にし、スキップ経路には何も挟まず x を"
                      "そのまま通します。F の最後に sigmoid を置いたり、パラメータ以外の定数を足したりすると、"
                      "パラメータが 0 でも F(x) が 0 になりません。",
                   en="Return x + F(x) (relu(x + F(x)) for a post-activation block) and put nothing on the skip "
                      "path. Ending F with a sigmoid, or adding constants that are not parameters, keeps F(x) "
                      "away from 0 even with every parameter at zero."),
        ),
        Criterion(
            "val-accuracy", ">=", ACCURACY,
            message=T(ja="50 個積んだネットワークが、決められた学習量のうちに到達した検証データの正解率（最高値）",
                      en="The best validation accuracy the 50-block network reaches within the training budget"),
            hint=T(ja="スキップ接続があっても、ブロックごとに信号が大きくなる初期値（例えば両方の層に He の初期値）"
                      "では 50 個重ねると爆発します。F の最後の層を 0 で初期化しましょう。"
                      "F は nn.Linear 2 つのあいだに ReLU を挟むくらいで十分です。",
                   en="Even with a skip connection, an init that makes each block amplify the signal (He init on "
                      "both layers, say) explodes over 50 blocks: initialise F's last layer to zero. Two nn.Linear "
                      "layers with a ReLU between them are enough inside F."),
        ),
    ],
    reference_series={"grad_norms": reference_grad_series(REFERENCE_NORMS, "block"),
                      "plain_val_accuracy": PLAIN_VAL_ACCURACY},
)


def _stack(learner, ctx):
    from torch import nn

    from grader.exercises.fix_vanishing_gradients import make_module

    first = nn.Linear(64, DIM)
    blocks = [make_module(ctx, learner.ResidualBlock, DIM, where="ResidualBlock(dim)") for _ in range(BLOCKS)]
    last = nn.Linear(DIM, 10)
    return nn.Sequential(first, *blocks, last).to(ctx.torch_device())


def _plain_stack(device):
    from torch import nn

    layers = [nn.Linear(64, DIM)]
    for _ in range(BLOCKS):
        layers.append(nn.Sequential(nn.Linear(DIM, DIM), nn.ReLU()))
    layers.append(nn.Linear(DIM, 10))
    return nn.Sequential(*layers).to(device)


def _block_grad_norms(stack, x, ctx, seed: int) -> list[float]:
    """Norm of each block's parameter gradients (the grader's two layers excluded)."""
    import torch

    from grader.exercises.fix_vanishing_gradients import check_logits
    from grader.harness.measure import projection_loss

    stack.train()
    stack.zero_grad(set_to_none=True)
    out = ctx.call(stack, x, where="forward")
    check_logits(out, len(x))
    projection_loss(out, seed).backward()
    norms = []
    for block in list(stack)[1:-1]:
        total = torch.zeros((), dtype=torch.float64)
        for p in block.parameters():
            if p.grad is not None:
                total = total + p.grad.detach().double().pow(2).sum().cpu()
        value = float(total.sqrt())
        norms.append(value if value == value else float("inf"))
    stack.zero_grad(set_to_none=True)
    return norms


def _zero_identity(learner, ctx, seed: int) -> float:
    import torch

    from grader.exercises.fix_vanishing_gradients import make_module
    from grader.harness.context import LearnerError

    device = ctx.torch_device()
    block = make_module(ctx, learner.ResidualBlock, DIM, where="ResidualBlock(dim)")
    gen = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.randn(64, DIM, generator=gen).to(device)
    with torch.no_grad():
        for p in block.parameters():
            p.zero_()
        dev_id = dev_relu = 0.0
        for training in (True, False):
            block.train(training)
            out = ctx.call(block, x, where="forward")
            if not isinstance(out, torch.Tensor) or tuple(out.shape) != tuple(x.shape):
                found = tuple(out.shape) if isinstance(out, torch.Tensor) else type(out).__name__
                raise LearnerError(ValueError(f"ResidualBlock({DIM}) must map (N, {DIM}) to (N, {DIM}); "
                                              f"for N = {len(x)} it returned {found}"), "forward")
            out = out.float()
            dev_id = max(dev_id, float((out - x).abs().max()))
            dev_relu = max(dev_relu, float((out - torch.relu(x)).abs().max()))
    value = min(dev_id, dev_relu)
    return value if value == value else float("inf")


def _adam(params):
    from grader.exercises.fix_vanishing_gradients import adam

    return adam(params, LR)


def procedure(learner, ctx, seed: int) -> dict:
    from grader.exercises.fix_vanishing_gradients import one_thread

    with one_thread():
        return _procedure(learner, ctx, seed)


def _procedure(learner, ctx, seed: int) -> dict:
    import torch

    from grader.exercises.fix_vanishing_gradients import gmean, ratio_of, train_and_evaluate
    from grader.harness.data import digits

    data = digits(ctx.torch_device())
    probe = data[0][:PROBE]

    identity = _zero_identity(learner, ctx, seed)

    runs = []
    for k in range(INIT_SEEDS):
        init_seed = seed * 1000 + 17 + k
        torch.manual_seed(init_seed)
        runs.append(_block_grad_norms(_stack(learner, ctx), probe, ctx, init_seed))
    norms = [gmean(run[i] for run in runs) for i in range(BLOCKS)]
    ratio = ratio_of(norms[0], norms[-1])  # None: the last block gets no gradient (or has no parameters)

    torch.manual_seed(seed * 1000 + 17)
    plain = _plain_stack(ctx.torch_device())
    plain_norms = _block_grad_norms(plain, probe, ctx, seed * 1000 + 17)

    torch.manual_seed(seed)
    stack = _stack(learner, ctx)
    trained = train_and_evaluate(stack, ctx, data, seed, steps=STEPS, batch=BATCH, make_optimizer=_adam,
                                 eval_every=EVAL_EVERY)
    return {
        "measurements": {
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
