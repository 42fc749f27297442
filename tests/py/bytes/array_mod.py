from array import array
import array as arrmod
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.extend(array("i", [7]))
print(a, len(a), a[0], a[-1], a[1:3], a[::-2], a.itemsize, a.typecode)
a.insert(0, 0); a.insert(-1, 99); print(a)
print(a.pop(), a.pop(0), a.index(99), a.count(2), 3 in a, 42 in a)
a.remove(99); a.reverse(); print(a, a.tolist())
a[0] = 100; a[1:3] = array("i", [7, 7, 7]); print(a)
del a[0]; del a[::2]; print(a)
print(array("B", b"abc"), array("b", [-1, 2]), array("h", [1, -1]).tobytes(), array("d", [1.5, 2.5]), array("f", [0.5]), array("i"), array("Q", [2**64 - 1]))
b = array("H")
b.frombytes(b"\x01\x00\x02\x00"); b.fromlist([3]); print(b, b.tobytes(), bytes(b), len(bytes(b)))
print(array("i", [1, 2]) + array("i", [3]), array("b", [1]) * 3, 2 * array("b", [5]), array("i", [1]) == array("i", [1]), array("i", [1]) == array("d", [1.0]), array("i", [1, 2]) < array("i", [1, 3]))
c = array("i", [1]); c += array("i", [2]); c *= 2; print(c)
print([x for x in array("h", [5, 6])], sum(array("i", [1, 2, 3])), memoryview(array("B", [1, 2])).tolist(), array("i", array("b", [1, 2])))
m = memoryview(array("B", [1, 2, 3]))
print(m[1], m.tobytes())
print(arrmod.typecodes, array.__name__, type(a).__name__)
bs = array("B", [0, 0, 0])
mm = memoryview(bs)
mm[1] = 200
print(bs)
for call in ["array('z')", "array('i', 'abc')", "array('b', [200])", "array('B', [-1])", "array('h', [40000])", "array('H', [-1])",
             "array('i', [2**31])", "array('I', [-1])", "array('i', ['a'])", "array('d', ['a'])", "array('i', [1])[5]", "array('i').pop()",
             "array('i', [1]).remove(5)", "array('i', [1]).index(5)", "array('i', [1]) + array('d', [1])", "array('i', [1]) + [1]",
             "array('i', [1]).extend(array('d'))", "array('h').frombytes(b'abc')", "array('i', [1]).__setitem__(slice(0, 1), [1])",
             "array('b', [1, 2, 3]).__setitem__(slice(None, None, 2), array('b', [1]))", "array('i', [1]).__setitem__(3, 1)", "array('i', [1.5])", "array('q', [2**63])", "array('Q', [2**64])", "array('l', [2**63])"]:
    try:
        print(eval(call))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(call, type(e).__name__, e)
