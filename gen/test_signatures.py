#!/usr/bin/env python3
"""Check tables/signatures.def against tables/syscalls/*.tbl.

Every syscall name of every ABI must have a plain signature line, every
line must follow the format of tables/README.md, and override lines
(NAME[abi,...]) must name ABIs on which that syscall exists.

Run: python3 gen/test_signatures.py   (or python3 -m unittest from gen/)
"""

import os
import re
import unittest

TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "..", "tables")
ABIS = ["x86_64", "i386", "aarch64", "arm", "riscv64"]

SIMPLE_KINDS = {"int", "uint", "long", "ulong", "size", "off", "off64",
                "hex", "ptr", "fd", "dirfd", "path", "str", "mode",
                "signo", "pid", "uid", "gid", "strarray"}
KIND_WITH_ARG = re.compile(r"^(inbuf|outbuf|flags|enum|struct)\((\w+)\)$")
RET_KINDS = {"int", "fd", "hex", "oct", "none", "pid"}
CLASSES = {"%file", "%desc", "%network", "%process", "%signal", "%ipc",
           "%memory", "%creds", "%clock", "%stat", "%lstat", "%fstat",
           "%%stat", "%statfs", "%fstatfs", "%%statfs", "%pure", "%maps"}
LINE = re.compile(r"^(?P<name>\w+)(?:\[(?P<abis>[\w,]+)\])?\s+"
                  r"\((?P<args>.*)\)\s+=\s+(?P<ret>\w+)(?P<rest>.*)$")


def read_tbl(abi):
    """Return [(number, name)] from tables/syscalls/<abi>.tbl."""
    rows = []
    with open(os.path.join(TABLES, "syscalls", abi + ".tbl")) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if fields:
                rows.append((int(fields[0], 0), fields[1]))
    return rows


def split_args(text):
    """Split on commas that are not inside parentheses."""
    args, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        args.append(cur.strip())
    return args


def parse_line(line):
    """Return (name, abis or None, [(argname, out, kind)], ret, classes,
    decoder or None); raise ValueError on a malformed line."""
    m = LINE.match(line)
    if not m:
        raise ValueError("does not match NAME (ARGS) = RET ...")
    args = []
    for arg in split_args(m.group("args")):
        argname, sep, kind = arg.partition(":")
        if not sep or not re.match(r"^\w+$", argname):
            raise ValueError("bad argument %r" % arg)
        out = kind.startswith("out:")
        if out:
            kind = kind[4:]
        args.append((argname, out, kind))
    classes, decoder = [], None
    for word in m.group("rest").split():
        if word.startswith("%"):
            classes.append(word)
        elif word.startswith("@") and decoder is None:
            decoder = word[1:]
        else:
            raise ValueError("unexpected %r" % word)
    abis = m.group("abis").split(",") if m.group("abis") else None
    return (m.group("name"), abis, args, m.group("ret"), classes, decoder)


def read_signatures():
    lines = []
    with open(os.path.join(TABLES, "signatures.def")) as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                lines.append((lineno, line))
    return lines


class SignatureTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.rows = {abi: read_tbl(abi) for abi in ABIS}
        cls.tbl = {abi: [name for _, name in cls.rows[abi]] for abi in ABIS}
        cls.lines = read_signatures()

    def parsed(self):
        for lineno, line in self.lines:
            try:
                yield lineno, parse_line(line)
            except ValueError as e:
                self.fail("signatures.def:%d: %s" % (lineno, e))

    def test_lines_are_well_formed(self):
        for lineno, (name, abis, args, ret, classes, decoder) in self.parsed():
            where = "signatures.def:%d (%s)" % (lineno, name)
            self.assertLessEqual(len(args), 6, where)
            names = [a[0] for a in args]
            self.assertEqual(len(names), len(set(names)),
                             where + ": duplicate argument name")
            for argname, out, kind in args:
                m = KIND_WITH_ARG.match(kind)
                self.assertTrue(kind in SIMPLE_KINDS or m,
                                "%s: unknown kind %r" % (where, kind))
                if m and m.group(1) in ("inbuf", "outbuf"):
                    n = int(m.group(2))
                    self.assertLess(n, len(args), where)
                if m and m.group(1) == "outbuf":
                    self.assertTrue(out, where + ": outbuf without out:")
            self.assertIn(ret, RET_KINDS, where)
            for c in classes:
                self.assertIn(c, CLASSES, where)
            self.assertEqual(len(classes), len(set(classes)), where)
            if decoder is not None:
                self.assertRegex(decoder, r"^[a-z0-9_]+$", where)
            for abi in abis or []:
                self.assertIn(abi, ABIS, where)

    def test_no_duplicate_lines(self):
        seen = set()
        for lineno, (name, abis, *_rest) in self.parsed():
            for abi in abis or [None]:
                key = (name, abi)
                self.assertNotIn(key, seen,
                                 "signatures.def:%d: %s repeated" % (lineno, key))
                seen.add(key)

    def test_every_syscall_has_a_signature(self):
        plain = {p[0] for _, p in self.parsed() if p[1] is None}
        for abi in ABIS:
            missing = sorted(set(self.tbl[abi]) - plain)
            self.assertEqual(missing, [], "%s: no signature for %s"
                             % (abi, " ".join(missing)))

    def test_no_signature_without_syscall(self):
        known = set()
        for abi in ABIS:
            known.update(self.tbl[abi])
        for lineno, (name, abis, *_rest) in self.parsed():
            self.assertIn(name, known, "signatures.def:%d: %s is in no .tbl"
                          % (lineno, name))
            for abi in abis or []:
                self.assertIn(name, self.tbl[abi],
                              "signatures.def:%d: %s[%s] but %s has no %s"
                              % (lineno, name, abi, abi, name))

    def test_override_keeps_classes(self):
        # strace gives a name the same classes on every ABI.
        plain = {p[0]: p[4] for _, p in self.parsed() if p[1] is None}
        for lineno, (name, abis, _a, _r, classes, _d) in self.parsed():
            if abis:
                self.assertEqual(classes, plain[name],
                                 "signatures.def:%d" % lineno)

    def test_tables_are_sorted_and_unique(self):
        for abi in ABIS:
            numbers = [nr for nr, _ in self.rows[abi]]
            self.assertEqual(numbers, sorted(set(numbers)), abi)
            names = self.tbl[abi]
            self.assertEqual(len(names), len(set(names)), abi)


if __name__ == "__main__":
    unittest.main()
