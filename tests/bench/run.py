#!/usr/bin/env python3
"""xstrace against /usr/bin/strace, the ptrace floor and the untraced
program: median wall time of alternating runs, ratios, peak RSS.

Environment:
  XSTRACE      the xstrace binary (default: ../../xstrace from BENCH_BIN)
  STRACE       the strace to compare with (default /usr/bin/strace)
  BENCH_BIN    where floor and wl_* were built (default: this directory)
  BENCH_RUNS   runs of each program per row (default 5)
  BENCH_SCALE  multiplies every workload's iteration count (default 1)
  BENCH_QUICK  =1: a smoke run, BENCH_SCALE=0.05 and 3 runs
  BENCH_ONLY   comma list of workload and/or mode names to keep
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from measure import missing_option, pin, run_once
from report import TOOLS, Cell, print_header, print_row, summarise_mode
from workloads import MODES, WORKLOADS, follows, tracer_opts


def env_setup():
    here = os.path.dirname(os.path.abspath(__file__))
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    bindir = os.path.abspath(os.environ.get("BENCH_BIN", here))
    cfg = {
        "bin": bindir,
        "xstrace": os.path.abspath(os.environ.get(
            "XSTRACE", os.path.join(bindir, "..", "..", "xstrace"))),
        "strace": os.environ.get("STRACE", "/usr/bin/strace"),
        "runs": int(os.environ.get("BENCH_RUNS", "3" if quick else "5")),
        "scale": float(os.environ.get("BENCH_SCALE", "0.05" if quick else "1")),
        "only": {s for s in os.environ.get("BENCH_ONLY", "").split(",") if s},
    }
    unknown = cfg["only"] - {w.name for w in WORKLOADS} - {m.name for m in MODES}
    if unknown:
        sys.exit(f"run.py: BENCH_ONLY names no workload or mode: {', '.join(sorted(unknown))}")
    for prog in ["launch", "floor"] + [w.prog for w in WORKLOADS]:
        if not os.access(os.path.join(bindir, prog), os.X_OK):
            sys.exit(f"run.py: {bindir}/{prog} is missing: build with `make bench`")
    if not os.access(cfg["xstrace"], os.X_OK):
        sys.exit(f"run.py: no xstrace at {cfg['xstrace']}; set XSTRACE")
    return cfg


def version(prog):
    try:
        r = subprocess.run([prog, "-V"], capture_output=True, text=True)
        return r.stdout.splitlines()[0]
    except (OSError, IndexError):
        return "missing"


def measure_row(cfg, tmp, w, mode, pinned):
    opts = tracer_opts(w, mode)
    target = w.argv(cfg["bin"], cfg["scale"])
    floor = [os.path.join(cfg["bin"], "floor")] + (["-f"] if follows(w, mode) else [])
    argvs = {
        "untraced": target,
        "floor": floor + target,
        "strace": [cfg["strace"]] + opts + ["-o", f"{tmp}/strace.out"] + target,
        "xstrace": [cfg["xstrace"]] + opts + ["-o", f"{tmp}/xstrace.out"] + target,
    }
    launch = os.path.join(cfg["bin"], "launch")
    cells = {t: Cell() for t in TOOLS}
    for tool in ("strace", "xstrace"):
        if not os.access(cfg[tool], os.X_OK):
            cells[tool].why = f"n/a ({cfg[tool]} missing)"
            continue
        lacks = missing_option(cfg[tool], opts)
        if lacks:
            cells[tool].why = f"n/a ({tool} lacks {lacks})"
    live = [t for t in TOOLS if not cells[t].why]
    # alternate: each round starts one tool later, so slow drift in the
    # machine's speed spreads over all tools instead of favouring one
    for i in range(cfg["runs"]):
        for tool in live[i % len(live):] + live[:i % len(live)]:
            cells[tool].runs.append(run_once(launch, argvs[tool]))
    label = (" ".join(opts) or "full") + ("" if pinned else " unpinned")
    return {"workload": w.name, "mode": mode.name, "label": label,
            "pinned": pinned, "cells": cells}


def wanted(cfg, w, mode):
    """BENCH_ONLY filters workloads and modes separately; naming none of
    one kind keeps all of that kind."""
    ws = cfg["only"] & {x.name for x in WORKLOADS}
    ms = cfg["only"] & {m.name for m in MODES}
    return (not ws or w.name in ws) and (not ms or mode.name in ms)


def main():
    cfg = env_setup()
    sys.stdout.reconfigure(line_buffering=True)   # rows show as they finish
    started = time.monotonic()
    all_cpus = os.sched_getaffinity(0)
    print(f"xstrace: {cfg['xstrace']} ({version(cfg['xstrace'])})")
    print(f"strace:  {cfg['strace']} ({version(cfg['strace'])})")
    print(f"{os.cpu_count()} CPUs, kernel {os.uname().release}; "
          f"{cfg['runs']} alternating runs per row, scale {cfg['scale']}; "
          f"pinned to CPU 0 (taskset -c 0) unless marked unpinned")
    for w in WORKLOADS:
        argv = w.argv(cfg["bin"], cfg["scale"])
        print(f"  {w.name:<8} {w.prog} {argv[1]}: {w.what}" + (" (-f)" if w.follow else ""))
    tmp = tempfile.mkdtemp(prefix="xstrace-bench-")
    # wl_open makes its files here too, so one rmtree cleans up after a crash
    os.environ["TMPDIR"] = tmp
    rows = []
    try:
        print_header(sys.stdout)
        plan = [(w, m, True) for w in WORKLOADS for m in MODES if wanted(cfg, w, m)]
        main_w, full = WORKLOADS[0], MODES[0]
        if wanted(cfg, main_w, full):
            plan.append((main_w, full, False))
        for w, mode, pinned in plan:
            pin({0} if pinned else all_cpus)
            row = measure_row(cfg, tmp, w, mode, pinned)
            rows.append(row)
            print_row(sys.stdout, row)
    finally:
        pin(all_cpus)
        shutil.rmtree(tmp, ignore_errors=True)
    print("\nsummary per mode (pinned rows):")
    for m in MODES:
        line = summarise_mode(m.name, rows, WORKLOADS[0].name)
        if line:
            print(line)
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")
    failed = [r for r in rows for t in TOOLS
              if r["cells"][t].runs and not r["cells"][t].ok()]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
