# System V IPC (msg, sem, shm) and POSIX message queues: exact lines (the
# programs print them).
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
check_self_printing ipc_sysv -e trace=%ipc "$(prog ipc_sysv)"
check_self_printing ipc_mq -e trace=mq_open,mq_timedsend,mq_timedreceive,mq_notify,mq_getsetattr,mq_unlink \
	"$(prog ipc_mq)" "xstrace_mq_$$"
