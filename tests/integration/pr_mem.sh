# Memory calls and their error paths: the lines the program expects.
. "$srcdir/tests/lib.sh"
calls=mmap,mmap2,munmap,mprotect,madvise,mremap,brk,msync,mlock,mlock2,munlock,mlockall,munlockall,mincore,membarrier,memfd_create
"$XSTRACE" -o trace -e trace=$calls "$(prog pr_mem)" > expected || fail "exit status $?"
# the loader's calls come first: compare from the program's first line
sed -n '/^munmap(0x1000, 0) /,$p' trace | grep -v '^+++' > got
exact expected got
