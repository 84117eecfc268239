#!/usr/bin/env python3
"""Unit tests of the generators and of the tables they read."""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get('srcdir', os.path.dirname(HERE))
sys.path.insert(0, HERE)

import tables  # noqa: E402
import gen_syscalls  # noqa: E402
import gen_xlat  # noqa: E402


class Parsing(unittest.TestCase):
    def test_signature_line(self):
        s = tables.parse_signature(
            'openat (dirfd:dirfd, pathname:path, flags:flags(open_flags), mode:mode) = fd %desc %file @open')
        self.assertEqual(s['name'], 'openat')
        self.assertEqual([a['kind'] for a in s['args']], ['dirfd', 'path', 'flags', 'mode'])
        self.assertEqual(s['args'][2]['param'], 'open_flags')
        self.assertEqual(s['classes'], ['%desc', '%file'])
        self.assertEqual(s['decoder'], 'open')
        self.assertIsNone(s['abis'])

    def test_out_argument_and_override(self):
        s = tables.parse_signature('read[i386,arm] (fd:fd, buf:out:outbuf(2), count:size) = int %desc')
        self.assertEqual(s['abis'], ['i386', 'arm'])
        self.assertTrue(s['args'][1]['out'])
        self.assertFalse(s['args'][0]['out'])

    def test_bad_lines_are_errors(self):
        for bad in ['read (fd:nokind) = int', 'read (fd:fd) = nokind',
                    'read (fd:fd) = int %noclass', 'read fd:fd = int']:
            with self.assertRaises(tables.TableError, msg=bad):
                tables.parse_signature(bad)

    def test_duplicate_numbers_are_errors(self):
        with tempfile.NamedTemporaryFile('w', suffix='.tbl', delete=False) as f:
            f.write('0 read\n0 write\n')
        try:
            with self.assertRaises(tables.TableError):
                tables.read_syscall_table(f.name)
        finally:
            os.unlink(f.name)


class Tables(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.abis, cls.tables, cls.sigs = gen_syscalls.load(SRCDIR)

    def test_five_abis(self):
        self.assertEqual([a['name'] for a in self.abis], ['x86_64', 'i386', 'aarch64', 'arm', 'riscv64'])

    def test_every_name_has_a_signature(self):
        gen_syscalls.resolve(self.abis, self.tables, self.sigs)

    def test_known_numbers(self):
        # facts from the kernel's tables
        inv = {a: {n: nr for nr, n in t.items()} for a, t in self.tables.items()}
        self.assertEqual(inv['x86_64']['read'], 0)
        self.assertEqual(inv['x86_64']['openat'], 257)
        self.assertEqual(inv['i386']['openat'], 295)
        self.assertEqual(inv['i386']['socketcall'], 102)
        self.assertEqual(inv['aarch64']['openat'], 56)
        self.assertEqual(inv['riscv64']['openat'], 56)
        self.assertEqual(inv['arm']['openat'], 322)
        self.assertEqual(inv['arm']['set_tls'], 0xf0005)
        self.assertNotIn('open', inv['aarch64'])

    def test_table_sizes_are_complete(self):
        # every ABI has hundreds of calls, not a hand-picked subset
        for a, t in self.tables.items():
            self.assertGreater(len(t), 290, a)

    def test_signature_xlat_sets_exist(self):
        names = tables.read_xlat_names(SRCDIR)
        missing = set()
        for s in self.sigs:
            for a in s['args']:
                if a['kind'] in ('flags', 'enum') and a['param'] not in names:
                    missing.add(a['param'])
        self.assertEqual(missing, set())

    def test_class_membership(self):
        by = {s['name']: s for s in self.sigs if not s['abis']}
        self.assertIn('%file', by['openat']['classes'])
        self.assertIn('%desc', by['read']['classes'])
        self.assertIn('%process', by['execve']['classes'])
        self.assertIn('%pure', by['getpid']['classes'])
        self.assertIn('%%stat', by['newfstatat']['classes'])
        self.assertNotIn('%file', by['read']['classes'])


class Xlat(unittest.TestCase):
    def test_abi_values_differ_where_the_kernel_says(self):
        abis, consts, sets = gen_xlat.load(SRCDIR)
        open_flags = next(s for s in sets if s['name'] == 'open_flags')
        x86 = dict((n, v) for n, v, _ in gen_xlat.values_for(open_flags, 'x86_64', consts))
        arm = dict((n, v) for n, v, _ in gen_xlat.values_for(open_flags, 'arm', consts))
        self.assertEqual(x86['O_DIRECTORY'], 0o200000)
        self.assertEqual(arm['O_DIRECTORY'], 0o40000)

    def test_errno_messages(self):
        errno = tables.read_xlat(os.path.join(SRCDIR, 'tables', 'xlat', 'errno.def'))
        e = {n: (v, m) for n, v, m in errno['entries']}
        self.assertEqual(e['ENOENT'], ('2', 'No such file or directory'))
        self.assertEqual(e['ERESTARTSYS'][1], 'To be restarted if SA_RESTART is set')

    def test_generated_c_compiles(self):
        # the generators' output is valid C for the host compiler
        with tempfile.TemporaryDirectory() as d:
            gen = os.path.join(d, 'generated')
            os.makedirs(gen)
            for script, what, out in [('gen_abi.py', 'ids', 'abi_ids.h'),
                                      ('gen_xlat.py', 'ids', 'xlat_ids.h'),
                                      ('gen_xlat.py', 'table', 'xlat_tables.c')]:
                subprocess.check_call([sys.executable, os.path.join(HERE, script),
                                       '--srcdir', SRCDIR, what, os.path.join(gen, out)])
            cc = os.environ.get('CC', 'cc')
            subprocess.check_call([cc, '-std=gnu11', '-c', '-o', os.path.join(d, 'x.o'),
                                   '-I', d, '-I', os.path.join(SRCDIR, 'src'),
                                   os.path.join(gen, 'xlat_tables.c')])


if __name__ == '__main__':
    unittest.main(verbosity=2)
