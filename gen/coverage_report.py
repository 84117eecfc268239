#!/usr/bin/env python3
"""Which syscalls xstrace decodes how, per ABI.

  coverage_report.py --srcdir DIR [--list] [DECODER_SOURCES...]

For each ABI of tables/abis.def, every syscall of its table falls in one
of four classes:

  decoder   a hand-written decoder (its signature names @decoder and one
            of the DECODER_SOURCES defines it with DEFINE_DECODER)
  pending   the signature names a @decoder nobody has written yet: the
            generic printer prints its typed arguments meanwhile
  generic   printed by the generic printer from the typed signature
  raw       a placeholder signature (every argument argN:hex): printed
            the way strace prints a call it does not decode

Prints a table of counts per ABI, then (with --list) the syscalls of each
class, per ABI.  Without DECODER_SOURCES, src/decode/*.c of --srcdir.
"""

import argparse
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tables import TableError, main_wrapper  # noqa: E402
from gen_syscalls import decoders_defined, load, resolve  # noqa: E402

CLASSES = ('decoder', 'pending', 'generic', 'raw')


def classify(sig, have):
    if sig['decoder']:
        return 'decoder' if sig['decoder'] in have else 'pending'
    args = sig['args']
    if args and all(a['kind'] == 'hex' and re.match(r'^arg\d+$', a['name']) for a in args):
        return 'raw'
    return 'generic'


def report(srcdir, sources, listing, out):
    abis, tables, sigs = load(srcdir)
    by_abi = resolve(abis, tables, sigs)
    have = decoders_defined(sources)
    result = {}
    for a in abis:
        cls = {c: [] for c in CLASSES}
        for nr, sig in sorted(by_abi[a['name']].items()):
            cls[classify(sig, have)].append(tables[a['name']][nr])
        result[a['name']] = cls
    w = max(len(a['name']) for a in abis)
    out.write('%-*s  %7s  %7s  %7s  %7s  %7s\n' % ((w, 'ABI') + CLASSES + ('total',)))
    for a in abis:
        cls = result[a['name']]
        n = [len(cls[c]) for c in CLASSES]
        out.write('%-*s  %7d  %7d  %7d  %7d  %7d\n' % ((w, a['name']) + tuple(n) + (sum(n),)))
    if listing:
        for a in abis:
            for c in CLASSES:
                names = sorted(result[a['name']][c])
                out.write('\n%s %s (%d):\n' % (a['name'], c, len(names)))
                line = ' '
                for nm in names:
                    if len(line) + len(nm) + 1 > 78:
                        out.write(line + '\n')
                        line = ' '
                    line += ' ' + nm
                if line.strip():
                    out.write(line + '\n')
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--srcdir', default='.')
    ap.add_argument('--list', action='store_true', help='list the syscalls of each class')
    ap.add_argument('sources', nargs='*')
    args = ap.parse_args()
    sources = args.sources or sorted(glob.glob(os.path.join(args.srcdir, 'src', 'decode', '*.c')))
    if not sources:
        raise TableError('no decoder sources')
    report(args.srcdir, sources, args.list, sys.stdout)


if __name__ == '__main__':
    main_wrapper(main)
