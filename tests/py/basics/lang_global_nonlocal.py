# global and nonlocal edge cases
counter = 0


def inc():
    global counter
    counter += 1
    return counter


inc()
inc()
print(counter)


def make_global():
    global fresh_name
    fresh_name = "created"


make_global()
print(fresh_name)


def outer():
    x = 1

    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = mid()
    return r, x


print(outer())


def shadow():
    counter = 100   # local, not the global

    def g():
        global counter
        return counter
    return counter, g()


print(shadow())


def nl_loop():
    fs = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        fs.append(add)
    for f in fs:
        f()
    return total


print(nl_loop())


def cls_scope():
    v = "enclosing"

    class C:
        v = "class"

        def m(self):
            return v   # class scope is skipped
    return C().m(), C.v


print(cls_scope())

try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f(a):\n    global a\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
