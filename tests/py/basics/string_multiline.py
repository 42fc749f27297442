# multi-line strings, manual dedent, line processing
text = """
    first line
      indented line
    last line
"""
lines = text.split("\n")
print(lines)
body = [l for l in lines if l.strip()]
indent = min(len(l) - len(l.lstrip()) for l in body)
print("\n".join(l[indent:] for l in body))
para = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
        "sed do eiusmod tempor incididunt ut labore.")
print(len(para), para.count(" ") + 1, para[:20] + "...")
poem = '''Roses are red,
Violets are blue;
Sugar is sweet,
And so are you.'''
for n, line in enumerate(poem.splitlines(), 1):
    print("%d: %s%s" % (n, line, " <- ends with ;" if line.endswith(";") else ""))
print(poem.upper().splitlines()[-1], [w for w in poem.split() if w[0].isupper()])
s = "a\
b"
print(s, len("""x
y"""), '''it's''', """say "hi" """)
