# -c/-C tables against strace's: exact where no time is shown, and the
# same shape (widths, names, calls, errors) where times are.
. "$srcdir/tests/lib.sh"
need_oracle
both() { # file-suffix args...
	local sfx=$1; shift
	"$STRACE_ORACLE" "$@" > /dev/null 2> "s.$sfx"
	"$XSTRACE" "$@" > /dev/null 2> "x.$sfx"
}
# no time columns: byte for byte
both a -c -S name -U name,calls,errors ls /
exact s.a x.a
both b -c -S calls -U calls,errors,name -e trace=openat,close,read ls /
exact s.b x.b
# times vary: each line keeps its length, and every column but the
# times must match (calls and errors are kept by -U name,calls,errors)
times() { awk '{ print length($0) }' "$1"; sed -E 's/[0-9.]+/N/g; s/ +/ /g' "$1"; }
both c -c -S name ls /
times s.c > s.c9; times x.c > x.c9
exact s.c9 x.c9
both d -c -w -S name -U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name -e trace=%file ls /
times s.d > s.d9; times x.d > x.d9
exact s.d9 x.d9
# -C: the trace and then the table, in the -o file
"$STRACE_ORACLE" -C -S name -U name,calls -o s.e -e trace=close ls / > /dev/null
"$XSTRACE" -C -S name -U name,calls -o x.e -e trace=close ls / > /dev/null
normalise < s.e > s.en; normalise < x.e > x.en
exact s.en x.en
# bad input, worded as strace words it
for bad in "-S foo" "-U foo" "-O xx" "-c -C" "-c -ff -o f"; do
	"$STRACE_ORACLE" $bad true > /dev/null 2> s.err; src=$?
	"$XSTRACE" $bad true > /dev/null 2> x.err; xrc=$?
	[ "$src" = "$xrc" ] || fail "$bad: exit $xrc, strace $src"
	sed 's/^[^:]*strace: //' s.err | head -1 > s.msg
	sed 's/^[^:]*strace: //' x.err | head -1 > x.msg
	exact s.msg x.msg
done
exit 0
