# format() mini-language for str
for s in ["", "abc", "héllo", "🙂x"]:
    for spec in ["", "s", "5", "<5", ">5", "^5", "*^6", "0<7", ".2", "7.2", ">=5".replace("=", ""), "x^9.3s"]:
        print(repr(s), repr(spec), repr(format(s, spec)))
for spec in ["=5", "+5", " 5", "#5", "05", ",", "_", "d", "x", "f", "z5"]:
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(repr("{:{}{}{}}".format("ab", "*", "^", 8)))
print(repr("{0:>{1}}|{0:<{1}}".format("q", 4)))
try:
    format("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{:10000000000000000000}".format("a")
except ValueError as e:
    print(type(e).__name__, e)
