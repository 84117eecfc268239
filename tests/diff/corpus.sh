# Everyday commands traced with -f by strace and by xstrace: the share of
# identical lines must not fall below the floor reached so far: 99.7-99.9%
# measured, strace against itself 99.9%. What is left is the timing of
# SIGCHLD, the stat times git writes into its index, and cp's FICLONE
# ioctl (ioctl decoders are not in yet).
. "$srcdir/tests/lib.sh"
need_oracle
command -v git > /dev/null && command -v make > /dev/null && command -v gcc > /dev/null ||
	skip "corpus needs git, make and gcc"
python3 "$srcdir/tests/corpus/compare.py" --strace "$STRACE_ORACLE" --xstrace "$XSTRACE" --min 99.6
