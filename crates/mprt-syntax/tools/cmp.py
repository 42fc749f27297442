"""Compare the two dump files written by difftest.sh; print the first difference of each line."""
import sys
files = sys.argv[1:]
rs = open('/tmp/mprt_diff_rs.txt').read().split('\n')
py = open('/tmp/mprt_diff_py.txt').read().split('\n')
n = 0
for i, f in enumerate(files):
    a, b = rs[i], py[i]
    if a != b:
        n += 1
        k = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
        print('DIFF', f)
        print('  rs:', a[max(0, k - 150):k + 80])
        print('  py:', b[max(0, k - 150):k + 80])
print(n, 'of', len(files), 'differ', file=sys.stderr)
