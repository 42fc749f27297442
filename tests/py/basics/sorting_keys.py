# sorting with complex keys, stability and reverse
records = [
    {"name": "ann", "dept": "eng", "age": 31, "salary": 120},
    {"name": "bob", "dept": "ops", "age": 25, "salary": 90},
    {"name": "cat", "dept": "eng", "age": 25, "salary": 130},
    {"name": "dan", "dept": "ops", "age": 40, "salary": 90},
    {"name": "eve", "dept": "hr", "age": 31, "salary": 100},
]
def names(rs):
    return [r["name"] for r in rs]
print(names(sorted(records, key=lambda r: r["age"])))
print(names(sorted(records, key=lambda r: (r["dept"], -r["salary"]))))
print(names(sorted(records, key=lambda r: r["salary"], reverse=True)))
by_age = sorted(records, key=lambda r: r["name"], reverse=True)
by_age.sort(key=lambda r: r["age"])
print(names(by_age))
print(sorted(["b10", "a2", "a10", "b9"]), sorted(["b10", "a2", "a10", "b9"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([-3, 2, -1, 4], key=lambda x: (x < 0, abs(x))))
print(sorted("The Quick brown Fox".split(), key=str.casefold if hasattr(str, "casefold") else str.lower))
print(sorted([[2, "b"], [1, "z"], [2, "a"]], reverse=True))
print(sorted(range(10), key=lambda x: x % 3), sorted([3, 1, 2], key=None))
words = ["aa", "b", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(max(records, key=lambda r: (r["salary"], r["name"]))["name"], min(records, key=lambda r: r["age"])["name"])
