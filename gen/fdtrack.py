"""tables/fdtrack.def -> per-signature fd facts (see that file).

fd_facts(srcdir, sigs) returns {id(signature): (effect, match)} where
effect is a C enumerator (FX_*) and match a C expression for the 16-bit
-P/--trace-fds argument spec (PT_* in src/sysent.h)."""

import os
import re

from tables import TableError, data_lines

EFFECTS = {'-': 'FX_NONE', 'close': 'FX_CLOSE', 'all': 'FX_ALL',
           'cwd': 'FX_CWD', 'sock': 'FX_SOCK', 'names': 'FX_NAMES'}
SPECIALS = {'@poll': 'PT_POLL', '@select': 'PT_SELECT',
            '@oldselect': 'PT_OLDSELECT', '@old_mmap': 'PT_OLD_MMAP',
            '@fanotify_mark': 'PT_FANOTIFY_MARK', '@fsconfig': 'PT_FSCONFIG'}
HEAD_RE = re.compile(r'^(?P<name>\w+)(?:\[(?P<abis>[\w,]+)\])?$')


def read_fdtrack(path):
    """{(name, abis-tuple-or-None): (effect, match)}"""
    out = {}
    for n, line in data_lines(path):
        f = line.split()
        where = '%s:%d' % (os.path.basename(path), n)
        if len(f) != 3:
            raise TableError('%s: expected NAME EFFECT MATCH' % where)
        m = HEAD_RE.match(f[0])
        if not m:
            raise TableError('%s: bad name %r' % (where, f[0]))
        if f[1] not in EFFECTS:
            raise TableError('%s: unknown effect %r' % (where, f[1]))
        key = (m.group('name'), tuple(m.group('abis').split(',')) if m.group('abis') else None)
        if key in out:
            raise TableError('%s: %s given twice' % (where, f[0]))
        out[key] = (f[1], f[2], where)
    return out


def match_expr(match, sig, where):
    classes = set(sig['classes'])
    if match == '-':
        if not classes & {'%file', '%desc', '%network'}:
            return '0'
        return 'PT_ARG(0, PT_PATH)' if '%file' in classes else 'PT_ARG(0, PT_FD)'
    if match == 'none':
        return '0'
    if match in SPECIALS:
        return 'PT_SPECIAL(%s)' % SPECIALS[match]
    parts = []
    for tok in match.split(','):
        m = re.match(r'^(fd|path)([0-5])$', tok)
        if not m:
            raise TableError('%s: bad match %r' % (where, tok))
        if int(m.group(2)) >= len(sig['args']):
            raise TableError('%s: %s has no argument %s' % (where, sig['name'], m.group(2)))
        parts.append('PT_ARG(%s, %s)' % (m.group(2), 'PT_FD' if m.group(1) == 'fd' else 'PT_PATH'))
    return ' | '.join(parts)


def fd_facts(srcdir, sigs):
    table = read_fdtrack(os.path.join(srcdir, 'tables', 'fdtrack.def'))
    heads = {(s['name'], tuple(s['abis']) if s['abis'] else None): s for s in sigs}
    for key, (_, _, where) in table.items():
        if key not in heads:
            raise TableError('%s: no signature line %s' % (where, key[0]))
    facts = {}
    for key, s in heads.items():
        effect, match, where = table.get(key, ('-', '-', 'signatures.def'))
        facts[id(s)] = (EFFECTS[effect], match_expr(match, s, where))
    return facts
