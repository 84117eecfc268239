/* String-heavy: openat+fstat+close of files whose paths are ~250 bytes
 * long, N opens in all (default 3000) over 64 files. The files live in a
 * fresh directory under $TMPDIR (or /tmp), removed at the end. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NFILES 64

static char paths[NFILES][768];

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 3000;
	const char *tmp = getenv("TMPDIR");
	char top[256];
	snprintf(top, sizeof(top), "%s/xstrace-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(top)) {
		perror("mkdtemp");
		return 1;
	}
	/* one long directory name, so every path is long and the same length */
	char dir[512];
	snprintf(dir, sizeof(dir), "%s/%s", top,
		 "a_rather_long_directory_name_to_make_path_strings_expensive_to_print_"
		 "and_to_quote_0123456789_abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
		 "more_padding_for_the_decoder_to_copy");
	if (mkdir(dir, 0700) < 0) {
		perror("mkdir");
		return 1;
	}
	for (int i = 0; i < NFILES; i++) {
		snprintf(paths[i], sizeof(paths[i]), "%s/file_number_%02d_with_a_long_name.txt", dir, i);
		int fd = open(paths[i], O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0) {
			perror("create");
			return 1;
		}
		close(fd);
	}
	int rc = 0;
	for (long i = 0; i < n; i++) {
		struct stat st;
		int fd = openat(AT_FDCWD, paths[i % NFILES], O_RDONLY | O_CLOEXEC);
		if (fd < 0 || fstat(fd, &st) < 0) {
			perror("openat/fstat");
			rc = 1;
			break;
		}
		close(fd);
	}
	for (int i = 0; i < NFILES; i++)
		unlink(paths[i]);
	rmdir(dir);
	rmdir(top);
	return rc;
}
