/* Tracees in an open hash from tid: an event costs one lookup, however
 * many threads are traced. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "tcb.h"

static struct tcb **buckets;
static unsigned nbuckets, ntcbs;

static unsigned hash_pid(pid_t pid, unsigned n)
{
	return ((uint32_t)pid * 2654435761u) & (n - 1);
}

static void grow(void)
{
	unsigned n = nbuckets ? nbuckets * 2 : 64;
	struct tcb **nb = calloc(n, sizeof(*nb));
	if (!nb)
		error_msg_and_die("out of memory");
	for (unsigned i = 0; i < nbuckets; i++) {
		struct tcb *t = buckets[i];
		while (t) {
			struct tcb *next = t->hnext;
			unsigned h = hash_pid(t->pid, n);
			t->hnext = nb[h];
			nb[h] = t;
			t = next;
		}
	}
	free(buckets);
	buckets = nb;
	nbuckets = n;
}

struct tcb *tcb_find(pid_t pid)
{
	if (!nbuckets)
		return NULL;
	for (struct tcb *t = buckets[hash_pid(pid, nbuckets)]; t; t = t->hnext)
		if (t->pid == pid)
			return t;
	return NULL;
}

struct tcb *tcb_new(pid_t pid)
{
	if (ntcbs + 1 > nbuckets)
		grow();
	struct tcb *t = calloc(1, sizeof(*t));
	if (!t)
		error_msg_and_die("out of memory");
	t->pid = pid;
	t->tgid = pid;
	unsigned h = hash_pid(pid, nbuckets);
	t->hnext = buckets[h];
	buckets[h] = t;
	ntcbs++;
	return t;
}

void tcb_drop(struct tcb *t)
{
	struct tcb **pp = &buckets[hash_pid(t->pid, nbuckets)];
	while (*pp && *pp != t)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = t->hnext;
	ntcbs--;
	free(t);
}

unsigned tcb_count(void)
{
	return ntcbs;
}

static struct tcb *scan_from(unsigned b)
{
	for (; b < nbuckets; b++)
		if (buckets[b])
			return buckets[b];
	return NULL;
}

struct tcb *tcb_first(void)
{
	return scan_from(0);
}

struct tcb *tcb_next(struct tcb *t)
{
	if (t->hnext)
		return t->hnext;
	return scan_from(hash_pid(t->pid, nbuckets) + 1);
}
