# json.loads error messages and positions
import json
cases = ['', ' ', '[', '[1,', '[1,]', '{"a"}', '{"a":}', '{"a":1,}', '{1:2}', 'nul', 'tru',
         '"abc', '"\\x"', '"\\u12"', '01', '-', '1.', '1e', '[1 2]', '{"a":1 "b":2}', '1 2',
         '"\x01"', 'NaNx', '[1]]', '{"a" 1}']
for c in cases:
    try:
        print(repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), "|", e, "|", e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.loads('NaN'), json.loads('-Infinity'), json.loads('Infinity'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.loads('"\\u00e9\\n\\t\\/"'))
print(json.loads('1E3'), json.loads('-0'), json.loads('-0.0'), json.loads('12345678901234567890'))
print(issubclass(json.JSONDecodeError, ValueError))
