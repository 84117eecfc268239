#!/usr/bin/env python3
"""Consistency checks for tables/xlat/*.def and tables/abi/*.const.

Run from anywhere: python3 gen/test_xlat.py (or python3 -m unittest).

What is checked:
- every xlat file parses: the first line is "# SET: flags|enum ..." with SET
  the file's name, every entry is "NAME VALUE", VALUE a C integer literal
  or `abi`, and only errno.def carries a quoted message as third field;
- no name appears twice in a set;
- every `abi` value is defined in every abi/*.const (as a number, or as
  `none` when that ABI lacks the name), and every constant in the .const
  files is used as `abi` by some set (so the two stay in step: rerun
  gen/import/abi_const.py after changing which entries are `abi`);
- a flags set has no entry whose value is 0 on some ABI unless the file
  documents it with a comment line "# zero: NAME ..." (PROT_NONE, F_OK,
  MAP_FILE, AT_STATX_SYNC_AS_STAT are printed for 0);
- every .const file parses and carries the keys every ABI must have.
"""

import os
import re
import unittest

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
XLAT_DIR = os.path.join(TOP, 'tables', 'xlat')
ABI_DIR = os.path.join(TOP, 'tables', 'abi')
ABIS = ('x86_64', 'i386', 'aarch64', 'arm', 'riscv64')

HEADER = re.compile(r'^# ([a-z0-9_]+): (flags|enum)(\s.*)?$')
# a name is an identifier; futex_ops has a few "A|B" names printed as is
NAME = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*(\|[A-Za-z_][A-Za-z0-9_]*)*$')
INT = re.compile(r'^-?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]*$')
MESSAGE = re.compile(r'^"[^"\\]+"$')
ZERO_NOTE = re.compile(r'^#\s*zero:\s*(.*)$')
LAYOUT_PREFIXES = ('sizeof.', 'offsetof.', 'has.')
REQUIRED_KEYS = ('sizeof.long', 'sizeof.pointer', 'sizeof.stat',
                 'has.stat64', 'has.SA_RESTORER')


def c_int(text):
    """Value of a C integer literal (optionally negative)."""
    text = text.rstrip('uUlL')
    neg = text.startswith('-')
    if neg:
        text = text[1:]
    if text.lower().startswith('0x'):
        v = int(text, 16)
    elif text.startswith('0') and len(text) > 1:
        v = int(text, 8)
    else:
        v = int(text)
    return -v if neg else v


class XlatSet:
    def __init__(self, path):
        self.path = path
        self.file = os.path.basename(path)
        self.name = self.file[:-len('.def')]
        self.kind = None
        self.entries = []       # (name, value text, message or None, line no)
        self.zero_ok = set()
        self.errors = []
        self._parse()

    def _err(self, lineno, msg):
        self.errors.append('%s:%d: %s' % (self.file, lineno, msg))

    def _parse(self):
        with open(self.path) as f:
            lines = f.read().split('\n')
        m = HEADER.match(lines[0]) if lines else None
        if not m:
            self._err(1, 'first line must be "# SET: flags|enum ..."')
        else:
            if m.group(1) != self.name:
                self._err(1, 'header names set %r, file is %r' % (m.group(1), self.name))
            self.kind = m.group(2)
        for no, line in enumerate(lines, 1):
            stripped = line.strip()
            z = ZERO_NOTE.match(stripped)
            if z:
                self.zero_ok.update(re.findall(r'[A-Za-z_][A-Za-z0-9_]*', z.group(1)))
            if not stripped or stripped.startswith('#'):
                continue
            if self.name == 'errno':
                m = re.match(r'^(\S+)\s+(\S+)\s+("[^"]*")\s*$', stripped)
                if not m:
                    self._err(no, 'errno entries are NAME VALUE "message"')
                    continue
                name, value, msg = m.groups()
                if not MESSAGE.match(msg):
                    self._err(no, 'bad message %s' % msg)
            else:
                fields = stripped.split('#', 1)[0].split()
                if len(fields) != 2:
                    self._err(no, 'expected NAME VALUE, got %r' % stripped)
                    continue
                (name, value), msg = fields, None
            if not NAME.match(name):
                self._err(no, 'bad name %r' % name)
            if value != 'abi' and not INT.match(value):
                self._err(no, 'bad value %r' % value)
            self.entries.append((name, value, msg, no))


def load_sets():
    return [XlatSet(os.path.join(XLAT_DIR, fn))
            for fn in sorted(os.listdir(XLAT_DIR)) if fn.endswith('.def')]


