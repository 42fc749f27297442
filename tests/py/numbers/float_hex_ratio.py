# float.hex, fromhex, as_integer_ratio, is_integer
for v in (1.0, 0.5, -2.75, 0.1, 1e-320, 0.0, -0.0, 1.7976931348623157e308, 3.0):
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.8P-1"), float.fromhex(" 0x10 "), float.fromhex("inf"), float.fromhex("-nan"))
print(float.fromhex("1p4"), float.fromhex("0x1.fffffffffffffp1023"), float.fromhex("0x1p-1074"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: float.fromhex("0x1p2000"))
show(lambda: float.fromhex("zz"))
show(lambda: float.fromhex(""))
show(lambda: float.fromhex(1.0))
print((1.5).is_integer(), (-3.0).is_integer(), (1e300).is_integer())
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0)
print(float.hex(2.5), (5e-324).hex(), (2.0 ** -1030).hex())
