#!/usr/bin/env python3
"""Score xstrace against the distro strace on the corpus commands.

For each command: run it under `strace -f -o` and `xstrace -f -o` in fresh
work directories at the same path, normalise both traces (tests/normalise.py
--per-pid: pids, addresses, random bytes; a call cut by another process is
glued back), and count the lines identical in both (a diff's matching
blocks, per process). Prints the score per command and the differing lines;
exits 1 if the overall share of identical lines is below --min."""

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NORMALISE = os.path.join(HERE, '..', 'normalise.py')


def commands():
    with open(os.path.join(HERE, 'commands.sh')) as f:
        return [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]


def run_traced(tracer, cmd, work, out):
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    subprocess.run(['sh', os.path.join(HERE, 'setup.sh')], cwd=work, check=True)
    env = dict(os.environ, PYTHONHASHSEED='0', LC_ALL='C', TZ='UTC',
               GIT_AUTHOR_DATE='2026-01-01T00:00:00Z', GIT_COMMITTER_DATE='2026-01-01T00:00:00Z',
               GIT_AUTHOR_NAME='t', GIT_AUTHOR_EMAIL='t@t', GIT_COMMITTER_NAME='t',
               GIT_COMMITTER_EMAIL='t@t', HOME=work, GIT_CONFIG_NOSYSTEM='1')
    subprocess.run([tracer, '-f', '-o', out, 'sh', '-c', cmd], cwd=work, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out, 'rb') as f:
        raw = f.read()
    norm = subprocess.run([sys.executable, NORMALISE, '--per-pid'], input=raw,
                          capture_output=True, check=True).stdout.decode('utf-8', 'replace')
    return norm.splitlines()


def by_pid(lines):
    groups = {}
    for l in lines:
        pid = l.split(' ', 1)[0] if l.startswith('P') else ''
        groups.setdefault(pid, []).append(l)
    return groups


def score(a, b):
    """(identical lines, total lines, differing pairs)"""
    ga, gb = by_pid(a), by_pid(b)
    same, total, diffs = 0, 0, []
    for pid in sorted(set(ga) | set(gb)):
        la, lb = ga.get(pid, []), gb.get(pid, [])
        sm = difflib.SequenceMatcher(None, la, lb, autojunk=False)
        m = sum(bl.size for bl in sm.get_matching_blocks())
        same += m
        total += max(len(la), len(lb))
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != 'equal':
                diffs.append((la[i1:i2], lb[j1:j2]))
    return same, total, diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--strace', default='/usr/bin/strace')
    ap.add_argument('--xstrace', required=True)
    ap.add_argument('--min', type=float, default=99.0, help='minimum %% of identical lines')
    ap.add_argument('--show', type=int, default=40, help='differing lines to show')
    args = ap.parse_args()
    if not (os.path.exists(args.strace) and os.access(args.strace, os.X_OK)):
        print('no distro strace: skipped')
        return 77
    base = tempfile.mkdtemp(prefix='xstrace-corpus-')
    work = os.path.join(base, 'w')
    all_same = all_total = 0
    shown = 0
    try:
        for cmd in commands():
            a = run_traced(args.strace, cmd, work, os.path.join(base, 's.out'))
            b = run_traced(args.xstrace, cmd, work, os.path.join(base, 'x.out'))
            same, total, diffs = score(a, b)
            all_same += same
            all_total += total
            print('%6.2f%%  %5d lines  %s' % (100.0 * same / max(total, 1), total, cmd))
            for sa, sb in diffs:
                if shown >= args.show:
                    break
                for l in sa[:3]:
                    print('    strace:  ' + l[:200])
                for l in sb[:3]:
                    print('    xstrace: ' + l[:200])
                shown += 1
    finally:
        shutil.rmtree(base, ignore_errors=True)
    pct = 100.0 * all_same / max(all_total, 1)
    print('corpus: %.2f%% of %d lines identical (minimum %.2f%%)' % (pct, all_total, args.min))
    return 0 if pct >= args.min else 1


if __name__ == '__main__':
    sys.exit(main())
