x = 10
items = [3, 1, 2]
print(f"{(y := x * 2)} {y}", f"{sorted(items)}", f"{x if x > 5 else -x}", f"{[i * 2 for i in items]}", f"{ {'k': x}['k'] }")
print(f"{x:{'>'}{10}}|", f"{'a' * 3}", f"{x!r}{x!s}", f"{x:#x}{x:#o}", f"{-x:+05d}", f"{x / 3:.3f}", f"{x // 3}")
name = "World"
msg = f"""Hello,
  {name}!
  {x + 1}"""
print(msg)
print(f"{'{'}", f"{'}'}", f"{{x}}", f"{{{x}}}", f"{x}{{}}")
def f(*a, **k):
    return len(a) + len(k)
print(f"{f(1, 2, z=3)}", f"{f()}", f"{(lambda: 'lam')()}", f"{x:{x}}|", f"{'%d' % x}", f"{str(x).zfill(5)}")
print(f"{x}" f"{x}" "plain" f"{x + 1}", F"{x}", rf"{x}\n", fr"\t{x}")
