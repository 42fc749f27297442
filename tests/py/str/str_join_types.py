print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "-".join(("p",)))
print(", ".join(x for x in "abc"), "|".join({"k": 1, "j": 2}), "é".join(["日", "本"]))
class S(str):
    pass
print(repr("+".join([S("a"), S("b")])), type("+".join([S("a")])).__name__, type(S("-").join(["a", "b"])).__name__)
for items in [[1, 2], ["a", 2], ["a", b"b"], ["a", None], [["a"]]]:
    try:
        print("-".join(items))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a"], ["b"])
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield "x"
    raise ValueError("boom")
try:
    ",".join(gen())
except ValueError as e:
    print(type(e).__name__, e)
