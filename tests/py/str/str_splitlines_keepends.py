s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "a\n\nb\n".splitlines())
print("\r\n\r\n".splitlines(), "\r\r\n\n".splitlines(True), "x\r".splitlines(1))
print("no newline".splitlines(), "trailing\n".splitlines(0))
try:
    "a".splitlines(keepends=1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
