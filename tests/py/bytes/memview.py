# memoryview
m = memoryview(bytearray(b"abcdef"))
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), bytes(m[1:3]), m.hex(), m == b"abcdef", m[1:3] == b"bc", m.readonly)
print(m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m[::2].nbytes)
m[0] = 90
m[1:3] = b"YX"
print(m.obj, bytearray(m), bytes(m), [x for x in m])
s = m[2:5]
s[0] = 33
print(m.obj, s.tobytes(), s[::-1].tobytes(), s[1:][0], m[::-1][0])
ba = bytearray(b"0123456789")
v = memoryview(ba)[2:8]
v[::2] = b"abc"
print(ba, v.tolist())
mm = memoryview(b"xyz")
print(mm.readonly, mm.tobytes(), b"xyz" == mm, mm != b"xyz", mm == mm, mm == memoryview(b"xyz"), mm == 5, mm == "xyz")
for bad in ["mm.__setitem__(0, 1)", "m.__setitem__(0, 256)", "m.__setitem__(0, 'a')", "m.__setitem__(slice(0, 2), b'a')", "m[10]", "m['a']", "memoryview('abc')", "memoryview(5)", "m.__delitem__(0)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm[0]
except ValueError as e:
    print("ValueError", e)
r = memoryview(b"abc")
r.release()
r.release()
try:
    len(r)
except ValueError as e:
    print("ValueError", e)
print(memoryview(memoryview(b"nest"))[1:].tobytes(), bytearray(memoryview(b"ba")), b"x" + memoryview(b"y"), bytearray(b"a") + memoryview(b"b"))
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"").tobytes(), memoryview(b"abc")[3:].tolist())
