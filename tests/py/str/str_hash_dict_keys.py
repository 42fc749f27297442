d = {}
for k in ["a", "é", "日本", "", "a" * 100, "\U0001f600"]:
    d[k] = len(k)
print(sorted(d.items()))
k1 = "".join(["ab", "c"])
print(d.get("abc"), k1 in {"abc": 1}, hash(k1) == hash("abc"), {"x": 1, "x": 2}, len({"a", "a" + "", "".join("a")}))
class S(str):
    pass
print({S("k"): 1}["k"], "k" in {S("k")}, hash(S("k")) == hash("k"))
print(sorted(set("hello world")), sorted({"b": 1, "a": 2}), dict.fromkeys("aba"))
