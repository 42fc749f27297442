# evaluation order of operands, arguments, subscripts and assignments
log = []
def t(name, v=None):
    log.append(name)
    return name if v is None else v
def show():
    print(log)
    log.clear()
t("a") + t("b") * t("c", 1)
show()
t("f", print)(t("x"), t("y"), sep=t("s", "-"))
show()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show()
lst = [0, 0, 0]
lst[t("i", 1)] = t("val", 5)
show()
t("obj", lst)[t("idx", 0)] += t("inc", 1)
show()
x = t("cond", True) and t("and-rhs") or t("or-rhs")
show()
t("left", 1) < t("mid", 2) < t("right", 3)
show()
[t("e1"), t("e2"), *[t("e3")]]
show()
def f(a, b, *c, d, **e):
    return None
f(t("p1"), t("p2"), *[t("p3")], d=t("kw"), **{t("ek"): t("ev")})
show()
a, b = t("r1"), t("r2")
show()
t("ternary-true") if t("test", 0) else t("ternary-false")
show()
s = t("s1", "x") + t("s2", "y") if t("c", 1) else None
show()
print(t("in-print", 1), t("second", 2))
show()
v = {t("sk1"): 1 for _ in range(1)}, [t("lc") for _ in range(2)]
show()
