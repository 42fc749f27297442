# program: a recursive pretty-printer and parser for a JSON-like subset
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = [pad + "  " + dump(k) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
doc = {"name": "mprt", "version": [0, 1], "tags": ["vm", "rust"], "meta": {"stars": 0, "ok": True, "ratio": 0.5, "none": None, "q": 'say "hi"'}, "empty": {}}
text = dump(doc)
print(text)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                k = value()
                ws()
                pos += 1
                out[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return out
        if c == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return out
        if c == '"':
            pos += 1
            buf = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                buf += s[pos]
                pos += 1
            pos += 1
            return buf
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "-+.0123456789eE":
            pos += 1
        num = s[start:pos]
        return float(num) if "." in num or "e" in num else int(num)
    return value()
back = parse(text)
print(back == {k: (list(v) if isinstance(v, tuple) else v) for k, v in doc.items()})
print(parse('[1, -2.5, "a\\"b", [], {}, [null, true]]'))
