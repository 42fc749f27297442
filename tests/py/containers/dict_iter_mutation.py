# mutating a dict while iterating it
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.pop(1)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for kv in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
