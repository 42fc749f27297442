print(b"abc".decode(), bytearray(b"\xc3\xa9").decode(), b"x".decode("ascii"), b"\xe9".decode("latin-1"), b"a".decode(encoding="utf-8"))
print(b"a\xffb".decode(errors="replace"), b"a\xffb".decode("utf-8", errors="ignore"), bytearray(b"\xff").decode("utf-8", "backslashreplace"))
print(memoryview(b"mv\xc3\xa9").tobytes().decode(), str(b"abc", "ascii"), b"\xef\xbb\xbfbom".decode("utf-8"))
for args, kw in [((1,), {}), (("utf-8", 1), {}), ((), {"x": 1}), (("a", "b", "c"), {})]:
    try:
        print(b"a".decode(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
for b in [b"\xc3", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\xbc", b"\xf4\x90\x80\x80", b"ok\xed\xa0\x80"]:
    try:
        print(repr(b.decode()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(b.decode("utf-8", "replace")))
