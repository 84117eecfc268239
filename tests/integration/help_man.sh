# The man page and -h: groff finds nothing to warn about, and every option
# of `xstrace -h` is in the OPTIONS section of man/xstrace.1 and back.
. "$srcdir/tests/lib.sh"
man="$srcdir/man/xstrace.1"
[ -f "$man" ] || fail "no $man"

if command -v groff > /dev/null; then
	groff -man -ww -z "$man" > groff.out 2>&1 || { cat groff.out; fail "groff failed"; }
	[ -s groff.out ] && { cat groff.out; fail "groff warns about man/xstrace.1"; }
else
	echo "groff absent: lint skipped" >&2
fi

"$XSTRACE" -h > help.txt || fail "-h exit status"
"$XSTRACE" -V > version.txt || fail "-V exit status"
python3 - help.txt "$man" version.txt <<'EOF' || fail "help and man page disagree"
import re
import sys

help_text = open(sys.argv[1]).read()
man_text = open(sys.argv[2]).read()
version = open(sys.argv[3]).read()

LONG = re.compile(r'--([a-z][a-z0-9-]*[a-z0-9])')
SHORT = re.compile(r'(?<![\w-])-([A-Za-z])\1*(?![\w-])')
QUAL = re.compile(r'(?<![\w-])-e ([a-z][a-z-]*)=')


def options(lines):
    found = set()
    for line in lines:
        found |= {'--' + m for m in LONG.findall(line)}
        found |= {'-' + m for m in SHORT.findall(line)}
        found |= {'-e ' + m for m in QUAL.findall(line)}
    return found


# help: the option column, lines that start with "  -" or "   --"
help_lines = [l for l in help_text.splitlines() if re.match(r'^ {2,3}-', l)]
in_help = options(help_lines)

# man: the tags of the .TP paragraphs of the OPTIONS section, as text
section = re.search(r'^\.SH OPTIONS\n(.*?)^\.SH ', man_text, re.S | re.M)
if not section:
    sys.exit('no OPTIONS section')
lines = section.group(1).splitlines()
tags = []
for i, line in enumerate(lines):
    if line.startswith(('.TP', '.TQ')) and i + 1 < len(lines):
        tag = lines[i + 1]
        tag = re.sub(r'^\.(B|I|BI|IB|BR|RB|IR|RI)\s+', '', tag)
        tag = re.sub(r'\\f[BIRP]', '', tag).replace('\\-', '-').replace('"', '')
        tag = tag.replace('\\ ', ' ').replace('\\%', '')
        tags.append(tag)
in_man = options(tags)

if len(in_help) < 80:
    sys.exit('only %d options found in -h' % len(in_help))
# -k and its limit are in -h only when built with an unwinder, as strace does
if 'stack-trace=' not in version:
    in_man -= {'-k', '--stack-trace', '--stack-trace-frame-limit'}
bad = False
for opt in sorted(in_help - in_man):
    print('in -h, not in the man page: %s' % opt)
    bad = True
for opt in sorted(in_man - in_help):
    print('in the man page, not in -h: %s' % opt)
    bad = True
sys.exit(1 if bad else 0)
EOF

# the help keeps strace's layout: its sections, in its order
sections=$(grep -E '^[A-Z][a-z ]+:$' help.txt | tr '\n' '|')
[ "$sections" = "General:|Startup:|Tracing:|Filtering:|Output format:|Statistics:|Stop condition:|Tampering:|Miscellaneous:|" ] ||
	fail "help sections: $sections"
# descriptions start at column 17, options at column 2 (or 3 for the
# --trace= continuation), value lists at column 5
python3 - help.txt <<'EOF' || fail "help lines out of strace's columns"
import re
import sys
ok = re.compile(r'^(Usage: |   or: | {15}[\[{]|[A-Z][a-z ]+:$|$|  -|   --| {5}[a-z0-9%][^:]*: +\S| {17}\S| {20}\(| {11,12}\[)')
bad = [l for l in open(sys.argv[1]).read().splitlines() if not ok.match(l)]
for l in bad:
    print('misaligned: ' + l)
sys.exit(1 if bad else 0)
EOF
# the man page groups the options as strace's page does
subs=$(sed -n '/^\.SH OPTIONS/,/^\.SH EXPRESSIONS/s/^\.SS //p' "$man" | tr -d '"' | tr '\n' '|')
[ "$subs" = "General|Startup|Tracing|Filtering|Output format|Statistics|Stop condition|Tampering|Miscellaneous|" ] ||
	fail "man page groups: $subs"
for s in EXPRESSIONS "SYSCALL CLASSES" "OUTPUT FORMAT" PERSONALITIES "EXIT STATUS" ENVIRONMENT RECIPES; do
	grep -q "^\.SH \"\\?$s\"\\?\$" "$man" || fail "man page has no $s section"
done
exit 0
