# repr of strings with quotes, escapes, control and non-ASCII characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\", "nul\x00", "bell\x07",
           "del\x7f", "\x1b[0m", "é", "ü日本", "\u200b", "\U0001f600", "", " ", "\\n literal"]
for s in samples:
    print(repr(s), len(s))
print(repr(samples[:3]))
print(str(["a'b", 'c"d']), str(("x",)), str({"k": "v'"}))
b_samples = [b"plain", b"it's", b'"q"', b"\x00\xff", b"\t\n\r", b"\\", bytes(range(0x7b, 0x82))]
for b in b_samples:
    print(repr(b))
print("%r" % "x\ty", "{!r}".format("a\nb"), f"{'q'!r}")
