# The corpus: everyday commands, one per line, run with `sh -c` in a fresh
# work directory holding the files that setup.sh makes. Each is traced with
# -f by the distro strace and by xstrace; tests/corpus/compare.py scores
# how many lines are identical.
ls -la
cat data.txt
cp data.txt copy.txt
mv data.txt moved.txt
rm -f data.txt
mkdir -p a/b/c
find . -name '*.txt'
tar cf out.tar data.txt sub
tar xf in.tar
sort data.txt
sh -c 'cat data.txt | sort | uniq -c | wc -l'
python3 -c 'open("o.txt","w").write(open("data.txt").read().upper())'
make -s -f Makefile.tiny
gcc -c tiny.c -o tiny.o
git init -q repo && cd repo && git add . && git commit -qm init
