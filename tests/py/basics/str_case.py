# case conversion and predicates
samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "abc123def", "they're bill's", "a-b_c d", ""]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace())
print("  ".isspace(), "\t\n".isspace(), "".isspace(), "0".isdigit(), "-1".isdigit(), "1.5".isdigit(), "Ab".isalpha())
print("_x".isidentifier(), "x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "class".isidentifier())
