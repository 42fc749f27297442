# sys.intern, default encodings, maxunicode
import sys
a = sys.intern("hello world")
b = sys.intern("hello " + "world")
print(a == b, a is b, a)
print(sys.intern(""))
for bad in [1, b"bytes", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.intern()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.maxunicode, hex(sys.maxunicode))
print(len(chr(sys.maxunicode)))
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print(type(e).__name__, e)
