# json.dumps: strings, floats, keys, ensure_ascii
import json
print(json.dumps("plain"), json.dumps(""), json.dumps('q"b\\s/'))
print(json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("é☃😀"), json.dumps("é☃😀", ensure_ascii=False))
print(json.dumps("\x7f\x01", ensure_ascii=False))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e100), json.dumps(1e-7), json.dumps(-0.0), json.dumps(123456789.125))
print(json.dumps(1e400 * 0), json.dumps(1e400), json.dumps([-1e400]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps({False: 0, 10 ** 20: 1}))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps(True), json.dumps(False), json.dumps(None))
