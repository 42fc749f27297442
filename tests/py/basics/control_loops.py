# for/while with break/continue/else
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("for", i)
else:
    print("not reached")
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in []:
    print("never")
else:
    print("empty for-else")
n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("while", n)
else:
    print("while-else", n)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("not reached")
print("after", n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
found = None
for x in [4, 6, 9, 10]:
    if x % 3 == 0:
        found = x
        break
else:
    found = -1
print("found", found)
print(list(range(0)), list(range(5, 0, -2)), list(range(-3, 3)), list(range(2, 10, 3)))
r = range(1, 20, 4)
print(len(r), r[2], r[-1], 9 in r, 10 in r, r.index(13), list(reversed(r)), r[1:3])
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
i = 10
for i in range(3):
    pass
print(i)
k = 0
while k < 3:
    k += 1
    for q in range(10):
        if q == k:
            break
    else:
        print("inner else")
print("k", k, "q", q)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
print(range(3), range(1, 5, 2), range(0) == range(2, 2), bool(range(0)))
