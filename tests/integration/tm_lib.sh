# Shared by the tm_* integration tests (sourced after tests/lib.sh).

export TZ=UTC
TM_SIGNAL_CALLS=rt_sigprocmask,rt_sigpending,rt_sigtimedwait,rt_sigqueueinfo,rt_tgsigqueueinfo,rt_sigaction,sigaltstack,signalfd,signalfd4,alarm,kill,tkill,tgkill,rt_sigsuspend,pause
TM_TIME_CALLS=clock_gettime,clock_getres,clock_settime,clock_nanosleep,nanosleep,gettimeofday,settimeofday,time,adjtimex,clock_adjtime,getitimer,setitimer,timer_create,timer_settime,timer_gettime,timer_getoverrun,timer_delete,timerfd_create,timerfd_settime,timerfd_gettime
TM_EVENT_CALLS=poll,ppoll,select,pselect6,epoll_create,epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,epoll_pwait2,eventfd,eventfd2,inotify_init1,inotify_add_watch,inotify_rm_watch,futex,futex_waitv,sched_getattr,sched_setattr

# tm_check NAME XSTRACE-OPTIONS... PROGRAM ARGS...: the program prints the
# lines xstrace must print for it; from the first of them on (the dynamic
# loader's calls come before), the trace must be exactly those lines
tm_check() {
	name=$1; shift
	"$XSTRACE" -o "$name.trace" "$@" > "$name.expected" || fail "$name: exit status $?"
	[ -s "$name.expected" ] || fail "$name: the program printed nothing"
	FIRST_LINE=$(head -n 1 "$name.expected") \
		awk 'found || $0 == ENVIRON["FIRST_LINE"] { found = 1; print }' "$name.trace" |
		grep -v '^+++' > "$name.got" || true
	exact "$name.expected" "$name.got"
}
