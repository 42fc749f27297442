# containment, index and count
r = range(1, 20, 3)
print(4 in r, 5 in r, 19 in r, 20 in r, -2 in r, 1.0 in r, 4.5 in r, "4" in r)
print(True in range(2), False in range(1, 3))
print(r.index(7), r.index(19), r.count(7), r.count(8), r.count(7.0))
for v in (8, 20, "x", 7.5):
    try:
        print(r.index(v))
    except ValueError as e:
        print("ValueError", e)
n = range(10, -10, -4)
print(list(n), 6 in n, 7 in n, -10 in n, n.index(-6))
big = range(0, 1 << 60, 7)
print((7 << 50) in big, (7 << 50) + 1 in big, big.index(7 << 40) == 1 << 40, (1 << 80) in big)
class Eq:
    def __eq__(self, o):
        return o == 3
print(Eq() in range(5), Eq() in range(4, 9), range(5).count(Eq()))
try:
    range(3).index()
except TypeError as e:
    print("TypeError", e)
try:
    range(3).count(1, 2)
except TypeError as e:
    print("TypeError", e)
print(range(5).index(True), range(0).count(0))
