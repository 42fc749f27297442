# while loops with complex conditions and nested control flow
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))
a, b = 0, 1
fibs = []
while len(fibs) < 15 and b < 1000:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
i, j = 0, 10
while i < j:
    if (i + j) % 3 == 0:
        i += 2
        continue
    j -= 1
print(i, j)
stack = [1, [2, [3, 4], 5], [6]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
queue = [1]
seen = []
while queue:
    x = queue.pop(0)
    if x > 20 or x in seen:
        continue
    seen.append(x)
    queue += [x * 2, x * 3]
print(sorted(seen))
count = 0
while count < 3:
    count += 1
else:
    print("while finished", count)
def digits(n):
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out[::-1] or [0]
print(digits(9075), digits(0), digits(10 ** 12))
