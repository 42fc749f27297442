class Pt:
    def __init__(self):
        self.x = 1
        self.y = [10, 20]
p = Pt()
print("{0.x} {0.y[1]} {p.y[0]}".format(p, p=p), "{a[0]}{a[2]}".format(a="xyz"), "{0[0][1]}".format([[1, 2]]))
print("{d[k]} {d[2]}".format(d={"k": "v", 2: "two"}) if False else "{d[k]}".format(d={"k": "v"}), "{0[-1]}".format({"-1": "str-key"}))
print("{0[10]}".format({10: "int-key"}), "{0[ab c]}".format({"ab c": 1}), "{x.real:.1f}".format(x=2.5))
for fmt, args in [("{0[1]}", ([1],)), ("{0[x]}", ({},)), ("{0.zz}", (1,)), ("{0[}", ([],)), ("{0.}", (1,)), ("{.x}", (p,)), ("{0[0]x}", ([1],)), ("{0]}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
