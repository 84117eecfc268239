#!/usr/bin/env python3
"""What tests/normalise.py masks, and what it must leave alone.

The corpus and the differential tests trust the normaliser to hide only
what differs between two runs of one command (pids, addresses, random
bytes and names, CPU times, counters); a real difference in how a call is
printed must survive it. Each case feeds a small trace and checks the
normalised text."""

import os
import subprocess
import sys
import unittest

NORMALISE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'normalise.py')


def norm(text, per_pid=True):
    args = [sys.executable, NORMALISE] + (['--per-pid'] if per_pid else [])
    return subprocess.run(args, input=text.encode(), capture_output=True,
                          check=True).stdout.decode().splitlines()


class Masks(unittest.TestCase):
    def test_pid_argument_width_does_not_move_the_column(self):
        a = norm('7 kill(99999, SIGTERM)                        = 0\n', per_pid=False)
        b = norm('7 kill(100001, SIGTERM)                       = 0\n', per_pid=False)
        self.assertEqual(a, ['P1 kill(Q1, SIGTERM) = 0'])
        self.assertEqual(a, b)
        # lines without a pid before " = " keep strace's padding
        self.assertEqual(norm('7 getpid()                                = 7\n', per_pid=False),
                         ['P1 getpid()                                = P1'])

    def test_written_trace_text_hides_pid_widths(self):
        # the same write with 5- and 6-digit pids in the text
        a = norm('99999 write(2, "[pid 99999] --- SIGCHLD {si_sign"..., 128) = 128\n')
        b = norm('100001 write(2, "[pid 100001] --- SIGCHLD {si_si"..., 130) = 130\n')
        self.assertEqual(a, ['P1 write(2, "TRACE TEXT", LEN) = LEN'])
        self.assertEqual(a, b)
        # ordinary writes keep their text and lengths
        self.assertEqual(norm('7 write(1, "hello", 5) = 5\n'), ['P1 write(1, "hello", 5) = 5'])

    def test_cut_getrandom_is_glued_then_masked(self):
        out = norm('100 getrandom( <unfinished ...>\n'
                   '101 exit_group(0) = ?\n'
                   '100 <... getrandom resumed>"\\x83\\x21\\x0c", 3, GRND_NONBLOCK) = 3\n')
        self.assertIn('P1 getrandom("RANDOM", 3, GRND_NONBLOCK) = 3', out)

    def test_rt_sigreturn_return_is_the_interrupted_calls(self):
        a = norm('7 rt_sigreturn({mask=[]}) = -1 ENOENT (No such file or directory)\n')
        b = norm('7 rt_sigreturn({mask=[]}) = 1234\n')
        c = norm('7 rt_sigreturn( <unfinished ...>\n8 exit_group(0) = ?\n'
                 '7 <... rt_sigreturn resumed>{mask=[]}) = 99\n')
        self.assertEqual(a, ['P1 rt_sigreturn({mask=[]}) = N'])
        self.assertEqual(a, b)
        self.assertIn('P1 rt_sigreturn({mask=[]}) = N', c)
        # the mask itself is not hidden
        self.assertNotEqual(a, norm('7 rt_sigreturn({mask=[CHLD]}) = 0\n'))

    def test_free_space_counters(self):
        line = ('5 fstatfs(6, {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=66053021, '
                'f_bfree=%d, f_bavail=%d, f_files=16777216, f_ffree=%d, f_namelen=255}) = 0\n')
        a = norm(line % (61600467, 20631743, 16353329))
        b = norm(line % (61600469, 20631745, 16353328))
        self.assertEqual(a, b)
        self.assertIn('f_blocks=66053021', a[0])
        self.assertNotEqual(a, norm(line.replace('f_bsize=4096', 'f_bsize=1024')
                                    % (61600467, 20631743, 16353329)))

    def test_mkstemp_names(self):
        t = ('9 openat(AT_FDCWD, "/tmp/cc%s.s", O_RDWR|O_CREAT|O_EXCL, 0600) = 3\n'
             '9 execve("/usr/bin/as", ["as", "/tmp/cc%s.s"], 0x7ffd /* 5 vars */) = 0\n'
             '9 unlink(".git/objects/ce/tmp_obj_%s") = 0\n'
             '9 openat(AT_FDCWD, ".git/objects/ce/tmp_obj_%s", O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0444) = 5\n')
        a = norm(t % ('umNH7m', 'umNH7m', 'Wo0V0t', 'Wo0V0t'))
        b = norm(t % ('O2a2xh', 'O2a2xh', 'cbWgcQ', 'cbWgcQ'))
        self.assertEqual(a, b)
        self.assertIn('P1 execve("/usr/bin/as", ["as", "/tmp/ccXXXXXX.s"], 0xADDR /* 5 vars */) = 0', a)
        self.assertIn('P1 unlink(".git/objects/ce/tmp_obj_XXXXXX") = 0', a)
        # a name opened without O_EXCL is nobody's random name
        c = norm('9 openat(AT_FDCWD, "abcdef.txt", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3\n')
        self.assertEqual(c, ['P1 openat(AT_FDCWD, "abcdef.txt", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3'])

    def test_urandom_reads_only(self):
        t = ('4 openat(AT_FDCWD, "/dev/urandom", O_RDONLY) = 5\n'
             '4 read(5, "%s", 4) = 4\n'
             '4 read(3, "%s", 4) = 4\n'
             '4 close(5) = 0\n'
             '4 read(5, "%s", 4) = 4\n')
        a = norm(t % ('\\1\\2\\3\\4', 'abcd', 'wxyz'))
        self.assertEqual(a[1], 'P1 read(5, "RANDOM", 4) = 4')
        self.assertEqual(a[2], 'P1 read(3, "abcd", 4) = 4')
        self.assertEqual(a[4], 'P1 read(5, "wxyz", 4) = 4')

    def test_plain_mode_keeps_columns(self):
        a = norm('12:00:01 rt_sigreturn({mask=[]}) = 5\n', per_pid=False)
        self.assertEqual(a, ['TS rt_sigreturn({mask=[]}) = N'])


if __name__ == '__main__':
    unittest.main()
