from torch.optim.lr_scheduler import LinearLR, LRScheduler


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    return LinearLR(optimizer, total_iters=warmup_steps)  # start_factor defaults to 1/3
