# regular expressions: compile once, match/search/findall/sub over many lines
import re


def run(n):
    lines = []
    for i in range(n):
        lines.append("2026-12-%02d host%d GET /api/v%d/items/%d?q=%s 200 %dms"
                     % (i % 28 + 1, i % 17, i % 3, i * 7, "abc" * (i % 4), i % 997))
    log = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\w+) (GET|POST) (\S+) (\d{3}) (\d+)ms")
    word = re.compile(r"[a-z]+\d*")
    total = 0
    hosts = {}
    for ln in lines:
        m = log.match(ln)
        if m:
            total += int(m.group(8))
            h = m.group(4)
            hosts[h] = hosts.get(h, 0) + 1
    words = 0
    for ln in lines[::3]:
        words += len(word.findall(ln))
    text = "\n".join(lines[:2000])
    sub = re.sub(r"/items/(\d+)", lambda m: "/i/" + m.group(1)[::-1], text)
    found = sum(1 for _ in re.finditer(r"v[12]/", text))
    return total, len(hosts), words, len(sub), found, bool(re.search(r"q=(abc){3}\s", text))


print(run(40_000))
