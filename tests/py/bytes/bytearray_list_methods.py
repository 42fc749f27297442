ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.extend(x for x in (106,))
ba.insert(0, 64)
ba.insert(-1, 35)
ba.insert(100, 33)
ba.insert(-100, 36)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, type(c).__name__)
for f, args in [(ba.append, (256,)), (ba.append, ("a",)), (ba.append, (-1,)), (ba.pop, ()), (ba.remove, (5,)), (ba.insert, (0, 300)),
                (ba.extend, (5,)), (ba.extend, ("abc",)), (ba.extend, ([1, 999],)), (ba.insert, ("0", 1)), (ba.remove, (b"a",))]:
    try:
        f(*args)
        print("ok", ba)
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
x = bytearray(b"xy")
try:
    x.pop(5)
except IndexError as e:
    print(type(e).__name__, e)
