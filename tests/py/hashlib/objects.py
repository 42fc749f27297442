# hashlib: hash object API, copy, new(), errors
import hashlib
h = hashlib.sha256(b"hello ")
print(h.name, h.digest_size, h.block_size)
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(h.digest() == hashlib.sha256(b"hello world").digest(), len(h.digest()))
print(h.hexdigest() == h.hexdigest())
for n in ["md5", "sha1", "sha512", "SHA256"]:
    x = hashlib.new(n, b"data")
    print(n, x.name, x.digest_size, x.block_size, x.hexdigest())
print(hashlib.new("sha1").hexdigest())
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(string=b"abc").hexdigest())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
for bad in ["text", 5]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.md5().update("s")
except TypeError as e:
    print("TypeError", e)
print("sha256" in hashlib.algorithms_guaranteed)