def load_const(abi):
    values, errors = {}, []
    path = os.path.join(ABI_DIR, abi + '.const')
    with open(path) as f:
        for no, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) != 2:
                errors.append('%s.const:%d: expected NAME VALUE' % (abi, no))
                continue
            name, value = fields
            if name in values:
                errors.append('%s.const:%d: %s defined twice' % (abi, no, name))
            if value == 'none':
                if name.startswith(LAYOUT_PREFIXES):
                    errors.append('%s.const:%d: layout value cannot be none' % (abi, no))
                values[name] = None
            elif INT.match(value):
                values[name] = c_int(value)
            else:
                errors.append('%s.const:%d: bad value %r' % (abi, no, value))
    return values, errors


class TestXlat(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sets = load_sets()
        cls.consts = {}
        cls.const_errors = []
        for abi in ABIS:
            values, errors = load_const(abi)
            cls.consts[abi] = values
            cls.const_errors += errors

    def test_there_are_sets(self):
        self.assertTrue(self.sets, 'no tables/xlat/*.def found')

    def test_files_parse(self):
        errors = [e for s in self.sets for e in s.errors]
        self.assertEqual(errors, [])

    def test_no_duplicate_names(self):
        dups = []
        for s in self.sets:
            seen = {}
            for name, _, _, no in s.entries:
                if name in seen:
                    dups.append('%s:%d: %s already on line %d'
                                % (s.file, no, name, seen[name]))
                seen.setdefault(name, no)
        self.assertEqual(dups, [])

    def test_sets_not_empty(self):
        self.assertEqual([s.file for s in self.sets if not s.entries], [])

    def test_const_files_parse(self):
        self.assertEqual(self.const_errors, [])

    def test_const_required_keys(self):
        missing = ['%s: %s' % (abi, k) for abi in ABIS for k in REQUIRED_KEYS
                   if k not in self.consts[abi]]
        self.assertEqual(missing, [])

    def test_same_constants_on_every_abi(self):
        # constants and has.* flags: every ABI answers for each of them
        keyset = {abi: {k for k in v if not k.startswith(('sizeof.', 'offsetof.'))}
                  for abi, v in self.consts.items()}
        union = set().union(*keyset.values())
        missing = sorted('%s: %s' % (abi, k) for abi in ABIS
                         for k in union - keyset[abi])
        self.assertEqual(missing, [])

    def test_abi_values_resolve(self):
        missing = []
        for s in self.sets:
            for name, value, _, no in s.entries:
                if value != 'abi':
                    continue
                for abi in ABIS:
                    if name not in self.consts[abi]:
                        missing.append('%s:%d: %s not in %s.const'
                                       % (s.file, no, name, abi))
        self.assertEqual(missing, [])

    def test_abi_constants_are_used(self):
        used = {name for s in self.sets for name, value, _, _ in s.entries
                if value == 'abi'}
        stale = sorted('%s: %s' % (abi, k) for abi in ABIS for k in self.consts[abi]
                       if not k.startswith(LAYOUT_PREFIXES) and k not in used)
        self.assertEqual(stale, [])

    def test_flags_have_no_undocumented_zero(self):
        bad = []
        for s in self.sets:
            if s.kind != 'flags':
                continue
            for name, value, _, no in s.entries:
                if value == 'abi':
                    zero = [abi for abi in ABIS if self.consts[abi].get(name) == 0]
                else:
                    zero = ['all'] if c_int(value) == 0 else []
                if zero and name not in s.zero_ok:
                    bad.append('%s:%d: %s is 0 (%s) without a "# zero: %s" note'
                               % (s.file, no, name, ','.join(zero), name))
        self.assertEqual(bad, [])

    def test_zero_notes_name_zero_entries(self):
        # a "# zero:" note must not excuse an entry that is not zero
        bad = []
        for s in self.sets:
            values = {n: v for n, v, _, _ in s.entries}
            for name in s.zero_ok & set(values):
                v = values[name]
                if v != 'abi' and c_int(v) != 0:
                    bad.append('%s: %s is documented as zero but is %s'
                               % (s.file, name, v))
        self.assertEqual(bad, [])

    def test_values_fit_64_bits(self):
        bad = []
        for s in self.sets:
            for name, value, _, no in s.entries:
                if value != 'abi' and not -(1 << 63) <= c_int(value) < (1 << 64):
                    bad.append('%s:%d: %s' % (s.file, no, name))
        self.assertEqual(bad, [])


if __name__ == '__main__':
    unittest.main()
