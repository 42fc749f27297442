width, prec, align, fill = 12, 3, "^", "*"
v = 3.14159265
print(f"[{v:{width}.{prec}f}]", f"[{v:{fill}{align}{width}.{prec}}]", f"[{v:{'<' if v > 3 else '>'}{width}}]")
items = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
for name, price in items:
    print(f"{name:<8}|{price:>8.2f}|{price:{'+' if price > 10 else '-'}09.1f}|")
n = 255
for base in "bxo":
    print(f"{n:#{base}}", f"{n:{base}}", f"{n:>{width}{base}}")
print(f"{'nested' + f'{1 + 1}'}", f"{f'{v:.2f}':>10}", f"{[f'{i:02d}' for i in range(3)]}")
d = {"a": {"b": 5}}
print(f"{d['a']['b']:03}", f"{len(d):{width}}", f"{'x'!r:{fill}>{6}}")
