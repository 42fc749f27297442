# program: manual UTF-8 encoding/decoding compared with str.encode
def encode(s):
    out = bytearray()
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
        elif cp < 0x10000:
            out += bytes([0xE0 | cp >> 12, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F])
        else:
            out += bytes([0xF0 | cp >> 18, 0x80 | (cp >> 12) & 0x3F, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F])
    return bytes(out)
def decode(b):
    out = []
    i = 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            n, cp = 0, c
        elif c >> 5 == 0b110:
            n, cp = 1, c & 0x1F
        elif c >> 4 == 0b1110:
            n, cp = 2, c & 0x0F
        else:
            n, cp = 3, c & 0x07
        for k in range(n):
            cp = (cp << 6) | (b[i + 1 + k] & 0x3F)
        out.append(chr(cp))
        i += n + 1
    return "".join(out)
for s in ["ascii", "café", "€uro", "日本語", "emoji 😀!", "mixed aé€😀"]:
    e = encode(s)
    print(repr(s), e == s.encode("utf-8"), len(e), decode(e) == s, e.hex())
