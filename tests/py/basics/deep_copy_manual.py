# manual deep copy / equality / structure walking on nested containers
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, tuple):
        return tuple(deep_copy(v) for v in x)
    if isinstance(x, set):
        return {deep_copy(v) for v in x}
    return x
orig = {"a": [1, 2, {"b": [3, 4]}], "t": (5, [6]), "s": {7}}
cp = deep_copy(orig)
cp["a"][2]["b"].append(99)
cp["t"][1].append(100)
print(orig)
print(cp["a"], cp["t"], sorted(cp["s"]))
print(cp == orig, deep_copy(orig) == orig, cp["a"] is orig["a"])
def count_leaves(x):
    if isinstance(x, (list, tuple, set)):
        return sum(count_leaves(v) for v in x)
    if isinstance(x, dict):
        return sum(count_leaves(v) for v in x.values())
    return 1
print(count_leaves(orig), count_leaves(cp), count_leaves([]), count_leaves(5))
def paths(x, prefix=()):
    if isinstance(x, dict):
        for k in x:
            yield from paths(x[k], prefix + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paths(v, prefix + (i,))
    else:
        yield prefix, x
print(list(paths({"a": [1, {"b": 2}], "c": 3})))
shallow = list(orig["a"])
shallow[2]["b"].clear()
print(orig["a"])
