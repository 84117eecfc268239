# one.sh TEST: one in-VM test in a fresh directory, with the environment
# the runner set (XSTRACE, P, XSTRACE_FORCE_REGS). Exit 0 pass, 1 fail.
here=$(dirname "$0")
. "$here/checks.sh"
. "$here/tests.sh"
T=$(mktemp -d /tmp/t.XXXXXX) || exit 1
cd "$T" || exit 1
( "test_$1" ) || exit 1
cd / && rm -rf "$T"
exit 0
