#!/usr/bin/env python3
"""Refresh tables/abi/<abi>.const from the kernel headers of each ABI.

Maintainer tool; the build never runs it.  For every ABI it writes a
probe in C, compiles it to assembly with that ABI's (cross) compiler and
reads the numbers back from the assembly text, the way the kernel builds
asm-offsets.h: each value becomes an immediate operand of an inline asm
statement that only emits a marker string.  Nothing is linked or run, so
the target need not be able to execute here.

What it writes, per ABI (one "NAME VALUE" line each, sorted by name):

  sizeof.long, sizeof.pointer, sizeof.kernel_* ...   basic type sizes
  sizeof.STRUCT, offsetof.STRUCT.FIELD,
  sizeof.STRUCT.FIELD                                structure layouts
  has.FEATURE 0|1                                    what the ABI has
  NAME VALUE                                         every constant that an
                                                     xlat/*.def file gives
                                                     as `abi`; `none` when
                                                     the ABI's headers do
                                                     not define it

A few constants are strace's own rather than the headers': strace 6.1
gives some ptrace requests a value per architecture, also where that
ABI's uapi headers lack the name (see STRACE_DEFS); the probe defines
them the same way.

The structures are the ones the kernel reads or writes for the tracee,
taken from the uapi headers (<asm/stat.h>, <linux/stat.h>, ...), never
from glibc's, whose layouts can differ (struct stat, termios, sigaction).
Where no uapi header spells out the kernel's structure (struct sigaction
as rt_sigaction takes it, linux_dirent64) the probe declares it the way
the kernel does.

Usage:
  gen/import/abi_const.py            rewrite tables/abi/*.const
  gen/import/abi_const.py --check    also compare every literal value in
                                     tables/xlat/*.def against the headers
                                     of every ABI and report differences
                                     (exit status 1 if any); names the
                                     headers do not define as macros
                                     (AF_*, SOCK_*, the PER_* enum, the
                                     kernel-internal errnos) go unchecked
  --cc ABI=COMPILER                  use another compiler for one ABI
  --abi ABI                          only this ABI (repeatable)
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
XLAT_DIR = os.path.join(TOP, 'tables', 'xlat')
ABI_DIR = os.path.join(TOP, 'tables', 'abi')

# ABI -> (compiler, predefined macro that proves the compiler targets it)
ABIS = {
    'x86_64':  ('gcc', '__x86_64__'),
    'i386':    ('i686-linux-gnu-gcc', '__i386__'),
    'aarch64': ('aarch64-linux-gnu-gcc', '__aarch64__'),
    'arm':     ('arm-linux-gnueabihf-gcc', '__ARM_EABI__'),
    'riscv64': ('riscv64-linux-gnu-gcc', '__riscv'),
}

HEADERS = '''
#include <linux/types.h>
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <linux/mqueue.h>
#include <linux/posix_types.h>
#include <linux/version.h>
#include <asm/errno.h>
#include <asm/stat.h>
#include <linux/stat.h>
#include <asm/statfs.h>
#include <linux/resource.h>
#include <asm/resource.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <asm/signal.h>
#include <asm/siginfo.h>
#include <linux/uio.h>
#include <asm/poll.h>
#include <asm/termbits.h>
#include <asm/termios.h>
#include <asm/ioctls.h>
#include <asm/fcntl.h>
#include <linux/fcntl.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <linux/utsname.h>
#include <asm/mman.h>
#include <linux/mman.h>
#include <linux/futex.h>
#include <linux/prctl.h>
#include <linux/wait.h>
#include <linux/random.h>
#include <linux/eventpoll.h>
#include <linux/fs.h>
#include <linux/inotify.h>
#include <linux/timerfd.h>
#include <linux/memfd.h>
#include <linux/personality.h>
#include <linux/magic.h>
#include <linux/fadvise.h>
#include <linux/net.h>
#include <linux/serial.h>
#include <linux/timex.h>
#include <linux/sched/types.h>
#include <linux/sysinfo.h>
#include <linux/times.h>
#include <linux/utime.h>
#if defined __x86_64__ || defined __i386__
# include <asm/prctl.h>
#endif
'''

# Structures no uapi header declares as the kernel uses them.
DECLS = '''
/* rt_sigaction(2)'s struct, as include/linux/signal_types.h has it: the
 * restorer exists where the uapi <asm/signal.h> defines SA_RESTORER, and
 * the mask is _NSIG (64) bits on every ABI here.  (The members are not
 * called sa_* because i386's <asm/signal.h> defines those as macros.) */
struct xs_kernel_sigaction {
	unsigned long handler;
	unsigned long flags;
#ifdef SA_RESTORER
	unsigned long restorer;
#endif
	unsigned long mask[64 / (8 * sizeof(long))];
};

/* sigaction(2) on i386 and arm: the pre-rt layout, one-word mask. */
struct xs_old_sigaction {
	unsigned long handler;
	unsigned long mask;
	unsigned long flags;
	unsigned long restorer;
};

/* include/linux/dirent.h */
struct xs_linux_dirent64 {
	__u64 d_ino;
	__s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* fs/readdir.c: getdents(2); d_type is the byte after the name. */
struct xs_linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	char d_name[];
};

/* include/linux/socket.h: struct user_msghdr, struct mmsghdr and
 * struct cmsghdr as the kernel reads them (the uapi headers have none:
 * pointers and __kernel_size_t are 32-bit on the 32-bit ABIs). */
struct xs_msghdr {
	void *msg_name;
	int msg_namelen;
	void *msg_iov;
	__kernel_size_t msg_iovlen;
	void *msg_control;
	__kernel_size_t msg_controllen;
	unsigned int msg_flags;
};
struct xs_mmsghdr {
	struct xs_msghdr msg_hdr;
	unsigned int msg_len;
};
struct xs_cmsghdr {
	__kernel_size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

/* include/linux/fs.h: name_to_handle_at(2), open_by_handle_at(2) */
struct xs_file_handle {
	__u32 handle_bytes;
	int handle_type;
	unsigned char f_handle[];
};
'''

# Constants strace 6.1 defines itself for some architectures: its
# src/xlat/ptrace_cmds.in gives these requests a value under an #if that
# names the architectures, whether or not the uapi headers of that
# architecture define them (aarch64's lack the arm compat requests that
# strace names there: PTRACE_GETREGS, PTRACE_GET_THREAD_AREA, ...).  The
# probe includes no ptrace header and defines each name exactly where
# strace does, so `none` means strace 6.1 does not know the name on that
# ABI.  (name, value, condition)
_X86 = 'defined __x86_64__ || defined __i386__'
_ARM = 'defined __arm__'
_A64 = 'defined __aarch64__'
_ARMS = _ARM + ' || ' + _A64
STRACE_DEFS = [
    ('PTRACE_GETREGS', '0xc', _ARMS + ' || ' + _X86),
    ('PTRACE_SETREGS', '0xd', _ARMS + ' || ' + _X86),
    ('PTRACE_GETFPREGS', '0xe', _ARMS + ' || ' + _X86),
    ('PTRACE_SETFPREGS', '0xf', _ARMS + ' || ' + _X86),
    ('PTRACE_GETFPXREGS', '0x12', _X86),
    ('PTRACE_SETFPXREGS', '0x13', _X86),
    ('PTRACE_GETHBPREGS', '0x1d', _ARMS),
    ('PTRACE_SETHBPREGS', '0x1e', _ARMS),
    ('PTRACE_OLDSETOPTIONS', '0x15', _ARM + ' || ' + _X86),
    ('PTRACE_GET_THREAD_AREA', '0x16', _ARMS),
    ('PTRACE_GET_THREAD_AREA', '0x19', _X86),
    ('PTRACE_SET_THREAD_AREA', '0x1a', _X86),
    ('PTRACE_GETFDPIC', '0x1f', _ARM),
    ('PTRACE_SYSEMU', '0x1f', _A64 + ' || ' + _X86),
    ('PTRACE_SYSEMU_SINGLESTEP', '0x20', _A64 + ' || ' + _X86),
    ('PTRACE_SINGLEBLOCK', '0x21', _X86),
    ('PTRACE_PEEKMTETAGS', '0x21', _A64),
    ('PTRACE_POKEMTETAGS', '0x22', _A64),
    ('PTRACE_GETWMMXREGS', '0x12', _ARM),
    ('PTRACE_SETWMMXREGS', '0x13', _ARM),
    ('PTRACE_SET_SYSCALL', '0x17', _ARMS),
    ('PTRACE_GETCRUNCHREGS', '0x19', _ARM),
    ('PTRACE_SETCRUNCHREGS', '0x1a', _ARM),
    ('PTRACE_GETVFPREGS', '0x1b', _ARMS),
    ('PTRACE_SETVFPREGS', '0x1c', _ARMS),
    ('PTRACE_ARCH_PRCTL', '0x1e', _X86),
]


def strace_defs():
    out = ['/* strace 6.1\'s own per-architecture definitions */']
    for name, value, cond in STRACE_DEFS:
        out.append('#if %s\n# undef %s\n# define %s %s\n#endif' % (cond, name, name, value))
    return '\n'.join(out) + '\n'


# name in .const, C type, preprocessor condition or None, fields.
# A field is "name", or ("name", "C member designator"[, "condition"]).
STAT_FIELDS = ['st_dev', 'st_ino', 'st_mode', 'st_nlink', 'st_uid', 'st_gid',
               'st_rdev', 'st_size', 'st_blksize', 'st_blocks',
               'st_atime', 'st_atime_nsec', 'st_mtime', 'st_mtime_nsec',
               'st_ctime', 'st_ctime_nsec']
STATFS_FIELDS = ['f_type', 'f_bsize', 'f_blocks', 'f_bfree', 'f_bavail',
                 'f_files', 'f_ffree', 'f_fsid', 'f_namelen', 'f_frsize',
                 'f_flags', 'f_spare']
TERMIOS_FIELDS = ['c_iflag', 'c_oflag', 'c_cflag', 'c_lflag', 'c_line', 'c_cc']
FLOCK_FIELDS = ['l_type', 'l_whence', 'l_start', 'l_len', 'l_pid']
STAT64_ARCHES = 'defined __i386__ || defined __arm__'
TIMEX_FIELDS = ['modes', 'offset', 'freq', 'maxerror', 'esterror', 'status',
             'constant', 'precision', 'tolerance', 'time', 'tick', 'ppsfreq',
             'jitter', 'shift', 'stabil', 'jitcnt', 'calcnt', 'errcnt',
             'stbcnt', 'tai']

STRUCTS = [
    # System V IPC as the kernel reads and writes it with IPC_64 (glibc
    # passes that flag on 32-bit ABIs; 64-bit ones have only this layout)
    ('ipc64_perm', 'struct ipc64_perm', None,
     ['key', 'uid', 'gid', 'cuid', 'cgid', 'mode', 'seq']),
    ('msqid64_ds', 'struct msqid64_ds', None,
     ['msg_perm', 'msg_stime', 'msg_rtime', 'msg_ctime', 'msg_cbytes', 'msg_qnum',
      'msg_qbytes', 'msg_lspid', 'msg_lrpid']),
    ('semid64_ds', 'struct semid64_ds', None,
     ['sem_perm', 'sem_otime', 'sem_ctime', 'sem_nsems']),
    ('shmid64_ds', 'struct shmid64_ds', None,
     ['shm_perm', 'shm_segsz', 'shm_atime', 'shm_dtime', 'shm_ctime', 'shm_cpid',
      'shm_lpid', 'shm_nattch']),
    ('msginfo', 'struct msginfo', None,
     ['msgpool', 'msgmap', 'msgmax', 'msgmnb', 'msgmni', 'msgssz', 'msgtql', 'msgseg']),
    ('seminfo', 'struct seminfo', None,
     ['semmap', 'semmni', 'semmns', 'semmnu', 'semmsl', 'semopm', 'semume', 'semusz',
      'semvmx', 'semaem']),
    ('shminfo64', 'struct shminfo64', None,
     ['shmmax', 'shmmin', 'shmmni', 'shmseg', 'shmall']),
    ('shm_info', 'struct shm_info', None,
     ['used_ids', 'shm_tot', 'shm_rss', 'shm_swp', 'swap_attempts', 'swap_successes']),
    ('sembuf', 'struct sembuf', None, ['sem_num', 'sem_op', 'sem_flg']),
    ('mq_attr', 'struct mq_attr', None, ['mq_flags', 'mq_maxmsg', 'mq_msgsize', 'mq_curmsgs']),
    ('stat', 'struct stat', None, STAT_FIELDS),
    ('stat64', 'struct stat64', STAT64_ARCHES, STAT_FIELDS),
    ('statx', 'struct statx', None,
     ['stx_mask', 'stx_blksize', 'stx_attributes', 'stx_nlink', 'stx_uid',
      'stx_gid', 'stx_mode', 'stx_ino', 'stx_size', 'stx_blocks',
      'stx_attributes_mask', 'stx_atime', 'stx_btime', 'stx_ctime',
      'stx_mtime', 'stx_rdev_major', 'stx_rdev_minor', 'stx_dev_major',
      'stx_dev_minor', 'stx_mnt_id', 'stx_dio_mem_align',
      'stx_dio_offset_align']),
    ('statx_timestamp', 'struct statx_timestamp', None, ['tv_sec', 'tv_nsec']),
    ('statfs', 'struct statfs', None, STATFS_FIELDS),
    ('statfs64', 'struct statfs64', None, STATFS_FIELDS),
    ('rlimit', 'struct rlimit', None, ['rlim_cur', 'rlim_max']),
    ('rlimit64', 'struct rlimit64', None, ['rlim_cur', 'rlim_max']),
    # the ABI's own timespec/timeval (long seconds), and the y2038-safe one
    ('timespec', 'struct timespec', None, ['tv_sec', 'tv_nsec']),
    ('kernel_timespec', 'struct __kernel_timespec', None, ['tv_sec', 'tv_nsec']),
    ('timeval', 'struct __kernel_old_timeval', None, ['tv_sec', 'tv_usec']),
    ('itimerspec', 'struct itimerspec', None, ['it_interval', 'it_value']),
    ('kernel_itimerspec', 'struct __kernel_itimerspec', None,
     ['it_interval', 'it_value']),
    ('itimerval', 'struct itimerval', None, ['it_interval', 'it_value']),
    ('kernel_sigaction', 'struct xs_kernel_sigaction', None,
     [('sa_handler', 'handler'), ('sa_flags', 'flags'),
      ('sa_restorer', 'restorer', 'defined SA_RESTORER'), ('sa_mask', 'mask')]),
    ('old_sigaction', 'struct xs_old_sigaction', STAT64_ARCHES,
     [('sa_handler', 'handler'), ('sa_mask', 'mask'),
      ('sa_flags', 'flags'), ('sa_restorer', 'restorer')]),
    ('siginfo', 'siginfo_t', None,
     ['si_signo', 'si_errno', 'si_code', 'si_pid', 'si_uid', 'si_status',
      'si_utime', 'si_stime', 'si_addr', 'si_value', 'si_int', 'si_ptr',
      ('si_timerid', 'si_tid'), 'si_overrun', 'si_band', 'si_fd', 'si_call_addr',
      'si_syscall', 'si_arch', 'si_addr_lsb', 'si_lower', 'si_upper',
      'si_pkey']),
    ('linux_dirent64', 'struct xs_linux_dirent64', None,
     ['d_ino', 'd_off', 'd_reclen', 'd_type', 'd_name']),
    ('linux_dirent', 'struct xs_linux_dirent', None,
     ['d_ino', 'd_off', 'd_reclen', 'd_name']),
    ('rusage', 'struct rusage', None,
     ['ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss',
      'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock',
      'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw',
      'ru_nivcsw']),
    ('utsname', 'struct new_utsname', None,
     ['sysname', 'nodename', 'release', 'version', 'machine', 'domainname']),
    ('iovec', 'struct iovec', None, ['iov_base', 'iov_len']),
    ('pollfd', 'struct pollfd', None, ['fd', 'events', 'revents']),
    ('winsize', 'struct winsize', None,
     ['ws_row', 'ws_col', 'ws_xpixel', 'ws_ypixel']),
    ('termios', 'struct termios', None, TERMIOS_FIELDS),
    ('termios2', 'struct termios2', None,
     TERMIOS_FIELDS + ['c_ispeed', 'c_ospeed']),
    ('termio', 'struct termio', None, TERMIOS_FIELDS),
    ('flock', 'struct flock', None, FLOCK_FIELDS),
    ('flock64', 'struct flock64', None, FLOCK_FIELDS),
    ('open_how', 'struct open_how', None, ['flags', 'mode', 'resolve']),
    ('clone_args', 'struct clone_args', None,
     ['flags', 'pidfd', 'child_tid', 'parent_tid', 'exit_signal', 'stack',
      'stack_size', 'tls', 'set_tid', 'set_tid_size', 'cgroup']),
    ('epoll_event', 'struct epoll_event', None, ['events', 'data']),
    # signals, time and events (issue 3)
    ('stack_t', 'stack_t', None, ['ss_sp', 'ss_flags', 'ss_size']),
    ('sigevent', 'struct sigevent', None,
     ['sigev_value', 'sigev_signo', 'sigev_notify',
      ('sigev_tid', '_sigev_un._tid'),
      ('sigev_function', '_sigev_un._sigev_thread._function'),
      ('sigev_attributes', '_sigev_un._sigev_thread._attribute')]),
    ('timezone', 'struct timezone', None, ['tz_minuteswest', 'tz_dsttime']),
    ('timex', 'struct timex', None, TIMEX_FIELDS),
    ('kernel_timex', 'struct __kernel_timex', None, TIMEX_FIELDS),
    ('sched_attr', 'struct sched_attr', None,
     ['size', 'sched_policy', 'sched_flags', 'sched_nice', 'sched_priority',
      'sched_runtime', 'sched_deadline', 'sched_period', 'sched_util_min',
      'sched_util_max']),
    ('futex_waitv', 'struct futex_waitv', None,
     ['val', 'uaddr', 'flags', '__reserved']),
    ('sysinfo', 'struct sysinfo', None,
     ['uptime', 'loads', 'totalram', 'freeram', 'sharedram', 'bufferram',
      'totalswap', 'freeswap', 'procs', 'totalhigh', 'freehigh', 'mem_unit']),
    ('tms', 'struct tms', None,
     ['tms_utime', 'tms_stime', 'tms_cutime', 'tms_cstime']),
    ('f_owner_ex', 'struct f_owner_ex', None, ['type', 'pid']),
    ('utimbuf', 'struct utimbuf', None, ['actime', 'modtime']),
    # sockets (issue 6)
    ('msghdr', 'struct xs_msghdr', None,
     ['msg_name', 'msg_namelen', 'msg_iov', 'msg_iovlen', 'msg_control',
      'msg_controllen', 'msg_flags']),
    ('mmsghdr', 'struct xs_mmsghdr', None, ['msg_hdr', 'msg_len']),
    ('cmsghdr', 'struct xs_cmsghdr', None, ['cmsg_len', 'cmsg_level', 'cmsg_type']),
    ('file_handle', 'struct xs_file_handle', None,
     ['handle_bytes', 'handle_type', 'f_handle']),
]

# flexible array members: offset only
FLEXIBLE = {'d_name', 'f_handle'}

# sizeof.NAME for plain types
TYPES = [
    ('long', 'long'),
    ('pointer', 'void *'),
    ('long_long', 'long long'),
    ('kernel_long', '__kernel_long_t'),
    ('kernel_off', '__kernel_off_t'),
    ('kernel_loff', '__kernel_loff_t'),
    ('kernel_time', '__kernel_old_time_t'),
    ('kernel_size', '__kernel_size_t'),
    ('kernel_mode', '__kernel_mode_t'),
    ('kernel_uid', '__kernel_uid_t'),
    ('kernel_uid32', '__kernel_uid32_t'),
    ('kernel_pid', '__kernel_pid_t'),
    ('kernel_ino', '__kernel_ino_t'),
    ('kernel_sigset', 'struct { unsigned long w[64 / (8 * sizeof(long))]; }'),
]

# has.NAME: preprocessor conditions
FEATURES = [
    ('stat64', STAT64_ARCHES),
    ('old_sigaction', STAT64_ARCHES),
    ('SA_RESTORER', 'defined SA_RESTORER'),
    ('little_endian', '__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__'),
]

# The value travels as four 16-bit pieces and a sign bit, so that any
# 64-bit constant survives every target's immediate operand syntax.
EMIT_MACRO = r'''
#define XS_PIECE(v, n) ((int) (((unsigned long long) (v) >> (16 * (n))) & 0xffff))
#define XS_EMIT(tag, v) __asm__ volatile(".ascii \"\\n@@xs " tag " %0 %1 %2 %3 %4\\n\"" \
	:: "i" (XS_PIECE(v, 0)), "i" (XS_PIECE(v, 1)), "i" (XS_PIECE(v, 2)), \
	   "i" (XS_PIECE(v, 3)), "i" ((int) ((v) < 0)))
#define XS_NONE(tag) __asm__ volatile(".ascii \"\\n@@xs " tag " none\\n\"")
'''

IDENT = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')


def c_int(text):
    """Value of a C integer literal, optionally negative (0x.., 0.., 1..)."""
    text = text.rstrip('uUlL')
    sign = -1 if text.startswith('-') else 1
    text = text.lstrip('-')
    if text[:2].lower() == '0x':
        return sign * int(text, 16)
    if len(text) > 1 and text.startswith('0'):
        return sign * int(text, 8)
    return sign * int(text)


def read_xlat():
    """Return ({abi names}, [(name, value, file)] for literal values)."""
    abi_names, literal = set(), []
    for fn in sorted(os.listdir(XLAT_DIR)):
        if not fn.endswith('.def'):
            continue
        with open(os.path.join(XLAT_DIR, fn)) as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if not line:
                    continue
                name, value = line.split()[:2]
                if value == 'abi':
                    abi_names.add(name)
                elif IDENT.match(name):
                    literal.append((name, c_int(value), fn))
    return abi_names, literal


def probe_source(abi, macro, abi_names, check_names):
    out = [HEADERS, DECLS, strace_defs(), EMIT_MACRO,
           '#ifndef %s\n# error "not a %s compiler"\n#endif\n' % (macro, abi),
           'void xs_probe(void);', 'void xs_probe(void)', '{']
    e = out.append
    e('\tXS_EMIT("linux_version_code", LINUX_VERSION_CODE);')
    for name, ctype in TYPES:
        e('\tXS_EMIT("sizeof.%s", sizeof(%s));' % (name, ctype))
    for name, cond in FEATURES:
        e('#if %s\n\tXS_EMIT("has.%s", 1);\n#else\n\tXS_EMIT("has.%s", 0);\n#endif'
          % (cond, name, name))
    for name, ctype, cond, fields in STRUCTS:
        if cond:
            e('#if %s' % cond)
        e('\tXS_EMIT("sizeof.%s", sizeof(%s));' % (name, ctype))
        for fld in fields:
            fname, member, guard = (fld + (None,))[:3] if isinstance(fld, tuple) \
                else (fld, fld, None)
            if guard:
                e('#if %s' % guard)
            e('\tXS_EMIT("offsetof.%s.%s", __builtin_offsetof(%s, %s));'
              % (name, fname, ctype, member))
            if fname not in FLEXIBLE:
                e('\tXS_EMIT("sizeof.%s.%s", sizeof(((%s *) 0)->%s));'
                  % (name, fname, ctype, member))
            if guard:
                e('#endif')
        if cond:
            e('#endif')
    for name in sorted(abi_names):
        e('#ifdef %s\n\tXS_EMIT("%s", %s);\n#else\n\tXS_NONE("%s");\n#endif'
          % (name, name, name, name))
    for name in sorted(set(check_names)):
        e('#ifdef %s\n\tXS_EMIT("check.%s", %s);\n#endif' % (name, name, name))
    e('}')
    return '\n'.join(out) + '\n'


LINE = re.compile(r'@@xs (\S+) (none|\S+ \S+ \S+ \S+ \S+)\\n')


def run_probe(cc, src):
    cmd = [cc, '-std=gnu11', '-O0', '-S', '-o', '-', '-x', 'c', '-']
    r = subprocess.run(cmd, input=src, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(''.join(r.stderr.splitlines(True)[:40]))
        raise SystemExit('%s failed' % ' '.join(cmd))
    values = {}
    for m in LINE.finditer(r.stdout):
        tag, rest = m.group(1), m.group(2)
        if rest == 'none':
            values[tag] = None
            continue
        # strip the target's immediate prefix ($ on x86, # on arm)
        nums = [int(x.lstrip('$#')) for x in rest.split()]
        v = nums[0] | nums[1] << 16 | nums[2] << 32 | nums[3] << 48
        if nums[4]:
            v -= 1 << 64
        values[tag] = v
    return values


def fmt_value(tag, v):
    if v is None:
        return 'none'
    if tag.startswith(('sizeof.', 'offsetof.', 'has.')) or v < 0:
        return str(v)
    return '%#x' % v if v else '0'


def version_string(code):
    return '%d.%d.%d' % (code >> 16, (code >> 8) & 0xff, code & 0xff)


def write_const(abi, cc, values):
    path = os.path.join(ABI_DIR, abi + '.const')
    lines = [
        '# %s: per-ABI constants and kernel structure layouts.' % abi,
        '# Written by gen/import/abi_const.py (%s, uapi headers %s); do not edit.'
        % (cc, version_string(values['linux_version_code'])),
        '# `none`: the ABI does not define this name; drop the xlat entry.',
        '',
    ]
    tags = sorted(t for t in values
                  if t != 'linux_version_code' and not t.startswith('check.'))
    width = max(len(t) for t in tags)
    for t in tags:
        lines.append('%-*s %s' % (width, t, fmt_value(t, values[t])))
    os.makedirs(ABI_DIR, exist_ok=True)
    with open(path, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true',
                    help='compare literal xlat values with every ABI')
    ap.add_argument('--cc', action='append', default=[], metavar='ABI=CC')
    ap.add_argument('--abi', action='append', default=[])
    args = ap.parse_args()

    compilers = {abi: cc for abi, (cc, _) in ABIS.items()}
    for spec in args.cc:
        abi, cc = spec.split('=', 1)
        if abi not in ABIS:
            ap.error('unknown ABI %s' % abi)
        compilers[abi] = cc
    abis = args.abi or list(ABIS)

    abi_names, literal = read_xlat()
    checks = literal if args.check else []
    bad = 0
    for abi in abis:
        cc, macro = compilers[abi], ABIS[abi][1]
        values = run_probe(cc, probe_source(abi, macro, abi_names,
                                            [name for name, _, _ in checks]))
        write_const(abi, cc, values)
        for name, want, fn in checks:
            got = values.get('check.' + name)
            if got is not None and (got - want) % (1 << 64) and \
                    (got - want) % (1 << 32):
                print('%s: %s: %s is %#x in the headers, %#x in the file'
                      % (abi, fn, name, got, want))
                bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
