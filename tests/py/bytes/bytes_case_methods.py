for b in [b"Hello World", b"\xe9T\xc9 abc", b"they're bill's", b"123abc", b"a1B2c3", b"", b"ABC def"]:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
    print(b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
ba = bytearray(b"mIxEd")
print(ba.upper(), ba.swapcase(), type(ba.title()).__name__, ba)
print(b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace(), b"\x80".isascii(), b"\x7f".isascii())
