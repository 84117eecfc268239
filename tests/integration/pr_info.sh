# uname, sysinfo, times, rlimits, scheduling, personality, ids,
# capabilities, robust lists and prctl: the lines the program expects.
. "$srcdir/tests/lib.sh"
calls=sched_yield,getpid,gettid,getppid,getpgid,getsid,set_tid_address,get_robust_list,set_robust_list
calls=$calls,uname,sysinfo,times,getrusage,prlimit64,getrlimit,setrlimit,sched_getaffinity
calls=$calls,sched_setaffinity,sched_getparam,sched_setparam,sched_getscheduler,sched_setscheduler
calls=$calls,sched_get_priority_max,getpriority,setpriority,personality,getresuid,getresgid
calls=$calls,setresuid,setfsuid,getgroups,setgroups,capget,capset,prctl
"$XSTRACE" -o trace -e trace=$calls "$(prog pr_info)" > expected || fail "exit status $?"
sed -n '/^sched_yield() /,$p' trace | grep -v '^+++' > got
exact expected got
