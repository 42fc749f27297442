# struct.Struct objects: attributes, methods, errors, iter_unpack iterator, repr-free checks
import struct
s = struct.Struct(">hI")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x00\x00\x02"))
b = bytearray(10)
s.pack_into(b, 2, -1, 7); print(b, s.unpack_from(b, 2), s.unpack_from(b, offset=2))
it = s.iter_unpack(bytes(12))
print(next(it), list(it))
for bad in [lambda: s.pack(1), lambda: s.pack(1, 2, 3), lambda: s.unpack(b"abc"), lambda: s.pack("x", 1),
            lambda: s.unpack_from(b"ab", 0), lambda: s.iter_unpack(b"abc"), lambda: struct.Struct("z"),
            lambda: struct.Struct(b"<i").pack(1), lambda: struct.Struct(), lambda: s.pack(1, -1)]:
    try:
        print(bad())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.Struct(b"<q").format, struct.Struct("< q").size, struct.Struct("").size, struct.Struct("").pack())
try:
    struct.Struct("  <q")
except struct.error as e:
    print("error", e)
try:
    s.format = "<i"
except AttributeError:
    print("AttributeError")
print(isinstance(s, struct.Struct), type(struct.error).__name__, issubclass(struct.error, Exception))
