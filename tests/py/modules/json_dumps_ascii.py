import json

s = "caf\u00e9 \u2603 \U0001F600 \x00\x1f\t\n\r\"\\/"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e9"}))
print(json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
print(json.dumps("\x7f\x80"))
print(json.loads(json.dumps(s)) == s)
