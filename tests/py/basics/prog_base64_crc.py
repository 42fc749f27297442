# program: manual base64 encoder/decoder and CRC-32 (bit operations on bytes)
ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPH[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(ALPH.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:10]]:
    e = b64encode(s)
    print(s, e, b64decode(e) == s)
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
for s in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", b"123456789"]:
    print(s[:12], "%08x" % crc32(s))
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(hex(adler32(b"Wikipedia")), adler32(b""))
