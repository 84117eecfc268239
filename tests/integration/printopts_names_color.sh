# strace 7.x output options, checked against their documented output:
# -N/--arg-names ("name=value" with the signatures' names) and
# --color=auto|always|never with NO_COLOR and STRACE_COLORS.
. "$srcdir/tests/lib.sh"
exec < /dev/null
xs=$(prog po_xstyle)
calls=openat,access,lseek,kill,dup3,write
"$XSTRACE" -N -e trace=$calls -o names.out "$xs" > /dev/null || fail "-N: exit status"
grep -v 'ld\.so\|libc\.so\|^+++' names.out | sed -E 's/\) += /) = /' > names.got
cat > names.want <<'END'
openat(dirfd=AT_FDCWD, pathname="/nonexistent", flags=O_RDONLY) = -1 ENOENT (No such file or directory)
openat(dirfd=AT_FDCWD, pathname="/nonexistent/\16\t hi\377~\0017", flags=O_WRONLY|O_CREAT|0x40000000, mode=0644) = -1 ENOENT (No such file or directory)
openat(dirfd=99, pathname="/nonexistent", flags=O_RDWR) = -1 ENOENT (No such file or directory)
access(pathname="/", mode=F_OK) = 0
access(pathname="/", mode=R_OK|W_OK) = 0
access(pathname="/", mode=0x100 /* ?_OK */) = -1 EINVAL (Invalid argument)
lseek(fd=0, offset=0, whence=0x7 /* SEEK_??? */) = -1 EINVAL (Invalid argument)
lseek(fd=0, offset=0, whence=SEEK_END) = 0
kill(pid=0, sig=0) = 0
dup3(oldfd=0, newfd=0, flags=O_LARGEFILE) = -1 EINVAL (Invalid argument)
write(fd=1, buf="text\n\1\377", count=7) = 7
END
exact names.want names.got
# the long form, and names with -X verbose and raw arguments
"$XSTRACE" --arg-names -X verbose -e trace=access -o v.out "$xs" > /dev/null
grep -qxF 'access(pathname="/", mode=0x6 /* R_OK|W_OK */) = 0' v.out || { cat v.out; fail "--arg-names -X verbose"; }
"$XSTRACE" -N -e raw=lseek -e trace=lseek -o r.out "$xs" > /dev/null
grep -q '^lseek(fd=0, offset=0, whence=0x2) *= 0$' r.out || { cat r.out; fail "-N -e raw="; }

# colour: never by default into a file; always forces it, NO_COLOR does
# not stop always; STRACE_COLORS replaces palette entries
esc=$(printf '\033')
"$XSTRACE" -e trace=lseek -o plain.out "$xs" > /dev/null
grep -q "$esc" plain.out && fail "--color=auto coloured a file"
NO_COLOR=1 "$XSTRACE" --color=always -e trace=lseek -o col.out "$xs" > /dev/null
grep -q "$esc" col.out || fail "--color=always did not colour"
"$XSTRACE" --color=never -e trace=lseek -o never.out "$xs" > /dev/null
grep -q "$esc" never.out && fail "--color=never coloured"
# without the escapes the lines are the plain ones
sed "s/$esc\[[0-9;]*m//g" col.out > col.stripped
exact plain.out col.stripped
# the default palette (the "=" aligned on the plain text): syscall 1;33, punctuation 0, values 35, constants
# 1;36, return values 32, errors 31
line=$(grep 'SEEK_END' col.out)
want="${esc}[1;33mlseek${esc}[0m${esc}[0m(${esc}[0m${esc}[35m0${esc}[0m${esc}[0m,${esc}[0m ${esc}[35m0${esc}[0m${esc}[0m,${esc}[0m ${esc}[1;36mSEEK_END${esc}[0m${esc}[0m)${esc}[0m$(printf "%19s" "")${esc}[0m=${esc}[0m ${esc}[32m0${esc}[0m"
[ "$line" = "$want" ] || { printf '%s\n' "$line" | cat -v; fail "default palette"; }
grep -q "${esc}\[31m-1 EINVAL (Invalid argument)${esc}\[0m" col.out || fail "error colour"
STRACE_COLORS='syscall=1;34:retval=4:error=bogus:nokey=1:const' "$XSTRACE" --color=always \
	-e trace=lseek -o pal.out "$xs" > /dev/null
grep -q "^${esc}\[1;34mlseek" pal.out || fail "STRACE_COLORS syscall="
grep -q "${esc}\[4m0${esc}\[0m\$" pal.out || fail "STRACE_COLORS retval="
grep -q "${esc}\[31m-1 EINVAL" pal.out || fail "an invalid STRACE_COLORS entry changed the palette"
# -N names take the argname colour
"$XSTRACE" -N --color=always -e trace=kill -o kn.out "$xs" > /dev/null
grep -q "${esc}\[39mpid${esc}\[0m${esc}\[0m=${esc}\[0m${esc}\[35m0" kn.out || { cat -v kn.out; fail "-N with colour"; }
exit 0
