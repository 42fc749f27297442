# string building, joins, slicing and methods
def run(n):
    parts = []
    for i in range(n):
        s = "item" + str(i)
        parts.append(s.upper()[1:] + "-" + s[::-1])
    text = ",".join(parts)
    count = 0
    for p in text.split(","):
        if p.startswith("TEM1"):
            count += len(p)
    return len(text), count, text.count("9")

print(run(150_000))
