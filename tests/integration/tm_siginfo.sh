# Signal lines ("--- SIGUSR1 {si_signo=...} ---"): the siginfo of every
# si_code family, as the tracer gets it at delivery, printed by the same
# printer as the rt_sig* calls' siginfo: exact lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
tm_check siginfo -e trace=none "$(prog tm_siginfo)"
