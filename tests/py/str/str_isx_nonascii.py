# is* predicates on non-ASCII digits, numerics, spaces, identifiers
chars = ["1", "²", "½", "٣", "Ⅻ", "①", "一", "a", "é", "_", " ", "\x1c", "\x85", "\xa0", "\u2028",
         "\u3000", "\t", "\x00", "\x7f", "ǅ", "Σ", "ß", "\u200b", "🙂", ""]
for c in chars:
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(),
          c.isspace(), c.isprintable(), c.isidentifier(), c.isupper(), c.islower(), c.istitle(), c.isascii())
for s in ["Hello World", "Hello world", "HELLO", "ǅungla", "Ab Cd1", "1A", "a1", "", " ", "Ab\u01c5"]:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
for s in ["abc", "_a1", "1a", "a-b", "αβγ", "a b", "", "def", "None", "x\u0300", "\u0300x"]:
    print(repr(s), s.isidentifier())
try:
    "a".isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
