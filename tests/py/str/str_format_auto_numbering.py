print("{} {} {}".format(1, 2, 3), "{0} {0} {1}".format("a", "b"), "{} {k}".format(1, k=2), "{:{}}".format("x", 4) + "|")
print("{:>{}}".format("ab", 5), "{0:{1}}".format(3, "03"), "{:{}.{}}".format(3.14159, 8, 3), "{:{}{}}".format(5, "<", 4) + "|")
for fmt, args in [("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{} {}", (1,)), ("{2}", (1, 2)), ("{:{}}", (1,)), ("{:{:{}}}", (1, 2, 3)), ("{", ()), ("x}y", ()), ("{}}", (1,)), ("{{}", ())]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{{}}".format(), "{{{}}}".format(5), "}}{{".format(), "{0}{0}".format([]))
