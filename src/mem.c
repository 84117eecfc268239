/* process_vm_readv first, one call per read; PTRACE_PEEKDATA word by word
 * when the kernel refuses it (ENOSYS, or EPERM under some LSMs). */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

#include "mem.h"

static bool vm_readv_broken;

void mem_reset_fallback(void)
{
	vm_readv_broken = false;
}

static size_t page_size(void)
{
	static size_t ps;
	if (!ps)
		ps = (size_t)sysconf(_SC_PAGESIZE);
	return ps;
}

static long vm_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	struct iovec local = { buf, len };
	struct iovec remote = { (void *)(uintptr_t)addr, len };
	return process_vm_readv(pid, &local, 1, &remote, 1, 0);
}

static int peek_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	char *out = buf;
	const size_t w = sizeof(long);
	uint64_t start = addr & ~(uint64_t)(w - 1);
	size_t skip = (size_t)(addr - start);
	while (len) {
		errno = 0;
		long word = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)start, 0);
		if (errno)
			return -1;
		size_t n = w - skip < len ? w - skip : len;
		memcpy(out, (char *)&word + skip, n);
		out += n;
		len -= n;
		start += w;
		skip = 0;
	}
	return 0;
}

static int pid_read(const struct mem_reader *m, uint64_t addr, void *buf, size_t len)
{
	if (!addr)
		return -1;
	if (!len)
		return 0;
	if (!vm_readv_broken) {
		long r = vm_read(m->pid, addr, buf, len);
		if (r == (long)len)
			return 0;
		if (r < 0 && (errno == ENOSYS || errno == EPERM))
			vm_readv_broken = true;
		else
			return -1;
	}
	return peek_read(m->pid, addr, buf, len);
}

static long pid_read_str(const struct mem_reader *m, uint64_t addr, char *buf, size_t len)
{
	if (!addr)
		return -1;
	size_t done = 0;
	const size_t ps = page_size();
	while (done < len) {
		/* never cross a page in one read: the next page may be unmapped */
		size_t chunk = ps - (size_t)((addr + done) & (ps - 1));
		if (chunk > len - done)
			chunk = len - done;
		if (pid_read(m, addr + done, buf + done, chunk) < 0)
			return done ? (long)done : -1;
		char *nul = memchr(buf + done, '\0', chunk);
		if (nul)
			return (long)(nul - buf) + 1;
		done += chunk;
	}
	return (long)done;
}

void mem_reader_for_pid(struct mem_reader *m, pid_t pid)
{
	m->read = pid_read;
	m->read_str = pid_read_str;
	m->pid = pid;
	m->priv = NULL;
}
