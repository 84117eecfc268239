/* -s limits: a write longer than the limit is cut with "..." after the
 * quote; a path is never cut. */
#include <fcntl.h>
#include <unistd.h>
#include "expect.h"

int main(void)
{
	char ret[32];
	static const char msg[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
	int fd = open("/dev/null", O_WRONLY);
	ssize_t n = write(fd, msg, sizeof(msg) - 1);
	snprintf(ret, sizeof(ret), "%zd", n);
	/* default -s 32 */
	expect(ret, "write(%d, \"0123456789abcdefghijklmnopqrstuv\"..., %zu)", fd, sizeof(msg) - 1);
	char path[200];
	memset(path, 'x', sizeof(path));
	memcpy(path, "/nonexistent/", 13);
	path[sizeof(path) - 1] = 0;
	openat(AT_FDCWD, path, O_RDONLY);
	expect("-1 ENOENT (No such file or directory)", "openat(AT_FDCWD, \"%s\", O_RDONLY)", path);
	return 0;
}
