from collections import Counter

c = Counter("abracadabra")
print(sorted(c.items()), c["z"], c.most_common(2), len(c))
print(c.most_common()[:3], c.most_common(0), c.total())
d = Counter(a=1, b=-2, c=0)
print(sorted((c + d).items()), sorted((c - d).items()))
print(sorted((c & Counter(a=2, r=9)).items()), sorted((c | Counter(a=9)).items())[:2])
print(sorted((+d).items()), sorted((-d).items()))
c.update("aaz"); c.update({"q": 3}); print(c["a"], c["z"], c["q"])
c.subtract("aaaa"); c.subtract(q=5); print(c["a"], c["q"])
print(sorted(Counter("hello").elements()))
print(repr(Counter()), repr(Counter("aab")), repr(Counter(x=2, y=5)))
del c["q"]; print("q" in c)
print(Counter("ab") == Counter("ba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter.fromkeys if False else "", dict(Counter([1, 1, 2])))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError", e)
e = Counter("aa"); e += Counter("ab"); print(sorted(e.items()))
e -= Counter("aaa"); print(sorted(e.items()))
