for b in [b"hello world", b"HELLO WORLD", b"hELLO wORLD", b"they're bill's friends", b"x1y2 z3", b"\xe9t\xe9 ok", b"a_b-c.d", b"", b"123"]:
    print(b.title(), b.capitalize(), b.swapcase(), b.upper(), b.lower(), b.title().istitle())
ba = bytearray(b"mixed CASE words")
print(ba.title(), ba.capitalize(), ba.swapcase(), ba)
