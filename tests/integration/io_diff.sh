# ioctl against the distro strace: the pty program, and the name strace
# gives every number of this ABI's column of tables/ioctls.tbl (plus
# neighbours nobody names), compared on the request part of each line.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
compare_with_strace -e trace=ioctl -- "$(prog io_pty)"

case "$(uname -m)" in
x86_64) col=x86_64 ;; i?86) col=i386 ;; aarch64) col=aarch64 ;; arm*) col=arm ;;
riscv64) col=riscv64 ;; *) skip "no column for $(uname -m)" ;;
esac
python3 - "$srcdir/tables/ioctls.tbl" "$col" > codes <<'PY'
import sys
col = None
for line in open(sys.argv[1]):
    f = line.split()
    if not f or f[0].startswith('#'):
        continue
    if f[0] == 'abis':
        col = f.index(sys.argv[2])
        continue
    if f[col] != '-':
        print(f[col])
        print('%#x' % ((int(f[col], 16) + 0x100) & 0xffffffff))
PY
[ "$(wc -l < codes)" -gt 4000 ] || fail "too few codes from tables/ioctls.tbl"
requests() {
	sed -nE 's/^ioctl\(-1, (_IOC\([^)]*\)|[^,)]*).*/\1/p' "$1"
}
"$STRACE_ORACLE" -e trace=ioctl -o strace.out "$(prog io_codes)" codes || fail "strace failed"
"$XSTRACE" -e trace=ioctl -o xstrace.out "$(prog io_codes)" codes || fail "xstrace failed"
requests strace.out > strace.req
requests xstrace.out > xstrace.req
[ "$(wc -l < strace.req)" = "$(wc -l < codes)" ] || fail "strace printed $(wc -l < strace.req) lines"
if ! cmp -s strace.req xstrace.req; then
	diff -u strace.req xstrace.req | head -50 >&2
	fail "ioctl request names differ from strace's"
fi
exit 0
