# list * and += with iterables
l = [1, 2]
l += range(3)
print(l)
l += "ab"
print(l)
l += {9: 1}
print(l)
l += (x * 2 for x in range(2))
print(l)
try:
    l = l + (1,)
except TypeError as e:
    print("TypeError", e)
try:
    l = l + "a"
except TypeError as e:
    print("TypeError", e)
try:
    l += 5
except TypeError as e:
    print("TypeError", e)
print([0] * 3, 3 * [0], [1, 2] * 0, [1] * -5, [] * 100)
print([[]] * 2)
m = [[]] * 3
m[0].append(1)
print(m)
x = [1, 2]
y = x
x *= 2
print(x, y is x)
x *= 1
print(x)
x *= -1
print(x, y)
for bad in ("a", 1.5, None, [2]):
    try:
        print([1] * bad)
    except TypeError as e:
        print("TypeError", e)
class I:
    def __index__(self):
        return 2
print([7] * I(), I() * [8])
try:
    [1] * (1 << 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
z = [1]
z += z
print(z)
