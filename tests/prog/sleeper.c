/* Sleeps in a loop, writing a tick to stdout each time, until killed. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	for (;;) {
		struct timespec ts = { 0, 50 * 1000 * 1000 };
		nanosleep(&ts, NULL);
		if (write(1, ".", 1) < 0)
			return 1;
	}
}
