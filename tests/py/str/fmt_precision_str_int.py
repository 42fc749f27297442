print(repr(format("abcdef", ".3")), repr(format("abcdef", "10.3")), repr(format("abcdef", "<.0")), repr(format("日本語テキスト", "^8.4")))
for bad in [(12, ".2"), (12, ".0d"), (12, ".3x"), (True, ".1")]:
    try:
        print(repr(format(*bad)))
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(format(1.23456789, ".5")), repr(format(123456789.0, ".3")), repr(format(0.000012345, ".2")), repr(format(1e16, ".17")), repr(format(100.0, ".1")))
print(repr(format(1.0, "")), repr(format(1e16, "")), repr(format(1.5e-5, "")), repr(format(123.0, "g")), repr(format(1234567.0, "g")), repr(format(0.0001, "g")), repr(format(0.00001, "g")))
print(repr(format(2.0, "#")), repr(format(2.0, "#.0")), repr(format(2.0, "#.0e")), repr(format(200.0, "#.1g")))
