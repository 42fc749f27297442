# json.dump / json.load with StringIO and real files
import json, io, os
s = io.StringIO()
json.dump({"a": [1, 2.5, None, True]}, s)
print(s.getvalue())
s.seek(0)
print(json.load(s))
s = io.StringIO()
json.dump([1, {"k": "v"}], s, indent=2, sort_keys=True)
print(s.getvalue())
print(json.load(io.StringIO('  {"x": [ ]} \n')))
name = "_json_tmp_file.json"
with open(name, "w") as f:
    json.dump({"n": 1, "l": ["é", "\n"]}, f, ensure_ascii=False)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(json.load(f))
os.remove(name)
try:
    json.load(io.StringIO(""))
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads(b'{"b": 1}'), json.loads(bytearray(b"[2]")))
