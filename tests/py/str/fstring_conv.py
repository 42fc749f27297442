s = "héllo\n"
x = 42
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{x!r:>6}", f"{s!r:.4}", f"{'日'!a}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-fmt[" + spec + "]"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c!a}", f"{c:xyz}", f"{c!r:>10}", f"{c!s:^9}")
print(f"{x=}", f"{x = }", f"{x=:5}", f"{x=!r}", f"{s=}", f"{1+1=}", f"{c=}", f"{c=!s}", f"{x=:#x}")
print(f"{{}}", f"{{{x}}}", f"{'a' 'b'}", f"{3.5:{'>'}{8}.{2}f}", f"{'nested {braces}'}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'ab':{'*'}^{w}}", f"{x:{'0'}{w}d}", f"{x:0{w},}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{d!r}", f"{len(d)}", f"{(lambda y: y * 2)(4)}", f"{x if x > 1 else 0}")
