# eval and exec with explicit namespaces
print(eval("1 + 2 * 3"), eval("[i * i for i in range(4)]"), eval("'abc'.upper()"))
g = {"x": 10}
print(eval("x + 1", g), eval("x * y", g, {"y": 3}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
loc = {}
exec("z = 42", {}, loc)
print(loc)
code = """
total = 0
for i in range(5):
    total += i
result = total
"""
env = {}
exec(code, env)
print(env["result"])
exec("global_from_exec = 'set'")
print(global_from_exec)
def run_in_func():
    d = {}
    exec("v = 3", d)
    return d["v"]
print(run_in_func())
print(eval("x if x > 5 else -x", {"x": 7}), eval("(lambda q: q * 2)(21)"))
try:
    eval("undefined_name_here")
except NameError as e:
    print("NameError", e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(eval("  42  "), eval("len", {}) is len)
