#!/usr/bin/env python3
"""Normalise a trace so that two runs of the same command compare equal:
pids become P1, P2... in order of first appearance, addresses 0xADDR,
random bytes RANDOM. With --per-pid, a call cut by another tracee's line
("<unfinished ...>" + "<... resumed>") is glued back into one line and the
lines are grouped by pid, so that the kernel's scheduling order between
processes does not matter; each process's own order is kept."""

import re
import sys

PREFIX = re.compile(r'^(?:\[pid +(\d+)\] |(\d+) +)')


def main():
    per_pid = '--per-pid' in sys.argv
    lines = sys.stdin.read().splitlines()
    # Processes are named by their place in the process tree: P1 is the
    # first, P1.2 its second child. The kernel orders lines of different
    # processes freely, but each parent's own forks come in its own order.
    parent_of, children, order = {}, {}, []
    for line in lines:
        m = PREFIX.match(line)
        pid = (m.group(1) or m.group(2)) if m else ''
        if pid and pid not in order:
            order.append(pid)
        rest = line[m.end():] if m else line
        if re.search(r'\b(?:clone|clone3|fork|vfork)\(', rest) or re.search(r'<\.\.\. (?:clone|clone3|fork|vfork) resumed>', rest):
            r = re.search(r'\) += (\d+)$', rest)
            if r and r.group(1) not in parent_of:
                parent_of[r.group(1)] = pid
                children.setdefault(pid, []).append(r.group(1))
    label = {}
    def name_tree(pid, name):
        label[pid] = name
        for i, c in enumerate(children.get(pid, []), 1):
            name_tree(c, '%s.%d' % (name, i))
    roots = [p for p in order if p not in parent_of]
    for i, r in enumerate(roots or ([order[0]] if order else [])):
        name_tree(r, 'P%d' % (i + 1))
    # any other number standing where a pid stands, in order of appearance
    pid_context = re.compile(r'(?:set_tid_address|getpid|gettid|clone|fork|vfork|clone3)\(.*\) += (\d+)$'
                             r'|si_pid=(\d+)|\b(?:kill|tkill|tgkill|wait4)\((\d+)')
    extra = 0
    for line in lines:
        for m in pid_context.finditer(line):
            pid = next(g for g in m.groups() if g)
            if pid not in label:
                extra += 1
                label[pid] = 'Q%d' % extra
    out = []
    for line in lines:
        m = PREFIX.match(line)
        pid = (m.group(1) or m.group(2)) if m else ''
        rest = line[m.end():] if m else line
        # -t/-tt/-ttt/-r prefixes and -T suffixes: the shape stays, not the time
        rest = re.sub(r'^(?:\d\d:\d\d:\d\d(?:\.\d+)?|\d{9,}(?:\.\d+)?) ', 'TS ', rest)
        rest = re.sub(r'^(TS )?\(\+ *\d+(?:\.\d+)?\) ', r'\1(+REL) ', rest)
        rest = re.sub(r'^ *\d+(?:\.\d+)? (?=[a-z_<+-])', 'REL ', rest)
        rest = re.sub(r' <\d+(?:\.\d+)?>$', ' <T>', rest)
        # -n and -i columns: keep them aside while pids are relabelled
        col = re.match(r'^(?:TS |REL |\(\+REL\) )*(?:\[ *\d+\] )?(?:\[[0-9a-f?]{8,16}\] )?', rest)
        cols, rest = rest[:col.end()], rest[col.end():]
        cols = re.sub(r'\[[0-9a-f]{8,16}\]', '[IP]', cols)
        # pids only where a pid stands, so that a size that happens to
        # equal a pid is left alone
        relabel = lambda n: n.group(1) + label.get(n.group(2), n.group(2))
        rest = re.sub(r'(\[pid +|si_pid=|PID=|Process )(\d+)', relabel, rest)
        rest = re.sub(r'(\b(?:wait4|kill|tkill|tgkill)\()(\d+)', relabel, rest)
        rest = re.sub(r'^((?:<\.\.\. )?(?:set_tid_address|getpid|gettid|getppid|clone|clone3|fork|vfork|wait4)'
                      r'(?:\(| resumed>).*\) += )(\d+)$', relabel, rest)
        rest = re.sub(r'0x[0-9a-f]+', '0xADDR', rest)
        rest = cols + rest
        rest = re.sub(r'getrandom\("[^"]*"', 'getrandom("RANDOM"', rest)
        rest = re.sub(r'(si_uid)=\d+', r'\1=N', rest)
        # CPU times and values that depend on who ran when
        rest = re.sub(r'(si_utime|si_stime)=\d+( /\* [\d.]+ s \*/)?', r'\1=T', rest)
        rest = re.sub(r'^((?:getppid|rt_sigreturn)\(.*\) += )\d+$', r'\1N', rest)
        # system load and resource counters move between two runs
        rest = re.sub(r'^sysinfo\(\{.*\}\)', 'sysinfo({...})', rest)
        rest = re.sub(r'(ru_[us]time)=\{tv_sec=\d+, tv_usec=\d+\}', r'\1={T}', rest)
        rest = re.sub(r'(tms_[cu]?[us]time)=\d+( /\* [\d.]+ s \*/)?', r'\1=T', rest)
        out.append((label.get(pid, ''), rest))
    if per_pid:
        joined, pending = [], {}
        for pid, rest in out:
            if rest.endswith(' <unfinished ...>'):
                pending[pid] = (len(joined), rest[:-len(' <unfinished ...>')])
                joined.append(None)
                continue
            # after any -t/-r/-n/-i columns
            m = re.match(r'^(?:(?:TS|REL|\(\+REL\)|\[[^\]]*\]) )*<\.\.\. \w+ resumed>', rest)
            if m and pid in pending:
                idx, head = pending.pop(pid)
                joined[idx] = (pid, head + rest[m.end():])
                continue
            joined.append((pid, rest))
        joined += [(p, h + ' <unfinished ...>') for p, (i, h) in pending.items()]
        out = [x for x in joined if x]
        out.sort(key=lambda x: x[0])   # stable: each pid keeps its order
        out = [(p, re.sub(r'\) +=', ') =', r)) for p, r in out]
    for pid, rest in out:
        print(('%s ' % pid if pid else '') + rest)


if __name__ == '__main__':
    main()
