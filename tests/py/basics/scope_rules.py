# LEGB scoping, class scope, global in nested functions
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
class C:
    x = "class"
    def method(self):
        return x
    y = x + "-derived"
    z = [x for _ in range(1)]
print(C().method(), C.y, C.z)
def g():
    global newglobal
    newglobal = "created"
g()
print(newglobal)
def h():
    def inner():
        global x
        x = "set from inner"
    inner()
    return x
print(h(), x)
def counter():
    n = 0
    def a():
        nonlocal n
        n += 1
    def b():
        return n
    return a, b
inc, get = counter()
inc(); inc()
print(get())
def param_shadow(x):
    return x
print(param_shadow("param"), x)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comp_no_leak():
    [j for j in range(3)]
    try:
        return j
    except NameError:
        return "j not leaked"
print(comp_no_leak())
def default_eval_time():
    v = 1
    def f(a=v):
        return a
    v = 2
    return f()
print(default_eval_time())
def nested_nonlocal():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
    l1()
    return a
print(nested_nonlocal())
