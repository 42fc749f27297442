# while loops with complex conditions, walrus, and else
data = [5, 3, 0, 7]
i = 0
while i < len(data) and data[i]:
    i += 1
else:
    print("stopped at", i)

chunks = iter(["ab", "cd", "", "ef"])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out, next(chunks))

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and len(stack) > 1:
    stack = stack[1]
    depth += 1
print("depth", depth, stack)
k = 0
while True:
    k += 1
    if k < 3:
        continue
    break
print("k", k)
