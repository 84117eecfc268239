# Signal masks, rt_sigaction, siginfo of every si_code family read from
# memory, rt_sigtimedwait, sigaltstack, signalfd, kill/tkill/tgkill, alarm,
# and rt_sigsuspend/pause interrupted by a signal: exact lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
tm_check signal -e trace=$TM_SIGNAL_CALLS "$(prog tm_signal)"
# the same through the register fallback
XSTRACE_FORCE_REGS=1 tm_check signal_regs -e trace=$TM_SIGNAL_CALLS "$(prog tm_signal)"
