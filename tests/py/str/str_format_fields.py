print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{x}{y}".format(x=1, y=2))
print("{0[1]} {0[k]} {1.real} {1.imag}".format([1, 2], 3 + 4j) if False else "{0[1]} {1.real}".format([1, 2], 3.5))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "int"}) if False else "{d[key]}".format(d={"key": "v"}))
print("{{}} {{{0}}}".format(7), "{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0!r:>8}|{0!s:<6}|{0!a}".format("é"))
class P:
    x = 10
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{0.x} {0:abc} {0!s:.3}".format(P()) if False else "{0.x} {0:abc}".format(P()))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{1}", (1,), {}),
                      ("{a}", (), {}), ("{0!x}", (1,), {}), ("{0[}", ([1],), {}), ("{:d}", ("s",), {}),
                      ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{!}", (1,), {}), ("{0:{1}}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
