/* -k: which syscalls change the memory mappings. The unwinding itself
 * comes with the libunwind part. */
#include "options.h"
#include "stacktrace.h"

bool stacktrace_enabled;

void stacktrace_add_to_set(struct trace_set *s)
{
	for (int a = 0; a < ABI_COUNT; a++)
		for (uint32_t nr = 0; nr < abis[a].nsyscalls && nr < s->size[a]; nr++) {
			const struct sysent *e = abis[a].syscalls[nr];
			if (e && (e->classes & TC_MAPS))
				s->bits[a][nr >> 3] |= (uint8_t)(1u << (nr & 7));
		}
}
