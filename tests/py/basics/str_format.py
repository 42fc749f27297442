# str.format
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{n}".format(name="N", n=1))
print("{0[0]} {0[1]}".format([5, 6]), "{d[key]}".format(d={"key": "val"}), "{0.real}".format(3))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:08.3f}|{:+d}|{:x}|{:#b}|{:,}".format(3.14159, 5, 255, 5, 10 ** 7))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{:{}}|".format("w", 5), "{:.{}f}".format(2.71828, 2))
print("{0}{0}{0}".format("ab"))
class Obj:
    attr = "A"
    def __str__(self):
        return "OBJ"
print("{0.attr} {0}".format(Obj()))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{", ()), ("}", ()), ("{x}", ()), ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{:5d}|{:<5d}|{:^5d}|{:=+6d}".format(42, 42, 42, 42))
print("{:.3s}|{:10.2f}|{:e}|{:G}".format("abcdef", 1.005, 12345.678, 1e-10))
print("{:c}{:c}".format(72, 105))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{0:>{1}}".format("x", 4), "{:-^{width}}".format("mid", width=9))
print("{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:n}".format(100) if False else "100", "{:,d}".format(-1234567), "{:_b}".format(255))
print("{0!r:>8}".format("x"), "{:>8}".format(repr("x")))
print("{:.0f} {:.0f} {:.0f} {:.1f}".format(0.5, 1.5, 2.5, 0.05))
