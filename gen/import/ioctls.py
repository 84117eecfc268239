#!/usr/bin/env python3
"""Refresh tables/ioctls.tbl: ioctl request names and their numbers per ABI.

Maintainer tool; the build never runs it.  It scans the uapi headers each
ABI's (cross) compiler sees (linux/, asm/, asm-generic/, drm/, misc/, mtd/,
rdma/, scsi/, sound/, video/, xen/) for macros whose definition uses the
_IO/_IOR/_IOW/_IOWR/_IOC family (and the plain-number ones of
asm*/ioctls.h and sockios.h), then, as abi_const.py does, compiles one
probe per header to assembly with that ABI's compiler and reads the
values back; nothing is run.  Sizes of the argument types differ between
ABIs, so the numbers do too, which is why each ABI gets its own column.

Only names strace 6.1 prints are kept (strace names a code only when its
ioctl table has it; a name it does not know would make our line differ
from its _IOC() form): the list is read from the strace binary given with
--strace (the words of its string table).

Usage:
  gen/import/ioctls.py [--strace /usr/bin/strace] [--abi ABI] [-j N]
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

IDENT = re.compile(r'^[A-Z][A-Z0-9_]*$')

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from abi_const import ABIS, EMIT_MACRO, LINE  # noqa: E402

TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(TOP, 'tables', 'ioctls.tbl')
DIRS = ('linux', 'asm', 'asm-generic', 'drm', 'misc', 'mtd', 'rdma', 'scsi',
        'sound', 'video', 'xen')
PLAIN_NUMBER_HEADERS = ('asm/ioctls.h', 'asm-generic/ioctls.h',
                        'linux/sockios.h', 'asm/sockios.h',
                        'asm-generic/sockios.h')
DEFINE = re.compile(r'^[ \t]*#[ \t]*define[ \t]+([A-Z][A-Z0-9_]*)[ \t]+'
                    r'((?:[^\n]*\\\n)*[^\n]*)', re.M)
# enumerators with an ioctl number (binder's BC_*, BR_*)
ENUM_IOCTL = re.compile(r'^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*=[ \t]*_IO(?:R|W|WR|C)?\b', re.M)
IO_MACRO = re.compile(r'_S?IO(R|W|WR|C)?\b|_IO')
HEX = r'\s*\(?\s*0x[0-9a-fA-F]+'
HEX4 = r'\s*\(?\s*0x[0-9a-fA-F]{4,}\b'
# what a probe includes first, so that headers written for the kernel's
# own types and for <sys/socket.h> users compile on their own
PRELUDE = '''\
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/time.h>
#include <sys/socket.h>
#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/posix_types.h>
#include <linux/major.h>
#include <asm/termbits.h>
#include <linux/serial.h>
'''
# the same for the headers that bring their own struct timeval
MINIMAL_PRELUDE = '''\
#include <stddef.h>
#include <stdint.h>
#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/major.h>
#include <asm/termbits.h>
#include <linux/serial.h>
typedef uint16_t domid_t;
typedef uint32_t grant_ref_t;
'''


def include_roots(cc):
    """The directories cc searches for <...> headers."""
    r = subprocess.run([cc, '-E', '-v', '-x', 'c', '/dev/null'],
                       capture_output=True, text=True)
    roots, on = [], False
    for line in r.stderr.splitlines():
        if line.startswith('#include <...>'):
            on = True
        elif line.startswith('End of search list'):
            break
        elif on:
            roots.append(os.path.normpath(line.strip()))
    return roots


def candidates(roots):
    """{header ('linux/fs.h'): [names]} of the macros that look like
    ioctl numbers."""
    found = {}
    for d in DIRS:
        for root in roots:
            top = os.path.join(root, d)
            if not os.path.isdir(top):
                continue
            for dirpath, _, files in os.walk(top):
                for fn in files:
                    if not fn.endswith('.h'):
                        continue
                    path = os.path.join(dirpath, fn)
                    rel = os.path.relpath(path, root)
                    if rel in found:
                        continue
                    with open(path, encoding='utf-8', errors='replace') as f:
                        text = f.read()
                    plain = rel in PLAIN_NUMBER_HEADERS
                    names = [m.group(1) for m in DEFINE.finditer(text)
                             if IO_MACRO.search(m.group(2)) or
                             re.match(HEX4 if not plain else HEX, m.group(2))]
                    names += ['enum:' + m.group(1) for m in ENUM_IOCTL.finditer(text)]
                    if names:
                        found[rel] = sorted(set(names))
    return found


def probe(cc, macro, header, names):
    h, values = probe_with(PRELUDE, cc, macro, header, names)
    if not values:
        h, values = probe_with(MINIMAL_PRELUDE, cc, macro, header, names)
    return h, values


def probe_with(prelude, cc, macro, header, names):
    """{name: value} of the names that compile; a name whose definition
    does not compile here (a type the header leaves to its users) is
    dropped and the probe run again."""
    names = list(names)
    for _ in range(8):
        src = [prelude, '#include <%s>' % header, EMIT_MACRO,
               '#ifndef %s\n# error "wrong compiler"\n#endif' % macro,
               'void xs_probe(void);', 'void xs_probe(void)', '{']
        at = {}
        for n in names:
            at[len('\n'.join(src).split('\n')) + 1] = n
            if n.startswith('extra:'):
                e = n[6:]
                src.append('\n\tXS_EMIT("%s", (unsigned int) (%s));' % (e, EXTRA[e]))
            elif n.startswith('enum:'):
                e = n[5:]
                src.append('\n\tXS_EMIT("%s", (unsigned int) (%s));' % (e, e))
            else:
                src.append('#ifdef %s\n\tXS_EMIT("%s", (unsigned int) (%s));\n#endif' % (n, n, n))
        src.append('}')
        cmd = list(cc) + ['-std=gnu11', '-O0', '-w', '-S', '-o', '-', '-x', 'c', '-']
        r = subprocess.run(cmd, input='\n'.join(src) + '\n', capture_output=True, text=True)
        if r.returncode == 0:
            break
        bad = {at.get(int(m) - 1) for m in re.findall(r'<stdin>:(\d+):\d+: error', r.stderr)}
        bad.discard(None)
        if not bad:
            return header, None
        names = [n for n in names if n not in bad]
    else:
        return header, None
    values = {}
    for m in LINE.finditer(r.stdout):
        if m.group(2) == 'none':
            continue
        nums = [int(x.lstrip('$#')) for x in m.group(2).split()]
        values[m.group(1)] = nums[0] | nums[1] << 16
    return header, values


# Names strace 6.1 has for numbers that no header of Debian's
# linux-libc-dev defines (kernel-internal or out-of-tree headers); the
# oracle keeps only those strace really prints.
EXTRA = {
    'FBIOGET_CONTRAST': "_IOR('F', 0x01, int)",
    'IMADDTIMER': "_IOR('I', 0x40, int)",
    'IMDELTIMER': "_IOR('I', 0x41, int)",
    'IMGETVERSION': "_IOR('I', 0x42, int)",
    'IMGETCOUNT': "_IOR('I', 0x43, int)",
    'IMGETDEVINFO': "_IOR('I', 0x44, int)",
    'IMCTRLREQ': "_IOR('I', 0x45, int)",
    'IMCLEAR_L2': "_IOR('I', 0x46, int)",
    'IMSETDEVNAME': "_IOR('I', 0x47, struct { int id; char name[20]; })",
    'IMHOLD_L1': "_IOR('I', 0x48, int)",
    'I915_PERF_IOCTL_ENABLE': "_IO('i', 0x0)",
    'I915_PERF_IOCTL_DISABLE': "_IO('i', 0x1)",
    'I915_PERF_IOCTL_CONFIG': "_IO('i', 0x2)",
    'DRM_IOCTL_MODESET_CTL': "_IOW('d', 0x08, struct { unsigned a, b; })",
    'SAA6588_CMD_CLOSE': "_IOW('R', 2, int)",
    'SAA6588_CMD_READ': "_IOR('R', 3, int)",
    'SAA6588_CMD_POLL': "_IOR('R', 4, int)",
    'NCIUARTSETDRIVER': "_IOW('U', 0, char *)",
    'IOCTL_VMCI_SOCKETS_GET_LOCAL_CID': "_IO(7, 0xb9)",
    'IOCTL_XENBUS_BACKEND_EVTCHN': "_IOC(_IOC_NONE, 'B', 0, 0)",
    'IOCTL_XENBUS_BACKEND_SETUP': "_IOC(_IOC_NONE, 'B', 1, 0)",
}

ORACLE_ABIS = {'x86_64': 'gcc', 'i386': 'i686-linux-gnu-gcc'}
FOLLOWS = {'aarch64': 'x86_64', 'riscv64': 'x86_64', 'arm': 'i386'}


def strace_names(strace, cc, codes, tmp):
    """{code: set of names} that strace prints for each code, asked by
    tracing a program that makes ioctl(-1, code, 0) for each one."""
    src = os.path.join(tmp, 'p.c')
    exe = os.path.join(tmp, 'p')
    with open(src, 'w') as f:
        f.write('#include <unistd.h>\n#include <sys/syscall.h>\n'
                'static const unsigned codes[] = {%s};\n'
                'int main(void) { for (unsigned i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)'
                ' syscall(SYS_ioctl, -1, codes[i], 0); return 0; }\n'
                % ','.join('%#x' % c for c in codes))
    subprocess.run([cc, '-O0', '-static', '-o', exe, src], check=True)
    log = os.path.join(tmp, 'trace')
    subprocess.run([strace, '-e', 'trace=ioctl', '-e', 'signal=none', '-o', log, exe], check=True)
    out, i = {}, 0
    with open(log) as f:
        for line in f:
            if not line.startswith('ioctl(-1, '):
                continue
            m = re.match(r'ioctl\(-1, (.*?)(, |\) +=)', line)
            req = m.group(1) if m else ''
            out[codes[i]] = {w for w in req.split(' or ') if IDENT.match(w)}
            i += 1
    return out


def oracle_filter(table, strace):
    """Keeps, for the ABIs strace can trace here, only the names strace
    prints for their codes.  The other ABIs follow the verdict of the one
    with their word size (strace's tables of a 32-bit ABI leave out some
    names that its 64-bit ones have: FS_IOC_GETFLAGS is FS_IOC32_GETFLAGS
    there); a name that ABI does not have is kept as the string table has it."""
    import tempfile
    verdict = {}     # (oracle abi, name) -> kept
    with tempfile.TemporaryDirectory() as tmp:
        for abi, cc in ORACLE_ABIS.items():
            codes = sorted({v[abi] for v in table.values() if abi in v})
            names = strace_names(strace, cc, codes, tmp)
            for name, vals in table.items():
                if abi in vals:
                    verdict[abi, name] = name in names.get(vals[abi], ())
    dropped = 0
    for name, vals in list(table.items()):
        for abi in list(vals):
            judge = abi if abi in ORACLE_ABIS else FOLLOWS[abi]
            if not verdict.get((judge, name), True):
                del vals[abi]
                dropped += 1
        if not vals:
            del table[name]
    sys.stderr.write('oracle: %d verdicts, %d numbers dropped\n' % (len(verdict), dropped))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--strace', default='/usr/bin/strace')
    ap.add_argument('--abi', action='append', default=[])
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('--no-oracle', action='store_true',
                    help='keep every name of the string table')
    args = ap.parse_args()

    words = set(re.findall(rb'[A-Z][A-Z0-9_]{2,}', open(args.strace, 'rb').read()))
    known = {w.decode() for w in words}
    abis = args.abi or list(ABIS)
    table = {}     # name -> {abi: code}
    import tempfile
    tmpdir = tempfile.mkdtemp()
    for abi in abis:
        cc, macro = ABIS[abi]
        # a directory this ABI's package lacks (the native linux-libc-dev
        # has no drm/) is borrowed whole from another ABI's tree: never asm/
        roots = include_roots(cc)
        borrow = os.path.join(tmpdir, abi)
        os.makedirs(borrow, exist_ok=True)
        for d in DIRS:
            if d == 'asm' or any(os.path.isdir(os.path.join(r, d)) for r in roots):
                continue
            for a in ABIS:
                src = [r for r in include_roots(ABIS[a][0]) if os.path.isdir(os.path.join(r, d))]
                if src:
                    os.symlink(os.path.join(src[0], d), os.path.join(borrow, d))
                    break
        cands = candidates(roots + [borrow])
        cc = [cc, '-idirafter' + borrow]
        jobs = {h: [n for n in ns if n.split(':')[-1] in known] for h, ns in cands.items()}
        jobs = {h: ns for h, ns in jobs.items() if ns}
        jobs['linux/ioctl.h'] = ['extra:' + n for n in sorted(EXTRA)]
        failed = []
        with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
            for header, values in ex.map(lambda h: probe(cc, macro, h, jobs[h]), sorted(jobs)):
                if values is None:
                    failed.append(header)
                    continue
                for n, v in values.items():
                    table.setdefault(n, {}).setdefault(abi, v)
        sys.stderr.write('%s: %d headers, %d did not compile: %s\n'
                         % (abi, len(jobs), len(failed), ' '.join(failed)))

    import shutil
    shutil.rmtree(tmpdir)
    if not args.no_oracle:
        oracle_filter(table, args.strace)

    cols = list(ABIS)
    lines = ['# ioctl request names and numbers per ABI, for the names strace 6.1',
             '# prints.  Written by gen/import/ioctls.py from the uapi headers of',
             '# each ABI (Debian linux-libc-dev and the -cross packages); do not',
             '# edit by hand.  "-": the ABI\'s headers do not define the name.',
             '# The "abis" line names the columns.',
             '',
             'abis  ' + '  '.join(cols)]
    for name in sorted(table):
        vals = table[name]
        lines.append('%-36s %s' % (name, ' '.join(
            '%#010x' % vals[a] if a in vals else '-' for a in cols)))
    with open(OUT, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
