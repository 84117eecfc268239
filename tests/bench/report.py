"""The table, one row per workload and mode, and a summary per mode."""
import math

from measure import median
from workloads import TARGETS

TOOLS = ("untraced", "floor", "strace", "xstrace")

# RSS first, so an n/a in the xstrace columns can run on to the line's end
HEADER = (f"{'workload':<8} {'mode (all: -o FILE)':<32} {'RSS:tracee':>10} {'strace':>6} "
          f"{'xstrace':>7} | {'untraced':>8} {'floor':>7} {'strace':>7} {'xstrace':>7} "
          f"{'x/strace':>8} {'x/floor':>7}")


class Cell:
    """One tool's runs in one row: a list of Run, or why there are none."""

    def __init__(self, why=None):
        self.runs = []
        self.why = why

    def ok(self):
        return not self.why and self.runs and all(r.status == 0 for r in self.runs)

    def seconds(self):
        return median([r.seconds for r in self.runs]) if self.ok() else None

    def rss(self):
        return max(r.maxrss_kb for r in self.runs) if self.ok() else None

    def text(self):
        if self.why:
            return self.why
        bad = [r.status for r in self.runs if r.status != 0]
        if bad:
            return f"FAIL(exit {bad[0]})"
        return f"{self.seconds():.3f}"


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(x, spec=".2f"):
    return "-" if x is None else format(x, spec)


def print_header(out):
    print("times: median wall seconds; RSS: peak kB (wait4 ru_maxrss: the tracer's, "
          "or its tracee's if larger)", file=out)
    print(HEADER, file=out)


def print_row(out, row):
    c = row["cells"]
    x = c["xstrace"]
    line = (f"{row['workload']:<8} {row['label']:<32} {fmt(c['untraced'].rss(), 'd'):>10} "
            f"{fmt(c['strace'].rss(), 'd'):>6} {fmt(x.rss(), 'd'):>7} | "
            f"{c['untraced'].text():>8} {c['floor'].text():>7} {c['strace'].text():>7} ")
    if x.why or not x.ok():
        line += x.text()
    else:
        xs = x.seconds()
        line += (f"{x.text():>7} {fmt(ratio(xs, c['strace'].seconds())):>8} "
                 f"{fmt(ratio(xs, c['floor'].seconds())):>7}")
    print(line, file=out, flush=True)


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def summarise_mode(mode, rows, main_workload):
    rows = [r for r in rows if r["mode"] == mode and r["pinned"]]
    if not rows:
        return None
    na = [r["cells"]["xstrace"].why for r in rows if r["cells"]["xstrace"].why]
    vs_strace = {r["workload"]: ratio(r["cells"]["xstrace"].seconds(),
                                      r["cells"]["strace"].seconds()) for r in rows}
    vs_floor = {r["workload"]: ratio(r["cells"]["xstrace"].seconds(),
                                     r["cells"]["floor"].seconds()) for r in rows}
    s_floor = [ratio(r["cells"]["strace"].seconds(), r["cells"]["floor"].seconds()) for r in rows]
    s_floor = [v for v in s_floor if v]
    head = f"{mode:<11} strace/floor {fmt(geomean(s_floor))}; "
    got = {w: v for w, v in vs_strace.items() if v}
    if not got:
        return head + (na[0] if na else "xstrace: no result")
    worst = max(got, key=got.get)
    slower = [w for w, v in got.items() if v > 1.0]
    fat = [r["workload"] for r in rows
           if (r["cells"]["xstrace"].rss() or 0) > (r["cells"]["strace"].rss() or 1 << 60)]
    line = (head + f"xstrace/strace {fmt(geomean(list(got.values())))} "
            f"(worst {got[worst]:.2f} {worst}), xstrace/floor "
            f"{fmt(geomean([v for v in vs_floor.values() if v]))}; "
            f"slower than strace: {', '.join(slower) or 'none'}; "
            f"RSS above strace: {', '.join(fat) or 'none'}")
    if mode in TARGETS:
        max_s, max_f = TARGETS[mode]
        checks = [("x/strace", vs_strace.get(main_workload), max_s),
                  ("x/floor", vs_floor.get(main_workload), max_f)]
        verdicts = [f"{n} {fmt(v)} {'<=' if v <= lim else '>'} {lim:.2f}"
                    for n, v, lim in checks if lim is not None and v is not None]
        if verdicts:
            ok = all("<=" in v for v in verdicts)
            line += f"; target on {main_workload}: {', '.join(verdicts)} {'met' if ok else 'MISSED'}"
    return line
