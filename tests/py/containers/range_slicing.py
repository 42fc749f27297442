# slicing a range gives a range
r = range(0, 20, 3)
print(r[2:5], r[::2], r[::-1], r[5:1:-2], r[-3:], r[:100], r[100:])
print(list(r[::-1]), list(r[1::3]))
print(range(10)[::-1], range(10, 0, -1)[::-1], range(5)[2:2])
print(range(-5, 5)[3:-3], range(0, -10, -2)[1:])
print(range(1 << 60, (1 << 60) + 10, 2)[1:3])
print(range(3)[-1], range(3)[0], range(10, 0, -3)[-1])
for bad in [3, -4, 1 << 70]:
    try:
        print(range(3)[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    range(3)["a"]
except TypeError as e:
    print("TypeError", e)
try:
    range(3)[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    range(3)[::0]
except ValueError as e:
    print("ValueError", e)
print(range(0)[:], range(7)[1:6:2] == range(1, 6, 2), range(7)[1:6:2] == range(1, 7, 2))
