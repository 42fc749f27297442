for n in [0, 999, 1000, 123456789, -1234567, 10**20]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b"), format(n, "_o"), format(n, "015,"), format(n, "+,d"))
for f in [1234.5, -1234567.891, 0.5, 1e16, 123456.0]:
    print(format(f, ",.2f"), format(f, "_.3f"), format(f, ","), format(f, ",e"), format(f, ",g"), format(f, "012,.1f"), format(f, ",%"))
print(format(1234, "09,"), format(1234, "010,"), format(12345678, "0=16,"), format(-1234, "0<10,"))
for spec in [",x", ",b", ",o", ",X", ",c", ",n", "_n", ",_", "_,", ",s"]:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(format("abc", ","))
except ValueError as e:
    print(type(e).__name__, e)
