# if/elif/else and conditional expressions
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
for v in [0, 1, "", "x", None, [], [0]]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "a" if x > 10 else "b" if x > 5 else "c")
y = (lambda: 1) if x else (lambda: 2)
print(y())
if x > 5:
    if x > 6:
        print("nested yes")
    else:
        print("nested no")
if not x:
    pass
else:
    print("else of not")
if x == 7: print("one-liner")
z = [i if i % 2 else -i for i in range(6)]
print(z)
print(1 if [] else 2, 3 if {0} else 4)
