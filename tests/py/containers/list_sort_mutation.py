# mutating a list while it is being sorted is detected
b = [3, 1, 2]
def key(x):
    b.append(0)
    return x
try:
    b.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(b)

c = [3, 1, 2]
def peek(x):
    print("during sort:", c)
    return x
c.sort(key=peek)
print(c)
