import json

print(issubclass(json.JSONDecodeError, ValueError))
for s in ['', '[', '[1,]', '{"a":}', '{"a" 1}', '{1: 2}', 'tru', '"abc', '[1] x',
          '01', '1.', '.5', '"\\x"', '"\\u12"', "'a'", '{"a": 1,}', '-', 'nul', '[1 2]',
          '"a\nb"', '{"a"', ' ']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e)
        print(" ", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("[1,\n 2,\n ]")
except ValueError as e:
    print("ValueError", e)
