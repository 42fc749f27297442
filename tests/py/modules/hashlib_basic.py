# hashlib sha256 (digests are deterministic)
import hashlib
print(hashlib.sha256(b"").hexdigest() if hasattr(hashlib.sha256(b""), "hexdigest") else "skip")
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
d = h.digest()
print(len(d), d == hashlib.sha256(b"hello world").digest())
import binascii
print(binascii.hexlify(hashlib.sha256(b"abc").digest()))
print(binascii.hexlify(hashlib.sha256(b"a" * 1000).digest()))
