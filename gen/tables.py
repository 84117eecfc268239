"""Readers for the line formats of tables/ (see tables/README.md).

Every generator imports this module; nothing here writes files."""

import os
import re
import sys

ARG_KINDS = {
    'int': 'K_INT', 'uint': 'K_UINT', 'long': 'K_LONG', 'ulong': 'K_ULONG',
    'size': 'K_SIZE', 'off': 'K_OFF', 'off64': 'K_OFF64', 'hex': 'K_HEX',
    'ptr': 'K_PTR', 'fd': 'K_FD', 'dirfd': 'K_DIRFD', 'path': 'K_PATH',
    'str': 'K_STR', 'inbuf': 'K_INBUF', 'outbuf': 'K_OUTBUF', 'mode': 'K_MODE',
    'flags': 'K_FLAGS', 'enum': 'K_ENUM', 'signo': 'K_SIGNO', 'pid': 'K_PID',
    'uid': 'K_UID', 'gid': 'K_GID', 'struct': 'K_STRUCT',
    'strarray': 'K_STRARRAY',
}
RET_KINDS = {'int': 'R_INT', 'fd': 'R_FD', 'hex': 'R_HEX', 'oct': 'R_OCT',
             'none': 'R_NONE', 'pid': 'R_PID'}
CLASSES = {
    '%file': 'TC_FILE', '%desc': 'TC_DESC', '%network': 'TC_NETWORK',
    '%process': 'TC_PROCESS', '%signal': 'TC_SIGNAL', '%ipc': 'TC_IPC',
    '%memory': 'TC_MEMORY', '%creds': 'TC_CREDS', '%clock': 'TC_CLOCK',
    '%stat': 'TC_STAT', '%lstat': 'TC_LSTAT', '%fstat': 'TC_FSTAT',
    '%%stat': 'TC_STAT_LIKE', '%statfs': 'TC_STATFS',
    '%fstatfs': 'TC_FSTATFS', '%%statfs': 'TC_STATFS_LIKE', '%pure': 'TC_PURE',
    '%maps': 'TC_MAPS',
}


class TableError(Exception):
    pass


def data_lines(path):
    """(lineno, fields) of each non-comment line."""
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line.startswith('#'):
                continue
            line = re.split(r'\s#', line, 1)[0].strip()
            if line:
                yield n, line


def read_abis(srcdir):
    abis = []
    for n, line in data_lines(os.path.join(srcdir, 'tables', 'abis.def')):
        f = line.split()
        if len(f) != 5:
            raise TableError('abis.def:%d: expected 5 fields' % n)
        abis.append({'name': f[0], 'audit_arch': int(f[1], 0),
                     'wordsize': int(f[2]), 'pair_align': int(f[3]),
                     'mode': int(f[4])})
    return abis


def read_syscall_table(path):
    """{nr: name} of one ABI; duplicate numbers or names are errors."""
    by_nr, seen = {}, set()
    for n, line in data_lines(path):
        f = line.split()
        if len(f) != 2:
            raise TableError('%s:%d: expected "nr name"' % (path, n))
        nr = int(f[0], 0)
        if nr in by_nr:
            raise TableError('%s:%d: number %d given twice' % (path, n, nr))
        if f[1] in seen:
            raise TableError('%s:%d: name %s given twice' % (path, n, f[1]))
        by_nr[nr] = f[1]
        seen.add(f[1])
    return by_nr


SIG_HEAD_RE = re.compile(r'^(?P<name>\w+)(?:\[(?P<abis>[\w,]+)\])?\s*\(')
SIG_TAIL_RE = re.compile(r'^\s*=\s*(?P<ret>\w+)(?P<rest>.*)$')


def split_signature(line):
    """(head match, argument text, tail match) or None: the argument list
    ends at the parenthesis that balances the opening one."""
    head = SIG_HEAD_RE.match(line)
    if not head:
        return None
    depth, i = 1, head.end()
    while i < len(line) and depth:
        depth += {'(': 1, ')': -1}.get(line[i], 0)
        i += 1
    if depth:
        return None
    tail = SIG_TAIL_RE.match(line[i:])
    if not tail:
        return None
    return head, line[head.end():i - 1], tail
