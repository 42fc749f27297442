# json.JSONEncoder / JSONDecoder objects: encode, iterencode, default override, raw_decode
import json
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"b": [1, 2], "a": None}))
print("".join(json.JSONEncoder().iterencode([1, {"k": "v"}])))
class SetEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEnc), SetEnc(separators=(",", ":")).encode([{1}, 2]))
try:
    json.dumps(object(), cls=SetEnc)
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0])
dec = json.JSONDecoder()
print(dec.decode('{"a": [1, 2]}'), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('"s"xyz'))
try:
    dec.decode("[1] x")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
try:
    dec.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
d2 = json.JSONDecoder(object_hook=lambda d: list(d))
print(d2.decode('{"p": 1, "q": 2}'))
print(json.JSONEncoder(ensure_ascii=False).encode("é"), json.JSONEncoder().encode("é"))
e = json.JSONDecodeError("custom", "abc\ndef", 5)
print(e, e.lineno, e.colno, e.pos, isinstance(e, ValueError))
