# assignment expressions in more positions
import re
lines = ["key1=val1", "garbage", "key2=val2", "", "k3=v3"]
parsed = {m.group(1): m.group(2) for line in lines if (m := re.match(r"(\w+)=(\w+)", line))}
print(parsed)
def chunks(data, n):
    it = iter(data)
    out = []
    while (chunk := [x for _, x in zip(range(n), it)]):
        out.append(chunk)
    return out
print(chunks(range(7), 3))
print([(x, y) for x in range(5) if (y := x * x) % 2 == 0])
values = [5, 3, 8]
if (total := sum(values)) > 10 and (avg := total / len(values)) > 5:
    print("total", total, "avg", avg)
print(max(values, key=lambda v: (r := v % 4, -v)), (w := 10) * 2, w)
def f(x):
    return (y := x + 1) * y
print(f(3))
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("left", stack, "top", top)
