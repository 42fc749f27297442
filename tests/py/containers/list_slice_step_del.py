# slice deletion with steps
for sl in [slice(None, None, 2), slice(1, None, 2), slice(None, None, -2),
           slice(8, 1, -3), slice(-3, None), slice(None, -7, -1),
           slice(100, None, -4), slice(2, 2), slice(5, 1), slice(None, None, 3)]:
    l = list(range(10))
    del l[sl]
    print(sl, l)
l = list(range(10))
try:
    del l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    del l[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    del l["a":"b"]
except TypeError as e:
    print("TypeError", e)
try:
    del l[10]
except IndexError as e:
    print("IndexError", e)
try:
    del l[-11]
except IndexError as e:
    print("IndexError", e)
del l[-10]
print(l)
del l[:]
print(l)
