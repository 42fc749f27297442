# parsing numbers out of text and arithmetic on them
text = "Order 66: 3 items at 19.99 each, discount -5, total 54.97; ids 0x1F 0b101 0o17 1_000"
tokens = text.replace(",", " ").replace(";", " ").replace(":", " ").split()
ints, floats, others = [], [], []
for t in tokens:
    try:
        ints.append(int(t, 0))
        continue
    except ValueError:
        pass
    try:
        floats.append(float(t))
    except ValueError:
        others.append(t)
print(ints, floats, others)
print(sum(ints), round(sum(floats), 2), len(others))
def parse_duration(s):
    units = {"h": 3600, "m": 60, "s": 1}
    total, num = 0, ""
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch in units:
            total += int(num) * units[ch]
            num = ""
        else:
            raise ValueError("bad duration: " + s)
    return total
print([parse_duration(s) for s in ["1h", "90m", "1h30m15s", "45s"]])
try:
    parse_duration("10x")
except ValueError as e:
    print("ValueError", e)
def parse_version(v):
    return tuple(int(p) for p in v.split("."))
vs = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2"]
print(sorted(vs, key=parse_version), max(vs, key=parse_version))
