b = b"\x00a\xffz"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), [x for x in b if x > 100], b[10:], b[-100:1])
ba = bytearray(b"abc")
print(ba[0], ba[-1], ba[1:], type(ba[1:]).__name__, list(reversed(ba)), ba[::-2])
for i in [4, -5, 10**20]:
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        ba[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ["0", 1.0, None]:
    try:
        b[bad]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        ba[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ba[0] = 65
ba[-1] = 0xff
print(ba)
for v in [256, -1, "a", b"a", 1.0]:
    try:
        ba[0] = v
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(97 in b"abc", b"bc" in b"abc", b"" in b"", bytearray(b"b") in b"abc", 300 in b"abc" if False else "skip")
for bad in [300, -1, "a", 1.5]:
    try:
        print(bad in b"abc")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
