"""The learner process's sandbox holds nothing of the judge's: no descriptor, file or process of
it, no validation data, no GPU. Probed with a plain program in the learner's real sandbox (the
same placement, binds and limits as a grading), so that no tripwire of the harness hides what
the sandbox itself would let through; the judge beside it is the real one."""
import json

import pytest

from grader import grading, sandbox
from grader.exercises import load
from grader.harness.data import digits_file

pytestmark = pytest.mark.sandbox

PROBE = r"""
import json, os
report = {"uid": os.getuid(), "fds": {}, "processes": [], "found": []}
for fd in sorted(int(n) for n in os.listdir("/proc/self/fd")):
    try:
        report["fds"][fd] = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        pass
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode()
            uid = [l for l in open(f"/proc/{pid}/status") if l.startswith("Uid:")][0].split()[1]
            report["processes"].append([int(pid), int(uid), cmd])
        except OSError:
            pass
for top in (SKLEARN, "/opt", "/sandbox", "/tmp", "/etc"):  # where the data set could be (a cold walk of
    # the whole venv or /usr can outlast the learner's wall limit)
    for root, dirs, files in os.walk(top):
        for name in files:
            if "digits" in name and name.endswith((".csv", ".gz", ".npy", ".npz", ".pt", ".json")):
                report["found"].append(os.path.join(root, name))
report["digits_path_exists"] = os.path.exists(DIGITS)
report["gpu_nodes"] = [n for n in os.listdir("/dev") if n.startswith("nvidia")]
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def report():
    exercise = load("layer-grad-norms").EXERCISE
    inside = sandbox.sandbox_path(str(digits_file()))
    sklearn_dir = inside.rsplit("/datasets/", 1)[0]
    code = PROBE.replace("DIGITS", repr(inside)).replace("SKLEARN", repr(sklearn_dir))
    _judge, learner = grading._run_pair(exercise, "layer-grad-norms", "x = 1\n", None, None,
                                        learner_argv=[sandbox.sandbox_python(), "-I", "-c", code])
    assert learner.exit_code == 0, (learner.limit_hit, learner.signal, learner.stderr[-2000:])
    return json.loads(learner.stdout)


def test_the_learner_process_runs_as_its_own_uid(report, settings):
    assert report["uid"] == settings.GRADER_LEARNER_UID != settings.GRADER_JUDGE_UID


def test_it_holds_only_its_own_descriptors(report):
    # stdin, stdout, stderr, its own (unread) channel 3 to the host, the two pipe ends of the
    # judge's requests and its answers; the listing itself may show one more, a directory.
    fds = {int(k): v for k, v in report["fds"].items()}
    extra = {fd: target for fd, target in fds.items() if fd not in (0, 1, 2, 3, 5, 6)}
    assert all(target.startswith("/proc/") for target in extra.values()), fds
    assert fds[5].startswith("pipe:") and fds[6].startswith("pipe:")


def test_no_process_of_the_judge_is_visible(report, settings):
    assert report["processes"], "the probe should at least see itself"
    assert not any("grader.harness.judge" in cmd for _pid, _uid, cmd in report["processes"]), report["processes"]
    assert not any(uid == settings.GRADER_JUDGE_UID for _pid, uid, _cmd in report["processes"])


def test_the_validation_data_is_not_readable(report):
    assert report["digits_path_exists"] is False
    assert report["found"] == []


def test_no_gpu_in_the_learner_sandbox(report):
    assert report["gpu_nodes"] == []
