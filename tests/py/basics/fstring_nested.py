# f-strings: nesting, quotes, dict access, method calls, format specs from variables
items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:>8}: {price:6.2f} {'cheap' if price < 1 else 'pricey':^8}|")
width, prec = 12, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:<{width}}]", f"[{'x':{'*'}^{width}}]")
print(f"{items['apple']}", f'{items["kiwi"]}', f"{len(items)} items", f"{sorted(items)}")
print(f"{'nested {braces}'}", f"{{}}", f"{'{'}{'}'}")
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
n = 255
print(f"{n:#x} {n:#o} {n:#b} {n:08.2f} {n:,} {-n:+06d} {n!r:>6}")
print(f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'called')()}")
print(f"{'a' 'b'}", f"{n:{'>'}{10}}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(12.5)
print(f"{m:usd} {m:.1f} {m:>8}")
print(f"{3 + 4 = }", f"{'x' * 3=}", f"{n = :x}")
