/* ioctl(-1, CODE, 0) for every hex CODE in the file argv[1] (whitespace
 * separated): the differential test compares how each tracer names them. */
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 2)
		return 2;
	FILE *f = fopen(argv[1], "r");
	if (!f)
		return 2;
	unsigned long code;
	while (fscanf(f, "%lx", &code) == 1)
		syscall(SYS_ioctl, -1L, (long)(unsigned int)code, 0L);
	fclose(f);
	return 0;
}
