s = "hello"
for stmt in ["s[0] = 'H'", "s[1:3] = 'xy'", "del s[0]", "del s[1:]", "s.x = 1", "s.upper = None", "s += 1"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(s)
try:
    str.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper.x = 1
except AttributeError as e:
    print(type(e).__name__)
