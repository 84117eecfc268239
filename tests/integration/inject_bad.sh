# Malformed -e inject / -e fault expressions: strace's message, exit 1;
# compared word for word with the distro strace where it is installed.
. "$srcdir/tests/lib.sh"
bad() { # EXPR MESSAGE
	"$XSTRACE" -e "$1" true > out 2> err < /dev/null
	rc=$?
	[ "$rc" = 1 ] || { cat err; fail "'$1': exit status $rc, want 1"; }
	got=$(head -n1 err | sed 's/^[^ ]*xstrace: //')
	[ "$got" = "$2" ] || fail "'$1': got '$got', want '$2'"
	[ "$(wc -l < err)" = 1 ] || { cat err; fail "'$1': more than one line"; }
	if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
		"$STRACE_ORACLE" -e "$1" true > /dev/null 2> serr < /dev/null
		[ $? = 1 ] || fail "'$1': strace accepts it"
		want=$(head -n1 serr | sed 's/^[^ ]*strace: //')
		[ "$got" = "$want" ] || fail "'$1': xstrace says '$got', strace '$want'"
	fi
}
inv() { bad "inject=$1" "invalid inject argument '$1'"; }
for e in openat openat: openat:error= openat:error=FOO openat:error=0 openat:error=4096 \
	openat:error=-1 openat:error=0x5 openat:error=SIGIO openat:ERROR=EIO openat:foo=1 \
	openat:retval= openat:retval=x openat:retval=0x openat:retval=18446744073709551616 \
	openat:error=EIO:retval=1 openat:retval=1:retval=2 openat:error=EIO:error=EIO \
	openat:signal=FOO openat:signal=0 openat:signal=65 "openat:signal= 10" openat:signal=0x0a \
	openat:signal=SIGRTMIN+1 openat:signal=SIGUSR1:signal=SIGUSR2 \
	openat:error=EIO:when=0 openat:error=EIO:when= openat:error=EIO:when=2..1 \
	openat:error=EIO:when=2+0 openat:error=EIO:when=65536 openat:error=EIO:when=2..65535 \
	openat:error=EIO:when=1+65536 openat:error=EIO:when=x openat:error=EIO:when=1.3 \
	openat:error=EIO:when=0x3 "openat:error=EIO:when=3 " openat:error=EIO:when=2..1x \
	openat:syscall=getpid openat:error=EIO:syscall=foo openat:error=EIO:syscall=write \
	openat:error=EIO:syscall= openat:error=EIO:syscall=getpid@64 \
	openat:error=EIO:syscall=getpid:syscall=getppid \
	openat:delay_enter=x openat:delay_enter=-1 openat:delay_enter= openat:delay_enter=1x \
	openat:delay_enter=1e openat:delay_enter=inf "openat:delay_enter=1 ms" openat:delay_enter=1h \
	openat:delay_enter=18446744073709551616 openat:delay_enter=1:delay_enter=2 \
	openat:poke_enter=x openat:poke_enter=@arg8=00 openat:poke_enter=@arg0=00 \
	openat:poke_enter=@arg1=0 openat:poke_enter=@arg1=zz openat:poke_enter=@arg1= \
	openat:poke_enter=arg1=00 openat:poke_enter=@arg1 openat:poke_enter=@arg01=00 \
	openat:poke_enter=@ARG1=00 "openat:poke_enter=@arg1=00;@arg2=00" \
	openat:poke_enter=@arg1=00,@arg1=00 openat:poke_enter=@arg1=00:poke_enter=@arg2=00 \
	"openat:poke_exit=@arg1=$(printf '%02050d' 0)" foo:bar=1; do
	inv "$e"
done
for e in openat:retval=1 openat:signal=SIGUSR1 openat:error=EIO:error=EIO openat:delay_enter=1 foo:bar=1; do
	bad "fault=$e" "invalid fault argument '$e'"
done
bad "inject=" "invalid system call ''"
bad "inject=:error=EIO" "invalid system call ''"
bad "inject=foo:error=EIO" "invalid system call 'foo'"
bad "inject=foo" "invalid system call 'foo'"
bad "fault=foo" "invalid system call 'foo'"
bad "inject=openat,foo:error=EIO" "invalid system call 'foo'"
bad "fault=" "invalid system call ''"
# --inject= and --fault= say the same
"$XSTRACE" --inject=openat true 2> err; [ $? = 1 ] && grep -q "invalid inject argument 'openat'$" err || fail "--inject"
"$XSTRACE" --fault=openat:retval=1 true 2> err; [ $? = 1 ] && grep -q "invalid fault argument 'openat:retval=1'$" err || fail "--fault"
# accepted forms, with strace's warnings for retvals that look like errors
# (the program may well fail under the injection: only our words count)
ok() { # EXPR [WARNING]
	(ulimit -c 0; "$XSTRACE" -o /dev/null -e "$1" true 2> err < /dev/null)
	got=$(sed -n 's/^[^ ]*xstrace: //p' err)
	[ "$got" = "${2:-}" ] || fail "'$1': stderr '$got', want '${2:-}'"
}
ok inject=chdir:retval=-1 "Inadvertent injection of error 1 is possible for retval=18446744073709551615"
ok inject=chdir:retval=-4096 "Injected return value 18446744073709547520 will be clipped to 4294963200 in compat personality"
ok inject=chdir:retval=4294967296 "Injected return value 4294967296 will be clipped to 0 in compat personality"
ok inject=chdir:retval=9223372036854775807 "Inadvertent injection of error 1 is possible in compat personality for retval=9223372036854775807"
ok inject=chdir:retval=4294963201 "Inadvertent injection of error 4095 is possible in compat personality for retval=4294963201"
for e in chdir:error=4095 chdir:error=eio "chdir:error= 5" chdir:error=05 chdir:retval=0x10 \
	chdir:retval=+5 chdir:signal=usr1 chdir:signal=RTMIN chdir:signal=SIGRT_1 chdir:signal=010 \
	chdir:signal=9 chdir:error=EIO:when=2..2 chdir:error=EIO:when=65535 \
	chdir:error=EIO:when=2..65534 chdir:error=EIO:when=1+65535 chdir:error=EIO:when=3+ \
	chdir:error=EIO:when=1..3+ chdir:error=EIO:when=1..+3 chdir:error=EIO:when=+3 \
	"chdir:error=EIO:when= 3" chdir:syscall=getpid:signal=SIGCHLD chdir:delay_enter=0 \
	chdir:delay_enter=1.5ms chdir:delay_enter=+1 "chdir:delay_enter= 1" chdir:delay_exit=1e3 \
	chdir:delay_enter=1us chdir:poke_enter=@arg1=00,@arg2=00 chdir:poke_enter=@arg1=00, \
	chdir:poke_enter=,@arg1=00 chdir:poke_enter=@arg1=0x00 chdir:poke_enter=@arg1=0X00 \
	chdir:poke_enter=@arg1=0x chdir:poke_enter=@arg1=AbCd chdir:poke_enter=@arg7=00 \
	"chdir:poke_enter=@arg1=$(printf '%02048d' 0)" \
	chdir:poke_exit=@arg1=00:poke_enter=@arg1=00 chdir::error=EIO chdir:error=EIO: \
	chdir:error=EIO:when=2:when=3 '!chdir:error=EIO' none:error=EIO '?foo:error=EIO' \
	/op:error=EIO %file:error=EIO chdir@32:error=EIO; do
	ok "inject=$e"
done
ok fault=chdir
ok fault=chdir:error=ENOENT:when=3
exit 0
