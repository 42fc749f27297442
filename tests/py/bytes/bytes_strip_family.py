b = b" \t\nxxhixx\r\x0b\x0c "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" \t\n\r\x0b\x0cx"), b"xxhixy".strip(b"xy"), b"abc".strip(None))
print(b"aXa".strip(bytearray(b"a")), b"aXa".lstrip(memoryview(b"a")), b"\xa0x\xa0".strip(), b"".strip(b"x"))
print(bytearray(b"  hi  ").strip(), type(bytearray(b"  hi  ").strip()).__name__, bytearray(b"..x..").rstrip(b"."))
for bad in ["a", 97, [97]]:
    for name in ("strip", "lstrip", "rstrip"):
        try:
            getattr(b"abc", name)(bad)
        except TypeError as e:
            print(type(e).__name__, e)
print(b"www.example.com".strip(b"cmowz."), b"0001000".lstrip(b"0"), b"0001000".rstrip(b"0"))
