# class body scoping: names visible during body, not in methods; comprehension rules
y = "global y"


class A:
    y = "class y"
    z = y + "!"

    def m(self):
        return y

    lst = [y for _ in range(1)]   # comprehension sees the global, not the class y


print(A.z, A().m(), A.lst)


def f():
    y = "local y"

    class B:
        print("in body", y)
        y = "B's y"
        print("after assign", y)

        def m(self):
            return y
    return B().m(), B.y


print(f())


class C:
    a = 1
    b = a + 1
    del a


print(hasattr(C, "a"), C.b)


def g():
    x = "enclosing"
    try:
        class D:
            nonlocal_val = x   # x is assigned in the body: looked up as a global
            x = "class attr"
    except NameError as e:
        return type(e).__name__, str(e)


print(g())
# class body executes immediately and only once
count = 0


class E:
    global count
    count += 1


print(count)
print(A.__qualname__, A.m.__qualname__)
