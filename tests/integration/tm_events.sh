# poll/ppoll/select/pselect6 with their results after the return value,
# epoll, eventfd, inotify, futex and futex_waitv, sched_getattr and
# sched_setattr: exact lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
mkdir dir
tm_check events -e trace=$TM_EVENT_CALLS "$(prog tm_events)" "$T/dir"
