# hashlib: known digests for md5, sha1, sha256, sha512
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    f = getattr(hashlib, name)
    for data in [b"", b"abc", b"a" * 1000, b"\x00\x01\xfe\xff" * 64]:
        print(name, len(data), f(data).hexdigest())
h = hashlib.sha256()
for i in range(100):
    h.update(b"\x07" * i)
print(h.hexdigest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").digest())
