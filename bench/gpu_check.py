"""Check the grader's CUDA path on a machine with an NVIDIA GPU; print what held and what did not.

    python bench/gpu_check.py [--out report.json] [--quick]

1. In-process (no sandbox): every reference solution in grader/references/ is run on
   CUDA for two seeds; a pass_* file must pass and a fail_* file must fail, as on the CPU.
   The CPU time of the first reference of each exercise is taken beside it.
2. Through the real service path (`grader.grading.grade_source`, bubblewrap sandbox, GPU device
   nodes bound in, memory cap per grading) with GRADER_DEVICE=cuda: one reference per
   exercise must pass with `device` = cuda in its verdict; a GPU memory bomb must end as
   `memory_limit` (a graph the judge runs on the GPU: the learner process has none), a learner
   loading a CUDA library through ctypes must be `rejected` (in its process), and
   the next grading must still pass.

Needs Django (for the verdict's wording) besides torch and numpy; the service's other packages
are not needed. Set GRADER_SANDBOX_BWRAP to a bwrap binary when bwrap is not on the PATH.
Exit status 0 when everything held.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REFERENCES = ROOT / "grader" / "references"

DEVICE = "cuda"
# The learner process has no GPU: a memory bomb reaches the GPU only as a graph the judge runs.
GPU_MEMORY_BOMB = """\
import torch
from torch import nn


class Bomb(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(*[nn.Linear(64, 64) for _ in range(11)], nn.Linear(64, 10))

    def forward(self, x):
        return self.layers(x) + torch.ones(200_000, 200_000).sum() * 0


def build_model():
    return Bomb()
"""


def configure_django() -> None:
    import django
    from django.conf import settings

    settings.configure(
        USE_I18N=True, LANGUAGE_CODE="en", LANGUAGES=[("en", "English"), ("ja", "日本語")],
        LOCALE_PATHS=[str(ROOT / "courseware" / "locale")], INSTALLED_APPS=[],
        GRADER_DEVICE=DEVICE, GRADER_GPU_MEMORY_FRACTION=0.25, GRADER_MAX_SOURCE_BYTES=65536,
        GRADER_OUTPUT_SHOWN_BYTES=16384, GRADER_SANDBOX_BWRAP=os.environ.get("GRADER_SANDBOX_BWRAP"),
        GRADER_SANDBOX_WALL_S=60.0, GRADER_SANDBOX_CPU_S=60.0,
    )
    django.setup()


def references(quick: bool):
    for folder in sorted(p for p in REFERENCES.iterdir() if p.is_dir()):
        files = sorted(folder.glob("pass_*.py")) + sorted(folder.glob("fail_*.py"))
        if quick:
            files = files[:1] + [f for f in files if f.name.startswith("fail_")][:1]
        yield folder.name, files


def in_process(report: dict, quick: bool) -> bool:
    from grader.harness.local import run_local

    ok = True
    rows = []
    for slug, files in references(quick):
        for i, path in enumerate(files):
            expect = path.name.startswith("pass_")
            row = {"slug": slug, "file": path.name, "expect_pass": expect}
            source = path.read_text()
            try:
                t0 = time.monotonic()
                results = run_local(slug, source, seeds=(0, 1), device=DEVICE)
                row["cuda_s"] = round((time.monotonic() - t0) / 2, 3)
                row["passed"] = [r["passed"] for r in results]
                row["failing"] = sorted({k for r in results for k, v in r.get("judged", {}).items() if v is False})
                row["errors"] = [r["error"].get("kind") for r in results if "error" in r]
                if i == 0:
                    t0 = time.monotonic()
                    run_local(slug, source, seeds=(0, 1), device="cpu")
                    row["cpu_s"] = round((time.monotonic() - t0) / 2, 3)
                row["ok"] = all(p == expect for p in row["passed"])
            except Exception as exc:  # noqa: BLE001 - a report, not a program that can stop here
                row["ok"] = False  # learner failures come back as results: an exception is the judge's
                row["exception"] = f"{type(exc).__name__}: {exc}"[:500]
            ok &= row["ok"]
            rows.append(row)
            print(("ok  " if row["ok"] else "BAD ") + json.dumps(row, ensure_ascii=False), flush=True)
    report["in_process"] = rows
    return ok


def sandboxed(report: dict) -> bool:
    from grader import sandbox
    from grader.grading import grade_source

    available, why = sandbox.sandbox_available()
    report["sandbox"] = {"available": available, "why": why, "info": sandbox.sandbox_info()}
    print("sandbox:", json.dumps(report["sandbox"], default=str), flush=True)
    if not available:
        return False
    ok = True
    rows = []
    cases = [(slug, files[0], "passed") for slug, files in references(True)]
    cases.append(("fix-vanishing-gradients", None, "memory_limit"))
    cases.append(("layer-grad-norms", ROOT / "tests" / "grader" / "hostile" / "ctypes_cuda_library.py", "rejected"))
    cases.append(("layer-grad-norms", REFERENCES / "layer-grad-norms" / "pass_comprehension.py", "passed"))
    for slug, path, expect in cases:
        source = GPU_MEMORY_BOMB if path is None else path.read_text()
        t0 = time.monotonic()
        verdict = grade_source(slug=slug, source=source, lang="ja").as_dict()
        row = {"slug": slug, "file": path.name if path else "gpu_memory_bomb", "status": verdict["status"],
               "device": verdict.get("device"), "torch": verdict.get("torch_version"),
               "wall_s": round(time.monotonic() - t0, 2), "timings": verdict.get("timings"),
               "message": verdict.get("message"), "stderr_tail": (verdict.get("stderr") or "")[-800:]}
        row["ok"] = verdict["status"] in expect.split("|") and (expect != "passed" or verdict.get("device") == DEVICE)
        ok &= row["ok"]
        rows.append(row)
        print(("ok  " if row["ok"] else "BAD ") + json.dumps(row, ensure_ascii=False), flush=True)
    report["sandboxed"] = rows
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--quick", action="store_true", help="one passing and one failing reference per exercise")
    parser.add_argument("--sandboxed-only", action="store_true", help="skip the in-process references")
    parser.add_argument("--dry-run-on-cpu", action="store_true", help="try the script itself where there is no GPU")
    args = parser.parse_args()
    import torch

    report = {"python": platform.python_version(), "torch": torch.__version__,
              "cuda_available": torch.cuda.is_available()}
    if torch.cuda.is_available():
        report["gpu"] = torch.cuda.get_device_name(0)
    print(json.dumps(report), flush=True)
    if args.dry_run_on_cpu:
        global DEVICE
        DEVICE = "cpu"
    elif not torch.cuda.is_available():
        print("no CUDA device: nothing to check")
        return 2
    configure_django()
    results = {}
    steps = [("sandboxed", lambda: sandboxed(report))]
    if not args.sandboxed_only:
        steps.append(("in_process", lambda: in_process(report, args.quick)))
    for name, step in steps:
        try:
            results[name] = step()
        except Exception as exc:  # noqa: BLE001
            import traceback

            traceback.print_exc()
            results[name] = False
            report[f"{name}_exception"] = repr(exc)
    report["ok"] = results
    if args.out:
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print("summary:", results)
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
