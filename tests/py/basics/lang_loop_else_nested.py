# for/while with else clauses and break/continue in nested loops
def find_pair(rows, target):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (i, j)
    else:
        return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find_pair(grid, 5), find_pair(grid, 9), find_pair(grid, 10))

# else runs when loop finishes normally, also for empty loops
for x in []:
    print("never")
else:
    print("empty for else")

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else, n =", n)

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("not printed")

# continue in inner loop doesn't affect outer else
out = []
for a in range(3):
    for b in range(3):
        if b == 1:
            continue
        out.append((a, b))
    else:
        out.append("inner-done")
else:
    out.append("outer-done")
print(out)

# break out of while with else inside for
for k in range(3):
    i = 0
    while i < 5:
        if i == k:
            break
        i += 1
    else:
        print("no break", k)
    print("k", k, "i", i)
