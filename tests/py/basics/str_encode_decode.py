# encoding and decoding round trips
texts = ["", "ascii only", "Grüße", "naïve café", "€100", "日本語テキスト", "🐍 python"]
for t in texts:
    b = t.encode()
    print(repr(t), len(t), len(b), b.decode() == t, t.encode("utf-8") == b, str(b, "utf-8") == t)
print("abc".encode("ascii"), b"abc".decode("ascii"), bytes("xyz", "ascii"), "x".encode("latin-1") if False else b"x")
print(list("é".encode()), bytes([0xe2, 0x82, 0xac]).decode(), bytearray("ü", "utf-8"))
print("A".encode() + "é".encode(), ("a" + "é").encode())
