"""Expand a snippet file (one program per line; U+23CE is a newline, U+21E5 a tab) into
numbered .py files: python3 gensnips.py SNIPPETS OUTDIR"""
import os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for i, line in enumerate(open(src, encoding='utf-8').read().split('\n')):
    if not line.strip():
        continue
    text = line.replace('\u23ce', '\n').replace('\u21e5', '\t')
    open(os.path.join(out, '%03d.py' % i), 'w', encoding='utf-8').write(text + '\n')
