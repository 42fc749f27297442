import json

for s in ['1', '-0', '1.5', '-1.25e3', '1E2', '1e-2', '123456789012345678901234567890',
          'true', 'false', 'null', '"a\\u00e9b"', '"\\ud83d\\ude00"', '"\\n\\t\\/\\\\\\"\\b\\f\\r"',
          '[]', '{}', ' [ 1 , 2 ] ', '{"a": {"b": [null, {"c": []}]}}', 'NaN', 'Infinity', '-Infinity',
          '[1.0, 2e0, 0.5]', '"\\u0041"', '{"a": 1, "a": 2}', '  "x"\n']:
    v = json.loads(s)
    print(repr(s), type(v).__name__, v)
print(json.loads(b'[1, 2]'))
print(json.loads(bytearray(b'{"k": "v"}')))
print(json.loads('[1, 2]', parse_int=str))
print(json.loads('[1.5]', parse_float=str))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
