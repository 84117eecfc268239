#!/usr/bin/env python3
"""Check gen/coverage_report.py: every syscall of every ABI table lands in
exactly one class, and a few calls land where they must (ioctl has a
decoder everywhere, i386's ipc too, getpmsg is a raw placeholder).

Run: python3 gen/test_coverage_report.py
"""

import glob
import io
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import coverage_report  # noqa: E402
from gen_syscalls import load  # noqa: E402

SRCDIR = os.path.normpath(os.path.join(HERE, '..'))


class CoverageReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = io.StringIO()
        sources = sorted(glob.glob(os.path.join(SRCDIR, 'src', 'decode', '*.c')))
        cls.result = coverage_report.report(SRCDIR, sources, True, cls.out)
        cls.abis, cls.tables, _ = load(SRCDIR)

    def test_every_call_once(self):
        for a in self.abis:
            names = [n for c in coverage_report.CLASSES for n in self.result[a['name']][c]]
            self.assertEqual(sorted(names), sorted(self.tables[a['name']].values()), a['name'])

    def test_known_places(self):
        for a in self.abis:
            self.assertIn('ioctl', self.result[a['name']]['decoder'], a['name'])
        self.assertIn('ipc', self.result['i386']['decoder'])
        self.assertIn('getpmsg', self.result['x86_64']['raw'])
        self.assertIn('getpid', self.result['x86_64']['generic'])

    def test_table_lists_every_abi(self):
        text = self.out.getvalue()
        for a in self.abis:
            self.assertIn('\n%s ' % a['name'], '\n' + text)
            self.assertIn('%s decoder (' % a['name'], text)


if __name__ == '__main__':
    unittest.main()
