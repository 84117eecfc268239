/* Administration calls: syslog, reboot, swapon, as strace 6.1 prints
 * them. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

/* the number, then its name as a comment: 3 (SYSLOG_ACTION_READ_ALL) */
static void print_num_named(struct dctx *d, const struct xlat *x, int v)
{
	const char *name = xlat_name(x, (uint64_t)(int64_t)v);
	PF(d, "%d /* %s */", v, name ? name : x->dflt ? x->dflt : "???");
}

DEFINE_DECODER(syslog)
{
	int type = arg_int(d, 0);
	uint64_t buf = arg_ulong(d, 1);
	int len = arg_int(d, 2);
	const struct xlat *x = XLAT(d->abi, syslog_actions);
	switch (type) {
	case XV_SYSLOG_ACTION_READ: case XV_SYSLOG_ACTION_READ_ALL: case XV_SYSLOG_ACTION_READ_CLEAR:
		if (!d->exiting) {
			print_num_named(d, x, type);
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (syserror(d))
			print_ptr(d, buf);
		else
			print_buf(d, buf, (uint64_t)d->sc->rval, 0);
		PF(d, ", %d", len);
		return DEC_DONE;
	case XV_SYSLOG_ACTION_CLOSE: case XV_SYSLOG_ACTION_OPEN: case XV_SYSLOG_ACTION_CLEAR:
	case XV_SYSLOG_ACTION_CONSOLE_OFF: case XV_SYSLOG_ACTION_CONSOLE_ON:
	case XV_SYSLOG_ACTION_SIZE_UNREAD: case XV_SYSLOG_ACTION_SIZE_BUFFER:
		print_num_named(d, x, type);
		return DEC_DONE;
	case XV_SYSLOG_ACTION_CONSOLE_LEVEL:
		print_num_named(d, x, type);
		P(d, ", ");
		print_ptr(d, buf);
		P(d, ", ");
		print_num_named(d, XLAT(d->abi, loglevels), len);
		return DEC_DONE;
	default:
		print_num_named(d, x, type);
		P(d, ", ");
		print_ptr(d, buf);
		PF(d, ", %d", len);
		return DEC_DONE;
	}
}

/* a magic number named only by the entries whose names start with
 * prefix (magic: LINUX_REBOOT_MAGIC1, magic2: the LINUX_REBOOT_MAGIC2*) */
static void print_magic(struct dctx *d, uint32_t v, bool second)
{
	const struct xlat *x = XLAT(d->abi, reboot_magic);
	const char *name = xlat_name(x, v);
	bool is2 = name && name[sizeof("LINUX_REBOOT_MAGIC") - 1] == '2';
	if (name && is2 == second)
		P(d, name);
	else
		PF(d, "%#x /* LINUX_REBOOT_MAGIC_??? */", v);
}

DEFINE_DECODER(reboot)
{
	print_magic(d, (uint32_t)arg_ulong(d, 0), false);
	P(d, ", ");
	print_magic(d, (uint32_t)arg_ulong(d, 1), true);
	P(d, ", ");
	uint32_t cmd = (uint32_t)arg_ulong(d, 2);
	print_xval(d, XLAT(d->abi, reboot_cmds), cmd, NULL);
	if (cmd == XV_LINUX_REBOOT_CMD_RESTART2) {
		P(d, ", ");
		print_str(d, arg_ulong(d, 3));
	}
	return DEC_DONE;
}

/* swapon(path, flags): SWAP_FLAG_PREFER|5, SWAP_FLAG_DISCARD|0, 5 */
DEFINE_DECODER(swapon)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	uint32_t flags = (uint32_t)arg_ulong(d, 1);
	uint32_t prio = flags & 0x7fff, rest = flags & ~(uint32_t)0x7fff;
	if (rest) {
		print_flags(d, XLAT(d->abi, swap_flags), rest, NULL);
		P(d, "|");
	}
	PF(d, "%u", prio);
	return DEC_DONE;
}

/* fanotify_init(flags, event_f_flags): the class (the entries of value
 * 0, 4, 8 named FAN_CLASS_*) first, then the other flags */
DEFINE_DECODER(fanotify_init)
{
	const struct xlat *x = XLAT(d->abi, fanotify_init_flags);
	uint32_t flags = (uint32_t)arg_ulong(d, 0);
	uint32_t cls = flags & (XV_FAN_CLASS_CONTENT | XV_FAN_CLASS_PRE_CONTENT);
	const char *name = xlat_name(x, cls);
	if (name && name[4] == 'C')   /* FAN_CLASS_* */
		P(d, name);
	else
		PF(d, "%#x /* FAN_CLASS_??? */", cls);
	uint32_t rest = flags & ~cls;
	if (rest) {
		P(d, "|");
		const struct xlat *fx = x;
		/* the flags without the classes: skip values that are classes */
		bool any = false;
		for (unsigned i = 0; fx && i < fx->n && rest; i++) {
			uint64_t b = fx->ents[i].val;
			if (b && (b & (XV_FAN_CLASS_CONTENT | XV_FAN_CLASS_PRE_CONTENT)) == 0 &&
			    (rest & b) == b) {
				PF(d, "%s%s", any ? "|" : "", fx->ents[i].name);
				any = true;
				rest &= ~(uint32_t)b;
			}
		}
		if (rest)
			PF(d, any ? "|%#x" : "%#x /* FAN_??? */", rest);
	}
	P(d, ", ");
	print_open_flags(d, (uint32_t)arg_ulong(d, 1));
	return DEC_DONE;
}
