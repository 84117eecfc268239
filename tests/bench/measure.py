"""Running one program: wall time, exit status and peak RSS.

Each run goes through the launch helper (launch.c), which times fork to
reaping and reports wait4's ru_maxrss for the tracer. That is the
tracer's peak RSS -- or its tracee's, if larger: the kernel folds the peak
of every child the tracer reaped into what wait4 reports. The untraced
column shows the tracees' own peak for comparison."""
import os
import re
import subprocess
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    maxrss_kb: int
    status: int        # exit code, or 128+signal


def run_once(launch, argv):
    r = subprocess.run([launch] + argv, stdout=subprocess.PIPE, text=True, check=True)
    secs, rss, status = r.stdout.split()
    return Run(float(secs), int(rss), int(status))


def pin(cpus):
    """Pin this runner, and so every program it starts, to cpus: the same
    sched_setaffinity that `taskset -c 0` does, without its exec per run."""
    os.sched_setaffinity(0, cpus)


_OPTION_ERR = re.compile(r"unrecognized option '([^']+)'|invalid option -- '(.)'")


def missing_option(tracer, opts):
    """The option tracer rejects among opts ("-c", "--seccomp-bpf"), or
    None if it accepts them all. Probed on /bin/true, output discarded."""
    probe = [tracer] + opts + ["-o", os.devnull, "/bin/true"]
    r = subprocess.run(probe, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, errors="replace")
    if r.returncode == 0:
        return None
    m = _OPTION_ERR.search(r.stderr)
    # any other failure is left for the timed runs to show as FAIL
    return (m.group(1) or "-" + m.group(2)) if m else None


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
