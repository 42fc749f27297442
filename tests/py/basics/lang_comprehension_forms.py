# comprehension forms: nested loops, multiple conditions, dict/set, ordering
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(20) if i % 2 if i % 3])
print({i: i * i for i in range(4)}, {c for c in "hello"} == set("helo"))
print([[r * c for c in range(3)] for r in range(3)])
print([x for row in [[1, 2], [3], []] for x in row])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({len(w) for w in "the quick brown fox".split()}))
# later clauses can refer to earlier variables
print([(a, b) for a in range(4) if a for b in range(a, 4) if (a + b) % 2])
# dict comprehension key/value evaluation order (3.8+: key first)
order = []
{order.append("k") or 1: order.append("v") for _ in range(1)}
print(order)
# comprehension over a modified-while-iterating list copy
src = [1, 2, 3]
print([src.append(0) or x for x in src[:]], len(src))
# conditional expression inside
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
# nested comprehension scoping
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in "ab"], x)
# async-free generator in call without extra parentheses
print(sum(i for i in range(5)), max((c for c in "zebra"), key=ord))
try:
    exec("f(x for x in range(3), 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
