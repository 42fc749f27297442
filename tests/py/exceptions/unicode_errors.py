# encode/decode errors
cases = [
    lambda: b"\xff\xfe".decode("utf-8"),
    lambda: b"\xc3".decode("utf-8"),
    lambda: b"\x80abc".decode(),
]
for c in cases:
    try:
        c()
        print("no error")
    except UnicodeError as e:
        print(type(e).__name__, isinstance(e, ValueError))
print(b"\xff".decode("utf-8", "replace") if False else "replace-skipped")
print("abc".encode("ascii"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    str(b"\xff", "utf-8")
except UnicodeError as e:
    print(type(e).__name__)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
