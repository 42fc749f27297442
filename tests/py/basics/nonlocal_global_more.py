# nonlocal/global declared in various positions
g = 0
def set_g(v):
    global g
    g = v
set_g(5)
print(g)
def multi():
    global g, h
    g, h = 10, 20
multi()
print(g, h)
def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b
print(outer())
def loop_nonlocal():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
def deep():
    x = 0
    def l1():
        def l2():
            def l3():
                nonlocal x
                x += 1
            l3()
            l3()
        l2()
    l1()
    return x
print(deep())
class K:
    global class_global
    class_global = "set in class body"
print(class_global)
def global_in_loop():
    global g
    for i in range(3):
        g += i
global_in_loop()
print(g)
def nonlocal_with_del():
    y = 1
    def d():
        nonlocal y
        del y
    d()
    try:
        return y
    except NameError:
        return "y deleted"
print(nonlocal_with_del())
