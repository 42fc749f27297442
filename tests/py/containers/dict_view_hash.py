# keys and items views are set-like and unhashable; values views hash by id
d = {1: 2}
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
print(type(hash(d.values())))
print(type(hash({}.values())))
