# json: parse and serialise nested documents
import json


def run(n):
    docs = []
    for i in range(n):
        docs.append({
            "id": i,
            "name": "item-%d" % i,
            "price": i * 0.25,
            "tags": ["t%d" % (i % 7), "x" * (i % 5), None, True],
            "dims": {"w": i % 13, "h": i % 11, "unit": "mm\u00e9"},
        })
    text = json.dumps(docs)
    total = 0
    for _ in range(5):
        back = json.loads(text)
        total += len(back) + back[-1]["dims"]["w"]
    small = [json.dumps(d, separators=(",", ":"), sort_keys=True) for d in docs[:5000]]
    parsed = [json.loads(s)["price"] for s in small]
    return len(text), total, sum(parsed), len(json.dumps(back, indent=2))


print(run(20_000))
