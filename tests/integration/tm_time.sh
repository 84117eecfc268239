# Clocks, sleeps (interrupted ones print the time left), gettimeofday,
# time, adjtimex, itimers, POSIX timers and timerfds: exact lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
tm_check time -e trace=$TM_TIME_CALLS "$(prog tm_time)"
