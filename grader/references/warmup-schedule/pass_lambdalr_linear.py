from torch.optim.lr_scheduler import LambdaLR, LRScheduler


def make_scheduler(optimizer, warmup_steps: int, total_steps: int) -> LRScheduler:
    def factor(step: int) -> float:
        if step < warmup_steps:
            return step / warmup_steps
        return 1.0

    return LambdaLR(optimizer, factor)
