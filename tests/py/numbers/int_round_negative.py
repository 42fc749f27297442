# int.__round__ with ndigits, incl. negative and huge
for n in [0, 5, 15, 25, 149, 150, 250, -250, -251, 12345, 10**20 + 5 * 10**19, -(10**25) - 5]:
    print(n, [round(n, d) for d in (None, 0, 2, -1, -2, -3, -30)])
print(type(round(5, 2)).__name__, type(round(5)).__name__, type(round(True, 1)).__name__)
print(round(True), round(False, -1), (7).__round__(), (7).__round__(-1))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__round__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, 10**30), round(1.5, 10**30), round(1.5, -10**30), round(123, -40))
class I:
    def __index__(self):
        return -1
print(round(55, I()))
