# literal syntax: numbers, strings, containers, continuation, semicolons
print(0, 00, 1_0, 0x_ff, 0o7_7, 0b_1, 1e3, 1E-3, 1_0.0_1, .5, 5., 0xDEADbeef)
print("implicit" " concatenation", 'mixed' "quotes", r'raw\d' r"\n")
print("""a "quoted" triple""", '''single 'quoted' triple''')
s = "line1 \
continued"
print(s)
total = 1 + \
    2 + \
    3
print(total)
lst = [
    1,
    2,
    3,
]
print(lst, (1,), (), [], {}, {1}, {1: 2}, (1, 2,))
a = 1; b = 2; print(a + b)
if a: print("inline if")
for i in range(2): print("inline for", i)
print(..., Ellipsis is ..., None, True, False)
x = (1 +
     2)
print(x)
d = {
    "a": 1,
    "b": [
        1, 2,
    ],
}
print(d)
print(b"bytes", rb"raw\bytes", br"also\raw", B"upper")
print("\a\b\f\v".encode(), "\0".encode(), "\x7f".encode(), "\101\102")
print(u"unicode prefix", "esc\\aped", "tab\tend")
print(1 if 1 else 2)
print(type(1j).__name__ if False else "complex-skipped", 10 ** 2, 1e2)
def f(): return "one-line def"
print(f())
class C: pass
print(C.__name__)
pass
