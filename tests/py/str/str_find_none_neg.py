s = "abracadabra"
for sub in ["a", "bra", "cad", "", "z", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub, None), s.find(sub, None, None), s.rfind(sub, None, -1))
for start, end in [(0, 5), (-5, None), (None, -3), (-100, 100), (7, 3), (11, 11), (12, 20), (-1, None)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end))
print(s.find("", 11), s.find("", 12), s.rfind("", -1), s.count("", -3))
print(s.find("a", True), s.rfind("a", False, True))
for bad in [1.5, "1", [1]]:
    try:
        s.find("a", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find("a", 1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count(None)
except TypeError as e:
    print(type(e).__name__, e)
