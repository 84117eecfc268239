# Files the corpus commands work on (run in an empty directory).
printf 'pear\napple\nfig\napple\n' > data.txt
mkdir -p sub && printf 'x\n' > sub/f.txt
tar cf in.tar sub
printf 'all:\n\t@echo built > built.txt\n' > Makefile.tiny
printf 'int tiny(int x) { return x * 2; }\n' > tiny.c
mkdir -p repo && printf 'hello\n' > repo/readme
