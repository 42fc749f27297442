class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)))
print("{x[0]} {x[1]}".format_map({"x": [5, 6]}))
print("{}".format_map({}) if False else "skip")
class M:
    def __getitem__(self, k):
        return k.upper()
print("{name} {other}".format_map(M()))
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
print("{a:>5}|{b!r}".format_map({"a": "x", "b": "y"}))
