# hashlib: incremental update, copy independence, digest sizes, constructor data
import hashlib
for name in ["sha256", "sha1", "md5"]:
    if not hasattr(hashlib, name):
        continue
    h = getattr(hashlib, name)()
    h.update(b"abc")
    c = h.copy()
    c.update(b"def")
    whole = getattr(hashlib, name)(b"abcdef")
    print(name, h.hexdigest(), c.hexdigest() == whole.hexdigest(), len(h.digest()), h.digest_size, h.block_size)
    print(h.digest() == h.digest(), h.hexdigest() == h.digest().hex())
h = hashlib.sha256()
print(h.hexdigest())
h.update(b""); h.update(bytearray(b"x")); h.update(memoryview(b"y"))
print(h.hexdigest() == hashlib.sha256(b"xy").hexdigest())
try:
    h.update("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hashlib.sha256(b"a" * 1000).hexdigest())
print(hashlib.sha256(b"abc").name, hashlib.sha1().name)
