#!/usr/bin/env python3
"""Refresh tables/syscalls/<abi>.tbl from Debian's kernel uapi headers.

Maintainer tool; the build never runs it.  It needs the host's
linux-libc-dev (x86_64) and linux-libc-dev-{i386,arm64,armhf,riscv64}-cross,
plus a C preprocessor: the cross gcc of each ABI when installed (it knows
the ABI's predefined macros exactly), else the host cpp with the few
predefines the uapi headers test, listed in ABIS below.

For each ABI the preprocessor expands <asm/unistd.h> with -dM, which gives
every __NR_* macro the headers define for that ABI (asm-generic/unistd.h
included, with the __ARCH_WANT_* choices the arch header makes).  Values are
small arithmetic expressions over other macros; we expand and evaluate them
here.  Names are the kernel's without the __NR_ (or __ARM_NR_) prefix,
except where strace calls the syscall something else (RENAME).

Usage: gen/import/syscalls.py [OUTDIR]   (default: tables/syscalls next
to this script's gen/ directory).  Output is sorted by number and depends
only on the headers, so reruns are byte-identical.
"""

import ast
import os
import re
import shutil
import subprocess
import sys

# abi: (cross compiler triplet, include dirs for the host-cpp fallback,
#       predefines for the host-cpp fallback)
ABIS = {
    "x86_64": ("x86_64-linux-gnu",
               ["/usr/include/x86_64-linux-gnu", "/usr/include"],
               ["__x86_64__", "__LP64__", "__SIZEOF_POINTER__=8"]),
    "i386": ("i686-linux-gnu",
             ["/usr/i686-linux-gnu/include"],
             ["__i386__", "__SIZEOF_POINTER__=4"]),
    "aarch64": ("aarch64-linux-gnu",
                ["/usr/aarch64-linux-gnu/include"],
                ["__aarch64__", "__LP64__", "__SIZEOF_POINTER__=8"]),
    "arm": ("arm-linux-gnueabihf",
            ["/usr/arm-linux-gnueabihf/include"],
            ["__arm__", "__ARM_EABI__", "__SIZEOF_POINTER__=4"]),
    "riscv64": ("riscv64-linux-gnu",
                ["/usr/riscv64-linux-gnu/include"],
                ["__riscv", "__riscv_xlen=64", "__LP64__",
                 "__SIZEOF_POINTER__=8"]),
}

# Macros with a syscall prefix that are not syscalls.
NOT_SYSCALLS = {
    "__NR_syscalls", "__NR_arch_specific_syscall", "__NR_SYSCALL_BASE",
    "__NR_OABI_SYSCALL_BASE", "__NR_SYSCALL_MASK", "__ARM_NR_BASE",
}

# Kernel name -> strace's name, per ABI.
RENAME = {
    "arm": {"arm_fadvise64_64": "fadvise64_64"},
}

# When the headers give one number two names (an alias macro), the name
# strace uses wins.
PREFERRED = {
    "arm": {"sync_file_range2"},   # alias of __NR_arm_sync_file_range
}

PREFIXES = ("__NR_", "__ARM_NR_")


def preprocess(abi):
    """Return the -dM output of <asm/unistd.h> for this ABI."""
    triplet, incdirs, predefs = ABIS[abi]
    src = "#include <asm/unistd.h>\n"
    cc = shutil.which(triplet + "-gcc")
    if cc:
        cmd = [cc, "-E", "-dM", "-x", "c", "-"]
    else:
        cmd = ["cpp", "-undef", "-nostdinc", "-dM", "-x", "c"]
        for d in incdirs:
            cmd += ["-isystem", d]
        cmd += ["-D" + p for p in predefs]
        cmd += ["-"]
    res = subprocess.run(cmd, input=src, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit("%s: %s failed:\n%s" % (abi, " ".join(cmd), res.stderr))
    return res.stdout


def object_macros(text):
    """Map macro name -> body for the object-like macros in -dM output."""
    macros = {}
    for line in text.splitlines():
        m = re.match(r"#define\s+([A-Za-z_]\w*)(\(?)\s*(.*)$", line)
        if m and not m.group(2):
            macros[m.group(1)] = m.group(3).strip()
    return macros


def expand(body, macros, depth=0):
    """Replace identifiers in body by their (expanded) definitions."""
    if depth > 20:
        raise ValueError("macro expansion too deep: " + body)

    def sub(m):
        name = m.group(0)
        if name not in macros:
            raise ValueError("undefined macro " + name)
        return "(" + expand(macros[name], macros, depth + 1) + ")"

    body = re.sub(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b", r"\1", body)
    return re.sub(r"\b[A-Za-z_]\w*\b", sub, body)


def evaluate(expr):
    """Evaluate a C integer expression made of + - | << and parentheses."""
    ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
           ast.BitOr: lambda a, b: a | b, ast.LShift: lambda a, b: a << b}

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in ops:
            return ops[type(node.op)](ev(node.left), ev(node.right))
        raise ValueError("unsupported expression: " + expr)

    return ev(ast.parse(expr, mode="eval"))


def syscalls(abi):
    """Return a sorted list of (number, name) for one ABI."""
    macros = object_macros(preprocess(abi))
    by_nr = {}
    for macro, body in macros.items():
        if macro in NOT_SYSCALLS or not macro.startswith(PREFIXES):
            continue
        name = macro.split("NR_", 1)[1]
        name = RENAME.get(abi, {}).get(name, name)
        nr = evaluate(expand(body, macros))
        by_nr.setdefault(nr, []).append(name)

    table = []
    for nr, names in sorted(by_nr.items()):
        if len(names) > 1:
            chosen = [n for n in names if n in PREFERRED.get(abi, ())]
            if len(chosen) != 1:
                sys.exit("%s: %d has several names %s; add one to PREFERRED"
                         % (abi, nr, sorted(names)))
            names = chosen
        table.append((nr, names[0]))

    seen = set()
    for nr, name in table:
        if name in seen:
            sys.exit("%s: name %s has two numbers" % (abi, name))
        seen.add(name)
    return table


def write_table(abi, table, path):
    lines = ["# %s syscall numbers, from Debian's uapi headers." % abi,
             "# Written by gen/import/syscalls.py; do not edit by hand.",
             "# nr\tname"]
    for nr, name in table:
        num = "0x%x" % nr if nr >= 0x10000 else str(nr)
        lines.append("%s\t%s" % (num, name))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = (sys.argv[1] if len(sys.argv) > 1 else
              os.path.join(here, "..", "..", "tables", "syscalls"))
    os.makedirs(outdir, exist_ok=True)
    for abi in ABIS:
        table = syscalls(abi)
        write_table(abi, table, os.path.join(outdir, abi + ".tbl"))
        print("%-8s %d syscalls" % (abi, len(table)))


if __name__ == "__main__":
    main()
