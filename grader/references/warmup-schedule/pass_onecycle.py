from torch.optim.lr_scheduler import LRScheduler, OneCycleLR


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    # rises from base / 25 to the base over the first warmup_steps, then anneals (cosine) to the end
    base = optimizer.param_groups[0]["lr"]
    return OneCycleLR(optimizer, max_lr=base, total_steps=total_steps, pct_start=warmup_steps / total_steps)
