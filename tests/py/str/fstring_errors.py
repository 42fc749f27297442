for src in ['f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x!}"', "f'{a b}'", "f'{!r}'"]:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(type(e).__name__, src)
x = 5
try:
    print(f"{x:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{x:{'y'}}")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{x:}", f"{'':5}|", f"{None!r:>6}", f"{[x, x]}")
