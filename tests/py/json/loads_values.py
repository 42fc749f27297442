# json.loads: values, numbers, strings, escapes, whitespace, hooks
import json
print(json.loads('{"a": [1, 2.5, -3, 1e2, 1E-2, -0, 0.0], "b": {"c": null, "d": true, "e": false}}'))
print(json.loads("12345678901234567890123"), json.loads("-98765432109876543210"))
print(json.loads("1.7976931348623157e308"), json.loads("5e-324"), json.loads("1e400"))
print(json.loads('"\\u00e9\\u2603\\ud83d\\ude00"'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == "\"\\/\b\f\n\r\t")
print(json.loads('"é☃😀"'), json.loads(b'"\xc3\xa9"'), json.loads(b"[1]"))
print(json.loads(" \n\t [ 1 ,\r\n 2 ] \n"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"": ""}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s), json.loads('[1, 2.0]', parse_int=lambda s: "I" + s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN]', parse_constant=lambda s: "C" + s))
print(json.loads('"a\tb"', strict=False) == "a\tb")
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e1")).__name__)
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
data = {"name": "x", "list": [1, 2.5, "s", None, True, {"deep": [[]]}], "uni": "é😀"}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=4)) == data)
