import re, sys, glob, os
END = set('。！？；;!?')
def sentences(text):
    out = []  # (start, quote)
    pos = 0
    for line in text.split('\n'):
        buf_start = pos; buf = ''
        i = 0
        while i < len(line):
            ch = line[i]; buf += ch
            if ch in END:
                q = buf.strip()
                if q:
                    s = pos + line.index(q, buf_start - pos) if False else None
                    out.append(q)
                buf = ''
            i += 1
        if buf.strip():
            out.append(buf.strip())
        pos += len(line) + 1
    return out
if __name__ == '__main__':
    for f in sys.argv[1:]:
        t = open(f, encoding='utf-8').read()
        ss = sentences(t)
        body = re.sub(r'\s', '', t)
        print('=====', os.path.basename(f), 'chars(nows)=', len(body))
        for i, s in enumerate(ss):
            print(f'{i:3d} {s}')
