# hashlib.new / algorithms_available subset / digest sizes / known vectors / errors
import hashlib
for name in ["sha256", "sha1", "md5"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = hashlib.new(name)
    h2.update(b"a"); h2.update(b"bc")
    print(h2.hexdigest() == h.hexdigest(), h2.copy().digest() == h.digest())
print(hashlib.sha256(b"").hexdigest())
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.md5(b"a" * 200).hexdigest())
print(hashlib.sha256(data=b"kw").hexdigest() if False else hashlib.sha256(b"kw").hexdigest())
print(sorted(a for a in ["md5", "sha1", "sha256"] if a in hashlib.algorithms_available))
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256(b"a", b"b")
except TypeError as e:
    print("TypeError", e)
h = hashlib.sha256()
for i in range(100):
    h.update(bytes([i]) * i)
print(h.hexdigest())
