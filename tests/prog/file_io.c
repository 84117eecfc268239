/* openat ENOENT, then write/read/close of a file holding binary bytes. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "expect.h"

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "file_io.tmp";
	char ret[64];

	int bad = openat(AT_FDCWD, "/nonexistent/xstrace-test", O_RDONLY);
	expect("-1 ENOENT (No such file or directory)",
	       "openat(AT_FDCWD, \"/nonexistent/xstrace-test\", O_RDONLY)");
	(void)bad;

	int fd = openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	snprintf(ret, sizeof(ret), "%d", fd);
	expect(ret, "openat(AT_FDCWD, \"%s\", O_WRONLY|O_CREAT|O_TRUNC, 0640)", path);

	static const char data[] = "\0\1\2abc\n\t\"\\\377\3777 tail";
	ssize_t n = write(fd, data, sizeof(data) - 1);
	snprintf(ret, sizeof(ret), "%zd", n);
	expect(ret, "write(%d, \"\\0\\1\\2abc\\n\\t\\\"\\\\\\377\\3777 tail\", %zu)", fd, sizeof(data) - 1);
	close(fd);
	expect("0", "close(%d)", fd);

	fd = openat(AT_FDCWD, path, O_RDONLY);
	snprintf(ret, sizeof(ret), "%d", fd);
	expect(ret, "openat(AT_FDCWD, \"%s\", O_RDONLY)", path);
	char buf[64];
	n = read(fd, buf, 4);
	expect("4", "read(%d, \"\\0\\1\\2a\", 4)", fd);
	n = read(fd, buf, sizeof(buf));
	snprintf(ret, sizeof(ret), "%zd", n);
	expect(ret, "read(%d, \"bc\\n\\t\\\"\\\\\\377\\3777 tail\", %zu)", fd, sizeof(buf));
	n = read(fd, buf, sizeof(buf));
	expect("0", "read(%d, \"\", %zu)", fd, sizeof(buf));
	close(fd);
	expect("0", "close(%d)", fd);
	unlink(path);
	return 0;
}
