ba = bytearray(b"  Mixed Case  ")
results = [ba.strip(), ba.lstrip(), ba.rstrip(), ba.upper(), ba.lower(), ba.title(), ba.swapcase(), ba.capitalize(), ba.center(20), ba.ljust(16),
           ba.rjust(16), ba.zfill(16), ba.replace(b" ", b"_"), ba.expandtabs(), ba.translate(None), ba.split()[0], ba.partition(b"C")[0], ba[1:3], ba * 1, ba + b""]
for r in results:
    print(type(r).__name__, r, r is ba)
print(ba)
same = ba.strip(b"z")
print(same == ba, same is ba)
c = ba.copy()
print(c == ba, c is ba, type(c).__name__)
