#include <stdlib.h>
#include <string.h>
#include "fake_mem.h"

struct region { uint64_t addr; size_t len; unsigned char *data; };
static struct region regions[32];
static unsigned nregions;

void fake_mem_clear(void)
{
	for (unsigned i = 0; i < nregions; i++)
		free(regions[i].data);
	nregions = 0;
}

void fake_mem_add(uint64_t addr, const void *data, size_t len)
{
	struct region *r = &regions[nregions++];
	r->addr = addr;
	r->len = len;
	r->data = malloc(len);
	memcpy(r->data, data, len);
}

static const struct region *find(uint64_t addr, size_t len)
{
	for (unsigned i = 0; i < nregions; i++)
		if (addr >= regions[i].addr && addr + len <= regions[i].addr + regions[i].len)
			return &regions[i];
	return NULL;
}

static int fake_read(const struct mem_reader *m, uint64_t addr, void *buf, size_t len)
{
	(void)m;
	const struct region *r = find(addr, len);
	if (!r)
		return -1;
	memcpy(buf, r->data + (addr - r->addr), len);
	return 0;
}

static long fake_read_str(const struct mem_reader *m, uint64_t addr, char *buf, size_t len)
{
	(void)m;
	const struct region *r = find(addr, 1);
	if (!r)
		return -1;
	size_t avail = r->len - (size_t)(addr - r->addr);
	size_t n = avail < len ? avail : len;
	memcpy(buf, r->data + (addr - r->addr), n);
	char *nul = memchr(buf, 0, n);
	return nul ? nul - buf + 1 : (long)n;
}

void fake_mem_init(struct mem_reader *m)
{
	m->read = fake_read;
	m->read_str = fake_read_str;
	m->pid = 0;
	m->priv = NULL;
}
