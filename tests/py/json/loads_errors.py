# json.loads: JSONDecodeError messages and attributes
import json
docs = ["", "   ", "[1,", "[1,]", "[1 2]", '{"a" 1}', '{"a":1,}', "{1:2}", '"abc', '"a\x01"', '"\\q"',
        '"\\u12"', "nul", "tru", "[1] x", "-", "01", "1.", "1e5x", '{"a":', "  \n  [1,\n  2 x", "\ufeff1",
        '{"a":1 "b"}', "{", "[", '["a" : 1]', "{}}", "[,1]", '"\\', "+1", ".5", "[01]", '{"a"}']
for s in docs:
    try:
        print(repr(s), "->", json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, e.args)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)
class R:
    def read(self):
        return '{"from": "load"}'
print(json.load(R()))
