print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"), "{a}-{b}".format(a=1, b=2), "{0}{x}".format(5, x=6))
print("{{}} {{{0}}}".format(7), "{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{:05d} {:+.2f} {:x} {:#b} {:,}".format(42, 3.14159, 255, 5, 1234567))
print("{0.real} {0.imag}".format(3 + 4j), "{0[1]} {0[0]}".format([10, 20]), "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}), "{0[1][0]}".format([0, "xy"]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("ab"), "{:{}}|".format("x", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{0:{1}{2}}".format(5, "0>", 3))
class P:
    x = 5
    def __format__(self, spec):
        return "P[" + spec + "]"
print("{0.x} {0} {0:abc}".format(P()), "{:}".format(1.5), "{}".format(None), "{:s}".format("q"), "{:%}".format(0.25), "{:e}".format(1234.5))
print("{:>{w}}".format("z", w=3), "{}{}{}".format(*"abc"), "{:10}|{:<10}|".format(12, 3.5), "{0:>10s}".format("hi"))
print("{a}".format_map({"a": 1}), "{a[0]}".format_map({"a": [9]}))
class M:
    def __getitem__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(M()))
for f in [lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{".format(), lambda: "}".format(), lambda: "{0".format(),
          lambda: "{x}".format(), lambda: "{1}".format(0), lambda: "{}".format(), lambda: "{0[}".format(), lambda: "{0.}".format(1),
          lambda: "{!x}".format(1), lambda: "{0!}".format(1), lambda: "{:{}}".format(1), lambda: "{0:x}".format("s"), lambda: "{a.b}".format(a=1),
          lambda: "{0[0]}".format([]), lambda: "{0[a]}".format({}), lambda: "{0!rr}".format(1), lambda: "{0}".format_map({}), lambda: "{a}".format_map({}),
          lambda: "{0:d}".format("a"), lambda: "{:d}".format(1.5), lambda: "{0[0]x}".format([1]), lambda: "{0[0}".format([1])]:
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
