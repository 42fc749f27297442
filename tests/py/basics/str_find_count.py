# find/index/count with start/end including negatives
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.find(sub, -4), s.rfind(sub, 0, 5), s.count(sub, 1, -1))
print(s.find("a", 100), s.find("", 11), s.find("", 12), s.rfind("", 5), s.count("", 3, 5))
print(s.startswith("cad", 4), s.startswith("cad", 4, 6), s.endswith("abra", 0, 4), s.endswith("ra", -3))
print(s.index("b", 2), s.rindex("b", 0, 5))
try:
    s.index("a", 11)
except ValueError as e:
    print("ValueError", e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "".find(""))
print(s.replace("a", "A", 0), s.replace("a", "", -1), s.replace("abra", "X"), s.replace("", "|")[:10])
