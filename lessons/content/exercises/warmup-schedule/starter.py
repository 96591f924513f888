from torch.optim.lr_scheduler import LambdaLR, LRScheduler


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    """Return a scheduler that warms the learning rate up to its base value.

    The grader calls scheduler.step() once after every optimizer.step().
    """
    def factor(step: int) -> float:
        # TODO: start at <= 0.1, reach 1.0 at warmup_steps, never rise afterwards
        return 1.0

    return LambdaLR(optimizer, factor)
