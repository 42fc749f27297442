# json: round trips of generated data
import json
items = []
for i in range(30):
    items += [({"id": i, "sq": i * i, "half": i / 2, "name": "item" + str(i), "even": i % 2 == 0,
                  "tags": ["t" + str(j) for j in range(i % 4)], "none": None})]
s = json.dumps(items)
print(len(s), s[:120])
back = json.loads(s)
print(back == items, back[7], back[-1]["tags"])
s2 = json.dumps(items, indent=2, sort_keys=True)
print(sum(1 for c in s2 if c == "\n"), json.loads(s2) == items)
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur += [nxt]
    cur = nxt
print(json.loads(json.dumps(nested)) == nested, json.dumps(nested)[:20])
print(json.dumps(json.loads('{"k": [1, {"z": "é"}]}'), ensure_ascii=False))
for v in [0.1 + 0.2, 1 / 3, 1e22, 1e-5, 2.5e-300, 123.0]:
    print(json.dumps(v), json.loads(json.dumps(v)) == v)
