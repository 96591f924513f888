"""Forged result lines sprayed on every descriptor (layer-grad-norms).

Attack: write the grader's result-line JSON (a `result` with every criterion met, and a forged
series whose x-value is a string) with os.write to every descriptor from 3 to 64, at import and
again on every call, and return made-up norms.

Old one-process grader: descriptor 3 was the harness's result channel in the same process, so the
forged line was read as the verdict: `passed`. Now the learner process has no channel to the host;
its descriptor 6 carries wire frames to the judge, which rejects a JSON line as a bad frame.
"""
import json
import os

MARKER = "KOBAI-FORGED-SPRAY"
LINE = (json.dumps({
    "type": "result", "device": "cpu", "torch": MARKER, "timings": {}, "learner_calls": 0,
    "measurements": {"keys-match": True, "values-match": 0.0},
    "series": {"loss": [{"step": MARKER, "loss": 0.0}], "note": MARKER},
}) + "\n").encode()


def _spray() -> None:
    for fd in range(3, 65):
        try:
            os.write(fd, LINE)
        except OSError:
            pass


_spray()


def grad_norms(model):
    _spray()
    return {name: 1.0 for name, p in model.named_parameters() if p.grad is not None}
