# bytearray mutation methods
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.extend([103, 104]); ba.extend(bytearray(b"i")); ba.extend(x for x in [106]); ba.extend(memoryview(b"k"))
print(ba, len(ba))
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.append(33); print(ba, c, c is ba)
ba.clear(); print(ba, len(ba))
for bad in ["ba.append(300)", "ba.append(-1)", "ba.append('a')", "ba.pop()", "bytearray(b'a').pop(5)", "ba.remove(1)", "ba.extend(5)", "ba.extend('ab')", "ba.extend([1, 300])", "ba.insert(0, 256)", "ba.append(b'a')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
x = bytearray(b"hello")
x.extend(x)
print(x)
