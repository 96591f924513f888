from torch import nn


def grad_norms(model: nn.Module) -> dict[str, float]:
    """Return the L2 norm of each parameter's gradient, keyed by parameter name.

    Call it after loss.backward(). Parameters whose .grad is None are skipped.
    """
    norms: dict[str, float] = {}
    # TODO: fill `norms` from model.named_parameters()
    return norms
