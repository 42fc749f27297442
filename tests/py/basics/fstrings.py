# f-strings: expressions, conversions, format specs, =
name = "World"
n = 42
pi = 3.14159265
print(f"Hello {name}!", f"{n}", f"{n + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3e}|{pi:g}|{1e20:g}|{pi:%}|{0.5:.0%}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{5:b}|{5:#010b}|{1234567:,}|{1234567:_}|{255:_x}")
print(f"{name:*^11}|{name:.3}|{name:>8.2}|{'':-<5}")
print(f"{{literal}}", f"{{{n}}}", f"a{{b")
print(f"{n=}", f"{n + 1 = }", f"{name=!r}", f"{pi=:.2f}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{name:>{w}}")
d = {"k": "v"}
print(f"{d['k']}", f"{[1, 2][1]}", f"{(lambda x: x * 2)(3)}", f"{'yes' if n else 'no'}")
print(f"{3.0}", f"{1e100}", f"{-0.0}", f"{True}", f"{None}", f"{[1, 'a']}", f"{(1,)}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __str__(self):
        return "Pstr"
    def __repr__(self):
        return "Prepr"
print(f"{P()}", f"{P():xyz}", f"{P()!s}", f"{P()!r}")
print(f"multi" f"ple {n}" "plain")
print(f"""triple {n}
line2""")
x = 7
print(f"{x:d}", f"{x:3d}", f"{x:<3d}|", f"{-x:05d}", f"{x:.2f}")
print(f"{12.0:g}", f"{0.0001:g}", f"{123456789.0:g}", f"{1.5:n}" if False else "", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{'abc':10}|", f"{12:10}|", f"{1.5:10}|")
try:
    f"{n:s}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
print(format(n, "x"), format(pi, ".1f"), format("s", ">3"), format(5), format(1234.5, ",.1f"))
