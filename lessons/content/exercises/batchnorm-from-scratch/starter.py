from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    """Batch normalization of x with shape (N, C), like nn.BatchNorm1d.

    training=True: normalize with batch statistics and update running_mean and
    running_var in place. training=False: normalize with the running statistics.
    F.batch_norm and nn.BatchNorm* are not allowed.
    """
    # TODO: compute and return gamma * x_hat + beta
    raise NotImplementedError
