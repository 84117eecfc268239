#!/usr/bin/env python3
"""Unit tests of gen/fdtrack.py and of tables/fdtrack.def."""

import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get('srcdir', os.path.dirname(HERE))
sys.path.insert(0, HERE)

import fdtrack  # noqa: E402
import tables  # noqa: E402


def sig(line):
    return tables.parse_signature(line)


class Match(unittest.TestCase):
    def test_default_follows_classes(self):
        self.assertEqual(fdtrack.match_expr('-', sig('read (fd:fd) = int %desc'), 'x'),
                         'PT_ARG(0, PT_FD)')
        self.assertEqual(fdtrack.match_expr('-', sig('chdir (path:path) = int %file'), 'x'),
                         'PT_ARG(0, PT_PATH)')
        self.assertEqual(fdtrack.match_expr('-', sig('getpid () = pid %pure'), 'x'), '0')
        # %file wins over %desc, as in strace's fallback
        self.assertEqual(fdtrack.match_expr('-', sig('f (p:path) = int %desc %file'), 'x'),
                         'PT_ARG(0, PT_PATH)')

    def test_lists_specials_none(self):
        s = sig('renameat (a:dirfd, b:path, c:dirfd, d:path) = int %desc %file')
        self.assertEqual(fdtrack.match_expr('fd0,fd2,path1,path3', s, 'x'),
                         'PT_ARG(0, PT_FD) | PT_ARG(2, PT_FD) | PT_ARG(1, PT_PATH) | PT_ARG(3, PT_PATH)')
        self.assertEqual(fdtrack.match_expr('@poll', s, 'x'), 'PT_SPECIAL(PT_POLL)')
        self.assertEqual(fdtrack.match_expr('none', s, 'x'), '0')

    def test_bad_match(self):
        s = sig('read (fd:fd) = int %desc')
        for bad in ['fd1', 'fd9', 'file0', '@nosuch']:
            with self.assertRaises(tables.TableError, msg=bad):
                fdtrack.match_expr(bad, s, 'x')


class Table(unittest.TestCase):
    def write(self, text):
        d = tempfile.mkdtemp()
        os.mkdir(os.path.join(d, 'tables'))
        with open(os.path.join(d, 'tables', 'fdtrack.def'), 'w') as f:
            f.write(text)
        return d

    def test_effects_and_overrides(self):
        sigs = [sig('close (fd:fd) = int %desc'), sig('mmap (a:ptr, b:size, c:int, d:int, fd:fd, o:hex) = hex %desc'),
                sig('mmap[i386] (args:ptr) = hex %desc')]
        d = self.write('close close -\nmmap - fd4\nmmap[i386] - @old_mmap\n')
        facts = fdtrack.fd_facts(d, sigs)
        self.assertEqual(facts[id(sigs[0])], ('FX_CLOSE', 'PT_ARG(0, PT_FD)'))
        self.assertEqual(facts[id(sigs[1])], ('FX_NONE', 'PT_ARG(4, PT_FD)'))
        self.assertEqual(facts[id(sigs[2])], ('FX_NONE', 'PT_SPECIAL(PT_OLD_MMAP)'))

    def test_errors(self):
        sigs = [sig('close (fd:fd) = int %desc')]
        for bad in ['nosuch - -\n', 'close bogus -\n', 'close close\n', 'close close -\nclose all -\n']:
            with self.assertRaises(tables.TableError, msg=bad):
                fdtrack.fd_facts(self.write(bad), sigs)

    def test_real_table(self):
        sigs = tables.read_signatures(os.path.join(SRCDIR, 'tables', 'signatures.def'))
        facts = fdtrack.fd_facts(SRCDIR, sigs)
        by = {(s['name'], tuple(s['abis'] or ())): facts[id(s)] for s in sigs}
        self.assertEqual(by[('close', ())][0], 'FX_CLOSE')
        self.assertEqual(by[('openat', ())][1], 'PT_ARG(0, PT_FD) | PT_ARG(1, PT_PATH)')
        self.assertEqual(by[('socket', ())][1], '0')
        self.assertEqual(by[('select', ('i386',))][1], 'PT_SPECIAL(PT_OLDSELECT)')


if __name__ == '__main__':
    unittest.main()