ARG_RE = re.compile(r'^(?P<name>\w+)\s*:\s*(?P<out>out:)?\s*(?P<kind>\w+)'
                    r'(?:\((?P<param>[\w]+)\))?$')


def parse_signature(line, where='signatures.def'):
    parts = split_signature(line)
    if not parts:
        raise TableError('%s: cannot parse: %s' % (where, line))
    head, text, tail = parts
    args = []
    text = text.strip()
    for a in ([x.strip() for x in text.split(',')] if text else []):
        am = ARG_RE.match(a)
        if not am:
            raise TableError('%s: bad argument %r' % (where, a))
        kind = am.group('kind')
        if kind not in ARG_KINDS:
            raise TableError('%s: unknown kind %r' % (where, kind))
        args.append({'name': am.group('name'), 'kind': kind,
                     'out': bool(am.group('out')), 'param': am.group('param')})
    ret = tail.group('ret')
    if ret not in RET_KINDS:
        raise TableError('%s: unknown return kind %r' % (where, ret))
    classes, decoder = [], None
    for tok in tail.group('rest').split():
        if tok.startswith('%'):
            if tok not in CLASSES:
                raise TableError('%s: unknown class %r' % (where, tok))
            classes.append(tok)
        elif tok.startswith('@'):
            decoder = tok[1:]
        else:
            raise TableError('%s: unexpected %r' % (where, tok))
    abis = head.group('abis').split(',') if head.group('abis') else None
    return {'name': head.group('name'), 'abis': abis, 'args': args, 'ret': ret,
            'classes': classes, 'decoder': decoder}


def read_signatures(path):
    """[signature dict], in file order; overrides carry their 'abis'."""
    sigs = []
    for n, line in data_lines(path):
        sigs.append(parse_signature(line, '%s:%d' % (os.path.basename(path), n)))
    return sigs


def read_xlat(path):
    """{'name', 'kind': flags|enum, 'unknown': text or None,
    'entries': [(name, value, msg)]}"""
    name = os.path.splitext(os.path.basename(path))[0]
    kind, entries, unknown = None, [], None
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith('#'):
                m = re.match(r'#\s*(\w+)\s*:\s*(flags|enum)\b', line)
                if m and kind is None:
                    kind = m.group(2)
                u = re.match(r'#\s*unknown:\s*(\S+)\s*$', line)
                if u:
                    unknown = None if u.group(1) == 'none' else u.group(1)
                continue
            line = line.split(' #', 1)[0].split('\t#', 1)[0].strip()
            m = re.match(r'^([\w|]+)\s+(\S+)(?:\s+"(.*)")?$', line)
            if not m:
                raise TableError('%s:%d: expected NAME VALUE ["message"]' % (path, n))
            entries.append((m.group(1), m.group(2), m.group(3)))
    if kind is None:
        raise TableError('%s: first comment must say "# %s: flags" or "enum"' % (path, name))
    return {'name': name, 'kind': kind, 'entries': entries, 'unknown': unknown}


def read_abi_consts(path):
    """NAME -> value from <abi>.const (probed from the headers) and the
    hand-written <abi>.frame beside it (signal frame facts no uapi header
    declares)."""
    consts = {}
    frame = os.path.splitext(path)[0] + '.frame'
    for n, line in (l for p in (path, frame) if os.path.exists(p) for l in data_lines(p)):
        f = line.split()
        if len(f) != 2:
            raise TableError('%s:%d: expected NAME VALUE' % (path, n))
        # `none`: the ABI has no such constant (its xlat entry is dropped)
        consts[f[0]] = None if f[1] == 'none' else int(f[1], 0)
    return consts


def c_ident(s):
    return re.sub(r'[^A-Za-z0-9_]', '_', s)


def write_output(path, text):
    """Write atomically so that make never sees half a file."""
    tmp = path + '.tmp'
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, path)


def main_wrapper(fn):
    try:
        fn()
    except TableError as e:
        sys.stderr.write('%s: %s\n' % (os.path.basename(sys.argv[0]), e))
        sys.exit(1)


def xlat_files(srcdir):
    d = os.path.join(srcdir, 'tables', 'xlat')
    if not os.path.isdir(d):
        return []
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.def'))


def read_xlat_names(srcdir):
    return {os.path.splitext(os.path.basename(p))[0] for p in xlat_files(srcdir)}
