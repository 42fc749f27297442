# TypeError messages from binary/unary operators
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: "a" / 2,
    lambda: {} + {},
    lambda: None + 1,
    lambda: -"a",
    lambda: ~1.5,
    lambda: +[],
    lambda: 1 < "a",
    lambda: [] > {},
    lambda: None < None,
    lambda: 2 ** "x",
    lambda: 1 % "x",
    lambda: "x" // 1,
    lambda: 1 & 1.0,
    lambda: 1 << 1.0,
    lambda: {1} + {2},
    lambda: b"a" + "a",
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
x = 1
try:
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
try:
    l -= [1]
except TypeError as e:
    print(type(e).__name__, e)
