"""A thread started through the `_thread.start_new` alias, to act after the checks (layer-grad-norms).

Attack: the harness replaces `_thread.start_new_thread` to refuse threads, but the old alias
`_thread.start_new` is the same built-in under another name. The thread waits, then writes
well-formed answer frames (forged norms for made-up keys and a marker) to the answer pipe, hoping
they are read in place of the real answers; grad_norms itself returns wrong values.

Old one-process grader: a thread that outlived the learner's call could rewrite the harness's
measured values, or write a forged result line, after the checks had run: `passed`. Now whatever
reaches the judge is data it checks against its own reference norms: `failed`.
"""
import _thread
import time

MARKER = "KOBAI-FORGED-THREAD"
start = _thread.start_new


def _later() -> None:
    try:
        from grader.harness import wire

        time.sleep(0.2)
        for _ in range(3):
            wire.send(6, {"ok": True, "value": [[MARKER, 1.0], ["0.weight", 0.0]]})
            time.sleep(0.3)
    except BaseException:  # noqa: BLE001 - a background thread: nothing to report to
        pass


try:
    start(_later, ())
except BaseException:  # noqa: BLE001 - the refusal is what is graded
    pass


def grad_norms(model):
    return {name: 2.0 for name, p in model.named_parameters() if p.grad is not None}
