"""A scheduler whose get_last_lr() shows a warmup that the optimizer never gets (warmup-schedule).

Attack: a LambdaLR with a constant factor (the optimizer's lr stays at the base: no warmup at
all), whose get_last_lr() and _last_lr report a perfect linear warmup. The schedule lies only
when read through the scheduler.

Old one-process grader: it read the rates through scheduler.get_last_lr() and trained with the
optimizer: the shape passed, and training at a constant rate was not its only check: `passed`.
Now the learner process reports the rate the optimizer actually holds at each step
(param_groups[0]["lr"]), and the judge trains with that very sequence: `failed` (starts-low,
rises-to-base, no-early-spike).
"""
from torch.optim.lr_scheduler import LambdaLR


class LyingWarmup(LambdaLR):
    def __init__(self, optimizer, warmup_steps: int):
        self.warmup_steps = max(1, warmup_steps)
        super().__init__(optimizer, lambda step: 1.0)

    def _shown(self):
        factor = min(1.0, (self.last_epoch + 1) / self.warmup_steps)
        return [base * factor for base in self.base_lrs]

    def get_last_lr(self):
        return self._shown()

    @property
    def _last_lr(self):
        return self._shown()

    @_last_lr.setter
    def _last_lr(self, value):
        pass


def make_scheduler(optimizer, warmup_steps: int, total_steps: int):
    return LyingWarmup(optimizer, warmup_steps)
