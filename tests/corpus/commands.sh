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
getent ahosts localhost
ip addr
python3 -c 'import http.server as h,os,urllib.request as u; h.SimpleHTTPRequestHandler.log_message=lambda *a: None; s=h.HTTPServer(("127.0.0.1",0),h.SimpleHTTPRequestHandler); p=os.fork(); (s.handle_request(), os._exit(0)) if p == 0 else (print(u.urlopen("http://127.0.0.1:%d/data.txt" % s.server_port).read()), os.waitpid(p, 0))'
