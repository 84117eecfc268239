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


# names that mkstemp-like calls make: a file created with O_CREAT|O_EXCL
# whose name ends in 6 letters or digits (then an optional .suffix)
EXCL_NAME = re.compile(r'"([^"]+)", [A-Z_|]*\bO_CREAT\|O_EXCL\b')
RANDOM_TAIL = re.compile(r'^(.*?)([A-Za-z0-9]{6})((?:\.[A-Za-z0-9]+)?)$')


def mask_values(out):
    """Values that differ between two runs of the same command, whoever
    traces it: random bytes and names, CPU times, system counters, the
    return of rt_sigreturn (the interrupted call's, whichever it was).
    Applied after a cut call is glued back, so both halves are seen."""
    names = {}
    for _, _, _, rest in out:
        for m in EXCL_NAME.finditer(rest):
            base = m.group(1).rsplit('/', 1)[-1]
            t = RANDOM_TAIL.match(base)
            if t:
                names[base] = t.group(1) + 'XXXXXX' + t.group(3)
    random_fds = {}     # pid -> fds open on /dev/urandom or /dev/random
    res = []
    for pid, raw, cols, rest in out:
        for base, masked in names.items():
            rest = rest.replace(base, masked)
        fds = random_fds.setdefault(raw, set())
        m = re.match(r'^open(?:at)?\((?:[^,]*, )?"/dev/u?random", .*\) = (\d+)$', rest)
        if m:
            fds.add(m.group(1))
        m = re.match(r'^close\((\d+)\)', rest)
        if m:
            fds.discard(m.group(1))
        m = re.match(r'^read\((\d+), "', rest)
        if m and m.group(1) in fds:
            rest = re.sub(r'^(read\(\d+, )"(?:[^"\\]|\\.)*"(\.\.\.)?', r'\1"RANDOM"', rest)
        rest = re.sub(r'getrandom\("(?:[^"\\]|\\.)*"(\.\.\.)?', 'getrandom("RANDOM"', rest)
        rest = re.sub(r'(si_uid)=\d+', r'\1=N', rest)
        # a traced program that writes its own trace text: the pids in it
        # change the length and the place where -s cuts the string
        if re.match(r'^write\(\d+[^,]*, "(?:[^"\\]|\\.)*\[pid +P', rest):
            rest = re.sub(r'^(write\([^,]*, )"(?:[^"\\]|\\.)*"(\.\.\.)?, \d+\) += \d+$',
                          r'\1"TRACE TEXT", LEN) = LEN', rest)
        # sockets: the ports the kernel picks (its ephemeral range), the
        # sequence numbers getaddrinfo takes from the clock
        rest = re.sub(r'(sin6?_port=htons\()(3[2-9]\d{3}|[4-6]\d{4})\)', r'\1PORT)', rest)
        rest = re.sub(r'\bnlmsg_seq=\d+', 'nlmsg_seq=N', rest)
        # interface counters (IFLA_STATS, IFLA_STATS64) move with traffic
        rest = re.sub(r'\b((?:rx|tx)_[a-z_]+|multicast|collisions)=\d+', r'\1=N', rest)
        # CPU times and values that depend on who ran when
        rest = re.sub(r'(si_utime|si_stime)=\d+( /\* [\d.]+ s \*/)?', r'\1=T', rest)
        rest = re.sub(r'^(getppid\(.*\) += )\d+$', r'\1N', rest)
        rest = re.sub(r'^(rt_sigreturn\(.*\) += ).*$', r'\1N', rest)
        # system load, free space and resource counters move between runs
        rest = re.sub(r'^sysinfo\(\{.*\}\)', 'sysinfo({...})', rest)
        rest = re.sub(r'\b(f_bfree|f_bavail|f_ffree)=\d+', r'\1=N', rest)
        rest = re.sub(r'(ru_[us]time)=\{tv_sec=\d+, tv_usec=\d+\}', r'\1={T}', rest)
        rest = re.sub(r'(tms_[cu]?[us]time)=\d+( /\* [\d.]+ s \*/)?', r'\1=T', rest)
        res.append((pid, cols, rest))
    return res


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
        relabelled = []

        def relabel(n):
            return n.group(1) + label.get(n.group(2), n.group(2))

        def relabel_arg(n):
            relabelled.append(n.group(2))
            return relabel(n)
        rest = re.sub(r'(\[pid +|si_pid=|PID=|Process |nl_pid=|nlmsg_pid=|\{pid=)(\d+)', relabel_arg, rest)
        rest = re.sub(r'(\b(?:wait4|kill|tkill|tgkill)\()(\d+)', relabel_arg, rest)
        rest = re.sub(r'^((?:<\.\.\. )?(?:set_tid_address|getpid|gettid|getppid|clone|clone3|fork|vfork|wait4)'
                      r'(?:\(| resumed>).*\) += )(\d+)$', relabel, rest)
        rest = re.sub(r'0x[0-9a-f]+', '0xADDR', rest)
        # a pid before the " = " moves the column strace pads to
        if relabelled:
            rest = re.sub(r'\) +=', ') =', rest)
        out.append((label.get(pid, ''), pid, cols, rest))
    if per_pid:
        joined, pending = [], {}
        for pid, raw, cols, rest in out:
            if rest.endswith(' <unfinished ...>'):
                pending[pid] = (len(joined), cols, rest[:-len(' <unfinished ...>')])
                joined.append(None)
                continue
            m = re.match(r'^<\.\.\. \w+ resumed>', rest)
            if m and pid in pending:
                idx, hcols, head = pending.pop(pid)
                joined[idx] = (pid, raw, hcols, head + rest[m.end():])
                continue
            joined.append((pid, raw, cols, rest))
        joined += [(p, r, c, h + ' <unfinished ...>') for p, (i, c, h) in pending.items()]
        out = [x for x in joined if x]
        out.sort(key=lambda x: x[0])   # stable: each pid keeps its order
        out = [(p, r, c, re.sub(r'\) +=', ') =', rest)) for p, r, c, rest in out]
    out = mask_values(out)
    for pid, cols, rest in out:
        print(('%s ' % pid if pid else '') + cols + rest)


if __name__ == '__main__':
    main()
